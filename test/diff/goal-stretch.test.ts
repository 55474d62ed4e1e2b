/**
 * A target and its stretch (到2025年，全区高新技术企业达到300家，力争达到350家) share indicator and
 * year: the stretch's change says it is the stretch, in its label and its JSON, with the word the
 * model's `qualifier` holds, so a reader (and a CI job keying on it) tells the two apart.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { stretchKind, stretchWord } from '../../src/diff/goal-stretch.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { changeLabel } from '../../src/render/diff-describe.js';
import { renderDiffText } from '../../src/render/diff-text.js';

const notice = (goals: string, title = '河东区科技创新工作方案'): string =>
  [title, '', '一、工作目标', goals, '', '二、重点任务', '（一）培育科技企业。开展高新技术企业培育行动。（责任单位：区科技局）'].join('\n');

async function diff(from: string, to: string, strict = false): Promise<DiffResult> {
  return diffDocuments(await parseNotice(notice(from)), await parseNotice(notice(to)), { strict });
}

const goalChanges = (result: DiffResult): Array<[string, unknown, unknown]> =>
  result.changes.filter((c) => c.kind === 'goal').map((c) => [changeLabel(c), c.fields?.value?.old, c.fields?.value?.new]);

describe('stretchWord', () => {
  it.each([
    ['力争', '力争'],
    ['力争、以上', '力争'],
    ['突破、力争', '力争'],
    ['争取', '争取'],
    ['确保', '确保'],
    ['力爭', '力爭'],
    ['確保、以上', '確保'],
  ])('should read the stretch word of the qualifier %s', (qualifier, word) => {
    expect(stretchWord({ qualifier })).toBe(word);
  });

  it('should read none from a plain target or other qualifiers', () => {
    expect(stretchWord({})).toBeNull();
    expect(stretchWord({ qualifier: '以上' })).toBeNull();
    expect(stretchWord({ qualifier: '累计、突破' })).toBeNull();
  });

  it('should take 力争 and 争取 as one kind, and 确保 as a floor', () => {
    expect(stretchKind({ qualifier: '力争' })).toBe('stretch');
    expect(stretchKind({ qualifier: '争取' })).toBe('stretch');
    expect(stretchKind({ qualifier: '爭取' })).toBe('stretch');
    expect(stretchKind({ qualifier: '确保' })).toBe('floor');
    expect(stretchKind({ qualifier: '以上' })).toBe('');
  });
});

describe('plan diff of a target and its stretch', () => {
  it('should label the stretch as the stretch, in text and in JSON', async () => {
    const result = await diff('到2025年，全区高新技术企业达到300家，力争达到350家。', '到2025年，全区高新技术企业达到320家，力争达到380家。');
    expect(goalChanges(result)).toEqual([
      ['goal 全区高新技术企业 2025年', 300, 320],
      ['goal 全区高新技术企业 2025年 (力争)', 350, 380],
    ]);
    expect(result.changes.map((c) => c.stretch)).toEqual([undefined, '力争']);
    const text = await renderDiffText(result, { color: false });
    expect(text).toContain('modified   goal 全区高新技术企业 2025年 (line 4)\n    value: [-300-] → {+320+}\n');
    expect(text).toContain('modified   goal 全区高新技术企业 2025年 (力争) (line 4)\n    value: [-350-] → {+380+}\n');
  });

  it('should pair the target with the target and the stretch with the stretch when the sentence turns round', async () => {
    const result = await diff('到2025年，全区高新技术企业达到300家，力争达到350家。', '到2025年，全区高新技术企业力争达到380家，确保达到300家。');
    // 300 stays the floor (达到 → 确保), 350 → 380 stays the stretch.
    expect(goalChanges(result)).toContainEqual(['goal 全区高新技术企业 2025年 (力争)', 350, 380]);
    expect(result.changes.filter((c) => c.kind === 'goal' && c.fields?.value)).toHaveLength(1);
  });

  it('should name a floor (确保) and a stretch written 争取 by their words', async () => {
    const result = await diff('到2025年，地区生产总值确保增长6%，争取增长7%。', '到2025年，地区生产总值确保增长6.5%，争取增长8%。');
    expect(goalChanges(result).map(([label]) => label)).toEqual(['goal 地区生产总值增长 2025年 (确保)', 'goal 地区生产总值增长 2025年 (争取)']);
  });

  it('should label the stretch of a 繁体 notice with its word as written', async () => {
    const result = await diff('到2025年，全區高新技術企業達到300家，力爭達到350家。', '到2025年，全區高新技術企業達到320家，力爭達到380家。');
    expect(goalChanges(result).map(([label]) => label)).toEqual(['goal 全區高新技術企業 2025年', 'goal 全區高新技術企業 2025年 (力爭)']);
  });

  it('should keep the label the same when the firm target beside it goes (a key stable between revisions)', async () => {
    const result = await diff('到2025年，全区高新技术企业达到300家，力争达到350家。', '到2025年，全区高新技术企业力争达到380家。');
    // The firm 300 is removed with its 达到300家，; the indicator stays with the stretch, whose figure is its change.
    expect(result.changes.map((c) => [c.kind, c.op, changeLabel(c)])).toEqual([
      ['goal', 'removed', 'goal 全区高新技术企业 2025年'],
      ['goal', 'modified', 'goal 全区高新技术企业 2025年 (力争)'],
    ]);
    expect(goalChanges(result)[1]).toEqual(['goal 全区高新技术企业 2025年 (力争)', 350, 380]);
  });

  it('should report a firm target added before its stretch as the goal only, not the sentence too', async () => {
    const result = await diff('到2025年，全区高新技术企业力争达到350家。', '到2025年，全区高新技术企业达到300家，力争达到350家。');
    expect(result.changes.map((c) => [c.kind, c.op, changeLabel(c)])).toEqual([['goal', 'added', 'goal 全区高新技术企业 2025年']]);
  });
});
