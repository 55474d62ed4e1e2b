import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { projectResult } from '../helpers/diff-expect.js';

const OLD = 'fixtures/hedong-2021-constructed.txt';
const NEW = 'fixtures/hedong-2022.txt';

describe('diffDocuments on the constructed 2021 version against the 2022 notice', () => {
  it('should report exactly the changes built into the 2021 fixture and nothing else', async () => {
    const expected = JSON.parse(readFileSync('fixtures/diff/hedong-2021-to-2022.expected.json', 'utf8'));
    const result = await diffDocuments(await parseFile(OLD), await parseFile(NEW));
    expect(projectResult(result, expected)).toEqual(expected);
  });

  it('should report the reverse changes when the versions are swapped', async () => {
    const result = await diffDocuments(await parseFile(NEW), await parseFile(OLD));
    expect(result.summary.ops).toEqual({ added: 1, removed: 0, modified: 8, moved: 0, renumbered: 12, respelled: 0 });
    const added = result.changes.find((c) => c.op === 'added');
    expect(added).toMatchObject({ kind: 'task', new: { number: '5', title: '推动本地产业配套协作' } });
    const participants = result.changes.find((c) => c.fields?.participants)?.fields?.participants;
    expect(participants).toMatchObject({ added: ['区金融局'], removed: ['区人社局'] });
  });

  it('should link a retitled task to its new identity through old.id and new.id', async () => {
    const result = await diffDocuments(await parseFile(OLD), await parseFile(NEW));
    const retitled = result.changes.find((c) => c.fields?.title && c.kind === 'task');
    expect(retitled?.old).toMatchObject({ id: 'task-a29b6583' });
    expect(retitled?.new).toMatchObject({ id: 'task-14e5a82a' });
    expect(retitled?.id).toBe('task-14e5a82a');
  });
});

describe('diffDocuments on one notice in different renderings', () => {
  it('should report no changes for a notice against itself', async () => {
    const doc = await parseFile(NEW);
    const result = await diffDocuments(doc, doc);
    expect(result.changes).toEqual([]);
    expect(result.summary.changes).toBe(0);
    expect(result.summary.kinds.task).toMatchObject({ unchanged: 20 });
  });

  it('should report a changed deadline as a field of the task, and a new one from nothing', async () => {
    const clauses = readFileSync('fixtures/styles/clauses-with-deadlines.txt', 'utf8');
    const revised = clauses.replace('完成时限：2023年12月底前', '完成时限：2024年6月底前').replace('（牵头单位：区市场监管局', '（完成时限：2023年底前；牵头单位：区市场监管局');
    expect(revised).not.toBe(clauses);
    const result = await diffDocuments(await parseNotice(clauses), await parseNotice(revised));
    expect(result.changes.map((c) => [c.kind, c.op, (c.new as { number: string }).number, c.fields])).toEqual([
      ['task', 'modified', '1', { deadline: { old: '2023年12月底前', new: '2024年6月底前' } }],
      ['task', 'modified', '2', { deadline: { old: null, new: '2023年底前' } }],
    ]);
  });

  it('should report 各街道办事处 written 各街道 as a unit respelled, not as a changed task', async () => {
    const clauses = readFileSync('fixtures/styles/clause-lists-shared-place-organs.txt', 'utf8');
    const revised = clauses.replace('各街道党工委、办事处', '各街道党工委、各街道');
    expect(revised).not.toBe(clauses);
    const result = await diffDocuments(await parseNotice(clauses), await parseNotice(revised));
    expect(result.changes.map((c) => [c.kind, c.op, c.fields])).toEqual([['unit', 'respelled', { name: { old: '各街道办事处', new: '各街道' } }]]);
  });

  it('should report a changed row of a task table once, as its task, not also as preamble text', async () => {
    const page = readFileSync('fixtures/styles/task-table-grouped.html', 'utf8');
    const revised = page.replace('<td>区司法局</td><td></td><td>2024年9月</td>', '<td>区司法局</td><td>区市场监管局</td><td>2024年9月</td>');
    expect(revised).not.toBe(page);
    const result = await diffDocuments(await parseNotice(page, { format: 'html' }), await parseNotice(revised, { format: 'html' }));
    expect(result.changes.map((c) => [c.kind, c.op, (c.new as { title: string }).title, c.fields])).toEqual([
      ['task', 'modified', '加强法治保障', { participants: { old: [], new: ['区市场监管局'], added: ['区市场监管局'], removed: [] } }],
    ]);
  });

  // The same notice as another site serves it: reformatted text, a GBK district page, Markdown.
  it.each([
    ['fixtures/diff/hedong-2022-reformatted.txt', 'full-width, rewrapped, CRLF text'],
    ['fixtures/forms/district-page.html', 'a GBK HTML page'],
    ['fixtures/forms/collection.md', 'Markdown'],
    ['fixtures/forms/traditional.txt', 'the same page in traditional characters'],
  ])('should report no changes between the seed and another rendering of it (%s: %s)', async (other) => {
    const result = await diffDocuments(await parseFile(NEW), await parseFile(other));
    expect(result.changes).toEqual([]);
    const back = await diffDocuments(await parseFile(other), await parseFile(NEW));
    expect(back.changes).toEqual([]);
  });

  it('should report no changes when the tasks end their sentences with a half-width full stop', async () => {
    const seed = readFileSync(NEW, 'utf8');
    const halfWidth = seed
      .split('\n')
      .map((line) => (line.includes('牵头单位') ? line.replaceAll('。', '.') : line))
      .join('\n');
    expect(halfWidth).not.toBe(seed);
    const result = await diffDocuments(await parseNotice(seed), await parseNotice(halfWidth));
    expect(result.changes).toEqual([]);
  });

  it('should keep a point between two digits a decimal point, not a full stop', async () => {
    const seed = readFileSync(NEW, 'utf8');
    const revised = seed.replace('2.59%', '2。59%');
    const result = await diffDocuments(await parseNotice(seed), await parseNotice(revised));
    expect(result.changes.length).toBeGreaterThan(0);
  });

  it('should report the 2021 version against the 繁体 page of 2022 as against the 简体 one', async () => {
    const simplified = await diffDocuments(await parseFile(OLD), await parseFile(NEW));
    const traditional = await diffDocuments(await parseFile(OLD), await parseFile('fixtures/forms/traditional.txt'));
    expect(traditional.summary.kinds).toEqual(simplified.summary.kinds);
    expect(traditional.changes.map((c) => [c.kind, c.op, Object.keys(c.fields ?? {})])).toEqual(simplified.changes.map((c) => [c.kind, c.op, Object.keys(c.fields ?? {})]));
  });

  it('should report an edit of a notice\'s numbered requirement as a change of its body', async () => {
    const page = readFileSync('fixtures/styles/notice-numbered-requirements.txt', 'utf8');
    const revised = page.replace('于每季度末', '于每月底');
    expect(revised).not.toBe(page);
    const result = await diffDocuments(await parseNotice(page), await parseNotice(revised));
    expect(result.changes.map((c) => [c.kind, c.op, Object.keys(c.fields ?? {})])).toEqual([['notice', 'modified', ['body']]]);
  });

  it('should give each task of the 繁体 page the id it has on the 简体 page', async () => {
    const simplified = await parseFile(NEW);
    const traditional = await parseFile('fixtures/forms/traditional.txt');
    expect(traditional.plan?.tasks[0]?.title).not.toBe(simplified.plan?.tasks[0]?.title);
    expect(traditional.plan?.tasks.map((t) => t.id)).toEqual(simplified.plan?.tasks.map((t) => t.id));
  });

  it('should report no changes when a 繁体 page writes its quotes 「」 instead of “”', async () => {
    const page = readFileSync('fixtures/forms/traditional.txt', 'utf8');
    const corner = page.replaceAll('“', '「').replaceAll('”', '」');
    expect(corner).not.toBe(page);
    const result = await diffDocuments(await parseNotice(page), await parseNotice(corner));
    expect(result.changes).toEqual([]);
  });

  it('should report the rendering differences with strict comparison', async () => {
    const result = await diffDocuments(await parseFile(NEW), await parseFile('fixtures/diff/hedong-2022-reformatted.txt'), { strict: true });
    expect(result.summary.strict).toBe(true);
    const task = result.changes.find((c) => c.kind === 'task');
    expect(task?.op).toBe('modified');
    // Width only: 、 and Chinese are the same, the ASCII comma became a full-width one.
    expect(task?.fields?.text?.redline?.some((s) => s.op === 'insert' && s.text.includes('，'))).toBe(true);
  });
});

describe('diffDocuments on a plan whose chapters stand over its parts', () => {
  const head = ['某县乡村振兴推进方案'];
  const part1 = ['一、发展乡村产业', '（一）建设产业园区', '1.完善园区道路。（牵头单位：县住房城乡建设局）', '（二）培育龙头企业', '2.扶持农产品加工企业。（牵头单位：县农业农村局）'];
  const oldText = [...head, '第一章　重点任务', ...part1, '二、改善人居环境', '（三）推进厕所改造', '3.改造农村户厕。（牵头单位：县卫生健康局）', '第二章　保障措施', '一、加强组织领导', '成立工作专班。'];
  const newText = [...head, '第一章　产业发展', ...part1, '第二章　人居环境', '一、改善人居环境', '（一）推进厕所改造', '1.改造农村户厕。（牵头单位：县卫生健康局）', '第三章　保障措施', '一、加强组织领导', '成立工作专班。'];

  it('should report a chapter split in two as the chapters changed and the groups and tasks renumbered, not as a change of wording', async () => {
    const result = await diffDocuments(await parseNotice(oldText.join('\n')), await parseNotice(newText.join('\n')));
    const seen = result.changes.map((c) => {
      const o = c.old as { number: string; title: string } | null;
      const n = c.new as { number: string; title: string } | null;
      return [c.kind, c.op, o?.number ?? null, n?.number ?? null, (n ?? o)?.title, Object.keys(c.fields ?? {})];
    });
    expect(seen).toEqual([
      ['part', 'modified', '一', '一', '产业发展', ['title']],
      ['part', 'added', null, '二', '人居环境', []],
      ['part', 'renumbered', '二', '一', '改善人居环境', ['number']],
      ['part', 'renumbered', '二', '三', '保障措施', ['number']],
      ['section', 'renumbered', '三', '一', '推进厕所改造', ['number']],
      ['task', 'renumbered', '3', '1', '改造农村户厕', ['number']],
    ]);
  });
});


// The converter reads a simplified text as 繁体 too (乾县 → 干县, 显著 → 显着): the 繁体 page of a
// notice whose county is 乾县 and whose tasks say 显著, 著作权 is the same notice, its units the same units.
describe('diffDocuments on a simplified notice and its 繁体 page, with words the converter misreads', () => {
  const SIMPLIFIED = 'fixtures/diff/script-qianxian/simplified.txt';
  const TRADITIONAL = 'fixtures/diff/script-qianxian/traditional.txt';

  it('should report no changes either way', async () => {
    for (const [a, b] of [[SIMPLIFIED, TRADITIONAL], [TRADITIONAL, SIMPLIFIED]] as const) {
      const result = await diffDocuments(await parseFile(a), await parseFile(b));
      expect(result.changes).toEqual([]);
      expect(result.summary.kinds.task).toMatchObject({ unchanged: 2 });
    }
  });

  it('should still report the lead of another county (礼县发改局 for 乾縣發改局)', async () => {
    const simplified = readFileSync(SIMPLIFIED, 'utf8');
    const result = await diffDocuments(await parseNotice(readFileSync(TRADITIONAL, 'utf8')), await parseNotice(simplified.replace('牵头单位:乾县发改局', '牵头单位:礼县发改局')));
    expect(result.changes.map((c) => [c.kind, c.op, (c.new as { number: string }).number, c.fields?.lead])).toEqual([
      ['task', 'modified', '1', { old: ['乾縣發改局'], new: ['礼县发改局'], added: ['礼县发改局'], removed: ['乾縣發改局'] }],
    ]);
  });
});
