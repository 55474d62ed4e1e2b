import { isZoneName } from '../units/shared-organ-places.js';

/*
 * Names that say their places or their kind of body once for several bodies, as addressee lists and
 * responsibility clauses both write them (各地级以上市民政局、财政局, 各县市区、市属开发区发展改革部门、财政部门,
 * 各地级以上市发展改革、财政部门): the patterns and readers both share, so that a clause names the bodies
 * the addressees name.
 */

/** Addressee names end like the names of bodies; a bare place (各省) or a single character (办) does not. */
export const ADDRESSEE_END = /(?:人民政府|政府|委员会|委|办公室|办公厅|办事处|管理办|局|厅|办|部|院|署|会|处|科|股|所|站|室|党组织|党支部|党总支|单位|部门|机构|机关|集团|公司|中心|企业|校|中小学|中学|小学|幼儿园|团体|组织|党派|部队|银行)$/;

/**
 * Whether one name of an addressee list (on the matching copy) names bodies: by its ending, as the
 * places of a level (各街道, 各村（社区）), or as a kind there are many of (各社区).
 */
export function namesAddressee(name: string): boolean {
  const m = name.trim();
  if (m.length < 2) return false;
  return ADDRESSEE_END.test(withoutGloss(m)) || LEVEL_PLACE.test(m) || (m.startsWith('各') && KIND_BODY.test(m.slice(1).replace(GLOSS, '')));
}

/** A name without the gloss in brackets that ends it: 各办（中心） ends as 各办 does. */
export const withoutGloss = (name: string): string => name.replace(/[（(][^（()）]*[）)]$/, '');

/**
 * A kind of body there are many of, named by its kind alone (幼儿园, 村民委员会): no one body's name,
 * so after a list opened by 各 it is each of that kind too (各中小学校、幼儿园 is 各幼儿园 as well).
 * The grass-roots units a township or bureau writes to are such kinds (各科室、社区 is 各社区 too,
 * 各苏木镇人民政府、场 each state farm), though a bare 社区 or 场 names no body by its ending.
 */
export const KIND_BODY = /^(?:(?:中小|中|小|职业|普通)?学校|中心校|中小学|中学|小学|幼儿园|托育机构|(?:医疗卫生|医疗|养老)机构|医院|卫生院|卫生室|村民委员会|居民委员会|村委会|居委会|(?:村|社区)(?:党组织|党支部|党总支)|科室|股室|处室|站所|社区|村|嘎查|嘎查村|(?:国有)?(?:农|林|牧|农牧)?场)$/;

/** A gloss in brackets anywhere in a name: 村（居）委会 is of the kind 村委会. */
export const GLOSS = /[（(][^（()）]*[）)]/g;

/** The places a level has many of, as the level names them all: 各街道, 各镇（街道）, 各县（市、区）. */
const LEVEL_PLACES = ['乡镇', '乡', '镇', '街道', '村', '社区', '县', '区', '市', '县市区', '县区', '区县', '市县', '旗', '开发区', '园区'];
// Longest first: 各区县 is 区县, not 区 with 县 left over.
const LEVEL_PLACE_WORD = `(?:${[...LEVEL_PLACES].sort((x, y) => y.length - x.length).join('|')})`;
export const LEVEL_PLACE = new RegExp(`^各${LEVEL_PLACE_WORD}(?:[（(]${LEVEL_PLACE_WORD}(?:[、，,]${LEVEL_PLACE_WORD})*[）)])?$`);

/** One level of places as an addressee names it: 县, 设区市, 地级以上市, 县（市、区）, 市（州）. */
const ONE_LEVEL = `(?:设区的?|省辖|地级以上|地级|县级)?${LEVEL_PLACE_WORD}(?:[（(][^（()）]{1,8}[）)])?`;
/** The levels of an addressee, listed: 市、县（市、区）. */
const LEVELS = `${ONE_LEVEL}(?:、${ONE_LEVEL})*`;
/**
 * A department's name, after its place: 教育局, 卫生健康委, 发展改革部门, or glossed with what some
 * places call it (发展改革委（局）); not the place's bodies named as a whole (县直各部门, 区属各单位).
 */
const DEPARTMENT_TAIL = '(?![直属])(?:(?!各)[\\u4e00-\\u9fff]){2,12}(?:局|委|办|厅|部门)(?:[（(][^（()）]{1,8}[）)])?$';

/**
 * 各区县 + a department (各区县发展改革委、财政局): the departments after it are those of the same
 * places (各区县财政局), since 财政局 alone names no body. The level may be qualified (各设区市,
 * 各地级市, 各县级市): 各设区市生态环境局、发展改革委 is 各设区市发展改革委 too; and there may be
 * several, the province's way of naming its counterparts below it: 各市、县（市、区）教育局、卫生健康委
 * is 各市、县（市、区）卫生健康委 too.
 */
const DEPARTMENTS_PLACE = new RegExp(`^各${LEVELS}(?=${DEPARTMENT_TAIL})`);
/** The first levels of such a list, cut off from it at their 、: 各市 | 县（市、区）教育局. */
const LEVELS_ALONE = new RegExp(`^各${LEVELS}$`);
const LEVELS_DEPARTMENT = new RegExp(`^${LEVELS}${DEPARTMENT_TAIL}`);
/**
 * A department named without any place: 财政局, 生态环境局, 市场监管局 (市场 is no place); 有关部门
 * is whichever departments, of no place the list gives.
 */
export const BARE_DEPARTMENT = /^(?!各|省|市(?!场)|县|区|镇|乡|街道|有关|相关|其他|其它)[\u4e00-\u9fff]{2,12}(?:局|委|办|厅|部门)$/;

/** The length of the 各 + places that a list's first name gives its bare departments, or 0. */
export function departmentsPlace(firstMatch: string): number {
  return DEPARTMENTS_PLACE.exec(firstMatch)?.[0].length ?? 0;
}

/** A place of a list before its departments: a level (县（市、区）) or a zone (市属开发区, 高新区), with its own 各 or not. */
function placeAlone(m: string): boolean {
  const bare = m.replace(/^各/, '');
  return LEVELS_ALONE.test(`各${bare}`) || isZoneName(bare);
}

/** How long the place is that opens a department's name (市属开发区 | 发展改革部门, 县（市、区） | 财政局), or 0. */
function placeBeforeDepartment(m: string): number {
  for (let cut = 2; cut < m.length - 1; cut++) {
    if (/[区园]/.test(m[cut - 1]!) && isZoneName(m.slice(m.startsWith('各') ? 1 : 0, cut)) && BARE_DEPARTMENT.test(m.slice(cut))) return cut;
  }
  // Not the 市 of 市属开发区: a place's own bodies (县直, 市属) are no department.
  const level = LEADING_LEVELS.exec(m)?.[0].length ?? 0;
  return level > 0 && !/^[直属]/.test(m.slice(level)) && BARE_DEPARTMENT.test(m.slice(level)) ? level : 0;
}
const LEADING_LEVELS = new RegExp(`^各?${LEVELS}`);

/**
 * Zones of a kind there are many of (市属开发区, 省级以上开发区, 园区), which take the list's 各 as levels do;
 * a zone's own name (高新区, 经开区: the city's one) takes none.
 */
const ZONE_KIND = /^(?:(?:市属|省属|县属|区属|省级以上|省级|市级|县级|国家级)(?:经济技术)?开发区|开发区|(?:产业|工业)?园区)$/;

/**
 * 各县市区、市属开发区发展改革部门、财政部门: the places listed before the departments, a zone among them,
 * are places of different kinds, each with each department (各县市区发展改革部门, 各县市区财政部门,
 * 各市属开发区发展改革部门, 各市属开发区财政部门), the list's 各 shared with a place named without one
 * when it is a level or a kind of zone (not 高新区, a city's own). Levels next to each other are one
 * place, as without a zone (各市、县（市、区）教育局, read by joinLevels). Null when the pieces are no
 * such list.
 */
export function eachPlaceDepartments(pieces: ReadonlyArray<{ from: number; to: number }>, match: string, written: string): string[] | null {
  const ms = pieces.map((p) => match.slice(p.from, p.to));
  if (ms.length < 2 || !ms[0]!.startsWith('各') || !placeAlone(ms[0]!)) return null;
  let j = 1;
  while (j < ms.length && placeAlone(ms[j]!)) j++;
  const cut = j < ms.length ? placeBeforeDepartment(ms[j]!) : 0;
  if (cut === 0 || !ms.slice(j + 1).every((m) => BARE_DEPARTMENT.test(m))) return null;
  const isZone = (p: { from: number; to: number }): boolean => isZoneName(match.slice(p.from, p.to).replace(/^各/, ''));
  const places: Array<{ from: number; to: number }> = [];
  // Levels next to each other stay one place, as joinLevels reads them: 各市、县（市、区）.
  for (const p of [...pieces.slice(0, j), { from: pieces[j]!.from, to: pieces[j]!.from + cut }]) {
    const before = places[places.length - 1];
    if (before && !isZone(before) && !isZone(p) && !match.startsWith('各', p.from)) before.to = p.to;
    else places.push({ ...p });
  }
  if (!places.some(isZone)) return null;
  const departments = [{ from: pieces[j]!.from + cut, to: pieces[j]!.to }, ...pieces.slice(j + 1)];
  const each = written.slice(pieces[0]!.from, pieces[0]!.from + 1);
  return places.flatMap((p) => {
    const own = match.slice(p.from, p.to);
    const takesEach = !own.startsWith('各') && (!isZone(p) || ZONE_KIND.test(own));
    const place = (takesEach ? each : '') + written.slice(p.from, p.to);
    return departments.map((d) => place + written.slice(d.from, d.to));
  });
}

/** A department named by its field and its kind (财政部门, 教育行政主管部门): the field, then the kind. */
const FIELD_KIND = /^((?!各|有关|相关|其他|其它)[\u4e00-\u9fff]{2,8}?)((?:行政)?主管部门|部门)$/;
/** A field of government alone, named before the kind it shares with the next (发展改革、财政部门). */
const FIELD = /^(?!各|有关|相关|其他|其它)[\u4e00-\u9fff]{2,8}$/;

/**
 * 各地级以上市发展改革、财政部门: fields listed before the kind of body they share, each a department of
 * that kind (各地级以上市发展改革部门, 各地级以上市财政部门), of the places the first names. Each field
 * names no body alone (not 区政府各委、办、局, whose pieces are names cut short). Null otherwise.
 */
export function fieldsSharingKind(pieces: ReadonlyArray<{ from: number; to: number }>, match: string, written: string): string[] | null {
  if (pieces.length < 2) return null;
  const kind = FIELD_KIND.exec(match.slice(pieces[pieces.length - 1]!.from, pieces[pieces.length - 1]!.to));
  if (!kind) return null;
  // The places may hold a 、 of their own (各市、县（市、区）): they end in whichever piece they end in.
  const start = pieces[0]!.from;
  const placeEnd = start + (LEADING_LEVELS.exec(match.slice(start, pieces[pieces.length - 1]!.from))?.[0].length ?? 0);
  // 各市场监管、税务部门 names no 各市.
  if (match.startsWith('场', placeEnd)) return null;
  const firstField = pieces.findIndex((p) => p.to > placeEnd);
  if (firstField < 0 || firstField === pieces.length - 1) return null;
  const fieldPieces = [{ from: Math.max(placeEnd, pieces[firstField]!.from), to: pieces[firstField]!.to }, ...pieces.slice(firstField + 1, -1)];
  const fields = fieldPieces.map((p) => match.slice(p.from, p.to));
  if (!fields.every((f) => FIELD.test(f) && !namesAddressee(f) && !LEVEL_PLACE.test(`各${f}`))) return null;
  const last = pieces[pieces.length - 1]!;
  const kindWritten = written.slice(last.to - kind[2]!.length, last.to);
  const placeWritten = written.slice(start, placeEnd);
  return [...fieldPieces.map((p) => placeWritten + written.slice(p.from, p.to) + kindWritten), placeWritten + written.slice(last.from, last.to)];
}

/**
 * 各市、县（市、区）教育局: the levels listed before a department are one place, not an addressee
 * 各市 beside a 县（市、区）教育局. Joins the pieces that hold them into the first.
 */
export function joinLevels(pieces: Array<{ from: number; to: number }>, match: string): void {
  const first = pieces[0];
  if (!first || !match.startsWith('各', first.from)) return;
  for (let k = 1; k < pieces.length; k++) {
    const levels = match.slice(first.from, pieces[k - 1]!.to);
    if (!LEVELS_ALONE.test(levels)) return;
    if (LEVELS_DEPARTMENT.test(match.slice(pieces[k]!.from, pieces[k]!.to))) {
      pieces.splice(0, k + 1, { from: first.from, to: pieces[k]!.to });
      return;
    }
  }
}

/**
 * A run of names joined by 、 (`text` as written, `match` its matching copy of one length) that says
 * its places or its kind of body once, as whole names: 各地级以上市民政局、财政局 is 各地级以上市民政局 and
 * 各地级以上市财政局, 各县市区、市属开发区发展改革部门、财政部门 four departments, 各地级以上市发展改革、财政部门
 * two; read as the addressees are (eachPlaceDepartments, fieldsSharingKind, then the first name's places
 * given to the bare departments after it). Null where the run is no such list, or one name.
 */
export function eachPlaceUnits(text: string, match: string = text): string[] | null {
  if (!match.startsWith('各') || match.length !== text.length) return null;
  const pieces: Array<{ from: number; to: number }> = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < match.length; i++) {
    const c = match[i]!;
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') depth = Math.max(0, depth - 1);
    else if (c === '、' && depth === 0) {
      pieces.push({ from, to: i });
      from = i + 1;
    }
  }
  pieces.push({ from, to: match.length });
  if (pieces.length < 2 || pieces.some((p) => p.to <= p.from)) return null;
  const shared = eachPlaceDepartments(pieces, match, text) ?? fieldsSharingKind(pieces, match, text);
  if (shared) return shared;
  joinLevels(pieces, match);
  const first = pieces[0]!;
  const place = departmentsPlace(match.slice(first.from, first.to));
  if (pieces.length < 2 || place === 0 || !pieces.slice(1).every((p) => BARE_DEPARTMENT.test(match.slice(p.from, p.to)))) return null;
  const placeWritten = text.slice(first.from, first.from + place);
  return [text.slice(first.from, first.to), ...pieces.slice(1).map((p) => placeWritten + text.slice(p.from, p.to))];
}
