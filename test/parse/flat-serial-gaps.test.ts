import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { messages } from '../validate/findings.js';

// A task table flattened one cell per line whose 序号 skips or repeats a number (1, 2, 4, 5 or
// 1, 2, 3, 3): the out-of-sequence serial still opens its row where the row before is full, so the
// rows after it are read (not run into one row) and outline-sequence reports the numbering.

const TEXT = [
  '某区2024年优化营商环境工作要点',
  '一、提升政务服务效能',
  '1.深化“一件事一次办”改革。拓展集成服务事项。（牵头单位：区行政审批服务局）',
  '2.推进“互联网+政务服务”。提升网上可办率。（牵头单位：区行政审批服务局）',
  '二、优化市场环境',
  '3.规范涉企收费。开展涉企收费专项检查。（牵头单位：区市场监管局，配合单位：区财政局）',
  '4.加强信用体系建设。推进信用修复。（牵头单位：区发展改革局）',
  '附件：某区2024年优化营商环境重点任务分工表',
  '附件',
  '某区2024年优化营商环境重点任务分工表',
  '序号',
  '重点任务',
  '牵头单位',
  '配合单位',
  '完成时限',
];
const ROWS: ReadonlyArray<readonly string[]> = [
  ['深化“一件事一次办”改革', '区行政审批服务局', '区级各部门', '2024年12月'],
  ['推进“互联网+政务服务”', '区行政审批服务局', '—', '2024年12月'],
  ['规范涉企收费', '区市场监管局', '区财政局', '2024年6月'],
  ['加强信用体系建设', '区发展改革局', '—', '2024年12月'],
];
const doc = (serials: readonly string[], sep = '\n'): string =>
  [...TEXT, ...ROWS.map((r, k) => [serials[k]!, ...r].join(sep))].join(sep);
const rows = async (text: string) => (await parseNotice(text)).annexes[0]!.table!.rows.map((r) => [r.number, r.cells[1]]);

describe('a flattened task table whose 序号 skips or repeats a number', () => {
  it('should read every row of a table numbered 1, 2, 4, 5', async () => {
    expect(await rows(doc(['1', '2', '4', '5']))).toEqual([
      ['1', '深化“一件事一次办”改革'],
      ['2', '推进“互联网+政务服务”'],
      ['4', '规范涉企收费'],
      ['5', '加强信用体系建设'],
    ]);
  });

  it('should read every row with a blank line between the cells', async () => {
    expect((await rows(doc(['1', '2', '4', '5'], '\n\n'))).map((r) => r[0])).toEqual(['1', '2', '4', '5']);
  });

  it('should read every row of a table numbered 1, 2, 3, 3 and 1, 2, 4, 4', async () => {
    expect((await rows(doc(['1', '2', '3', '3']))).map((r) => r[0])).toEqual(['1', '2', '3', '3']);
    expect((await rows(doc(['1', '2', '4', '4']))).map((r) => r[0])).toEqual(['1', '2', '4', '4']);
  });

  it('should report the skipped number with outline-sequence, and no row too wide', async () => {
    const text = doc(['1', '2', '4', '5']);
    expect(await messages('outline-sequence', text)).toEqual(['the numbering skips 3 before task 4 of the task table']);
    expect(await messages('annex-row-width', text)).toEqual([]);
  });

  it('should report a repeated number with outline-sequence', async () => {
    expect(await messages('outline-sequence', doc(['1', '2', '3', '3']))).toEqual([
      expect.stringMatching(/^task 3 of the task table repeats the number of the item at \d+:1; expected 4$/),
    ]);
  });

  it('should not open a row at a small figure after a full row of figures (a table of values whose header lost a year)', async () => {
    const text = [
      '某市主要指标',
      '一、主要目标',
      '到2030年，地区生产总值达到700亿元。',
      '附件',
      '主要指标',
      ...['序号', '指标', '单位', '2020年', '2025年'],
      ...['1', '地区生产总值', '亿元', '300', '500', '700', '预期性'],
      ...['2', '常住人口', '万人', '3', '5', '7', '预期性'],
    ].join('\n');
    expect((await parseNotice(text)).annexes[0]!.table!.rows.map((r) => r.cells)).toEqual([
      ['1', '地区生产总值', '亿元', '300', '500', '700', '预期性'],
      ['2', '常住人口', '万人', '3', '5', '7', '预期性'],
    ]);
  });
});
