/**
 * A figure of a broader place beside the plan's own (2024年，全省地区生产总值预期增长5.5%左右，全区
 * 地区生产总值增长6%左右): the province's expectation frames the district's target, and is no
 * target of this plan.
 */
import type { Goal } from '../../model/types.js';

/**
 * The scopes an indicator may open with, by their breadth: the country, a province, a city (or a
 * prefecture, 州, 盟), a county or district (旗), a town. Of two scopes the later is the narrower.
 */
const SCOPES: ReadonlyArray<readonly string[]> = [['全国'], ['全省'], ['全市', '全州', '全盟'], ['全区', '全县', '全旗'], ['全镇', '全乡', '全街道']];

/** 预期增长 and 增长 measure the same: the province expects what the district sets out to reach. */
const EXPECTED = /预期|预计/g;

/** The scope word an indicator opens with and its breadth (its level's place in SCOPES), or null. */
function scopeOf(indicator: string): { word: string; level: number } | null {
  for (const [level, words] of SCOPES.entries()) {
    const word = words.find((w) => indicator.startsWith(w));
    if (word) return { word, level };
  }
  return null;
}

/**
 * The goals less those of a broader scope whose measure a goal of a narrower scope in the same
 * sentence names too (全省地区生产总值预期增长 beside 全区地区生产总值增长).
 */
export function withoutBroaderPlaces(goals: Goal[]): Goal[] {
  if (goals.length < 2 || !goals.some((g) => g.indicator.startsWith('全'))) return goals;
  const scoped = goals.map((g) => {
    const scope = scopeOf(g.indicator);
    return scope ? { goal: g, level: scope.level, measure: g.indicator.slice(scope.word.length).replace(EXPECTED, '') } : null;
  });
  return goals.filter((g, k) => {
    const own = scoped[k];
    return !own || !scoped.some((h) => h !== null && h.goal !== g && h.goal.sentence === g.sentence && h.level > own.level && h.measure === own.measure);
  });
}
