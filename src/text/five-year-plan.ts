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

/**
 * The year a sentence names within a five-year plan, right after its name (“十五五”开局之年: 2026):
 * its first year (开局之年, 起步之年, 首年, 第一年), a year by its place (第三年), its middle
 * (中期: the third year, when its mid-term review falls), or its last (收官之年, 最后一年, 末年); else
 * null, and the plan's last year stands. `after` is the text right after the plan's numeral.
 */
export function fiveYearPlanYearNamed(numeral: string, after: string): number | null {
  const end = fiveYearPlanEnd(numeral);
  const m = YEAR_IN_PLAN.exec(after);
  if (!m) return null;
  if (m[1] !== undefined) return end - 4;
  if (m[2] !== undefined) {
    const place = parseNumeral(m[2]);
    return place !== null && place >= 1 && place <= 5 ? end - 5 + place : null;
  }
  if (m[3] !== undefined) return end - 2;
  return end;
}

// After the plan's name (十五五”, 第十五个五年规划): 规划, 时期 and 的 may come between.
// Traditional forms (開局, 規劃, 時期) are read as the simplified ones are.
const YEAR_IN_PLAN =
  /^[”"’']?(?:规划|規劃|时期|時期)?的?(?:(开局之?年|開局之?年|起步之?年|首年|第一年|头一年|頭一年)|第([二三四五2-5])年|(中期)|(收官之?年|最后一年|最後一年|末年|收尾之?年))/;
