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

describe('an area shared by the subjects of a 分别 list', () => {
  it('should give 面积 to the first subject too', () => {
    expect(goals('到2027年，全区设施农业面积达到80万亩，其中日光温室、塑料大棚面积分别达到35万亩、40万亩。').map((g) => g[0])).toEqual(['全区设施农业面积', '日光温室面积', '塑料大棚面积']);
    expect(goals('到2026年，小麦、玉米种植面积分别稳定在30万亩、20万亩。').map((g) => g[0])).toEqual(['小麦种植面积', '玉米种植面积']);
  });

  it('should let a peer word share all the last subject\'s words, not its measure alone', () => {
    expect(goals('到2026年，城镇和农村居民人均住房面积分别达到40平方米、45平方米。').map((g) => g[0])).toEqual(['城镇居民人均住房面积', '农村居民人均住房面积']);
  });
});

describe('a rate of handling named alone after another', () => {
  it('should share the subject of the rate before it', () => {
    expect(goals('2024年，“12345”营商环境类诉求办结率达到100%，满意率达到95%以上。')).toEqual([
      ['“12345”营商环境类诉求办结率', 100, '%', '', 2024],
      ['“12345”营商环境类诉求满意率', 95, '%', '以上', 2024],
    ]);
    expect(goals('到2026年，全市信访事项按期办结率达到98%，群众满意度达到90%。').map((g) => g[0])).toEqual(['全市信访事项按期办结率', '群众满意度']);
  });

  it('should not share the subject of a target that is no such rate', () => {
    expect(goals('到2026年，全市新能源汽车产量达到10万辆，满意率达到95%。').map((g) => g[0])).toEqual(['全市新能源汽车产量', '满意率']);
  });
});

describe('a peer of a subject that names its grades', () => {
  it('should replace the peer word and its grades, not the peer word alone', () => {
    expect(goals('2022年，小学三至六年级书面作业平均完成时间不超过60分钟，初中不超过90分钟。').map((g) => [g[0], g[1]])).toEqual([
      ['小学三至六年级书面作业平均完成时间', 60],
      ['初中书面作业平均完成时间', 90],
    ]);
    expect(goals('2022年，小学一二年级书面作业完成率达到100%，初中达到95%。').map((g) => g[0])).toEqual(['小学一二年级书面作业完成率', '初中书面作业完成率']);
  });
});

describe('a bound before a count of those a deed is for', () => {
  it('should read the count as the target of the deed after it, bounded', () => {
    const [g] = goalsIn('到2026年，为不少于2000名经济困难失能老年人提供居家上门服务。');
    expect([g?.indicator, g?.value, g?.unit, g?.qualifier, g?.comparison]).toEqual(['为经济困难失能老年人提供居家上门服务', 2000, '名', '不少于', 'at-least']);
  });
});

describe('a speed per hour', () => {
  it('should read 每小时 after the verb as the figure\'s qualifier, not the end of the indicator', () => {
    expect(goals('到2026年，公交车平均运营速度提高至每小时20公里以上。')).toEqual([['公交车平均运营速度', 20, '公里', '每小时、以上', 2026]]);
    expect(goals('到2026年，公交车平均运营速度达到每小时18公里。')).toEqual([['公交车平均运营速度', 18, '公里', '每小时', 2026]]);
  });
});
