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
