import { describe, expect, it } from 'vitest';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { validateDocument } from '../../src/validate/validate.js';

const texts = async (file: string): Promise<Array<[string, string]>> =>
  ((await parseFile(`fixtures/styles/${file}`)).plan?.tasks ?? []).map((t) => [t.label, t.text]);

describe('task text', () => {
  it.each([
    ['responsibility-lines.txt', [['（一）', '培育消费新场景\n1.打造夜间经济集聚区。\n2.举办特色消费节庆活动。'], ['（二）', '提升消费品质\n推动老字号品牌创新发展，支持首店经济。']]],
    [
      'group-responsibility.txt',
      [
        ['（一）', '培育创新主体\n1.实施高新技术企业培育计划，建立后备企业库。\n2.支持企业建设研发机构，对新认定的市级研发机构给予补贴。\n3.推动规模以上工业企业研发活动全覆盖。'],
        ['（二）', '集聚创新人才\n1.落实人才引进政策，为高层次人才提供住房保障。\n2.开展技能人才培训，培养一批高技能人才。'],
        ['1.', '建设科技成果转化服务平台。'],
        ['2.', '完善知识产权保护体系。'],
      ],
    ],
    ['clause-broken-over-lines.txt', [['1.', '实现创新平台提质增效。支持企业建设研发中心。'], ['2.', '拓展新型合作伙伴关系。'], ['3.', '推进成果转化。']]],
    ['lead-marked-in-list.txt', [['1.', '加快5G网络建设。新建5G基站2000个。'], ['2.', '推进数据中心建设。建成数据中心2个。'], ['3.', '壮大软件产业。支持软件企业做大做强。']]],
    [
      'markdown-nested-lists.md',
      [
        ['1.', '建设5G网络。 新建5G基站300个。'],
        ['2.', '发展智慧交通。\n1.建设智慧停车平台；\n2.开展自动驾驶公交示范。'],
        ['3.', '建设数据中心。 建成县级数据中心1个。'],
        ['1.', '实施智能化改造'],
        ['2.', '建设工业互联网平台'],
        ['5.', '发展农村电商。 建设村级电商服务站50个。'],
      ],
    ],
  ])('should leave the responsibility clause out of what each task says, in its own paragraph or in brackets, and keep the items a group clause covers (%s)', async (file, expected) => {
    expect(await texts(file)).toEqual(expected);
  });

  it.each([
    ['a half-width full stop', '1.实施床位改造.牵头单位:区民政局;参与单位:区卫生健康委.', '实施床位改造.', ['区民政局'], ['区卫生健康委'], undefined],
    ['a decimal figure and a deadline sentence after it', '1.扩大普惠供给.新增床位2.5万张.牵头单位:区发改局.完成时限:2025年底前.', '扩大普惠供给.新增床位2.5万张.', ['区发改局'], [], '2025年底前'],
  ])('should read a labelled clause sentence after %s', async (_what, line, text, lead, participants, deadline) => {
    const doc = await parseNotice(`某区工作方案\n\n一、重点任务\n\n${line}\n2.加强队伍建设.(牵头单位:区人社局)\n`);
    const [task] = doc.plan!.tasks;
    expect([task!.text, task!.lead, task!.participants, task!.deadline]).toEqual([text, lead, participants, deadline]);
  });

  it('should not take a labelled sentence after a decimal figure\'s point for a sentence of its own', async () => {
    const doc = await parseNotice('某区工作方案\n\n一、重点任务\n\n1.提高覆盖率至2.牵头单位:区民政局\n2.加强队伍建设.(牵头单位:区人社局)\n');
    expect(doc.plan!.tasks.map((t) => t.label)).toEqual(['2.']);
  });

  it('should read a clause led in by a dash as the last sentence, and leave the dash out of the text', async () => {
    const doc = await parseNotice('某区工作方案\n\n一、重点任务\n\n1.加强组织领导。成立工作专班。——牵头单位：区委办；配合单位：区政府办\n');
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants])).toEqual([['加强组织领导。成立工作专班。', ['区委办'], ['区政府办']]]);
  });

  it.each([
    ['——区商务局牵头，区文化旅游局、区城管局配合', ['区商务局'], ['区文化旅游局', '区城管局'], '区商务局牵头，区文化旅游局、区城管局配合'],
    ['——区文化旅游局负责', ['区文化旅游局'], [], '区文化旅游局负责'],
    ['—区城管局牵头，各街道办事处落实', ['区城管局'], ['各街道办事处'], '区城管局牵头，各街道办事处落实'],
    ['－－区科技局牵头，区财政局配合', ['区科技局'], ['区财政局'], '区科技局牵头，区财政局配合'],
    ['--区科技局、区财政局按职责分工负责', ['区科技局', '区财政局'], [], '区科技局、区财政局按职责分工负责'],
  ])('should leave the dash that leads a verbal clause line in out of its first unit and its text: %s', async (line, lead, participants, clause) => {
    const doc = await parseNotice(`某区工作方案\n\n一、重点任务\n\n1.发展夜间经济。打造夜间消费特色街区。\n${line}\n`);
    const task = doc.plan!.tasks[0]!;
    expect([task.text, task.lead, task.participants]).toEqual(['发展夜间经济。打造夜间消费特色街区。', lead, participants]);
    expect(doc.outline[0]!.children[0]!.responsibility!.text).toBe(clause);
  });

  it('should leave the dash out of a verbal clause that ends the task\'s paragraph', async () => {
    const doc = await parseNotice('某区工作方案\n\n一、重点任务\n\n1.推进商圈改造。对东湖商圈实施整体改造。——区商务局牵头，区财政局配合。\n');
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants])).toEqual([['推进商圈改造。对东湖商圈实施整体改造。', ['区商务局'], ['区财政局']]]);
  });

  it('should read a verbal clause on a line of its own after its task, and not a sentence that only mentions units', async () => {
    const doc = await parseNotice(
      [
        '某区工作方案', '', '一、重点任务', '',
        '1.发展集成电路产业。招引重点项目。', '', '区科技局牵头，区投资促进局、区财政局配合', '',
        '2.加强网络安全保障。', '', '区委网信办负责。', '',
        '3.推进数字商贸。', '', '区商务局要会同区财政局加大支持力度，确保项目落地见效。',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.text, t.lead, t.participants])).toEqual([
      ['1.', '发展集成电路产业。招引重点项目。', ['区科技局'], ['区投资促进局', '区财政局']],
      ['2.', '加强网络安全保障。', ['区委网信办'], []],
    ]);
  });

  it.each([
    ['；2024年12月底前完成', '2024年12月底前完成'],
    ['，2024年底前完成', '2024年底前完成'],
    ['。2024年12月底前完成。', '2024年12月底前完成'],
    ['；完成时限：2024年底前', '2024年底前'],
    ['（2024年底前完成）', '2024年底前完成'],
    ['；持续推进', '持续推进'],
  ])('should read a verbal clause line that a deadline closes as the task\'s clause and deadline: %s', async (after, deadline) => {
    const doc = await parseNotice(
      [
        '某省行动方案', '', '一、重点任务', '（一）夯实数字基础',
        '1.推进IPv6规模部署。实现重点网站IPv6全覆盖。', `省委网信办牵头，省通信管理局配合${after}`,
        '2.完善网络设施。推进千兆城市建设。', '省通信管理局、省工业和信息化厅按职责分工负责；2025年底前完成',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.title, t.lead, t.participants, t.deadline])).toEqual([
      ['1.', '推进IPv6规模部署', ['省委网信办'], ['省通信管理局'], deadline],
      ['2.', '完善网络设施', ['省通信管理局', '省工业和信息化厅'], [], '2025年底前完成'],
    ]);
    expect(doc.outline[0]!.children[0]!.children.map((c) => c.children.length)).toEqual([0, 0]);
  });

  it('should read a bracket that names only helping units as the task\'s clause, which validate finds without a lead', async () => {
    const text = ['某区工作方案', '', '一、重点任务', '', '1.发展智能制造。推动企业数字化改造。（区科技局配合）', ''].join('\n');
    const doc = await parseNotice(text);
    expect(doc.plan?.tasks.map((t) => [t.label, t.lead, t.participants])).toEqual([['1.', [], ['区科技局']]]);
    const findings = validateDocument(doc, text).filter((d) => d.ruleId === 'task-units');
    expect(findings.map((d) => [d.message, d.line, d.column])).toEqual([['task 1. has no lead unit (牵头单位)', 5, 20]]);
  });

  it('should report a bracket written as a verbal clause that is not read, its units in no task', async () => {
    const doc = await parseNotice(['某省行动方案', '', '一、重点任务', '', '1.推动老旧管网改造。（省住房城乡建设厅牵头，青岛，烟台市政府配合）', ''].join('\n'));
    expect(doc.plan?.tasks).toEqual([]);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toContainEqual(['clause-unread', 5, 12]);
  });

  it('should report a bracket opening with a key shaped as a role label whose role is unknown, its units in no task', async () => {
    const doc = await parseNotice(['某区工作方案', '', '一、重点任务', '', '1.建设科创园区。（共建单位：区城投公司）', '', '2.推进成果转化。（第一推进落实单位：区科技局；参与单位：区教育局）', ''].join('\n'));
    expect(doc.plan?.tasks).toEqual([]);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['clause-unread', 5, 10], ['clause-unread', 7, 10]]);
  });

  it('should report a key shaped as a role label naming no role in a clause that is read, its units in no role', async () => {
    const doc = await parseNotice(['某区工作方案', '', '一、重点任务', '', '1.建设科创园区。（牵头单位：区发改局；共建单位：区城投公司）', ''].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.lead, t.participants])).toEqual([[['区发改局'], []]]);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['clause-label-unread', 5, 10]]);
  });

  it('should read a 责任领导/牵头领导/分管领导 line among the clause lines as part of the clause, as in brackets, and not as a unit', async () => {
    const doc = await parseNotice(
      [
        '某县攻坚行动方案', '', '一、攻坚任务', '',
        '1.深化改革。梳理事项清单。（责任领导：王某某；牵头单位：县政务服务中心；参与单位：县公安局）',
        '2.推进执法规范化。制定检查事项清单。', '责任领导：李某某（副县长）', '牵头单位：县司法局', '参与单位：县市场监管局',
        '3.强化要素保障。盘活闲置用地。', '牵头单位：县自然资源局', '牵头县领导：张某某', '参与单位：县工信局', '完成时限：2025年底前',
        '4.畅通政企沟通渠道。定期召开座谈会。', '牵头单位：县工商联', '参与单位：各乡镇人民政府', '分管领导：赵某某。',
        '5.优化审批服务。', '责任领导要亲自部署、亲自推动，确保审批提速。', '牵头单位：县行政审批局',
      ].join('\n'),
    );
    const tasks = doc.plan?.tasks ?? [];
    expect(tasks.map((t) => [t.label, t.text, t.lead, t.participants])).toEqual([
      ['1.', '深化改革。梳理事项清单。', ['县政务服务中心'], ['县公安局']],
      ['2.', '推进执法规范化。制定检查事项清单。', ['县司法局'], ['县市场监管局']],
      ['3.', '强化要素保障。盘活闲置用地。', ['县自然资源局'], ['县工信局']],
      ['4.', '畅通政企沟通渠道。定期召开座谈会。', ['县工商联'], ['各乡镇人民政府']],
      // A sentence about leaders is what the task says.
      ['5.', '优化审批服务。\n责任领导要亲自部署、亲自推动，确保审批提速。', ['县行政审批局'], []],
    ]);
    expect(tasks[2]?.deadline).toBe('2025年底前');
    // The leaders are people: kept with the task's contacts, as written on their lines.
    expect(tasks.map((t) => t.contacts ?? null)).toEqual([['责任领导：王某某'], ['责任领导：李某某（副县长）'], ['牵头县领导：张某某'], ['分管领导：赵某某'], null]);
    const clauses = doc.outline.flatMap((n) => n.children).map((n) => n.responsibility?.text);
    expect(clauses.slice(1, 4)).toEqual([
      '责任领导：李某某（副县长）\n牵头单位：县司法局\n参与单位：县市场监管局',
      '牵头单位：县自然资源局\n牵头县领导：张某某\n参与单位：县工信局\n完成时限：2025年底前',
      '牵头单位：县工商联\n参与单位：各乡镇人民政府\n分管领导：赵某某',
    ]);
  });

  it('should keep a 责任领导 line that no clause line follows in what the task says', async () => {
    const doc = await parseNotice(['某县工作方案', '', '一、重点任务', '', '1.推进改革。（牵头单位：县发改局）', '责任领导：王某某'].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead])).toEqual([['推进改革。\n责任领导：王某某', ['县发改局']]]);
  });

  it('should read clauses in 【】 and [] brackets, at the end of an item or in a paragraph of their own', async () => {
    const doc = await parseNotice(
      [
        '某区工作方案', '', '一、重点任务', '',
        '1.深化商事制度改革。推进登记便利化。【牵头单位：区市场监管局；配合单位：区政务服务办】', '',
        '2.加强知识产权保护。[牵头单位：区市场监管局]', '',
        '3.优化跨境贸易服务。', '', '【责任单位：区商务局】', '',
        '4.完善评价体系。参照国家标准[1]。',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.text, t.lead, t.participants])).toEqual([
      ['1.', '深化商事制度改革。推进登记便利化。', ['区市场监管局'], ['区政务服务办']],
      ['2.', '加强知识产权保护。', ['区市场监管局'], []],
      ['3.', '优化跨境贸易服务。', ['区商务局'], []],
    ]);
  });

  it('should read labels standing in brackets of their own before their units (【牵头单位】A【配合单位】B)', async () => {
    const doc = await parseNotice(
      [
        '某区工作方案', '', '一、重点任务', '',
        '1.建设高标准农田。每年新建高标准农田2万亩。【牵头单位】区农业农村局【配合单位】区财政局、区规划资源局', '',
        '2.发展设施农业。', '[牵头单位]区农业农村局 [配合单位]区科技局', '',
        '3.推进道路建设。【责任单位】区交通运输局、区住建委【完成时限】2024年底前',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.text, t.lead, t.participants, t.deadline ?? null, t.roles.map((r) => r.label)])).toEqual([
      ['1.', '建设高标准农田。每年新建高标准农田2万亩。', ['区农业农村局'], ['区财政局', '区规划资源局'], null, ['牵头单位', '配合单位']],
      ['2.', '发展设施农业。', ['区农业农村局'], ['区科技局'], null, ['牵头单位', '配合单位']],
      ['3.', '推进道路建设。', ['区交通运输局', '区住建委'], [], '2024年底前', ['责任单位']],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read a clause in brackets between the number and what the task says', async () => {
    const doc = await parseNotice(
      [
        '某区若干措施', '', '一、支持总部企业集聚', '',
        '1.【牵头部门：区商务局】对总部企业高管给予人才公寓保障。', '',
        '2.（牵头单位：区金融局；配合单位：区财政局）对新设立的持牌金融机构给予开办补贴。', '',
        '3.（2023年起）对新认定的孵化器给予奖励。',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.title, t.text, t.lead, t.participants])).toEqual([
      ['1.', '对总部企业高管给予人才公寓保障', '对总部企业高管给予人才公寓保障。', ['区商务局'], []],
      ['2.', '对新设立的持牌金融机构给予开办补贴', '对新设立的持牌金融机构给予开办补贴。', ['区金融局'], ['区财政局']],
    ]);
    // The clause's position is where its bracket stands, right after the number.
    const clause = doc.outline[0]!.children[1]!.responsibility!;
    expect([clause.position.start.line, clause.position.start.column, clause.position.end.column]).toEqual([7, 3, 24]);
  });

  it('should read units named unlabelled in 【】 right after the number, and keep a title in 【】 a title', async () => {
    const doc = await parseNotice(
      [
        '某省政府工作报告重点任务分工方案', '', '一、扩大有效需求', '',
        '1.【省发展改革委、省财政厅】扎实推进重大项目建设。', '',
        '2.【省商务厅】实施消费提振行动。', '',
        '3.【建设区级数据中心】推进数据汇聚。（牵头单位：省大数据局）', '',
        '4.【实施创新平台提质工程】依托重点实验室建设创新平台。',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.title, t.lead, t.participants])).toEqual([
      ['1.', '扎实推进重大项目建设', ['省发展改革委', '省财政厅'], []],
      ['2.', '实施消费提振行动', ['省商务厅'], []],
      ['3.', '建设区级数据中心', ['省大数据局'], []],
    ]);
    expect(doc.outline[0]!.children[3]!.responsibility).toBeNull();
  });

  it('should read units of a banner (旗) named in 【】 after the number, and keep 【旗帜鲜明讲政治】 a title', async () => {
    const doc = await parseNotice(['某旗工作要点', '', '一、重点任务', '', '1.【旗发展改革委、旗财政局】推进重大项目建设。', '', '2.【旗帜鲜明讲政治】加强党的建设。（牵头单位：旗委组织部）'].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.title, t.lead])).toEqual([
      ['推进重大项目建设', ['旗发展改革委', '旗财政局']],
      ['旗帜鲜明讲政治', ['旗委组织部']],
    ]);
  });

  it('should read a verbal clause that opens an item, and keep it out of what the task says', async () => {
    const doc = await parseNotice(
      [
        '某区促进就业工作方案', '', '一、重点任务', '',
        '1.区人社局牵头，区财政局配合，落实稳岗返还政策。', '',
        '2.区教育局负责，做好高校毕业生就业服务。', '',
        '3.区民政局会同区人社局，做好困难人员就业援助。', '',
        '4.坚持政府引导，推动市场主导。', '',
        '5.区财政局要会同区科技局，制定扶持办法。',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.title, t.text, t.lead, t.participants])).toEqual([
      ['1.', '落实稳岗返还政策', '落实稳岗返还政策。', ['区人社局'], ['区财政局']],
      ['2.', '做好高校毕业生就业服务', '做好高校毕业生就业服务。', ['区教育局'], []],
      ['3.', '做好困难人员就业援助', '做好困难人员就业援助。', ['区民政局'], ['区人社局']],
    ]);
  });

  it('should read the units joined by 会同 before the verb of a clause that opens an item, and the parts after it', async () => {
    const doc = await parseNotice(
      [
        '某区教育工作方案', '', '一、重点任务', '',
        '1.区教育局会同区大数据中心牵头，区财政局配合，推进智慧校园建设。', '',
        '2.区发展改革委牵头抓总，区财政局配合，推进重大项目建设。',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.text, t.lead, t.participants])).toEqual([
      ['1.', '推进智慧校园建设。', ['区教育局', '区大数据中心'], ['区财政局']],
      ['2.', '推进重大项目建设。', ['区发展改革委'], ['区财政局']],
    ]);
  });

  it('should make each paragraph that opens with its own clause a measure of the group it stands in', async () => {
    const doc = await parseNotice(
      [
        '某区方案', '', '一、重点任务', '', '（一）扩大服务消费', '',
        '区文化旅游局牵头，区体育局、区卫生健康委配合，培育文旅、体育、健康等服务消费新业态。', '',
        '区教育局负责，规范发展校外托管服务。', '', '（二）提升消费品质', '', '区市场监管局牵头，加强消费维权。',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.section?.number, t.text, t.lead, t.participants])).toEqual([
      ['一', '培育文旅、体育、健康等服务消费新业态。', ['区文化旅游局'], ['区体育局', '区卫生健康委']],
      ['一', '规范发展校外托管服务。', ['区教育局'], []],
      ['二', '加强消费维权。', ['区市场监管局'], []],
    ]);
  });

  it('should make each unnumbered paragraph that ends with its own bracketed clause a measure, the first one too', async () => {
    const doc = await parseNotice(
      [
        '某市实施方案', '', '一、重点任务', '', '（一）深化审批改革', '',
        '编制行政许可事项清单。（牵头单位：市司法局；配合单位：市财政局）', '',
        '推进工程建设项目审批全流程网上办理。（牵头单位：市住房城乡建设局；配合单位：市自然资源局）', '',
        '（二）加强事中事后监管', '', '推行跨部门联合监管。（牵头单位：市市场监管局）',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.section?.number, t.title, t.text, t.lead, t.participants])).toEqual([
      ['一', '编制行政许可事项清单', '编制行政许可事项清单。', ['市司法局'], ['市财政局']],
      ['一', '推进工程建设项目审批全流程网上办理', '推进工程建设项目审批全流程网上办理。', ['市住房城乡建设局'], ['市自然资源局']],
      // One clause under a group is still the group's: its title names the task.
      ['二', '加强事中事后监管', '加强事中事后监管\n推行跨部门联合监管。', ['市市场监管局'], []],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'responsibility-repeated')).toEqual([]);
  });

  it('should make the text before each run of clause lines a measure of its own, with the deadline line after them', async () => {
    const doc = await parseNotice(
      [
        '某市实施方案', '', '一、重点任务', '', '（一）深化审批改革', '',
        '编制行政许可事项清单。', '主责单位：市司法局、市政务服务管理局', '协办单位：市直各有关部门', '完成时限：2024年6月底前', '',
        '推进工程建设项目审批全流程网上办理。', '牵头单位：市住房城乡建设局', '配合单位：市自然资源局、市政务服务管理局', '',
        '推行告知承诺制。', '牵头单位：市司法局',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.title, t.text, t.lead, t.participants, t.deadline])).toEqual([
      ['编制行政许可事项清单', '编制行政许可事项清单。', ['市司法局', '市政务服务管理局'], ['市直各有关部门'], '2024年6月底前'],
      ['推进工程建设项目审批全流程网上办理', '推进工程建设项目审批全流程网上办理。', ['市住房城乡建设局'], ['市自然资源局', '市政务服务管理局'], undefined],
      ['推行告知承诺制', '推行告知承诺制。', ['市司法局'], [], undefined],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'responsibility-repeated')).toEqual([]);
  });

  it('should keep the clause of a numbered item its own and make a later paragraph with another clause a measure under it', async () => {
    const doc = await parseNotice(
      ['某区方案', '', '一、重点任务', '', '1.加强移动源污染防治。（牵头单位：区生态环境局）', '', '推广新能源公交车。（牵头单位：区交通局；配合单位：区财政局）'].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.title, t.text, t.lead, t.participants])).toEqual([
      ['1.', '加强移动源污染防治', '加强移动源污染防治。', ['区生态环境局'], []],
      ['', '推广新能源公交车', '推广新能源公交车。', ['区交通局'], ['区财政局']],
    ]);
  });

  it('should still report a second clause that follows an item clause with no text between them', async () => {
    const doc = await parseNotice(['某区方案', '', '一、重点任务', '', '1.加强移动源污染防治。（牵头单位：区生态环境局）', '（牵头单位：区交通局）'].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.label, t.lead])).toEqual([['1.', ['区生态环境局']]]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('responsibility-repeated');
  });

  it('should read a verbal clause that is an item last sentence, without brackets, with a deadline before or after its units', async () => {
    const doc = await parseNotice(
      [
        '某市工作要点', '', '一、重点任务', '',
        '1.培育特色产业。县林业局负责。', '',
        '2.发展乡村旅游。县文化旅游局牵头，县财政局配合。', '',
        '3.推动政务服务“跨省通办”。由市政务服务局牵头，市公安局、市人社局配合，2024年底前完成。', '',
        '4.研发投入强度达到2.5%以上.区科技局负责.',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.title, t.text, t.lead, t.participants, t.deadline ?? null])).toEqual([
      ['1.', '培育特色产业', '培育特色产业。', ['县林业局'], [], null],
      ['2.', '发展乡村旅游', '发展乡村旅游。', ['县文化旅游局'], ['县财政局'], null],
      ['3.', '推动政务服务“跨省通办”', '推动政务服务“跨省通办”。', ['市政务服务局'], ['市公安局', '市人社局'], '2024年底前完成'],
      ['4.', '研发投入强度达到2.5%以上', '研发投入强度达到2.5%以上.', ['区科技局'], [], null],
    ]);
  });

  it.each([
    ['1.推行企业开办一日办结。牵头单位：市市场监管局；配合单位：市公安局、市税务局。完成时限：2025年6月底前。', '推行企业开办一日办结。', ['市市场监管局'], ['市公安局', '市税务局'], '2025年6月底前'],
    ['1.推行企业开办一日办结。牵头单位：市市场监管局；配合单位：市公安局。完成时限：2025年6月底前', '推行企业开办一日办结。', ['市市场监管局'], ['市公安局'], '2025年6月底前'],
    ['1.建立备案制度。牵头单位：市司法局。时间节点：持续推进。', '建立备案制度。', ['市司法局'], [], '持续推进'],
    ['1.建立备案制度。责任单位：市司法局、市财政局。时限要求：2025年底前。', '建立备案制度。', ['市司法局', '市财政局'], [], '2025年底前'],
    ['1.加强知识产权保护。由市知识产权局牵头，市中级人民法院配合。完成时间：2025年底前。', '加强知识产权保护。', ['市知识产权局'], ['市中级人民法院'], '2025年底前'],
    ['【任务1】推行企业开办一日办结。牵头单位：市市场监管局；配合单位：市公安局。完成时限：每季度。', '推行企业开办一日办结。', ['市市场监管局'], ['市公安局'], '每季度'],
  ])('should read the clause before a deadline sentence of its own as the task\'s clause, with that deadline (%s)', async (item, text, lead, participants, deadline) => {
    const doc = await parseNotice(['某市工作要点', '', '一、重点任务', '', item].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants, t.deadline ?? null])).toEqual([[text, lead, participants, deadline]]);
  });

  it.each([
    ['1.破除壁垒。落实清单制度。市发展改革委牵头，市市场监管局、市司法局等按职责分工负责。2024年6月底前完成。', '2024年6月底前完成'],
    ['1.破除壁垒。落实清单制度。市发展改革委牵头，市市场监管局、市司法局等按职责分工负责。长期坚持。', '长期坚持'],
    ['1.破除壁垒。落实清单制度。市发展改革委牵头，市市场监管局、市司法局等按职责分工负责。2025年前完成。', '2025年前完成'],
    ['1.破除壁垒。落实清单制度。市发展改革委牵头，市市场监管局、市司法局等按职责分工负责。2024年12月底前。', '2024年12月底前'],
    ['1.破除壁垒。落实清单制度。市发展改革委牵头，市市场监管局、市司法局等按职责分工负责。（2024年6月底前完成）', '2024年6月底前完成'],
    ['1.破除壁垒。落实清单制度。市发展改革委牵头，市市场监管局、市司法局等按职责分工负责。（完成时限：2024年6月底前）', '2024年6月底前'],
    ['1.破除壁垒。落实清单制度。市发展改革委牵头，市市场监管局、市司法局等按职责分工负责（2024年6月底前完成）。', '2024年6月底前完成'],
    ['1.破除壁垒。落实清单制度。市发展改革委牵头，市市场监管局、市司法局等按职责分工负责。\n完成时限：2024年6月底前', '2024年6月底前'],
  ])('should keep the task whose verbal clause a deadline follows, with that deadline (%s)', async (item, deadline) => {
    const doc = await parseNotice(['某市工作要点', '', '一、重点任务', '', item].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants, t.deadline ?? null])).toEqual([
      ['破除壁垒。落实清单制度。', ['市发展改革委'], ['市市场监管局', '市司法局'], deadline],
    ]);
  });

  it('should read a labelled clause before a deadline in brackets of its own', async () => {
    const doc = await parseNotice(['某市工作要点', '', '一、重点任务', '', '1.破除壁垒。牵头单位：市发改委；配合单位：市司法局（2024年底前完成）'].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants, t.deadline ?? null])).toEqual([['破除壁垒。', ['市发改委'], ['市司法局'], '2024年底前完成']]);
  });

  it.each([
    ['1.建立备案制度。完成时限：2025年底前。', 'a deadline sentence without a clause before it'],
    ['1.建立备案制度。2025年底前完成。', 'a bare deadline sentence without a clause before it'],
    ['1.建立备案制度。区政府负责统筹。2025年底前完成。', 'a sentence that goes on after its verb before a deadline'],
    ['1.建立备案制度，明确牵头单位：市司法局。完成时限：2025年底前。', 'a label inside a sentence of the item'],
  ])('should find no clause in %s (%s)', async (item) => {
    const doc = await parseNotice(['某市工作要点', '', '一、重点任务', '', item].join('\n'));
    expect(doc.plan?.tasks ?? []).toEqual([]);
  });

  it.each([
    ['（一）培育数字产业集群。引进一批龙头企业。区发展改革委、区商务局按职责分工负责。到2025年，数字产业营业收入突破100亿元。', '培育数字产业集群。引进一批龙头企业。到2025年，数字产业营业收入突破100亿元。', ['区发展改革委', '区商务局'], []],
    ['1.扩大投资。市发改委负责。2024年全市民间投资完成300亿元。', '扩大投资。2024年全市民间投资完成300亿元。', ['市发改委'], []],
    ['1.扩大投资。市发改委牵头，市财政局配合。加强项目储备。', '扩大投资。加强项目储备。', ['市发改委'], ['市财政局']],
    ['1.扩大投资。牵头单位：市发改委；配合单位：市财政局。加强项目储备。', '扩大投资。加强项目储备。', ['市发改委'], ['市财政局']],
  ])('should read a clause written as a sentence of its own in the middle of the item (%s)', async (item, text, lead, participants) => {
    const doc = await parseNotice(['某区实施意见', '', '一、重点任务', '', item].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants, t.deadline ?? null])).toEqual([[text, lead, participants, null]]);
  });

  it.each([
    ['1.完善协调机制。各单位要按职责分工负责。加强考核。', 'a sentence that names no unit'],
    ['1.推进老旧小区改造。区政府负责统筹。加强考核。', 'a sentence that goes on after its verb'],
    ['1.扩大投资，市发改委负责，做好项目储备。加强考核。', 'units woven into a sentence of the item'],
    ['1.扩大投资。市发改委负责。, as a note about the genre goes on', 'a sentence followed by words that are no sentence of the item'],
  ])('should find no clause in the middle of %s (%s)', async (item) => {
    const doc = await parseNotice(['某区实施意见', '', '一、重点任务', '', item].join('\n'));
    expect(doc.plan?.tasks ?? []).toEqual([]);
  });

  it('should not take a last sentence that goes on after its verb or names no unit for a clause, nor let one win over a bracketed clause', async () => {
    const doc = await parseNotice(
      [
        '某市工作要点', '', '一、重点任务', '',
        '1.完善协调机制。各单位要按职责分工负责。', '',
        '2.推进老旧小区改造。区政府负责统筹。', '',
        '3.加强社区治理。区民政局负责。（牵头单位：区委社会工作部；配合单位：区民政局）',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.text, t.lead, t.participants])).toEqual([
      ['3.', '加强社区治理。区民政局负责。', ['区委社会工作部'], ['区民政局']],
    ]);
  });

  it('should let the clause lines right after an item take the place of a last sentence that only names units', async () => {
    const doc = await parseNotice(
      ['某区方案', '', '一、重点任务', '', '1.推进老旧小区改造。各街道负责。', '牵头单位：区住房城乡建设委', '配合单位：区财政局'].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants])).toEqual([['推进老旧小区改造。各街道负责。', ['区住房城乡建设委'], ['区财政局']]]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'responsibility-repeated')).toEqual([]);
  });

  it.each([
    ['clause lines', ['（一）加强科技金融服务。', '', '（二）开展人才评价改革。', '责任单位：区科技服务中心', '', '（三）完善科技服务体系。', '责任单位：区生产力促进中心'], ['（二）', '（三）']],
    ['clause lines in brackets', ['（一）加强科技金融服务。', '', '（二）开展人才评价改革。', '（责任单位：区科技服务中心）', '', '（三）完善科技服务体系。', '（责任单位：区生产力促进中心）'], ['（二）', '（三）']],
    ['items numbered 1. 2. 3.', ['1.加强科技金融服务。', '', '2.开展人才评价改革。', '责任单位：区科技服务中心', '', '3.完善科技服务体系。', '责任单位：区生产力促进中心'], ['2.', '3.']],
    ['a clause of two lines', ['（一）加强科技金融服务。', '', '（二）开展人才评价改革。', '牵头单位：区科技服务中心', '配合单位：区人社局', '', '（三）完善科技服务体系。', '责任单位：区生产力促进中心'], ['（二）', '（三）']],
  ])('should give a clause line with a sibling item after it to the item above it, when the first item names no units (%s)', async (_what, lines, labels) => {
    const doc = await parseNotice(['某区科技局工作要点', '', '一、优化创新生态', '', ...lines].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.label, t.lead])).toEqual([
      [labels[0], ['区科技服务中心']],
      [labels[1], ['区生产力促进中心']],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'responsibility-repeated')).toEqual([]);
  });

  it('should still give a clause line after the last item of a group that names no units to the group', async () => {
    const doc = await parseNotice(['某区科技局工作要点', '', '一、优化创新生态', '', '（一）加强科技金融服务。', '', '（二）开展人才评价改革。', '责任单位：区科技服务中心', '', '二、提升创新能力', '', '（一）建设研发机构。'].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.label, t.lead])).toEqual([['一、', ['区科技服务中心']]]);
  });

  it('should keep the sub-items a task clause covers in what the task says', async () => {
    const doc = await parseNotice(
      ['某区方案', '', '一、重点任务', '', '1.加强移动源污染防治。', '(1)推广新能源公交车；', '(2)加强非道路移动机械监管。', '（牵头单位：区生态环境局）', '', '2.保障饮用水安全。（牵头单位：区水务局）'].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.text])).toEqual([
      ['1.', '加强移动源污染防治。\n(1)推广新能源公交车；\n(2)加强非道路移动机械监管。'],
      ['2.', '保障饮用水安全。'],
    ]);
  });

  it('should end a task title at a half-width full stop, but not at the point of a decimal', async () => {
    const doc = await parseNotice(['某区方案', '', '一、重点任务', '', '1. 开展背街小巷环境整治.每年整治背街小巷50条.(责任单位:区城管委)', '', '2. 研发投入强度达到2.5%以上.(责任单位:区科技局)'].join('\n'));
    expect(doc.plan?.tasks.map((t) => t.title)).toEqual(['开展背街小巷环境整治', '研发投入强度达到2.5%以上']);
  });

  it('should not make a task of an article that opens with who is responsible (a duty in a regulation)', async () => {
    const doc = await parseNotice(
      ['某市公共资源交易管理办法', '', '第一章　总则', '', '第一条　为规范公共资源交易活动，制定本办法。', '',
        '第二条　市发展改革委负责，指导协调全市公共资源交易工作。', '', '市财政局负责，对交易活动实施监督。'].join('\n'),
    );
    expect(doc.plan?.tasks).toEqual([]);
    expect(doc.outline[0]!.children[1]!.title).toBe('市发展改革委负责，指导协调全市公共资源交易工作');
  });

  it('should read the 款 of an article that each end with their own clause as measures of their own, as under (二)', async () => {
    const doc = await parseNotice(
      ['某市促进科技成果转化若干措施', '', '第一条　支持建设概念验证中心。（市科技局负责）', '', '第二条　完善技术交易市场体系。', '',
        '对技术输出方按技术合同成交额的3%给予奖励。（市科技局、市财政局按职责分工负责）', '',
        '支持高校院所设立技术转移机构。（市教育局、市科技局按职责分工负责）', '', '第三条　设立科技成果转化基金。（市财政局负责）'].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.path[0], t.title, t.lead])).toEqual([
      ['第一条', '支持建设概念验证中心', ['市科技局']],
      ['第二条', '对技术输出方按技术合同成交额的3%给予奖励', ['市科技局', '市财政局']],
      ['第二条', '支持高校院所设立技术转移机构', ['市教育局', '市科技局']],
      ['第三条', '设立科技成果转化基金', ['市财政局']],
    ]);
  });
});

describe('Markdown lists numbered lazily', () => {
  it('should number the tasks of a 1. 1. 1. list 1, 2, 3 as Markdown shows them, with no numbering finding', async () => {
    const md = '# 青河区优化营商环境行动方案\n\n## 一、重点任务\n\n1. 保障项目用地。（牵头单位：区自然资源局）\n1. 降低融资成本。（牵头单位：区金融办）\n1. 加强人才服务。（牵头单位：区委组织部）\n';
    const doc = await parseNotice(md, { format: 'markdown' });
    expect(doc.plan?.tasks.map((t) => [t.number, t.lead])).toEqual([
      ['1', ['区自然资源局']],
      ['2', ['区金融办']],
      ['3', ['区委组织部']],
    ]);
    expect(validateDocument(doc, md).filter((d) => d.ruleId === 'outline-sequence')).toEqual([]);
  });

  it('should check the numbers the source writes, not those Markdown shows, in lists that are not 1. 1. 1.', async () => {
    const head = '# 东湖区充电设施建设行动计划\n\n## 一、总体要求\n\n坚持统筹推进。\n\n## 二、主要任务\n\n**（一）公共充电设施**\n\n1. 推进停车场充电桩建设。（牵头单位：区住房城乡建设局）\n2. 推进干线充电设施建设。（牵头单位：区交通运输局）\n\n**（二）小区充电设施**\n\n';
    // 3. 3. (shown 3, 4): the second 3 repeats the first.
    const repeat = `${head}3. 改造老旧小区充电设施。（牵头单位：区住房城乡建设局）\n3. 规范物业服务企业管理。（牵头单位：区住房城乡建设局）\n`;
    const doc = await parseNotice(repeat, { format: 'markdown' });
    expect(doc.plan?.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '3']);
    const found = validateDocument(doc, repeat).filter((d) => d.ruleId === 'outline-sequence');
    expect(found.map((d) => [d.line, d.message])).toEqual([[17, 'task 3. repeats the number of the item at 16:1; expected 4']]);
    // 1. 2. then 4. 4. (shown 4, 5): the first 4 stands where 3 belongs, and the second is task 4, not 5.
    const skip = `${head}4. 改造老旧小区充电设施。（牵头单位：区住房城乡建设局）\n4. 规范物业服务企业管理。（配合单位：各街道办事处）\n`;
    const doc2 = await parseNotice(skip, { format: 'markdown' });
    expect(doc2.plan?.tasks.map((t) => t.number)).toEqual(['1', '2', '4', '4']);
    const found2 = validateDocument(doc2, skip).filter((d) => d.ruleId === 'outline-sequence' || d.ruleId === 'task-units');
    expect(found2.map((d) => [d.ruleId, d.line, d.message])).toEqual([
      ['outline-sequence', 16, 'task 4. is out of order; expected 3'],
      ['task-units', 17, 'task 4. has no lead unit (牵头单位)'],
    ]);
  });
});

describe('task sections under chapters', () => {
  const sections = async (lines: string[]): Promise<Array<[string, string | undefined]>> =>
    ((await parseNotice(lines.join('\n'))).plan?.tasks ?? []).map((t) => [t.label, t.section?.title]);

  it('should make the group right above a task its section whatever chapters stand over the parts', async () => {
    const plain = ['某县推进方案', '一、总体要求', '坚持稳中求进。', '二、重点任务', '（一）建设园区', '1.完善园区道路。（牵头单位：县住房城乡建设局）', '（二）培育企业', '2.扶持龙头企业。（牵头单位：县工业和信息化局）'];
    const chaptered = ['某县推进方案', '第一章　总体要求', '坚持稳中求进。', '第二章　重点任务', '一、发展产业', ...plain.slice(4)];
    const expected = [
      ['1.', '建设园区'],
      ['2.', '培育企业'],
    ];
    expect(await sections(plain)).toEqual(expected);
    expect(await sections(chaptered)).toEqual(expected);
  });

  it('should keep a 一、 under a chapter the section of the （一） tasks right under it', async () => {
    const lines = ['某县推进方案', '第一部分　重点任务', '一、发展产业', '（一）建设园区。（牵头单位：县住房城乡建设局）', '二、改善民生', '（一）扩大就业。（牵头单位：县人力资源社会保障局）'];
    expect(await sections(lines)).toEqual([
      ['（一）', '发展产业'],
      ['（一）', '改善民生'],
    ]);
  });

  it('should give measures run on in an item\'s line (①…（A）；②…（B）) the section the item has, not the item', async () => {
    const part = ['某区实施方案', '一、完善基础设施', '（1）加装电梯。①新增电梯100部（牵头单位：区住建委）；②健全维保机制（牵头单位：区市场监管局）。', '（2）改造管网。（牵头单位：区水务局）'];
    const expected = [
      ['①', '完善基础设施'],
      ['②', '完善基础设施'],
      ['（2）', '完善基础设施'],
    ];
    expect(await sections(part)).toEqual(expected);
    expect(await sections(['某区实施方案', '第一章　重点任务', '第一节　推进老旧小区改造', ...part.slice(1)])).toEqual(expected);
  });

  it('should keep the item whose line the measures run on their section where the part holds groups', async () => {
    const lines = ['某区实施方案', '一、重点任务', '（一）建设园区', '1.完善园区道路。（牵头单位：区住建局）', '（二）培育企业。①扶持龙头企业（牵头单位：区工信局）；②引进配套企业（牵头单位：区商务局）。'];
    expect(await sections(lines)).toEqual([
      ['1.', '建设园区'],
      ['①', '培育企业'],
      ['②', '培育企业'],
    ]);
  });

  it('should keep an item over ① ② lines of their own their section', async () => {
    const lines = ['某区实施方案', '一、完善基础设施', '（1）加装电梯', '①新增电梯100部。（牵头单位：区住建委）', '②健全维保机制。（牵头单位：区市场监管局）', '（2）改造管网。（牵头单位：区水务局）'];
    expect(await sections(lines)).toEqual([
      ['①', '加装电梯'],
      ['②', '加装电梯'],
      ['（2）', '改造管网'],
    ]);
  });

  it('should keep a 第一节 under a chapter the section of its articles', async () => {
    const lines = ['某市促进办法', '第一编　总则', '第一章　支持措施', '第一节　财政支持', '第一条　设立专项资金。（责任单位：市财政局）', '第二节　融资服务', '第二条　开展融资对接。（责任单位：市金融局）'];
    expect(await sections(lines)).toEqual([
      ['第一条', '财政支持'],
      ['第二条', '融资服务'],
    ]);
  });
});

describe('a labelled clause sentence whose last unit has a second name in brackets', () => {
  it.each([
    ['1.推进数字化转型。实施项目100个。责任单位：区经信局、区商务局（区粮食和物资储备局）。', ['区经信局', '区商务局（区粮食和物资储备局）'], []],
    ['1.发展数字文旅。建设智慧景区。牵头单位：区文旅局；参与单位：区交通运输局、区科技局（区知识产权局）。', ['区文旅局'], ['区交通运输局', '区科技局（区知识产权局）']],
    ['1.发展数字文旅。牵头单位：区文旅局；参与单位：区科技局（区知识产权局）。完成时限：2025年底前。', ['区文旅局'], ['区科技局（区知识产权局）']],
  ])('should read the whole sentence as the clause, not the bracket as its only unit (%s)', async (line, lead, participants) => {
    const doc = await parseNotice(`某区数字经济实施方案\n\n一、主要任务\n\n${line}\n`);
    const task = doc.plan!.tasks[0]!;
    expect([task.lead, task.participants]).toEqual([lead, participants]);
    expect(task.text).not.toContain('单位');
  });

  it('should still read a labelled bracket right after a name as the clause', async () => {
    const doc = await parseNotice('某区数字经济实施方案\n\n一、主要任务\n\n1.建成区大数据中心（牵头单位：区数据局；配合单位：区财政局）\n');
    expect([doc.plan!.tasks[0]!.lead, doc.plan!.tasks[0]!.participants]).toEqual([['区数据局'], ['区财政局']]);
  });
});

describe('clauses not read, in brackets or without', () => {
  it('should report a bracket whose first verb is not known, its units in no task', async () => {
    const doc = await parseNotice(['某区工作方案', '', '一、重点任务', '', '1.推广清洁能源。（区发展改革委统揽推进，区供电公司配合）', ''].join('\n'));
    expect(doc.plan?.tasks).toEqual([]);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['clause-unread', 5, 10]]);
  });

  it('should report a last sentence written as a clause of two parts that is not read, its units in no task', async () => {
    const doc = await parseNotice(['某区工作方案', '', '一、重点任务', '', '1.保护传统村落。建立名录。区自然资源局大力推动，区文化旅游局配合。', ''].join('\n'));
    expect(doc.plan?.tasks).toEqual([]);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['clause-unread', 5, 15]]);
  });

  it('should not report a last sentence of the text\'s own of one part', async () => {
    const doc = await parseNotice(['某区工作方案', '', '一、重点任务', '', '1.保护传统村落。建立名录。区文化旅游局牵头。', '', '三、保障措施', '', '（一）加强组织领导。各部门密切配合，形成合力。', ''].join('\n'));
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('an item a revised plan added, its line opened by the mark', () => {
  const read = async (lines: string[]) => {
    const doc = await parseNotice(`某区数字经济发展行动计划\n一、重点任务\n${lines.join('\n')}\n二、保障措施\n加强组织领导。\n`);
    return doc.plan!.tasks.map((t) => [t.label, t.section?.number ?? null, t.title, t.lead.join('、')]);
  };

  it('should read 【新增】 before an unnumbered item after numbered tasks as an item of their list, not a measure of the task before it', async () => {
    expect(
      await read([
        '1.加快5G网络建设。统筹推进5G基站建设。（牵头单位：区经信局）',
        '2.发展数字商贸。支持直播电商发展。（牵头单位：区商务局）',
        '【新增】发展跨境电商。支持企业建设海外仓。（牵头单位：区商务局；参与单位：区经信局）',
        '3.建设智慧物流。建设智慧物流园区。（牵头单位：区交通局）',
        '【修改】推进数字乡村建设。建设示范村10个。（牵头单位：区农业农村局）',
      ]),
    ).toEqual([
      ['1.', '一', '加快5G网络建设', '区经信局'],
      ['2.', '一', '发展数字商贸', '区商务局'],
      ['', '一', '发展跨境电商', '区商务局'],
      ['3.', '一', '建设智慧物流', '区交通局'],
      ['', '一', '推进数字乡村建设', '区农业农村局'],
    ]);
  });

  it('should keep a marked line under an item that has no clause yet as that item\'s text', async () => {
    expect(await read(['1.发展数字文旅。', '【修改】建设智慧景区3个。（牵头单位：区文旅局）', '2.发展数字商贸。（牵头单位：区商务局）'])).toEqual([
      ['1.', '一', '发展数字文旅', '区文旅局'],
      ['2.', '一', '发展数字商贸', '区商务局'],
    ]);
  });

  it('should leave an unmarked paragraph with its own clause a measure of the task before it', async () => {
    expect(
      await read(['1.加快5G网络建设。统筹推进5G基站建设。（牵头单位：区经信局）', '发展跨境电商。支持企业建设海外仓。（牵头单位：区商务局）']).then((t) => t.map((r) => [r[0], r[1]])),
    ).toEqual([
      ['1.', '1'],
      ['', '1'],
    ]);
  });
});
