import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/types.js';
import type { Goal, Task } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { entityText } from '../../src/render/diff-describe.js';

const added = (entity: Goal | Task, kind: 'goal' | 'task'): string => entityText({ kind, op: 'added', old: null, new: entity, line: 1, column: 1 } as Change, entity);

describe('entityText of a goal added or removed', () => {
  it.each([
    ['qualifiers before and after the figure where they are written', '全区研发经费投入强度力争达到3.2%以上', '全区研发经费投入强度 力争 3.2%以上 (2025)'],
    ['a floor written with 余 inside the figure', '新增城镇就业5000余人', '新增城镇就业 5000余人 (2025)'],
    ['a range with both ends, each with its unit', '规模以上工业增加值年均增长10%—15%', '规模以上工业增加值年均增长 10%—15% (2025)'],
    ['a range in Chinese numerals', '新建众创空间三至五个', '新建众创空间 三至五个 (2025)'],
    ['a range joined with a tilde', '孵化器达到3~5家', '孵化器 3~5家 (2025)'],
    ['a bound verb before the figure', '高新技术企业不少于200家', '高新技术企业 不少于 200家 (2025)'],
  ])('should write %s', async (_name, target, expected) => {
    const doc = await parseNotice(`某区创新发展行动方案\n\n一、工作目标\n\n到2025年，${target}。\n\n二、重点任务\n\n（一）发展分布式光伏。（区发展改革委负责）\n`);
    const [goal] = doc.plan!.goals;
    expect(added(goal!, 'goal')).toBe(expected);
  });

  it('should write a range from the goal when its sentence does not hold it', () => {
    const goal: Goal = { indicator: '新建创新平台', value: 3, raw: '3', unit: '个', upTo: 5, comparison: 'at-least', sentence: '', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
    expect(added(goal, 'goal')).toBe('新建创新平台 3—5个');
  });
});

describe('entityText of a task added or removed', () => {
  it('should give the deadline beside the units, as the clause does', async () => {
    const doc = await parseNotice('某区创新发展行动方案\n\n一、重点任务\n\n1.建设中试平台。面向生物医药建设中试基地。（牵头单位：区经信局；参与单位：区科技局；完成时限：2025年6月底前）\n');
    const [task] = doc.plan!.tasks;
    expect(added(task!, 'task')).toBe('建设中试平台。面向生物医药建设中试基地。 (牵头: 区经信局; 参与: 区科技局; 完成时限: 2025年6月底前)');
  });
});

describe('entityText of an article added or removed', () => {
  const article = (title: string, text: string): Change =>
    ({ kind: 'article', op: 'added', old: null, new: { number: '四', label: '第四条', title, text, chapter: null, position: null }, line: 1, column: 1 }) as unknown as Change;

  it('should print an article whose text opens with its title once, not the title and again the text', () => {
    const c = article('各区人民政府负责本行政区域内的组织实施', '各区人民政府负责本行政区域内的组织实施。');
    expect(entityText(c, c.new)).toBe('各区人民政府负责本行政区域内的组织实施。');
  });

  it('should print the title over the text where the text does not repeat it', () => {
    const c = article('适用范围', '本办法适用于本市行政区域内的公共数据授权运营。');
    expect(entityText(c, c.new)).toBe('适用范围\n本办法适用于本市行政区域内的公共数据授权运营。');
  });
});
