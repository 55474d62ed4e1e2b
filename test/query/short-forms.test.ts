import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { departmentLoad } from '../../src/query/departments.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { fixture } from './seed.js';

/**
 * fixtures/styles/unit-short-forms.txt: five tasks of a city plan. Tasks 1–3 name units by their
 * full names (市医疗保障局, 市人民政府国有资产监督管理委员会, 市文化广电旅游局, 市供销合作社,
 * 市大数据发展管理局), task 4 by their usual short forms (市供销社 leads, 市文旅局 and 市医保局 join).
 * 各街道 joins task 2, 各街道（乡镇） joins task 3 and leads task 5.
 */
const FILE = 'fixtures/styles/unit-short-forms.txt';

const rolesOf = (rows: Array<{ number: string; role?: string }>): string[][] => rows.map((r) => [r.number, r.role ?? '']);

describe('units named by their full and their short forms', () => {
  it.each([
    ['市医保局', [['1', 'lead'], ['4', 'participant']]],
    ['市医疗保障局', [['1', 'lead'], ['4', 'participant']]],
    ['市文旅局', [['2', 'lead'], ['4', 'participant']]],
    ['市文广旅局', [['2', 'lead'], ['4', 'participant']]],
    ['市国资委', [['1', 'participant']]],
    ['市政府国资委', [['1', 'participant']]],
    ['市供销社', [['2', 'participant'], ['4', 'lead']]],
    ['市大数据局', [['3', 'lead']]],
    // The 2023 reform renamed most 大数据局 and 数据资源局 the 数据局: one office, found by each name.
    ['市数据局', [['3', 'lead']]],
    ['市数据资源管理局', [['3', 'lead']]],
    ['数据局', [['3', 'lead']]],
  ])('should find %s in the tasks that write it either way', async (dept, expected) => {
    expect(rolesOf(await queryTasks(await fixture(FILE), { dept }))).toEqual(expected);
  });

  it('should count each unit once in departments, whichever form a task writes', async () => {
    const rows = await departmentLoad(await fixture(FILE));
    const row = (unit: string) => rows.find((r) => r.names.includes(unit));
    expect(row('市医保局')).toMatchObject({ names: ['市医疗保障局', '市医保局'], leadCount: 1, joinCount: 1 });
    expect(row('市文旅局')).toMatchObject({ names: ['市文化广电旅游局', '市文旅局'], leadCount: 1, joinCount: 1 });
    expect(row('市供销社')).toMatchObject({ names: ['市供销合作社', '市供销社'], leadCount: 1, joinCount: 1 });
    // 医保, 国资委, 文旅, 供销社, 数据局, and the 各街道 and 各乡镇 that 各街道（乡镇） is counted in.
    expect(rows).toHaveLength(7);
  });

  it('should take a short form written in a new version for a respelling, not a change of the task', async () => {
    const text = await readFile(FILE, 'utf8');
    const old = await parseNotice(Buffer.from(text), { name: 'old.txt' });
    const renamed = text.replace('牵头单位：市医疗保障局', '牵头单位：市医保局').replace('市人民政府国有资产监督管理委员会', '市国资委');
    const fresh = await parseNotice(Buffer.from(renamed), { name: 'new.txt' });
    const changes = (await diffDocuments(old, fresh)).changes;
    expect(changes.map((c) => `${c.kind} ${c.op}`)).toEqual(['unit respelled', 'unit respelled']);
  });
});

describe('各街道（乡镇）: the sub-districts, and the towns where there are towns', () => {
  it('should be found by 各街道 and by 各乡镇, the two kinds it names', async () => {
    const both = [['3', 'participant'], ['5', 'lead']];
    expect(rolesOf(await queryTasks(await fixture(FILE), { dept: '各街道' }))).toEqual([['2', 'participant'], ...both]);
    expect(rolesOf(await queryTasks(await fixture(FILE), { dept: '各乡镇' }))).toEqual(both);
  });

  it('should not take the plain 各街道 of task 2 for 各乡镇', async () => {
    const rows = await queryTasks(await fixture(FILE), { dept: '各乡镇' });
    expect(rows.map((r) => r.number)).not.toContain('2');
  });

  it('should be counted in the 各街道 row and the 各乡镇 row of departments, as --dept finds it', async () => {
    const rows = await departmentLoad(await fixture(FILE));
    // 各街道 joins 2; 各街道（乡镇） joins 3 and leads 5. The towns are named only by the addressee:
    // their row is named by the kind.
    expect(rows.filter((r) => r.names.some((n) => n.startsWith('各街道')))).toMatchObject([
      { unit: '各街道', names: ['各街道', '各街道（乡镇）'], leadCount: 1, joinCount: 2, total: 3 },
      { unit: '各乡镇', names: ['各街道（乡镇）'], leadCount: 1, joinCount: 1, total: 2 },
    ]);
  });
});

/**
 * fixtures/styles/each-of-two-kinds.txt: 各镇 joins task 1, 各镇（街道） joins task 2, 各乡镇（街道）
 * leads task 3, 各街道 joins task 4.
 */
describe('各X（Y） beside a plain 各X and a plain 各Y', () => {
  const TWO = 'fixtures/styles/each-of-two-kinds.txt';

  it.each([
    ['各镇', [['1', 'participant'], ['2', 'participant']]],
    ['各街道', [['2', 'participant'], ['3', 'lead'], ['4', 'participant']]],
    ['各乡镇', [['3', 'lead']]],
    ['各镇（街道）', [['1', 'participant'], ['2', 'participant']]],
  ])('should find under %s the units written so and the two-kind addressees that name it', async (dept, expected) => {
    expect(rolesOf(await queryTasks(await fixture(TWO), { dept }))).toEqual(expected);
  });

  it('should count in departments --dept 各街道 one row, of the tasks tasks --dept 各街道 gives', async () => {
    const rows = await departmentLoad(await fixture(TWO), { dept: '各街道' });
    expect(rows.map((r) => [r.unit, r.leads.map((t) => t.number), r.joins.map((t) => t.number)])).toEqual([['各街道', ['3'], ['2', '4']]]);
  });

  it('should count each addressee in the row of each kind it names, every row as --dept finds it', async () => {
    const rows = await departmentLoad(await fixture(TWO));
    const tasks = (unit: string): string[] => {
      const row = rows.find((r) => r.unit === unit);
      return [...(row?.leads ?? []), ...(row?.joins ?? [])].map((t) => t.number).sort();
    };
    expect(tasks('各镇')).toEqual(['1', '2']);
    expect(tasks('各街道')).toEqual(['2', '3', '4']);
    expect(tasks('各乡镇')).toEqual(['3']);
    for (const unit of ['各镇', '各街道', '各乡镇']) expect((await queryTasks(await fixture(TWO), { dept: unit })).map((t) => t.number).sort()).toEqual(tasks(unit));
  });

  it('should name a row by the notice\'s plain name of the kind, not by an addressee of two kinds', async () => {
    const doc = await parseNotice(['某区方案', '一、重点任务', '1.甲。（牵头单位：区数据局；配合单位：各镇街）', '2.乙。（牵头单位：区商务局；配合单位：各镇人民政府、各街道办事处）'].join('\n'));
    const rows = await departmentLoad(doc);
    expect(rows.filter((r) => r.unit.startsWith('各')).map((r) => [r.unit, r.joins.map((t) => t.number)])).toEqual([
      ['各镇人民政府', ['1', '2']],
      ['各街道办事处', ['1', '2']],
    ]);
    expect((await queryTasks(doc, { dept: '各街道办事处' })).map((t) => t.number)).toEqual(['1', '2']);
  });
});
