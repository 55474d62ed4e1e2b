import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { taskTablePage } from '../helpers/task-table-page.js';

const page = taskTablePage;

describe('tasks from a task table', () => {
  it('should count the groups of a column spanning rows whose measures have numbers of their own', async () => {
    const doc = await page(
      '<td>序号</td><td>主要任务</td><td>工作措施</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td>1</td><td rowspan="2">夯实数字基础设施</td><td>新建5G基站500个</td><td rowspan="2">区经信局</td><td>区住建局</td></tr>' +
        '<tr><td>2</td><td>建设边缘计算节点2个</td><td>区数据资源局</td></tr>' +
        '<tr><td>3</td><td>做强数字产业</td><td>引进工业软件企业10家</td><td>区商务局</td><td>区投资促进局</td></tr>',
    );
    const plan = doc.plan!;
    // 做强数字产业 is over one measure: its row's title, the row in the table's own (numberless) section.
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ['1', '夯实数字基础设施'],
      ['', ''],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.title, t.section?.title, t.lead, t.participants])).toEqual([
      ['1', '新建5G基站500个', '夯实数字基础设施', ['区经信局'], ['区住建局']],
      ['2', '建设边缘计算节点2个', '夯实数字基础设施', ['区经信局'], ['区数据资源局']],
      ['3', '做强数字产业', '', ['区商务局'], ['区投资促进局']],
    ]);
  });

  it.each(['具体内容', '主要内容', '工作内容', '具体措施', '工作任务'])(
    'should title each row by its own 重点任务 cell and take the %s cell as its text when no 重点任务 cell spans rows',
    async (content) => {
      const doc = await page(
        `<td>序号</td><td>重点任务</td><td>${content}</td><td>牵头单位</td><td>配合单位</td>`,
        '<tr><td colspan="5">一、面向企业的“一件事”</td></tr>' +
          '<tr><td>1</td><td>企业信息变更一件事</td><td>整合营业执照、税务等信息变更事项。</td><td>区市场监管局</td><td>区税务局</td></tr>' +
          '<tr><td colspan="5">二、面向个人的“一件事”</td></tr>' +
          '<tr><td>2</td><td>退休一件事</td><td>整合养老保险待遇核定等事项。</td><td>区人社局</td><td>区医保局</td></tr>',
      );
      const plan = doc.plan!;
      expect(plan.tasks.map((t) => [t.number, t.title, t.text, t.section?.title, t.lead, t.participants])).toEqual([
        ['1', '企业信息变更一件事', '整合营业执照、税务等信息变更事项。', '面向企业的“一件事”', ['区市场监管局'], ['区税务局']],
        ['2', '退休一件事', '整合养老保险待遇核定等事项。', '面向个人的“一件事”', ['区人社局'], ['区医保局']],
      ]);
      expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
        ['一', '面向企业的“一件事”'],
        ['二', '面向个人的“一件事”'],
      ]);
    },
  );

  it('should make a 类别 column spanning rows the section of its rows, numberless as the table writes them', async () => {
    const doc = await page(
      '<td>类别</td><td>序号</td><td>任务内容</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td rowspan="2">风险防控</td><td>1</td><td>开展燃气安全专项整治</td><td>区城市管理委</td><td>区应急局</td></tr>' +
        '<tr><td>2</td><td>排查自建房安全隐患</td><td>区住房城乡建设委</td><td>区规划资源局</td></tr>' +
        '<tr><td>执法检查</td><td>3</td><td>检查危险化学品企业</td><td>区应急局</td><td>区消防救援支队</td></tr>',
    );
    const plan = doc.plan!;
    expect(plan.sections.map((s) => [s.number, s.label, s.title])).toEqual([
      ['', '', '风险防控'],
      ['', '', '执法检查'],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.path, t.section?.number, t.section?.title, t.title])).toEqual([
      ['1', ['1'], '', '风险防控', '开展燃气安全专项整治'],
      ['2', ['2'], '', '风险防控', '排查自建房安全隐患'],
      ['3', ['3'], '', '执法检查', '检查危险化学品企业'],
    ]);
  });

  it('should make a 类别 of one row each a section of its own, not numbered by the row\'s 序号', async () => {
    const doc = await page(
      '<td>序号</td><td>工作类别</td><td>工作任务</td><td>牵头单位</td>',
      '<tr><td>5</td><td>风险防控</td><td>开展燃气安全专项整治</td><td>区城市管理委</td></tr>' +
        '<tr><td>6</td><td>执法检查</td><td>检查危险化学品企业</td><td>区应急局</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number, t.section?.title, t.title])).toEqual([
      ['5', '', '风险防控', '开展燃气安全专项整治'],
      ['6', '', '执法检查', '检查危险化学品企业'],
    ]);
  });

  it('should make a 类别 column head the 重点任务 cells spanning their measures, as a row across the table would', async () => {
    const doc = await page(
      '<td>类别</td><td>序号</td><td>重点任务</td><td>具体举措</td><td>牵头单位</td>',
      '<tr><td rowspan="3">一、数字基础设施</td><td>1</td><td rowspan="2">建设网络设施</td><td>新建5G基站500个</td><td>区经信局</td></tr>' +
        '<tr><td>2</td><td>建设边缘计算节点</td><td>区数据资源局</td></tr>' +
        '<tr><td>3</td><td>建设算力设施</td><td>建设智算中心</td><td>区发展改革委</td></tr>' +
        '<tr><td>二、数字产业</td><td>4</td><td>培育软件企业</td><td>引进工业软件企业10家</td><td>区商务局</td></tr>',
    );
    const plan = doc.plan!;
    // 建设算力设施 and 培育软件企业 are each over one measure: their rows' titles, in their category.
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ['一', '数字基础设施'],
      ['1.1', '建设网络设施'],
      ['二', '数字产业'],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.path, t.title, t.section?.number])).toEqual([
      ['1', ['一、', '1', '1'], '新建5G基站500个', '1.1'],
      ['2', ['一、', '1', '2'], '建设边缘计算节点', '1.1'],
      ['3', ['一、', '3'], '建设算力设施', '一'],
      ['4', ['二、', '4'], '培育软件企业', '二'],
    ]);
  });

  it('should give the measures of a 重点任务 whose 序号 cell spans them paths of their own under its number, labelled as written', async () => {
    const doc = await page(
      '<td>序号</td><td>重点任务</td><td>具体举措</td><td>牵头单位</td>',
      '<tr><td rowspan="2">1</td><td rowspan="2">提升政务服务效能</td><td>推行高效办成一件事</td><td>区政务服务中心</td></tr>' +
        '<tr><td>深化一网通办</td><td>区数据局</td></tr>' +
        '<tr><td>2</td><td>强化要素保障</td><td>推行标准地出让</td><td>区规划资源局</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.label, t.path])).toEqual([
      ['1.1', '1', ['1', '1']],
      ['1.2', '1', ['1', '2']],
      ['2', '2', ['2']],
    ]);
  });

  it('should keep a 重点任务 column the groups when one of its cells spans rows, a cell over one row titling its row', async () => {
    const doc = await page(
      '<td>序号</td><td>重点任务</td><td>具体内容</td><td>牵头单位</td>',
      '<tr><td>1</td><td rowspan="2">提升政务服务效能</td><td>推行“高效办成一件事”</td><td>区政务服务办</td></tr>' +
        '<tr><td>2</td><td>深化“一网通办”</td><td>区大数据局</td></tr>' +
        '<tr><td>3</td><td>优化市场准入</td><td>压缩企业开办时间</td><td>区市场监管局</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.title, t.text, t.section?.title])).toEqual([
      ['推行“高效办成一件事”', '推行“高效办成一件事”', '提升政务服务效能'],
      ['深化“一网通办”', '深化“一网通办”', '提升政务服务效能'],
      ['优化市场准入', '压缩企业开办时间', ''],
    ]);
    expect(doc.plan!.sections.map((s) => s.title)).toEqual(['提升政务服务效能', '']);
  });

  it('should put the rows of a table with a 重点任务 per row and no group rows in the table, titled by their 重点任务', async () => {
    const doc = await page(
      '<td>序号</td><td>重点任务</td><td>主要内容</td><td>牵头单位</td>',
      '<tr><td>1</td><td>企业信息变更一件事</td><td>整合信息变更事项。</td><td>区市场监管局</td></tr>' +
        '<tr><td>2</td><td>退休一件事</td><td>整合养老保险待遇核定等事项。</td><td>区人社局</td></tr>',
    );
    const plan = doc.plan!;
    // The table's own section is numberless; no row is a section of one task.
    expect(plan.tasks.map((t) => [t.number, t.title, t.text, t.section?.number])).toEqual([
      ['1', '企业信息变更一件事', '整合信息变更事项。', ''],
      ['2', '退休一件事', '整合养老保险待遇核定等事项。', ''],
    ]);
    expect(plan.sections.map((s) => s.number)).toEqual(['']);
  });

  it('should read a Markdown task table like the HTML one: a 重点任务 cell written once over empty cells is a group, one per row a title', async () => {
    const md = (rows: string[]) =>
      parseNotice(
        ['# 某区重点任务清单', '', '为优化营商环境，现将重点任务清单印发如下。', '', '| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n'),
        { format: 'markdown' },
      );
    const grouped = await md([
      '| 1 | 提升政务服务效能 | 推行“高效办成一件事” | 区政务服务办 | 区有关部门 |',
      '|  |  | 深化“一网通办” | 区政务服务办 | 区大数据局 |',
      '| 2 | 优化市场准入 | 压缩企业开办时间 | 区市场监管局 | 区税务局 |',
    ]);
    expect(grouped.plan!.tasks.map((t) => [t.number, t.title, t.section?.number, t.section?.title])).toEqual([
      ['1.1', '推行“高效办成一件事”', '1', '提升政务服务效能'],
      ['1.2', '深化“一网通办”', '1', '提升政务服务效能'],
      ['2', '优化市场准入', '', ''],
    ]);
    const perRow = await md([
      '| 一、面向企业的“一件事” |  |  |  |  |',
      '| 1 | 企业信息变更一件事 | 整合信息变更事项。 | 区市场监管局 | 区税务局 |',
      '| 2 | 退休一件事 | 整合养老保险待遇核定等事项。 | 区人社局 | 区医保局 |',
    ]);
    expect(perRow.plan!.tasks.map((t) => [t.number, t.title, t.text, t.section?.title])).toEqual([
      ['1', '企业信息变更一件事', '整合信息变更事项。', '面向企业的“一件事”'],
      ['2', '退休一件事', '整合养老保险待遇核定等事项。', '面向企业的“一件事”'],
    ]);
  });

  it('should number the rows under each group row as written when each group numbers them from 1 again', async () => {
    const doc = await page(
      '<td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td colspan="4">一、面向企业</td></tr>' +
        '<tr><td>1</td><td>企业开办一件事</td><td>区市场监管局</td><td>区税务局</td></tr>' +
        '<tr><td>2</td><td>企业注销一件事</td><td>区市场监管局</td><td>区人社局</td></tr>' +
        '<tr><td colspan="4">二、面向个人</td></tr>' +
        '<tr><td>1</td><td>新生儿出生一件事</td><td>区卫生健康委</td><td>区医保局</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.label, t.section?.number, t.title])).toEqual([
      ['1', '1', '一', '企业开办一件事'],
      ['2', '2', '一', '企业注销一件事'],
      ['1', '1', '二', '新生儿出生一件事'],
    ]);
  });

  it('should read a 责任单位 column beside a 牵头单位 column as the units taking part', async () => {
    const doc = await page(
      '<td>序号</td><td>工作任务</td><td>责任单位</td><td>牵头单位</td>',
      '<tr><td>1</td><td>新建5G基站500个</td><td>区住建局、区城管局</td><td>区经信局</td></tr>',
    );
    const task = doc.plan!.tasks[0]!;
    expect([task.lead, task.participants, task.roles.map((r) => r.label)]).toEqual([['区经信局'], ['区住建局', '区城管局'], ['牵头单位', '责任单位']]);
  });

  it('should read every column of units taking part, a 督办单位 or 监督单位 column beside the 配合单位 one', async () => {
    const doc = await page(
      '<td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>督办单位</td>',
      '<tr><td>1</td><td>压缩企业开办时间</td><td>区市场监管局</td><td>区税务局</td><td>区政府督查室</td></tr>' +
        '<tr><td>2</td><td>推行证照联办</td><td>区政务服务中心</td><td></td><td>区政府督查室</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants, t.roles.map((r) => r.label)])).toEqual([
      [['区市场监管局'], ['区税务局', '区政府督查室'], ['牵头单位', '配合单位', '督办单位']],
      [['区政务服务中心'], ['区政府督查室'], ['牵头单位', '督办单位']],
    ]);
  });

  it('should keep units separated by a slash in a cell apart', async () => {
    const doc = await page(
      '<td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td>1</td><td>退休一件事</td><td>区人社局</td><td>区医保局/区社保中心</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants])).toEqual([[['区人社局'], ['区医保局', '区社保中心']]]);
  });

  it('should keep units listed one per line in a cell apart', async () => {
    const doc = await page(
      '<td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td>1</td><td>新建5G基站500个</td><td>区经信局</td><td><p>区住建局</p><p>区城管局</p></td></tr>' +
        '<tr><td>2</td><td>建设边缘计算节点</td><td>区发改局<br/>区科技局</td><td></td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['区经信局'], ['区住建局', '区城管局']],
      [['区发改局', '区科技局'], []],
    ]);
  });

  describe('unit cells left empty under a cell that spanned rows (Word → Markdown)', () => {
    const md = (rows: string[]) =>
      parseNotice(
        ['# 某镇重点任务清单', '', '现将重点任务清单印发如下。', '', '| 序号 | 任务类别 | 具体任务 | 责任单位 | 配合单位 |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n'),
        { format: 'markdown' },
      );
    const units = async (rows: string[]) => (await md(rows)).plan!.tasks.map((t) => [t.number, t.lead, t.participants]);

    it.each([
      [
        'should give a row whose group and 责任单位 cells are empty the units of the row above, its own 配合单位 kept',
        ['| 1 | 垃圾治理 | 完善收运体系 | 镇环卫所 | 各村 |', '| 2 |  | 开展分类试点 |  | 镇妇联 |', '| 3 |  | 清理积存垃圾 |  | 各村 |'],
        [['1', ['镇环卫所'], ['各村']], ['2', ['镇环卫所'], ['镇妇联']], ['3', ['镇环卫所'], ['各村']]],
      ],
      [
        'should give a row whose unit cells are all empty both units of the row above',
        ['| 1 | 厕所革命 | 推进户厕改造 | 镇农业办 | 镇财政所 |', '| 2 |  | 建设农村公厕 |  |  |'],
        [['1', ['镇农业办'], ['镇财政所']], ['2', ['镇农业办'], ['镇财政所']]],
      ],
      [
        'should leave an empty 配合单位 empty in a row that names its own lead',
        ['| 1 | 村容村貌 | 创建美丽庭院 | 镇妇联 | 各村 |', '| 2 |  | 整治乱堆乱放 | 镇执法队 |  |'],
        [['1', ['镇妇联'], ['各村']], ['2', ['镇执法队'], []]],
      ],
      [
        'should not carry units into the first row of another group, nor from a row without a lead, and keep such rows tasks without a lead',
        ['| 1 | 垃圾治理 | 完善收运体系 | 镇环卫所 | 各村 |', '| 2 | 厕所革命 | 推进户厕改造 |  | 镇财政所 |', '| 3 |  | 建设农村公厕 |  |  |'],
        [['1', ['镇环卫所'], ['各村']], ['2', [], ['镇财政所']], ['3', [], []]],
      ],
      [
        'should not fill a 责任单位 cell in a table that writes its group in every row (no spans written as empty cells)',
        ['| 1 | 垃圾治理 | 完善收运体系 | 镇环卫所 | 各村 |', '| 2 | 垃圾治理 | 开展分类试点 |  | 镇妇联 |'],
        [['1', ['镇环卫所'], ['各村']], ['2', [], ['镇妇联']]],
      ],
      [
        'should keep a row that names a task but no unit at all a task without units, not drop it',
        ['| 1 | 垃圾治理 | 完善收运体系 | 镇环卫所 | 各村 |', '| 2 | 厕所革命 | 建设农村公厕 |  |  |', '| 3 | 污水治理 | 整治黑臭水体 | 镇环境办 |  |'],
        [['1', ['镇环卫所'], ['各村']], ['2', [], []], ['3', ['镇环境办'], []]],
      ],
    ])('%s', async (_name, rows, expected) => {
      expect(await units(rows)).toEqual(expected);
    });
  });

  it.each([
    ['联系人 | 联系电话', '<td>联系人</td><td>联系电话</td>', '<td>王芳</td><td>23456789</td>', ['联系人：王芳', '联系电话：23456789']],
    ['联系方式', '<td>联系方式</td>', '<td>王芳，13812345678</td>', ['联系方式：王芳，13812345678']],
    ['责任人 (the cell labelled already)', '<td>责任人</td>', '<td>责任人：王芳</td>', ['责任人：王芳']],
    ['联系人 left empty (/)', '<td>联系人</td>', '<td>/</td>', null],
    ['牵头区领导 (a leader, not a unit)', '<td>牵头区领导</td>', '<td>王芳</td>', ['牵头区领导：王芳']],
  ])('should read a %s column into the task\'s contacts, not its units or text', async (_, header, cells, contacts) => {
    const doc = await page(
      `<td>序号</td><td>任务</td><td>牵头单位</td><td>配合单位</td>${header}`,
      `<tr><td>1</td><td>建设概念验证中心</td><td>区科技局</td><td>区财政局</td>${cells}</tr>`,
    );
    const task = doc.plan!.tasks[0]!;
    expect([task.text, task.lead, task.participants, task.contacts ?? null]).toEqual(['建设概念验证中心', ['区科技局'], ['区财政局'], contacts]);
  });

  it('should take the contacts out of the unit cells as out of a clause, kept on the task', async () => {
    const doc = await page(
      '<td>序号</td><td>任务</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td>1</td><td>举办成果路演活动</td><td>区科技局（联系人：王芳，23456789）</td><td>区投资促进局、区科协（李娜，13700001111）</td></tr>' +
        '<tr><td>2</td><td>组织青年创新大赛</td><td>团委</td><td>妇联</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants, t.contacts ?? null])).toEqual([
      [['区科技局'], ['区投资促进局', '区科协'], ['联系人：王芳，23456789', '李娜，13700001111']],
      [['团委'], ['妇联'], null],
    ]);
  });

  it('should read the task of a table without a task column from its own cell, not from its 联系人', async () => {
    const doc = await page(
      '<td>序号</td><td>联系人</td><td>牵头单位</td><td>年度安排</td>',
      '<tr><td>1</td><td>王芳</td><td>区科技局</td><td>建设概念验证中心</td></tr>',
    );
    const task = doc.plan!.tasks[0]!;
    expect([task.text, task.lead, task.contacts]).toEqual(['建设概念验证中心', ['区科技局'], ['联系人：王芳']]);
  });

  it('should make a row numbered 一 in the 序号 column, its name spanning the rest, the section of the rows under it', async () => {
    const doc = await page(
      '<td>序号</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td>一</td><td colspan="3">提升政务服务效能</td></tr>' +
        '<tr><td>1</td><td>推动高频事项掌上办</td><td>区行政审批局</td><td>区大数据中心</td></tr>' +
        '<tr><td>（二）</td><td colspan="3">优化要素保障</td></tr>' +
        '<tr><td>2</td><td>推行标准地出让</td><td>区自然资源局</td><td>区发展改革局</td></tr>',
    );
    const plan = doc.plan!;
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ['一', '提升政务服务效能'],
      ['二', '优化要素保障'],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.section?.number, t.path, t.lead])).toEqual([
      ['1', '一', ['一', '1'], ['区行政审批局']],
      ['2', '二', ['（二）', '2'], ['区自然资源局']],
    ]);
  });

  const pipe = (rows: string[]) =>
    parseNotice(['# 某区重点任务清单', '', '| 序号 | 具体措施 | 牵头单位 | 配合单位 |', '|---|---|---|---|', ...rows].join('\n'), { format: 'markdown' });

  it('should make a row numbered 一 beside empty unit cells the section of the rows numbered 1, 2 under it', async () => {
    const doc = await pipe(['| 一 | 提升政务服务效能 | | |', '| 1 | 推动高频事项掌上办 | 区行政审批局 | 区大数据中心 |', '| 2 | 企业开办全程网办 | 区市场监管局 | |']);
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number, t.section?.title])).toEqual([
      ['1', '一', '提升政务服务效能'],
      ['2', '一', '提升政务服务效能'],
    ]);
  });

  it('should keep a row that names no units a task when its number is of the kind the other rows have', async () => {
    const serial = await pipe(['| 1 | 推动高频事项掌上办 | 区行政审批局 | 区大数据中心 |', '| 2 | 企业开办全程网办 | | |']);
    expect(serial.plan!.tasks.map((t) => [t.number, t.title, t.lead])).toEqual([
      ['1', '推动高频事项掌上办', ['区行政审批局']],
      ['2', '企业开办全程网办', []],
    ]);
    const chinese = await pipe(['| 一 | 推动高频事项掌上办 | 区行政审批局 | 区大数据中心 |', '| 二 | 企业开办全程网办 | | |']);
    expect(chinese.plan!.tasks.map((t) => [t.number, t.title, t.lead])).toEqual([
      ['一', '推动高频事项掌上办', ['区行政审批局']],
      ['二', '企业开办全程网办', []],
    ]);
  });

  const noted = (note: string, header: string, cell: string) =>
    parseNotice(
      `<html><body><p align="center">某县商业体系建设实施方案</p><p>一、重点任务</p><p>重点任务见下表${note}。</p>` +
        `<p align="center">重点任务分解表</p><table border="1"><tr><td>序号</td><td>工作措施</td><td>${header}</td></tr>` +
        `<tr><td>1</td><td>建设县级物流配送中心</td><td>${cell}</td></tr></table></body></html>`,
      { format: 'html' },
    );

  it('should let the first unit of a 责任单位 cell lead when the document says the unit listed first leads', async () => {
    const doc = await noted('（责任单位中排在第一位的为牵头单位）', '责任单位', '县商务局、县交通运输局');
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants])).toEqual([[['县商务局'], ['县交通运输局']]]);
  });

  it.each([['（责任单位中排名第一的为牵头单位）'], ['（责任单位中排名首位的为牵头单位）'], ['（各项任务中第一个单位为牵头单位）'], ['（表中责任单位排名第一的为牵头单位，其他为配合单位）']])(
    'should read the table\'s rows, the first unit of a cell leading, when the note after 见下表 words the statement by rank (%s)',
    async (note) => {
      const doc = await noted(note, '责任单位', '县商务局、县交通运输局');
      expect(doc.plan!.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([['1', ['县商务局'], ['县交通运输局']]]);
    },
  );

  it('should let every unit of a 责任单位 cell lead when the document says nothing of the order', async () => {
    const doc = await noted('', '责任单位', '县商务局、县交通运输局');
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants])).toEqual([[['县商务局', '县交通运输局'], []]]);
  });

  describe('a task table that is all a group of the text holds', () => {
    const tasksOf = (doc: Awaited<ReturnType<typeof parseNotice>>) =>
      doc.plan!.tasks.map((t) => [t.path.join(' '), t.section?.number, t.title, t.lead, t.participants]);
    const expected = [
      ['一、 （一） 1.', '一', '建设政务云', ['区大数据中心'], []],
      ['一、 （二） 1', '二', '推进一网通办', ['区行政审批局'], ['区大数据中心']],
      ['一、 （二） 2', '二', '加强数据安全监管', ['区委网信办'], ['区公安分局']],
    ];

    it('should read its rows as the group\'s tasks in HTML', async () => {
      const doc = await parseNotice(
        '<html><body><p align="center">某区数字政府建设方案</p><p>一、重点任务</p><p>（一）夯实数字底座</p><p>1.建设政务云。（牵头单位：区大数据中心）</p>' +
          '<p>（二）优化政务服务</p><table border="1"><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>参与单位</td></tr>' +
          '<tr><td>1</td><td>推进一网通办</td><td>区行政审批局</td><td>区大数据中心</td></tr>' +
          '<tr><td>2</td><td>加强数据安全监管</td><td>区委网信办</td><td>区公安分局</td></tr></table>' +
          '<p>二、保障措施</p><p>（一）加强组织领导。定期调度。</p></body></html>',
        { format: 'html' },
      );
      expect(tasksOf(doc)).toEqual(expected);
      expect(doc.plan!.sections.map((s) => s.title)).toEqual(['夯实数字底座', '优化政务服务']);
      expect(doc.tables).toHaveLength(1);
    });

    it('should read its rows as the group\'s tasks when the table is flattened one cell per line under its caption', async () => {
      const cells = ['序号', '任务', '牵头单位', '参与单位', '1', '推进一网通办', '区行政审批局', '区大数据中心', '2', '加强数据安全监管', '区委网信办', '区公安分局'];
      const doc = await parseNotice(
        `某区数字政府建设方案\n\n一、重点任务\n\n（一）夯实数字底座\n1.建设政务云。（牵头单位：区大数据中心）\n（二）优化政务服务\n表1 政务服务任务表\n${cells.join('\n')}\n\n二、保障措施\n\n（一）加强组织领导。定期调度。\n`,
      );
      expect(tasksOf(doc)).toEqual(expected);
    });

    it('should leave a table that breaks down a task of the text, or stands under safeguards, a table', async () => {
      const table = '表1 任务分解表\n序号\t任务\t牵头单位\n1\t推进一网通办\t区行政审批局\n';
      const doc = await parseNotice(
        `某区数字政府建设方案\n\n一、重点任务\n\n（一）夯实数字底座\n\n1.建设政务云。（牵头单位：区大数据中心）\n\n${table}\n二、保障措施\n\n（一）加强组织领导\n\n${table}\n（二）强化资金保障。\n`,
      );
      expect(doc.plan!.tasks.map((t) => t.title)).toEqual(['建设政务云']);
      expect(doc.tables).toHaveLength(2);
    });
  });
  it('should read a 责任单位 column with a note that the first unit leads (第一个为牵头单位), its first unit leading', async () => {
    const doc = await page(
      '<td>序号</td><td>任务内容</td><td>责任单位（第一个为牵头单位）</td><td>完成时限</td>',
      '<tr><td>1</td><td>开展燃气安全整治</td><td>区城市管理委、区应急局</td><td>2025年10月</td></tr>' +
        '<tr><td>2</td><td>开展自建房排查</td><td>区住房城乡建设委<br>区规划资源局<br>各街道办事处</td><td>2025年12月</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.lead, t.participants, t.deadline])).toEqual([
      ['1', ['区城市管理委'], ['区应急局'], '2025年10月'],
      ['2', ['区住房城乡建设委'], ['区规划资源局', '各街道办事处'], '2025年12月'],
    ]);
  });

  it('should read a unit column by its name when its note says nothing of who leads (加粗为牵头)', async () => {
    const doc = await page(
      '<td>序号</td><td>任务内容</td><td>责任单位（加粗为牵头）</td><td>完成时限</td>',
      '<tr><td>1</td><td>开展燃气安全整治</td><td>区城市管理委、区应急局</td><td>2025年10月</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([['1', ['区城市管理委', '区应急局'], []]]);
  });

  it.each([
    ['责任科室', '配合科室'],
    ['牵头处室', '配合处室'],
    ['责任股室', '配合股室'],
  ])('should read a bureau\'s sections from %s and %s columns as it reads 责任单位 and 配合单位', async (lead, part) => {
    const doc = await page(
      `<td>序号</td><td>工作任务</td><td>${lead}</td><td>${part}</td><td>完成时限</td>`,
      '<tr><td>1</td><td>组织高新技术企业申报</td><td>企业服务科</td><td>办公室</td><td>2024年10月底</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.lead, t.participants, t.roles.map((r) => r.label), t.deadline])).toEqual([
      ['1', ['企业服务科'], ['办公室'], [lead, part], '2024年10月底'],
    ]);
  });
});

describe('unit columns headed by a role word alone, or by a qualified label', () => {
  const rows =
    '<tr><td>1</td><td>推行企业开办一日办结</td><td>区市场监管局</td><td>区税务局、区人社局</td><td>2024年6月</td></tr>' +
    '<tr><td>2</td><td>开展涉企收费专项治理</td><td>区发改局</td><td>区财政局</td><td>2024年9月</td></tr>';
  it.each([
    ['<th rowspan="2">序号</th><th rowspan="2">工作任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr><tr><th>牵头</th><th>配合</th>', ['牵头', '配合']],
    ['<th rowspan="2">序号</th><th rowspan="2">工作任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr><tr><th>主责</th><th>协同</th>', ['主责', '协同']],
    ['<td>序号</td><td>工作任务</td><td>牵头单位</td><td>协同责任单位</td><td>完成时限</td>', ['牵头单位', '协同责任单位']],
    ['<td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合主体</td><td>完成时限</td>', ['牵头单位', '配合主体']],
    ['<td>序号</td><td>工作任务</td><td>牵头单位</td><td>次要责任单位</td><td>完成时限</td>', ['牵头单位', '次要责任单位']],
  ])('should read the lead and the units taking part (%#), each role labelled by its header as written', async (header, labels) => {
    const doc = await page(header, rows);
    expect(doc.plan!.tasks.map((t) => [t.number, t.lead, t.participants, t.roles.map((r) => r.label)])).toEqual([
      ['1', ['区市场监管局'], ['区税务局', '区人社局'], labels],
      ['2', ['区发改局'], ['区财政局'], labels],
    ]);
  });
});

describe('a 完成时限 cell left empty with a mark', () => {
  it('should give no deadline for /, 无, —— or -, as a unit cell so marked gives no unit', async () => {
    const doc = await page(
      '<td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td>',
      '<tr><td>1</td><td>推行企业开办一日办结</td><td>区市场监管局</td><td>/</td><td>2024年6月</td></tr>' +
        '<tr><td>2</td><td>开展涉企收费专项治理</td><td>区发改局</td><td>区财政局</td><td>/</td></tr>' +
        '<tr><td>3</td><td>规范涉企行政检查</td><td>区司法局</td><td>无</td><td>——</td></tr>' +
        '<tr><td>4</td><td>清理拖欠企业账款</td><td>区财政局</td><td>-</td><td>无</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.participants, t.deadline ?? null])).toEqual([
      ['1', [], '2024年6月'],
      ['2', ['区财政局'], null],
      ['3', [], null],
      ['4', [], null],
    ]);
  });
});

describe('the section of tasks read from a task table in the plan\'s text', () => {
  const html = (under: string) => `<p>某区人民政府办公室关于印发某区夜间经济发展工作方案的通知</p>
<p>各街道办事处，区政府各部门：</p><p>现将《某区夜间经济发展工作方案》印发给你们，请认真贯彻执行。</p>
<p>某区人民政府办公室</p><p>2025年5月6日</p>
<p>某区夜间经济发展工作方案</p>
${under}
<table>
<tr><td>序号</td><td>任务</td><td>牵头单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>打造夜间消费街区</td><td>区商务局</td><td>区文旅局</td></tr>
<tr><td>2</td><td>延长公共交通运营时间</td><td>区交通局</td><td>区公安分局</td></tr>
</table>
<p>三、保障措施</p><p>（一）加强组织领导。</p>`;

  it('should give the rows of a table directly under a part the part as their section, as paragraph tasks there get', async () => {
    const doc = await parseNotice(html('<p>一、工作目标</p><p>全区夜间消费持续增长。</p><p>二、重点任务</p>'), { format: 'html' });
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number, t.section?.title])).toEqual([
      ['1', '二', '重点任务'],
      ['2', '二', '重点任务'],
    ]);
    expect(doc.plan!.sections.map((s) => [s.number, s.title])).toEqual([['二', '重点任务']]);
  });

  it('should give the rows of a table under a group of a part that group as their section', async () => {
    const doc = await parseNotice(html('<p>一、重点任务</p><p>（一）丰富夜间消费业态</p>'), { format: 'html' });
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number, t.section?.title])).toEqual([
      ['1', '一', '丰富夜间消费业态'],
      ['2', '一', '丰富夜间消费业态'],
    ]);
  });
});

describe('a task table that no heading above it heads', () => {
  const html = (between: string) => `<p>某区人民政府办公室关于印发某区营商环境工作方案的通知</p>
<p>各街道办事处，区政府各部门：</p><p>现将《某区营商环境工作方案》印发给你们，请认真贯彻执行。</p>
<p>某区人民政府办公室</p><p>2025年5月6日</p>
<p>某区营商环境工作方案</p>
<p>一、重点任务</p><p>重点任务详见任务清单。</p>
${between}
<table>
<tr><td>序号</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>推动高频事项掌上办</td><td>区行政审批局</td><td>区大数据中心</td></tr>
</table>`;

  it('should keep the table\'s own section after an item that is a sentence of its own, not its group', async () => {
    const doc = await parseNotice(html('<p>二、工作要求</p><p>（一）强化督查考核。区政府督查室定期通报进展。</p><p>某区营商环境任务清单</p>'), { format: 'html' });
    expect(doc.plan!.tasks.map((t) => [t.section?.number, t.section?.title])).toEqual([['', '某区营商环境任务清单']]);
  });

  it('should keep the table\'s own section when its caption is numbered as a part of its own', async () => {
    const doc = await parseNotice(html('<p>二、重点任务分解表</p>').replace('<p>一、重点任务</p><p>重点任务详见任务清单。</p>', '<p>一、总体要求</p><p>营商环境持续优化。</p>'), { format: 'html' });
    const sections = doc.plan!.tasks.map((t) => t.section?.number);
    expect(sections).not.toContain('一');
  });
});

describe('a table of each unit\'s share of the targets', () => {
  const notice = ['某开发区2024年招商引资攻坚行动方案', '', '一、目标任务', '全年新签约亿元以上项目35个。', '', '附件', '2024年招商引资目标任务分解表', '序号\t责任单位\t亿元以上签约项目\t10亿元以上签约项目', '1\t区投资促进中心\t20\t3', '2\t横林镇\t15\t2', '合计\t\t35\t5', ''].join('\n');

  it('should read no tasks from it: every column beside the units holds figures', async () => {
    const doc = await parseNotice(notice);
    expect(doc.plan?.tasks ?? []).toEqual([]);
  });

  it('should read each row as the unit\'s, its figures under their columns', async () => {
    const doc = await parseNotice(notice);
    expect(doc.annexes[0]!.table!.rows.map((r) => [r.number, r.indicator, r.values])).toEqual([
      ['1', '区投资促进中心', { 亿元以上签约项目: 20, '10亿元以上签约项目': 3 }],
      ['2', '横林镇', { 亿元以上签约项目: 15, '10亿元以上签约项目': 2 }],
      ['合计', '', { 亿元以上签约项目: 35, '10亿元以上签约项目': 5 }],
    ]);
  });
});

describe('unit cells joined by 和/及/与 in a task table', () => {
  it('should split a cell of two names joined by 和 where a whole name follows it, and keep a place that opens with 和', async () => {
    const doc = await parseNotice(
      ['# 河西区2024年科技工作任务清单', '', '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |', '| --- | --- | --- | --- | --- |',
        '| 1 | 举办创新创业大赛 | 区人社局 | 区科技局和团区委 | 2024年9月 |',
        '| 2 | 开展科普活动 | 区科协 | 区科技局及各街道 | 2024年10月 |',
        '| 3 | 建设实验室 | 和平区科技局 | 区财政局与天津大学 | 2024年11月 |'].join('\n'),
      { format: 'markdown' },
    );
    expect(doc.plan?.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([
      ['1', ['区人社局'], ['区科技局', '团区委']],
      ['2', ['区科协'], ['区科技局', '各街道']],
      ['3', ['和平区科技局'], ['区财政局', '天津大学']],
    ]);
  });
});

describe('a task table with a 类别 column standing in a group of the text', () => {
  it('should keep its categories numberless within the group it stands in and start its tasks\' paths there', async () => {
    const text = [
      '# 某县2024年促进消费工作方案',
      '',
      '一、主要目标',
      '',
      '2024年，全县社会消费品零售总额增长8%左右。',
      '',
      '二、重点任务',
      '',
      '| 序号 | 类别 | 工作任务 | 责任单位 |',
      '| --- | --- | --- | --- |',
      '| 1 | 汽车消费 | 开展新能源汽车下乡活动 | 县商务局 |',
      '| 2 | 汽车消费 | 加快公共充电桩建设 | 县发展改革委 |',
      '| 3 | 文旅消费 | 举办草莓文化旅游节 | 县文化和旅游局 |',
      '',
      '三、保障措施',
      '',
      '（一）加强组织领导。建立联席会议制度。',
    ].join('\n');
    const doc = await parseNotice(text, { format: 'markdown' });
    expect(doc.plan!.tasks.map((t) => [t.path, t.section])).toEqual([
      [['二、', '1'], { number: '', title: '汽车消费' }],
      [['二、', '2'], { number: '', title: '汽车消费' }],
      [['二、', '3'], { number: '', title: '文旅消费' }],
    ]);
    expect(doc.plan!.sections.map((s) => [s.number, s.title])).toEqual([
      ['二', '重点任务'],
      ['', '汽车消费'],
      ['', '文旅消费'],
    ]);
    // They stand in 二、: --section 二 takes them, by where they stand, and each category by its title.
    expect((await queryTasks(doc, { section: '二' })).map((t) => t.number)).toEqual(['1', '2', '3']);
    expect((await queryTasks(doc, { section: '文旅消费' })).map((t) => t.number)).toEqual(['3']);
  });

  it('should start the section of an annex task table at the annex label over its caption, not at the header row', async () => {
    const text = [
      '某县人民政府办公室关于印发重点工作任务的通知',
      '',
      '各乡镇人民政府：',
      '',
      '现将《某县重点工作任务分解表》印发给你们，请抓好落实。',
      '',
      '某县人民政府办公室',
      '2024年2月20日',
      '',
      '附件',
      '',
      '某县重点工作任务分解表',
      '',
      '序号\t工作任务\t责任单位\t完成时限',
      '1\t稳定粮食播种面积\t县农业农村局\t2024年6月',
      '2\t推进高标准农田建设\t县自然资源局\t2024年10月',
    ].join('\n');
    const doc = await parseNotice(text, { format: 'text' });
    const sections = doc.plan!.sections;
    expect(sections.map((s) => [s.label, s.title])).toEqual([['附件', '某县重点工作任务分解表']]);
    // Line 10 is 附件, line 12 the caption, line 14 the header row; the section ends with the last row.
    const at = sections[0]!.position;
    expect([at.start.line, at.start.column, at.end.line]).toEqual([10, 1, 16]);
    expect(text.slice(at.start.offset, at.end.offset)).toMatch(/^附件\n\n某县重点工作任务分解表\n\n序号[^]*2024年10月$/);
  });

  it('should start the section of a captioned task table in the text at its caption line', async () => {
    const html = [
      '<html><body>',
      '<p>某区优化营商环境实施方案</p>',
      '<p>重点任务分解表</p>',
      '<table>',
      '<tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>',
      '<tr><td>1</td><td>压缩企业开办时间</td><td>区市场监管局</td></tr>',
      '<tr><td>2</td><td>推行联合验收</td><td>区住房城乡建设委</td></tr>',
      '</table>',
      '</body></html>',
    ].join('\n');
    const doc = await parseNotice(html, { format: 'html' });
    const section = doc.plan!.sections.find((s) => s.title === '重点任务分解表')!;
    // The caption's <p> is line 3; its text starts after the tag, at column 4.
    expect([section.position.start.line, section.position.start.column]).toEqual([3, 4]);
    expect(html.slice(section.position.start.offset)).toMatch(/^重点任务分解表<\/p>/);
  });
});

describe('a task table with groups of its own standing in a part of the text', () => {
  const notice = (table: string): string =>
    '<html><body><h1>关于印发某区2024年政务服务工作要点的通知</h1><p>各街道办事处：</p><p>现将《某区2024年政务服务工作要点》印发给你们，请认真落实。</p>' +
    '<p align="right">某区人民政府办公室</p><p align="right">2024年3月1日</p><p align="center">某区2024年政务服务工作要点</p>' +
    `<p>一、总体要求</p><p>以数字化改革为牵引，持续优化政务服务。</p><p>二、重点任务</p><table border="1">${table}</table>` +
    '<p>三、工作要求</p><p>各单位要明确专人负责，确保任务按期完成。</p></body></html>';

  it('should start the paths of tasks under group rows spanning the table at the part, as the text writes 二、 › （一） › 1', async () => {
    const doc = await parseNotice(
      notice(
        '<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>完成时限</th></tr>' +
          '<tr><td colspan="4">（一）深化一网通办</td></tr>' +
          '<tr><td>1</td><td>推进高频事项集成办理</td><td>区政务服务中心</td><td>2024年6月</td></tr>' +
          '<tr><td>2</td><td>提升网办率至90%以上</td><td>区数据局</td><td>2024年12月</td></tr>' +
          '<tr><td colspan="4">（二）优化基层服务</td></tr>' +
          '<tr><td>3</td><td>推动政务服务向村社延伸</td><td>区政务服务中心</td><td>2024年12月</td></tr>',
      ),
      { format: 'html' },
    );
    expect(doc.plan!.tasks.map((t) => [t.path, t.section?.number])).toEqual([
      [['二、', '（一）', '1'], '一'],
      [['二、', '（一）', '2'], '一'],
      [['二、', '（二）', '3'], '二'],
    ]);
    // The part's group: 二（一） takes the two tasks of 二、 › （一）.
    expect((await queryTasks(doc, { section: '二（一）' })).map((t) => t.number)).toEqual(['1', '2']);
  });

  it('should start the paths of measures under a 重点任务 cell spanning them at the part, as those of a table without groups do', async () => {
    const doc = await parseNotice(
      notice(
        '<tr><td>序号</td><td>重点任务</td><td>具体措施</td><td>责任单位</td><td>完成时限</td></tr>' +
          '<tr><td rowspan="2">1</td><td rowspan="2">老旧小区改造</td><td>完成45个老旧小区改造</td><td>区住建局</td><td>2023年12月底</td></tr>' +
          '<tr><td>同步推进加装电梯50台</td><td>区住建局</td><td>持续推进</td></tr>' +
          '<tr><td>2</td><td>停车设施建设</td><td>新建城市停车位3000个</td><td>区城管局</td><td>2023年12月底</td></tr>',
      ),
      { format: 'html' },
    );
    // 停车设施建设 is over one measure: its row's title, the row in the part the table stands in.
    expect(doc.plan!.tasks.map((t) => [t.path, t.title, t.section?.title])).toEqual([
      [['二、', '1', '1'], '完成45个老旧小区改造', '老旧小区改造'],
      [['二、', '1', '2'], '同步推进加装电梯50台', '老旧小区改造'],
      [['二、', '2'], '停车设施建设', '重点任务'],
    ]);
  });
});

describe('重点任务 cells over one measure beside cells spanning several, under group rows', () => {
  const HEAD = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];
  const OPEN = '某县数字乡村建设实施方案\n一、总体要求\n到2027年，全县行政村5G网络通达率达到90%。\n二、重点任务';
  const CLOSE = '三、保障措施\n（一）加强组织领导。县委网信办统筹推进。';
  const html = (rows: string) =>
    '<html><body>' + OPEN.split('\n').map((l) => `<p>${l}</p>`).join('') + `<table border="1"><tr>${HEAD.map((h) => `<td>${h}</td>`).join('')}</tr>${rows}</table>` +
    CLOSE.split('\n').map((l) => `<p>${l}</p>`).join('') + '</body></html>';
  const GROUPED = html(
    '<tr><td colspan="6">（一）夯实数字基础设施</td></tr>' +
      '<tr><td rowspan="2">1</td><td rowspan="2">完善网络设施</td><td>推进5G网络向行政村延伸</td><td>县工业和信息化局</td><td>中国移动某县分公司</td><td>2026年底</td></tr>' +
      '<tr><td>建设农村应急广播体系</td><td>县文化和旅游局</td><td>县应急管理局</td><td>2025年底</td></tr>' +
      '<tr><td colspan="6">（二）发展智慧农业</td></tr>' +
      '<tr><td>2</td><td>发展智慧农业</td><td>建设智慧农业示范基地</td><td>县农业农村局</td><td>县科技局</td><td>2027年底</td></tr>',
  );
  const MARKDOWN = [
    ...OPEN.split('\n').flatMap((l) => [l, '']),
    `| ${HEAD.join(' | ')} |`, `|${' --- |'.repeat(6)}`,
    '| （一）夯实数字基础设施 |  |  |  |  |  |',
    '| 1 | 完善网络设施 | 推进5G网络向行政村延伸 | 县工业和信息化局 | 中国移动某县分公司 | 2026年底 |',
    '|  |  | 建设农村应急广播体系 | 县文化和旅游局 | 县应急管理局 | 2025年底 |',
    '| （二）发展智慧农业 |  |  |  |  |  |',
    '| 2 | 发展智慧农业 | 建设智慧农业示范基地 | 县农业农村局 | 县科技局 | 2027年底 |',
    '', ...CLOSE.split('\n').flatMap((l) => [l, '']),
  ].join('\n');
  const FLAT = [
    OPEN, ...HEAD, '（一）夯实数字基础设施',
    '1', '完善网络设施', '推进5G网络向行政村延伸', '县工业和信息化局', '中国移动某县分公司', '2026年底',
    '建设农村应急广播体系', '县文化和旅游局', '县应急管理局', '2025年底',
    '（二）发展智慧农业', '2', '发展智慧农业', '建设智慧农业示范基地', '县农业农村局', '县科技局', '2027年底', CLOSE,
  ].join('\n');

  it.each([
    ['HTML', GROUPED, 'html'],
    ['Markdown', MARKDOWN, 'markdown'],
    ['flattened text', FLAT, 'text'],
  ] as const)('should keep a single-measure 重点任务 its row\'s title, and the group rows the sections (%s)', async (_form, source, format) => {
    const doc = await parseNotice(source, { format });
    const plan = doc.plan!;
    // The measures sharing 序号 1 and its 重点任务 are 1.1 and 1.2 of task 1, in the group row's section.
    expect(plan.tasks.map((t) => [t.number, t.path, t.title, t.text, t.section?.number, t.section?.title])).toEqual([
      ['1.1', ['二、', '（一）', '1', '1'], '完善网络设施', '推进5G网络向行政村延伸', '一', '夯实数字基础设施'],
      ['1.2', ['二、', '（一）', '1', '2'], '完善网络设施', '建设农村应急广播体系', '一', '夯实数字基础设施'],
      ['2', ['二、', '（二）', '2'], '发展智慧农业', '建设智慧农业示范基地', '二', '发展智慧农业'],
    ]);
    expect(plan.sections.map((s) => [s.number, s.label, s.title])).toEqual([
      ['一', '（一）', '夯实数字基础设施'],
      ['二', '（二）', '发展智慧农业'],
    ]);
    expect((await queryTasks(doc, { section: '二（一）' })).map((t) => t.number)).toEqual(['1.1', '1.2']);
    expect((await queryTasks(doc, { section: '二（二）' })).map((t) => t.number)).toEqual(['2']);
  });

  it('should read a table whose 重点任务 cells each cover one measure as before: titles, in the part the table stands in', async () => {
    const doc = await parseNotice(
      html(
        '<tr><td>1</td><td>完善网络设施</td><td>推进5G网络向行政村延伸</td><td>县工业和信息化局</td><td>中国移动某县分公司</td><td>2026年底</td></tr>' +
          '<tr><td>2</td><td>发展智慧农业</td><td>建设智慧农业示范基地</td><td>县农业农村局</td><td>县科技局</td><td>2027年底</td></tr>',
      ),
      { format: 'html' },
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.path, t.title, t.section?.number])).toEqual([
      ['1', ['二、', '1'], '完善网络设施', '二'],
      ['2', ['二、', '2'], '发展智慧农业', '二'],
    ]);
  });
});

describe('units listed one per line in a task table\'s unit cell', () => {
  const participants = async (cell: string) => {
    const doc = await page('<td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td>', `<tr><td>1</td><td>新增普惠小微贷款50亿元</td><td>市金融监管局</td><td>${cell}</td></tr>`);
    return doc.plan!.tasks.map((t) => t.participants);
  };

  it.each([
    ['<p>人民银行某市支行</p><p>市财政局</p>', ['人民银行某市支行', '市财政局']],
    ['某海关<br>某高新区<br>某经济技术开发区<br>市税务局', ['某海关', '某高新区', '某经济技术开发区', '市税务局']],
    ['某港务局<br>各镇（区）<br>中国银行某分行', ['某港务局', '各镇（区）', '中国银行某分行']],
  ])('should part the units of %s by the line breaks, whatever their names end with', async (cell, expected) => {
    expect(await participants(cell)).toEqual([expected]);
  });

  it.each([
    ['某经济技术开发区管<br>委会<br>市税务局', ['某经济技术开发区管委会', '市税务局']],
    ['<p>区科技局</p><p>（区知识产权局）</p><p>区金融局</p>', ['区科技局（区知识产权局）', '区金融局']],
  ])('should join a name wrapped inside a word or before its second name in brackets: %s', async (cell, expected) => {
    expect(await participants(cell)).toEqual([expected]);
  });

  it('should read lines that list with 、 as wrapped text, joined inside a name', async () => {
    expect(await participants('市发展改革委、市财政局、市工业和<br>信息化局')).toEqual([['市发展改革委', '市财政局', '市工业和信息化局']]);
  });
});

describe('a unit cell of four blocks or more in an HTML task table', () => {
  const header = '<td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td>';
  const rows = (cell: string) =>
    `<tr><td>1</td><td>新增普惠小微贷款50亿元</td><td rowspan="2">市金融监管局</td><td>${cell}</td><td>2024年12月</td></tr>` +
    '<tr><td>2</td><td>推广政策性金融产品</td><td>市科技局<br>市农业农村局</td><td>2025年6月</td></tr>';
  const four = ['人民银行某市支行', '国家金融监督管理总局某监管支局', '市财政局', '市发展改革委'];

  it.each([
    ['a <div> each', four.map((u) => `<div>${u}</div>`).join('')],
    ['a <p> each', four.map((u) => `<p>${u}</p>`).join('')],
    ['a <p> each with blank ones between', four.map((u) => `<p>${u}</p>`).join('<p>&nbsp;</p>')],
  ])('should keep the table a table and part the units set %s, the spanning lead and the deadlines whole', async (_, cell) => {
    const doc = await page(header, rows(cell));
    expect(doc.plan!.tasks.map((t) => [t.number, t.lead, t.participants, t.deadline])).toEqual([
      ['1', ['市金融监管局'], four, '2024年12月'],
      ['2', ['市金融监管局'], ['市科技局', '市农业农村局'], '2025年6月'],
    ]);
    expect(doc.tables![0]!.table.columns).toEqual(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
    expect(doc.tables![0]!.table.rows.map((r) => r.cells[4])).toEqual(['2024年12月', '2025年6月']);
  });
});
