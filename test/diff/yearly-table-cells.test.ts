/**
 * probe54 #2 #3 #6 #8 #10: a yearly table's text cells and reworded figures are compared, rows that
 * share an indicator pair by their 领域, and one edit is reported once (a part that is a task, a
 * goal's indicator or a target struck from a 分别 list).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { changeLabel } from '../../src/render/diff-describe.js';

const TABLE = readFileSync('fixtures/styles/annex-yearly-domain-duty-columns.txt', 'utf8');

async function revise(old: string, edit: (text: string) => string): Promise<DiffResult> {
  const revised = edit(old);
  expect(revised).not.toBe(old);
  return diffDocuments(await parseNotice(old), await parseNotice(revised));
}

const fields = (result: DiffResult): Array<[string, Record<string, unknown>]> =>
  result.changes.map((c) => [changeLabel(c), Object.fromEntries(Object.entries(c.fields ?? {}).map(([k, f]) => [k, [f.old, f.new]]))]);

describe('plan diff of a yearly table\'s text cells', () => {
  it('should report a changed 责任单位 and 备注 as the row\'s cells (the units as lists, as a task\'s)', async () => {
    const result = await revise(TABLE, (t) => t.replace('家\t12\t15\t县农业农村局、县经信局\t预期性', '家\t12\t15\t县经信局\t约束性'));
    expect(fields(result)).toEqual([['annex row 2 龙头企业', { 'cells.责任单位': [['县农业农村局', '县经信局'], ['县经信局']], 'cells.备注': ['预期性', '约束性'] }]]);
    expect(result.changes[0]?.fields?.['cells.责任单位']?.removed).toEqual(['县农业农村局']);
  });

  it('should read a year header written without its 年 (2024年 → 2024) as no change of the columns', async () => {
    const result = await revise(TABLE, (t) => t.replace('\t2024年\t2025年\t', '\t2024\t2025\t'));
    expect(result.changes).toEqual([]);
  });

  it('should still report a year column replaced by another year', async () => {
    const result = await revise(TABLE, (t) => t.replace('\t2024年\t2025年\t', '\t2024年\t2026年\t'));
    expect(result.changes.find((c) => c.element === 'annex')?.fields?.columns).toMatchObject({ added: ['2026年'], removed: ['2025年'] });
  });

  it('should report a figure whose qualifier alone changed as its cell', async () => {
    const result = await revise(TABLE, (t) => t.replace('\t25左右\t', '\t25\t').replace('\t≥6\t', '\t6以上\t'));
    expect(fields(result)).toEqual([
      ['annex row 3 综合产值', { 'cells.2025年': ['25左右', '25'] }],
      ['annex row 4 龙头企业', { 'cells.2025年': ['≥6', '6以上'] }],
    ]);
  });

  it('should report a changed figure once, as its year\'s value', async () => {
    const result = await revise(TABLE, (t) => t.replace('\t70以上\t', '\t75以上\t'));
    expect(fields(result)).toEqual([['annex row 1 综合产值', { 'values.2025': [70, 75] }]]);
  });

  it('should pair rows that share an indicator by their 领域 when the blocks are reordered', async () => {
    const lines = TABLE.trimEnd().split('\n');
    const rows = lines.slice(-4);
    const swapped = [rows[2], rows[3], rows[0], rows[1]].map((r, k) => r!.replace(/^\d+/, String(k + 1)));
    const result = await revise(TABLE, () => [...lines.slice(0, -4), ...swapped, ''].join('\n'));
    expect(result.changes.map((c) => [c.op, changeLabel(c)])).toEqual([
      ['renumbered', 'annex row 3 → 1 综合产值'],
      ['renumbered', 'annex row 4 → 2 龙头企业'],
      ['renumbered', 'annex row 1 → 3 综合产值'],
      ['renumbered', 'annex row 2 → 4 龙头企业'],
    ]);
  });
});

const MEASURES = [
  '某区支持科技创新若干政策措施',
  '',
  '　　一、支持企业研发投入。对研发费用增量给予奖励。（责任单位：区科技局、区财政局）',
  '',
  '　　二、支持科技型中小企业发展。对入库企业给予奖励。（责任单位：区科技局）',
  '',
  '　　三、支持研发平台建设。对新认定的研发中心给予奖励。（责任单位：区科技局、区工信局）',
  '',
].join('\n');

describe('plan diff of a flat 若干措施 whose items are tasks', () => {
  it('should report an item removed and one renumbered as tasks only', async () => {
    const result = await revise(MEASURES, (t) => t.replace(/　　二、[^\n]*\n\n/, '').replace('三、', '二、'));
    expect(result.changes.map((c) => [c.kind, c.op])).toEqual([
      ['task', 'removed'],
      ['task', 'renumbered'],
    ]);
  });

  it('should report a changed 第N条 item once, as its task', async () => {
    const articles = MEASURES.replace('一、', '第一条　').replace('二、', '第二条　').replace('三、', '第三条　');
    const result = await revise(articles, (t) => t.replace('对入库企业给予奖励', '对入库企业给予2万元奖励'));
    expect(result.changes.map((c) => [c.kind, c.op])).toEqual([['task', 'modified']]);
  });
});

const GOALS = [
  '某市数字经济三年行动计划',
  '',
  '一、工作目标',
  '',
  '　　到2026年，全市数字经济核心产业增加值达到1200亿元；5G基站、数字化车间、智能工厂分别达到2.5万个、300个和30个；建成工业互联网平台20个。',
  '',
  '二、重点任务',
  '',
  '　　1.加快5G网络建设。推进5G网络向重点乡镇延伸。（牵头单位：市通信管理办；参与单位：市住建局）',
  '',
].join('\n');

describe('plan diff of a goal edited in its sentence', () => {
  it('should report words written into a goal\'s indicator once, as the goal', async () => {
    const result = await revise(GOALS, (t) => t.replace('建成工业互联网平台', '建成省级工业互联网平台'));
    expect(result.changes.map((c) => [c.kind, c.op, Object.keys(c.fields ?? {})])).toEqual([['goal', 'modified', ['indicator']]]);
  });

  it.each([
    ['the middle', '5G基站、智能工厂分别达到2.5万个和30个'],
    ['the first', '数字化车间、智能工厂分别达到300个和30个'],
  ])('should report a target struck from %s of a 分别 list once, as the goal removed', async (_where, list) => {
    const result = await revise(GOALS, (t) => t.replace('5G基站、数字化车间、智能工厂分别达到2.5万个、300个和30个', list));
    expect(result.changes.map((c) => [c.kind, c.op])).toEqual([['goal', 'removed']]);
  });

  it('should read a 分别 list\'s joiners alike when its last target is struck (A、B、C → A和B)', async () => {
    const result = await revise(GOALS, (t) => t.replace('5G基站、数字化车间、智能工厂分别达到2.5万个、300个和30个', '5G基站和数字化车间分别达到2.5万个和300个'));
    expect(result.changes.map((c) => [c.kind, c.op])).toEqual([['goal', 'removed']]);
  });

  it('should still report other words of the list\'s sentence as its part', async () => {
    const result = await revise(GOALS, (t) => t.replace('5G基站、数字化车间、智能工厂分别达到2.5万个、300个和30个', '5G基站、智能工厂分别新增2.5万个和30个'));
    expect(result.changes.map((c) => [c.kind, c.op])).toContainEqual(['part', 'modified']);
  });
});
