import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const notice = (annex: string) =>
  ['河东区科技创新三年行动计划', '', '一、总体要求', '', '附件', '', '年度分解表', '', annex].join('\n');

describe('annex tables flattened one cell per line', () => {
  it('should rebuild columns and rows, restoring the empty indicator header', async () => {
    const doc = await parseNotice(notice(['序号', '2020', '2021', '1', '研发投入(亿元)', '1.5', '2', '2', '专利(件)', '7', '9'].join('\n\n')));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '', '2020', '2021']);
    expect(table.rows.map((r) => [r.number, r.indicator, r.unit, r.values])).toEqual([
      ['1', '研发投入', '亿元', { 2020: 1.5, 2021: 2 }],
      ['2', '专利', '件', { 2020: 7, 2021: 9 }],
    ]);
  });

  it('should not split a row at a value that equals the next serial number', async () => {
    const doc = await parseNotice(notice(['序号', '指标', '2020', '2021', '1', '平台(个)', '2', '3', '2', '基地(个)', '4', '5'].join('\n\n')));
    const rows = doc.annexes[0]!.table!.rows;
    expect(rows.map((r) => r.cells)).toEqual([
      ['1', '平台(个)', '2', '3'],
      ['2', '基地(个)', '4', '5'],
    ]);
  });

  it('should report a value that is not a number and keep it as null', async () => {
    const doc = await parseNotice(notice(['序号', '指标', '2020', '1', '平台(个)', '待定'].join('\n\n')));
    expect(doc.annexes[0]!.table!.rows[0]!.values).toEqual({ 2020: null });
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('annex-value-unreadable');
  });
});
