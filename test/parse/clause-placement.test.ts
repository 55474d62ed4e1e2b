import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { titleClauseSpan } from '../../src/parse/title-clause.js';
import { statesFirstIsLeadForAll } from '../../src/parse/responsibility.js';

const tasksOf = async (text: string) =>
  (await parseNotice(text)).plan?.tasks.map((t) => [t.number, t.title, t.text, t.lead, t.participants]);

const GROUP = '某区科技创新工作方案\n\n一、重点任务\n\n（一）强化科技创新\n\n1.建设研发平台。推动企业建设研发机构。\n\n2.实施科技项目。组织实施一批重大科技项目。';
// The next group's items start again at 1: the group above is the task its covering sentence names.
const NEXT = '\n\n（二）集聚创新人才\n\n1.引进高层次人才。（牵头单位：区委人才办）\n';

describe('a covering sentence in brackets (（以上任务由A牵头，B配合）)', () => {
  it('should give the group its units when the sentence stands on a line of its own after the items', async () => {
    expect(await tasksOf(`${GROUP}\n\n（以上任务由区科技局牵头，区财政局配合）${NEXT}`)).toEqual([
      ['一', '强化科技创新', '强化科技创新\n1.建设研发平台。推动企业建设研发机构。\n2.实施科技项目。组织实施一批重大科技项目。', ['区科技局'], ['区财政局']],
      ['1', '引进高层次人才', '引进高层次人才。', ['区委人才办'], []],
    ]);
  });

  it('should give the units to the group\'s items instead when they are numbered on into the next group, whose item is a task', async () => {
    const numberedOn = NEXT.replace('1.引进', '3.引进');
    for (const covering of ['\n\n（以上任务由区科技局牵头，区财政局配合）', '（以上任务由区科技局牵头，区财政局配合。）']) {
      expect(await tasksOf(`${GROUP}${covering}${numberedOn}`)).toEqual([
        ['1', '建设研发平台', '建设研发平台。推动企业建设研发机构。', ['区科技局'], ['区财政局']],
        ['2', '实施科技项目', '实施科技项目。组织实施一批重大科技项目。', ['区科技局'], ['区财政局']],
        ['3', '引进高层次人才', '引进高层次人才。', ['区委人才办'], []],
      ]);
    }
  });

  it('should read it the same when it ends the last item, and take it out of that item with its brackets', async () => {
    const tasks = await tasksOf(`${GROUP}（以上任务由区科技局牵头，区财政局配合。）${NEXT}`);
    expect(tasks?.[0]).toEqual(['一', '强化科技创新', '强化科技创新\n1.建设研发平台。推动企业建设研发机构。\n2.实施科技项目。组织实施一批重大科技项目。', ['区科技局'], ['区财政局']]);
  });

  it('should report a bracketed covering line whose clause is not read, rather than drop it silently', async () => {
    const doc = await parseNotice(`${GROUP}\n\n（以上任务由区科技局会同区财政局研究制定细则）${NEXT}`);
    const unread = doc.diagnostics.filter((d) => d.ruleId === 'clause-unread');
    expect(unread.map((d) => d.message)).toEqual([expect.stringContaining("以上任务由区科技局会同区财政局研究制定细则")]);
  });
});

describe('a clause in brackets between an item\'s title and its text', () => {
  it('should read the clause, keep the title before it and the text without it', async () => {
    const text = '某区2025年科技工作要点\n\n一、强化创新主体培育\n\n1.推进企业研发机构建设（牵头单位：区经信局；配合单位：区科技局）。推动规上工业企业研发机构全覆盖。\n\n2.加快科技成果转化（区科技局牵头，各街道配合）。建设概念验证中心3家。\n';
    expect(await tasksOf(text)).toEqual([
      ['1', '推进企业研发机构建设', '推进企业研发机构建设。推动规上工业企业研发机构全覆盖。', ['区经信局'], ['区科技局']],
      ['2', '加快科技成果转化', '加快科技成果转化。建设概念验证中心3家。', ['区科技局'], ['各街道']],
    ]);
  });

  it.each([
    ['加快科技成果转化(区科技局牵头,各街道配合)。建设概念验证中心3家。', '区科技局牵头,各街道配合'],
    ['推进研发机构建设(牵头单位:区经信局);推动全覆盖。', '牵头单位:区经信局'],
    ['加快成果转化(区科技局负责),建设中心3家。', '区科技局负责'],
  ])('should find the bracket after the title of %s', (match, inside) => {
    const span = titleClauseSpan(match, 0);
    expect(span && match.slice(span.open + 1, span.close)).toBe(inside);
  });

  it.each([
    ['推进试点工作(试行)。建设平台。'],
    ['加快科技成果转化(区科技局牵头,各街道配合)'],
    ['推进改革,深化协同(区科技局牵头)。建设平台。'],
    ['区科技局(区知识产权局)负责。建设平台。'],
  ])('should find no title clause in %s', (match) => {
    expect(titleClauseSpan(match, 0)).toBeNull();
  });

  it('should not take a title and half a bracket for a verbal clause when the bracket goes on into the text', async () => {
    const tasks = await tasksOf('某区工作要点\n\n一、任务\n\n1.加快科技成果转化（区科技局牵头，各街道配合）建设概念验证中心3家。\n');
    expect(tasks?.flatMap((t) => t[3] as string[]).some((u) => u.includes('（'))).toBe(false);
  });
});

describe('a first-unit-leads note inside one task\'s clause', () => {
  const PLAN = '衡岚市数字经济三年行动计划\n一、重点任务\n（一）夯实数字基础设施\n1.加快5G网络建设。推进5G网络在城区连续覆盖。责任单位：市工信局、市通信发展办。\n';

  it('should hold for its own task alone when it has no 下同', async () => {
    const tasks = await tasksOf(`${PLAN}2.发展电子信息制造业。围绕智能终端延链补链。（责任单位：高新区管委会、市工信局，列第一位的为牵头单位）\n`);
    expect(tasks?.map((t) => [t[0], t[3], t[4]])).toEqual([
      ['1', ['市工信局', '市通信发展办'], []],
      ['2', ['高新区管委会'], ['市工信局']],
    ]);
  });

  it('should still hold for the whole document when it has 下同, or is said apart from any clause', () => {
    expect(statesFirstIsLeadForAll('(责任单位:A局、B局,列第一位的为牵头单位,下同)')).toBe(true);
    expect(statesFirstIsLeadForAll('重点任务如下(责任单位中排在第一位的为牵头单位)。')).toBe(true);
    expect(statesFirstIsLeadForAll('注:各项任务中列第一位的为牵头单位。')).toBe(true);
    expect(statesFirstIsLeadForAll('制定以下措施(各项措施的责任单位中排名首位的为牵头单位,其余为配合单位)。')).toBe(true);
  });

  it('should not hold for the whole document when it closes one clause\'s list of units', () => {
    expect(statesFirstIsLeadForAll('…补链。(责任单位:高新区管委会、市工信局,列第一位的为牵头单位)')).toBe(false);
    expect(statesFirstIsLeadForAll('…补链。(县城管局、县财政局,第一个单位为牵头单位)')).toBe(false);
    expect(statesFirstIsLeadForAll('…补链。责任单位:市商务局、市工信局,排在第一位的为牵头单位。')).toBe(false);
  });
});

describe('a clause line after sub-items that each have their own clause', () => {
  const head = '东港市2024年生态环境保护工作要点\n\n一、深入打好污染防治攻坚战\n\n';
  const item2 = '2.深入打好碧水保卫战。\n（1）推进入河排污口整治。（牵头单位：市生态环境局）\n（2）加强饮用水水源地保护。（牵头单位：市水利局）\n';

  it('should give the line to the item over them, which has none, and leave each sub-item its own', async () => {
    const text = `${head}${item2}（牵头单位：市生态环境局；配合单位：市水利局、市农业农村局）\n\n3.深入打好净土保卫战。（牵头单位：市生态环境局）\n`;
    const doc = await parseNotice(text);
    expect(doc.plan!.tasks.map((t) => [t.label, t.text, t.lead, t.participants])).toEqual([
      ['2.', '深入打好碧水保卫战。', ['市生态环境局'], ['市水利局', '市农业农村局']],
      ['（1）', '推进入河排污口整治。', ['市生态环境局'], []],
      ['（2）', '加强饮用水水源地保护。', ['市水利局'], []],
      ['3.', '深入打好净土保卫战。', ['市生态环境局'], []],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'responsibility-repeated')).toEqual([]);
  });

  it('should keep a second clause line before the next sub-item a repeat of the sub-item above it', async () => {
    const text = `${head}2.深入打好碧水保卫战。\n（1）推进入河排污口整治。（牵头单位：市生态环境局）\n（牵头单位：市水利局）\n（2）加强饮用水水源地保护。（牵头单位：市水利局）\n`;
    const doc = await parseNotice(text);
    expect(doc.plan!.tasks.map((t) => t.label)).toEqual(['（1）', '（2）']);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'responsibility-repeated').map((d) => d.position?.start.line)).toEqual([7]);
  });
});

describe('a clause that ends the last of an item\'s sub-items written as one list', () => {
  const head = '某县养老服务提升行动方案\n\n一、重点任务\n\n';
  const after = '2.发展老年助餐服务。合理布局助餐点。（牵头单位：县民政局，配合单位：县商务局）\n';
  const rows = (doc: Awaited<ReturnType<typeof parseNotice>>) => doc.plan!.tasks.map((t) => [t.label, t.title, t.text, t.lead, t.participants]);

  it.each([
    ['（1）', '（2）'],
    ['①', '②'],
    ['(1)', '(2)'],
  ])('should give the item over %s…；%s…。（牵头单位：A） the clause, the sub-items its text', async (one, two) => {
    const text = `${head}1.建设区域养老服务中心。重点做好以下工作：\n${one}完善日间照料功能；\n${two}拓展助餐助浴服务。（牵头单位：县民政局，配合单位：县财政局）\n${after}`;
    const doc = await parseNotice(text);
    expect(rows(doc)).toEqual([
      ['1.', '建设区域养老服务中心', `建设区域养老服务中心。重点做好以下工作：\n${one}完善日间照料功能；\n${two}拓展助餐助浴服务。`, ['县民政局'], ['县财政局']],
      ['2.', '发展老年助餐服务', '发展老年助餐服务。合理布局助餐点。', ['县民政局'], ['县商务局']],
    ]);
    expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('should read it so over three sub-items too, the clause after the last one\'s full stop or not', async () => {
    const text = `${head}1.建设区域养老服务中心：\n（1）完善日间照料功能；\n（2）拓展助餐助浴服务；\n（3）开展康复护理服务（牵头单位：县民政局）。\n${after}`;
    expect(rows(await parseNotice(text))[0]).toEqual([
      '1.', '建设区域养老服务中心', '建设区域养老服务中心：\n（1）完善日间照料功能；\n（2）拓展助餐助浴服务；\n（3）开展康复护理服务。', ['县民政局'], [],
    ]);
  });

  it('should keep sub-items that each end with their own clause tasks of their own', async () => {
    const text = `${head}1.建设区域养老服务中心。重点做好以下工作：\n（1）完善日间照料功能（牵头单位：县民政局）；\n（2）拓展助餐助浴服务。（牵头单位：县商务局）\n${after}`;
    expect(rows(await parseNotice(text)).map((r) => [r[0], r[3]])).toEqual([
      ['（1）', ['县民政局']],
      ['（2）', ['县商务局']],
      ['2.', ['县民政局']],
    ]);
  });

  it('should leave the clause the last sub-item\'s when the ones before it end their sentence rather than run on', async () => {
    const text = `${head}1.建设区域养老服务中心。\n（1）完善日间照料功能。\n（2）拓展助餐助浴服务。（牵头单位：县民政局）\n${after}`;
    expect(rows(await parseNotice(text)).map((r) => [r[0], r[3]])).toEqual([
      ['（2）', ['县民政局']],
      ['2.', ['县民政局']],
    ]);
  });
});
