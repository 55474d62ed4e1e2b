import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { fixture } from './seed.js';

/**
 * fixtures/query/nested-sections.txt: 一、重点任务 › （一）发展乡村产业 › 1．/2． › （1）（2）, the
 * three tasks 建设高标准农田, 发展设施农业, 扶持农民合作社; and （二）建设宜居乡村 › 3． › ①② and
 * 4．, the three tasks 推进垃圾分类, 治理农村污水, 推进农村道路建设.
 */
const NESTED = 'fixtures/query/nested-sections.txt';

const parse = (text: string): Promise<PlanDocument> => parseNotice(Buffer.from(text), { name: 'inline.txt' });
const titles = (rows: ReadonlyArray<{ title: string }>): string[] => rows.map((r) => r.title);

describe('sections of an outline three levels deep', () => {
  it('should be the （一）/（二） groups, not the 1．/2． subgroups', async () => {
    const doc = await fixture(NESTED);
    expect(doc.plan?.sections.map((s) => [s.label, s.title])).toEqual([
      ['（一）', '发展乡村产业'],
      ['（二）', '建设宜居乡村'],
    ]);
  });

  it('should give --section 一 every task under （一）, however deep', async () => {
    expect(titles(await queryTasks(await fixture(NESTED), { section: '一' }))).toEqual(['建设高标准农田', '发展设施农业', '扶持农民合作社']);
  });

  it('should give --section 二 the tasks of （二） only, the ① ② items among them', async () => {
    expect(titles(await queryTasks(await fixture(NESTED), { section: '二' }))).toEqual(['推进垃圾分类', '治理农村污水', '推进农村道路建设']);
  });

  it('should have no section 三, and name the two there are', async () => {
    await expect(queryTasks(await fixture(NESTED), { section: '三' })).rejects.toMatchObject({ code: 'no-such-section', suggestions: ['一', '二'] });
  });

  it('should name no section of a task table that has no numbered ones, rather than an empty number', async () => {
    const doc = await parse('某区方案\n\n附件\n\n某区重点任务分解表\n\n序号\t重点任务\t牵头单位\n1\t建设养老服务综合体\t区民政局\n2\t培训养老护理员\t区人社局\n');
    expect(doc.plan?.tasks.map((t) => t.title)).toEqual(['建设养老服务综合体', '培训养老护理员']);
    await expect(queryTasks(doc, { section: '一' })).rejects.toMatchObject({ code: 'no-such-section', suggestions: [] });
  });

  it('should take the top level for the groups of an outline without parts', async () => {
    const doc = await parse('某方案\n\n（一）甲组\n\n1．子组\n\n（1）任务甲。（牵头单位：区科技局）\n\n（二）乙组\n\n2．任务乙。（牵头单位：区财政局）\n');
    expect(doc.plan?.tasks.map((t) => [t.title, t.section?.title])).toEqual([
      ['任务甲', '甲组'],
      ['任务乙', '乙组'],
    ]);
  });

  it('should take the part for the group of tasks that sit right under it', async () => {
    const doc = await parse('某方案\n\n一、重点任务\n\n1．任务甲。（牵头单位：区科技局）\n\n2．任务乙。（牵头单位：区财政局）\n\n二、保障措施\n\n加强领导。\n');
    expect(doc.plan?.tasks.map((t) => [t.title, t.section?.number, t.section?.title])).toEqual([
      ['任务甲', '一', '重点任务'],
      ['任务乙', '一', '重点任务'],
    ]);
  });

  it('should make a task at the group level of a part with groups a group of its own', async () => {
    const doc = await parse(
      '某方案\n\n一、重点任务\n\n（一）甲组\n\n1．任务甲。（牵头单位：区科技局）\n\n（二）任务乙。推进某事。（牵头单位：区财政局）\n',
    );
    expect(doc.plan?.tasks.map((t) => [t.title, t.section?.number])).toEqual([
      ['任务甲', '一'],
      ['任务乙', '二'],
    ]);
  });
});

/**
 * fixtures/styles/decimal-chapters.txt: 1 总体要求; 2 重点任务 › 2.1 推进老旧小区改造 › 2.1.1, 2.1.2 and
 * 2.2 完善城市功能 › 2.2.1; 3 保障措施. Chapters without a dot, as GB/T 1.1 numbers them.
 */
const DECIMAL = 'fixtures/styles/decimal-chapters.txt';

describe('sections of a decimal outline', () => {
  it('should be the 2.1/2.2 groups of chapter 2, each task in its group', async () => {
    const doc = await fixture(DECIMAL);
    expect(doc.plan?.sections.map((s) => [s.label, s.title])).toEqual([
      ['2.1', '推进老旧小区改造'],
      ['2.2', '完善城市功能'],
    ]);
    expect(doc.plan?.tasks.map((t) => [t.number, t.section?.number])).toEqual([
      ['2.1.1', '2.1'],
      ['2.1.2', '2.1'],
      ['2.2.1', '2.2'],
    ]);
  });

  it.each([
    ['2.1', ['完善基础设施', '加装电梯']],
    ['（2.2）', ['建设口袋公园']],
    ['2', ['完善基础设施', '加装电梯', '建设口袋公园']],
  ])('should give --section %s its tasks', async (section, expected) => {
    expect(titles(await queryTasks(await fixture(DECIMAL), { section }))).toEqual(expected);
  });

  it('should have no section 2.3 or 3, and name the groups there are', async () => {
    for (const section of ['2.3', '3']) {
      await expect(queryTasks(await fixture(DECIMAL), { section })).rejects.toMatchObject({ code: 'no-such-section', suggestions: ['2.1', '2.2'] });
    }
  });

  it('should group the tasks of chapters written 2. the same way', async () => {
    const doc = await parse('某方案\n\n1. 总体目标\n\n到2027年，完成改造120个。\n\n2. 重点任务\n\n2.1 推进改造\n\n2.1.1 完善设施。改造管线。（牵头单位：区住房城乡建设委）\n');
    expect(doc.plan?.tasks.map((t) => [t.path, t.section?.number])).toEqual([[['2.', '2.1', '2.1.1'], '2.1']]);
    expect(titles(await queryTasks(doc, { section: '2.1' }))).toEqual(['完善设施']);
  });
});
