import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-notice.js';
import { substance, withoutPositions } from '../helpers/project.js';
import { positionProblems } from '../helpers/positions.js';
import { schemaErrors } from '../helpers/schema.js';

/** Variants derived from the seed by fixtures/variants/make-variants.mjs, each showing one thing. */
const VARIANTS = [
  ['task-removed-renumbered', 'a removed task and the later tasks renumbered'],
  ['task-without-participants', 'a task with a lead unit and no 参与单位'],
  ['task-two-leads', 'a task led by two units'],
  ['responsible-cooperating-wording', '责任单位/配合单位 wording with full-width punctuation'],
  ['five-groups', 'a plan with five task groups instead of six'],
  ['no-annex', 'a notice without an annex'],
  ['crlf', 'CRLF line endings'],
] as const;

describe('variants of the seed', () => {
  for (const [name, shows] of VARIANTS) {
    it(`should read ${shows} (${name})`, async () => {
      const path = `fixtures/variants/${name}.txt`;
      const doc = await parseFile(path);
      const expected = JSON.parse(readFileSync(`fixtures/variants/${name}.expected.json`, 'utf8'));
      expect(substance(doc)).toEqual(expected);
      expect(schemaErrors(doc)).toEqual([]);
      expect(positionProblems(doc, readFileSync(path, 'utf8'))).toEqual([]);
      expect(doc.unparsed).toEqual([]);
    });
  }

  it('should give CRLF text the same model as LF text, line for line', async () => {
    const lf = await parseFile('fixtures/hedong-2022.txt');
    const crlf = await parseFile('fixtures/variants/crlf.txt');
    expect(withoutPositions({ ...crlf, source: null })).toEqual(withoutPositions({ ...lf, source: null }));
    const lines = (d: typeof lf) => d.plan!.tasks.map((t) => [t.position.start.line, t.position.start.column, t.position.end.line]);
    expect(lines(crlf)).toEqual(lines(lf));
  });
});
