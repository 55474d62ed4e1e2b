import { describe, expect, it } from 'vitest';
import { departmentLoad } from '../../src/query/departments.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { fixture } from './seed.js';

/**
 * fixtures/styles/clause-unit-joining-words-and-marks.txt: five tasks. 区科技和工业信息化局 leads 1,
 * 区科工信局 (its short name) leads 2 and 3 and joins 5; 区财政局 joins 1 (after 会同), 2 (before
 * 等区级相关部门) and 3 (协办); 区委组织部〔区委人才办〕 leads 5.
 */
const FILE = 'fixtures/styles/clause-unit-joining-words-and-marks.txt';

const rolesOf = (rows: Array<{ number: string; role?: string }>): string[][] => rows.map((r) => [r.number, r.role ?? '']);

describe('units named with the words around them', () => {
  it.each([
    ['区财政局', [['1', 'participant'], ['2', 'participant'], ['3', 'participant']]],
    ['区科工信局', [['1', 'lead'], ['2', 'lead'], ['3', 'lead'], ['5', 'participant']]],
    ['区科技和工业信息化局', [['1', 'lead'], ['2', 'lead'], ['3', 'lead'], ['5', 'participant']]],
    ['区委人才办', [['5', 'lead']]],
    ['区委组织部', [['5', 'lead']]],
  ])('should find %s in every task that names it', async (dept, expected) => {
    expect(rolesOf(await queryTasks(await fixture(FILE), { dept }))).toEqual(expected);
  });

  it('should count the merged bureau once in departments, by its full name and its short one', async () => {
    const rows = await departmentLoad(await fixture(FILE));
    const row = rows.find((r) => r.names.includes('区科工信局'));
    expect(row).toMatchObject({ names: ['区科技和工业信息化局', '区科工信局'], leadCount: 3, joinCount: 1 });
    expect(rows.map((r) => r.names).flat()).not.toContain('会同区财政局');
  });
});
