import { describe, expect, it } from 'vitest';
import { departmentLoad } from '../../src/query/departments.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A district notice of numbered tasks, each with its clause. */
const notice = (...tasks: string[]): string => ['某区2024年工作要点', '', '一、重点任务', ...tasks.map((t, k) => `${k + 1}．${t}`)].join('\n');
const parse = (...tasks: string[]) => parseNotice(notice(...tasks), { name: 'n.txt' });
const rolesOf = (rows: Array<{ number: string; role?: string }>): string[][] => rows.map((r) => [r.number, r.role ?? '']);

describe('the bodies of a Party committee, with the committee and without', () => {
  const doc = parse('任务甲。（牵头单位：区文明办；配合单位：区编办）', '任务乙。（牵头单位：区委网信办；配合单位：区委老干部局）', '任务丙。（牵头单位：区委人才办；配合单位：区委统战部）');

  it.each([
    ['区委文明办', [['1', 'lead']]],
    ['区老干部局', [['2', 'participant']]],
    ['区人才办', [['3', 'lead']]],
    ['区统战部', [['3', 'participant']]],
    ['区委编办', [['1', 'participant']]],
  ])('should find %s by the other way of writing it', async (dept, expected) => {
    expect(rolesOf(await queryTasks(await doc, { dept }))).toEqual(expected);
  });
});

describe('the departments of a government or Party committee', () => {
  it('should be no unit: no row in departments, as 全区各部门 has none', async () => {
    const doc = await parse('任务甲。（牵头单位：区政府办；配合单位：区政府各部门）', '任务乙。（牵头单位：区政府办；配合单位：区人民政府各部门）', '任务丙。（牵头单位：区政府办；配合单位：区委各部门）');
    expect((await departmentLoad(doc)).map((r) => r.unit)).toEqual(['区政府办']);
    // The task keeps the name as written.
    expect(doc.plan?.tasks.map((t) => t.participants)).toEqual([['区政府各部门'], ['区人民政府各部门'], ['区委各部门']]);
  });
});
