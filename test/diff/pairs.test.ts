/**
 * The revision pairs derived from the seed for three cases a maintainer reads in CI (see
 * fixtures/README.md, "plan diff"): a goal set for several years, units respelled, and one of two
 * tasks with the same title removed. Expected outputs were written from the two texts.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/diff/types.js';
import { renderDiffGithub } from '../../src/render/diff-github.js';
import { renderDiffHtml } from '../../src/render/diff-html.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { changeLabel } from '../../src/render/diff-describe.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { diffFixtures } from '../helpers/diff-results.js';

const pair = (name: string): Promise<DiffResult> => diffFixtures(`fixtures/diff/${name}/old.txt`, `fixtures/diff/${name}/new.txt`);
const expectedText = (name: string): string => readFileSync(`fixtures/diff/${name}.expected.txt`, 'utf8');

describe('plan diff of a goal set for several years (yearly-goal)', () => {
  it('should print which year of the goal changed, and each changed year of the annex row', async () => {
    expect(await renderDiffText(await pair('yearly-goal'), { color: false })).toBe(expectedText('yearly-goal'));
  });

  it('should give each changed year with its old and new figure in the JSON', async () => {
    const result = await pair('yearly-goal');
    expect(result.changes.map((c) => [c.kind, c.op, c.years])).toEqual([
      ['goal', 'modified', [{ year: 2021, old: 1155, new: 1160 }]],
      [
        'annex',
        'modified',
        [
          { year: 2020, old: 1140, new: 1145 },
          { year: 2021, old: 1155, new: 1160 },
        ],
      ],
    ]);
    // The fields the contract names are still there.
    expect(result.changes[0]?.fields).toEqual({ value: { old: 1155, new: 1160 } });
    expect(result.changes[1]?.fields).toEqual({ 'values.2020': { old: 1140, new: 1145 }, 'values.2021': { old: 1155, new: 1160 } });
  });

  it('should report a target moved to another year as the old year dropped and the new one set', async () => {
    const old = readFileSync('fixtures/diff/yearly-goal/old.txt', 'utf8');
    const revised = old.replace('2021年末达到1155件', '2023年末达到1190件');
    expect(revised).not.toBe(old);
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    const goal = result.changes.find((c) => c.kind === 'goal');
    expect(goal && changeLabel(goal)).toBe('goal 全区有效发明专利 2021年 → 2023年');
    expect(goal?.years).toEqual([
      { year: 2021, old: 1155, new: null },
      { year: 2023, old: null, new: 1190 },
    ]);
  });

  it('should give no years for a change that is not a figure (a qualifier added)', async () => {
    const old = readFileSync('fixtures/diff/yearly-goal/old.txt', 'utf8');
    const revised = old.replace('2021年末达到1155件', '2021年末力争达到1155件');
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    // (The sentence's new word is reported too, as the part's prose: only a goal's figure is masked there.)
    const goals = result.changes.filter((c) => c.kind === 'goal');
    expect(goals.map((c) => [changeLabel(c), Object.keys(c.fields ?? {}), c.years])).toEqual([
      ['goal 全区有效发明专利 2021年', ['qualifier'], undefined],
    ]);
  });

  it('should name the year in the Markdown, HTML and GitHub formats', async () => {
    const result = await pair('yearly-goal');
    expect(renderDiffMarkdown(result)).toContain('| goal 全区有效发明专利 2021年 | modified | value | <del>1155</del> | <ins>1160</ins> |');
    const $ = load(renderDiffHtml(result));
    expect($('table.compare td.element').first().text()).toBe('goal 全区有效发明专利 2021年line 58');
    expect(renderDiffGithub(result, { file: 'new.txt' }).split('\n')[0]).toBe(
      '::notice file=new.txt,line=58,col=45,title=plan diff%3A goal modified::goal 全区有效发明专利 2021年%0Avalue: 1155 → 1160',
    );
  });
});
