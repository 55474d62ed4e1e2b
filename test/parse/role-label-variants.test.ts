import { describe, expect, it } from 'vitest';
import { parseClause } from '../../src/parse/responsibility.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { fold } from '../../src/text/fold.js';

const read = (clause: string) => {
  const r = parseClause(clause, fold(clause), false);
  return r && { lead: r.lead, participants: r.participants, labels: r.roles.map((x) => x.label) };
};

/** A Markdown notice whose tasks stand only in a table headed 序号 | 工作任务 | `lead` | `part` | 完成时限. */
const table = (lead: string, part: string) =>
  parseNotice(
    ['# 某市重点任务清单', '', '现将重点任务清单印发如下。', '', `| 序号 | 工作任务 | ${lead} | ${part} | 完成时限 |`, '| --- | --- | --- | --- | --- |', '| 1 | 实行企业开办“零成本” | 市市场监管局 | 市税务局、市财政局 | 2024年6月 |', ''].join('\n'),
    { format: 'markdown' },
  );

describe('the genre\'s other role labels', () => {
  it.each([
    ['牵头责任单位：区市场监管局；配合责任单位：区税务局、区财政局', ['区市场监管局'], ['区税务局', '区财政局'], ['牵头责任单位', '配合责任单位']],
    ['主要责任单位：区司法局；其他责任单位：区政务服务局', ['区司法局'], ['区政务服务局'], ['主要责任单位', '其他责任单位']],
    ['牵头责任部门：区司法局；协作单位：区市场监管局', ['区司法局'], ['区市场监管局'], ['牵头责任部门', '协作单位']],
    ['实施主体：区住建委；协同配合单位：区规划分局、区消防救援支队', ['区住建委'], ['区规划分局', '区消防救援支队'], ['实施主体', '协同配合单位']],
    ['责任主体：区城市管理委；参加单位：区供电公司', ['区城市管理委'], ['区供电公司'], ['责任主体', '参加单位']],
    ['牵头单位：区税务局；支持单位：区财政局', ['区税务局'], ['区财政局'], ['牵头单位', '支持单位']],
    ['牵头单位：区工商联；相关单位：区发展改革委', ['区工商联'], ['区发展改革委'], ['牵头单位', '相关单位']],
  ])('should read the clause %s with its lead and the units taking part', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should not read the 各相关单位 of an addressee line as a label', () => {
    expect(read('各委办局、各街道办事处及相关单位：')).toBeNull();
  });

  it.each([
    ['牵头责任单位', '配合责任单位'],
    ['主要责任单位', '支持单位'],
    ['牵头责任部门', '协作单位'],
    ['实施主体', '参加单位'],
    ['责任主体', '协同配合单位'],
    ['牵头单位', '相关单位'],
    ['牵头单位', '其他责任单位'],
  ])('should read a task table whose unit columns are headed %s | %s', async (lead, part) => {
    const task = (await table(lead, part)).plan!.tasks[0]!;
    expect([task.lead, task.participants, task.roles.map((r) => r.label), task.deadline]).toEqual([['市市场监管局'], ['市税务局', '市财政局'], [lead, part], '2024年6月']);
  });
});
