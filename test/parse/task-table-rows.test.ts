import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { taskTablePage } from '../helpers/task-table-page.js';

const page = taskTablePage;

/** A Markdown notice whose tasks stand only in a table 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限. */
const md = (rows: string[]) =>
  parseNotice(
    ['# 某市重点任务清单', '', '现将重点任务清单印发如下。', '', '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n'),
    { format: 'markdown' },
  );

describe('task table rows', () => {
  it('should number the measures of each 一级任务 within it when the 序号 restarts at 1 in each', async () => {
    const doc = await page(
      '<th>一级任务</th><th>序号</th><th>二级任务</th><th>牵头单位</th><th>配合单位</th>',
      '<tr><td rowspan="2">夯实数字基础设施</td><td>1</td><td>加快5G网络建设</td><td>区工信局</td><td>区住建委</td></tr>' +
        '<tr><td>2</td><td>推进算力中心建设</td><td>区发展改革委</td><td>区数据局</td></tr>' +
        '<tr><td rowspan="2">壮大数字产业</td><td>1</td><td>培育软件企业</td><td>区科技局</td><td>区商务局</td></tr>' +
        '<tr><td>2</td><td>发展工业互联网</td><td>区工信局</td><td>区数据局</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.label, t.path, t.section?.number, t.section?.title])).toEqual([
      ['1.1', '1', ['1', '1'], '1', '夯实数字基础设施'],
      ['1.2', '2', ['1', '2'], '1', '夯实数字基础设施'],
      ['2.1', '1', ['2', '1'], '2', '壮大数字产业'],
      ['2.2', '2', ['2', '2'], '2', '壮大数字产业'],
    ]);
  });

  it('should keep the 序号 as the number when it runs on across the groups', async () => {
    const doc = await page(
      '<th>一级任务</th><th>序号</th><th>二级任务</th><th>牵头单位</th>',
      '<tr><td rowspan="2">夯实数字基础设施</td><td>1</td><td>加快5G网络建设</td><td>区工信局</td></tr>' +
        '<tr><td>2</td><td>推进算力中心建设</td><td>区发展改革委</td></tr>' +
        '<tr><td rowspan="2">壮大数字产业</td><td>3</td><td>培育软件企业</td><td>区科技局</td></tr>' +
        '<tr><td>4</td><td>发展工业互联网</td><td>区工信局</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.path])).toEqual([
      ['1', ['1']],
      ['2', ['2']],
      ['3', ['3']],
      ['4', ['4']],
    ]);
  });

  it('should title a task by its 重点任务 beside a 工作目标 column, the target and the measure its text', async () => {
    const doc = await page(
      '<td>序号</td><td>重点任务</td><td>工作目标</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td>',
      '<tr><td>1</td><td>老旧小区改造</td><td>完成改造小区30个</td><td>制定年度改造计划，分批次推进实施</td><td>区住建委</td><td>各街道办事处</td><td>2024年12月</td></tr>',
    );
    const task = doc.plan!.tasks[0]!;
    expect([task.title, task.text, task.lead, task.participants, task.deadline]).toEqual([
      '老旧小区改造',
      '完成改造小区30个\n制定年度改造计划，分批次推进实施',
      ['区住建委'],
      ['各街道办事处'],
      '2024年12月',
    ]);
  });

  it('should read a clause in a cell merged over the 牵头单位 and 配合单位 columns once', async () => {
    const doc = await page(
      '<th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th>',
      '<tr><td>1</td><td>强化安全生产执法</td><td colspan="2">区应急局牵头，各行业主管部门配合</td><td>2026年底</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants, t.roles.map((r) => r.label)])).toEqual([[['区应急局'], ['各行业主管部门'], ['牵头', '配合']]]);
  });

  it('should join a task\'s text run on into a row of its own (no 序号, no units) to the task above', async () => {
    const doc = await md([
      '| 1 | 实行企业开办“零成本” | 市市场监管局 | 市税务局 | 2024年6月 |',
      '| 2 | 开展涉企违规收费专项整治，对发现的问题 | 市发展改革委 | 市市场监管局 | 2024年10月 |',
      '| | 建立台账，限期整改到位 | | | |',
      '| 3 | 压减行政许可事项 | 市司法局 | 市政务服务局 | 2024年9月 |',
    ]);
    const plan = doc.plan!;
    expect(plan.tasks.map((t) => [t.number, t.title, t.section?.title, t.lead])).toEqual([
      ['1', '实行企业开办“零成本”', '', ['市市场监管局']],
      ['2', '开展涉企违规收费专项整治，对发现的问题建立台账，限期整改到位', '', ['市发展改革委']],
      ['3', '压减行政许可事项', '', ['市司法局']],
    ]);
    expect(plan.tasks[1]!.position.end.line).toBe(plan.tasks[1]!.position.start.line + 1);
    expect(plan.sections.map((s) => s.title)).toEqual(['']);
  });

  it('should keep a row naming a group (no pause in it, the numbers opening again under it) a group', async () => {
    const doc = await md([
      '| | 一、优化政务服务 | | | |',
      '| 1 | 实行企业开办“零成本” | 市市场监管局 | 市税务局 | 2024年6月 |',
      '| | 提升监管效能 | | | |',
      '| 1 | 压减行政许可事项 | 市司法局 | 市政务服务局 | 2024年9月 |',
    ]);
    expect(doc.plan!.tasks.map((t) => [t.title, t.section?.title])).toEqual([
      ['实行企业开办“零成本”', '优化政务服务'],
      ['压减行政许可事项', '提升监管效能'],
    ]);
  });
});

describe('the total row of a task or project table', () => {
  it.each([['合计'], ['总计'], ['小　计'], ['合計']])('should read no task from a row headed %s spanning the serial and the name', async (total) => {
    const doc = await page(
      '<th>序号</th><th>项目名称</th><th>总投资</th><th>责任单位</th>',
      '<tr><td>1</td><td>县城污水处理厂扩建工程</td><td>45000</td><td>县水务局</td></tr>\n' +
        '<tr><td>2</td><td>城东片区道路工程</td><td>33000</td><td>县交通运输局<br>县住建局</td></tr>\n' +
        `<tr><td colspan="2">${total}</td><td>78000</td><td></td></tr>\n`,
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.lead])).toEqual([
      ['1', '县城污水处理厂扩建工程', ['县水务局']],
      ['2', '城东片区道路工程', ['县交通运输局', '县住建局']],
    ]);
  });

  it('should read a Markdown project list\'s columns as they stand above a 合计 row of empty cells, each project a task of the table', async () => {
    const doc = await parseNotice(
      [
        '# 某县2024年重大项目建设计划', '', '## 一、重点项目', '', '具体项目见附件。', '', '## 附件', '', '某县2024年重大项目建设计划表', '',
        '| 序号 | 项目名称 | 建设内容及规模 | 总投资（万元） | 责任单位 |', '| --- | --- | --- | --- | --- |',
        '| 1 | 新能源汽车零部件产业园 | 新建厂房12万平方米 | 120000 | 县经信局 |',
        '| 2 | 县城污水处理厂扩建工程 | 新增处理规模3万吨/日 | 45000 | 县水务局 |',
        '| 合计 | | | 165000 | |',
      ].join('\n'),
      { format: 'markdown' },
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.title, t.title, t.lead])).toEqual([
      ['1', '某县2024年重大项目建设计划表', '新能源汽车零部件产业园', ['县经信局']],
      ['2', '某县2024年重大项目建设计划表', '县城污水处理厂扩建工程', ['县水务局']],
    ]);
  });

  it('should read a task whose title only begins with 合计 as a task', async () => {
    const doc = await md(['| 1 | 合计划分网格单元 | 区城管局 | | 2024年6月 |']);
    expect(doc.plan!.tasks.map((t) => t.title)).toEqual(['合计划分网格单元']);
  });
});

