import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { rankHead, rankUnitAt } from '../../../src/parse/goals/rank-target.js';
import { sharedMeasure, subjectSplits } from '../../../src/parse/goals/respective-subjects.js';
import { gradedPart } from '../../../src/parse/goals/words.js';

const goals = (text: string) =>
  goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.comparison, g.year ?? null, g.baseYear ?? null, g.relative ?? null, g.partOf ?? null]);

describe('lists of changes after 分别', () => {
  it('should give each substance its own change, sharing the measure the last one names', () => {
    expect(goals('到2025年，氮氧化物和挥发性有机物排放总量比2020年分别下降10%、12%以上。')).toEqual([
      ['氮氧化物排放总量下降', 10, '%', '', 'equal', 2025, 2020, 'change', null],
      ['挥发性有机物排放总量下降', 12, '%', '以上', 'at-least', 2025, 2020, 'change', null],
    ]);
  });

  it('should read the base year after 分别 and a change of a subject list without a shared measure', () => {
    expect(goals('到2025年，工业增加值、服务业增加值分别比2020年增长30%、40%。')).toEqual([
      ['工业增加值增长', 30, '%', '', 'equal', 2025, 2020, 'change', null],
      ['服务业增加值增长', 40, '%', '', 'equal', 2025, 2020, 'change', null],
    ]);
  });

  it('should read a level verb after 分别 that the old list lacked (发展到)', () => {
    expect(goals('到2026年，示范社和家庭农场分别发展到120家、800家。').map((g) => g.slice(0, 3))).toEqual([
      ['示范社', 120, '家'],
      ['家庭农场', 800, '家'],
    ]);
  });
});

describe('subjects of a list whose names hold 及, 和 or 与', () => {
  it('should split at 、 alone when splitting at 及 too gives more subjects than figures', () => {
    expect(goals('到2025年，规上工业企业数字化研发设计工具普及率、关键工序数控化率分别达到85%、70%。').map((g) => g.slice(0, 3))).toEqual([
      ['规上工业企业数字化研发设计工具普及率', 85, '%'],
      ['关键工序数控化率', 70, '%'],
    ]);
  });

  it('should offer the split at every separator first, then at 、 alone', () => {
    expect(subjectSplits('A、B和C')).toEqual([['A', 'B', 'C'], ['A', 'B和C']]);
    expect(subjectSplits('普及率、数控化率')).toEqual([['普', '率', '数控化率'], ['普及率', '数控化率']]);
    expect(subjectSplits('A和B')).toEqual([['A', 'B']]);
  });

  it('should share a measure of use whole (使用量), not its tail (用量)', () => {
    expect(sharedMeasure(['化肥', '农药使用量'])).toBe('使用量');
    expect(sharedMeasure(['化肥', '农药施用量'])).toBe('施用量');
    expect(goals('到2026年，化肥、农药使用量分别较2023年减少3%、5%。').map((g) => [g[0], g[1], g[6]])).toEqual([
      ['化肥使用量减少', 3, 2023],
      ['农药使用量减少', 5, 2023],
    ]);
  });

  it('should share a measure of amount only with subjects that name none', () => {
    expect(sharedMeasure(['化学需氧量', '氨氮排放总量'])).toBe('排放总量');
    expect(sharedMeasure(['化学需氧量排放量', '氨氮排放量'])).toBeNull();
    expect(sharedMeasure(['城镇', '农村居民人均可支配收入'])).toBeNull();
    expect(sharedMeasure(['排放总量'])).toBeNull();
  });
});

describe('parts after 其中', () => {
  it('should give parts by year listed after 其中 the whole\'s indicator and their own years', () => {
    expect(goals('到2025年，高新技术企业数量突破1200家，其中2023年、2024年分别达到900家、1050家。')).toEqual([
      ['高新技术企业数量', 1200, '家', '突破', 'at-least', 2025, null, null, null],
      ['高新技术企业数量', 900, '家', '', 'equal', 2023, null, null, null],
      ['高新技术企业数量', 1050, '家', '', 'equal', 2024, null, null, null],
    ]);
  });

  it('should read a part named by its grade alone as the whole\'s kind of thing at that grade', () => {
    expect(goals('到2026年，县级以上农业产业化龙头企业发展到60家，其中省级15家。')).toEqual([
      ['县级以上农业产业化龙头企业', 60, '家', '', 'equal', 2026, null, null, null],
      ['省级农业产业化龙头企业', 15, '家', '', 'equal', 2026, null, null, '县级以上农业产业化龙头企业'],
    ]);
    expect(gradedPart('国家级', '國家級', '全区高新技术企业')).toBe('國家級高新技术企业');
    expect(gradedPart('国家级专精特新企业', '国家级专精特新企业', '高新技术企业')).toBeNull();
  });
});

describe('words that are no part of an indicator', () => {
  it('should keep 力争到YYYY年 before the subject out of the indicator, 力争 as the qualifier', () => {
    expect(goals('力争到2026年全县接待游客人次突破2500万人次。')).toEqual([
      ['全县接待游客人次', 2500, '万人次', '力争、突破', 'at-least', 2026, null, null, null],
    ]);
  });

  it.each([
    ['发展到', '县级以上龙头企业发展到60家', '县级以上龙头企业'],
    ['扩大至', '示范社规模扩大至120家', '示范社规模'],
    ['扩大到', '示范社规模扩大到120家', '示范社规模'],
    ['发展至', '家庭农场发展至800家', '家庭农场'],
    ['壮大到', '村集体经济规模壮大到5亿元', '村集体经济规模'],
  ])('should read %s as the goal verb', (_verb, clause, indicator) => {
    expect(goals(`到2026年，${clause}。`).map((g) => g[0])).toEqual([indicator]);
  });
});

describe('ratios and ranks', () => {
  it('should read a ratio narrowed to a ceiling, without a unit', () => {
    expect(goals('到2026年，城乡居民人均可支配收入比缩小至1.8以内。')).toEqual([
      ['城乡居民人均可支配收入比', 1.8, '', '以内', 'at-most', 2026, null, null, null],
    ]);
  });

  it('should not take 占比, 同比 or 环比 for a ratio without a unit', () => {
    expect(goals('到2026年，新能源车占比达到60。')).toEqual([]);
  });

  it('should read a rank as a ceiling, its scope and 前 as the qualifier', () => {
    expect(goals('2024年，营商环境评价进入全省前3位，数字经济规模进入全国前20名，综合实力稳定保持全市前5强。')).toEqual([
      ['营商环境评价', 3, '位', '全省前', 'at-most', 2024, null, null, null],
      ['数字经济规模', 20, '名', '全国前', 'at-most', 2024, null, null, null],
      ['综合实力', 5, '强', '全市前', 'at-most', 2024, null, null, null],
    ]);
  });

  it('should find the last verb of a rank and its adverb', () => {
    expect(rankHead('综合排名保持全省前')).toEqual({ verb: '保持', scope: '全省前', length: 5 });
    expect(rankHead('综合实力稳定保持全市前')).toEqual({ verb: '稳定保持', scope: '全市前', length: 7 });
    expect(rankHead('全省前')).toBeNull();
    expect(rankUnitAt('进入前3位', 3, 4)).toEqual({ unit: '位', end: 5 });
    expect(rankUnitAt('达到3位', 2, 3)).toBeNull();
  });
});
