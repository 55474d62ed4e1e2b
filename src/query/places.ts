import type { PlanDocument } from '../model/types.js';
import { fold } from '../text/fold.js';

/**
 * Administrative level words that end a place name, simplified and traditional. Longer ones
 * first, so that 自治区 is not read as a place ending in 区. A township's notice (青石镇人民政府,
 * 白沙街道办事处) has its place too: 青石镇安监站 is the 镇安监站 it names.
 */
const LEVEL = '(?:自治[区區]|自治州|自治[县縣]|自治旗|特别行政[区區]|特別行政[区區]|省|市|[区區]|[县縣]|旗|州|盟|[镇鎮]|[乡鄉]|街道)';
/**
 * One place name at the start of a text: two to six characters and a level word (天津市, 河东区).
 * One-character names (沛县) are rare and would let words like 城市 pass for places; 某 (某区,
 * 某市) is the place of a notice made anonymous, as templates and examples are.
 */
const LEADING_PLACE = new RegExp(`^(?:某|[\\u4e00-\\u9fff]{2,6}?)${LEVEL}`);

/**
 * The place names a document is issued for, read from the start of its issuer and titles:
 * `天津市河东区人民政府办公室` gives 天津市 and 河东区. A unit name that starts with one of them
 * (`河东区科学技术局`) is the same unit as the short form the notice itself uses (`区科技局`).
 *
 * Reading them from the document, rather than stripping anything that looks like a place,
 * keeps `高新区管委会` and `开发区管委会` apart.
 */
export function documentPlaces(doc: PlanDocument): string[] {
  const heads = [doc.metadata.issuer, doc.metadata.title, doc.notice?.title, ...(doc.notice?.signatories ?? []), doc.plan?.title];
  const places = new Set<string>();
  for (const head of heads) {
    if (!head) continue;
    let rest = fold(head).replace(/\s+/g, '');
    for (let m = LEADING_PLACE.exec(rest); m; m = LEADING_PLACE.exec(rest)) {
      places.add(m[0]);
      rest = rest.slice(m[0].length);
    }
  }
  return [...places];
}

/** The level word a place ends with (区 for 河东区). */
export function placeLevel(place: string): string {
  return new RegExp(`${LEVEL}$`).exec(place)?.[0] ?? '';
}

/** Words that start with a level word's character: 市场监管局, 市政工程局, 区域发展办. */
const WORD_AFTER_PLACE = /^(?:市场|市政|市容|市民|区域|县域|镇域|乡村|乡镇)/;

/**
 * Removes the leading place names of a unit name, keeping the level word of the last one:
 * `天津市河东区科学技术局` → `区科学技术局`, `天津市科学技术局` → `市科学技术局`. A name that is
 * nothing but places is kept whole.
 */
export function stripPlaces(name: string, places: readonly string[]): string {
  if (places.length === 0) return name;
  const longestFirst = [...places].sort((a, b) => b.length - a.length);
  let rest = name;
  let level = '';
  for (;;) {
    const place = longestFirst.find((p) => rest.startsWith(p) && rest.length > p.length);
    if (!place) break;
    rest = rest.slice(place.length);
    level = placeLevel(place);
  }
  // The short form keeps the level word (区科技局), unless the name already starts with it
  // (河东区区委组织部). 市场 and 市政 are words, not a level: 江宁市市场监管局 → 市市场监管局.
  return level && !(rest.startsWith(level) && !WORD_AFTER_PLACE.test(rest)) ? level + rest : rest;
}
