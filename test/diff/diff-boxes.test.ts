import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

describe('diffDocuments on 专栏 boxes between tasks', () => {
  const text = readFileSync('fixtures/styles/boxes-between-tasks.txt', 'utf8');
  const fieldsOf = (changes: Awaited<ReturnType<typeof diffDocuments>>['changes']) =>
    changes.map((c) => [c.kind, c.op, c.fields && Object.fromEntries(Object.entries(c.fields).map(([k, f]) => [k, [f.old, f.new]]))]);

  it('should report a box whose project or title changed as a modified box, not as a task', async () => {
    const oldDoc = await parseNotice(text, { format: 'text' });
    const newDoc = await parseNotice(text.replace('建设标准机架2000个', '建设标准机架3000个').replace('数据要素市场化工程', '数据要素市场培育工程'), { format: 'text' });
    expect(fieldsOf((await diffDocuments(oldDoc, newDoc)).changes)).toEqual([
      ['box', 'modified', { text: ['1.移动网络覆盖工程：实现城区、乡镇连续覆盖。\n2.城市算力中心：建设标准机架2000个。\n牵头单位：市发展改革委', '1.移动网络覆盖工程：实现城区、乡镇连续覆盖。\n2.城市算力中心：建设标准机架3000个。\n牵头单位：市发展改革委'] }],
      ['box', 'modified', { title: ['数据要素市场化工程', '数据要素市场培育工程'] }],
    ]);
  });

  it('should report a box taken out as a removed box, the tasks around it unchanged', async () => {
    const oldDoc = await parseNotice(text, { format: 'text' });
    const newDoc = await parseNotice(text.replace(/【专栏3】[^\n]*\n[^\n]*\n[^\n]*\n/, ''), { format: 'text' });
    const changes = (await diffDocuments(oldDoc, newDoc)).changes;
    expect(changes.map((c) => [c.kind, c.op, (c.old as { title?: string } | null)?.title])).toEqual([['box', 'removed', '数据要素市场化工程']]);
  });

  it('should report nothing for the same boxes', async () => {
    const doc = await parseNotice(text, { format: 'text' });
    expect((await diffDocuments(doc, doc)).changes).toEqual([]);
  });
});
