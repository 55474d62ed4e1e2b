import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { messages } from '../validate/findings.js';

// A 合计 row of a table flattened one cell per line whose first cells are merged: `合计` written once
// for 序号 and 项目, then the figures. The figures go under the year columns, whatever stands beside
// them: a column of words after the years left empty (责任单位), a label spaced out to the cell's
// width (`合  计`), or a last figure of the row above equal to the next serial by chance.

const HEAD = ['某县科技创新三年行动方案（2023—2025年）', '', '一、工作目标', '到2025年，全县高新技术企业达到60家。', ''];
const TASK = '1.培育创新主体。支持企业加大研发投入。（牵头单位：县科技局；配合单位：县财政局）';
const YEARS = ['2023年', '2024年', '2025年'];

/** The table's lines, flattened, in an annex or in the plan's text under a caption. */
const flattened = (where: 'annex' | 'body', lines: readonly string[]): string =>
  (where === 'annex'
    ? [...HEAD, '二、重点任务', TASK, '', '附件', '', '某县科技创新资金安排表', ...lines]
    : [...HEAD, '二、重点任务', '表1　资金安排', ...lines, '', TASK]
  ).join('\n');

const tableOf = async (where: 'annex' | 'body', lines: readonly string[]) => {
  const doc = await parseNotice(flattened(where, lines));
  return where === 'annex' ? doc.annexes[0]!.table! : doc.tables![0]!.table;
};

describe('a flattened 合计 row whose label spans 序号 and 项目', () => {
  it.each(['annex', 'body'] as const)('should put the figures under the years, not under 项目 (%s)', async (where) => {
    const lines = ['序号', '项目', ...YEARS, '1', '研发费用补助', '200', '250', '300', '2', '创新平台建设', '100', '120', '150', '合计', '300', '370', '450'];
    const table = await tableOf(where, lines);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '研发费用补助', '200', '250', '300'],
      ['2', '创新平台建设', '100', '120', '150'],
      ['合计', '', '300', '370', '450'],
    ]);
    expect(table.rows[2]!.values).toEqual({ 2023: 300, 2024: 370, 2025: 450 });
  });

  it.each(['annex', 'body'] as const)('should leave a column of words after the years empty in the 合计 row (%s)', async (where) => {
    const lines = ['序号', '项目', ...YEARS, '责任单位', '1', '研发费用补助', '200', '250', '300', '县科技局', '2', '创新平台建设', '100', '120', '150', '县工信局', '合计', '300', '370', '450'];
    const table = await tableOf(where, lines);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '研发费用补助', '200', '250', '300', '县科技局'],
      ['2', '创新平台建设', '100', '120', '150', '县工信局'],
      ['合计', '', '300', '370', '450', ''],
    ]);
    expect(table.rows[2]!.values).toEqual({ 2023: 300, 2024: 370, 2025: 450 });
  });

  it('should add up such a 合计 with annex-totals, and report no row too short', async () => {
    const lines = ['序号', '项目', ...YEARS, '责任单位', '1', '研发费用补助', '200', '250', '300', '县科技局', '2', '创新平台建设', '100', '120', '150', '县工信局', '合计', '300', '370', '460'];
    const text = flattened('annex', lines);
    expect(await messages('annex-totals', text)).toEqual(['合计 row: 2025年 is 460, but the 2 rows it totals (rows 1 to 2) sum to 450']);
    expect(await messages('annex-row-width', text)).toEqual([]);
  });

  it.each([
    ['合  计', 'annex'],
    ['合　计', 'annex'],
    ['总 计', 'body'],
  ] as const)('should read %s, spaced out to its cell, as the total (%s)', async (label, where) => {
    const lines = ['序号', '项目', ...YEARS, '1', '研发费用补助', '200', '250', '300', '2', '创新平台建设', '100', '120', '150', label, '300', '370', '450'];
    const table = await tableOf(where, lines);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '研发费用补助', '200', '250', '300'],
      ['2', '创新平台建设', '100', '120', '150'],
      [label, '', '300', '370', '450'],
    ]);
  });

  it.each(['annex', 'body'] as const)('should keep a last figure equal to the next serial in its row, right before 合计 (%s)', async (where) => {
    const lines = ['序号', '项目', ...YEARS, '1', '研发费用补助', '2', '3', '4', '2', '创新平台建设', '1', '2', '3', '合计', '3', '5', '7'];
    const table = await tableOf(where, lines);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '研发费用补助', '2', '3', '4'],
      ['2', '创新平台建设', '1', '2', '3'],
      ['合计', '', '3', '5', '7'],
    ]);
  });

  it('should not lay out a 合计 row whose figures are fewer than the year columns (which year lost one cannot be told)', async () => {
    const lines = ['序号', '项目', ...YEARS, '责任单位', '1', '研发费用补助', '200', '250', '300', '县科技局', '2', '创新平台建设', '100', '120', '150', '县工信局', '合计', '370', '450'];
    const total = (await tableOf('annex', lines)).rows[2]!;
    expect(total.cells).toEqual(['合计', '370', '450']);
  });

  it('should still open a row at a serial after a full row whose next line is 合计 (a row numbered and named 合计)', async () => {
    const lines = ['序号', '项目', ...YEARS, '1', '研发费用补助', '200', '250', '300', '2', '合计', '200', '250', '300'];
    const table = await tableOf('annex', lines);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '研发费用补助', '200', '250', '300'],
      ['2', '合计', '200', '250', '300'],
    ]);
  });

  it('should not read 合计 inside a longer name as a total (合计划 is no label)', async () => {
    const lines = ['序号', '项目', ...YEARS, '1', '研发费用补助', '200', '250', '300', '2', '合计划项目', '100', '120', '150'];
    const table = await tableOf('annex', lines);
    expect(table.rows.map((r) => r.number)).toEqual(['1', '2']);
  });

  const UNIT_HEADER = ['序号', '项目', '单位', ...YEARS, '责任单位'];
  const unitRows = (unit: string) => ['1', '研发费用补助', '万元', '200', '250', '300', '县科技局', '2', '创新平台建设', '万元', '100', '120', '150', '县工信局', '合计', unit, '300', '370', '450'];

  it.each(['annex', 'body'] as const)('should put a 合计 row\'s unit under 单位 and its figures under the years (%s)', async (where) => {
    const table = await tableOf(where, [...UNIT_HEADER, ...unitRows('万元')]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '研发费用补助', '万元', '200', '250', '300', '县科技局'],
      ['2', '创新平台建设', '万元', '100', '120', '150', '县工信局'],
      ['合计', '', '万元', '300', '370', '450', ''],
    ]);
    expect(table.rows[2]!.values).toEqual({ 2023: 300, 2024: 370, 2025: 450 });
  });

  it('should lay out a traditional 合計 row writing its unit (萬元) as the simplified one', async () => {
    const lines = [...UNIT_HEADER, ...unitRows('萬元').map((c) => (c === '万元' ? '萬元' : c === '合计' ? '合計' : c))];
    const table = await tableOf('annex', lines);
    expect(table.rows[2]!.cells).toEqual(['合計', '', '萬元', '300', '370', '450', '']);
  });

  it('should report no row too short for a 合计 row that writes its unit', async () => {
    const text = flattened('annex', [...UNIT_HEADER, ...unitRows('万元')]);
    expect(await messages('annex-shape', text)).toEqual([]);
    expect(await messages('annex-row-width', text)).toEqual([]);
  });

  it.each(['亿元', '见附表'])('should not lay out a 合计 row whose word before the figures (%s) no other row writes under 单位', async (word) => {
    const total = (await tableOf('annex', [...UNIT_HEADER, ...unitRows(word)])).rows[2]!;
    expect(total.cells).toEqual(['合计', word, '300', '370', '450']);
  });
});
