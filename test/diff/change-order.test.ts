/**
 * The order of a diff's changes: grouped by kind, and within a kind in the order of the new
 * document, a removed element where it stood (before the next element of the old version that was
 * kept), a moved one where it stands now.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { inDocumentOrder } from '../../src/diff/document-order.js';
import type { Change, DiffResult } from '../../src/diff/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { changeLabel } from '../../src/render/diff-describe.js';

const OLD = [
  '某区数字经济发展工作方案',
  '',
  '一、工作目标',
  '到2025年，全区数字经济核心产业营业收入达到500亿元；规上软件企业达到80家；5G基站达到3000个。',
  '',
  '二、重点任务',
  '（一）做强数字产业',
  '1.培育软件和信息服务业。支持软件企业做大做强。（责任单位：区工信局）',
  '2.壮大集成电路设计产业。引进集成电路设计企业。（责任单位：区发改局）',
  '3.发展智慧商贸。推动商贸企业数字化。（责任单位：区商务局）',
  '（二）夯实数字基础',
  '4.建设新型基础设施。加快5G网络建设。（责任单位：区工信局）',
  '5.发展人工智能产业。建设人工智能产业园。（责任单位：区科技局）',
].join('\n');

// 发展智慧商贸 struck; 发展人工智能产业 moved up into （一）and reworded; 规上软件企业 struck;
// 5G基站 raised; 数据中心 added.
const NEW = [
  '某区数字经济发展工作方案',
  '',
  '一、工作目标',
  '到2025年，全区数字经济核心产业营业收入达到500亿元；5G基站达到3500个；数据中心达到5个。',
  '',
  '二、重点任务',
  '（一）做强数字产业',
  '1.培育软件和信息服务业。支持软件企业做大做强。（责任单位：区工信局）',
  '2.发展人工智能产业。建设人工智能产业园和算力中心。（责任单位：区科技局）',
  '3.壮大集成电路设计产业。引进集成电路设计企业。（责任单位：区发改局）',
  '（二）夯实数字基础',
  '4.建设新型基础设施。加快5G网络建设。（责任单位：区工信局）',
].join('\n');

const diff = async (): Promise<DiffResult> => diffDocuments(await parseNotice(OLD), await parseNotice(NEW));
const ofKind = (result: DiffResult, kind: Change['kind']): Array<[string, string, number]> =>
  result.changes.filter((c) => c.kind === kind).map((c) => [c.op, changeLabel(c), c.line]);

describe('the order of a diff\'s changes', () => {
  it('should give each kind\'s changes in one run, kinds in the order they are compared', async () => {
    const kinds = (await diff()).changes.map((c) => c.kind);
    const runs = kinds.filter((k, i) => i === 0 || kinds[i - 1] !== k);
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs.indexOf('goal')).toBeLessThan(runs.indexOf('task'));
  });

  it('should give goals in the order of the new sentence, the removed one where it stood', async () => {
    expect(ofKind(await diff(), 'goal')).toEqual([
      ['removed', 'goal 规上软件企业 2025年', 4],
      ['modified', 'goal 5G基站 2025年', 4],
      ['added', 'goal 数据中心 2025年', 4],
    ]);
  });

  it('should give tasks in the order of the new document: the moved task where it stands now, the removed one before the next task kept', async () => {
    expect(ofKind(await diff(), 'task')).toEqual([
      ['modified', 'task 5 → 2 发展人工智能产业', 9],
      ['renumbered', 'task 2 → 3 壮大集成电路设计产业', 10],
      // 发展智慧商贸 stood before 建设新型基础设施, which is at line 12 now.
      ['removed', 'task 3 发展智慧商贸', 12],
    ]);
  });
});

describe('inDocumentOrder', () => {
  const change = (kind: Change['kind'], op: Change['op'], line: number, column = 1, element?: Change['element']): Change =>
    ({ kind, op, old: null, new: null, line, column, ...(element ? { element } : {}) }) as Change;

  it('should sort within a kind by line and column and keep the kinds\' order', () => {
    const changes = [change('goal', 'modified', 9), change('goal', 'added', 4, 20), change('goal', 'modified', 4, 8), change('task', 'modified', 2)];
    expect(inDocumentOrder(changes).map((c) => [c.kind, c.line, c.column])).toEqual([
      ['goal', 4, 8],
      ['goal', 4, 20],
      ['goal', 9, 1],
      ['task', 2, 1],
    ]);
  });

  it('should put a removal before the element it is anchored to, and a whole annex before its rows', () => {
    const changes = [change('annex', 'modified', 37, 1, 'annex'), change('annex', 'removed', 37, 1, 'row'), change('task', 'moved', 43), change('task', 'removed', 43)];
    expect(inDocumentOrder(changes).map((c) => [c.kind, c.element ?? '', c.op])).toEqual([
      ['annex', 'annex', 'modified'],
      ['annex', 'row', 'removed'],
      ['task', '', 'removed'],
      ['task', '', 'moved'],
    ]);
  });
});
