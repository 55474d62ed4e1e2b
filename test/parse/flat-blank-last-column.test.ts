import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

// A table flattened one cell per line whose last column (备注) is mostly empty, each empty cell
// written as a blank line after the row's figures: the blank is that cell, not a break between
// rows, while a blank line after a table whose rows are whole stays the paragraph break it is.

const HEADER = ['序号', '项目', '2023年', '2024年', '2025年', '备注'];
const HEAD = ['某县科技创新三年行动方案（2023—2025年）', '', '一、工作目标', '到2025年，全县高新技术企业达到60家。', ''];
const TASK = '1.培育创新主体。支持企业加大研发投入。（牵头单位：县科技局；配合单位：县财政局）';
/** The cells in an annex (the table ends the text) or in the plan's text, a section after it. */
const doc = (where: 'annex' | 'body', cells: readonly string[]): string =>
  (where === 'annex'
    ? [...HEAD, '附件', '', '某县科技创新资金安排表', '单位：万元', ...cells]
    : [...HEAD, '二、资金安排', '表1　资金安排（单位：万元）', ...cells, '三、重点任务', TASK]
  ).join('\n');
const tableOf = async (where: 'annex' | 'body', cells: readonly string[]) => {
  const parsed = await parseNotice(doc(where, cells));
  const shape = parsed.diagnostics.filter((d) => d.ruleId === 'annex-row-width' || d.ruleId === 'annex-shape').map((d) => d.message);
  const table = where === 'annex' ? parsed.annexes[0]!.table! : parsed.tables![0]!.table;
  return { rows: table.rows.map((r) => r.cells), shape };
};

describe('a flattened table whose empty 备注 cells are blank lines after the figures', () => {
  it.each(['annex', 'body'] as const)('should read each row-closing blank line as the empty 备注, beside a row with its 备注 written (%s)', async (where) => {
    const { rows, shape } = await tableOf(where, [
      ...HEADER,
      ...['1', '研发费用补助', '200', '250', '300', ''],
      ...['2', '创新平台建设', '100', '120', '150', '续建'],
      ...['3', '人才引进', '50', '60', '70', ''],
      ...['4', '科技金融', '10', '20', '30', ''],
    ]);
    expect(rows).toEqual([
      ['1', '研发费用补助', '200', '250', '300', ''],
      ['2', '创新平台建设', '100', '120', '150', '续建'],
      ['3', '人才引进', '50', '60', '70', ''],
      ['4', '科技金融', '10', '20', '30', ''],
    ]);
    expect(shape).toEqual([]);
  });

  it.each(['annex', 'body'] as const)('should read them when no row writes its 备注, the header giving the width (%s)', async (where) => {
    const { rows, shape } = await tableOf(where, [
      ...HEADER,
      ...['1', '研发费用补助', '200', '250', '300', ''],
      ...['2', '创新平台建设', '100', '120', '150', ''],
      ...['3', '人才引进', '50', '60', '70', ''],
    ]);
    expect(rows).toEqual([
      ['1', '研发费用补助', '200', '250', '300', ''],
      ['2', '创新平台建设', '100', '120', '150', ''],
      ['3', '人才引进', '50', '60', '70', ''],
    ]);
    expect(shape).toEqual([]);
  });

  it.each(['annex', 'body'] as const)('should not read a blank line between whole rows, or after the last, as a cell (%s)', async (where) => {
    const { rows } = await tableOf(where, [
      ...['序号', '项目', '2023年', '2024年', '2025年'],
      ...['1', '研发费用补助', '200', '250', '300', ''],
      ...['2', '创新平台建设', '100', '120', '150'],
      ...['3', '人才引进', '50', '60', '70', ''],
    ]);
    expect(rows).toEqual([
      ['1', '研发费用补助', '200', '250', '300'],
      ['2', '创新平台建设', '100', '120', '150'],
      ['3', '人才引进', '50', '60', '70'],
    ]);
  });

  it.each(['annex', 'body'] as const)('should not fill the last row short of its 备注 when no other row closes on a blank line (%s)', async (where) => {
    const { rows } = await tableOf(where, [
      ...HEADER,
      ...['1', '研发费用补助', '200', '250', '300', '新增'],
      ...['2', '创新平台建设', '100', '120', '150', '续建'],
      ...['3', '人才引进', '50', '60', '70', ''],
    ]);
    expect(rows[2]).toEqual(['3', '人才引进', '50', '60', '70']);
  });
});
