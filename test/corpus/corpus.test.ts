import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-notice.js';
import { departmentLoad } from '../../src/query/departments.js';
import { corpusProjection } from '../helpers/corpus-projection.js';
import { schemaErrors } from '../helpers/schema.js';

/**
 * Real documents nobody on the team wrote, read where they are (they are not part of the project).
 * Each expected file is a reading of its document: metadata, notice, the outline's top two levels,
 * every task with its units, goals and table shapes.
 */
const CORPUS = '../shared/corpus';
const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.warn(`skipping the real-document tests: ${CORPUS} is not there (a fresh clone has no ../shared)`);

const documents = hasCorpus
  ? ['govcn', 'shanghai'].flatMap((dir) => readdirSync(`${CORPUS}/${dir}`).filter((f) => /\.(htm|md)$/.test(f)).map((f) => `${CORPUS}/${dir}/${f}`))
  : [];
const expectedFor = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`fixtures/corpus-expected/${basename(path, extname(path))}.expected.json`, 'utf8'));

describe.skipIf(!hasCorpus)('real documents from ../shared/corpus', () => {
  it('should have an expected reading for every document of the corpus', () => {
    expect(documents.length).toBeGreaterThanOrEqual(11);
    for (const path of documents) expect(existsSync(`fixtures/corpus-expected/${basename(path, extname(path))}.expected.json`), path).toBe(true);
  });

  for (const path of documents) {
    it(`should read ${basename(path)} as a reader does`, async () => {
      const doc = await parseFile(path);
      expect(corpusProjection(doc)).toEqual(expectedFor(path));
      expect(schemaErrors(doc)).toEqual([]);
      // Spans cover markup too (HTML tags, Markdown syntax); each task's span starts at its label.
      const source = readFileSync(path, 'utf8');
      for (const task of doc.plan?.tasks ?? []) {
        expect(source.slice(task.position.start.offset, task.position.start.offset + task.label.length), task.label).toBe(task.label);
      }
    });
  }
});

describe.skipIf(!hasCorpus)('departments of the gov.cn pages', () => {
  const pages = documents.filter((p) => p.endsWith('.htm'));

  for (const path of pages) {
    it(`should list for ${basename(path)} exactly the units its responsibility clauses name`, async () => {
      const doc = await parseFile(path);
      const expected = expectedFor(path) as { tasks: Array<{ lead: string[]; participants: string[] }> };
      // The placeholders these pages name in tasks are no department.
      const placeholders = new Set(['有关部门', '有关部门和单位', '各有关部门和单位']);
      const named = new Set(expected.tasks.flatMap((t) => [...t.lead, ...t.participants]).filter((u) => !placeholders.has(u)));
      const listed = (await departmentLoad(doc)).map((row) => row.unit);
      expect(new Set(listed)).toEqual(named);
      // A unit name is short and has no sentence punctuation; a fragment of prose is not a unit.
      for (const unit of listed) expect(unit, unit).toMatch(/^[^。，,；;：:（）()]{2,20}$/);
    });
  }
});
