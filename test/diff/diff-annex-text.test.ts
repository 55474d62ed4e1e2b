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
      // A unit column's cell is a list of units, compared as a task's (probe86 #1).
      ['annex', 'row', 'modified', { 'cells.牵头单位': [['区经委'], ['区商务委']] }],
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

describe('diffDocuments on an annex table of text cells that gained or lost a column', () => {
  // The plan of the annex-column-added pair with a table of text cells as its annex.
  const base = readFileSync('fixtures/diff/annex-column-added/old.txt', 'utf8').split('\n附件\n')[0] ?? '';
  const withTable = (header: string, ...rows: string[]): string => `${base}\n附件\n\n临川区数字经济重点项目表\n\n${[header, ...rows].join('\n')}\n`;
  const OLD = withTable('序号\t项目名称\t建设内容', '1\t城市大数据中心\t建设机房和云平台', '2\t工业互联网平台\t建设行业级平台');
  const cells = async (oldText: string, newText: string): Promise<Array<[string, unknown]>> => {
    const result = await diffDocuments(await parseNotice(oldText, { format: 'text' }), await parseNotice(newText, { format: 'text' }));
    return result.changes.filter((c) => c.element === 'row').map((c) => [c.old && 'indicator' in c.old ? c.old.indicator : '', c.fields]);
  };

  it('should pair cells by their column header, so a column inserted in the middle is that column added', async () => {
    const inserted = withTable('序号\t项目名称\t责任单位\t建设内容', '1\t城市大数据中心\t区大数据中心\t建设机房和云平台', '2\t工业互联网平台\t区工信局\t建设行业级平台');
    expect(await cells(OLD, inserted)).toEqual([
      ['城市大数据中心', { 'cells.责任单位': { old: null, new: '区大数据中心', redline: [{ op: 'insert', text: '区大数据中心' }], columnChange: 'added' } }],
      ['工业互联网平台', { 'cells.责任单位': { old: null, new: '区工信局', redline: [{ op: 'insert', text: '区工信局' }], columnChange: 'added' } }],
    ]);
  });

  it('should say a column removed on the old side', async () => {
    const inserted = withTable('序号\t项目名称\t责任单位\t建设内容', '1\t城市大数据中心\t区大数据中心\t建设机房和云平台', '2\t工业互联网平台\t区工信局\t建设行业级平台');
    const fields = (await cells(inserted, OLD)).map(([, f]) => f as Record<string, { old: unknown; new: unknown; columnChange?: string }>);
    expect(fields.map((f) => Object.entries(f).map(([k, v]) => [k, v.old, v.new, v.columnChange]))).toEqual([
      [['cells.责任单位', '区大数据中心', null, 'removed']],
      [['cells.责任单位', '区工信局', null, 'removed']],
    ]);
  });

  it('should compare the cells of a column whose header was reworded around its words as that column', async () => {
    const reworded = withTable('序号\t项目名称\t主要建设内容', '1\t城市大数据中心\t建设机房和云平台', '2\t工业互联网平台\t建设行业级工业互联网平台');
    const changed = await cells(OLD, reworded);
    expect(changed.map(([name, f]) => [name, Object.keys(f as object), (f as Record<string, { columnChange?: string }>)['cells.主要建设内容']?.columnChange])).toEqual([
      ['工业互联网平台', ['cells.主要建设内容'], undefined],
    ]);
  });
});
