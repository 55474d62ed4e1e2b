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
});
