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

/**
 * A notice whose annex header lost a year: its rows give three years of figures under two, then a
 * last cell (预期性, 完成), so each row ends on figures a serial could be mistaken for.
 */
const lostYearAnnex = (last: string): string =>
  [
    '某市主要指标',
    '一、主要目标',
    '到2030年，地区生产总值达到700亿元。',
    '附件',
    '主要指标',
    ...['序号', '指标', '单位', '2020年', '2025年'],
    ...['1', '地区生产总值', '亿元', '300', '500', '700', last],
    ...['2', '常住人口', '万人', '3', '5', '7', last],
  ].join('\n');

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
    const text = lostYearAnnex('预期性');
    expect((await parseNotice(text)).annexes[0]!.table!.rows.map((r) => r.cells)).toEqual([
      ['1', '地区生产总值', '亿元', '300', '500', '700', '预期性'],
      ['2', '常住人口', '万人', '3', '5', '7', '预期性'],
    ]);
  });
});

// The same in a table of figures, whose rows end on a figure (which may equal a serial), in an annex
// or in the plan's text under a caption.
const FIGURES_HEAD = ['某县科技创新三年行动方案（2023—2025年）', '', '一、工作目标', '到2025年，全县高新技术企业达到60家。', ''];
const FIGURES_HEADER = ['序号', '指标', '单位', '2023年', '2024年', '2025年'];
const FIGURE_ROWS: ReadonlyArray<readonly string[]> = [
  ['高新技术企业', '家', '40', '50', '60'],
  ['研发投入强度', '%', '2.5', '2.8', '3'],
  ['技术合同成交额', '亿元', '10', '12', '15'],
  ['有效发明专利', '件', '800', '900', '1000'],
];
const figuresDoc = (where: 'annex' | 'body', serials: readonly string[]): string => {
  const table = [...FIGURES_HEADER, ...FIGURE_ROWS.flatMap((r, k) => [serials[k]!, ...r])];
  const task = '1.培育创新主体。支持企业加大研发投入。（牵头单位：县科技局；配合单位：县财政局）';
  return (where === 'annex' ? [...FIGURES_HEAD, '二、重点任务', task, '', '附件', '', '某县科技创新主要指标', ...table] : [...FIGURES_HEAD, '二、重点任务', '表1　主要指标', ...table, '', task]).join('\n');
};
const figureRows = async (where: 'annex' | 'body', serials: readonly string[]) => {
  const doc = await parseNotice(figuresDoc(where, serials));
  const table = where === 'annex' ? doc.annexes[0]!.table! : doc.tables![0]!.table;
  return table.rows.map((r) => [r.number, r.indicator, r.values['2025']]);
};

describe('a flattened table of figures whose 序号 skips or repeats a number', () => {
  it.each(['annex', 'body'] as const)('should read every row of a table numbered 1, 2, 4, 5 (%s)', async (where) => {
    expect(await figureRows(where, ['1', '2', '4', '5'])).toEqual([
      ['1', '高新技术企业', 60],
      ['2', '研发投入强度', 3],
      ['4', '技术合同成交额', 15],
      ['5', '有效发明专利', 1000],
    ]);
  });

  it.each(['annex', 'body'] as const)('should read every row of a table numbered 1, 2, 2, 4 and 1, 3, 4, 5 (%s)', async (where) => {
    expect((await figureRows(where, ['1', '2', '2', '4'])).map((r) => r[0])).toEqual(['1', '2', '2', '4']);
    expect((await figureRows(where, ['1', '3', '4', '5'])).map((r) => r[0])).toEqual(['1', '3', '4', '5']);
  });

  it('should report the numbering with outline-sequence at the row, and no row too wide', async () => {
    const text = figuresDoc('annex', ['1', '2', '4', '5']);
    expect(await messages('outline-sequence', text)).toEqual(['the numbering skips 3 before row 4 of the table in 附件']);
    expect(await messages('annex-shape', text)).toEqual([]);
    expect(await messages('outline-sequence', figuresDoc('body', ['1', '2', '2', '4']))).toEqual([
      expect.stringMatching(/^row 2 of table 表1　主要指标 repeats the number of the item at \d+:1; expected 3$/),
    ]);
  });

  it('should not open a row at a figure far past the expected serial, after a row as wide as the rows above', async () => {
    // Row 2 ends on 3, 5, 7 (three years under a header of two): 7 is a figure, not a serial out of sequence.
    const text = lostYearAnnex('完成');
    expect((await parseNotice(text)).annexes[0]!.table!.rows.map((r) => r.number)).toEqual(['1', '2']);
  });
});
