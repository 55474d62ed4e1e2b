import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { validateDocument } from '../../src/validate/validate.js';
import { groupOpening, shareParts, shareSentence } from '../../src/parse/group-units.js';

describe('groupOpening', () => {
  it.each([
    ['以下任务由区文化旅游局牵头,各街道配合:', '以下任务由', 'before'],
    ['下列工作由区商务局负责。', '下列工作由', 'before'],
    ['以下各项任务均由区商务局牵头', '以下各项任务均由', 'before'],
    ['本部分任务由区园林局牵头,区城管委配合', '本部分任务由', 'part'],
    ['本节工作由区发展改革委负责', '本节工作由', 'part'],
    ['本项工作由区大数据局负责', '本项工作由', 'item'],
    ['本条政策由市科技局、市工信局负责兑现', '本条政策由', 'item'],
    ['本项奖补政策由区商务局负责兑现', '本项奖补政策由', 'item'],
  ])('should read the opening of %s as %s, pointing %s', (line, opening, points) => {
    const found = groupOpening(line);
    expect(found && line.slice(0, found.length)).toBe(opening);
    expect(found?.points).toBe(points);
  });

  it.each([['以下简称区商务局'], ['本项目由区发展改革委审批'], ['本条所称企业,是指…'], ['以下任务。'], ['本部分'], ['区商务局牵头']])(
    'should find no group opening in %s',
    (line) => {
      expect(groupOpening(line)).toBeNull();
    },
  );
});

describe('shareParts', () => {
  it('should split 以上第1、2项由A牵头,第3项由B牵头 into the items each part numbers', () => {
    const line = '以上第1、2项由区商务局牵头,第3项由区公安分局牵头';
    const parts = shareParts(line);
    expect(parts?.map((p) => [p.ordinals, line.slice(p.clause, p.to)])).toEqual([
      [[1, 2], '区商务局牵头'],
      [[3], '区公安分局牵头'],
    ]);
  });

  it('should read ranges and Chinese numerals (上述第一至三项任务由A负责;第四项由B负责)', () => {
    const parts = shareParts('上述第一至三项任务由区商务局负责;第四项由区文旅局负责');
    expect(parts?.map((p) => p.ordinals)).toEqual([[1, 2, 3], [4]]);
  });

  it.each([['以上任务由区商务局牵头'], ['以上第1项。'], ['全区第1项由区商务局牵头']])('should find no shared parts in %s', (line) => {
    expect(shareParts(line)).toBeNull();
  });

  it('should find a last sentence that shares units out after the item\'s own', () => {
    const match = '发展二手车市场。以上第1、2项由区商务局牵头,第3项由区公安分局牵头。';
    expect(match.slice(shareSentence(match))).toBe('以上第1、2项由区商务局牵头,第3项由区公安分局牵头。');
    expect(shareSentence('发展二手车市场,提升第3项服务。')).toBe(-1);
  });
});

const HEAD = '东城区促进消费扩容提质行动方案\n\n一、重点任务\n';
const tasksOf = async (text: string) => (await parseNotice(HEAD + text)).plan?.tasks.map((t) => [t.number, t.text, t.lead, t.participants]);

describe('units given once for a group', () => {
  it('should give a line before the items (以下任务由A牵头，B配合：) to their group, as a clause line under its heading', async () => {
    expect(await tasksOf('（一）繁荣老街商业\n以下任务由区商务局牵头，各街道配合：\n1.修缮沿街商铺立面。\n2.举办老街文化节。\n')).toEqual([
      ['一', '繁荣老街商业\n1.修缮沿街商铺立面。\n2.举办老街文化节。', ['区商务局'], ['各街道']],
    ]);
  });

  it('should read a heading\'s own bracket that names its part (（本部分任务由A牵头，B配合）)', async () => {
    expect(await tasksOf('（二）改造农贸市场（本部分任务由区市场监管局牵头，区城管委配合）\n1.改造农贸市场8个。\n2.建设智慧菜场3个。\n')).toEqual([
      ['二', '改造农贸市场\n1.改造农贸市场8个。\n2.建设智慧菜场3个。', ['区市场监管局'], ['区城管委']],
    ]);
  });

  it('should read 本部分任务由A牵头 after the items as covering them, on a line of its own or ending the last item', async () => {
    const line = await tasksOf('（三）公共空间提升\n1.新建口袋公园15个。\n2.建设绿道20公里。\n本部分任务由区园林局牵头，区城管委配合。\n');
    const ending = await tasksOf('（三）公共空间提升\n1.新建口袋公园15个。\n2.建设绿道20公里。本部分任务由区园林局牵头，区城管委配合。\n');
    for (const tasks of [line, ending]) expect(tasks?.map((t) => [t[0], t[2], t[3]])).toEqual([['三', ['区园林局'], ['区城管委']]]);
  });

  it('should read 本项工作由A负责 under an item as that item\'s clause', async () => {
    expect(await tasksOf('（四）智慧城市\n1.建设城市大脑。\n本项工作由区大数据局负责。\n2.推广智慧社区。（牵头单位：区民政局）\n')).toEqual([
      ['1', '建设城市大脑。', ['区大数据局'], []],
      ['2', '推广智慧社区。', ['区民政局'], []],
    ]);
  });

  it('should read 本条政策由A、B负责兑现 ending an article of a 若干政策措施 as that article\'s clause', async () => {
    const doc = await parseNotice(
      Buffer.from('某市支持科技创新若干政策措施\n\n第一条　支持企业建设研发机构。对新认定的国家级企业技术中心给予300万元奖励。本条政策由市科技局、市工信局负责兑现。\n\n第二条　支持高新技术企业发展。对首次认定的高新技术企业给予30万元奖励。（责任单位：市科技局）\n'),
      { name: 'measures.txt' },
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.lead, t.participants])).toEqual([
      ['第一条', ['市科技局', '市工信局'], []],
      ['第二条', ['市科技局'], []],
    ]);
  });

  it('should share units out by number (以上第1、2项由A牵头，第3项由B牵头。), on a line of its own or ending the last item', async () => {
    const items = '（一）促进汽车消费\n1.开展汽车促销活动。\n2.建设充电桩500个。\n3.发展二手车市场。';
    const expected = [
      ['1', '开展汽车促销活动。', ['区商务局'], []],
      ['2', '建设充电桩500个。', ['区商务局'], []],
      ['3', '发展二手车市场。', ['区公安分局'], []],
    ];
    expect(await tasksOf(`${items}\n以上第1、2项由区商务局牵头，第3项由区公安分局牵头。\n`)).toEqual(expected);
    expect(await tasksOf(`${items}以上第1、2项由区商务局牵头，第3项由区公安分局牵头。\n`)).toEqual(expected);
  });

  it('should give each item its own unit when the units are shared out respectively (第1、2项分别由A、B负责)', async () => {
    expect(await tasksOf('（六）促进信息消费\n1.建设5G基站。\n2.发展直播电商。\n以上第一、二项任务分别由区经信局、区商务局负责。\n')).toEqual([
      ['1', '建设5G基站。', ['区经信局'], []],
      ['2', '发展直播电商。', ['区商务局'], []],
    ]);
  });

  it('should report a part that names an item the group does not have', async () => {
    const doc = await parseNotice(`${HEAD}（一）促进汽车消费\n1.开展汽车促销活动。\n2.建设充电桩500个。\n以上第1项由区商务局牵头，第2至3项由区公安分局牵头。\n`);
    expect(doc.plan?.tasks.map((t) => [t.number, t.lead])).toEqual([
      ['1', ['区商务局']],
      ['2', ['区公安分局']],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.message)).toEqual([
      'the responsibility clause "第2至3项由区公安分局牵头" names item 3, which the group above it does not have: its units are in no task of that number',
    ]);
  });

  it('should report a group line whose clause does not read', async () => {
    const doc = await parseNotice(`${HEAD}（六）交通\n以下任务由区交通局想办法：\n1.修路。\n2.修桥。\n`);
    expect(doc.plan?.tasks).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.line)).toEqual([5]);
  });
});

describe('a lead given for a whole group', () => {
  it('should reach items naming only helpers, from the heading, merged with their own helpers, and no task be the heading alone', async () => {
    const text = `${HEAD}（一）提升商圈能级（牵头单位：区商务局）\n1.推动传统商圈改造升级。\n2.培育夜间消费地标。（配合单位：区文旅局）\n3.建设步行街。（牵头单位：区住建委）\n`;
    const doc = await parseNotice(text);
    expect(doc.plan?.tasks.map((t) => [t.number, t.text, t.lead, t.participants])).toEqual([
      ['1', '推动传统商圈改造升级。', ['区商务局'], []],
      ['2', '培育夜间消费地标。', ['区商务局'], ['区文旅局']],
      ['3', '建设步行街。', ['区住建委'], []],
    ]);
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'task-units')).toEqual([]);
  });

  it('should reach items naming only helpers from a line after them (以上任务由A牵头，B配合。), their helpers after the group\'s', async () => {
    const doc = await parseNotice(`${HEAD}（一）提升物流效率\n1.建设城市配送中心。（配合单位：区交通局）\n2.推广共同配送。（配合单位：各街道）\n以上任务由区商务局牵头，区邮政局配合。\n`);
    expect(doc.plan?.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([
      ['1', ['区商务局'], ['区邮政局', '区交通局']],
      ['2', ['区商务局'], ['区邮政局', '各街道']],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread' || d.ruleId === 'responsibility-repeated')).toEqual([]);
  });
});
