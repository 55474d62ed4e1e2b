import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseFile } from '../../src/parse/parse-notice.js';
import type { ArticleEntity } from '../../src/diff/types.js';
import { projectResult } from '../helpers/diff-expect.js';

const CORPUS = '../shared/corpus/shanghai';
const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.warn(`skipping the real regulation revision: ${CORPUS} is not there`);

describe('diffDocuments on a task moved to another group', () => {
  it('should report the move, the renumbering it causes and the retitled group, and nothing else', async () => {
    const expected = JSON.parse(readFileSync('fixtures/diff/moved-task.expected.json', 'utf8'));
    const result = await diffDocuments(await parseFile('fixtures/diff/moved-task/old.txt'), await parseFile('fixtures/diff/moved-task/new.txt'));
    expect(projectResult(result, expected)).toEqual(expected);
  });
});

describe.skipIf(!hasCorpus)('diffDocuments on the 2020 and 2022 扶持办法 (articles, no tasks)', () => {
  // Read as plain text, so the test does not depend on how Markdown headings are parsed.
  const load = (year: number) => parseFile(`${CORPUS}/renewable-fund-measures-${year}.md`, { format: 'text' });

  it('should align the articles by content: 第二条 removed, later ones renumbered, 奖励标准 added', async () => {
    const result = await diffDocuments(await load(2020), await load(2022));
    const articles = result.changes.filter((c) => c.kind === 'article');
    const label = (c: (typeof articles)[number]) =>
      `${c.op} ${(c.old as ArticleEntity | null)?.number ?? '-'}→${(c.new as ArticleEntity | null)?.number ?? '-'} ${((c.new ?? c.old) as ArticleEntity).title}`;
    // Read off the two documents: 2022 drops 第二条(实施年限), so 资金来源/支持范围/支持方式 move up one,
    // adds 第五条(奖励标准), and keeps 第六条 to 第十三条 under their numbers.
    expect(articles.slice(0, 6).map(label)).toEqual([
      'modified 一→一 目的和依据',
      'removed 二→- 实施年限',
      'modified 三→二 资金来源',
      'modified 四→三 支持范围',
      'modified 五→四 支持方式',
      'added -→五 奖励标准',
    ]);
    expect(articles.slice(6).every((c) => c.op === 'modified' && !c.fields?.number)).toBe(true);
    expect(result.summary.kinds.part).toBeUndefined();
  });

  it('should report no changes for the regulation against itself', async () => {
    const doc = await load(2022);
    expect((await diffDocuments(doc, doc)).changes).toEqual([]);
  });
});
