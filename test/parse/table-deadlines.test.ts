import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A plan whose two tasks are written as items, and a 分解表 annex giving their deadlines. */
const plan = (rows: string) =>
  parseNotice(
    '<html><body><h1>关于印发某区数字经济行动方案的通知</h1><p>各镇人民政府、街道办事处，区政府各部门：</p><p>《某区数字经济行动方案》已经区政府同意，现印发给你们，请认真贯彻执行。</p>' +
      '<p align="right">某区人民政府办公室</p><p align="right">2023年4月10日</p><p align="center">某区数字经济行动方案</p><p>一、重点任务</p>' +
      '<p>（一）做强数字产业。培育壮大集成电路产业。（牵头单位：区经信局；配合单位：区发改局）</p>' +
      '<p>（二）推进智能制造。新增省级智能工厂5家。（牵头单位：区经信局；配合单位：区科技局）</p>' +
      '<p>二、保障措施</p><p>（一）加强组织领导。成立领导小组。</p><p>附件：某区数字经济行动重点任务分解表</p><table border="1">' +
      `<tr><td>序号</td><td>重点任务</td><td>具体内容</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>${rows}</table></body></html>`,
    { format: 'html' },
  );
const deadlines = async (rows: string) => {
  const doc = await plan(rows);
  return { tasks: doc.plan!.tasks.map((t) => [t.title, t.deadline ?? null]), warned: doc.diagnostics.filter((d) => d.ruleId === 'table-deadlines-differ').map((d) => d.message) };
};
const LAST = '<tr><td>3</td><td>推进智能制造</td><td>新增智能工厂5家</td><td>区经信局</td><td>区科技局</td><td>2024年底</td></tr>';

describe('deadlines of a task table breaking the text\'s tasks down over rows', () => {
  it('should give a task over two rows (its 重点任务 cell spanning them) their deadline, and the task of one row its own', async () => {
    const rows =
      '<tr><td>1</td><td rowspan="2">做强数字产业</td><td>招引项目20个</td><td>区经信局</td><td>区发改局</td><td>2025年底</td></tr>' +
      '<tr><td>2</td><td>培育小巨人3家</td><td>区经信局</td><td>区科技局</td><td>2025年底</td></tr>' +
      LAST;
    expect(await deadlines(rows)).toEqual({ tasks: [['做强数字产业', '2025年底'], ['推进智能制造', '2024年底']], warned: [] });
  });

  it('should read a 重点任务 cell written again on each of its rows as one spanning them', async () => {
    const rows =
      '<tr><td>1</td><td>做强数字产业</td><td>招引项目20个</td><td>区经信局</td><td>区发改局</td><td>2025年底</td></tr>' +
      '<tr><td>2</td><td>做强数字产业</td><td>培育小巨人3家</td><td>区经信局</td><td>区科技局</td><td>2025年底</td></tr>' +
      LAST;
    expect(await deadlines(rows)).toEqual({ tasks: [['做强数字产业', '2025年底'], ['推进智能制造', '2024年底']], warned: [] });
  });

  it('should give a task whose rows give different deadlines none of them, and say so', async () => {
    const rows =
      '<tr><td>1</td><td rowspan="2">做强数字产业</td><td>招引项目20个</td><td>区经信局</td><td>区发改局</td><td>2024年6月</td></tr>' +
      '<tr><td>2</td><td>培育小巨人3家</td><td>区经信局</td><td>区科技局</td><td>2025年底</td></tr>' +
      LAST;
    const read = await deadlines(rows);
    expect(read.tasks).toEqual([['做强数字产业', null], ['推进智能制造', '2024年底']]);
    expect(read.warned).toEqual(['task "做强数字产业" is broken down in a table over rows due 2024年6月, 2025年底; it takes none of them']);
  });
});
