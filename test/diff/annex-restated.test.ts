/**
 * A target the text states and an annex 重点指标分解表 (outside the goal section) states again
 * exactly (probe103): the same indicator (the plan's area word aside), the same year's column, the
 * same figure and unit. Changed in both, it is one change of the goal, which names the annex cell;
 * the row is reported for its other cells only. A row worded otherwise, or a cell restating the
 * goal in one version only, is the row's own.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { changeLabel, restatedPlaces } from '../../src/render/diff-describe.js';
import { renderDiffText } from '../../src/render/diff-text.js';

const notice = (sentence: string, rows: readonly string[]): string =>
  [
    '某市数字经济高质量发展三年行动计划（2022—2024年）',
    '',
    '一、工作目标',
    '',
    sentence,
    '',
    '二、重点任务',
    '',
    '1.加快5G网络建设。推进5G基站建设，实现镇街主要区域连续覆盖。（牵头单位：市经信局，配合单位：市发改局）',
    '',
    '2.建设城市大脑。整合政务数据资源，建设城市大脑中枢平台。（牵头单位：市大数据局，配合单位：市财政局）',
    '',
    '附件：重点指标分解表',
    '',
    '附件',
    '',
    '重点指标分解表',
    '',
    '序号\t指标\t单位\t2022年\t2023年\t2024年',
    ...rows,
  ].join('\n');

const SENTENCE = '到2024年，全市数字经济核心产业增加值达到200亿元，5G基站达到8000个，建成数字化车间20个。';
const ROWS = ['1\t数字经济核心产业增加值\t亿元\t150\t175\t200', '2\t5G基站\t个\t5000\t6500\t8000', '3\t数字化车间\t个\t10\t15\t20'];
const OLD = notice(SENTENCE, ROWS);

async function revise(sentence: string, rows: readonly string[]): Promise<DiffResult> {
  return diffDocuments(await parseNotice(OLD), await parseNotice(notice(sentence, rows)));
}

const described = (result: DiffResult): Array<[string, string, unknown]> => result.changes.map((c) => [changeLabel(c), c.op, c.fields]);

describe('plan diff of a goal an annex table restates', () => {
  it('should report a target changed in the text and the annex once, as the goal naming the annex cell', async () => {
    const result = await revise(SENTENCE.replace('200亿元', '220亿元'), [ROWS[0]!.replace('175\t200', '180\t220'), ROWS[1]!, ROWS[2]!]);
    expect(described(result)).toEqual([
      ['goal 全市数字经济核心产业增加值 2024年', 'modified', { value: { old: 200, new: 220 } }],
      ['annex row 1 数字经济核心产业增加值', 'modified', { 'values.2023': { old: 175, new: 180 } }],
    ]);
    const goal = result.changes[0]!;
    expect(goal.restated?.map((r) => [r.table, r.column, r.old?.line, r.new?.line])).toEqual([['附件 重点指标分解表', '2024年', 20, 20]]);
    expect(restatedPlaces(goal)).toEqual(['附件 重点指标分解表 2024年, line 20 (old line 20)']);
    expect(await renderDiffText(result, { color: false })).toContain(
      'modified   goal 全市数字经济核心产业增加值 2024年 (line 5)\n    value: [-200-] → {+220+}\n    restated: 附件 重点指标分解表 2024年, line 20 (old line 20)\n',
    );
  });

  it('should count the row unchanged when the restated cell is all that changed in it', async () => {
    const result = await revise(SENTENCE.replace('200亿元', '220亿元'), [ROWS[0]!.replace(/200$/, '220'), ROWS[1]!, ROWS[2]!]);
    expect(described(result)).toEqual([['goal 全市数字经济核心产业增加值 2024年', 'modified', { value: { old: 200, new: 220 } }]]);
    expect(result.summary.kinds.annex).toMatchObject({ modified: 0, unchanged: 3 });
  });

  it('should compare a target rewritten in another scale as the goal, and the annex cell with it', async () => {
    const result = await revise(SENTENCE.replace('8000个', '1万个'), [ROWS[0]!, ROWS[1]!.replace(/8000$/, '10000'), ROWS[2]!]);
    expect(result.changes.map((c) => [changeLabel(c), c.restated?.map((r) => r.column) ?? null])).toEqual([['goal 5G基站 2024年', ['2024年']]]);
  });

  it('should fold the width of the row\'s characters as the diff does', async () => {
    const wide = ROWS[1]!.replace('5G', '５Ｇ');
    const before = notice(SENTENCE, [ROWS[0]!, wide, ROWS[2]!]);
    const after = notice(SENTENCE.replace('8000个', '9000个'), [ROWS[0]!, wide.replace(/8000$/, '9000'), ROWS[2]!]);
    const result = await diffDocuments(await parseNotice(before), await parseNotice(after));
    expect(result.changes.map((c) => [changeLabel(c), c.restated?.map((r) => r.column) ?? null])).toEqual([['goal 5G基站 2024年', ['2024年']]]);
  });

  it('should leave a row worded otherwise than the goal its own, even with the same figure', async () => {
    const result = await revise(SENTENCE.replace('20个', '25个'), [ROWS[0]!, ROWS[1]!, ROWS[2]!.replace(/20$/, '25')]);
    expect(described(result)).toEqual([
      ['goal 建成数字化车间 2024年', 'modified', { value: { old: 20, new: 25 } }],
      ['annex row 3 数字化车间', 'modified', { 'values.2024': { old: 20, new: 25 } }],
    ]);
    expect(result.changes[0]?.restated).toBeUndefined();
  });

  it('should report the annex cell changed alone as the row\'s, the goal unchanged', async () => {
    const result = await revise(SENTENCE, [ROWS[0]!.replace(/200$/, '210'), ROWS[1]!, ROWS[2]!]);
    expect(described(result)).toEqual([['annex row 1 数字经济核心产业增加值', 'modified', { 'values.2024': { old: 200, new: 210 } }]]);
  });

  it('should report the goal changed alone as the goal, saying the annex no longer restates it', async () => {
    const result = await revise(SENTENCE.replace('200亿元', '220亿元'), ROWS);
    expect(described(result)).toEqual([['goal 全市数字经济核心产业增加值 2024年', 'modified', { value: { old: 200, new: 220 } }]]);
    expect(restatedPlaces(result.changes[0]!)).toEqual(['附件 重点指标分解表 2024年, old line 20 (not restated in the new version)']);
  });

  it('should report a cell that comes to restate the goal with a column added as the row\'s', async () => {
    const before = notice(SENTENCE, ['1\t数字经济核心产业增加值\t亿元\t150\t175']).replace('2023年\t2024年', '2023年');
    const result = await diffDocuments(await parseNotice(before), await parseNotice(notice(SENTENCE, [ROWS[0]!])));
    expect(result.changes.filter((c) => c.element === 'row').map((c) => c.fields)).toEqual([{ 'values.2024': { old: null, new: 200, columnChange: 'added' } }]);
  });
});
