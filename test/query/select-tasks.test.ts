import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { QueryError } from '../../src/query/types.js';
import { fixture, numbers, range, SEED } from './seed.js';

describe('queryTasks on the seed notice', () => {
  it('should list every task without filters, in document order', async () => {
    const rows = await queryTasks(await fixture(SEED));
    expect(numbers(rows)).toEqual(range(1, 20));
    expect(rows[0]).toMatchObject({ title: '实现创新平台提质增效', source: SEED, lead: ['区科技局'] });
    expect(rows[0]).not.toHaveProperty('role');
  });

  it('should find the tasks 区科技局 leads: 1, 2, 4–14 and 17', async () => {
    const rows = await queryTasks(await fixture(SEED), { dept: '区科技局', role: 'lead' });
    expect(numbers(rows)).toEqual(['1', '2', ...range(4, 14), '17']);
    expect(rows.every((r) => r.role === 'lead')).toBe(true);
  });

  it('should find the tasks 区科技局 takes part in: 3, 15, 16, 18, 19, 20', async () => {
    const rows = await queryTasks(await fixture(SEED), { dept: '区科技局', role: 'participant' });
    expect(numbers(rows)).toEqual(['3', '15', '16', '18', '19', '20']);
    expect(rows.every((r) => r.role === 'participant')).toBe(true);
  });

  it('should give both kinds with role any, each row saying which', async () => {
    const rows = await queryTasks(await fixture(SEED), { dept: '区科技局' });
    expect(rows).toHaveLength(20);
    expect(rows.find((r) => r.number === '3')?.role).toBe('participant');
    expect(rows.find((r) => r.number === '4')?.role).toBe('lead');
  });

  it('should find the tasks 区人社局 leads: 18, 19, 20', async () => {
    expect(numbers(await queryTasks(await fixture(SEED), { dept: '区人社局', role: 'lead' }))).toEqual(['18', '19', '20']);
  });

  it('should give an empty list for a known unit that leads nothing', async () => {
    expect(await queryTasks(await fixture(SEED), { dept: '区发展改革委', role: 'lead' })).toEqual([]);
  });

  it('should match a unit by its full name or a traditional spelling', async () => {
    const doc = await fixture(SEED);
    const lead = ['1', '2', ...range(4, 14), '17'];
    expect(numbers(await queryTasks(doc, { dept: '河东区科学技术局', role: 'lead' }))).toEqual(lead);
    expect(numbers(await queryTasks(doc, { dept: '區科技局', role: 'lead' }))).toEqual(lead);
    expect(numbers(await queryTasks(doc, { dept: '区人力资源和社会保障局', role: 'lead' }))).toEqual(['18', '19', '20']);
    expect(numbers(await queryTasks(doc, { dept: '区发展和改革委员会' }))).toHaveLength(16);
  });

  it('should match a unit through a user alias', async () => {
    const rows = await queryTasks(await fixture(SEED), { dept: '科技口', role: 'lead' }, { aliases: { 区科技局: ['科技口'] } });
    expect(rows).toHaveLength(14);
  });

  it('should reject an unknown unit with suggestions', async () => {
    const error = await queryTasks(await fixture(SEED), { dept: '区科技' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect(error).toMatchObject({ code: 'no-such-unit', query: '区科技', suggestions: ['区科技局'] });
  });

  it.each([
    ['发改委', '区发展改革委'],
    ['科学技术局', '区科技局'],
    ['人社局', '区人社局'],
  ])('should take a name without its level word (%s) for the one unit the notice names so (%s)', async (dept, unit) => {
    const rows = await queryTasks(await fixture(SEED), { dept });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((t) => [...t.lead, ...t.participants].includes(unit))).toBe(true);
    expect(numbers(rows)).toEqual(numbers(await queryTasks(await fixture(SEED), { dept: unit })));
  });

  it('should still suggest, not guess, for a name that only part of a unit holds', async () => {
    const error = await queryTasks(await fixture(SEED), { dept: '发改' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'no-such-unit', query: '发改', suggestions: ['区发展改革委'] });
  });

  it('should select a section by Chinese or Arabic number, with or without brackets', async () => {
    const doc = await fixture(SEED);
    for (const section of ['一', '1', '(一)', '（一）', '一、']) {
      expect(numbers(await queryTasks(doc, { section }))).toEqual(['1', '2', '3']);
    }
    expect(numbers(await queryTasks(doc, { section: '六' }))).toEqual(['18', '19', '20']);
  });

  it('should combine filters', async () => {
    const rows = await queryTasks(await fixture(SEED), { dept: '区科技局', role: 'participant', section: '五' });
    expect(numbers(rows)).toEqual(['15', '16']);
  });

  it('should reject a section the notice does not have, listing those it has', async () => {
    const error = await queryTasks(await fixture(SEED), { section: '七' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'no-such-section', suggestions: ['二', '(一)', '(二)', '(三)', '(四)', '(五)', '(六)'] });
  });

  it('should reject a section that is neither a number nor a title of the notice, listing those it has', async () => {
    await expect(queryTasks(await fixture(SEED), { section: '人才' })).rejects.toMatchObject({
      code: 'no-such-section',
      suggestions: ['二', '(一)', '(二)', '(三)', '(四)', '(五)', '(六)'],
    });
  });

  it('should reject a role without a unit', async () => {
    await expect(queryTasks(await fixture(SEED), { role: 'lead' })).rejects.toMatchObject({ code: 'bad-filter' });
  });

  it('should grep titles and texts, in simplified or traditional characters', async () => {
    const doc = await fixture(SEED);
    // 知识产权 appears in tasks 4 (自主知识产权) and 15; 人工智能 in task 5 only.
    expect(numbers(await queryTasks(doc, { grep: '知识产权' }))).toEqual(['4', '15']);
    expect(numbers(await queryTasks(doc, { grep: '知識產權' }))).toEqual(['4', '15']);
    expect(numbers(await queryTasks(doc, { grep: '人工智能' }))).toEqual(['5']);
    expect(await queryTasks(doc, { grep: '量子通信' })).toEqual([]);
  });

  it('should grep across full- and half-width letters', async () => {
    // Task 19 writes “项目+团队” with a half-width plus.
    expect(numbers(await queryTasks(await fixture(SEED), { grep: '项目＋团队' }))).toEqual(['19']);
  });

  it('should give each row its source when there are several documents', async () => {
    const docs = [await fixture(SEED), await fixture('fixtures/query/traditional.txt')];
    const rows = await queryTasks(docs, { dept: '区科技局', role: 'lead' });
    expect(rows.map((r) => `${r.source}#${r.number}`)).toEqual([
      ...['1', '2', ...range(4, 14), '17'].map((n) => `${SEED}#${n}`),
      'fixtures/query/traditional.txt#1',
      'fixtures/query/traditional.txt#2',
    ]);
  });
});

describe('queryTasks on other spellings', () => {
  it('should match units of a traditional notice with a simplified name', async () => {
    const doc = await fixture('fixtures/query/traditional.txt');
    const rows = await queryTasks(doc, { dept: '区科技局' });
    // 區科技局 leads 1, 區科學技術局 (the same unit) leads 2, 區科技局 takes part in 3.
    expect(rows.map((r) => [r.number, r.role])).toEqual([
      ['1', 'lead'],
      ['2', 'lead'],
      ['3', 'participant'],
    ]);
  });

  it('should match full names with the notice own place name in front', async () => {
    const doc = await fixture('fixtures/query/full-names.txt');
    // 1: 河东区科学技术局 leads; 2: 天津市河东区科学技术局 takes part.
    expect((await queryTasks(doc, { dept: '区科技局' })).map((r) => [r.number, r.role])).toEqual([
      ['1', 'lead'],
      ['2', 'participant'],
    ]);
    // 区人社局 leads 2, 区人力资源和社会保障局 leads 3 and takes part in 1.
    expect((await queryTasks(doc, { dept: '区人社局' })).map((r) => [r.number, r.role])).toEqual([
      ['1', 'participant'],
      ['2', 'lead'],
      ['3', 'lead'],
    ]);
  });

  it('should not take 开发区管委会 for 高新区管委会', async () => {
    const doc = await fixture('fixtures/query/full-names.txt');
    expect((await queryTasks(doc, { dept: '高新区管委会' })).map((r) => r.role)).toEqual(['lead']);
    expect((await queryTasks(doc, { dept: '开发区管委会' })).map((r) => r.role)).toEqual(['participant']);
  });
});

describe('queryTasks on a plan with chapters over its parts', () => {
  const CHAPTERS = 'fixtures/styles/chapters-over-parts.txt';

  it('should select a （一） group, not the 一、 part above it, when chapters stand over the parts', async () => {
    const doc = await fixture(CHAPTERS);
    expect(numbers(await queryTasks(doc, { section: '（一）' }))).toEqual(['1', '2']);
    expect(numbers(await queryTasks(doc, { section: '（二）' }))).toEqual(['3']);
    // 二 as written is the part 二、 under the chapter, with its group （三）.
    expect(numbers(await queryTasks(doc, { section: '二' }))).toEqual(['4', '5']);
    expect(numbers(await queryTasks(doc, { section: '（三）' }))).toEqual(['4', '5']);
  });

  it('should select the group of one part by the part\'s number before the group\'s, where groups restart in each part', async () => {
    const doc = await parseNotice(
      ['某县推进方案', '第一章　重点任务', '一、发展产业', '（一）建设园区', '1.完善园区道路。（牵头单位：县住房城乡建设局）', '二、改善民生', '（一）扩大就业', '2.开展技能培训。（牵头单位：县人力资源社会保障局）'].join('\n'),
    );
    expect(numbers(await queryTasks(doc, { section: '（一）' }))).toEqual(['1', '2']);
    for (const section of ['二（一）', '二、（一）', '二(一)']) expect(numbers(await queryTasks(doc, { section }))).toEqual(['2']);
    expect(numbers(await queryTasks(doc, { section: '一（一）' }))).toEqual(['1']);
    await expect(queryTasks(doc, { section: '三（一）' })).rejects.toMatchObject({ code: 'no-such-section' });
    await expect(queryTasks(doc, { section: '一（人才）' })).rejects.toMatchObject({ code: 'bad-filter' });
  });
});

