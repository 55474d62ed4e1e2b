import { describe, expect, it } from 'vitest';
import { coveringOpening } from '../../src/parse/covering-clause.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const HEAD = '某区2024年重点工作要点\n\n一、重点任务\n\n';

const parse = (body: string) => parseNotice(HEAD + body, { format: 'text' });

const tasksOf = async (body: string) =>
  (await parse(body)).plan!.tasks.map((t) => [t.label, t.lead.join('、'), t.participants.join('、'), t.deadline ?? '', t.title]);

describe('a clause without brackets that opens with its deadline or its leader', () => {
  it.each([
    ['；', '完成时限：2024年12月底；责任单位：区农业农村局'],
    ['，', '完成时限：2024年12月底，责任单位：区农业农村局'],
    ['a space', '完成时限：2024年12月底 责任单位：区农业农村局'],
    ['a stop after the units', '完成时限：2024年12月底；责任单位：区农业农村局。'],
  ])('should read a clause that opens with 完成时限 before %s at the end of an item\'s line', async (_, clause) => {
    expect(await tasksOf(`　　1.完成农村户厕改造200户。${clause}\n`)).toEqual([['1.', '区农业农村局', '', '2024年12月底', '完成农村户厕改造200户']]);
  });

  it('should read 时间节点 before the roles, and the roles after it', async () => {
    expect(await tasksOf('　　1.新建污水处理站2座。时间节点：持续推进；牵头单位：区生态环境局；配合单位：各街道办事处\n')).toEqual([
      ['1.', '区生态环境局', '各街道办事处', '持续推进', '新建污水处理站2座'],
    ]);
  });

  it('should read the leader named before the roles as a contact, not a unit', async () => {
    const doc = await parse('　　1.整治村庄道路15公里。责任领导：周某；牵头单位：区交通运输局\n');
    expect(doc.plan!.tasks.map((t) => [t.lead, t.contacts])).toEqual([[['区交通运输局'], ['责任领导：周某']]]);
  });

  it('should read a bare deadline, or another keyed part, opening the clause as the sentence\'s start', async () => {
    expect(await tasksOf('　　1.推进改厕。2024年底前完成；责任单位：区农业农村局\n　　2.推进改水。实施范围：全区；责任单位：区水务局\n')).toEqual([
      ['1.', '区农业农村局', '', '2024年底前完成', '推进改厕'],
      ['2.', '区水务局', '', '', '推进改水'],
    ]);
  });

  it('should not take a deadline part that does not open a sentence as the clause\'s start, and report the clause', async () => {
    // The item's own sentence runs on into the deadline: no clause opens there, and the units are reported.
    const body = '　　1.推进改厕，完成时限：2024年底；责任单位：区农业农村局\n　　2.推进改水。责任单位：区水务局\n';
    expect(await tasksOf(body)).toEqual([['2.', '区水务局', '', '', '推进改水']]);
    expect((await parse(body)).diagnostics.map((d) => [d.ruleId, d.line, d.column, d.message])).toEqual([
      ['clause-unread', 5, 22, 'the responsibility clause "责任单位：区农业农村局" was not read: its units are in no task'],
    ]);
  });
});

describe('a verbal clause set off by a dash after the task\'s words', () => {
  it('should read ——A牵头，B、C配合 and not report it as unread', async () => {
    const doc = await parse('1.稳定汽车等大宗消费。——区商务局牵头，区公安分局、区工信局配合\n');
    expect(doc.plan!.tasks.map((t) => [t.title, t.lead, t.participants])).toEqual([['稳定汽车等大宗消费', ['区商务局'], ['区公安分局', '区工信局']]]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread')).toEqual([]);
  });
});

describe('a clause without brackets whose last unit ends in a bracket', () => {
  it.each([
    ['责任单位：区农业农村局、各村（社区）', '区农业农村局、各村（社区）', ''],
    ['责任单位：区城管局、各镇（街道）', '区城管局、各镇（街道）', ''],
    ['牵头单位：区生态环境局；配合单位：各村（社区）', '区生态环境局', '各村（社区）'],
    ['牵头单位：市民政局；配合单位：各县（市、区）', '市民政局', '各县（市、区）'],
    ['责任单位：区大数据局、区政务服务办（牵头）', '区政务服务办', '区大数据局'],
    ['责任单位：区大数据局、区政务服务办（牵头单位）。', '区政务服务办', '区大数据局'],
  ])('should read %s with the bracket kept with its name', async (clause, lead, participants) => {
    expect(await tasksOf(`　　1.完成改厕200户。${clause}\n`)).toEqual([['1.', lead, participants, '', '完成改厕200户']]);
  });

  it('should read the deadline in brackets after a bracketed last unit', async () => {
    expect(await tasksOf('　　1.完成改厕200户。责任单位：区城管局、各镇（街道）（2024年底前完成）\n')).toEqual([
      ['1.', '区城管局、各镇（街道）', '', '2024年底前完成', '完成改厕200户'],
    ]);
  });
});

describe('the units of a 若干措施\'s measures', () => {
  it.each([
    ['以上政策由区商务局负责兑现', '以上政策由'],
    ['上述政策由区商务局负责', '上述政策由'],
    ['以上条款由区商务局负责兑现', '以上条款由'],
    ['以上扶持政策由区商务局负责兑现', '以上扶持政策由'],
    ['以上政策措施均由区商务局负责兑现', '以上政策措施均由'],
  ])('should read the opening of %s as %s', (line, opening) => {
    expect(line.slice(0, coveringOpening(line))).toBe(opening);
  });

  it.each([
    ['以上政策由区商务局负责兑现，区统计局配合。', '区商务局', '区统计局'],
    ['以上政策由区商务局牵头。', '区商务局', ''],
    ['上述政策由区商务局负责。', '区商务局', ''],
    ['以上条款由区商务局负责兑现。', '区商务局', ''],
    ['以上措施由区商务局负责兑现。', '区商务局', ''],
    ['以上政策由区政务服务中心负责受理。', '区政务服务中心', ''],
  ])('should give the group the units of the line %s after its measures', async (line, lead, participants) => {
    const tasks = await tasksOf(`　　（一）对首次入统的企业给予5万元奖励。\n　　（二）对新开业的商场给予10万元奖励。\n　　${line}\n`);
    expect(tasks).toEqual([['一、', lead, participants, '', '重点任务']]);
  });

  it('should report a line that opens as one giving units but is not read, and not one saying who interprets', async () => {
    const doc = await parse('　　（一）对首次入统的企业给予5万元奖励。\n　　以上政策由区商务局统筹兑现。\n　　以上政策由区商务局负责解释。\n');
    expect(doc.plan!.tasks).toEqual([]);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.line, d.column, d.message])).toEqual([
      ['clause-unread', 6, 3, 'the responsibility clause "以上政策由区商务局统筹兑现" was not read: the items it covers name no units'],
    ]);
  });

  it.each([
    ['兑现部门：区商务局', ['区商务局'], [], ['兑现部门']],
    ['受理部门：区政务服务中心', ['区政务服务中心'], [], ['受理部门']],
    ['兑现单位：区财政局；配合单位：区统计局', ['区财政局'], ['区统计局'], ['兑现单位', '配合单位']],
    ['政策兑现责任单位：区投资促进局；配合单位：区财政局', ['区投资促进局'], ['区财政局'], ['政策兑现责任单位', '配合单位']],
    ['政策兑现部门：区商务局', ['区商务局'], [], ['政策兑现部门']],
  ])('should read the clause %s with the paying or accepting department leading', (clause, lead, participants, labels) => {
    const r = parseClause(clause, fold(clause), false);
    expect(r && { lead: r.lead, participants: r.participants, labels: r.roles.map((x) => x.label) }).toEqual({ lead, participants, labels });
  });
});

describe('a bracket naming a kind of body, no body', () => {
  it.each(['指标名称（单位）', '指标名称(单位)', '责任主体（部门）', '指标（计量单位）'])('should not read the bracket of %s as a clause naming units', (line) => {
    expect(parseClause(line.replace(/^.*?[（(]|[）)]$/g, ''), fold(line.replace(/^.*?[（(]|[）)]$/g, '')), true)).toBeNull();
  });

  it('should give an item no clause, and so no task of a unit 单位, from a line 指标名称（单位） under it', async () => {
    const doc = await parse('　　1.优化营商环境。\n指标名称（单位）\n2024年目标值\n');
    expect(doc.outline[0]!.children.map((n) => [n.title, n.responsibility])).toEqual([['优化营商环境', null]]);
    expect(doc.plan!.tasks).toEqual([]);
  });
});
