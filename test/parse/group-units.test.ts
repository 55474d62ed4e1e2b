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

describe('a division by number written other than 以上第N项', () => {
  it.each([
    ['第1项、第2项任务由区商务局牵头，区财政局配合；第3项任务由区文化旅游局负责', [[1, 2], [3]], ['区商务局牵头，区财政局配合', '区文化旅游局负责']],
    ['第1项任务由区商务局牵头，区住房城乡建设委配合', [[1]], ['区商务局牵头，区住房城乡建设委配合']],
    ['本办法第二条、第三条由市市场监管局负责组织实施；第四条由市金融工作局负责组织实施', [[2, 3], [4]], ['市市场监管局负责组织实施', '市金融工作局负责组织实施']],
    ['区商务局负责第1项、第2项任务，区文化旅游局负责第3项任务，区财政局做好资金保障', [[1, 2], [3]], ['区商务局负责', '区文化旅游局负责']],
  ])('should read %s as a division of the items it numbers', (line, ordinals, clauses) => {
    const parts = shareParts(line);
    expect(parts?.map((p) => p.ordinals)).toEqual(ordinals);
    expect(parts?.map((p) => line.slice(p.clause, p.clauseEnd ?? p.to).replace(/[，；]$/, ''))).toEqual(clauses);
  });

  it.each([['第一项任务是加强市场监管'], ['第1项任务完成后由区商务局验收'], ['本办法第2项由区商务局负责'], ['本办法自2024年6月1日起施行'], ['区商务局负责第1项任务的一部分，区财政局负责第2项任务']])(
    'should find no division in %s',
    (line) => {
      expect(shareParts(line)).toBeNull();
    },
  );

  const PLAN = '临海区促进消费提质扩容行动方案\n\n一、重点任务\n（一）培育消费新场景\n1.打造特色商业街区。\n2.发展夜间经济。\n（二）扩大服务消费\n3.提升文旅消费。\n4.促进体育消费。\n';
  const EXPECTED = [
    ['1', '打造特色商业街区。', ['区商务局'], ['区住房城乡建设委']],
    ['2', '发展夜间经济。', ['区商务局'], ['区文化旅游局']],
    ['3', '提升文旅消费。', ['区文化旅游局'], []],
    ['4', '促进体育消费。', ['区体育局'], ['区教育局']],
  ];
  const planTasks = async (text: string) => {
    const doc = await parseNotice(text);
    return { tasks: doc.plan?.tasks.map((t) => [t.number, t.text, t.lead, t.participants]), unread: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.message) };
  };

  it('should give units by number without 以上 on a line after the items (第1项、第2项任务由A牵头，B配合；第3项任务由C负责。)', async () => {
    const text = '临海区促进消费若干措施\n\n一、培育消费新场景\n1.打造特色商业街区。\n2.发展夜间经济。\n3.提升文旅消费。\n第1项、第2项任务由区商务局牵头，区财政局配合；第3项任务由区文化旅游局负责。\n';
    expect(await planTasks(text)).toEqual({
      tasks: [
        ['1', '打造特色商业街区。', ['区商务局'], ['区财政局']],
        ['2', '发展夜间经济。', ['区商务局'], ['区财政局']],
        ['3', '提升文旅消费。', ['区文化旅游局'], []],
      ],
      unread: [],
    });
  });

  it('should read a part of its own (二、任务分工) giving the plan\'s items, numbered continuously across its groups, their units line by line', async () => {
    const lines = ['第1项任务由区商务局牵头，区住房城乡建设委配合。', '第2项任务由区商务局牵头，区文化旅游局配合。', '第3项任务由区文化旅游局牵头。', '第4项任务由区体育局牵头，区教育局配合。'];
    const tail = '三、保障措施\n（一）加强组织领导。建立工作专班。\n';
    expect(await planTasks(`${PLAN}二、任务分工\n${lines.join('\n')}\n${tail}`)).toEqual({ tasks: EXPECTED, unread: [] });
    // The same lines numbered （一）…（四）: the numbers of the division's own lines name no item.
    const numbered = lines.map((l, k) => `（${'一二三四'[k]}）${l}`).join('\n');
    expect(await planTasks(`${PLAN}二、任务分工\n${numbered}\n${tail}`)).toEqual({ tasks: EXPECTED, unread: [] });
  });

  it('should read a division written units first (A负责第1项、第2项任务，B负责第3项任务)', async () => {
    const text = `${PLAN}二、责任分工\n区商务局负责第1项、第2项任务，区文化旅游局负责第3项任务，区体育局负责第4项任务，区财政局做好资金保障。\n`;
    expect((await planTasks(text)).tasks).toEqual([
      ['1', '打造特色商业街区。', ['区商务局'], []],
      ['2', '发展夜间经济。', ['区商务局'], []],
      ['3', '提升文旅消费。', ['区文化旅游局'], []],
      ['4', '促进体育消费。', ['区体育局'], []],
    ]);
  });

  it('should give a regulation\'s articles their units from an article that divides them (本办法第二条、第三条由A负责组织实施)', async () => {
    const text =
      '青山市促进民营经济发展实施办法\n\n第一条　为优化民营经济发展环境，制定本办法。\n第二条　全面落实市场准入负面清单制度。\n第三条　深化商事制度改革。\n第四条　加大金融支持力度。\n第五条　本办法第二条、第三条由市市场监管局负责组织实施；第四条由市金融工作局负责组织实施，市财政局配合。\n第六条　本办法自2024年6月1日起施行。\n';
    expect((await planTasks(text)).tasks).toEqual([
      ['二', '全面落实市场准入负面清单制度。', ['市市场监管局'], []],
      ['三', '深化商事制度改革。', ['市市场监管局'], []],
      ['四', '加大金融支持力度。', ['市金融工作局'], ['市财政局']],
    ]);
  });

  it('should reach items of earlier groups when the plan numbers its items continuously across its parts (以上第1、2项… after the last part)', async () => {
    const text =
      '临海区促进消费提质扩容若干措施\n\n一、培育消费新场景\n1.打造特色商业街区。\n2.发展夜间经济。\n3.促进汽车消费。\n二、扩大服务消费\n4.提升文旅消费。\n5.促进体育消费。\n以上第1、2项由区商务局牵头，区住房城乡建设委配合；第3项由区商务局牵头，区公安分局配合；第4项由区文化旅游局负责；第5项由区体育局负责。\n';
    expect(await planTasks(text)).toEqual({
      tasks: [
        ['1', '打造特色商业街区。', ['区商务局'], ['区住房城乡建设委']],
        ['2', '发展夜间经济。', ['区商务局'], ['区住房城乡建设委']],
        ['3', '促进汽车消费。', ['区商务局'], ['区公安分局']],
        ['4', '提升文旅消费。', ['区文化旅游局'], []],
        ['5', '促进体育消费。', ['区体育局'], []],
      ],
      unread: [],
    });
  });

  it('should keep to the group, and report the rest, when the numbers restart in each part', async () => {
    const text = '临海区促进消费若干措施\n\n一、培育消费新场景\n1.打造特色商业街区。\n2.发展夜间经济。\n二、扩大服务消费\n1.提升文旅消费。\n2.促进体育消费。\n以上第1项由区文化旅游局负责；第3项由区体育局负责。\n';
    const { tasks, unread } = await planTasks(text);
    expect(tasks).toEqual([['1', '提升文旅消费。', ['区文化旅游局'], []]]);
    expect(unread).toEqual(['the responsibility clause "第3项由区体育局负责" names item 3, which the group above it does not have: its units are in no task of that number']);
  });

  it('should report a division whose part says 由 but whose clause does not read (第1项任务由A想办法)', async () => {
    const text = `${PLAN}二、任务分工\n第1项任务由区商务局想办法。\n`;
    const { tasks, unread } = await planTasks(text);
    expect(tasks).toEqual([]);
    expect(unread).toEqual(['the responsibility clause "第1项任务由区商务局想办法" was not read: the items it numbers name no units from it']);
  });

  it('should read each sentence of a division line, whatever its shape (…；第3项任务由C负责。D负责第4项任务。 / 。第4项任务由D负责。)', async () => {
    const head = '第1项、第2项任务由区商务局牵头，区住房城乡建设委配合；第3项任务由区文化旅游局负责。';
    const expected = [
      ['1', '打造特色商业街区。', ['区商务局'], ['区住房城乡建设委']],
      ['2', '发展夜间经济。', ['区商务局'], ['区住房城乡建设委']],
      ['3', '提升文旅消费。', ['区文化旅游局'], []],
      ['4', '促进体育消费。', ['区体育局'], []],
    ];
    expect(await planTasks(`${PLAN}二、任务分工\n${head}区体育局负责第4项任务。\n`)).toEqual({ tasks: expected, unread: [] });
    expect(await planTasks(`${PLAN}二、任务分工\n${head}第4项任务由区体育局负责。\n`)).toEqual({ tasks: expected, unread: [] });
    // A sentence after it that is no division stays a remark on the part before, as on one line.
    const parts = shareParts('第1项任务由区商务局牵头。各单位要密切配合。第2项任务由区体育局负责');
    expect(parts?.map((p) => p.ordinals)).toEqual([[1], [2]]);
  });

  it('should read no division where 由 is part of another word (第3项任务由于资金原因…, 本项工作由此…), the line kept as the text it is', async () => {
    expect(shareParts('第3项任务由于资金原因暂缓实施的部分，由各乡镇在下半年统筹推进')).toBeNull();
    expect(shareParts('以上第3项任务由于资金原因暂缓实施，由各乡镇统筹推进')).toBeNull();
    expect(groupOpening('本项工作由于资金原因暂缓实施')).toBeNull();
    const text = '东湖县农村人居环境整治工作要点\n\n一、重点任务\n1.推进农村厕所革命。新改建户厕1500户。（牵头单位：县农业农村局）\n2.推进生活垃圾分类。建成示范村10个。（牵头单位：县住建局）\n第2项任务由于资金原因暂缓实施的部分，由各乡镇在下半年统筹推进。\n';
    expect(await planTasks(text)).toEqual({
      tasks: [
        ['1', '推进农村厕所革命。新改建户厕1500户。', ['县农业农村局'], []],
        ['2', '推进生活垃圾分类。建成示范村10个。\n第2项任务由于资金原因暂缓实施的部分，由各乡镇在下半年统筹推进。', ['县住建局'], []],
      ],
      unread: [],
    });
  });

  it('should report a division in a part of its own whose numbers no item numbered continuously has', async () => {
    const text = `${PLAN}二、任务分工\n第5项任务由区商务局牵头。\n`;
    const { tasks, unread } = await planTasks(text);
    expect(tasks).toEqual([]);
    expect(unread).toEqual(['the responsibility clause "第5项任务由区商务局牵头" names item 5, which no item of the plan numbered continuously has: its units are in no task of that number']);
  });
});

describe('a group clause over items that continue a task list', () => {
  const HEADS = '平湖镇2024年安全生产工作要点\n\n一、强化源头管控\n（一）深化重点行业领域整治\n1.开展燃气安全专项整治。（牵头单位：镇应急办）\n2.开展消防安全隐患排查。（牵头单位：镇消防站）\n';
  const rows = async (text: string) => (await parseNotice(text)).plan?.tasks.map((t) => [t.label, t.title, t.lead, t.participants]);

  it('should give 以下任务由A牵头，B配合： to each item numbered on from the tasks of the groups before (4. 5. after 1.–3.)', async () => {
    const text = `${HEADS}3.开展道路交通安全整治。镇交管站负责。\n（二）加强危险化学品监管\n以下任务由镇安监站牵头，各村（社区）配合：\n4.开展危化品企业“体检”。对辖区危化品企业开展全覆盖检查。\n5.加强危化品运输管理。严格落实运输车辆动态监控。\n`;
    expect(await rows(text)).toEqual([
      ['1.', '开展燃气安全专项整治', ['镇应急办'], []],
      ['2.', '开展消防安全隐患排查', ['镇消防站'], []],
      ['3.', '开展道路交通安全整治', ['镇交管站'], []],
      ['4.', '开展危化品企业“体检”', ['镇安监站'], ['各村（社区）']],
      ['5.', '加强危化品运输管理', ['镇安监站'], ['各村（社区）']],
    ]);
  });

  it('should give a heading\'s bracket and a 责任单位 line under a heading to the items of a list numbered on across the groups, the tasks coming after', async () => {
    const text =
      '清河县美丽乡村建设实施方案\n\n一、重点任务\n（一）提升村庄基础设施（牵头单位：县交通运输局；配合单位：县水利局）\n1.推进“四好农村路”建设。\n2.巩固提升农村供水保障水平。\n（二）改善农村人居环境\n责任单位：县农业农村局、县生态环境局\n3.推进农村改厕。\n4.推进生活污水治理。\n（三）培育乡村产业\n5.发展特色种养业。（牵头单位：县农业农村局）\n';
    expect(await rows(text)).toEqual([
      ['1.', '推进“四好农村路”建设', ['县交通运输局'], ['县水利局']],
      ['2.', '巩固提升农村供水保障水平', ['县交通运输局'], ['县水利局']],
      ['3.', '推进农村改厕', ['县农业农村局', '县生态环境局'], []],
      ['4.', '推进生活污水治理', ['县农业农村局', '县生态环境局'], []],
      ['5.', '发展特色种养业', ['县农业农村局'], []],
    ]);
  });

  it('should keep the group the task when its items are a list of their own, numbered from 1 again', async () => {
    const text = `${HEADS}（二）加强危险化学品监管\n以下任务由镇安监站牵头，各村（社区）配合：\n1.开展危化品企业“体检”。\n2.加强危化品运输管理。\n`;
    expect(await rows(text)).toEqual([
      ['1.', '开展燃气安全专项整治', ['镇应急办'], []],
      ['2.', '开展消防安全隐患排查', ['镇消防站'], []],
      ['（二）', '加强危险化学品监管', ['镇安监站'], ['各村（社区）']],
    ]);
  });
});
