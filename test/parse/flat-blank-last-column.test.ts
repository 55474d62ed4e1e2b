import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

// A table flattened one cell per line whose last column (备注) is mostly empty, each empty cell
// written as a blank line after the row's figures: the blank is that cell, not a break between
// rows, while a blank line after a table whose rows are whole stays the paragraph break it is.

const HEADER = ['序号', '项目', '2023年', '2024年', '2025年', '备注'];
const doc = (cells: readonly string[]): string =>
  [
    '某县科技创新三年行动方案（2023—2025年）',
    '',
    '一、工作目标',
    '到2025年，全县高新技术企业达到60家。',
    '',
    '附件',
    '',
    '某县科技创新资金安排表',
    '单位：万元',
    ...cells,
  ].join('\n');
const annexOf = async (cells: readonly string[]) => {
  const parsed = await parseNotice(doc(cells));
  const shape = parsed.diagnostics.filter((d) => d.ruleId === 'annex-row-width' || d.ruleId === 'annex-shape').map((d) => d.message);
  return { rows: parsed.annexes[0]!.table!.rows.map((r) => r.cells), shape };
};

describe('a flattened table whose empty 备注 cells are blank lines after the figures', () => {
  it('should read each row-closing blank line as the empty 备注, beside a row with its 备注 written', async () => {
    const { rows, shape } = await annexOf([
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

  it('should read them when no row writes its 备注 (the header gives the width)', async () => {
    const { rows, shape } = await annexOf([
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

  it('should not read a blank line between whole rows, or after the last, as a cell', async () => {
    const { rows } = await annexOf([
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

  it('should not fill the last row short of its 备注 when no other row closes on a blank line', async () => {
    const { rows } = await annexOf([
      ...HEADER,
      ...['1', '研发费用补助', '200', '250', '300', '新增'],
      ...['2', '创新平台建设', '100', '120', '150', '续建'],
      ...['3', '人才引进', '50', '60', '70', ''],
    ]);
    expect(rows[2]).toEqual(['3', '人才引进', '50', '60', '70']);
  });
});
