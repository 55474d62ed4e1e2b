import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { gradedPart } from '../../../src/parse/goals/words.js';
import { scopeCountInSubject, scopeCountStart } from '../../../src/parse/goals/scope-count.js';

const goals = (text: string) =>
  goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null, g.partOf ?? null]);

describe('a count of a whole place\'s things', () => {
  it('should name what is counted and what it does after the scope, not the scope alone', () => {
    expect(goals('到2026年，全区100家企业完成清洁生产审核，全市2000家中小企业上云用云。')).toEqual([
      ['全区企业完成清洁生产审核', 100, '家', '', 2026, null],
      ['全市中小企业上云用云', 2000, '家', '', 2026, null],
    ]);
  });

  it('should leave a verb of prompting before the scope out of the indicator and keep a bound as the qualifier', () => {
    expect(goals('到2026年，推动全县300家以上规上企业实现数字化转型。')).toEqual([['全县规上企业实现数字化转型', 300, '家', '以上', 2026, null]]);
  });

  it('should read no count without a year that frames it, nor one whose clause goes on with another figure', () => {
    expect(goals('全区100家企业完成清洁生产审核。')).toEqual([]);
    expect(scopeCountStart('全市', '企业营收达到10亿元', '家')).toBeNull();
    expect(scopeCountStart('全市企业', '完成审核', '家')).toBeNull();
    expect(scopeCountStart('推动全县', '规上企业实现数字化转型', '家')).toBe(2);
  });

  it('should leave the count of a scope out of the subject it opens, and make 全部 before the verb a qualifier', () => {
    expect(goals('到2026年，全县23个行政村集体经济收入全部达到10万元以上。')).toEqual([['全县行政村集体经济收入', 10, '万元', '全部、以上', 2026, null]]);
    expect(scopeCountInSubject('全县23个行政村集体经济收入全部')).toEqual({ scopeEnd: 2, countEnd: 5, all: 2 });
    expect(scopeCountInSubject('全县行政村集体经济收入')).toBeNull();
  });
});

describe('累计 inside a subject', () => {
  it('should make 累计 after the scope or the years the qualifier, not part of the name', () => {
    expect(goals('到2026年，全县累计培训数字技能人才3万人次，三年累计新建标准化厂房30万平方米，累计新增高新技术企业90家。')).toEqual([
      ['全县培训数字技能人才', 3, '万人次', '累计', 2026, null],
      ['三年新建标准化厂房', 30, '万平方米', '累计', 2026, null],
      ['新增高新技术企业', 90, '家', '累计', 2026, null],
    ]);
    expect(goals('到2026年，全县累计建成公园达到30个。')).toEqual([['全县建成公园', 30, '个', '累计', 2026, null]]);
  });

  it('should give an object joined on after it the scope, the verb and 累计 (probe84 s3)', () => {
    expect(goals('到2026年，全县累计新增高新技术企业90家、省级专精特新企业20家。')).toEqual([
      ['全县新增高新技术企业', 90, '家', '累计', 2026, null],
      ['全县新增省级专精特新企业', 20, '家', '累计', 2026, null],
    ]);
  });
});

describe('a bracket of parts after a part by year', () => {
  it('should end the object before the bracket and read the bracket\'s part as a part of that part, in its year', () => {
    expect(goals('到2026年，全县高新技术企业达到300家，其中2024年新增40家（含国家级5家）。')).toEqual([
      ['全县高新技术企业', 300, '家', '', 2026, null],
      ['新增高新技术企业', 40, '家', '', 2024, '全县高新技术企业'],
      ['新增国家级高新技术企业', 5, '家', '', 2024, '新增高新技术企业'],
    ]);
  });

  it('should read each year\'s part and its bracket after a level, the grade after a verb of creation', () => {
    expect(goals('到2026年，新增高新技术企业60家（含国家级10家），全县高新技术企业达到300家，其中：2024年新增40家（其中国家级5家），2025年新增50家（含省级8家）。')).toEqual([
      ['新增高新技术企业', 60, '家', '', 2026, null],
      ['新增国家级高新技术企业', 10, '家', '', 2026, '新增高新技术企业'],
      ['全县高新技术企业', 300, '家', '', 2026, null],
      ['新增高新技术企业', 40, '家', '', 2024, '全县高新技术企业'],
      ['新增国家级高新技术企业', 5, '家', '', 2024, '新增高新技术企业'],
      ['新增高新技术企业', 50, '家', '', 2025, '全县高新技术企业'],
      ['新增省级高新技术企业', 8, '家', '', 2025, '新增高新技术企业'],
    ]);
    expect(gradedPart('国家级', '国家级', '新增高新技术企业', ['新增', '新建'])).toBe('新增国家级高新技术企业');
    expect(gradedPart('国家级', '国家级', '新增', ['新增'])).toBeNull();
  });
});
