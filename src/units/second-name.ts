import { fold } from '../text/fold.js';

/**
 * How the name of a body ends, in simplified or traditional characters (區委人才辦). A bracket holds a second name only when what is in it reads as
 * one: `区发展改革委（区粮食和物资储备局）`, `人行某县支行（国家外汇管理局某县支局）`, not `区财政局（含区国资委）` or
 * `金贸产业园（AB）` (an addressee of two kinds of local unit, `各镇（街道）`, is read apart: EACH_OF_TWO_KINDS).
 */
const BODY_END = /(?:局|委|办|辦|部|厅|廳|室|署|院|会|會|馆|館|站|队|隊|社|所|处|處|行|中心)$/;
/** Words that start a gloss, not a name: （含…）, （牵头）, （各…）. */
const GLOSS_START = /^(?:含|包括|牵头|牽頭|各|等|按|负责|負責)/;

/** 原 before a name in the bracket: the name the unit had before, which notices and people still use. */
const FORMER = /^原(?=\S{3})/;

/** A unit written with the second name it also goes by, in brackets after its main name. */
export interface SecondName {
  /** The name before the bracket, as written: 区委组织部. */
  main: string;
  /** The name in the bracket, as written: 区委人才办. */
  second: string;
}

/**
 * The kinds of local unit an addressee names all of: 各街道, 各乡镇, 各镇人民政府, 各区县. Longer
 * words first, so that 各乡镇 is not read as 各乡.
 */
const LOCAL_KIND = '(?:街道|乡镇|镇街|街镇|县区|区县|县市区|社区|园区|乡|镇|街|村|区|县|市)(?:办事处|人民政府|政府)?';
/**
 * `各街道（乡镇）`, `各镇（街道）`: all the units of one kind, with the other kind that stands in
 * their place in part of the area. The notice names both at once, so it goes by both (各街道 and 各乡镇).
 */
// Their government or office may follow the bracket (各县（区）人民政府), as it follows a kind alone (各镇人民政府):
// the places are named all the same.
const EACH_OF_TWO_KINDS = new RegExp(`^各(${LOCAL_KIND})\\(\\s*各?(${LOCAL_KIND})\\s*\\)(?:办事处|人民政府|政府)?$`);

/** 乡 and 镇 written as 各乡（镇）: both are 乡镇, one kind of local unit. */
const TOWNSHIP = new Set(['乡镇']);

/**
 * 各镇街, 各街镇: towns and streets in one word, also with the streets' whole word (各镇街道) and the
 * county's towns (各乡镇街道, 各街道乡镇): the town kind named, 镇 or 乡镇.
 */
const TOWNS_AND_STREETS = /^各(?:(镇|乡镇)街道?|街道?(镇|乡镇))$/;

/**
 * 各县区, 各区县 (and with their governments, 各县区人民政府): the counties and districts in one word, the
 * same places as 各县（区）, 各区（县）, so read as they are: found by 各县 and by 各区, keyed by the first.
 */
const COUNTIES_AND_DISTRICTS = /^各(县|区)(县|区)(?:人民政府|政府)?$/;

/**
 * The traditional forms of the characters the kinds are written with (各鎮（街道）, 各鄉鎮, 各社區,
 * 各街道辦事處), so that a 繁体 notice's addressee is read as the simplified one is, with or without
 * a simplifier at hand. Each stands for that one character only.
 */
const KIND_GLYPHS: ReadonlyMap<string, string> = new Map([
  ['鎮', '镇'],
  ['鄉', '乡'],
  ['區', '区'],
  ['縣', '县'],
  ['園', '园'],
  ['辦', '办'],
  ['處', '处'],
]);
const KIND_GLYPH_CHARACTERS = /[鎮鄉區縣園辦處]/g;

/** 各镇（街）: 街 alone is the streets, 街道, as in 镇街. */
function kindName(kind: string): string {
  return kind.startsWith('街') && !kind.startsWith('街道') && !kind.startsWith('街镇') ? `街道${kind.slice(1)}` : kind;
}

/**
 * The two names of a unit that carries two (一个机构两块牌子): `区委组织部（区委人才办）` is
 * 区委组织部 and 区委人才办 at once; null for a name without a bracketed second name.
 */
export function secondName(name: string): SecondName | null {
  const kinds = eachOfTwoKinds(name);
  if (kinds) return kinds;
  // 〔〕 holds a second name as （） does (区科工信局〔区科技局〕), as it holds a list's levels (各县〔市、区〕).
  const m = /^(.+?)\s*[(〔]\s*([^()〔〕]+?)\s*[)〕]$/.exec(fold(name).trim());
  if (!m) return null;
  const main = m[1] as string;
  // A former name after a reorganisation (机构改革): 区科技局（原区科委） goes by 区科委 as well.
  const second = (m[2] as string).replace(FORMER, '');
  if (second.length < 3 || GLOSS_START.test(second) || !BODY_END.test(second) || !BODY_END.test(main)) return null;
  return { main, second };
}

/**
 * The two kinds of local unit an addressee `各X（Y）` names (各镇（街道） → 各镇, 各街道); null for
 * any other name. Unlike a body's second name, neither kind is the other: 各镇（街道） goes by 各镇
 * and by 各街道, but a notice's plain 各街道 is not its 各镇.
 */
export function eachOfTwoKinds(name: string): SecondName | null {
  if (!name.includes('各')) return null;
  const bare = fold(name)
    .trim()
    .replace(/\s+/g, '')
    .replace(KIND_GLYPH_CHARACTERS, (c) => KIND_GLYPHS.get(c) ?? c);
  // 各镇街 (and 各街镇, the same words in the other order) is the short form of 各镇（街道）: the towns,
  // and the streets of the area's town part; both are keyed as 各镇.
  const towns = TOWNS_AND_STREETS.exec(bare);
  if (towns) return { main: `各${towns[1] ?? towns[2] ?? '镇'}`, second: '各街道' };
  const joined = COUNTIES_AND_DISTRICTS.exec(bare);
  if (joined && joined[1] !== joined[2]) return { main: `各${joined[1] as string}`, second: `各${joined[2] as string}` };
  const kinds = EACH_OF_TWO_KINDS.exec(bare);
  if (!kinds) return null;
  const [first, other] = [kindName(kinds[1] as string), kindName(kinds[2] as string)];
  // 各乡（镇）: the 乡镇 of the county, one kind written apart; its key is 各乡镇's.
  if (TOWNSHIP.has(`${first}${other}`)) return null;
  return first !== other ? { main: `各${first}`, second: `各${other}` } : null;
}
