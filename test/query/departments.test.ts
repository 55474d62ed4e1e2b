import { describe, expect, it } from 'vitest';
import { departmentLoad } from '../../src/query/departments.js';
import { fixture, range, SEED } from './seed.js';

describe('departmentLoad', () => {
  it('should list the 14 units of the seed notice, heaviest load first', async () => {
    const rows = await departmentLoad(await fixture(SEED));
    expect(rows).toHaveLength(14);
    expect(rows.map((r) => r.unit).slice(0, 5)).toEqual(['区科技局', '区产促局', '区发展改革委', '区财政局', '区人社局']);
    // Ties on total go to the unit that leads more: 区市场监管局 (1 + 1) before 区税务部门 (0 + 2).
    const names = rows.map((r) => r.unit);
    expect(names.indexOf('区市场监管局')).toBeLessThan(names.indexOf('区税务部门'));
  });

  it('should show that 区产促局 leads 1 task and joins 16', async () => {
    const row = (await departmentLoad(await fixture(SEED))).find((r) => r.unit === '区产促局');
    expect(row).toMatchObject({ leadCount: 1, joinCount: 16, total: 17 });
    expect(row?.leads.map((t) => t.number)).toEqual(['3']);
    expect(row?.joins.map((t) => t.number)).toEqual(['1', '2', ...range(4, 9), ...range(12, 14), ...range(16, 20)]);
  });

  it('should keep one unit with --dept, under any spelling', async () => {
    const rows = await departmentLoad(await fixture(SEED), { dept: '河东区科学技术局' });
    expect(rows.map((r) => [r.unit, r.leadCount, r.joinCount])).toEqual([['区科技局', 14, 6]]);
  });

  it('should count only the tasks of a section', async () => {
    const rows = await departmentLoad(await fixture(SEED), { section: '6' });
    expect(rows.map((r) => [r.unit, r.leadCount, r.joinCount])).toEqual([
      ['区人社局', 3, 0],
      ['区发展改革委', 0, 3],
      ['区财政局', 0, 3],
      ['区科技局', 0, 3],
      ['区产促局', 0, 3],
      ['区金融局', 0, 1],
    ]);
  });

  it('should keep only the units that lead something with role lead', async () => {
    const rows = await departmentLoad(await fixture(SEED), { role: 'lead' });
    expect(rows.map((r) => r.unit)).toEqual(['区科技局', '区产促局', '区人社局', '区市场监管局', '区政务服务办']);
  });

  it('should add up several notices, one row per unit whatever the spelling', async () => {
    const docs = [await fixture(SEED), await fixture('fixtures/query/traditional.txt'), await fixture('fixtures/query/full-names.txt')];
    const rows = await departmentLoad(docs);
    const keji = rows.find((r) => r.unit === '区科技局');
    // Seed 14 + 6; traditional.txt leads 1, 2 and joins 3; full-names.txt leads 1 and joins 2.
    expect(keji).toMatchObject({ leadCount: 17, joinCount: 8, total: 25 });
    expect(keji?.names).toEqual(['区科技局', '區科技局', '區科學技術局', '河东区科学技术局', '天津市河东区科学技术局']);
    expect(rows.filter((r) => r.names.some((n) => n.includes('管委会'))).map((r) => r.unit).sort()).toEqual(['开发区管委会', '高新区管委会'].sort());
  });
});
