/**
 * A target the text states and a table of the goal section (表1 主要指标) restates (probe75 #2): the
 * plan has one target, the text's, and each change of it is reported once. The text rewritten in
 * another scale (3000个 → 0.3万个) is no change; the table's cell alone changed is the row's cell;
 * both changed is the goal's change only; the text's sentence struck is the text's change only.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { changeLabel } from '../../src/render/diff-describe.js';

const notice = (sentence: string, row: string): string =>
  [
    '某区充电基础设施建设三年行动计划（2024—2026年）',
    '',
    '一、工作目标',
    '',
    sentence,
    '',
    '表1　主要指标',
    '',
    '序号\t指标\t2024年\t2025年\t2026年',
    row,
    '2\t新建换电站（座）\t5\t12\t20',
    '',
    '二、重点任务',
    '',
    '1.加快公共充电桩建设。在居住小区、公共停车场建设公共充电桩。（牵头单位：区发展改革委，参与单位：区住房建设局）',
    '',
    '2.推进换电站布局。在物流园区、出租车场站布局换电站。（牵头单位：区交通运输局，参与单位：区商务局）',
  ].join('\n');

const SENTENCE = '到2026年，全区新建公共充电桩3000个，新建换电站20座。';
const ROW = '1\t新建公共充电桩（个）\t1000\t2000\t3000';
const OLD = notice(SENTENCE, ROW);

async function revise(sentence: string, row: string): Promise<DiffResult> {
  return diffDocuments(await parseNotice(OLD), await parseNotice(notice(sentence, row)));
}

const described = (result: DiffResult): Array<[string, string, unknown]> => result.changes.map((c) => [changeLabel(c), c.op, c.fields]);

describe('parse of a target restated in a goal table', () => {
  it('should keep the text\'s goal alone where the row gives the same quantity in another scale', async () => {
    const doc = await parseNotice(notice(SENTENCE.replace('3000个', '0.3万个'), ROW));
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['全区新建公共充电桩', 0.3, '万个', 2026],
      ['新建换电站', 20, '座', 2026],
    ]);
  });

  it('should keep the row\'s goal beside the text\'s where the figures differ', async () => {
    const doc = await parseNotice(notice(SENTENCE, ROW.replace(/3000$/, '3500')));
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value])).toEqual([
      ['全区新建公共充电桩', 3000],
      ['新建换电站', 20],
      ['新建公共充电桩', 3500],
    ]);
  });
});

describe('plan diff of a target restated in a goal table', () => {
  it('should report no change for the text\'s figure rewritten in another scale', async () => {
    const result = await revise(SENTENCE.replace('3000个', '0.3万个'), ROW);
    expect(result.changes).toEqual([]);
  });

  it('should report the table\'s cell changed alone as the row\'s cell, not as a goal added', async () => {
    const result = await revise(SENTENCE, ROW.replace(/3000$/, '3500'));
    expect(described(result)).toEqual([['table row 1 新建公共充电桩', 'modified', { 'values.2026': { old: 3000, new: 3500 } }]]);
    expect(result.changes[0]?.years).toEqual([{ year: 2026, old: 3000, new: 3500 }]);
    expect(result.summary.kinds.goal).toMatchObject({ added: 0, modified: 0, unchanged: 2 });
  });

  it('should report the row\'s figure brought back to the text\'s as the row\'s cell too', async () => {
    const before = notice(SENTENCE, ROW.replace(/3000$/, '3500'));
    const result = await diffDocuments(await parseNotice(before), await parseNotice(OLD));
    expect(described(result)).toEqual([['table row 1 新建公共充电桩', 'modified', { 'values.2026': { old: 3500, new: 3000 } }]]);
  });

  it('should report the target changed in the text and the table once, as the goal', async () => {
    const result = await revise(SENTENCE.replace('3000个', '3500个'), ROW.replace(/3000$/, '3500'));
    expect(described(result)).toEqual([['goal 全区新建公共充电桩 2026年', 'modified', { value: { old: 3000, new: 3500 } }]]);
    expect(result.summary.kinds.table).toMatchObject({ modified: 0, unchanged: 2 });
  });

  it('should still report another year\'s cell of the row', async () => {
    const result = await revise(SENTENCE, ROW.replace('\t2000\t', '\t2200\t'));
    expect(described(result)).toEqual([['table row 1 新建公共充电桩', 'modified', { 'values.2025': { old: 2000, new: 2200 } }]]);
  });

  it('should report the text\'s sentence struck, the table keeping its targets, as the text\'s change only', async () => {
    const result = await revise('到2026年，全区充电基础设施体系基本建成。', ROW);
    expect(result.changes.map((c) => [changeLabel(c), c.op, Object.keys(c.fields ?? {})])).toEqual([['part 一 工作目标', 'modified', ['text']]]);
  });
});
