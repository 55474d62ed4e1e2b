/**
 * Places or zones named together before one organ that each of them has: 盐城经济技术开发区、盐南高新区管委会
 * (the committee of each zone), 南京市、苏州市人民政府 (the government of each city), 新华街道、建设街道办事处.
 * Each item before the organ is a whole place's or zone's name, so the list names one body of each:
 * 盐城经济技术开发区管委会 and 盐南高新区管委会, as the notices name them apart.
 *
 * Not a list whose items are no whole names (青岛、烟台、潍坊市政府, 长沙、株洲、湘潭三市人民政府: the level or
 * the count is said once, for all), which stays one name; nor a placeholder for the places of a level
 * (各县（市、区）人民政府, 相关市、县人民政府), read elsewhere; nor a body that does not take the organ
 * (区发改委、区财政局, 市委、市政府 are two units already; 章贡区、蓉江新区管委会 names a district, which has no
 * 管委会, and a zone's committee). Names are tested as written, in either script.
 */

/** The organs a place or zone has, each with the kind of place that has it. */
type Kind = 'place' | 'zone' | 'street';
const ORGAN_KINDS: ReadonlyArray<readonly [RegExp, readonly Kind[]]> = [
  // A government, its general office, its Party committee: a province's, city's, county's, district's, town's.
  [/(?:人民)?政府(?:办公室|办公厅|辦公室|辦公廳)?$|(?:党|黨)委$/, ['place']],
  // A zone's administrative committee; its Party working committee, which a sub-district has too.
  [/管委会$|管委會$|管理委员会$|管理委員會$/, ['zone']],
  [/(?:党|黨)工委$/, ['zone', 'street']],
  [/办事处$|辦事處$/, ['street']],
];

/**
 * A zone's name by its kind: a development zone, high-tech zone, new area, pilot or demonstration zone,
 * bonded or free-trade zone, scenic area, park of any kind (高新区, 盐城经济技术开发区, 蓉江新区, 临空产业园,
 * 园区, 景区). A 新区 is a district too (浦东新区), so it is both a zone and a place.
 */
const ZONE_WORD =
  /(?:开发|開發|经开|經開|高新|试验|試驗|实验|實驗|示范|示範|合作|保税|保稅|自贸|自貿|综保|綜保|片|景|度假|旅游|旅遊|港|集聚|功能|先导|先導|产业|產業|工业|工業|物流|商务|商務|科技|园|園)[区區]$|[园園]$/;
const NEW_AREA = /新[区區]$/;
/**
 * A place by its level word: a province, city, county, district, banner, prefecture, league, town,
 * township. A 州 after one character is a city's own name without its level (郑州, 苏州), a prefecture's
 * short form has more (恩施州, 黔东南州).
 */
const PLACE_LEVEL = /[省市县縣区區旗盟镇鎮乡鄉]$|[\u4e00-\u9fff]{2}州$/;
/**
 * Words that end with a level but name no one place (市区, 辖区, 山区, 全市, 本区, 各县, 县区), and a count of
 * places named before their level once (湘潭三市): no whole name of a place. 城区, 矿区 and 郊区 are
 * districts' names (阳泉's), and stay places.
 */
const NO_PLACE = /^(?:[市山辖轄社小片灾災校景园園县縣区區本该該全各我原老旧舊超门門都新][区區市县縣])$|[两兩二三四五六七八九十][省市县縣区區旗州盟镇鎮乡鄉]$|^(?:各|有关|有關|相关|相關|其他|其它|全|本|该|該)/;
/** A sub-district by its name: 新华街道. */
const STREET = /^[\u4e00-\u9fff]{2,8}街道$/;

/** The kinds of place `name` is the whole name of (none for a body's name or a word of no one place). */
function kindsOf(name: string): Kind[] {
  if (name.length < 2 || name.length > 16 || !/^[\u4e00-\u9fff]+$/.test(name) || NO_PLACE.test(name)) return [];
  const kinds: Kind[] = [];
  const zone = ZONE_WORD.test(name);
  if (zone || NEW_AREA.test(name)) kinds.push('zone');
  if (!zone && PLACE_LEVEL.test(name)) kinds.push('place');
  if (STREET.test(name)) kinds.push('street');
  return kinds;
}

/**
 * Whether `name` is a zone's or park's whole name or the name of a kind of zone (市属开发区, 高新区, 园区):
 * no level of the places that a province's or city's list names (各县市区, 县（市、区）).
 */
export function isZoneName(name: string): boolean {
  return kindsOf(name).includes('zone');
}

/** A cheap test before the patterns: what every organ of ORGAN_KINDS ends with. */
const ORGAN_LAST = /[府委會会处處室厅廳]$/;

/**
 * The names of a run of places or zones from `names[at]` that share the organ ending the run's last name,
 * each with that organ (盐城经济技术开发区 | 盐南高新区管委会 → 盐城经济技术开发区管委会, 盐南高新区管委会), with
 * the index of that last name (`last`) and the organ's length; null where no such run starts at `at`.
 * Two names at least; every one before the last a whole name of a kind that has the organ, and so the
 * last one's place.
 */
export function eachWithSharedOrgan(names: readonly string[], at: number): { names: string[]; last: number; organ: number } | null {
  const first = kindsOf(names[at] ?? '');
  if (first.length === 0) return null;
  let last = at + 1;
  while (last < names.length && kindsOf(names[last] as string).length > 0) last++;
  const ending = names[last];
  if (ending === undefined || !ORGAN_LAST.test(ending)) return null;
  for (const [organ, kinds] of ORGAN_KINDS) {
    const m = organ.exec(ending);
    if (!m) continue;
    const place = ending.slice(0, m.index);
    const fits = (name: string): boolean => kindsOf(name).some((k) => kinds.includes(k));
    if (!fits(place) || !names.slice(at, last).every(fits)) return null;
    const word = m[0];
    return { names: [...names.slice(at, last).map((n) => n + word), ending], last, organ: word.length };
  }
  return null;
}
