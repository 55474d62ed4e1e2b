import { describe, expect, it } from 'vitest';
import { QueryContext, runQuery } from '../../src/query/context.js';
import { queryTasks, selectTasks } from '../../src/query/select-tasks.js';
import { fixture, SEED } from './seed.js';

describe('QueryContext', () => {
  it('should not load the traditional converter for a simplified notice', async () => {
    const ctx = await QueryContext.create([await fixture(SEED)]);
    expect(ctx.simplify).toBeUndefined();
  });

  it('should load it for a notice in traditional characters', async () => {
    const ctx = await QueryContext.create([await fixture('fixtures/query/traditional.txt')]);
    expect(ctx.simplify?.('區科學技術局')).toBe('区科学技术局');
  });

  it('should load it for a simplified notice that names one unit in traditional characters, and count the two spellings as one unit', async () => {
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    const doc = await parseNotice(
      ['某区工作方案', '', '一、重点任务', '', '1.建设平台。（牵头单位：区科技局；配合单位：各街道辦事處）', '', '2.培育企业。（牵头单位：各街道办事处）'].join('\n'),
      { traditional: 'never' },
    );
    const ctx = await QueryContext.create([doc]);
    expect(ctx.simplify).toBeDefined();
    expect(selectTasks(ctx, { dept: '各街道办事处' }).map((r) => r.label)).toEqual(['1.', '2.']);
  });

  it('should never load it when told not to', async () => {
    const ctx = await QueryContext.create([await fixture('fixtures/query/traditional.txt')], { simplify: null });
    expect(ctx.simplify).toBeUndefined();
    expect(await ctx.simplified()).toBeNull();
  });
});

describe('runQuery', () => {
  it('should answer a simplified name on a simplified notice without the converter', async () => {
    const used: boolean[] = [];
    await runQuery([await fixture(SEED)], {}, true, (ctx) => {
      used.push(ctx.simplify !== undefined);
      return selectTasks(ctx, { dept: '区科技局' });
    });
    expect(used).toEqual([false]);
  });

  it('should try again with the converter when a traditional name finds nothing', async () => {
    const used: boolean[] = [];
    const rows = await runQuery([await fixture(SEED)], {}, true, (ctx) => {
      used.push(ctx.simplify !== undefined);
      return selectTasks(ctx, { dept: '區人社局', role: 'lead' });
    });
    expect(used).toEqual([false, true]);
    expect(rows.map((r) => r.number)).toEqual(['18', '19', '20']);
  });
});

// The converter reads a simplified text as 繁体 too (乾县 → 干县, 显著 → 显着): a notice of 乾县 is found
// by its units and words in either script, alone, beside its 繁体 page, or with the user's text in the other.
describe('queries across scripts, with words the converter misreads', () => {
  const SIMPLIFIED = 'fixtures/diff/script-qianxian/simplified.txt';
  const TRADITIONAL = 'fixtures/diff/script-qianxian/traditional.txt';
  const found = async (paths: readonly string[], filters: { dept?: string; grep?: string }): Promise<string[]> =>
    (await queryTasks(await Promise.all(paths.map(fixture)), filters)).map((r) => `${r.source === SIMPLIFIED ? 'S' : 'T'}${r.number}`);

  it.each([
    [{ dept: '乾县发改局' }, ['1']],
    [{ dept: '乾縣發改局' }, ['1']],
    [{ dept: '乾县财政局' }, ['1', '2']],
    [{ grep: '显著提升' }, ['1']],
    [{ grep: '顯著提升' }, ['1']],
    [{ grep: '著作权' }, ['2']],
    [{ grep: '著作權' }, ['2']],
  ] as const)('should find by %o the same tasks in the simplified notice and its 繁体 page', async (filters, tasks) => {
    expect(await found([SIMPLIFIED], filters)).toEqual(tasks.map((n) => `S${n}`));
    expect(await found([TRADITIONAL], filters)).toEqual(tasks.map((n) => `T${n}`));
    expect(await found([TRADITIONAL, SIMPLIFIED], filters)).toEqual([...tasks.map((n) => `T${n}`), ...tasks.map((n) => `S${n}`)]);
  });

  it('should not find by words that differ in more than the script', async () => {
    expect(await found([TRADITIONAL, SIMPLIFIED], { grep: '显然提升' })).toEqual([]);
    await expect(found([TRADITIONAL, SIMPLIFIED], { dept: '礼县发改局' })).rejects.toThrow(/no unit named/);
  });
});
