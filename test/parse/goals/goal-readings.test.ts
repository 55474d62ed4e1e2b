import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { parseNotice } from '../../../src/parse/parse-notice.js';
import { siblingGrade } from '../../../src/parse/goals/words.js';
import { subjectNames } from '../../../src/parse/goals/respective-subjects.js';
import { figureUnitAt } from '../../../src/text/measure-units.js';

/** Each goal as indicator, value, unit, qualifier, year, partOf. */
const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null, g.partOf ?? null]);

describe('a goal heading run into its lead-in', () => {
  it('should give the targets listed under it the lead-in\'s year, also those without a verb', async () => {
    const text = '某市文旅消费三年行动方案（2024—2026年）\n一、总体要求\n（一）主要目标。到2026年，实现以下目标：\n1.消费规模持续扩大。全市旅游总收入突破800亿元；接待国内外游客1.2亿人次。\n2.消费载体更加丰富。新增国家级旅游休闲街区2个。\n二、重点任务\n（一）丰富文旅产品供给。推出精品线路。（牵头单位：市文广旅局）\n';
    const read = ((await parseNotice(text)).plan?.goals ?? []).map((g) => [g.indicator, g.value, g.unit, g.year ?? null]);
    expect(read).toEqual([
      ['全市旅游总收入', 800, '亿元', 2026],
      ['接待国内外游客', 1.2, '亿人次', 2026],
      ['新增国家级旅游休闲街区', 2, '个', 2026],
    ]);
  });
});

describe('a scope before peer words that share a noun', () => {
  it('should give every peer the scope and the shared noun', () => {
    expect(goals('2024年，全市国控、省控断面水质优良比例分别达到90%、85%以上；全市城镇和农村居民人均可支配收入分别达到5万元、3万元。')).toEqual([
      ['全市国控断面水质优良比例', 90, '%', '', 2024, null],
      ['全市省控断面水质优良比例', 85, '%', '以上', 2024, null],
      ['全市城镇居民人均可支配收入', 5, '万元', '', 2024, null],
      ['全市农村居民人均可支配收入', 3, '万元', '', 2024, null],
    ]);
  });

  it('should give the scope before the first subject to every subject without one, peers or not', () => {
    expect(subjectNames(['全县国控', '省控断面达标率'], 2)).toEqual([
      [{ subject: 0, from: 0, to: 4 }, { subject: 1, from: 2, to: 7 }],
      [{ subject: 0, from: 0, to: 2 }, { subject: 1, from: 0, to: 7 }],
    ]);
    expect(subjectNames(['全县森林覆盖率', '省控断面达标率'], 2)).toEqual([[{ subject: 0, from: 0, to: 7 }], [{ subject: 0, from: 0, to: 2 }, { subject: 1, from: 0, to: 7 }]]);
    // A subject with a scope of its own keeps it.
    expect(subjectNames(['全县森林覆盖率', '全市断面达标率'], 2)).toEqual([[{ subject: 0, from: 0, to: 7 }], [{ subject: 1, from: 0, to: 7 }]]);
  });
});

describe('two per-words before a figure', () => {
  it('should keep the span of time and the head it is per as qualifiers, not in the indicator', () => {
    expect(goals('到2026年，全市食品抽检量达到每年每千人5批次以上。')).toEqual([['全市食品抽检量', 5, '批次', '每年、每千人、以上', 2026, null]]);
    expect(goals('到2026年，补贴标准达到每月每户200元。')).toEqual([['补贴标准', 200, '元', '每月、每户', 2026, null]]);
  });
});

describe('a 其中 part by year after two targets', () => {
  it('should make it a part of the target whose verb it repeats', () => {
    expect(goals('到2025年，全区累计完成老旧小区改造120个，惠及居民2.3万户，其中2022年完成30个。')).toEqual([
      // 累计 after the scope word is the target's qualifier, not part of its name.
      ['全区完成老旧小区改造', 120, '个', '累计', 2025, null],
      ['惠及居民', 2.3, '万户', '', 2025, null],
      ['完成老旧小区改造', 30, '个', '', 2022, '全区完成老旧小区改造'],
    ]);
  });
});

describe('a grade alone after a target of another grade', () => {
  it('should count the same thing at its own grade', () => {
    expect(goals('到2026年，新增省级以上人才平台20家，国家级以上2家。')).toEqual([
      ['新增省级以上人才平台', 20, '家', '', 2026, null],
      ['新增国家级以上人才平台', 2, '家', '', 2026, null],
    ]);
    expect(siblingGrade('省级', '省级', '创建市级示范基地')).toBe('创建省级示范基地');
    expect(siblingGrade('省级龙头企业', '省级龙头企业', '创建市级示范基地')).toBeNull();
    expect(siblingGrade('省级', '省级', '新增规上企业')).toBeNull();
  });
});

describe('person-years as a unit', () => {
  it('should read 人年 as one unit, but not where 年 opens the next words', () => {
    expect(goals('到2026年，每万名劳动力中研发人员数达到120人年。')).toEqual([['每万名劳动力中研发人员数', 120, '人年', '', 2026, null]]);
    expect(figureUnitAt('120人年', 3)).toBe('人年');
    expect(figureUnitAt('1000人年均增长', 4)).toBe('人');
    expect(figureUnitAt('3000人年底前', 4)).toBe('人');
  });
});

describe('力争 before a target year, past a ；', () => {
  it('should qualify the targets of the sentences the year carries to, up to one with a year or a stretch word of its own', () => {
    expect(goals('力争到2026年，全市数字经济核心产业增加值达到1200亿元；建成5G基站2.5万个，数字化车间达到300个；确保上云企业达到500家。到2027年，智能工厂达到50个。')).toEqual([
      ['全市数字经济核心产业增加值', 1200, '亿元', '力争', 2026, null],
      ['建成5G基站', 2.5, '万个', '力争', 2026, null],
      ['数字化车间', 300, '个', '力争', 2026, null],
      ['上云企业', 500, '家', '确保', 2026, null],
      ['智能工厂', 50, '个', '', 2027, null],
    ]);
    // A full stop ends it.
    expect(goals('力争到2026年，全市数字经济核心产业增加值达到1200亿元。数字化车间达到300个。').map((g) => g[3])).toEqual(['力争', '']);
  });
});

describe('units of several characters after a figure (probe80 r2, r4)', () => {
  it('should read 台套 whole, with the bound after it', () => {
    expect(goals('到2025年，全区新增工业机器人300台套，工业机器人保有量达到1500台套以上，推广智能装备1.2万台套。')).toEqual([
      ['全区新增工业机器人', 300, '台套', '', 2025, null],
      ['工业机器人保有量', 1500, '台套', '以上', 2025, null],
      ['推广智能装备', 1.2, '万台套', '', 2025, null],
    ]);
  });

  it('should read 千公顷, the statistical unit of land, as a unit', () => {
    expect(goals('到2025年，新增造林面积2.3千公顷，森林面积达到45千公顷以上，湿地保护面积不低于1200公顷。')).toEqual([
      ['新增造林面积', 2.3, '千公顷', '', 2025, null],
      ['森林面积', 45, '千公顷', '以上', 2025, null],
      ['湿地保护面积', 1200, '公顷', '不低于', 2025, null],
    ]);
  });

  it('should read a counter then 次 as one unit (辆次, 艘次)', () => {
    expect(goals('到2025年，检查货运车辆2000辆次以上，出动执法船舶300艘次。')).toEqual([
      ['检查货运车辆', 2000, '辆次', '以上', 2025, null],
      ['出动执法船舶', 300, '艘次', '', 2025, null],
    ]);
  });
});
