/**
 * A revision that changes only whom to call about a task (see fixtures/README.md, "plan diff",
 * contacts-changed): each such task is modified in the field contacts, in every format, and its
 * units are compared as before.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { changeLabel } from '../../src/render/diff-describe.js';
import { renderDiffGithub } from '../../src/render/diff-github.js';
import { renderDiffHtml } from '../../src/render/diff-html.js';
import { renderDiffJson } from '../../src/render/diff-json.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { diffFixtures } from '../helpers/diff-results.js';

const pair = (): Promise<DiffResult> => diffFixtures('fixtures/diff/contacts-changed/old.txt', 'fixtures/diff/contacts-changed/new.txt');

describe('plan diff of the contacts of tasks (contacts-changed)', () => {
  it('should print each task whose contact changed as modified in its contacts, and no task for a contact written half-width', async () => {
    expect(await renderDiffText(await pair(), { color: false })).toBe(readFileSync('fixtures/diff/contacts-changed.expected.txt', 'utf8'));
  });

  it('should give the old and new contacts with those added and removed in the JSON, and no unit field', async () => {
    const json = JSON.parse(renderDiffJson(await pair())) as DiffResult;
    expect(json.changes.map((c) => [c.kind, c.op, c.line, c.fields])).toEqual([
      ['task', 'modified', 5, { contacts: { old: ['责任人：刘强，13812345678'], new: ['责任人：刘强，13812345679'], added: ['责任人：刘强，13812345679'], removed: ['责任人：刘强，13812345678'] } }],
      ['task', 'modified', 8, { contacts: { old: ['联系人：陈静　电话：0571-86001234'], new: ['联系人：周敏　电话：0571-86001234'], added: ['联系人：周敏　电话：0571-86001234'], removed: ['联系人：陈静　电话：0571-86001234'] } }],
      ['task', 'modified', 11, { contacts: { old: [], new: ['联系人：张三，13900002222'], added: ['联系人：张三，13900002222'], removed: [] } }],
    ]);
  });

  it('should show the contacts in the Markdown, HTML and GitHub formats', async () => {
    const result = await pair();
    const md = renderDiffMarkdown(result);
    expect(md).toContain('| task 1 开展汛前隐患排查 | modified | contacts | <del>责任人：刘强，13812345678</del> | <ins>责任人：刘强，13812345679</ins> |');
    expect(md).toContain('| task 3 加强在建工地防汛检查 | modified | contacts | — | <ins>联系人：张三，13900002222</ins> |');
    const $ = load(renderDiffHtml(result));
    expect($('tr.op-modified td.field').map((_, td) => $(td).text()).get()).toEqual(['contacts', 'contacts', 'contacts']);
    expect($('tr.op-modified td.new').map((_, td) => $(td).text()).get()).toEqual([
      '责任人：刘强，13812345679',
      '联系人：周敏　电话：0571-86001234',
      '联系人：张三，13900002222',
    ]);
    expect(renderDiffGithub(result, { file: 'new.txt' }).split('\n')[2]).toBe(
      '::notice file=new.txt,line=11,col=1,title=plan diff%3A task modified::task 3 加强在建工地防汛检查%0Acontacts: {+联系人：张三，13900002222+}',
    );
  });

  it('should report a changed 联系人 or 联系电话 cell of a task table, the units unchanged', async () => {
    const old = readFileSync('fixtures/styles/task-table-contacts.html', 'utf8');
    const revised = old.replace('<td>王芳</td>', '<td>陈丽</td>').replace('<td>138****5678</td>', '<td>138****5679</td>');
    expect(revised).not.toBe(old);
    const result = await diffDocuments(await parseNotice(old, { format: 'html' }), await parseNotice(revised, { format: 'html' }));
    const tasks = result.changes.filter((c) => c.kind === 'task');
    expect(tasks.map((c) => [changeLabel(c), c.op, c.fields])).toEqual([
      ['task 1 建设概念验证中心', 'modified', { contacts: { old: ['联系人：王芳', '联系电话：23456789'], new: ['联系人：陈丽', '联系电话：23456789'], added: ['联系人：陈丽'], removed: ['联系人：王芳'] } }],
      ['task 3 培育技术经纪人队伍', 'modified', { contacts: { old: ['李娜，13700001111', '联系人：周强', '联系电话：138****5678'], new: ['李娜，13700001111', '联系人：周强', '联系电话：138****5679'], added: ['联系电话：138****5679'], removed: ['联系电话：138****5678'] } }],
    ]);
  });

  it('should find no change when a contact moves out of a unit cell into the 联系人 column: read alike, units as before', async () => {
    const old = readFileSync('fixtures/styles/task-table-contacts.html', 'utf8');
    const revised = old.replace('<td>区科技局（联系人：赵雷，13912345678）</td><td>区投资促进局</td><td></td>', '<td>区科技局</td><td>区投资促进局</td><td>赵雷，13912345678</td>');
    expect(revised).not.toBe(old);
    const result = await diffDocuments(await parseNotice(old, { format: 'html' }), await parseNotice(revised, { format: 'html' }));
    expect(result.changes.filter((c) => c.kind === 'task')).toEqual([]);
  });

  it('should find no change between the same contacts written with full-width and half-width marks', async () => {
    const old = readFileSync('fixtures/diff/contacts-changed/old.txt', 'utf8');
    const revised = old.replace('（责任人：刘强，13812345678）', '(责任人:刘强, 13812345678)');
    expect(revised).not.toBe(old);
    const result = await diffDocuments(await parseNotice(old), await parseNotice(revised));
    expect(result.changes).toEqual([]);
  });
});
