/**
 * The uniformed and enforcement bodies whose rank follows the level of the place they serve: a
 * province's (or a municipality's) 总队, a city's or prefecture's 支队, a county's or district's 大队
 * (省消防救援总队, 市消防救援支队, 县消防救援大队; 省交警总队, 市交警支队, 县交警大队; 省生态环境保护综合执法总队 …).
 * A notice writes the rank of its own level, so a name is read with its level, not one by one: a
 * right name at its level is known, and a slip in one is never offered another level's body.
 *
 * Keys are tested (folded and, for a traditional notice, simplified).
 */

/**
 * The fields such bodies are named by, in the forms notices write: the fire and rescue service (and its
 * older name, 消防), the forest fire brigades, the traffic police (交警, 交巡警, 交通警察), and the
 * comprehensive law-enforcement teams of the 2018 reform (交通运输, 生态环境, 市场监管, 文化市场, 农业).
 */
export const RANKED_FIELDS: readonly string[] = [
  '消防救援', '消防', '森林消防', '交警', '交巡警', '交通警察',
  '交通运输综合执法', '交通运输综合行政执法', '生态环境保护综合执法', '生态环境综合执法', '生态环境综合行政执法',
  '市场监管综合执法', '市场监管综合行政执法', '文化市场综合执法', '文化市场综合行政执法', '农业综合执法', '农业综合行政执法',
  '农业农村综合行政执法',
];

/** The ranks, highest first. */
export const RANKS: readonly string[] = ['总队', '支队', '大队'];

/** Each field with each rank: the stems a place is written before (消防救援总队 …). */
export const RANKED_STEMS: readonly string[] = RANKED_FIELDS.flatMap((field) => RANKS.map((rank) => field + rank));

/** A province or autonomous region: its bodies are 总队 (a 自治区 ends like a district, so it is tested first). */
const PROVINCE = /(?:省|自治区)$/;
/**
 * The levels each rank serves, by the level word the place ends with. A 市 may be a municipality
 * (北京市消防救援总队), a prefecture's city (支队) or a county's (大队); a 区 or 县 of a municipality
 * has a 支队 (浦东新区消防救援支队, 重庆's counties), one of a city a 大队. Towns have stations (站), no rank.
 */
const RANK_LEVELS: Readonly<Record<string, RegExp>> = {
  总队: /(?:市)$/,
  支队: /(?:市|州|盟|地区|区|县)$/,
  大队: /(?:市|区|县|旗)$/,
};

/** The rank `stem` ends with, if it is one of RANKED_STEMS' kind (a field and a rank). */
export function rankOf(stem: string): string | undefined {
  if (!stem.endsWith('队')) return undefined;
  return RANKS.find((rank) => stem.endsWith(rank));
}

/**
 * Whether a place ending as `place` does has a body of `rank`: a province only its 总队, a city,
 * prefecture, district or county the ranks RANK_LEVELS gives its level word.
 */
export function rankFitsPlace(place: string, rank: string): boolean {
  if (PROVINCE.test(place)) return rank === '总队';
  return RANK_LEVELS[rank]?.test(place) ?? false;
}

/**
 * The armed police's units, written with the force first and the place after (武警江苏省总队,
 * 武警南京支队, 武警某县中队) or the place first (省武警总队, 市武警支队): a province's 总队, a city's
 * 支队, a county's 中队.
 */
const ARMED_POLICE_FORCE = '(?:中国人民)?武(?:装)?警(?:察)?(?:部队)?';
const ARMED_POLICE = new RegExp(`^(?:${ARMED_POLICE_FORCE}([\\u4e00-\\u9fff]{1,8}?)|([\\u4e00-\\u9fff]{1,8}?)${ARMED_POLICE_FORCE})(总队|支队|中队)$`);
/** The levels an armed police 中队 serves: a county, district or county-level city. */
const ARMED_POLICE_SQUAD = /(?:县|区|市|旗)$/;

/**
 * Whether `key` is a unit of the armed police at a place of its rank: `isPlace` tells a place with its
 * level word (省, 江苏省), which must fit the rank; a place without one (南京) is taken as written, but
 * only after the force (武警南京支队): before it, words of a task may stand (加强武警支队).
 */
export function isArmedPoliceUnit(key: string, isPlace: (prefix: string) => boolean): boolean {
  if (!key.includes('警')) return false;
  const m = ARMED_POLICE.exec(key);
  if (!m) return false;
  const place = (m[1] ?? m[2]) as string;
  const rank = m[3] as string;
  if (!isPlace(place)) return m[1] !== undefined && place.length >= 2 && place.length <= 4;
  return rank === '中队' ? ARMED_POLICE_SQUAD.test(place) && !/自治区$/.test(place) : rankFitsPlace(place, rank);
}
