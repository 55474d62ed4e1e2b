/**
 * A goal's figure changed together with the multiplier of its unit (probe75 #1): 8000个 → 1万个 is
 * 8000 → 10000 个, not 8000 → 1. And a goal's unit changed (2000个 → 2000座) is the goal's unit
 * only, not again the wording of its sentence.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { DiffResult } from '../../src/diff/types.js';
import { commonScale, inCommonScale } from '../../src/model/goal-quantity.js';
import type { Goal } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { renderDiffGithub } from '../../src/render/diff-github.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffText } from '../../src/render/diff-text.js';

const notice = (target: string): string =>
  [
    '某市充电基础设施建设实施方案',
    '',
    '一、工作目标',
    '',
    `到2025年，全市建成公共充电桩${target}，新能源公交车占比达到90%。`,
    '',
    '二、重点任务',
    '',
    '1.加快充电设施建设。推进居住社区、公共停车场充电设施建设。（牵头单位：市住房城乡建设局，参与单位：市发展改革委）',
  ].join('\n');

async function diff(from: string, to: string, strict = false): Promise<DiffResult> {
  return diffDocuments(await parseNotice(notice(from)), await parseNotice(notice(to)), { strict });
}

const goal = (value: number, unit: string, upTo?: number): Goal => ({ value, unit, ...(upTo === undefined ? {} : { upTo }) }) as Goal;

describe('commonScale', () => {
  it('should count two scales of one unit in the finer of them', () => {
    expect(commonScale(goal(8000, '个'), goal(1, '万个'))).toEqual({ unit: '个', old: 1, new: 1e4 });
    expect(commonScale(goal(2, '万亿元'), goal(18000, '亿元'))).toEqual({ unit: '亿元', old: 1e4, new: 1 });
    expect(commonScale(goal(1, '万辆'), goal(2, '亿辆'))).toEqual({ unit: '万辆', old: 1, new: 1e4 });
  });

  it('should give no scale for other units, or one unit written alike', () => {
    expect(commonScale(goal(8000, '个'), goal(1, '万座'))).toBeNull();
    expect(commonScale(goal(8000, '个'), goal(9000, '个'))).toBeNull();
  });

  it('should bring both figures and both ends of a range to that unit without binary fractions', () => {
    expect(inCommonScale(goal(8000, '个'), goal(1.1, '万个'))).toEqual({ unit: '个', rescaled: true, old: { value: 8000, upTo: null }, new: { value: 11000, upTo: null } });
    expect(inCommonScale(goal(3, '万个', 5), goal(40000, '个', 60000))?.old).toEqual({ value: 30000, upTo: 50000 });
  });
});

describe('plan diff of a goal whose figure changed with its multiplier', () => {
  it('should report the value in the finer unit, with each figure as written, and no change of unit', async () => {
    const result = await diff('8000个', '1万个');
    expect(result.changes.map((c) => [c.kind, c.op, c.fields, c.years])).toEqual([
      ['goal', 'modified', { value: { old: 8000, new: 10000, unit: '个', written: { old: '8000个', new: '1万个' } } }, [{ year: 2025, old: 8000, new: 10000 }]],
    ]);
  });

  it('should count the figures in the finer unit whichever version writes it', async () => {
    const result = await diff('1.2万个', '8000个');
    expect(result.changes.map((c) => [c.fields, c.years])).toEqual([
      [{ value: { old: 12000, new: 8000, unit: '个', written: { old: '1.2万个', new: '8000个' } } }, [{ year: 2025, old: 12000, new: 8000 }]],
    ]);
  });

  it('should show each figure as written and, beside one written in the other scale, its count in the finer unit', async () => {
    const result = await diff('8000个', '1万个');
    const text = await renderDiffText(result, { color: false });
    expect(text).toContain('    value: [-8000个-] → {+1万个+} (10000个)\n');
    expect(text).not.toContain('unit:');
    expect(await renderDiffMarkdown(result)).toContain('| goal 全市建成公共充电桩 2025年 | modified | value | <del>8000个</del> | <ins>1万个</ins> (10000个) |');
    expect(await renderDiffGithub(result, { file: 'new.txt' })).toContain('%0Avalue: 8000个 → 1万个 (10000个)');
    const back = await renderDiffText(await diff('1万个', '8000个'), { color: false });
    expect(back).toContain('    value: [-1万个-] (10000个) → {+8000个+}\n');
  });

  it('should still report no change for one quantity rewritten with a multiplier', async () => {
    expect((await diff('8000个', '0.8万个')).changes).toEqual([]);
  });

  it('should compare the figures as written with --strict', async () => {
    const result = await diff('8000个', '1万个', true);
    expect(result.changes.map((c) => c.fields)).toEqual([{ value: { old: 8000, new: 1 }, unit: { old: '个', new: '万个' } }]);
  });

  it('should report a figure changed with its unit counted otherwise (个 → 座) as the value and the unit', async () => {
    const result = await diff('8000个', '1万座');
    expect(result.changes.map((c) => c.fields)).toEqual([{ value: { old: 8000, new: 1 }, unit: { old: '个', new: '万座' } }]);
  });
});

describe('plan diff of a goal whose unit changed', () => {
  it('should report 2000个 → 2000座 as the goal\'s unit only, not again as its sentence', async () => {
    const result = await diff('2000个', '2000座');
    expect(result.changes.map((c) => [c.kind, c.op, c.fields])).toEqual([['goal', 'modified', { unit: { old: '个', new: '座' } }]]);
  });

  // probe80 a4: 台套 was read as 台 and the change did not show.
  it('should report 2000台 → 2000台套 as the goal\'s unit, a counter of two characters read whole', async () => {
    const result = await diff('2000台', '2000台套');
    expect(result.changes.map((c) => [c.kind, c.op, c.fields])).toEqual([['goal', 'modified', { unit: { old: '台', new: '台套' } }]]);
  });

  it('should still show the unit in the redline of a sentence changed for another reason', async () => {
    const old = notice('2000个');
    const revised = notice('2000座').replace('新能源公交车占比', '全市新能源公交车占比');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    const part = result.changes.find((c) => c.kind === 'part');
    // Each side as that version writes it: the unit is no masked figure, so it is marked as text.
    expect(part?.fields?.text?.redline?.filter((s) => s.op !== 'equal').map((s) => [s.op, s.text])).toEqual([
      ['delete', '个，'],
      ['insert', '座，全市'],
    ]);
  });
});
