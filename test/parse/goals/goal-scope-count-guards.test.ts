import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { extractGoals } from '../../../src/parse/goals/extract-goals.js';
import { isScopeCountAlone, scopeCountStart } from '../../../src/parse/goals/scope-count.js';
import { figureUnitAt } from '../../../src/text/measure-units.js';
import { fold } from '../../../src/text/fold.js';

const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null]);
const nowhere = () => ({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });
const inPlanFrom = (text: string, periodStart: number) =>
  extractGoals({ text, match: fold(text), position: nowhere, periodStart }).map((g) => [g.indicator, g.value, g.unit, g.year ?? null]);

describe('a whole place\'s count beside another figure of its clause', () => {
  it('should read no goal for the count and keep the scope in the other figure\'s indicator', () => {
    expect(goals('到2026年，全区12家重点用能企业能耗较2023年下降5%。')).toEqual([['全区重点用能企业能耗下降', 5, '%', '', 2026]]);
    expect(goals('到2026年，全县4个省级园区营业收入突破千亿元。')).toEqual([['全县省级园区营业收入', 1000, '亿元', '突破', 2026]]);
    expect(goals('到2026年，全市200家规上企业数字化改造投入超过50亿元。')).toEqual([['全市规上企业数字化改造投入', 50, '亿元', '超过', 2026]]);
  });

  it('should keep the count as the target where the other figure is a rank its things reach', () => {
    expect(goals('到2026年，全县3家企业进入全国前100强。')).toEqual([['全县企业进入全国前100强', 3, '家', '', 2026]]);
  });

  it('should read no goal for the count of a whole that parts are counted out of', () => {
    expect(goals('到2026年，全市50家重点企业中，30家建成智能工厂。').filter((g) => g[1] === 50)).toEqual([]);
  });
});

describe('a whole place\'s count in a sentence of what is so', () => {
  it('should read no goal after 目前 or 截至', () => {
    expect(goals('目前，全区80家企业完成清洁生产审核。')).toEqual([]);
    expect(goals('截至2023年底，全区80家企业完成清洁生产审核。')).toEqual([]);
  });

  it('should read no goal in a year before the plan\'s first', () => {
    expect(inPlanFrom('2023年，全区60家企业完成清洁生产审核。', 2024)).toEqual([]);
    expect(inPlanFrom('2025年，全区60家企业完成清洁生产审核。', 2024)).toEqual([['全区企业完成清洁生产审核', 60, '家', 2025]]);
  });
});

describe('a whole place\'s count of what it has', () => {
  it('should read no goal where nothing is done to what is counted', () => {
    expect(goals('到2026年，全县26万人口享有基本公共卫生服务。全县26万农村人口饮水安全得到保障。全市3个国家级开发区引领作用进一步增强。')).toEqual([]);
    expect(scopeCountStart('全县', '口享有基本公共卫生服务', '万人')).toBeNull();
    expect(scopeCountStart('全县', '农村人口饮水安全得到保障', '万')).toBeNull();
    expect(isScopeCountAlone('全市', '国家级开发区引领作用进一步增强')).toBe(true);
    expect(isScopeCountAlone('全市企业', '完成审核')).toBe(false);
  });
});

describe('a verb of doing before the scope', () => {
  it('should keep the verb and read the words after the count as its object, in digits and numerals', () => {
    expect(goals('到2026年，完成全县100个行政村光纤改造。')).toEqual([['完成全县行政村光纤改造', 100, '个', '', 2026]]);
    expect(goals('二〇二五年底前，完成全县一百个行政村道路硬化。')).toEqual([['完成全县行政村道路硬化', 100, '个', '', 2025]]);
    expect(scopeCountStart('完成全县', '行政村光纤改造', '个')).toBe(0);
  });
});

describe('人年 before more words', () => {
  it('should read 人 where 年 opens the words after it, and 人年 at a clause\'s end or before a bound', () => {
    expect(figureUnitAt('500人年增收1万元', 3)).toBe('人');
    expect(figureUnitAt('120人年以上', 3)).toBe('人年');
    expect(figureUnitAt('120人年。', 3)).toBe('人年');
    // 500人 is those helped, no target since the deed (年增收1万元) has a figure of its own; its unit is still 人.
    expect(goals('到2026年，帮扶500人年增收1万元以上。').map((g) => g[0])).not.toContain('帮扶');
  });
});

describe('an ordinal after 第', () => {
  it('should read no goal for 第N项, 第N条 or 第N个, only the clause\'s target', () => {
    expect(goals('到2024年，全县农村卫生厕所普及率达到90%以上，第1项指标由县农业农村局负责统计。')).toEqual([['全县农村卫生厕所普及率', 90, '%', '以上', 2024]]);
    expect(goals('到2025年，全市新建充电桩3000个，第2条所列项目达到10个。').map((g) => g[1])).toEqual([3000, 10]);
    expect(goals('到2025年，第3个示范区建成投运。')).toEqual([]);
  });
});
