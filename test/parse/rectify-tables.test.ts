import { describe, expect, it } from 'vitest';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';

const load = (file: string) => parseFile(`fixtures/styles/${file}`);

describe('整改 problem tables and task table groups', () => {
  it('should read a group numbered in figures (1 over 1.1, 1.2) as the section of the rows under it', async () => {
    const doc = await load('task-table-arabic-group-rows.txt');
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.section?.number, t.section?.title])).toEqual([
      ['1.1', '新建幼儿园3所', '1', '办好民生教育'],
      ['1.2', '改造农村学校食堂12个', '1', '办好民生教育'],
      ['2.1', '建成乡镇卫生院远程诊室10个', '2', '提升医疗服务'],
    ]);
    expect(doc.plan!.sections.map((s) => [s.number, s.title])).toEqual([['1', '办好民生教育'], ['2', '提升医疗服务']]);
  });

  it('should not take a row numbered in figures without rows numbered under it for a group', async () => {
    const text = ['某区重点任务分工方案', '', '| 序号 | 工作任务 | 牵头单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 扩大有效投资 | | |', '| 2 | 提振消费 | 区商务局 | 2024年12月 |', ''].join('\n');
    const doc = await parseNotice(text, { name: 'x.md', format: 'markdown' });
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.lead])).toEqual([
      ['1', '扩大有效投资', []],
      ['2', '提振消费', ['区商务局']],
    ]);
  });

  it('should group the measures under a problem cell spanning them and read 整改期限 as the deadline', async () => {
    const doc = await load('rectify-table-problem-rowspan.html');
    // The problem over row 3 alone is said of its task, in its text, as where no problem cell spans rows.
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.text, t.section?.title, t.deadline])).toEqual([
      ['1', '收回结余资金统筹使用', '收回结余资金统筹使用', '部分专项资金结余超过两年未使用', '2025年6月底前'],
      ['2', '建立结余资金定期清理机制', '建立结余资金定期清理机制', '部分专项资金结余超过两年未使用', '2025年9月底前'],
      ['3', '督促项目单位限期办理竣工决算', '部分工程项目未按期办理竣工决算\n督促项目单位限期办理竣工决算', '整改任务', '2025年12月底前'],
    ]);
  });

  it('should keep a problem cell of its own row in the task\'s text, before the measure', async () => {
    const doc = await load('rectify-table-flattened-no-caption.txt');
    expect(doc.plan!.tasks.map((t) => [t.title, t.text, t.section?.title, t.deadline])).toEqual([
      ['建立拨付台账，逐项限期拨付', '民生项目资金拨付不及时\n建立拨付台账，逐项限期拨付', '整改任务', '2025年5月底前'],
      ['开展村务公开专项检查', '村级财务公开不规范\n开展村务公开专项检查', '整改任务', '2025年7月底前'],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'flat-table-unread')).toEqual([]);
  });

  it('should keep a 整改目标 cell in the task\'s text with the problem and the measure, in column order', async () => {
    const md = ['# 某区整改方案', '', '| 序号 | 存在问题 | 整改目标 | 整改措施 | 责任单位 | 整改时限 |', '| --- | --- | --- | --- | --- | --- |', '| 1 | 专项资金闲置 | 闲置资金全部盘活 | 清理闲置资金 | 区财政局 | 2024年10月底前 |', ''].join('\n');
    const doc = await parseNotice(md, { name: 'x.md', format: 'markdown' });
    expect(doc.plan!.tasks.map((t) => [t.title, t.text, t.deadline])).toEqual([['清理闲置资金', '专项资金闲置\n闲置资金全部盘活\n清理闲置资金', '2024年10月底前']]);
  });

  it('should group rows by a 重点领域 or 所属领域 column as by 领域', async () => {
    const doc = await load('task-table-domain-column.md');
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.title])).toEqual([
      ['1', '政务服务'],
      ['2', '政务服务'],
      ['3', '要素保障'],
      ['4', '要素保障'],
    ]);
    const md = ['# 某区重点任务清单', '', '| 序号 | 重点领域 | 工作任务 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- | --- |', '| 1 | 政务服务 | 推广电子证照 | 区大数据局 | 2024年9月 |', '| 2 | 市场监管 | 推行综合查一次 | 区市场监管局 | 2024年12月 |', ''].join('\n');
    const doc2 = await parseNotice(md, { name: 'x.md', format: 'markdown' });
    expect(doc2.plan!.tasks.map((t) => t.section?.title)).toEqual(['政务服务', '市场监管']);
  });

  it('should warn of a task table\'s header run flattened without a caption that gives no table', async () => {
    const text = ['某区整改工作方案', '', '一、整改任务', '', '序号', '存在问题', '整改措施', '责任单位', '整改时限', '1', '2', '3', '', '二、保障措施', '', '（一）压实责任。各单位要落实责任。', ''].join('\n');
    const doc = await parseNotice(text, { name: 'x.txt', format: 'text' });
    expect(doc.diagnostics.filter((d) => d.ruleId === 'flat-table-unread').map((d) => d.line)).toEqual([5]);
  });
});
