import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const HEAD = '临海区促进消费提质扩容行动方案\n\n一、重点任务\n\n';
const tasksOf = async (text: string) => (await parseNotice(HEAD + text)).plan?.tasks.map((t) => [t.number, t.title, t.text, t.lead, t.participants]);

describe('a verbal clause after the colon that ends an item\'s title', () => {
  it('should read 标题：A牵头，B配合。 as the title and its clause, as 标题。A牵头，B配合。 is read', async () => {
    expect(await tasksOf('（一）打造特色商业街区：区商务局牵头，区住房城乡建设委配合。\n\n（二）发展夜间经济：区商务局负责。\n\n（三）提升文旅消费。举办文化旅游消费季活动。区文化旅游局牵头。\n')).toEqual([
      ['一', '打造特色商业街区', '打造特色商业街区。', ['区商务局'], ['区住房城乡建设委']],
      ['二', '发展夜间经济', '发展夜间经济。', ['区商务局'], []],
      ['三', '提升文旅消费', '提升文旅消费。举办文化旅游消费季活动。', ['区文化旅游局'], []],
    ]);
  });

  it('should read the same lines in a part that restates the titles to give their units', async () => {
    const doc = await parseNotice('临海区促进消费提质扩容行动方案\n\n一、重点任务\n\n1.打造特色商业街区。支持商业街区改造提升。\n\n二、任务分工\n\n（一）打造特色商业街区：区商务局牵头，區住房城鄉建設委配合。\n');
    expect(doc.plan?.tasks.map((t) => [t.title, t.lead, t.participants])).toEqual([['打造特色商业街区', ['区商务局'], ['區住房城鄉建設委']]]);
  });

  it('should read the clause after a title\'s colon when more sentences of the item follow it (标题：A负责。年底前建成…)', async () => {
    expect(await tasksOf('（一）完善农村物流体系：区交通局负责。年底前建成村级物流服务站50个。\n（二）打造特色商业街区：区商务局牵头，区住房城乡建设委配合。支持街区改造提升。争创省级示范街区。\n')).toEqual([
      ['一', '完善农村物流体系', '完善农村物流体系。年底前建成村级物流服务站50个。', ['区交通局'], []],
      ['二', '打造特色商业街区', '打造特色商业街区。支持街区改造提升。争创省级示范街区。', ['区商务局'], ['区住房城乡建设委']],
    ]);
  });

  it('should read no clause after a title\'s colon whose words name units but end in no clause verb (主要任务：A要…，B要…)', async () => {
    const doc = await parseNotice(`${HEAD}（一）主要任务：区商务局要加快推进老字号品牌培育，区市场监管局要强化商标保护。\n（二）发展夜间经济：区商务局负责。\n`);
    expect(doc.plan?.tasks.map((t) => t.number)).toEqual(['二']);
    // The item is not lost: it stays in the outline, and validate names it as a task without units.
    expect(doc.outline[0]?.children.map((n) => [n.number, n.responsibility])).toEqual([['一', null], ['二', expect.anything()]]);
  });

  it('should leave a role label\'s colon, and a colon after words that are no title, to the readings they have', async () => {
    expect(await tasksOf('（一）建设街区。改造街区。牵头单位：区商务局；配合单位：区财政局。\n')).toEqual([
      ['一', '建设街区', '建设街区。改造街区。', ['区商务局'], ['区财政局']],
    ]);
    // A colon after a sentence with a stop in it ends no title: the words after it are what the item says.
    expect((await tasksOf('（一）建设街区，改造提升：企业牵头，高校参与。\n（二）发展夜间经济。区商务局负责。\n'))?.map((t) => t[0])).toEqual(['二']);
  });
});

describe('a verbal clause that opens the item\'s words after its title', () => {
  it.each([
    ['2．培育科技型中小企业。区科技局牵头，区市场监管局、各街道配合，完善企业梯度培育体系。', '培育科技型中小企业', '培育科技型中小企业。完善企业梯度培育体系。', ['区科技局'], ['区市场监管局', '各街道']],
    ['2．发展技术转移机构。区科技局、区教育局共同牵头，区委组织部配合，引进技术经理人200名。', '发展技术转移机构', '发展技术转移机构。引进技术经理人200名。', ['区科技局', '区教育局'], ['区委组织部']],
    ['2．建设中试平台。由区科技局负责，建设一批中试熟化基地。', '建设中试平台', '建设中试平台。建设一批中试熟化基地。', ['区科技局'], []],
    ['2．培育科技型中小企业：区科技局牵头，区市场监管局配合，完善企业梯度培育体系。', '培育科技型中小企业', '培育科技型中小企业：完善企业梯度培育体系。', ['区科技局'], ['区市场监管局']],
    ['2．培育科技型中小企业，由区科技局牵头，区市场监管局配合，完善企业梯度培育体系。', '培育科技型中小企业', '培育科技型中小企业，完善企业梯度培育体系。', ['区科技局'], ['区市场监管局']],
    ['2．培育科技型中小企業。區科技局牽頭，區市場監管局配合，完善企業梯度培育體系。', '培育科技型中小企業', '培育科技型中小企業。完善企業梯度培育體系。', ['區科技局'], ['區市場監管局']],
  ])('should read the clause after the title\'s stop, colon or comma, the title and the words after it the task\'s: %s', async (line, title, text, lead, participants) => {
    const tasks = await tasksOf(`1．实施高新技术企业倍增计划。建立培育库。（牵头单位：区科技局）\n${line}\n`);
    expect(tasks?.[1]).toEqual(['2', title, text, lead, participants]);
  });

  it.each([
    // Units woven into a sentence that goes on say what is done: no part ends with a clause's verb.
    '2．加强组织领导。区政府负责统筹全区科技工作，完善工作机制。',
    // Words of doing after the title's comma open no clause; nor do units after it without 由, woven into its sentence.
    '2．培育科技型中小企业，加强统筹协调，完善企业梯度培育体系。',
    '2．扩大投资，市发改委负责，做好项目储备。加强考核。',
    // Units that only help name no lead.
    '2．培育科技型中小企业。各部门要密切配合，完善企业梯度培育体系。',
  ])('should read no clause where the words after the title are no clause: %s', async (line) => {
    const tasks = await tasksOf(`1．实施高新技术企业倍增计划。建立培育库。（牵头单位：区科技局）\n${line}\n`);
    expect(tasks?.map((t) => t[0])).toEqual(['1']);
  });
});

