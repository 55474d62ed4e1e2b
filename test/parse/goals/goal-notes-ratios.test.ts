import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { unreadTargets } from '../../../src/parse/goals/unread-targets.js';
import { fold } from '../../../src/text/fold.js';
import { baselineNoteSpans, isStatusSentence, stageLabelYear, statusLength } from '../../../src/parse/goals/notes.js';
import { markRatios, ratioValue, readRatioCell } from '../../../src/parse/goals/ratio-figure.js';
import { comparisonOf, readTargetCell } from '../../../src/parse/goals/target-figure.js';

const goals = (text: string) =>
  goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null, g.relative ?? null, g.baseYear ?? null]);

describe('baseline notes and status sentences', () => {
  it('should pass over a note of the starting level in brackets, by year with 为 or as 现状值', () => {
    expect(goals('到2025年，全区森林覆盖率达到31.5%（2020年为30.2%），PM2.5年均浓度降至30微克/立方米（现状值34微克/立方米）。')).toEqual([
      ['全区森林覆盖率', 31.5, '%', '', 2025, null, null],
      ['PM2.5年均浓度', 30, '微克/立方米', '', 2025, null, null],
    ]);
  });

  it('should keep the figures of a bracket of stages by year, which has no 为', () => {
    expect(goals('到2025年，全区高新技术企业达到300家（2023年240家、2024年270家）。').map((g) => g[1])).toEqual([300, 240, 270]);
    expect(baselineNoteSpans('达到300家（2023年240家、2024年270家）')).toEqual([]);
  });

  it('should read no target in a sentence on what is done so far, nor take its year', () => {
    expect(goals('截至2022年底，全区已累计完成造林1.2万亩。全区森林覆盖率达到31.5%。')).toEqual([['全区森林覆盖率', 31.5, '%', '', null, null, null]]);
    expect(isStatusSentence('目前，全市已建成充电桩500个')).toBe(true);
    expect(statusLength('目前全区已建成5G基站1200个，到2025年达到3000个')).toBe('目前全区已建成5G基站1200个，'.length);
    expect(isStatusSentence('截至2025年底，全市累计建成充电桩500个')).toBe(false);
  });
});

describe('status sentences in the unread check', () => {
  it('should not report a level reached so far as an unread target', () => {
    const text = '截至2022年底，全区森林覆盖率已达到30%。到2025年，全区森林覆盖率达到31.5%。';
    const match = fold(text);
    expect(unreadTargets(text, match, () => false).map((t) => t.figure)).toEqual(['31.5']);
  });
});

describe('stage years', () => {
  it('should give a stage the year its label names in brackets before the colon', () => {
    expect(goals('近期目标（2024年底前）：全市农村自来水普及率达到96%。')).toEqual([['全市农村自来水普及率', 96, '%', '', 2024, null, null]]);
    expect(stageLabelYear('全市农村自来水普及率达到96%（2024年）')).toBeNull();
  });

  it('should carry the indicator on into a stage that opens with the year it is due by', () => {
    expect(goals('到2024年底，规模化供水工程覆盖农村人口比例达到75%；2027年底前，达到85%以上。')).toEqual([
      ['规模化供水工程覆盖农村人口比例', 75, '%', '', 2024, null, null],
      ['规模化供水工程覆盖农村人口比例', 85, '%', '以上', 2027, null, null],
    ]);
  });
});

describe('words of the indicator', () => {
  it('should keep a leading 基本 that names a thing, and take it as a qualifier only before a verb', () => {
    expect(goals('到2026年，基本养老保险参保率达到95%，基本医疗保险参保率稳定在96%以上。')).toEqual([
      ['基本养老保险参保率', 95, '%', '', 2026, null, null],
      ['基本医疗保险参保率', 96, '%', '以上', 2026, null, null],
    ]);
    expect(goals('到2026年，基本实现行政村通客车率100%。')[0]?.[3]).toBe('基本');
  });

  it('should give a change or a multiple after a target the subject of that target', () => {
    expect(goals('到2026年，全市高新技术企业达到1500家，较2023年净增500家；发明专利拥有量达到12件，是2023年的1.5倍。')).toEqual([
      ['全市高新技术企业', 1500, '家', '', 2026, null, null],
      ['全市高新技术企业净增', 500, '家', '', 2026, 'change', 2023],
      ['发明专利拥有量', 12, '件', '', 2026, null, null],
      ['发明专利拥有量', 1.5, '倍', '', 2026, 'multiple', 2023],
    ]);
  });

  it('should read a multiple of a level named in words as a multiple, the level its qualifier', () => {
    expect(goals('到2026年，人均研发经费达到全省平均水平的1.2倍。')).toEqual([['人均研发经费', 1.2, '倍', '全省平均水平', 2026, 'multiple', null]]);
  });

  it('should keep what a figure is per, one word after another, out of the indicator', () => {
    expect(goals('到2026年，补助标准达到每家每年5万元，护理补贴达到每人每月300元。')).toEqual([
      ['补助标准', 5, '万元', '每家、每年', 2026, null, null],
      ['护理补贴', 300, '元', '每人、每月', 2026, null, null],
    ]);
  });
});

describe('targets with no year', () => {
  it('should read a count made after the scope and 城镇, a running total (累计) and 招引 without a year', () => {
    expect(goals('全市城镇新增就业12万人。三年内，累计开展补贴性职业技能培训30万人次以上，招引人力资源服务机构50家以上。')).toEqual([
      ['全市城镇新增就业', 12, '万人', '', null, null, null],
      ['开展补贴性职业技能培训', 30, '万人次', '累计、以上', null, null, null],
      ['招引人力资源服务机构', 50, '家', '以上', null, null, null],
    ]);
  });
});

describe('ratios with a colon', () => {
  it('should read a ratio as one figure, the term that is not 1 its value, with the bound after it', () => {
    expect(goalsIn('到2026年，义务教育学校师生比达到1:13，城乡居民收入比缩小到1.65：1以内。').map((g) => [g.indicator, g.value, g.raw, g.unit, g.qualifier ?? '', g.comparison])).toEqual([
      ['义务教育学校师生比', 13, '1:13', '', '', 'equal'],
      ['城乡居民收入比', 1.65, '1.65:1', '', '以内', 'at-most'],
    ]);
  });

  it('should mark only a colon between digits, and read a cell that is a ratio', () => {
    expect(markRatios('目标:1:13')).toBe('目标:1\u223613');
    expect(ratioValue(3, 2)).toBe(1.5);
    expect(readRatioCell('1:12.5')).toEqual({ raw: '1:12.5', value: 12.5 });
    expect(readTargetCell('1:12.5')).toMatchObject({ raw: '1:12.5', value: 12.5, unit: '', comparison: 'equal' });
    expect(readRatioCell('1:12.5人')).toBeNull();
  });
});

describe('approximate levels after a verb of lowering', () => {
  it('should read 下降到27%左右 as about, but 27%以内 as at most', () => {
    expect(comparisonOf(['左右', '下降到'])).toBe('about');
    expect(comparisonOf(['以内', '下降到'])).toBe('at-most');
    expect(comparisonOf(['下降到'])).toBe('at-most');
  });
});
