import { describe, expect, it } from 'vitest';
import { QueryContext, runQuery } from '../../src/query/context.js';
import { selectTasks } from '../../src/query/select-tasks.js';
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
