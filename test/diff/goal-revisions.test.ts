/**
 * Revisions of a plan's goals and units as maintainers make them, each an old/new pair under
 * fixtures/diff (a small 清河县 plan written for these tests; see fixtures/README.md, "plan diff").
 * Expected outputs were written from the two texts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDifference, type DiffResult, type RedlineSegment } from '../../src/diff/types.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { diffFixtures } from '../helpers/diff-results.js';

const pair = (name: string): Promise<DiffResult> => diffFixtures(`fixtures/diff/${name}/old.txt`, `fixtures/diff/${name}/new.txt`);
const expectedText = (name: string): string => readFileSync(`fixtures/diff/${name}.expected.txt`, 'utf8');
const side = (redline: readonly RedlineSegment[], skip: 'insert' | 'delete'): string =>
  redline
    .filter((s) => s.op !== skip)
    .map((s) => s.text)
    .join('');
const kinds = (result: DiffResult): string[][] => result.changes.map((c) => [c.kind, c.op]);

describe('plan diff of goals restructured in their paragraph (goals-restructured)', () => {
  it('should print the part redline with each side as that version wrote it', async () => {
    expect(await renderDiffText(await pair('goals-restructured'), { color: false })).toBe(expectedText('goals-restructured'));
  });

  it('should give a JSON redline whose delete and equal runs are the old text, and insert and equal runs the new', async () => {
    const text = (await pair('goals-restructured')).changes.find((c) => c.kind === 'part')?.fields?.text;
    expect(side(text!.redline!, 'insert')).toBe(text!.old);
    expect(side(text!.redline!, 'delete')).toBe(text!.new);
    // The removed goal's 85亿元以上 is deleted, not overwritten with the added goal's 1000.
    expect(text!.redline).toContainEqual({ op: 'delete', text: '85亿元以上；' });
  });
});

describe('plan diff of a task removed with its deadline (task-deadline-removed)', () => {
  it('should show the removed task with its 完成时限 beside its units', async () => {
    expect(await renderDiffText(await pair('task-deadline-removed'), { color: false })).toBe(expectedText('task-deadline-removed'));
  });

  it('should show the deadline in the markdown table too', async () => {
    expect(await renderDiffMarkdown(await pair('task-deadline-removed'))).toContain('参与: 县农业局; 完成时限: 2025年底前)');
  });
});

describe('plan diff of a range goal and a qualified one removed with their clauses (range-goal-removed)', () => {
  it('should report only the goals, the range with both its ends and 以上 after the figure', async () => {
    const result = await pair('range-goal-removed');
    expect(kinds(result)).toEqual([
      ['goal', 'removed'],
      ['goal', 'removed'],
    ]);
    expect(await renderDiffText(result, { color: false })).toBe(expectedText('range-goal-removed'));
  });
});

describe('plan diff of a range goal whose ends changed (range-goal-changed)', () => {
  it('should report the change once, as the goal, and count it once', async () => {
    const result = await pair('range-goal-changed');
    expect(kinds(result)).toEqual([['goal', 'modified']]);
    expect(result.changes.filter(isDifference)).toHaveLength(1);
    expect(await renderDiffText(result, { color: false })).toBe(expectedText('range-goal-changed'));
  });
});

describe('plan diff of the first target of a 全县 sentence removed (area-word-target-removed)', () => {
  it('should report the removed goal alone, the next target keeping its indicator and the sentence its 全县', async () => {
    const result = await pair('area-word-target-removed');
    expect(kinds(result)).toEqual([['goal', 'removed']]);
    expect(await renderDiffText(result, { color: false })).toBe(expectedText('area-word-target-removed'));
  });
});

describe('plan diff of a unit renamed, one task giving its former name in brackets (unit-renamed-former-name)', () => {
  it('should report one respelling of the unit, listing every task that writes the new name', async () => {
    const result = await pair('unit-renamed-former-name');
    expect(kinds(result)).toEqual([['unit', 'respelled']]);
    expect(result.changes[0]?.fields?.name).toEqual({ old: '县农业局', new: '县农业农村局' });
    expect(result.changes[0]?.where?.map((w) => [w.number, w.field])).toEqual([
      ['1', 'lead'],
      ['2', 'participants'],
      ['3', 'participants'],
    ]);
    expect(await renderDiffText(result, { color: false })).toBe(expectedText('unit-renamed-former-name'));
  });
});

describe('plan diff of a goal sentence reordered, its 年均 read into the indicator of both versions', () => {
  const doc = (sentence: string): string =>
    ['# 某县智能制造推进方案', '', '## 一、发展目标', '', sentence, '', '## 二、主要任务', '', '1. 建设智能工厂。支持企业建设智能工厂。（责任单位：县工信局）', ''].join('\n');
  const diff = async (a: string, b: string): Promise<DiffResult> => {
    const { diffDocuments } = await import('../../src/diff/diff-documents.js');
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    return diffDocuments(await parseNotice(doc(a), { format: 'markdown' }), await parseNotice(doc(b), { format: 'markdown' }));
  };

  it('should report no qualifier change where 年均 stands in the indicator of both versions, only the reworded sentence', async () => {
    const result = await diff('到2026年，全县智能制造产业产值达到80亿元，年均增长12%以上。', '到2026年，全县智能制造产业产值年均增长12%以上，达到80亿元。');
    expect(kinds(result)).toEqual([['part', 'modified']]);
  });

  it('should still report a qualifier dropped that the indicator does not hold', async () => {
    const result = await diff('到2026年，全县智能制造产业产值达到80亿元，年均增长12%以上。', '到2026年，全县智能制造产业产值达到80亿元，年均增长12%。');
    expect(result.changes.filter((c) => c.kind === 'goal').map((c) => [c.op, c.fields?.qualifier?.old, c.fields?.qualifier?.new])).toEqual([['modified', '以上', null]]);
  });

  it('should report a qualifier dropped whose word the indicator writes elsewhere (规模以上…增长8%以上 → 8%)', async () => {
    const result = await diff('到2026年，全县规模以上工业增加值年均增长8%以上。', '到2026年，全县规模以上工业增加值年均增长8%。');
    expect(result.changes.filter((c) => c.kind === 'goal').map((c) => [c.op, c.fields?.qualifier?.old, c.fields?.qualifier?.new])).toEqual([['modified', '以上', null]]);
  });
});

describe('plan diff --strict of a goal whose figure changed', () => {
  const doc = (sentence: string): string =>
    ['某县智能制造推进方案', '', '一、发展目标', '', `　　${sentence}`, '', '二、主要任务', '', '　　1.建设智能工厂。支持企业建设智能工厂。（责任单位：县工信局）', ''].join('\n');
  const diff = async (a: string, b: string): Promise<DiffResult> => {
    const { diffDocuments } = await import('../../src/diff/diff-documents.js');
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    return diffDocuments(await parseNotice(doc(a), { format: 'text' }), await parseNotice(doc(b), { format: 'text' }), { strict: true });
  };

  it('should report the figure as the goal only, not again as the sentence it stands in', async () => {
    const result = await diff('到2026年，智能工厂达到30个，数字化车间达到120个。', '到2026年，智能工厂达到35个，数字化车间达到150个。');
    expect(result.changes.map((c) => [c.kind, c.op, c.fields?.value?.old, c.fields?.value?.new])).toEqual([
      ['goal', 'modified', 30, 35],
      ['goal', 'modified', 120, 150],
    ]);
  });

  it('should still report another change of the sentence as written, a full-width comma made half-width', async () => {
    const result = await diff('到2026年，智能工厂达到30个，数字化车间达到120个。', '到2026年,智能工厂达到30个，数字化车间达到120个。');
    expect(kinds(result)).toEqual([['part', 'modified']]);
  });
});
