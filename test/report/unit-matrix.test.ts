import { describe, expect, it } from 'vitest';
import { departmentLoad } from '../../src/query/departments.js';
import { buildUnitMatrix } from '../../src/report/unit-matrix.js';
import type { UnitMatrix } from '../../src/report/types.js';
import { fixture, range, SEED } from '../query/seed.js';

async function seedMatrix(): Promise<UnitMatrix> {
  const doc = await fixture(SEED);
  return buildUnitMatrix(doc, await departmentLoad(doc));
}

/** The task numbers a unit leads and joins, read off the matrix row. */
function row(matrix: UnitMatrix, name: string): { lead: string[]; join: string[] } {
  const u = matrix.units.findIndex((unit) => unit.name === name);
  const roles = matrix.roles[u] ?? [];
  const numbers = (role: string): string[] => matrix.tasks.filter((_, t) => roles[t] === role).map((t) => t.number);
  return { lead: numbers('lead'), join: numbers('participant') };
}

describe('buildUnitMatrix', () => {
  it('should have the 14 units the seed names and its 20 tasks in order', async () => {
    const matrix = await seedMatrix();
    expect(matrix.tasks.map((t) => t.number)).toEqual(range(1, 20));
    expect(matrix.roles).toHaveLength(14);
    for (const cells of matrix.roles) expect(cells).toHaveLength(20);
  });

  it('should list the units heaviest first, as counted from the notice by hand', async () => {
    const matrix = await seedMatrix();
    // Total tasks, then tasks led, then where the unit is first named (区合作交流办 in task 2
    // before 区金融局 in task 9; 区生态环境局 in task 2 before 区司法局 in task 15).
    expect(matrix.units.map((u) => [u.name, u.leadCount, u.joinCount, u.total])).toEqual([
      ['区科技局', 14, 6, 20],
      ['区产促局', 1, 16, 17],
      ['区发展改革委', 0, 16, 16],
      ['区财政局', 0, 11, 11],
      ['区人社局', 3, 6, 9],
      ['金贸产业园', 0, 7, 7],
      ['区合作交流办', 0, 5, 5],
      ['区金融局', 0, 5, 5],
      ['区楼宇办', 0, 4, 4],
      ['区市场监管局', 1, 1, 2],
      ['区税务部门', 0, 2, 2],
      ['区政务服务办', 1, 0, 1],
      ['区生态环境局', 0, 1, 1],
      ['区司法局', 0, 1, 1],
    ]);
    expect(matrix.units.map((u) => u.key)).toEqual(range(1, 14).map((n) => `u${n}`));
  });

  it('should mark who leads and who joins each task as the notice says', async () => {
    const matrix = await seedMatrix();
    expect(row(matrix, '区科技局')).toEqual({ lead: ['1', '2', ...range(4, 14), '17'], join: ['3', '15', '16', '18', '19', '20'] });
    expect(row(matrix, '区产促局')).toEqual({ lead: ['3'], join: ['1', '2', ...range(4, 9), '12', '13', '14', ...range(16, 20)] });
    expect(row(matrix, '区人社局')).toEqual({ lead: ['18', '19', '20'], join: ['8', '9', '12', '13', '14', '17'] });
    expect(row(matrix, '区税务部门')).toEqual({ lead: [], join: ['10', '11'] });
    expect(row(matrix, '区政务服务办')).toEqual({ lead: ['16'], join: [] });
  });

  it('should count per unit what departmentLoad counts, cell by cell', async () => {
    const doc = await fixture(SEED);
    const load = await departmentLoad(doc);
    const matrix = buildUnitMatrix(doc, load);
    load.forEach((dept, u) => {
      const cells = matrix.roles[u] ?? [];
      expect(cells.filter((r) => r === 'lead').length).toBe(dept.leadCount);
      expect(cells.filter((r) => r === 'participant').length).toBe(dept.joinCount);
      expect(matrix.units[u]?.total).toBe(dept.total);
    });
  });

  it('should order units by first mention for sorting in document order', async () => {
    const matrix = await seedMatrix();
    const byMention = [...matrix.units].sort((a, b) => a.firstMention - b.firstMention).map((u) => u.name);
    // Task 1: 区科技局 leads; 区发展改革委, 区楼宇办, 区产促局, 金贸产业园 join; task 2 adds 区合作交流办, 区生态环境局.
    expect(byMention.slice(0, 7)).toEqual(['区科技局', '区发展改革委', '区楼宇办', '区产促局', '金贸产业园', '区合作交流办', '区生态环境局']);
  });
});
