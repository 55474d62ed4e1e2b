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

describe('a named street or town and its office or government', () => {
  const doc = parse(
    '推进老旧小区改造。（牵头单位：粤海街道办事处；配合单位：区住房建设局）',
    '推进城中村整治。（牵头单位：粤海街道；配合单位：区城管局）',
    '推进农房改造。（牵头单位：青石镇人民政府；配合单位：区农业农村局）',
    '推进集镇整治。（牵头单位：青石镇；配合单位：沙河街道办）',
  );

  it.each([
    ['粤海街道', [['1', 'lead'], ['2', 'lead']]],
    ['粤海街道办', [['1', 'lead'], ['2', 'lead']]],
    ['粤海街道办事处', [['1', 'lead'], ['2', 'lead']]],
    ['青石镇', [['3', 'lead'], ['4', 'lead']]],
    ['青石镇政府', [['3', 'lead'], ['4', 'lead']]],
    ['沙河街道', [['4', 'participant']]],
    ['沙河街道办事处', [['4', 'participant']]],
  ])('should find %s by each of its names', async (dept, expected) => {
    expect(rolesOf(await queryTasks(await doc, { dept }))).toEqual(expected);
  });

  it('should be one row in departments', async () => {
    const rows = await departmentLoad(await doc);
    expect(rows.find((r) => r.names.includes('粤海街道'))).toMatchObject({ unit: '粤海街道办事处', names: ['粤海街道办事处', '粤海街道'], leadCount: 2 });
    expect(rows.find((r) => r.names.includes('青石镇'))).toMatchObject({ unit: '青石镇人民政府', names: ['青石镇人民政府', '青石镇'], leadCount: 2 });
  });
});

describe('a bare name the notice writes beside the same name at two levels', () => {
  const doc = parse(
    '争取上级项目支持。（牵头单位：区科技局；参与单位：市科技局）',
    '推进科技金融。（牵头单位：区金融办；参与单位：科技局、区财政局）',
    '推进科普工作。区科协牵头，区科技局配合。',
  );

  it('should find the unit written so, its own row in departments', async () => {
    expect((await departmentLoad(await doc)).map((r) => r.unit)).toContain('科技局');
    expect(rolesOf(await queryTasks(await doc, { dept: '科技局' }))).toEqual([['2', 'participant']]);
    expect(rolesOf(await queryTasks(await doc, { dept: '区科技局' }))).toEqual([['1', 'lead'], ['3', 'participant']]);
  });

  it('should still call a bare name the notice does not write ambiguous between the levels it names', async () => {
    const other = await parse('争取上级项目支持。（牵头单位：区科技局；参与单位：市科技局）');
    await expect(queryTasks(other, { dept: '科技局' })).rejects.toMatchObject({ code: 'no-such-unit', suggestions: ['区科技局', '市科技局'] });
  });
});

describe('an office both the government and the Party committee have', () => {
  const doc = parse('推进督查考核。（牵头单位：区政府督查室；配合单位：区委督查室）', '推进法治政府建设。（牵头单位：区司法局）');

  it('should call the name without either organ ambiguous when the notice names both', async () => {
    await expect(queryTasks(await doc, { dept: '区督查室' })).rejects.toMatchObject({ code: 'no-such-unit', suggestions: ['区政府督查室', '区委督查室'] });
  });

  it('should find each by its own name', async () => {
    expect(rolesOf(await queryTasks(await doc, { dept: '区人民政府督查室' }))).toEqual([['1', 'lead']]);
    expect(rolesOf(await queryTasks(await doc, { dept: '区委督查室' }))).toEqual([['1', 'participant']]);
  });

  it('should take 区督查室 for the government\'s where the notice names no other', async () => {
    const one = await parse('推进督查考核。（牵头单位：区政府督查室）');
    expect(rolesOf(await queryTasks(one, { dept: '区督查室' }))).toEqual([['1', 'lead']]);
  });

  it('should take 区督查室 (or 县督查室) for the Party committee\'s where the notice names only that one', async () => {
    const one = await parse('推进督查考核。（牵头单位：区委督查室）', '推进法治政府建设。（牵头单位：区司法局）');
    expect(rolesOf(await queryTasks(one, { dept: '区督查室' }))).toEqual([['1', 'lead']]);
    const county = await parse('推进督查考核。（牵头单位：县委督查室）');
    expect(rolesOf(await queryTasks(county, { dept: '县督查室' }))).toEqual([['1', 'lead']]);
  });

  it('should not take 区政府督查室 for the Party committee\'s, which the name says it is not', async () => {
    const one = await parse('推进督查考核。（牵头单位：区委督查室）');
    await expect(queryTasks(one, { dept: '区政府督查室' })).rejects.toMatchObject({ code: 'no-such-unit' });
  });
});

describe('a department named a commission in one place and a bureau in another, or by a local full name', () => {
  const doc = parse(
    '推进工业转型。（牵头单位：区经济信息委；配合单位：区精神文明建设办公室）',
    '推进项目储备。（牵头单位：区发展改革局；配合单位：区卫生健康局）',
  );

  it.each([
    // Chongqing's 经济和信息化委员会, written 经济信息委 there.
    ['区经信委', [['1', 'lead']]],
    ['区经济和信息化委员会', [['1', 'lead']]],
    ['区文明办', [['1', 'participant']]],
    ['区委文明办', [['1', 'participant']]],
    // Guangdong's districts name their development and reform department a 局.
    ['区发改委', [['2', 'lead']]],
    ['区发展改革委', [['2', 'lead']]],
    ['区发展和改革委员会', [['2', 'lead']]],
    ['区卫健委', [['2', 'participant']]],
  ])('should find %s by the name the notice writes', async (dept, expected) => {
    expect(rolesOf(await queryTasks(await doc, { dept }))).toEqual(expected);
  });

  it('should keep a Party committee\'s audit commission apart from the audit bureau', async () => {
    const audit = await parse('推进审计整改。（牵头单位：区审计局；配合单位：区委审计委）');
    expect(rolesOf(await queryTasks(audit, { dept: '区审计局' }))).toEqual([['1', 'lead']]);
    expect(rolesOf(await queryTasks(audit, { dept: '区委审计委' }))).toEqual([['1', 'participant']]);
  });

  it('should keep an institution named after a field apart from the department', async () => {
    const centre = await parse('推进数据共享。（牵头单位：区经信委；配合单位：区经济信息中心、区精神文明建设指导中心）');
    expect((await departmentLoad(centre)).map((r) => r.unit)).toEqual(['区经信委', '区经济信息中心', '区精神文明建设指导中心']);
  });
});
