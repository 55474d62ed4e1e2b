/**
 * A table's unit column (责任单位, 牵头单位, 配合单位) holds lists of units, and its cells compare as
 * a task's lists do (probe86 #1): another order or spelling is no change, a respelling is the unit's
 * `respelled` change listing the row, and a unit added or removed is named whole.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { isDifference } from '../../src/diff/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { renderDiffText } from '../../src/render/diff-text.js';

const notice = (lead: string, cell: string, header = '责任单位'): string => `某区人民政府办公室关于印发某区数字化转型行动方案（2023—2025年）的通知

各街道办事处，区政府各部门：
现将《某区数字化转型行动方案（2023—2025年）》印发给你们，请认真贯彻执行。

某区人民政府办公室
2023年3月10日

某区数字化转型行动方案（2023—2025年）

一、工作目标
到2025年，新建数字化车间30个。

二、重点任务
1.培育数字化车间。遴选一批重点企业开展数字化车间建设。（牵头单位：${lead}，参与单位：区财政局）

附件

主要指标年度分解表

序号
指标
2023年
2024年
2025年
${header}
1
数字化车间（个）
10
20
30
${cell}
`;

const diff = async (a: string, b: string, strict = false) => diffDocuments(await parseNotice(a), await parseNotice(b), { strict });

describe('plan diff of a table unit column', () => {
  it('should read the same units in another order as no change', async () => {
    const result = await diff(notice('区发改委', '区发改委、区科委'), notice('区发改委', '区科委、区发改委'));
    expect(result.changes).toEqual([]);
  });

  it('should read a unit respelt in the cell alone as a respelling listing the row, not a difference', async () => {
    const result = await diff(notice('区发改委', '区发改委、区科委'), notice('区发改委', '区科委、区发展改革委'));
    expect(result.changes.map((c) => [c.kind, c.op, c.fields?.name, c.where?.map((w) => [w.kind, w.element, w.number, w.title, w.field])])).toEqual([
      ['unit', 'respelled', { old: '区发改委', new: '区发展改革委' }, [['annex', 'row', '1', '数字化车间', 'cells.责任单位']]],
    ]);
    expect(result.changes.some(isDifference)).toBe(false);
    expect(await renderDiffText(result, { color: false })).toContain('    in: annex row 1 数字化车间 (cells.责任单位)\n');
  });

  it('should list the task and the row under one respelling when both respell the unit', async () => {
    const result = await diff(notice('区发改委', '区发改委、区科委'), notice('区发展改革委', '区科委、区发展改革委'));
    expect(result.changes.map((c) => [c.kind, c.op, c.where?.map((w) => `${w.kind} ${w.number} ${w.field}`)])).toEqual([
      ['unit', 'respelled', ['task 1 lead', 'annex 1 cells.责任单位']],
    ]);
  });

  it('should read a renamed unit written with its former name in brackets in a task as the same unit in the table', async () => {
    const result = await diff(notice('区经信委', '区经信委'), notice('区工信局（原区经信委）', '区工信局'));
    expect(result.changes.map((c) => [c.kind, c.op, c.fields?.name])).toEqual([['unit', 'respelled', { old: '区经信委', new: '区工信局' }]]);
    expect(result.changes[0]?.where?.map((w) => w.kind)).toEqual(['task', 'annex']);
  });

  it('should name a unit added and one removed whole, not redline through their names', async () => {
    const result = await diff(notice('区发改委', '区发改委、区科委'), notice('区发改委', '区科委、区财政局'));
    const field = result.changes[0]?.fields?.['cells.责任单位'];
    expect(field).toEqual({ old: ['区发改委', '区科委'], new: ['区科委', '区财政局'], added: ['区财政局'], removed: ['区发改委'] });
    expect(await renderDiffText(result, { color: false })).toContain('    cells.责任单位: {+区财政局+} [-区发改委-]\n');
  });

  it('should compare a 牵头单位 column as units too', async () => {
    const result = await diff(notice('区发改委', '区发改委、区科委', '牵头单位'), notice('区发改委', '区科委、区发改委', '牵头单位'));
    expect(result.changes).toEqual([]);
  });

  it('should still compare a cell that reads as no list of units by its text', async () => {
    const result = await diff(notice('区发改委', '区发改委'), notice('区发改委', '区发改委牵头，各街道配合'));
    expect(Object.keys(result.changes[0]?.fields ?? {})).toEqual(['cells.责任单位']);
    expect(result.changes[0]?.fields?.['cells.责任单位']?.redline).toBeDefined();
  });

  it('should keep the names as written with --strict: a respelling is a unit added and one removed', async () => {
    const result = await diff(notice('区发改委', '区发改委、区科委'), notice('区发改委', '区科委、区发展改革委'), true);
    expect(result.changes.map((c) => [c.kind, c.op, c.fields?.['cells.责任单位']?.added, c.fields?.['cells.责任单位']?.removed])).toEqual([
      ['annex', 'modified', ['区发展改革委'], ['区发改委']],
    ]);
  });
});
