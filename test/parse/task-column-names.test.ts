import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { readColumnHeader } from '../../src/parse/column-note.js';
import { markNoteOf } from '../../src/parse/column-mark-note.js';
import { DEADLINE_COLUMN } from '../../src/text/task-columns.js';
import { taskTablePage } from '../helpers/task-table-page.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { validateDocument } from '../../src/validate/validate.js';

const ROWS =
  '<tr><td>1</td><td>推行企业开办一日办结</td><td>区市场监管局</td><td>区税务局、区人社局</td><td>2024年6月底前</td></tr>';

describe('task table column names', () => {
  it.each(['计划完成时间', '截止时间', '推进时间', '实施时间', '实施期限', '时间安排及要求', '完成时限及要求', '完成时限', '时间节点'])(
    'should read a %s column as the deadline',
    async (name) => {
      expect(DEADLINE_COLUMN.test(name)).toBe(true);
      const doc = await taskTablePage(`<td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>${name}</td>`, ROWS);
      expect(doc.plan!.tasks.map((t) => t.deadline)).toEqual(['2024年6月底前']);
    },
  );

  it.each([
    ['承办单位', '协办单位'],
    ['落实单位', '配合单位'],
    ['牵 头 单 位', '配合单位'],
    ['牵头单位', '配　合　单　位'],
  ])('should read %s | %s as the lead and participant columns', async (lead, part) => {
    const doc = await taskTablePage(`<td>序号</td><td>工作任务</td><td>${lead}</td><td>${part}</td><td>完成时限</td>`, ROWS);
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants])).toEqual([[['区市场监管局'], ['区税务局', '区人社局']]]);
  });

  it('should read a Markdown plan made only of a 承办单位 table as a plan', async () => {
    const doc = await parseNotice(
      '# 某区2024年重点任务分解表\n\n| 序号 | 重点任务 | 承办单位 | 协办单位 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 推行企业开办一日办结 | 区市场监管局 | 区税务局 | 2024年6月底前 |\n',
      { format: 'markdown' },
    );
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants, t.deadline])).toEqual([[['区市场监管局'], ['区税务局'], '2024年6月底前']]);
  });

  it('should keep 区级责任领导 and 具体责任人 cells as contacts', async () => {
    const doc = await taskTablePage(
      '<td>序号</td><td>工作任务</td><td>区级责任领导</td><td>牵头单位</td><td>配合单位</td><td>具体责任人</td>',
      '<tr><td>1</td><td>推行企业开办一日办结</td><td>王芳</td><td>区市场监管局</td><td>区税务局</td><td>李强</td></tr>',
    );
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants, t.contacts])).toEqual([[['区市场监管局'], ['区税务局'], ['区级责任领导：王芳', '具体责任人：李强']]]);
  });

  it('should close up a header spaced out to its column but keep its note apart', () => {
    expect(readColumnHeader('牵 头 单 位')).toEqual({ name: '牵头单位', firstLeads: false });
    expect(readColumnHeader('责 任 单 位（第一个为牵头单位）')).toEqual({ name: '责任单位', firstLeads: true });
  });

  it('should tell a note that marks the lead by type from one that ranks it', () => {
    expect(markNoteOf('责任单位（加粗的为牵头单位）')).toBe('加粗的为牵头单位');
    expect(markNoteOf('责任单位（标红的为牵头单位）')).toBe('标红的为牵头单位');
    expect(markNoteOf('责任单位（第一个为牵头单位）')).toBeNull();
    expect(markNoteOf('责任单位')).toBeNull();
  });

  it('should warn that a bold lead note was not applied', async () => {
    const doc = await taskTablePage(
      '<td>序号</td><td>工作任务</td><td>责任单位（加粗的为牵头单位）</td><td>完成时限</td>',
      '<tr><td>1</td><td>推行企业开办一日办结</td><td>区税务局、<b>区市场监管局</b></td><td>2024年6月底前</td></tr>',
    );
    expect(doc.diagnostics.filter((d) => d.ruleId === 'column-note-unread')).toHaveLength(1);
  });

  // A 重点任务 cell over measures sharing one 序号 titles them (tasks 1.1 and 1.2), as a cell over one row
  // titles its task: the category is the only section.
  it('should number a 重点领域 category over the measures of a spanning 重点任务 and keep it in the paths', async () => {
    const doc = await taskTablePage(
      '<td>重点领域</td><td>序号</td><td>重点任务</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td rowspan="2">政务环境</td><td rowspan="2">1</td><td rowspan="2">提升政务服务效能</td><td>推行一件事一次办</td><td>区政务服务局</td><td>区司法局</td></tr>' +
        '<tr><td>深化一网通办</td><td>区大数据中心</td><td>区政务服务局</td></tr>' +
        '<tr><td>市场环境</td><td>2</td><td>优化市场准入环境</td><td>推进企业开办一日办结</td><td>区市场监管局</td><td>区税务局</td></tr>',
    );
    const plan = doc.plan!;
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ['1', '政务环境'],
      ['2', '市场环境'],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.path, t.title, t.text, t.section?.number])).toEqual([
      ['1.1', ['1', '1', '1'], '提升政务服务效能', '推行一件事一次办', '1'],
      ['1.2', ['1', '1', '2'], '提升政务服务效能', '深化一网通办', '1'],
      ['2', ['2', '2'], '优化市场准入环境', '推进企业开办一日办结', '2'],
    ]);
  });

  it('should give the tasks of a category asked for by its title', async () => {
    const doc = await taskTablePage(
      '<td>重点领域</td><td>序号</td><td>重点任务</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td>',
      '<tr><td rowspan="2">政务环境</td><td rowspan="2">1</td><td rowspan="2">提升政务服务效能</td><td>推行一件事一次办</td><td>区政务服务局</td><td>区司法局</td></tr>' +
        '<tr><td>深化一网通办</td><td>区大数据中心</td><td>区政务服务局</td></tr>' +
        '<tr><td>市场环境</td><td>2</td><td>优化市场准入环境</td><td>推进企业开办一日办结</td><td>区市场监管局</td><td>区税务局</td></tr>',
    );
    expect((await queryTasks(doc, { section: '政务环境' })).map((r) => [r.number, r.title])).toEqual([
      ['1.1', '提升政务服务效能'],
      ['1.2', '提升政务服务效能'],
    ]);
  });

  it('should not report a flattened table cell read as a clause left unread', async () => {
    const text =
      '某区平安建设工作方案\n\n　　一、重点任务\n\n表1 重点任务分工表\n序号\n工作任务\n责任单位\n完成时限\n1\n开展矛盾纠纷排查化解\n区委政法委牵头，区公安分局配合\n2024年12月底前\n2\n推进雪亮工程建设\n区委政法委\n2024年10月底前\n';
    const doc = await parseNotice(Buffer.from(text), { name: 'inline.txt' });
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants])).toEqual([[['区委政法委'], ['区公安分局']], [['区委政法委'], []]]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread')).toEqual([]);
  });

  it('should not report an annex 责任单位 cell that lists the text\'s lead and its 配合 units together', async () => {
    const text =
      '某区促进消费行动方案\n\n　　一、重点任务\n\n　　（一）提振大宗消费。支持汽车、家电以旧换新。（牵头单位：区商务局；配合单位：区财政局、区市场监管局）\n\n　　（二）培育消费新场景。打造夜间经济集聚区3个。（牵头单位：区发展改革委；配合单位：区文化旅游局）\n\n附件\n\n重点任务分工表\n\n序号\t重点任务\t责任单位\t完成时限\n1\t提振大宗消费\t区商务局、区财政局、区市场监管局\t2025年12月\n2\t培育消费新场景\t区文化旅游局\t2025年6月\n';
    const doc = await parseNotice(Buffer.from(text), { name: 'inline.txt' });
    const found = validateDocument(doc, text).filter((d) => d.ruleId === 'annex-task-agreement');
    // The second row names another unit alone: that still disagrees.
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining('names 区文化旅游局 to lead 培育消费新场景')]);
  });

  it('should not report a table that ranks the text\'s unranked 责任单位 list, its first-named leading', async () => {
    const text =
      '某市2024年稳就业工作方案\n\n一、重点任务\n\n（一）落实稳岗返还政策。对参保企业返还失业保险费。（责任单位：市人力资源社会保障局、市财政局）\n\n（二）发放一次性扩岗补助。对招用高校毕业生的企业发放补助。（责任单位：市人力资源社会保障局、市财政局）\n\n（三）支持创业带动就业。发放创业担保贷款。（责任单位：市人力资源社会保障局、市财政局、各县区人民政府）\n\n附件\n\n重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\n1\t落实稳岗返还政策\t市人力资源社会保障局\t市财政局\n2\t发放一次性扩岗补助\t市财政局\t市人力资源社会保障局\n3\t支持创业带动就业\t市人力资源社会保障局\t市财政局\n';
    const doc = await parseNotice(Buffer.from(text), { name: 'inline.txt' });
    const found = validateDocument(doc, text).filter((d) => d.ruleId === 'annex-task-agreement');
    // Row 2 leads with the unit the text names second: that still disagrees.
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining('names 市财政局 to lead 发放一次性扩岗补助')]);
  });
});

describe('the path of a task table\'s rows', () => {
  it('should put the rows of a table standing in 二、 › （二） under both, as items written there are, and --section find them', async () => {
    const md = [
      '# 某区2024年数字政府建设工作方案', '', '## 一、工作目标', '', '到2024年底，政务服务事项全程网办率达到90%以上。', '', '## 二、重点任务', '',
      '### （一）夯实数字基础设施', '', '| 序号 | 任务 | 牵头单位 | 配合单位 |', '|---|---|---|---|', '| 1 | 建设全区统一的政务云平台 | 区大数据局 | 区财政局 |', '',
      '### （二）提升政务服务效能', '', '| 序号 | 任务 | 牵头单位 | 配合单位 |', '|---|---|---|---|', '| 1 | 推行高效办成一件事 | 区政务服务局 | 区有关部门 |', '',
    ].join('\n');
    const doc = await parseNotice(md, { format: 'markdown' });
    expect(doc.plan?.tasks.map((t) => [t.path, t.section?.number, t.lead])).toEqual([
      [['二、', '（一）', '1'], '一', ['区大数据局']],
      [['二、', '（二）', '1'], '二', ['区政务服务局']],
    ]);
    expect((await queryTasks(doc, { section: '二（二）' })).map((t) => t.title)).toEqual(['推行高效办成一件事']);
  });
});
