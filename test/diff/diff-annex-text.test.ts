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

describe('diffDocuments on an annex table the plan read its tasks from', () => {
  const text = readFileSync('fixtures/styles/task-table-only.txt', 'utf8');

  it('should report a changed unit once, as the task, not also as the row it was read from', async () => {
    const revised = text.replace('县财政局', '县水利局');
    expect(revised).not.toBe(text);
    const result = await diffDocuments(await parseNotice(text, { format: 'text' }), await parseNotice(revised, { format: 'text' }));
    expect(result.changes.map((c) => [c.kind, c.op, (c.new as { title: string }).title, c.fields])).toEqual([
      ['task', 'modified', '推进高标准农田建设', { participants: { old: ['县财政局'], new: ['县水利局'], added: ['县水利局'], removed: ['县财政局'] } }],
    ]);
  });
});
