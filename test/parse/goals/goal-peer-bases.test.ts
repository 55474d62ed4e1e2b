import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { sharedPerBase, thresholdMeasure } from '../../../src/parse/goals/implied-subjects.js';

const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.upTo ?? null]);

describe('what a target joined on with 、 shares with the one before it (probe99)', () => {
  it('should give a peer after 、 the base the one before is counted per (每千人口, 每万人, 人均)', () => {
    expect(goals('到2026年底，全区每千人口执业（助理）医师数达到3.6人、注册护士数达到4.2人。')).toEqual([
      ['全区每千人口执业（助理）医师数', 3.6, '人', null],
      ['全区每千人口注册护士数', 4.2, '人', null],
    ]);
    expect(goals('到2025年，每万人口全科医生数达到3.5名、专科医生数达到1.2名。')).toEqual([
      ['每万人口全科医生数', 3.5, '名', null],
      ['每万人口专科医生数', 1.2, '名', null],
    ]);
  });

  it('should not give the base to a peer in another unit, or one that writes its own', () => {
    expect(goals('到2025年，全市人均公园绿地面积达到15平方米、建成区绿地率达到40%。').map((g) => g[0])).toEqual(['全市人均公园绿地面积', '建成区绿地率']);
    expect(goals('到2025年，每千人口医师数达到3人、每万人口全科医生数达到4人。').map((g) => g[0])).toEqual(['每千人口医师数', '每万人口全科医生数']);
  });

  // probe100: a per-person base given to a count of the whole place, or to a name with its own 人均.
  it('should not give the base to a peer that is a count, not a measure of the same form', () => {
    expect(goals('到2026年，全市每千人口执业（助理）医师数达到3.5人、全科医生达到800人。').map((g) => g[0])).toEqual(['全市每千人口执业（助理）医师数', '全科医生']);
    expect(goals('全市每千人口拥有3岁以下婴幼儿托位数达到4.5个、普惠性托育机构达到60个。').map((g) => g[0])).toEqual(['全市每千人口拥有3岁以下婴幼儿托位数', '普惠性托育机构']);
    // Its own verb (稳定在), not the first's: a target of its own.
    expect(goals('每万人口全科医生数达到4人、乡村医生稳定在1200人。').map((g) => g[0])).toEqual(['每万人口全科医生数', '乡村医生']);
    // A name ending in 数 too, but a figure far larger than a rate per ten thousand: a count.
    expect(goals('每万人口全科医生数达到4人、乡村医生数达到1200人。').map((g) => g[0])).toEqual(['每万人口全科医生数', '乡村医生数']);
  });

  it('should not give the base to a peer that names what it is counted per itself', () => {
    expect(goals('全区人均地区生产总值达到12万元、城镇居民人均可支配收入达到6万元。').map((g) => g[0])).toEqual(['全区人均地区生产总值', '城镇居民人均可支配收入']);
    expect(goals('每千人口医师数达到3人、基层每萬人口全科医生数达到4人。').map((g) => g[0])).toEqual(['每千人口医师数', '基层每萬人口全科医生数']);
  });

  it('should give a threshold class after 、 the measure of the class before it', () => {
    expect(goals('到2025年，培育数字经济领域规模以上企业500家以上，其中营业收入超亿元企业50家、超10亿元企业8—10家。').map((g) => [g[0], g[1], g[3]])).toEqual([
      ['培育数字经济领域规模以上企业', 500, null],
      ['营业收入超亿元企业', 50, null],
      ['营业收入超10亿元企业', 8, 10],
    ]);
  });

  it('should find the shared words only where the pair is of that shape', () => {
    expect(sharedPerBase('全区每千人口执业医师数', '注册护士数')).toBe('全区每千人口');
    expect(sharedPerBase('全区执业医师数', '注册护士数')).toBeNull();
    expect(sharedPerBase('每千人口医师数', '全市护士数')).toBeNull();
    expect(sharedPerBase('全市每千人口执业医师数', '全科医生')).toBeNull();
    expect(sharedPerBase('全区人均地区生产总值', '城镇居民人均可支配收入')).toBeNull();
    expect(sharedPerBase('每千人口护士數', '醫師數')).toBe('每千人口');
    expect(thresholdMeasure('年营业收入超过1亿元企业', '超过10亿元企业')).toBe('年营业收入');
    expect(thresholdMeasure('超亿元企业', '超10亿元企业')).toBeNull();
    expect(thresholdMeasure('营业收入超亿元企业', '高新技术企业')).toBeNull();
  });
});
