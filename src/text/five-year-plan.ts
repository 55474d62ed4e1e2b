import { parseNumeral } from './chinese-numeral.js';

/** A five-year plan named by its number: 十一五 … 十五五 (the 11th to the 15th), or in full, 第十四个五年规划. */
export const FIVE_YEAR_PLAN = /十([一二三四五])(?:五|个五年)/;

/**
 * The last year of the five-year plan with that numeral (一 for 十一五: 2010; 四 for 十四五: 2025):
 * its targets are for that year, and the plan covers the five years up to it.
 */
export function fiveYearPlanEnd(numeral: string): number {
  return 2005 + 5 * (parseNumeral(numeral) ?? 0);
}
