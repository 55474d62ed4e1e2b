/**
 * A figure of a broader place beside the plan's own (2024年，全省地区生产总值预期增长5.5%左右，全区
 * 地区生产总值增长6%左右): the province's expectation frames the district's target, and is no
 * target of this plan.
 */
import type { Goal } from '../../model/types.js';

/** The scope an indicator opens with, by its breadth: 全国 is broader than 全省, 全省 than 全市 … */
const SCOPES = ['全国', '全省', '全市', '全区', '全县'] as const;

/** 预期增长 and 增长 measure the same: the province expects what the district sets out to reach. */
const EXPECTED = /预期|预计/g;

function scopeOf(indicator: string): number {
  return SCOPES.findIndex((s) => indicator.startsWith(s));
}

/**
 * The goals less those of a broader scope whose measure a goal of a narrower scope in the same
 * sentence names too (全省地区生产总值预期增长 beside 全区地区生产总值增长).
 */
export function withoutBroaderPlaces(goals: Goal[]): Goal[] {
  if (goals.length < 2 || !goals.some((g) => g.indicator.startsWith('全'))) return goals;
  const measureOf = (g: Goal): string => g.indicator.slice(2).replace(EXPECTED, '');
  return goals.filter((g) => {
    const scope = scopeOf(g.indicator);
    if (scope < 0) return true;
    return !goals.some((h) => h !== g && h.sentence === g.sentence && scopeOf(h.indicator) > scope && measureOf(h) === measureOf(g));
  });
}
