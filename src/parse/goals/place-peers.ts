/**
 * Places or zones listed before what each of them counts (高新区和经开区规上工业企业, 甲县、乙县森林覆盖率,
 * 东城街道、西城街道规上企业): the places before the last are written bare, and share everything the last
 * subject writes after its own place. Used by respective-subjects.ts.
 */

/**
 * A name of a place or zone, and its level word (group 2). The name before the level word has two
 * characters at least, so that a common noun of one (城区, 市区, 超市, 社区, 景区) is no place; a
 * county or a prefecture may have one (沛县, 广州).
 */
const PLACE_NAME = /^([\u4e00-\u9fff]{1,10}?)(街道|新城|区|區|县|縣|市|镇|鎮|乡|鄉|园|園|港|州|旗|岛|島)$/;
const ONE_CHARACTER_NAME = /^(?:县|縣|州)$/;

/** The level word of a place's name (区 of 高新区), or null if `words` name no place. */
function levelOf(words: string): string | null {
  const m = PLACE_NAME.exec(words);
  if (!m) return null;
  const name = m[1] as string;
  const level = m[2] as string;
  return name.length >= 2 || ONE_CHARACTER_NAME.test(level) ? level : null;
}

/**
 * Levels that stand for one another in a list of places: a town and a subdistrict (东城街道、南湖镇), a
 * county, a district and a county-level city (甲县、乙区). Others (园, 港, 新城) only stand for themselves,
 * so that 工业园区企业 after 开发区 opens with 工业园区, not 工业园.
 */
const PEER_LEVELS: ReadonlyArray<readonly string[]> = [
  ['街道', '镇', '鎮', '乡', '鄉'],
  ['县', '縣', '区', '區', '市', '旗'],
];
const peersOf = (level: string): readonly string[] => PEER_LEVELS.find((g) => g.includes(level)) ?? [level];

/** How long a place's name may be at the head of the last subject (经济技术开发区, 七个字 and more). */
const LONGEST_PLACE = 10;

/**
 * Where, in the last subject, the words the bare places before it share begin (高新区和经开区规上工业
 * 企业: 3, after 经开区), or null when a subject before the last is no bare place, or the last opens
 * with no place of a level the others have or its peer (超市和农贸市场: 超市 is no place), or nothing
 * follows it.
 * The last's place is the shortest that ends with such a level word (工业园区企业 after 开发区:
 * 工业园区, not 工业园).
 */
export function placeShare(subjects: readonly string[]): number | null {
  if (subjects.length < 2) return null;
  const levels = new Set<string>();
  for (const s of subjects.slice(0, -1)) {
    const level = levelOf(s);
    if (!level) return null;
    for (const peer of peersOf(level)) levels.add(peer);
  }
  const last = subjects[subjects.length - 1] as string;
  const longest = Math.min(LONGEST_PLACE, last.length - 2);
  for (let p = 2; p <= longest; p++) {
    const level = levelOf(last.slice(0, p));
    if (level && levels.has(level)) return p;
  }
  return null;
}
