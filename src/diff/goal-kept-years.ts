import type { Goal } from '../model/types.js';
import { indicatorWithoutScope } from './goal-scope.js';

/**
 * Whether a goal of the old version may be the same target as one of the new version for another
 * year: only when no year between the two is one both versions set a target of that indicator
 * for. 到2023年…到2025年… revised to 到2025年…到2027年… keeps 2025, so 2023 is dropped and 2027
 * set, two targets, not one moved four years over the one kept; 2023 → 2024 beside a kept 2025
 * is still the first target brought forward. The indicator is taken without its area word
 * (全区), as the goals are paired.
 */
export function targetsAcrossKeptYears(oldGoals: readonly Goal[], newGoals: readonly Goal[], key: (text: string) => string): (a: Goal, b: Goal) => boolean {
  const indicator = (g: Goal): string => key(indicatorWithoutScope(g.indicator));
  const years = (goals: readonly Goal[]): Map<string, Set<number>> => {
    const out = new Map<string, Set<number>>();
    for (const g of goals) {
      if (g.year === undefined) continue;
      const k = indicator(g);
      const set = out.get(k);
      if (set) set.add(g.year);
      else out.set(k, new Set([g.year]));
    }
    return out;
  };
  const [before, after] = [years(oldGoals), years(newGoals)];
  const kept = new Map<string, number[]>();
  for (const [k, olds] of before) {
    const both = [...(after.get(k) ?? [])].filter((y) => olds.has(y));
    if (both.length > 0) kept.set(k, both);
  }
  const keptBetween = (k: string, from: number, to: number): boolean => (kept.get(k) ?? []).some((y) => y > from && y < to);
  return (a, b) => {
    if (kept.size === 0 || a.year === undefined || b.year === undefined || a.year === b.year) return true;
    const [from, to] = a.year < b.year ? [a.year, b.year] : [b.year, a.year];
    return !keptBetween(indicator(a), from, to) && !keptBetween(indicator(b), from, to);
  };
}
