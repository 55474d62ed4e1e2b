import { describe, expect, it } from 'vitest';
import { departmentLoad } from '../../src/query/departments.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { fixture, numbers } from './seed.js';

/**
 * fixtures/query/unit-forms.txt: five tasks of a district notice (青山区). Task 1 is led by
 * 区发展改革委（区粮食和物资储备局）, task 4 by 区粮食和物资储备局 alone, and task 3 counts
 * 区发展和改革委员会 among its participants; task 2 is led by 区委组织部（区委人才办）, and task 5
 * counts 区委人才办 among its. 区市场监督管理局 (1) and 区市场监管局 (3) are one unit;
 * 区科技局 (3, 5) and 市科技局 (5) two. Tasks 1, 2 and 4 also name 有关部门, 各有关部门, 相关部门.
 */
const FORMS = 'fixtures/query/unit-forms.txt';

const rolesOf = (rows: Array<{ number: string; role?: string }>): string[][] => rows.map((r) => [r.number, r.role ?? '']);

describe('a unit written with a second name in brackets', () => {
  it('should be found by its main name, in its short or full form', async () => {
    const expected = [['1', 'lead'], ['3', 'participant'], ['4', 'lead']];
    expect(rolesOf(await queryTasks(await fixture(FORMS), { dept: '区发改委' }))).toEqual(expected);
    expect(rolesOf(await queryTasks(await fixture(FORMS), { dept: '区发展和改革委员会' }))).toEqual(expected);
  });

  it('should be found by its second name', async () => {
    expect(rolesOf(await queryTasks(await fixture(FORMS), { dept: '区粮食和物资储备局' }))).toEqual([['1', 'lead'], ['3', 'participant'], ['4', 'lead']]);
    expect(rolesOf(await queryTasks(await fixture(FORMS), { dept: '区委人才办' }))).toEqual([['2', 'lead'], ['5', 'participant']]);
  });

  it('should be found by its main name when only the bracketed form leads: 区委组织部 leads task 2', async () => {
    expect(rolesOf(await queryTasks(await fixture(FORMS), { dept: '区委组织部' }))).toEqual([['2', 'lead'], ['5', 'participant']]);
  });

  it('should be one row in departments, under the name as written', async () => {
    const rows = await departmentLoad(await fixture(FORMS));
    const row = (unit: string) => rows.find((r) => r.names.includes(unit));
    expect(row('区粮食和物资储备局')).toMatchObject({ unit: '区发展改革委（区粮食和物资储备局）', leadCount: 2, joinCount: 1, total: 3 });
    expect(row('区发展和改革委员会')).toBe(row('区粮食和物资储备局'));
    expect(row('区委人才办')).toMatchObject({ unit: '区委组织部（区委人才办）', leadCount: 1, joinCount: 1, total: 2 });
  });
});

describe('a second name declared in one of several inputs', () => {
  const district = (place: string, lead: string, plain = '') =>
    parseNotice(
      Buffer.from(`${place}科技创新行动方案\n\n一、重点任务\n\n（一）建设知识产权保护中心。（牵头单位：${lead}；参与单位：区财政局）\n${plain}`),
      { name: `${place}.txt` },
    );
  const inputs = async () => [
    await district('江北区', '区科技局（区知识产权局）', '\n（二）开展专利导航。（牵头单位：区知识产权局）\n'),
    await district('东城区', '区知识产权局'),
  ];

  it('should be a name of the unit only in the input that declares it, not of another district\'s unit', async () => {
    const rows = await queryTasks(await inputs(), { dept: '区科技局' });
    expect(rows.map((r) => [r.source, r.number, r.role])).toEqual([['江北区.txt', '一', 'lead'], ['江北区.txt', '二', 'lead']]);
  });

  it('should find by the second name its unit where it is declared, and the unit of that name elsewhere', async () => {
    const rows = await queryTasks(await inputs(), { dept: '区知识产权局' });
    expect(rows.map((r) => [r.source, r.number, r.lead])).toEqual([
      ['江北区.txt', '一', ['区科技局（区知识产权局）']],
      ['江北区.txt', '二', ['区知识产权局']],
      ['东城区.txt', '一', ['区知识产权局']],
    ]);
  });

  it('should count the two districts\' units in rows of their own in departments', async () => {
    const rows = await departmentLoad(await inputs());
    expect(rows.filter((r) => r.leadCount > 0).map((r) => [r.unit, r.leads.map((ref) => ref.source)])).toEqual([
      ['区科技局（区知识产权局）', ['江北区.txt', '江北区.txt']],
      ['区知识产权局', ['东城区.txt']],
    ]);
  });

  it('should take a declaring input\'s second names wherever it stands among the inputs', async () => {
    const [jiangbei, dongcheng] = await inputs();
    const rows = await queryTasks([dongcheng!, await district('东城区', '区财政局'), jiangbei!], { dept: '区科技局' });
    expect(rows.map((r) => [r.source, r.number])).toEqual([['江北区.txt', '一'], ['江北区.txt', '二']]);
  });

  it('should share a second name between two inputs of one place', async () => {
    const later = await district('江北区', '区知识产权局');
    const rows = await queryTasks([(await inputs())[0]!, later], { dept: '区科技局' });
    expect(rows.map((r) => r.source)).toEqual(['江北区.txt', '江北区.txt', '江北区.txt']);
  });

  it('should keep two units apart in an input of the same place that names them side by side (before a reform merged them)', async () => {
    const before = await parseNotice(Buffer.from('江北区知识产权行动方案\n\n一、重点任务\n\n（一）开展执法行动。（牵头单位：区科技局；参与单位：区知识产权局、区公安分局）\n'), { name: '2023.txt' });
    const after = (await inputs())[0]!;
    const asked = await queryTasks([before, after], { dept: '区知识产权局' });
    expect(asked.map((r) => [r.source, r.number, r.role])).toEqual([['2023.txt', '一', 'participant'], ['江北区.txt', '一', 'lead'], ['江北区.txt', '二', 'lead']]);
    const rows = await departmentLoad([before, after]);
    expect(rows.map((r) => [r.unit, r.leadCount, r.joinCount])).toContainEqual(['区知识产权局', 0, 1]);
  });
});

describe('a unit named without its level word', () => {
  it('should take 市场监管局 and 市场监督管理局 for 区市场监管局, not for a 市 unit', async () => {
    for (const dept of ['市场监管局', '市场监督管理局']) {
      expect(rolesOf(await queryTasks(await fixture(FORMS), { dept }))).toEqual([['1', 'participant'], ['3', 'lead']]);
    }
  });

  it('should call a name at two levels ambiguous and offer each unit once', async () => {
    await expect(queryTasks(await fixture(FORMS), { dept: '科技局' })).rejects.toMatchObject({
      code: 'no-such-unit',
      message: expect.stringContaining('ambiguous') as unknown,
      suggestions: ['区科技局', '市科技局'],
    });
  });

  it('should offer a unit spelt two ways once', async () => {
    const error: unknown = await queryTasks(await fixture(FORMS), { dept: '区市场监督局' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'no-such-unit', message: 'no unit named "区市场监督局"', suggestions: ['区市场监督管理局'] });
  });

  it('should call a name ambiguous across inputs when one names it as a 区 unit and another as a 市 unit', async () => {
    const city = await parseNotice(
      Buffer.from('江宁市数字经济行动计划\n\n一、重点任务\n\n1.建设数据中心。（牵头单位：江宁市科学技术局，参与单位：江宁市市场监督管理局）\n'),
      { name: 'city.txt' },
    );
    await expect(queryTasks([await fixture(FORMS), city], { dept: '科技局' })).rejects.toMatchObject({ suggestions: ['区科技局', '市科技局'] });
    // 市场监管局 names 区市场监管局 in one and 市市场监管局 in the other: ambiguous too, not "市" + 场监管局.
    await expect(queryTasks([await fixture(FORMS), city], { dept: '市场监管局' })).rejects.toMatchObject({ suggestions: ['区市场监督管理局', '江宁市市场监督管理局'] });
    expect(numbers(await queryTasks([await fixture(FORMS), city], { dept: '市市场监管局' }))).toEqual(['1']);
  });
});

describe('a unit the notice writes both with and without its level word', () => {
  const notice = (extra = '') =>
    parseNotice(
      Buffer.from(
        `东城区养老服务提升行动方案\n\n一、重点任务\n\n（一）完善养老服务网络。（牵头单位：区民政局；参与单位：区财政局）\n\n（二）发展老年助餐服务。（牵头单位：民政局；参与单位：财政局）\n${extra}`,
      ),
      { name: 'bare.txt' },
    );

  it('should take 民政局 for 区民政局 when the notice names it at that level only', async () => {
    expect(rolesOf(await queryTasks(await notice(), { dept: '民政局' }))).toEqual([['一', 'lead'], ['二', 'lead']]);
    expect(rolesOf(await queryTasks(await notice(), { dept: '区财政局' }))).toEqual([['一', 'participant'], ['二', 'participant']]);
  });

  it('should count them as one unit in departments, under the name with its level word', async () => {
    const rows = await departmentLoad(await notice());
    expect(rows.map((r) => [r.unit, r.leadCount, r.joinCount])).toEqual([['区民政局', 2, 0], ['区财政局', 0, 2]]);
  });

  it('should leave 民政局 on its own when the notice also names a 市民政局, and find it by that name as written', async () => {
    const doc = await notice('\n（三）建设示范街道。（牵头单位：市民政局）\n');
    expect((await departmentLoad(doc)).map((r) => [r.unit, r.leadCount])).toEqual([['区财政局', 0], ['区民政局', 1], ['民政局', 1], ['市民政局', 1]]);
    // 民政局 has its own row: the name the notice writes finds the task that writes it (（二）), not 区民政局's or 市民政局's.
    expect(rolesOf(await queryTasks(doc, { dept: '民政局' }))).toEqual([['二', 'lead']]);
    expect(rolesOf(await queryTasks(doc, { dept: '区民政局' }))).toEqual([['一', 'lead']]);
  });

  it('should take a notice\'s 民政局 for the 区民政局 it also names, whatever level another input names', async () => {
    const city = await parseNotice(Buffer.from('某市养老服务行动方案\n\n一、重点任务\n\n1.建设养老机构。（牵头单位：市民政局）\n'), { name: 'city.txt' });
    const both = [await notice(), city];
    expect(rolesOf(await queryTasks(both, { dept: '区民政局' }))).toEqual([['一', 'lead'], ['二', 'lead']]);
    expect((await departmentLoad(both)).map((r) => [r.unit, r.leadCount])).toEqual([['区民政局', 2], ['区财政局', 0], ['市民政局', 1]]);
    // Named at two levels across the inputs: which one is meant, the user says.
    await expect(queryTasks(both, { dept: '民政局' })).rejects.toMatchObject({ code: 'no-such-unit', suggestions: ['区民政局', '市民政局'] });
  });
});

describe('placeholders', () => {
  it('should leave 有关部门, 各有关部门 and 相关部门 out of departments', async () => {
    const rows = await departmentLoad(await fixture(FORMS));
    expect(rows.map((r) => r.unit)).toEqual(['区发展改革委（区粮食和物资储备局）', '区市场监督管理局', '区委组织部（区委人才办）', '区科技局', '区人社局', '区商务局', '市科技局']);
  });

  it('should leave the placeholders of bodies directly under a government (省直有关单位, 省直各有关部门) out of departments', async () => {
    const rows = await departmentLoad(await parseFile('fixtures/styles/province-collective-units.txt'));
    expect(rows.map((r) => r.unit)).toEqual(['各设区市人民政府', '省住房城乡建设厅', '省水利厅', '省卫生健康委', '省发展改革委', '省财政厅', '省市场监管局', '各设区市、县（市、区）人民政府', '各地级市、县级市人民政府']);
  });

  it('should keep them in the tasks as written', async () => {
    const rows = await queryTasks(await fixture(FORMS));
    expect(rows.map((r) => r.participants)).toEqual([
      ['区市场监督管理局', '有关部门'],
      ['区人社局', '各有关部门'],
      ['区科技局', '区发展和改革委员会'],
      ['区商务局', '相关部门'],
      ['市科技局', '区委人才办'],
    ]);
  });
});

describe('a notice that names its units without their level word', () => {
  const notice = '南湖区科技创新行动方案（2024—2026年）\n\n一、重点任务\n\n（一）建设创新平台。（牵头单位：科技局；参与单位：财政局）\n（二）培育科技企业。（牵头单位：发改局；参与单位：人社局）\n';

  it.each([
    ['区科技局', [['一', 'lead']]],
    ['南湖区人社局', [['二', 'participant']]],
    ['区人力资源和社会保障局', [['二', 'participant']]],
    ['科技局', [['一', 'lead']]],
  ])('should find its units by a name with the level of its own place: %s', async (dept, expected) => {
    const doc = await parseNotice(notice, { name: 'nanhu.txt' });
    expect(rolesOf(await queryTasks(doc, { dept }))).toEqual(expected);
  });

  it('should not take a unit of another level for them: 市科技局 in a district notice', async () => {
    const doc = await parseNotice(notice, { name: 'nanhu.txt' });
    await expect(queryTasks(doc, { dept: '市科技局' })).rejects.toThrow('no unit named "市科技局"');
  });
});
