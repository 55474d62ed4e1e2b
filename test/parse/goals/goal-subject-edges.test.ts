import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';

/** Each goal as indicator, value, unit, qualifier, year. */
const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null]);

describe('a year the target is due by, between its subject and its verb', () => {
  it('should leave 于 and 在 before the year out of the indicator, and take the year', () => {
    expect(goals('全区算力规模于2026年达到5000PFLOPS。')).toEqual([['全区算力规模', 5000, 'PFLOPS', '', 2026]]);
    expect(goals('全区5G基站在2025年达到1万个。')).toEqual([['全区5G基站', 1, '万个', '', 2025]]);
  });

  it('should read a deadline after the year (底前, 9月底前, 以前) as the year, as 到2025年底 is', () => {
    expect(goals('全区5G基站在2025年底前达到1.2万个。')).toEqual([['全区5G基站', 1.2, '万个', '', 2025]]);
    expect(goals('全市数据中心机架2026年9月底前达到2000架。')).toEqual([['全市数据中心机架', 2000, '架', '', 2026]]);
    expect(goals('全县充电桩于2025年以前达到800个。')).toEqual([['全县充电桩', 800, '个', '', 2025]]);
  });

  it('should take a stretch word before the year as the qualifier, not part of the indicator', () => {
    expect(goals('全区算力规模力争于2025年达到5000PFLOPS。')).toEqual([['全区算力规模', 5000, 'PFLOPS', '力争', 2025]]);
    expect(goals('全区地区生产总值确保2025年突破1000亿元。')).toEqual([['全区地区生产总值', 1000, '亿元', '确保、突破', 2025]]);
    expect(goals('全区工业互联网平台争取在2026年底突破30个。')).toEqual([['全区工业互联网平台', 30, '个', '争取、突破', 2026]]);
  });

  it('should leave a word of intent before the year (计划, 预计) out of the indicator, with no qualifier', () => {
    expect(goals('全区5G基站数量计划于2025年达到1万个。')).toEqual([['全区5G基站数量', 1, '万个', '', 2025]]);
    expect(goals('全市新能源汽车保有量预计2026年达到5万辆。')).toEqual([['全市新能源汽车保有量', 5, '万辆', '', 2026]]);
  });
});

describe('livestock counted in 头只 or 羽只', () => {
  it('should keep 只 in the unit', () => {
    const [g] = goalsIn('2023年，全旗牧业年度牲畜存栏稳定在250万头只，肉类总产量达到8万吨。');
    expect([g?.indicator, g?.value, g?.unit]).toEqual(['全旗牧业年度牲畜存栏', 250, '万头只']);
  });
});

describe('a count of what is run well (办好, 建好)', () => {
  it('should read 办好 as a verb of creation, its object after the figure and 至少 before it the bound', () => {
    const [g] = goalsIn('到2025年，每个乡镇至少办好1所公办中心幼儿园。');
    expect([g?.indicator, g?.value, g?.unit, g?.qualifier, g?.comparison, g?.year]).toEqual(['每个乡镇办好公办中心幼儿园', 1, '所', '至少', 'at-least', 2025]);
  });

  it('should read 建好 the same way', () => {
    expect(goals('到2026年，每个街道建好2个养老服务站。')).toEqual([['每个街道建好养老服务站', 2, '个', '', 2026]]);
  });
});
