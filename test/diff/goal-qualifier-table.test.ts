/**
 * Goals whose qualifier changed, goals read from a goal section's table, and range cells of an
 * annex: each change is reported once, as the element the model reads it as.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { changeLabel } from '../../src/render/diff-describe.js';
import { renderDiffGithub } from '../../src/render/diff-github.js';
import { renderDiffHtml } from '../../src/render/diff-html.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { diffFixtures } from '../helpers/diff-results.js';

const pair = (name: string): Promise<DiffResult> => diffFixtures(`fixtures/diff/${name}/old.txt`, `fixtures/diff/${name}/new.txt`);
const OLD = readFileSync('fixtures/diff/goal-table/old.txt', 'utf8');

async function revise(from: string, to: string): Promise<DiffResult> {
  const revised = OLD.replace(from, to);
  expect(revised).not.toBe(OLD);
  return diffDocuments(await parseNotice(OLD), await parseNotice(revised));
}

const labels = (result: DiffResult): Array<[string, string[]]> => result.changes.map((c) => [changeLabel(c), Object.keys(c.fields ?? {})]);

describe('plan diff of a goal whose qualifier changed', () => {
  it.each([
    ['a bound after the figure replaced', '达到90%以上', '达到90%左右', ['qualifier', 'comparison'], ''],
    // The new version's 力争 names the goal a stretch target (see goal-stretch.test.ts).
    ['a qualifier added before the verb', '达到90%以上', '力争达到90%以上', ['qualifier'], ' (力争)'],
    ['a qualifier added before the sentence\'s year', '到2026年，全区', '力争到2026年，全区', ['qualifier'], ' (力争)'],
    ['a bound removed', '达到90%以上', '达到90%', ['qualifier', 'comparison'], ''],
    ['a bound taking the verb\'s place', '达到90%以上', '不低于90%', ['qualifier'], ''],
  ])('should report %s as the goal only, not again as the part', async (_name, from, to, fields, stretch) => {
    expect(labels(await revise(from, to))).toEqual([[`goal 街道综合养老服务中心覆盖率 2026年${stretch}`, fields]]);
  });

  it('should still report another word of the paragraph changed beside it', async () => {
    const result = await revise('更加完善，街道综合养老服务中心覆盖率达到90%以上', '基本完善，街道综合养老服务中心覆盖率达到90%左右');
    expect(labels(result)).toEqual([
      ['part 一 总体要求', ['text']],
      ['goal 街道综合养老服务中心覆盖率 2026年', ['qualifier', 'comparison']],
    ]);
  });

  it('should report 达到 → 不低于 as the goal\'s qualifier only, and 达到 → 实现 (no change of the goal) as the part\'s wording', async () => {
    const plain = OLD.replace('达到90%以上', '达到90%');
    const bounded = plain.replace('达到90%', '不低于90%');
    const result = await diffDocuments(await parseNotice(plain), await parseNotice(bounded));
    expect(labels(result)).toEqual([['goal 街道综合养老服务中心覆盖率 2026年', ['qualifier', 'comparison']]]);
    const reworded = await diffDocuments(await parseNotice(plain), await parseNotice(plain.replace('达到90%', '实现90%')));
    expect(labels(reworded)).toEqual([['part 一 总体要求', ['text']]]);
  });

  it('should not take the same word where it is not the goal\'s qualifier (规模以上)', async () => {
    const result = await revise('街道综合养老服务中心覆盖率达到90%以上', '街道综合养老服务中心覆盖率达到90%以上，规模以上机构全覆盖');
    expect(result.changes.find((c) => c.kind === 'part')).toBeDefined();
    // Written into the indicator, the word is the goal's indicator changed, said once as the goal's.
    const inIndicator = await revise('街道综合养老服务中心覆盖率达到90%以上', '规模以上街道综合养老服务中心覆盖率达到90%以上');
    expect(labels(inIndicator)).toEqual([['goal 规模以上街道综合养老服务中心覆盖率 2026年', ['indicator']]]);
  });
});

describe('plan diff of goals read from a goal section\'s table (goal-table)', () => {
  it('should report a changed target as its goal, and the row only for its other cells', async () => {
    const result = await pair('goal-table');
    expect(result.changes.map((c) => [changeLabel(c), c.fields])).toEqual([
      ['goal 街道综合养老服务中心覆盖率 2026年', { qualifier: { old: '以上', new: '左右' }, comparison: { old: 'at-least', new: 'about' } }],
      ['goal 社区助餐点数量 2026年', { value: { old: 60, new: 70 } }],
      ['table row 2 社区助餐点数量', { 'values.2023': { old: 40, new: 42 } }],
    ]);
    expect(result.summary.kinds.goal).toMatchObject({ modified: 2, unchanged: 1 });
    expect(result.summary.kinds.table).toMatchObject({ modified: 1, unchanged: 1 });
  });

  it('should print the pair as expected', async () => {
    expect(await renderDiffText(await pair('goal-table'), { color: false })).toBe(readFileSync('fixtures/diff/goal-table.expected.txt', 'utf8'));
  });

  it('should count a row whose only change is its goal\'s cell as an unchanged row', async () => {
    const result = await revise('\t55\t65', '\t55\t68');
    expect(labels(result)).toEqual([['goal 养老机构护理型床位占比 2026年', ['value']]]);
    expect(result.summary.kinds.table).toMatchObject({ modified: 0, unchanged: 2 });
  });
});

describe('plan diff of a row added to a goal section\'s table', () => {
  it('should report a row with no figure but its target as the goal added', async () => {
    const result = await revise('2\t社区助餐点数量\t个\t40\t60', '2\t社区助餐点数量\t个\t40\t60\n3\t日间照料中心数量\t个\t—\t25');
    expect(labels(result)).toEqual([['goal 日间照料中心数量 2026年', []]]);
  });

  it('should report a row with a base figure as the goal and the row added', async () => {
    const result = await revise('2\t社区助餐点数量\t个\t40\t60', '2\t社区助餐点数量\t个\t40\t60\n3\t日间照料中心数量\t个\t18\t25');
    expect(labels(result)).toEqual([
      ['goal 日间照料中心数量 2026年', []],
      ['table row 3 日间照料中心数量', []],
    ]);
  });
});

describe('plan diff of a 文号 in a notice without a header', () => {
  it('should point at the line the number is printed on', async () => {
    const result = await revise('东坪政办发〔2024〕21号', '东坪政办发〔2024〕23号');
    expect(result.changes.map((c) => [c.kind, c.line, c.column])).toEqual([['metadata', 3, 1]]);
  });
});

describe('plan diff of a range cell of an annex (annex-range)', () => {
  it('should report the range changed as ranges.<column>, with the range on each side', async () => {
    const result = await pair('annex-range');
    expect(result.changes.map((c) => [changeLabel(c), c.fields, c.years])).toEqual([
      ['annex row 1 装配式建筑占新建建筑比例', { 'ranges.2025': { old: { value: 40, upTo: 45 }, new: { value: 40, upTo: 48 } } }, undefined],
    ]);
  });

  it('should write the range as a range in every format', async () => {
    const result = await pair('annex-range');
    expect(await renderDiffText(result, { color: false })).toContain('    ranges.2025: [-40—45-] → {+40—48+}\n');
    expect(renderDiffMarkdown(result)).toContain('| ranges.2025 | <del>40—45</del> | <ins>40—48</ins> |');
    expect(renderDiffGithub(result, { file: 'new.txt' })).toContain('%0Aranges.2025: 40—45 → 40—48');
    expect(renderDiffHtml(result)).toContain('<del>40—45</del></td><td class="new text"><ins>40—48</ins>');
  });

  it('should report a range become one figure as both the figure and the range', async () => {
    const old = readFileSync('fixtures/diff/annex-range/old.txt', 'utf8');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(old.replace('40—45', '42')));
    expect(result.changes[0]?.fields).toEqual({
      'values.2025': { old: null, new: 42 },
      'ranges.2025': { old: { value: 40, upTo: 45 }, new: null },
    });
  });
});
