import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

describe('diffDocuments on an annex table of text cells (a 重点任务分解表)', () => {
  const text = readFileSync('fixtures/styles/tables-flattened.txt', 'utf8');

  it('should report a changed cell under its column, not as a figure', async () => {
    const oldDoc = await parseNotice(text, { format: 'text' });
    const newDoc = await parseNotice(text.replace('区经委', '区商务委'), { format: 'text' });
    const changes = (await diffDocuments(oldDoc, newDoc)).changes;
    expect(changes.map((c) => [c.kind, c.element, c.op, c.fields && Object.fromEntries(Object.entries(c.fields).map(([k, f]) => [k, [f.old, f.new]]))])).toEqual([
      ['annex', 'row', 'modified', { 'cells.牵头单位': ['区经委', '区商务委'] }],
    ]);
  });

  it('should report nothing for the same table', async () => {
    const doc = await parseNotice(text, { format: 'text' });
    expect((await diffDocuments(doc, doc)).changes).toEqual([]);
  });
});
