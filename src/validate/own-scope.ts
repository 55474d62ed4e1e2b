import type { PlanDocument } from '../model/types.js';
import { documentPlaces, placeLevel } from '../query/places.js';

/** How local a level is: a province's 0, a township's 3. */
const RANK: Readonly<Record<string, number>> = {
  省: 0, 自治区: 0, 特别行政区: 0,
  市: 1, 州: 1, 自治州: 1, 盟: 1,
  区: 2, 县: 2, 旗: 2, 自治县: 2, 自治旗: 2,
  镇: 3, 乡: 3, 街道: 3,
};

/**
 * The word a notice calls its own whole area by after 全, 本 or 我 (市 for 湖州市人民政府办公室, whose
 * plan writes 全市…; 区 for a 自治区's), from the most local place its issuer and titles name;
 * null when they name none. `match` gives the simplified copy (區 → 区).
 */
export function ownScopeWord(doc: PlanDocument, match: (text: string) => string): string | null {
  let best: string | null = null;
  for (const place of documentPlaces(doc)) {
    const level = placeLevel(match(place));
    if (RANK[level] !== undefined && (best === null || RANK[level] > (RANK[best] as number))) best = level;
  }
  if (best === null) return null;
  return best.startsWith('自治') || best === '特别行政区' ? (best === '特别行政区' ? '区' : best.slice(2)) : best;
}

/**
 * An indicator without the word for the notice's own whole area opening it (全市A → A in a city's
 * plan): a target without that word is for the same area, so 全市A and A are one indicator. Another
 * level's word (全省A in a city's plan) names another area and is kept.
 */
export function withoutOwnScope(indicator: string, word: string | null): string {
  if (!word) return indicator;
  const scope = new RegExp(`^\\s*[全本我]${word}`).exec(indicator);
  return scope && scope[0].length < indicator.length ? indicator.slice(scope[0].length) : indicator;
}
