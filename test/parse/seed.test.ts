import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-notice.js';
import { positionProblems } from '../helpers/positions.js';
import { schemaErrors } from '../helpers/schema.js';

const SEED = 'fixtures/hedong-2022.txt';
const expected = JSON.parse(readFileSync('fixtures/hedong-2022.expected.json', 'utf8'));

describe('the seed notice (河东政办函〔2022〕10号)', async () => {
  const doc = await parseFile(SEED);

  it('should produce exactly the expected model', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(expected);
  });

  it('should conform to the JSON Schema', () => {
    expect(schemaErrors(doc)).toEqual([]);
  });

  it('should give positions that point at the text they describe', () => {
    expect(positionProblems(doc, readFileSync(SEED, 'utf8'))).toEqual([]);
  });

  it('should account for every block of the notice', () => {
    expect(doc.unparsed).toEqual([]);
  });

  it('should read the facts a reader checks first', () => {
    const plan = doc.plan!;
    expect(plan.tasks).toHaveLength(20);
    expect(plan.tasks.filter((t) => t.lead.includes('区科技局'))).toHaveLength(14);
    expect(plan.goals).toHaveLength(14);
    expect(plan.sections).toHaveLength(6);
    expect(plan.safeguards).toHaveLength(4);
    expect(doc.annexes[0]!.table!.rows).toHaveLength(7);
    expect(Object.keys(doc.annexes[0]!.table!.rows[0]!.values)).toEqual(['2020', '2021', '2022']);
    // The header's 成文日期 is empty: the date under the signature fills it, marked as taken from the text.
    expect(doc.metadata.writtenDate).toBe('2022-07-22');
    expect(doc.metadata.derived).toEqual(['writtenDate']);
    expect(doc.metadata.publishedDate).toBeNull();
    expect(doc.notice!.date).toBe('2022-07-22');
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(['河东政办函〔2021〕18号']);
  });

  it('should not take the stale date widget for a document date', () => {
    expect(doc.chrome.map((c) => c.kind)).toEqual(['date-widget', 'accessibility', 'breadcrumb']);
    expect(JSON.stringify([doc.metadata, doc.notice])).not.toContain('2019-12-03');
  });

  it('should warn about the unclosed unit bracket at its exact place', () => {
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column])).toEqual([['annex-unit-unclosed', 'warning', 161, 14]]);
  });

  it('should parse the same with a byte-order mark', async () => {
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(SEED)]);
    const withBom = await parseNotice(bytes, { name: SEED });
    expect({ ...withBom, source: null }).toEqual({ ...doc, source: null });
    expect(withBom.source.encoding).toBe('utf-8');
  });
});
