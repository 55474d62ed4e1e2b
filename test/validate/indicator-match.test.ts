import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, indicatorKey, indicatorSimilarity, mutualBestPairs } from '../../src/validate/indicator-match.js';

describe('indicatorKey', () => {
  it.each([
    ['研发支出与地区生产总值之比', '研发支出与地区生产总值比'],
    ['研发支出与地区生产总值比值', '研发支出与地区生产总值比'],
    ['全区有效发明专利', '有效发明专利'],
    ['全区高新技术企业总量', '高新技术企业'],
    ['高新技术企业数量', '高新技术企业'],
    ['“雏鹰”企业', '雏鹰企业'],
    ['科技领军(领军培育)企业数量', '科技领军企业'],
    ['技术合同成交总额', '技术合同成交额'],
  ])('should reduce %s to %s', (indicator, key) => {
    expect(indicatorKey(indicator)).toBe(key);
  });
});

describe('indicatorSimilarity', () => {
  it('should rate the text’s and the annex’s names of one figure as alike', () => {
    expect(indicatorSimilarity('全区有效发明专利', '有效发明专利')).toBe(1);
    expect(indicatorSimilarity('有效发明专利', '有效发明专利拥有量')).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('should rate different figures as unlike', () => {
    expect(indicatorSimilarity('技术合同成交额', '高新技术企业数量')).toBeLessThan(MATCH_THRESHOLD);
    expect(indicatorSimilarity('重点实验室', '研发支出与地区生产总值比值')).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('mutualBestPairs', () => {
  it('should pair each row with the goal that suits it best, not with a near namesake', () => {
    const goals = ['每万家企业法人中高新技术企业数', '全区高新技术企业总量'];
    const rows = ['高新技术企业数量'];
    expect(mutualBestPairs(goals, rows, indicatorSimilarity)).toEqual([['全区高新技术企业总量', '高新技术企业数量']]);
  });

  it('should pair nothing below the threshold', () => {
    expect(mutualBestPairs(['重点实验室'], ['技术合同成交额'], indicatorSimilarity)).toEqual([]);
  });
});
