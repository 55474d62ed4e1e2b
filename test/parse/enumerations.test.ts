import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { validateDocument } from '../../src/validate/validate.js';

const outlineOf = async (paragraph: string) => {
  const doc = await parseNotice(`某区工作方案\n\n一、工作要求\n\n${paragraph}\n`, { format: 'text' });
  return doc.outline[0]!.children.map((c) => `${c.kind} ${c.label} ${c.title}`);
};

describe('enumerations inside a paragraph', () => {
  it('should make items of 一是/二是/三是 that count up from 一', async () => {
    expect(await outlineOf('要做到三点：一是统一思想；二是压实责任，细化分工；三是加强督查。')).toEqual([
      'enumeration 一是 统一思想',
      'enumeration 二是 压实责任，细化分工',
      'enumeration 三是 加强督查',
    ]);
  });

  it.each([
    ['a lone 一是', '工作中一是要统一思想，确保落实。'],
    ['是 inside a word (统一是)', '各部门要统一是非标准，二是指两个方面。'],
    ['numbers that do not count up from 一', '其中，二是重点，三是难点。'],
  ])('should not make items of %s', async (_, paragraph) => {
    expect(await outlineOf(paragraph)).toEqual([]);
  });
});

describe('enumerations inside a paragraph, in the plan views', () => {
  const doc = () =>
    parseNotice(
      [
        '某区工作方案',
        '一、工作目标',
        '到2025年，一是新增高新技术企业50家；二是建成市级研发机构10个。',
        '二、保障措施',
        '一是加强组织领导；二是强化督促检查。',
      ].join('\n\n'),
      { format: 'text' },
    );

  it('should read each target once, from the paragraph', async () => {
    expect((await doc()).plan!.goals.map((g) => [g.value, g.unit])).toEqual([
      [50, '家'],
      [10, '个'],
    ]);
  });

  it('should keep a safeguards part whose paragraph enumerates as one safeguard with its text', async () => {
    const d = await doc();
    expect(d.plan!.safeguards.map((s) => [s.label, s.title, s.text])).toEqual([['二、', '保障措施', '一是加强组织领导；二是强化督促检查。']]);
    expect(d.outline[1]!.children.map((c) => [c.label, c.inline])).toEqual([
      ['一是', true],
      ['二是', true],
    ]);
  });
});

describe('enumerations inside a task', () => {
  it('should end the last one before the task’s responsibility clause, which stays the task’s', async () => {
    const doc = await parseNotice(
      '某区工作方案\n\n1.支持企业吸纳就业。一是扩大补贴范围；二是提高补贴标准。（区人力资源社会保障局牵头，区财政局配合）\n',
      { format: 'text' },
    );
    const task = doc.outline[0]!;
    expect(task.children.map((c) => c.text)).toEqual(['扩大补贴范围', '提高补贴标准']);
    expect(task.responsibility!.lead).toEqual(['区人力资源社会保障局']);
    expect(doc.plan!.tasks.map((t) => t.label)).toEqual(['1.']);
  });

  it.each([
    ['a covering sentence after them', '（一）加强教师队伍建设。一是实施县管校聘改革；二是开展教师全员培训。以上工作由县教育局牵头，县人社局配合。'],
    ['a bracketed clause', '（一）加强教师队伍建设。一是实施县管校聘改革；二是开展教师全员培训。（牵头单位：县教育局；配合单位：县人社局）'],
    ['a verbal last sentence', '（一）加强教师队伍建设。一是实施县管校聘改革；二是开展教师全员培训。县教育局牵头，县人社局配合。'],
    ['a clause, under a 1. item', '1.加强教师队伍建设。一是实施县管校聘改革；二是开展教师全员培训。（牵头单位：县教育局）'],
  ])('should give the task the words of its 一是/二是 once, as its paragraph says them, with %s', async (_what, line) => {
    const doc = await parseNotice(`某县教育工作要点\n\n一、重点任务\n\n${line}\n`, { format: 'text' });
    expect(doc.plan!.tasks.map((t) => t.text)).toEqual(['加强教师队伍建设。一是实施县管校聘改革；二是开展教师全员培训。']);
  });

  it('should still write out sub-items on lines of their own under the task their clause covers', async () => {
    const doc = await parseNotice('某县教育工作要点\n\n一、重点任务\n\n1.加强教师队伍建设。\n一是实施县管校聘改革。\n二是开展教师全员培训。\n（牵头单位：县教育局）\n', { format: 'text' });
    expect(doc.plan!.tasks.map((t) => t.text)).toEqual(['加强教师队伍建设。\n一是实施县管校聘改革。\n二是开展教师全员培训。']);
  });

  it('should make each enumeration with a clause of its own a task, the last clause being the last one’s', async () => {
    const doc = await parseNotice(
      '某区工作方案\n\n一、重点任务\n\n（一）强化创新主体。一是培育高新技术企业（牵头单位：区科技局）；二是壮大科技型中小企业（牵头单位：区科技局；配合单位：区财政局）；三是支持企业建设研发机构（牵头单位：区工信局）。\n',
    );
    expect(doc.plan!.tasks.map((t) => [t.path.join(''), t.text, t.lead, t.participants])).toEqual([
      ['一、（一）一是', '培育高新技术企业', ['区科技局'], []],
      ['一、（一）二是', '壮大科技型中小企业', ['区科技局'], ['区财政局']],
      ['一、（一）三是', '支持企业建设研发机构', ['区工信局'], []],
    ]);
    const item = doc.outline[0]!.children[0]!;
    expect(item.responsibility).toBeNull();
    // Each clause is placed where it stands.
    expect(item.children.map((c) => c.responsibility!.position.start.column)).toEqual([21, 44, 78]);
  });

  it('should start the next enumeration right after the clause that closed the one before, without a separator', async () => {
    const doc = await parseNotice('某区方案\n\n一、重点任务\n\n（一）繁荣消费\n\n一是打造夜间经济集聚区。（牵头单位：区商务局）二是发展首店经济。（牵头单位：区市场监管局）\n');
    expect(doc.plan!.tasks.map((t) => [t.path.join(''), t.text, t.lead])).toEqual([
      ['一、（一）一是', '打造夜间经济集聚区。', ['区商务局']],
      ['一、（一）二是', '发展首店经济。', ['区市场监管局']],
    ]);
  });
});

describe('enumerations with clauses written as their last sentence', () => {
  it('should make each 一是/二是 whose last sentence names its units without brackets a task of its own', async () => {
    const doc = await parseNotice(
      '某县2024年工作方案\n\n一、推动产业发展\n\n要抓好产业。一是培育特色产业。2024年底前完成，县农业农村局、县林业局负责。二是发展乡村旅游。责任部门：县文化旅游局。\n',
      { format: 'text' },
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.title, t.text, t.lead, t.participants, t.deadline ?? null])).toEqual([
      ['一是', '培育特色产业', '培育特色产业。', ['县农业农村局', '县林业局'], [], '2024年底前完成'],
      ['二是', '发展乡村旅游', '发展乡村旅游。', ['县文化旅游局'], [], null],
    ]);
  });
});

describe('clause lines after an item whose enumerations carry their clauses', () => {
  const tasksOf = async (body: string) => {
    const doc = await parseNotice(`某区工作要点\n\n一、打好污染防治攻坚战\n${body}\n`, { format: 'text' });
    return doc.plan!.tasks.map((t) => `${t.path.join('')} ${t.lead.join('、')} | ${t.participants.join('、')}`);
  };
  const expected = ['一、（一）一是 区生态环境局 | ', '一、（一）二是 区住建委 | ', '一、（二） 区水务局 | 区生态环境局', '一、（三） 区规划资源局 | '];

  it.each([
    ['verbal', '区水务局牵头，区生态环境局配合。', '区规划资源局负责。'],
    ['labelled', '牵头单位：区水务局\n配合单位：区生态环境局', '牵头单位：区规划资源局'],
  ])('should give each next item its own %s clause lines, not the group', async (_, second, third) => {
    const inline = '（一）打好蓝天保卫战。一是推进工业治理（责任单位：区生态环境局）；二是加强扬尘管控（责任单位：区住建委）。';
    const rest = `（二）打好碧水保卫战。消除劣V类水体。\n${second}\n（三）打好净土保卫战。加强土壤风险管控。\n${third}`;
    expect(await tasksOf(`${inline}\n${rest}`)).toEqual(expected);
    // The same with 一是/二是 as paragraphs of their own.
    expect(await tasksOf(`（一）打好蓝天保卫战。\n一是推进工业治理（责任单位：区生态环境局）。\n二是加强扬尘管控（责任单位：区住建委）。\n${rest}`)).toEqual(expected);
  });
});

describe('inline enumerations as tasks, in the other ways they are written', () => {
  const tasksOf = async (group: string) =>
    (await parseNotice(`某县工作方案\n\n一、重点任务\n（一）推进农村厕所革命。${group}\n`, { format: 'text' })).plan!.tasks.map((t) => [t.label, t.title, t.text, t.lead, t.participants]);

  it('should read a clause that opens each item (一是A牵头，实施…；二是由B负责，设立…) as the item’s', async () => {
    expect(await tasksOf('一是区科技局牵头，实施高企倍增计划；二是由区财政局负责，设立科技创新专项资金。')).toEqual([
      ['一是', '实施高企倍增计划', '实施高企倍增计划', ['区科技局'], []],
      ['二是', '设立科技创新专项资金', '设立科技创新专项资金', ['区财政局'], []],
    ]);
  });

  it('should make 第一，…（A）；第二，…（B） two tasks, as 一是/二是 are', async () => {
    expect(await tasksOf('第一，新建改建农村户厕3000户（牵头单位：县农业农村局）；第二，建设乡村公厕50座（牵头单位：县住建局）。')).toEqual([
      ['第一，', '新建改建农村户厕3000户', '新建改建农村户厕3000户', ['县农业农村局'], []],
      ['第二，', '建设乡村公厕50座', '建设乡村公厕50座', ['县住建局'], []],
    ]);
  });

  it('should leave the comma before a verbal clause out of the item’s title and text', async () => {
    expect(await tasksOf('一是新建改建农村户厕3000户，由县农业农村局牵头，县卫生健康局配合；二是建设乡村公厕50座，县住建局负责。')).toEqual([
      ['一是', '新建改建农村户厕3000户', '新建改建农村户厕3000户', ['县农业农村局'], ['县卫生健康局']],
      ['二是', '建设乡村公厕50座', '建设乡村公厕50座', ['县住建局'], []],
    ]);
  });

  it('should number 第一， items on lines of their own, as 一是 items are', async () => {
    expect(await tasksOf('\n第一，新建改建农村户厕3000户（牵头单位：县农业农村局）。\n第二，建设乡村公厕50座（牵头单位：县住建局）。')).toEqual([
      ['第一，', '新建改建农村户厕3000户', '新建改建农村户厕3000户。', ['县农业农村局'], []],
      ['第二，', '建设乡村公厕50座', '建设乡村公厕50座。', ['县住建局'], []],
    ]);
  });

  it('should keep an enumeration that skips a number (一是…；三是…) as its items, which validate finds skipping', async () => {
    const text = '某县工作方案\n\n一、重点任务\n（一）培育创新主体。一是实施高企倍增计划（区科技局负责）；三是设立科技创新专项资金（区财政局负责）。\n';
    const doc = await parseNotice(text, { format: 'text' });
    expect(doc.plan!.tasks.map((t) => [t.label, t.lead])).toEqual([
      ['一是', ['区科技局']],
      ['三是', ['区财政局']],
    ]);
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'outline-sequence').map((d) => d.message)).toEqual(['the numbering skips 2 before task 三是']);
  });

  it('should not read 第一 as a number without its comma (第一批, 第一责任人)', async () => {
    expect(await outlineOf('确定第一批试点，第一责任人要亲自抓；二是加强督查。')).toEqual([]);
  });
});

describe('inline enumerations after a half-width full stop', () => {
  const tasksOf = async (group: string) =>
    (await parseNotice(`某县2024年乡村振兴工作要点\n\n一、重点任务\n\n${group}\n`, { format: 'text' })).plan!.tasks.map((t) => [t.label, t.title, t.lead, t.participants, t.path]);

  it('should make each 一是 after 抓好粮食生产. a task with its own clause, as after 。', async () => {
    expect(await tasksOf('(一)抓好粮食生产.一是稳定播种面积(牵头单位:县农业农村局;配合单位:各乡镇);二是推进高标准农田建设(牵头单位:县农业农村局;配合单位:县财政局);三是加强耕地保护(牵头单位:县自然资源局).')).toEqual([
      ['一是', '稳定播种面积', ['县农业农村局'], ['各乡镇'], ['一、', '(一)', '一是']],
      ['二是', '推进高标准农田建设', ['县农业农村局'], ['县财政局'], ['一、', '(一)', '二是']],
      ['三是', '加强耕地保护', ['县自然资源局'], [], ['一、', '(一)', '三是']],
    ]);
  });

  it('should not take a point after a digit for a stop before 一是', async () => {
    expect(await outlineOf('粮食产量稳定在3.一是如此；二是如此。')).toEqual([]);
  });
});

describe('clauses of inline 一是 items', () => {
  it('should not report the parts of one item\'s clause as unread when a later item\'s number follows them', async () => {
    const text = [
      '某县2024年优化营商环境工作要点',
      '',
      '一、提升政务服务水平',
      '一是深化改革，全面推行告知承诺制，县行政审批局牵头，县司法局配合，6月底前完成；二是推进便民服务中心标准化建设，县行政审批局、县民宗局负责，各乡镇人民政府配合，年底前完成；三是优化热线诉求办理，县政务服务中心负责，全年推进。',
      '',
    ].join('\n');
    const doc = await parseNotice(text, { format: 'text' });
    expect(doc.plan?.tasks.map((t) => [t.label, t.lead, t.participants])).toEqual([
      ['一是', ['县行政审批局'], ['县司法局']],
      ['二是', ['县行政审批局', '县民宗局'], ['各乡镇人民政府']],
      ['三是', ['县政务服务中心'], []],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread')).toEqual([]);
  });

  it('should not report them either when the items are numbered 第一，第二，', async () => {
    const text = '某县2024年优化营商环境工作要点\n\n一、提升政务服务水平\n第一，推进便民服务中心标准化建设，县行政审批局负责，各乡镇配合，年底前完成；第二，优化热线诉求办理，县政务服务中心负责，全年推进。\n';
    const doc = await parseNotice(text, { format: 'text' });
    expect(doc.plan?.tasks.map((t) => [t.label, t.lead, t.participants])).toEqual([
      ['第一，', ['县行政审批局'], ['各乡镇']],
      ['第二，', ['县政务服务中心'], []],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread')).toEqual([]);
  });
});
