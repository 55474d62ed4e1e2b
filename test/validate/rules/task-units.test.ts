import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, findings, htmlFindings, messages, ruleTable, TASK_ANNEX_ROWS, TASK_TABLE_HTML, withLines, withTaskAnnex, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'task-units';
const task1 = (clause: string): string => withLines({ 30: `1.建设算力中心。加快算力设施建设。(${clause})` });

const valid: ValidCase[] = [
  ['the base notice', BASE_NOTICE],
  ['an annex task table beside the text\'s tasks, every row with a lead', withTaskAnnex(TASK_ANNEX_ROWS)],
  ['a 责任单位 clause: its units lead jointly', task1('责任单位:区科技局、区财政局')],
  ['a verbal clause 区科技局牵头,区财政局配合', task1('区科技局牵头,区财政局、区发展改革委按职责分工负责')],
  ['an alias that is not named twice', task1('牵头单位:区科学技术局,参与单位:区财政局')],
  ['a unit among those responsible singled out to lead (其中A负总责)', task1('责任单位:区应急局、区委宣传部、区融媒体中心,其中区应急局负总责')],
  ['a 责任单位 list whose lead a 牵头单位 label names again', task1('责任单位:区应急局、区委宣传部;牵头单位:区应急局')],
  ['a last item that says when the plan takes effect (第四条　本方案自印发之日起施行), beside items that name units', withLines({ 35: '\n4.本方案自印发之日起施行，有效期至2026年12月31日。' })],
  ['items none of which names units, their group\'s covering sentence naming them', withLines({ 30: '1.建设算力中心。', 32: '2.推进基站覆盖。', 34: '3.培育数字企业。', 35: '\n以上任务由区科技局牵头,区财政局配合。' })],
];

const invalid: InvalidCase[] = [
  ['a clause with participants only, at the clause', task1('参与单位:区财政局、区发展改革委'), ['30:19 error']],
  ['an item without any clause among tasks that have one', withLines({ 32: '2.推进基站覆盖。加快基站建设。' }), ['32:1 error']],
  [
    'items without any clause beside one task that has one (its clause perhaps meant for all)',
    withLines({ 30: '1.建设算力中心。加快算力设施建设。', 32: '2.推进基站覆盖。加快基站建设。' }),
    ['30:1 error', '32:1 error'],
  ],
  ['a participant named twice, at the second', task1('牵头单位:区科技局,参与单位:区财政局、区财政局'), ['30:40 error']],
  ['a unit named twice among those responsible though one is singled out to lead, at the second', task1('责任单位:区应急局、区应急局,其中区应急局负总责'), ['30:30 error']],
  ['a unit both lead and participant, at the participant', task1('牵头单位:区科技局,参与单位:区科技局'), ['30:35 error']],
  ['a unit that holds a labelled part of the clause (no separator before 责任领导:), at the unit', task1('责任单位:区科技局、区财政局责任领导:王明'), ['30:30 error']],
  // Line 43, the third row of an annex task table beside the text's tasks: 3 | 培育数字企业 | (empty) | 区科技局.
  ['an annex task table row beside the text\'s tasks with an empty lead cell, at the cell', withTaskAnnex([...TASK_ANNEX_ROWS.slice(0, 2), ['3', '培育数字企业', '', '区科技局']]), ['43:10 error']],
];

/** Row 3 of the task table (line 14): 序号 at column 9, 牵头单位 at 38, 配合单位 at 51. */
const row3 = (lead: string, participant: string): string =>
  TASK_TABLE_HTML.replace('<td>区司法局</td><td>区财政局</td>', `<td>${lead}</td><td>${participant}</td>`);

const validTables: ValidCase[] = [['a task table whose rows each name a lead', TASK_TABLE_HTML]];

const invalidTables: InvalidCase[] = [
  ['a task table row with an empty 牵头单位 cell, at the cell', row3('', '区财政局'), ['14:38 error']],
  ['a task table row naming its lead again as participant, at the participant', row3('区司法局', '区司法局'), ['14:51 error']],
];

describe('task-units', () => {
  ruleTable(RULE, valid, invalid);

  it.each(validTables)('should accept %s', async (_name, html) => {
    expect(await htmlFindings(RULE, html)).toEqual([]);
  });
  it.each(invalidTables)('should report %s', async (_name, html, expected) => {
    expect(await htmlFindings(RULE, html)).toEqual(expected);
  });

  it('should say which unit is repeated and where it first stands', async () => {
    expect(await messages(RULE, task1('牵头单位:区科技局,参与单位:区科技局'))).toEqual([
      '"区科技局" is both a lead and a participant of this task (also at 30:25)',
    ]);
    expect(await messages(RULE, task1('参与单位:区财政局'))).toEqual(['task 1. has no lead unit (牵头单位)']);
  });

  it('should say that a unit holding a colon is a part of the clause read as a unit', async () => {
    expect(await messages(RULE, task1('牵头单位:区科技局,参与单位:区财政局主要任务:建设'))).toEqual([
      '"区财政局主要任务:建设" is no unit\'s name: it holds a colon, a labelled part of the clause (完成时限：…) read as a unit',
    ]);
  });

  it('should not ask for the units of a group whose tasks are the rows of its task table, and still of a group with neither', async () => {
    const plan = (third: string): string =>
      '某区数字政府建设方案\n\n一、重点任务\n\n（一）夯实数字底座\n\n1.建设政务云。（牵头单位：区大数据中心）\n\n（二）优化政务服务\n\n' +
      '表1 政务服务任务表\n序号\t任务\t牵头单位\t参与单位\n1\t推进一网通办\t区行政审批局\t区大数据中心\n\n' +
      `（三）提升治理效能\n\n${third}\n`;
    expect(await findings(RULE, plan('1.建设城运平台。（牵头单位：区城管局）'))).toEqual([]);
    expect(await findings(RULE, plan('建设城运平台。'))).toEqual(['15:1 error']);
  });

  it('should ask no lead of a project list\'s 合计 row, and name the list\'s own 责任单位 column for a row without one', async () => {
    const list = (third: string): string =>
      '某县2024年重大项目建设计划\n\n一、重点项目\n\n具体项目见附件。\n\n附件\n\n某县2024年重大项目表\n\n' +
      '序号\t项目名称\t总投资\t责任单位\n1\t县城污水处理厂扩建工程\t45000\t县水务局\n2\t城东片区道路工程\t33000\t县交通运输局\n' +
      `${third}\n合计\t\t78000\t\n`;
    expect(await findings(RULE, list(''))).toEqual([]);
    expect(await messages(RULE, list('3\t县人民医院新院区\t52000\t'))).toEqual([
      'task 3 of the task table (row at 14:1) has no lead unit: its 责任单位 cell is empty',
    ]);
  });

  it('should count configured aliases as the same unit', async () => {
    const text = task1('牵头单位:区科技局,参与单位:区创新委');
    expect(await findings(RULE, text)).toEqual([]);
    const config = { units: { aliases: { 区科技局: ['区创新委'] } } };
    expect(await findings(RULE, text, { config })).toEqual(['30:35 error']);
  });

  // The spellings query and diff take for one unit, without any configuration.
  it.each([
    ['its full name', '牵头单位:区科技局,参与单位:区科学技术局', '30:35 error'],
    ['the notice\'s place in front', '牵头单位:区经济和信息化局,参与单位:河西区经信局', '30:39 error'],
    ['no level word, the notice naming it at one level only', '牵头单位:区科技局,参与单位:科技局', '30:35 error'],
    ['the second name it is written with', '牵头单位:区科技局(区知识产权局),参与单位:区知识产权局', '30:43 error'],
    ['中共 before the Party committee', '牵头单位:中共河西区委宣传部,参与单位:区委宣传部', '30:40 error'],
  ])('should find a unit both lead and participant when the participant is written by %s', async (_, clause, finding) => {
    expect(await findings(RULE, task1(clause))).toEqual([finding]);
  });
});
