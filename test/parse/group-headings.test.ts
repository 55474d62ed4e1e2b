import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { groupHeading } from '../../src/parse/group-heading.js';
import { fold } from '../../src/text/fold.js';

const plan = (lines: string[]): string => ['某区数字经济三年行动计划', '', '一、重点任务', '', ...lines, '', '二、保障措施', '', '加强组织领导。'].join('\n');

describe('group headings over numbered tasks', () => {
  it.each([
    ['a name and number in 【】', '【专项行动一】数字基础设施提升行动', '【专项行动二】数字产业培育行动', '【专项行动一】', '数字基础设施提升行动'],
    ['a colon after the name and number', '专项行动一：数字基础设施提升行动', '专项行动二：数字产业培育行动', '专项行动一', '数字基础设施提升行动'],
    ['an arabic number and a half-width colon', '重点工程1:数字基础设施提升工程', '重点工程2:数字产业培育工程', '重点工程1', '数字基础设施提升工程'],
    ['traditional characters and a space', '專項行動一　數字基礎設施提升行動', '專項行動二　數字產業培育行動', '專項行動一', '數字基礎設施提升行動'],
  ])('should read %s as the heading over its tasks, in no task\'s text', async (_what, first, second, label, title) => {
    const doc = await parseNotice(
      plan([first, '', '1.加快5G网络建设。新建5G基站1500个。（牵头单位：区科技局）', '', '2.建设算力基础设施。（牵头单位：区发展改革委）', '', second, '', '3.培育软件产业。（牵头单位：区科技局）']),
    );
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(tasks[1]!.text).toBe('建设算力基础设施。');
    expect(tasks[1]!.position.end.line).toBe(9);
    expect(tasks.map((t) => t.path[1])).toEqual([label, label, second.slice(0, label.length)]);
    expect(tasks[0]!.section?.title).toBe(title);
    expect(doc.plan!.sections.map((s) => s.label)).toEqual([label, second.slice(0, label.length)]);
  });

  it('should head tasks tagged with their number (任务一：…) under a 【专项行动一】 heading', async () => {
    const doc = await parseNotice(
      plan(['【专项行动一】数字基础设施提升行动', '', '任务一：加快5G网络建设。新建5G基站1500个。（牵头单位：区科技局）', '', '【专项行动二】数字产业培育行动', '', '任务二：培育软件产业。（牵头单位：区科技局）']),
    );
    expect(doc.plan!.tasks.map((t) => [t.label, t.section?.title, t.text])).toEqual([
      ['任务一：', '数字基础设施提升行动', '加快5G网络建设。新建5G基站1500个。'],
      ['任务二：', '数字产业培育行动', '培育软件产业。'],
    ]);
  });

  it('should keep a task tagged with its number and a sentence (任务一：加快…。…) a task, not a heading', () => {
    const line = '任务一：加快5G网络建设。新建5G基站1500个。（牵头单位：区科技局）';
    expect(groupHeading(line, fold(line))).toBeNull();
  });

  it.each([
    ['a revision mark', '【删除】'],
    ['a box', '【专栏1】重点工程'],
    ['a clause label', '【牵头单位】区科技局'],
    ['a sentence naming an action', '专项行动一所列项目由区发展改革委负责。'],
  ])('should not read %s as a group heading', (_what, line) => {
    expect(groupHeading(line, fold(line))).toBeNull();
  });

  it('should leave a 【专项行动一】 line over no numbered item in the text, as before', async () => {
    const doc = await parseNotice(plan(['1.加快5G网络建设。（牵头单位：区科技局）', '【专项行动一】数字基础设施提升行动', '推进千兆光网建设。', '推动数据中心建设。']));
    expect(doc.plan!.tasks[0]!.text).toContain('【专项行动一】数字基础设施提升行动');
  });
  it('should keep 行动一：…。（牵头单位：A） lines tasks of the part, and a 【任务一】 heading over items 1. 2. after them its own group', async () => {
    const doc = await parseNotice(
      plan([
        '行动一：实施数字基础设施提升行动，新建5G基站1000个。（牵头单位：区工信局）', '行动二：实施数字产业培育行动，培育规上软件企业10家。（牵头单位：区科技局）',
        '【任务一】推进算力设施建设', '1.编制全区算力设施布局规划。（牵头单位：区发展改革委）', '2.推进数据中心绿色化改造。（牵头单位：区发展改革委）',
      ]),
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.title, t.title, t.lead])).toEqual([
      ['', '重点任务', '行动一：实施数字基础设施提升行动，新建5G基站1000个', ['区工信局']],
      ['', '重点任务', '行动二：实施数字产业培育行动，培育规上软件企业10家', ['区科技局']],
      ['1', '推进算力设施建设', '编制全区算力设施布局规划', ['区发展改革委']],
      ['2', '推进算力设施建设', '推进数据中心绿色化改造', ['区发展改革委']],
    ]);
    expect(doc.plan!.tasks[2]!.path).toEqual(['一、', '【任务一】', '1.']);
  });

  it('should leave a 专题一 主要指标表 caption over goal lines no task, the 行动二 task above it keeping its own clause', async () => {
    const doc = await parseNotice(
      plan([
        '行动一：实施数字基础设施提升行动，新建5G基站1000个。（牵头单位：区工业和信息化局；配合单位：区住房和城乡建设局）',
        '行动二：实施数字产业培育行动，培育规上软件企业10家。（牵头单位：区科技局）',
        '【任务一】区发展改革委', '1.编制全区算力设施布局规划。（牵头单位：区发展改革委）', '2.推进数据中心绿色化改造。（牵头单位：区发展改革委；配合单位：区生态环境局）',
        '专题一 主要指标表', '1.数字经济核心产业增加值占GDP比重达到12%。', '2.两化融合发展水平指数达到65。',
      ]),
    );
    expect(doc.plan!.tasks.map((t) => [t.title, t.text, t.lead])).toEqual([
      ['行动一：实施数字基础设施提升行动，新建5G基站1000个', '行动一：实施数字基础设施提升行动，新建5G基站1000个。', ['区工业和信息化局']],
      ['行动二：实施数字产业培育行动，培育规上软件企业10家', '行动二：实施数字产业培育行动，培育规上软件企业10家。', ['区科技局']],
      ['编制全区算力设施布局规划', '编制全区算力设施布局规划。', ['区发展改革委']],
      ['推进数据中心绿色化改造', '推进数据中心绿色化改造。', ['区发展改革委']],
    ]);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value])).toEqual([['数字经济核心产业增加值占GDP比重', 12], ['两化融合发展水平指数', 65]]);
  });
});
