import type { Role, UnitRole } from '../model/types.js';
import { append } from '../util/append.js';
import { CLAUSE_UNIT_END, INSTITUTION_ENDINGS } from '../text/body-name-endings.js';
import { namesABodyByShape, OFFICE_NAME_END, UNIT_NAME_END } from '../units/unit-name-shape.js';
import { namesWorksBody } from '../units/works-body-name.js';
import { withoutContacts } from './contacts.js';
import { LEADER_LABEL } from '../text/leader-label.js';
import { findDeadline } from './deadline.js';
import { dropsOpeningConjunction, joinsNames } from './joined-names.js';
import { organOfListPlace } from './shared-organ.js';
import { eachWithSharedOrgan } from '../units/shared-organ-places.js';
import { withTogetherLead } from './together-with-lead.js';
import { eachPlaceUnits } from './shared-places.js';
import { fold } from '../text/fold.js';
import { DUTY_AFTER_ROLE, roleLabelAt, roleLabelOf } from './verb-label.js';
import { DUTY_WORD, GUIDE_WORD, isKnownQualifier, LEAD_WORD, PART_WORD, qualifierRole, ROLE_BODY, ROLE_BODY_OR_SUBJECT, ROLE_LABEL_SOURCE } from '../text/role-words.js';

/**
 * Role labels of responsibility clauses, after folding and simplification, and what each means.
 * `responsible` units lead jointly unless the clause also names a lead.
 */
const ROLE_LABELS: Array<[RegExp, Role]> = [
  [new RegExp(`^${LEAD_WORD}${ROLE_BODY_OR_SUBJECT}?$`), 'lead'],
  [new RegExp(`^${PART_WORD}${ROLE_BODY_OR_SUBJECT}?$`), 'participant'],
  // 指导单位：县农业农村局 (or bare, 督导：): the unit that guides the work takes part in it, as
  // the verbal 县农业农村局指导 does; the label keeps what it does.
  [new RegExp(`^${GUIDE_WORD}${ROLE_BODY}?$`), 'participant'],
  [new RegExp(`^${DUTY_WORD}${ROLE_BODY_OR_SUBJECT}?$`), 'responsible'],
];

const LABEL_SOURCE = ROLE_LABEL_SOURCE;
/**
 * A role label followed by a colon (`牵头单位:`), or standing in brackets before its units (`【牵头单位】A`);
 * not a bracket after a name that ends the name or the list (`A[牵头]、B`: a mark of who leads).
 */
const LABEL_AT = new RegExp(`[【\\[]?(${LABEL_SOURCE})(?:\\s*[:：]|[】\\]](?!\\s*(?:[、,;)）]|$))\\s*[:：]?)`, 'g');
/**
 * A whole role label (one naming its kind of body) whose colon a copy dropped: a space standing for
 * it (（牵头单位 区人社局 参与单位 区科技局）, as OCR reads a faint ：), nothing at all (（牵头单位区发改局）,
 * （牵头单位：区科技局，参与单位区经信局）), or a stop typed for it (（牵头单位；区政务服务中心）,
 * （牵头单位。区民政局）). Read only where the label opens the clause or a part of it (after a
 * separator, a space or a bracket), never at the end of a name, and only when a unit's name follows
 * (see looseLabelTakes): no unit's name opens with a role label, so one there is the label. Not
 * before 为 (牵头单位为A: the role named, see parseNamedAs).
 */
const LABEL_LOOSE = new RegExp(`(?<=^|[;,。.\\s(])([\\u4e00-\\u9fff]{0,4}?)((?:${LEAD_WORD}|${PART_WORD}|${DUTY_WORD})${ROLE_BODY})(?:\\s*[;。.]\\s*|\\s*)(?=[\\u4e00-\\u9fff])(?![为是])`, 'g');
/** A part opening with a role label that names its kind of body, colon or not, in 【】 or not (【责任单位】A（牵头）). */
const LABEL_OPENING = new RegExp(`^[【\\[]?(?:${LEAD_WORD}|${PART_WORD}|${DUTY_WORD})${ROLE_BODY}`);
/** The kinds of body a role label names: a clause without one has no label LABEL_LOOSE reads. */
const ROLE_BODY_AT = new RegExp(ROLE_BODY);

/**
 * A line that names the leader in charge of a task (责任领导：王某某（副县长）, 牵头市领导：…), in a
 * folded text: a part of the task's clause, as 责任领导：…； is inside its brackets. Leaders are
 * people, so the line gives no units. Short and one sentence at most, or it is prose.
 */
const LEADER_LINE = new RegExp(`^[【[]?${LEADER_LABEL}(?:[】\\]]\\s*:?|\\s*:)\\s*[^\\s。:][^。:]{0,39}[。.;]?$`);

export function isLeaderLine(match: string): boolean {
  return LEADER_LINE.test(match.trim());
}

export interface ParsedClause {
  roles: UnitRole[];
  lead: string[];
  participants: string[];
  /** When the task is due, as the clause writes it (2023年底前, 持续推进). */
  deadline?: string;
  /** People to contact and their numbers, as written among the units (责任人：刘强，13812345678). */
  contacts?: string[];
  /**
   * Labels of the clause that name a kind of body (单位, 部门 …) but no role read (共建单位：A):
   * their units are in no role, which the caller reports.
   */
  unreadLabels?: string[];
  /**
   * Parts of a verbal clause read that name offices in no role read (the 区财政局做好经费保障和绩效评价等相关工作
   * of 区科技局负责，区财政局做好…): their units are in no role, which the caller reports.
   */
  unreadParts?: string[];
  /** Names in a role's list that are a task's words before an office's name (依托区创建办): no units, which the caller reports. */
  unreadTaskWords?: string[];
}

/** Splits a list of units written with 、 , ; / and 等有关… into names (as written: traditional forms too). */
export function splitUnits(list: string): string[] {
  const parts = splitOutsideBrackets(list.replace(/[。.]+$/, ''));
  // Most lists join no two names with 和/及/与: one test of the list spares each name its own.
  const names = (CONJUNCTION.test(list) ? parts.flatMap(splitAtConjunction) : parts)
    // A name never opens with a dash: one before a list (——区商务局、区财政局) leads the clause in.
    // (A single hyphen stays: -区人社局 is not the same mark, and is shown as written.)
    .map((s) => s.trim().replace(/^([区區市县縣省州镇鎮乡鄉])\s+/, '$1').replace(/^(?:[—–―─]+|[－-]{2,})\s*/, '').replace(LEAD_IN, '').replace(OPENING_CONJUNCTION, (word, _at: number, rest: string) => (dropsOpeningConjunction(word, rest.slice(word.length)) ? '' : word)).replace(TOGETHER_WITH, '').replace(/(?:等(?:单位|部门|單位|部門)?)$/, '').replace(SHORT_NAME_NOTE, ''))
    .map(withoutStrayBracket)
    .filter((s) => s.length > 0 && !/^(?:等|和|及)$/.test(s) && !NO_UNIT.test(s));
  // Names that share an ending (各市、县人民政府, 青岛、烟台市政府) end with a government, or with a body
  // each of the levels listed has (各区、县（市）市场监督管理局).
  const placed = list.includes('各') ? withEachPlace(names, list) : names;
  const joined = SHARED_ENDING_HINT.test(list) ? joinSharedEndings(placed, list) : placed;
  const shared = list.includes('委、') || list.includes('委，') ? withCommitteesOffice(joined) : joined;
  return list.includes('各') ? carryEach(shared) : shared;
}

/**
 * 各地级以上市民政局、财政局, 各县市区、市属开发区发展改革部门、财政部门: names that say their places or kind
 * of body once are the whole names the addressees give (src/parse/shared-places.ts), each its own unit.
 * Only a run written as one 、 list, the longest from a name opened by 各.
 */
function withEachPlace(names: string[], list: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < names.length; k++) {
    let found: { names: string[]; last: number } | null = null;
    if (names[k]!.startsWith('各')) {
      for (let j = names.length - 1; j > k && !found; j--) {
        const run = names.slice(k, j + 1).join('、');
        const each = list.includes(run) ? eachPlaceUnits(run, fold(run)) : null;
        if (each) found = { names: each, last: j };
      }
    }
    if (!found) {
      out.push(names[k]!);
      continue;
    }
    out.push(...found.names);
    k = found.last;
  }
  return out;
}

/**
 * The words that bring a clause's units in, no part of the first name: 由A负责, 具体由A实施, and the
 * blanket 均由A负责 (each task of the item A's), 统一由…; 责成A落实 (A charged with it), as a higher
 * body writes it.
 */
const LEAD_IN = /^(?:均|都|全部|统一|統一)?(?:具体|具體|主要)?(?:由|责成|責成)/;

/**
 * A name without a bracket left over from a clause's that was typed amiss (区大数据中心） of
 * …参与单位：区大数据中心）, 区商务局） of （牵头单位：区商务局）参与单位：…）): a closing bracket at its
 * end that closes nothing in it, or an opening one at its start that nothing closes. Brackets of the
 * name's own (各镇（街道）, 区委组织部〔区委人才办〕) pair.
 */
function withoutStrayBracket(name: string): string {
  if (!/[)）\]】〕〉]$|^[(（[【〔〈]/.test(name)) return name;
  const opens = (name.match(/[(（[【〔〈]/g) ?? []).length;
  const closes = (name.match(/[)）\]】〕〉]/g) ?? []).length;
  if (closes > opens) return name.replace(/\s*[)）\]】〕〉]$/, '');
  if (opens > closes) return name.replace(/^[(（[【〔〈]\s*/, '');
  return name;
}

/**
 * 区发展和改革委员会（以下简称区发改委，下同）: a note giving the short name the text goes on with,
 * no part of the name (whose short form the unit's key reads as the same unit).
 */
const SHORT_NAME_NOTE = /\s*[(（](?:以下|下文)?(?:简称|簡稱|下称|下稱)[^()（）]{1,20}[)）]$/;

/**
 * 会同 (or 联合, 协同) opening a part after the lead's (A牵头，会同B、C组织实施): the word that joins B to
 * A's work, no part of B's name. Only before a name's start (区, 市, 省, 州 or 县 with the name going on,
 * 各, 有关, 相关, 其他): a place word right after it (联合乡, 会同镇, 协同村, 联合社区, 联合街道) makes it a
 * place's own name. Hunan's 会同县 is a county, but a county's body after the word (会同县供销社, 会同县财政局)
 * is the verb's object as any other unit is: a county's own notice names it 县供销社, and so does a clause
 * of 会同县's read so. The county itself named by its organs stays (会同县人民政府, 会同县委, 会同县政协): what
 * its own notices and those above it name it.
 */
const TOGETHER_WITH = /^(?:会同|會同|联合|聯合|协同|協同)(?=[区區市省州][\u4e00-\u9fff]|[各有相其]|[县縣](?!(?:人民)?政府$|委$|人大(?:常委[会會])?$|政协$|政協$)[\u4e00-\u9fff]{2})/;

/** What a table cell or a list holds when it is left empty on purpose (no unit, no deadline): /, 无, 暂无, 不涉及, ——, N/A. */
const NO_UNIT = /^(?:[\\/／、,，;；.。·•*＊×—–―─－-]+|无|無|暂无|暫無|没有|沒有|不涉及|N\/?A)$/i;

/** Whether a cell names no unit (/, 无, 不涉及). */
export const namesNoUnit = (text: string): boolean => NO_UNIT.test(text.trim());

/** A body of a level with many of its kind, named without a place: 街道办事处, 社区, 乡镇人民政府. */
const LEVEL_BODY = /^(?:乡镇|鄉鎮|乡|鄉|镇|鎮|街道|村|社区|社區)(?:人民政府|政府|党委|黨委|党工委|黨工委|办事处|辦事處|管委会|管委會|村民委员会|居民委员会)?$/;

/**
 * 各镇人民政府、街道办事处: the 各 that opens the list is meant for the body named after it too, as
 * the notice's addressees read it (every town government and every street office). Carried only to
 * a body of such a level right after a name with 各, never to a body named on its own (区民政局).
 * An organ named alone (各镇党委、政府) takes the places too (organOfListPlace).
 */
function carryEach(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const prev = out[out.length - 1];
    out.push(prev?.startsWith('各') && LEVEL_BODY.test(name) ? `各${name}` : (organOfListPlace(prev, name) ?? name));
  }
  return out;
}

/**
 * How the whole name of a body ends (区财政局, 区卫生健康委, 区政府): the source of the patterns that need it.
 * Offices and sections end so too (区政府办公室, 区委督查室, 厅人事处, 财务科, 计划股, 领导小组), and so do the
 * associations and schools a list names beside offices (区科协, 区政协, 区委党校).
 */
// Never after a digit: 整治50处, 建成3所, 10个组 count things; no body's name ends so (see CLAUSE_UNIT_END).
export const BODY_NAME_END = CLAUSE_UNIT_END;

/**
 * The places of a level, or their office, named as the units of a list (各镇街, 各街道办事处, 各镇（街道）):
 * a whole name before 和/及 as a body's is (各镇街及相关单位, 各镇（街道）及驻区单位).
 */
const EACH_LOCAL = '各(?:镇街|街镇|乡镇|鄉鎮|街道|社区|社區|[镇鎮乡鄉村])(?:办事处|辦事處)?(?:[(（][^()（）]{1,8}[)）])?';

/**
 * 区司法局和区应急管理局, 区财政局及有关单位: two names joined by 和/及/与. The words also stand inside
 * names (区工业和信息化局, 住房和城乡建设局), so the split needs a whole name before the word (one that
 * ends as a body does, or a collective one: 省直有关单位和各设区市人民政府, 各镇街) and, after it, the start
 * of one (a place, 各, 有关, 相关, 其他, 驻区单位) or a whole name (团区委, 天津大学, 河西区税务局), never a
 * place the word opens (和平区, 和田地区): joinsNames. 有关部门和单位 stays one: 单位 is no whole name.
 */
const JOINED_NAMES = new RegExp(`(?<=${BODY_NAME_END}|[单單]位|部[门門]|大学|大學|学校|學校|高校|企业|企業|${EACH_LOCAL})(?:以及|和|及|与|與)`, 'g');
/** A conjunction opening a list's item (、以及各街道): left out where it is no part of a name (dropsOpeningConjunction). */
const OPENING_CONJUNCTION = /^(?:以及|和|及|与|與)/;

const CONJUNCTION = /[和及与與]|[会會]同/;

/**
 * 区交通局会同区公安分局: A会同B is A and B doing the work together, each unit taking the role the
 * label or the verb gives (牵头单位：A会同B, A会同B牵头, A会同B负责). Split after a whole name only, as
 * 和 is (区财政局要会同… is a sentence, and 会同县 a place).
 */
const JOINED_WITH = new RegExp(`(?<=${BODY_NAME_END}|[辦廳會館隊聯團])[会會]同(?=[\\u4e00-\\u9fff]{2})`, 'g');

function splitAtConjunction(name: string): string[] {
  if (!CONJUNCTION.test(name)) return [name];
  return name.split(JOINED_WITH).flatMap(splitAtJoiningWord);
}

/** Splits a name at each 和/及/与 after a whole name that joins it to another (joinsNames). */
function splitAtJoiningWord(name: string): string[] {
  const out: string[] = [];
  let from = 0;
  JOINED_NAMES.lastIndex = 0;
  for (let m = JOINED_NAMES.exec(name); m; m = JOINED_NAMES.exec(name)) {
    const after = m.index + m[0].length;
    if (!joinsNames(m[0], name.slice(after))) continue;
    out.push(name.slice(from, m.index));
    from = after;
  }
  out.push(name.slice(from));
  return out;
}

/**
 * The kind of city or county a level word may be qualified by: the 设区 of 各设区市, 省辖市, 地级市,
 * 县级市. Such a level names as many places as the bare word does.
 */
const LEVEL_KIND = '(?:设区的?|設區的?|省辖|省轄|地级|地級|县级|縣級)?';

/** A gloss after a level (the （州） of 各市（州）, the （市、区） of 县（市、区）): places of that level too. */
const LEVEL_GLOSS = '(?:[(（][^()（）]{1,8}[)）])?';
/** A level of place standing alone in a list: the 市 and 州 of 各市、州、县人民政府, the 县（市） of 各市、县（市）…. */
const BARE_LEVEL = new RegExp(`^${LEVEL_KIND}[市州县縣区區盟旗镇鎮乡鄉]${LEVEL_GLOSS}$`);
/**
 * The level that opens such a list: 各市, 各设区市, 各地级市, 各市（州）, and the places of a level the
 * task concerns (相关市, 有关县, 其他市).
 */
const EACH_LEVEL = new RegExp(`^(?:各|相关|相關|有关|有關|其他)${LEVEL_KIND}[市州县縣区區盟旗]${LEVEL_GLOSS}$`);
/** The government of a level that ends such a list: 县（市、区）人民政府, 州政府, 县人民政府办公室. */
const LEVEL_GOVERNMENT = /^[市州县縣区區盟旗镇鎮乡鄉].*(?:政府|政府办公室|政府办公厅|政府辦公室|政府辦公廳)$/;
/**
 * A body the places of each level have, ending a list that opens with 各 (各区、县（市）市场监督管理局,
 * 各区、县教育局): every district's and county's. After 相关 or 有关 the list stays apart (相关市、区财政局),
 * and so does a body of a level above the first (各区、市财政局). The body may end with a gloss on
 * what it is called in some places (各市、县（区）发展改革委（局）).
 */
const LEVEL_OFFICE = new RegExp(`^[市州县縣区區盟旗镇鎮乡鄉]${LEVEL_GLOSS}[\\u4e00-\\u9fff]{1,12}(?:局|委员会|委員會|委|办公室|辦公室|办|辦)${LEVEL_GLOSS}$`);
const levelEnds = (first: string, last: string): boolean =>
  LEVEL_GOVERNMENT.test(last) || (first.startsWith('各') && LEVEL_OFFICE.test(last) && levelRank(last[0]!) >= levelRank(first.replace(LEVEL_GLOSS_AT_END, '').slice(-1)));
/**
 * How far down a level stands (市 above 区 and 县, above 镇): a body of a level above the list's first
 * (各区、市财政局: the city's own bureau) is a unit of its own, not each district's.
 */
function levelRank(level: string): number {
  return '市州盟'.includes(level) ? 1 : '区區县縣旗'.includes(level) ? 2 : '镇鎮乡鄉'.includes(level) ? 3 : 0;
}
const LEVEL_GLOSS_AT_END = /[(（][^()（）]{1,8}[)）]$/;

/**
 * A place named without its level before the one that names it (the 青岛 and 烟台 of 青岛、烟台、潍坊市政府):
 * a short name that ends as no body does, and names no set of places (各地, 有关地方).
 */
const BARE_PLACE = /^(?!各|相关|相關|有关|有關|其他|全)[\u4e00-\u9fff]{2,4}$/;
const NOT_A_PLACE_END = /(?:局|委|办|辦|部|厅|廳|院|署|中心|馆|館|队|隊|所|站|社|团|團|会|會|行|司|处|處|科|股|室|组|組|单位|單位|机关|機關|企业|企業|学校|學校)$/;
/**
 * The government of places named together, the count of them maybe said (潍坊市政府, 青岛市人民政府,
 * 湘潭三市人民政府).
 */
const PLACES_GOVERNMENT = /^(?!各|相关|相關|有关|有關|其他|全)[\u4e00-\u9fff]{2,4}?(?:[两兩二三四五六七八九十]{1,2})?[市州县縣区區盟旗](?:人民)?(?:政府|政府办公室|政府办公厅|政府辦公室|政府辦公廳)$/;

/** Whether a list may hold names that share the last one's ending (a government's, a zone committee's, or each level's). */
const SHARED_ENDING_HINT = /政府|各|管委|管理委|[党黨]工?委|办事处|辦事處/;

/**
 * Whether names listed apart are one collective name of levels sharing the last one's ending
 * (各区、县（市）市场监督管理局, 各市、县（区）人民政府): an opening level, bare levels, then the body.
 */
export function sharesLevelEnding(names: readonly string[]): boolean {
  if (names.length < 2 || !EACH_LEVEL.test(names[0]!)) return false;
  const middle = names.slice(1, -1);
  return middle.every((n) => BARE_LEVEL.test(n)) && levelEnds(names[0]!, names[names.length - 1]!);
}

/**
 * Names that share the ending of the last one are one collective name, the list separator inside
 * it no separator between units: 各市、县（市、区）人民政府, 各市（州）、县（市、区）人民政府,
 * 各设区市、县（市、区）人民政府, 相关市、县人民政府 (the governments of every city and county, or
 * of those concerned), 青岛、烟台、潍坊市政府 (the governments of the three cities, their level said
 * once). Whole places or zones before an organ each of them has are each that organ's unit instead
 * (高新区、经开区管委会 is 高新区管委会 and 经开区管委会; 南京市、苏州市人民政府 two governments):
 * src/units/shared-organ-places.ts.
 */
function joinSharedEndings(names: string[], list: string): string[] {
  const out: string[] = [];
  // Joined as written only: names split at a comma (青岛，烟台市政府) are not read as one.
  const join = (k: number, j: number, name: string): string => {
    const whole = names.slice(k, j + 1).join('、');
    return list.includes(whole) ? whole : name;
  };
  // The index of the name that ends a run of `bare` names from k, when `last` fits it (or -1).
  const sharedEnd = (k: number, bare: (n: string) => boolean, last: (n: string) => boolean): number => {
    let j = k + 1;
    while (j < names.length && bare(names[j] as string)) j++;
    return j < names.length && last(names[j] as string) && join(k, j, names[k] as string) !== names[k] ? j : -1;
  };
  for (let k = 0; k < names.length; k++) {
    let name = names[k] as string;
    let j = -1;
    if (EACH_LEVEL.test(name)) j = sharedEnd(k, (n) => BARE_LEVEL.test(n), (n) => levelEnds(name, n));
    else {
      const each = eachWithSharedOrgan(names, k);
      // Written as one list (高新区，经开区管委会 names a zone and a committee).
      if (each && join(k, each.last, name) !== name) {
        out.push(...each.names);
        k = each.last;
        continue;
      }
      if (BARE_PLACE.test(name) && !NOT_A_PLACE_END.test(name)) j = sharedEnd(k, (n) => BARE_PLACE.test(n) && !NOT_A_PLACE_END.test(n), (n) => PLACES_GOVERNMENT.test(n));
    }
    if (j >= 0) {
      name = join(k, j, name);
      k = j;
    }
    out.push(name);
  }
  return out;
}

/** A level's Party committee named bare (区委, 市委, 中共某县委, 镇党委; 區委 too). */
const BARE_COMMITTEE = /^(?:中共)?(.{0,10}?[省市州盟县縣区區旗镇鎮乡鄉])(?:党|黨)?委$/;
/**
 * An office that a level's Party committee and its government each have (办公室, 督查室, 研究室), named
 * after the government: 区政府督查室, 某区人民政府办公室.
 */
const GOVERNMENTS_OFFICE = /^(.{0,10}?[省市州盟县縣区區旗镇鎮乡鄉])(?:人民)?政府(办公室|辦公室|办公厅|辦公廳|督查室|督查办|督查辦|研究室)$/;

/**
 * 区委、区政府督查室: the office named once after the government is the committee's too, as the notices
 * shorten 区委督查室、区政府督查室 (市委、市政府办公室, 县委、县人民政府办公室): the bare committee takes the
 * office's name. Only for the same place, and only an office each of them has.
 */
function withCommitteesOffice(names: string[]): string[] {
  return names.map((name, k) => {
    const committee = BARE_COMMITTEE.exec(name);
    const office = committee ? GOVERNMENTS_OFFICE.exec(names[k + 1] ?? '') : null;
    return committee && office && office[1] === committee[1] ? `${name}${office[2] as string}` : name;
  });
}

/**
 * 区住房城乡建设委/区市场监管局: a slash between two names. Only after a whole name (one that ends
 * as a body does, traditional forms too) and before the start of another (two Han characters), so
 * that a date (2025/6), a fraction (1/3), 和/或, a place pair such as 各街道/乡镇 (one collective
 * name) or 县农技中心/站 stay as written.
 */
const SLASH_BETWEEN_NAMES = `(?<=(?:${BODY_NAME_END}|[辦廳會館隊聯團]))\\s*[/／]\\s*(?=[\\u4e00-\\u9fff]{2})`;

// A space right after a level word alone (区 生态环境分局, from &nbsp; or a justified cell) is inside the
// name: 区 is no unit of its own.
// 等 before the others of a level (A、B等区级相关部门, 等市直有关单位) ends the names as before 有关 alone.
const SEPARATORS = `[、,，;；]|(?<!(?:^|[、,，;；\\s])[区區市县縣省州镇鎮乡鄉])\\s+|等(?=(?:全?[区區市县縣省州](?:[级級]|直[属屬]?)?)?(?:有关|有關|相关|相關|其他|各))`;
// The slash first: with the spaces around it (区科技局 / 区财政局) it is one separator. Lists
// without a slash (nearly all) are split without it: its look-behind is tried at every position.
const WITH_SLASH = new RegExp(`${SLASH_BETWEEN_NAMES}|${SEPARATORS}`, 'g');
const WITHOUT_SLASH = new RegExp(SEPARATORS, 'g');
// 〈〉 (and ＜＞, <) are the inner brackets a gazette writes inside （）: 各县〈市、区〉政府 as 各县（市、区）政府.
const OPENING = '(（〔[【〈＜<';
const CLOSING = ')）〕]】〉＞>';
const HAS_OPENING = /[(（〔[【〈＜<]/;

/** Splits a list at its separators, but not inside brackets: 各县（市、区）人民政府, 各县〈市、区〉政府 are one name. */
function splitOutsideBrackets(list: string): string[] {
  const separator = list.includes('/') || list.includes('／') ? WITH_SLASH : WITHOUT_SLASH;
  if (!HAS_OPENING.test(list)) return list.split(separator);
  const depthAt: number[] = [];
  let depth = 0;
  for (const c of list) {
    // One entry per UTF-16 unit, so indices match the regex's.
    if (OPENING.includes(c)) depth++;
    depthAt.push(depth);
    if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    if (c.length === 2) depthAt.push(depth);
  }
  const out: string[] = [];
  let from = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(list); m; m = separator.exec(list)) {
    if (m[0].length === 0) {
      separator.lastIndex++;
      continue;
    }
    if (depthAt[m.index] !== 0) continue;
    out.push(list.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(list.slice(from));
  return out;
}

/**
 * Where a label found by LABEL_AT starts: its first character, or, with `bracket`, the bracket it
 * stands in when that bracket holds only the label (【牵头单位】A). The 【 of 【牵头单位：A】 opens the
 * whole clause, not the label.
 */
function labelFrom(m: RegExpExecArray, bracket: boolean): number {
  const bracketed = m[0].startsWith('【') || m[0].startsWith('[');
  if (!bracketed) return m.index;
  return bracket && /[】\]]/.test(m[0]) ? m.index : m.index + 1;
}

/** A qualifier's characters, and what may stand before it: a clause's start, a separator, a bracket, a space. */
const HAN = /[\u4e00-\u9fff]/;
const BEFORE_QUALIFIER = /[\s;,、:(\[【]/;
/** A word of several characters that ends as a body's name does (区经信局): a unit, never a qualifier. */
const NAME_ENDING = new RegExp(`${BODY_NAME_END}$`);

/**
 * The qualifier written before the role word of a label that starts at `at` in a folded clause
 * (the 第一 of 第一责任单位, the 协同 of 协同责任单位：, the 其他 of 其他配合单位): a word of its own,
 * from the clause's start, a separator, a bracket or a space up to the role word. A word the genre
 * qualifies labels with (LEAD_QUALIFIER, PART_QUALIFIER, 具体, 直接), or two of them (其他相关), may be
 * up to four characters; any other, two at most and not ending as a body's name does, so that a unit run into the
 * label (区经信局配合单位：) stays a unit.
 */
function qualifierBefore(match: string, at: number): string {
  let from = at;
  while (from > 0 && at - from <= 4 && HAN.test(match[from - 1] as string)) from--;
  if (from === at || at - from > 4) return '';
  if (from > 0 && !BEFORE_QUALIFIER.test(match[from - 1] as string)) return '';
  const qualifier = match.slice(from, at);
  if (isKnownQualifier(qualifier)) return qualifier;
  return qualifier.length <= 2 && !NAME_ENDING.test(qualifier) ? qualifier : '';
}

/**
 * The role of a label with its qualifier: the role word's, but a 责任/落实 unit (responsible) qualified
 * as one that leads (第一, 主体, 牵头) leads, and one qualified as one taking part (协同, 相关, 配合)
 * takes part.
 */
function qualifiedRole(role: Role, qualifier: string): Role {
  if (role !== 'responsible' || qualifier.length === 0) return role;
  return qualifierRole(qualifier) ?? role;
}

/** A label found by LABEL_AT, with the qualifier before it: where it starts (see labelFrom), its length from there, its role. */
function labelHit(match: string, m: RegExpExecArray, bracket: boolean): { from: number; at: number; length: number; role: Role } | null {
  const base = roleOf(m[1] as string);
  if (!base) return null;
  const at = labelFrom(m, false);
  const qualifier = /[【\[]/.test(m[0][0] as string) ? '' : qualifierBefore(match, at);
  const start = at - qualifier.length;
  // 【第一责任单位】A: the bracket holds the whole label.
  const from = bracket && qualifier && /[【\[]/.test(match[start - 1] ?? '') && /[】\]]/.test(m[0]) ? start - 1 : qualifier ? start : labelFrom(m, bracket);
  return { from, at: start, length: qualifier.length + (m[1] as string).length, role: qualifiedRole(base, qualifier) };
}

/** Where role labels followed by a colon (牵头单位:) or in brackets of their own (【牵头单位】) start in a folded text. */
export function labelStarts(match: string): number[] {
  const out: number[] = [];
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(match); m; m = LABEL_AT.exec(match)) {
    const hit = labelHit(match, m, true);
    if (hit) out.push(hit.from);
  }
  return out;
}

function roleOf(label: string): Role | null {
  const squeezed = label.replace(/\s+/g, '');
  for (const [re, role] of ROLE_LABELS) if (re.test(squeezed)) return role;
  return null;
}

/**
 * Reads a responsibility clause (the text inside its brackets) in any of the common styles:
 * `牵头单位:A,参与单位:B、C`, `责任单位:A、B`, `负责部门:A;适用范围:…`, `A负责`,
 * `A、B按职责分工负责`, `A牵头,B、C按职责分工负责`. Returns null if the text is not one.
 *
 * `match` is the folded, simplified copy of `text` (same length); names are cut from `text`.
 */
export function parseClause(text: string, match: string, firstIsLead: boolean): ParsedClause | null {
  return readClauseWith(text, match, firstIsLead, (t, m) => parseLabelled(t, m) ?? parseNamedAs(t, m) ?? parseBareWithRemark(t, m) ?? parseVerbal(t, m) ?? parseTogetherDoing(t, m) ?? parseDoing(t, m) ?? parseHelpersOnly(t, m) ?? parseBareThenHelpers(t, m) ?? parseBare(t, m) ?? parseVerbalBeforeWords(t, m), () => true);
}

/** A clause that names its roles (牵头单位：A；配合单位：B), for a line that has no brackets around it. */
export function parseLabelledClause(text: string, match: string, firstIsLead: boolean): ParsedClause | null {
  return readClauseWith(text, match, firstIsLead, (t, m) => parseLabelled(t, m) ?? parseNamedAs(t, m), (roles) => roles.some((r) => r.units.length > 0));
}

/**
 * A verbal clause that stands as a line of its own after its task, without brackets or labels:
 * `区科技局牵头，区投资促进局、区财政局配合`. Only the verbal forms are read: a line of bare names
 * could as well be a list in the text.
 */
export function parseVerbalClause(text: string, match: string, firstIsLead: boolean): ParsedClause | null {
  return readClauseWith(text, match, firstIsLead, (t, m) => parseNamedAs(t, m) ?? parseVerbal(t, m) ?? parseTogetherThenHelpers(t, m), (roles) => roles.every((r) => r.units.length > 0));
}

/**
 * `县商务局会同县供销社，县交通运输局配合`: A会同B as a first part without a verb, then parts that only
 * help, read as the same words in brackets are (parseBareThenHelpers, then withTogetherLead: A leads,
 * B takes part under 会同). Without brackets only where 会同 follows a whole name: 区财政局要会同… is a
 * sentence, and a part opening with 会同 has no subject of its own.
 */
function parseTogetherThenHelpers(text: string, match: string): UnitRole[] | null {
  const comma = match.search(/[,;]/);
  // search, unlike test, leaves the shared global pattern's lastIndex alone.
  return comma > 0 && match.slice(0, comma).search(JOINED_WITH) >= 0 ? parseBareThenHelpers(text, match) : null;
}

/**
 * Reads a clause's roles with `parse` and resolves who leads, when `accept` takes them. The
 * deadline (完成时限：2023年底前 / 2023年6月底前完成，A负责) is read first and taken out, so that it is
 * neither a unit nor in the way of the verbal patterns.
 */
function readClauseWith(
  text: string,
  match: string,
  firstIsLead: boolean,
  parse: (text: string, match: string) => UnitRole[] | null,
  accept: (roles: UnitRole[]) => boolean,
): ParsedClause | null {
  // Contact people and numbers (（责任人：刘强，138…）, 张三，138****1234) are no units; taken out
  // first, so that a deadline before a leader (…，2024年底前完成；责任领导：李强) ends the clause.
  const people = withoutContacts(text, match);
  const due = withoutDeadline(people.text, people.match);
  const parted = { ...due, ...partedAtVerbs(due.text, due.match), contacts: people.contacts };
  const read = (t: string, m: string): UnitRole[] | null => {
    const found = bySentence(t, m, parse);
    return found && found.length > 0 && accept(found) ? found : null;
  };
  // A牵头，县城配合 / A牵头，农贸市场、B配合: what names no unit in a later part is left out and reported,
  // so that the rest is read; where the rest reads as no clause, the clause is tried as written.
  const without = withoutUnreadNames(parted.text, parted.match);
  const cutRoles = without && read(without.text, without.match);
  const named = cutRoles && without ? { ...parted, text: without.text, match: without.match } : parted;
  const found = cutRoles ?? read(named.text, named.match);
  if (!found) return null;
  // 责任单位：依托区创建办: a name that is a task's words is no unit; a clause naming none else is not read.
  const taskWords = taskWordNames(found, named.text, named.match);
  const roles = taskWords.length > 0 ? found.map((r) => ({ ...r, units: r.units.filter((u) => !taskWords.includes(u)) })).filter((r) => r.units.length > 0) : found;
  if (roles.length === 0) return null;
  // 区人社局会同区教育局负责 (or 责任单位：A，联合B): the unit before the word leads, those after it take part.
  const together = /会同|联合/.test(match) ? withTogetherLead(roles, named.text, named.match, (label) => leadsByWord(label, named.text, named.match)) : roles;
  // A note in the clause itself (A、B，列第一位的为牵头单位) says so of its units whatever the document says.
  const clause = withDeadline(resolve(together, firstIsLead || statesFirstIsLead(match)), due.deadline);
  const withContacts = named.contacts.length > 0 ? { ...clause, contacts: named.contacts } : clause;
  const unread = unreadLabels(named.text, named.match);
  const withLabels = unread.length > 0 ? { ...withContacts, unreadLabels: unread } : withContacts;
  const parts = [...(cutRoles && without ? without.cut : []), ...unreadParts(named.text, named.match, roles)];
  const withParts = parts.length > 0 ? { ...withLabels, unreadParts: parts } : withLabels;
  return taskWords.length > 0 ? { ...withParts, unreadTaskWords: taskWords } : withParts;
}

/**
 * Whether a role's label (as written) says its units lead: a verb of leading (牵头, 负总责) or a lead's
 * label (牵头单位). Read in the folded copy where the text holds the label, so 牽頭 reads as 牵头.
 */
function leadsByWord(label: string, text: string, match: string): boolean {
  const at = label ? text.indexOf(label) : -1;
  const said = (at >= 0 ? match.slice(at, at + label.length) : label).replace(/\s+/g, '');
  return said !== '' && (LEAD_VERB.test(said) || roleOf(said) === 'lead');
}

/**
 * The parts after a clause's first, in its first sentence, that name no unit before their verb, taken
 * out of the clause (text and folded copy alike, so that they keep one length): a part whose subject
 * is a few words naming no body (the 县城配合 of A牵头，县城配合), or the names of a helpers' list that are
 * none (the 农贸市场 of A牵头，农贸市场、B配合) beside one that names an office. Null when nothing is cut.
 * Words of a sentence (社会各界广泛参与, 由…负责) are never cut: such a part leaves the clause as written.
 */
function withoutUnreadNames(text: string, match: string): { text: string; match: string; cut: string[] } | null {
  // Every such part follows a separator and ends with a verb of a role: most clauses are spared the parts.
  if (!/[,;]/.test(match) || !/牵头|负责|配合|参与|协助|协办|落实|实施/.test(match)) return null;
  const stop = match.indexOf('。');
  const first = stop < 0 ? match : match.slice(0, stop);
  const spans: Array<[number, number]> = [];
  const cut: string[] = [];
  for (const [a, b] of partsOf(first).slice(1)) {
    const raw = first.slice(a, b);
    const part = raw.trim();
    const at = a + (raw.length - raw.trimStart().length);
    const verb = PART_VERB.exec(part);
    if (!verb || verb.index < 2) continue;
    const units = part.slice(0, verb.index).replace(/等$/, '');
    if (plausibleUnits(units)) continue;
    const names = listNames(units);
    const unread = names.filter(([from, to]) => !plausibleUnits(units.slice(from, to)));
    if (!unread.every(([from, to]) => namesNoBody(units.slice(from, to)))) continue;
    if (unread.length === names.length) {
      // 县城配合: the whole part and the separator before it, where its verb is a role's alone.
      if (!namesNoOfficeThenRole(part)) continue;
      spans.push([a - 1, a + raw.length]);
      cut.push(text.slice(at, at + part.length));
      continue;
    }
    // Beside a body the list is one of units (an office, an institution, a place's works: 县污水处理厂、农贸市场): the others are cut.
    const kept = names.filter((n) => !unread.includes(n)).map(([from, to]) => units.slice(from, to));
    if (!namesAnOffice(kept.join('、')) && !kept.some((u) => INSTITUTION_END.test(withoutSecondName(u)) || namesWorksBody(withoutSecondName(u)))) continue;
    for (const [from, to] of unread) {
      // A name and the 、 after it (or, last in the list, the 、 before it).
      spans.push(units[to] === '、' ? [at + from, at + to + 1] : [at + from - 1, at + to]);
      cut.push(text.slice(at + from, at + to));
    }
  }
  if (spans.length === 0) return null;
  const keep = (s: string): string => {
    let out = '';
    let from = 0;
    for (const [x, y] of spans) {
      out += s.slice(from, x);
      from = y;
    }
    return out + s.slice(from);
  };
  return { text: keep(text), match: keep(match), cut };
}

/**
 * A few words that name no body where a unit's name stands (县城, 农贸市场, 社区居民): Han characters only,
 * no words of a sentence or of a manner of taking part (NOT_A_NAME, PROSE_WORD), and no task's
 * words (依托区创建办, reported as such; see leadAfterTaskWords).
 */
const NOT_A_BODY_SHAPE = /^[\u4e00-\u9fff]{2,8}$/;
function namesNoBody(words: string): boolean {
  return NOT_A_BODY_SHAPE.test(words) && !NOT_A_NAME.test(words) && !PROSE_WORD.test(words) && !DOING_OPENING.test(words) && !ROLE_BODY_AT.test(words);
}

/** Where the names of a list parted by 、 alone start and end in it. */
function listNames(list: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= list.length; i++) {
    if (i === list.length || list[i] === '、') {
      out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

/**
 * 区民政局牵头 各街道配合: a verbal clause whose comma a web page turned into a space, the space read
 * as the comma it was, where the part before it ends with a clause's verb and the part after names
 * units and ends with one. Rarely the parts run on with nothing between (区商务局牵头区海关配合): they
 * are parted only where the verbs leave no doubt, offices that lead and then units that only help.
 * The text keeps its length where a space becomes the comma; a comma put between adds a character to
 * both copies alike, so that the names are still cut from the text as written.
 */
function partedAtVerbs(text: string, match: string): { text: string; match: string } {
  // Every such clause holds a verb of helping or taking part after the lead's: most clauses have a separator, or none of these.
  if (!/配合|协助|参与|协办|负责/.test(match)) return { text, match };
  if (/\s/.test(match.trim())) {
    let t = text;
    let m = match;
    for (const space of match.matchAll(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g)) {
      const at = space.index;
      const partStart = Math.max(m.lastIndexOf(',', at), m.lastIndexOf(';', at)) + 1;
      const nextSep = m.slice(at).search(/[,;。]/);
      const partEnd = nextSep < 0 ? m.length : at + nextSep;
      const before = m.slice(partStart, at).trim();
      const after = m.slice(at, partEnd).trim();
      if (!PART_VERB.test(before) || !namesUnitsThenVerb(before) || !namesUnitsThenVerb(after)) continue;
      t = `${t.slice(0, at)}，${t.slice(at + 1)}`;
      m = `${m.slice(0, at)},${m.slice(at + 1)}`;
    }
    return { text: t, match: m };
  }
  if (/[,;:。]/.test(match.replace(/[。.]$/, ''))) return { text, match };
  const helps = /(?:配合|协助|参与|协办)[。.]?$/.exec(match);
  if (!helps) return { text, match };
  for (const lead of match.matchAll(/牵头|主责|负总责/g)) {
    const at = lead.index + lead[0].length;
    const units = match.slice(0, lead.index);
    const helpers = match.slice(at, helps.index);
    // 牵头负责B配合: the lead's verb goes on; the helpers must open with their name.
    if (!plausibleUnits(units) || !namesAnOffice(units) || LEAD_DUTY_NEXT.test(helpers) || !plausibleUnits(helpers)) continue;
    return { text: `${text.slice(0, at)}，${text.slice(at)}`, match: `${match.slice(0, at)},${match.slice(at)}` };
  }
  return { text, match };
}

/** A lead's verb going on into its duty (the 组织实施 of 牵头组织实施): no helper's name starts there. */
const LEAD_DUTY_NEXT = new RegExp(`^${DUTY_AFTER_ROLE}`);

/**
 * The parts of a verbal clause's first sentence that open with offices of which no role read holds
 * one: a part the patterns could not read (区科技局负责，区财政局做好经费保障和绩效评价等相关工作), its units
 * lost but for the report. Later sentences are notes on the clause (see bySentence).
 */
function unreadParts(text: string, match: string, roles: UnitRole[]): string[] {
  const stop = match.indexOf('。');
  const first = stop < 0 ? match : match.slice(0, stop);
  // Labelled clauses report their unread keys; a clause of one part is read whole or not at all.
  if (first.includes(':') || !/[,;]/.test(first)) return [];
  const named = roles.flatMap((r) => r.units);
  const out: string[] = [];
  for (const [a, b] of partsOf(first)) {
    const raw = first.slice(a, b);
    const at = a + (raw.length - raw.trimStart().length);
    // Most parts open with a unit read: the cheap test spares them the patterns. A part that opens
    // with a role label (牵头单位区委宣传部, its colon dropped) was read as one.
    if (named.some((u) => text.startsWith(u, at)) || LABEL_OPENING.test(first.slice(at, b))) continue;
    // 县委宣传部、县融媒网配合: names and a clause's verb, a name's ending unknown to the reader.
    if (namesUnknownUnitsThenVerb(raw.trim())) {
      out.push(text.slice(at, at + raw.trim().length));
      continue;
    }
    // 农贸市场配合, 县城配合: a part of who does what whose subject is no office's name; its role is
    // not read, and reported rather than lost.
    if (namesNoOfficeThenRole(raw.trim()) && !named.some((u) => raw.includes(u))) {
      out.push(text.slice(at, at + raw.trim().length));
      continue;
    }
    const units = leadingOffices(raw.trim());
    if (!units) continue;
    const names = splitUnits(text.slice(at, at + units.length));
    // 牵头单位为A: a role named, not a unit (see parseNamedAs).
    if (names.some((n) => roleOf(n) !== null || named.some((u) => u.includes(n) || n.includes(u)))) continue;
    out.push(text.slice(at, at + raw.trim().length));
  }
  return out;
}

/**
 * A part written as a subject and a verb of a clause's role (牵头, 负责, 配合, 参与, 协助, 协办) whose
 * subject is a few words naming no office (县城, 农贸市场, 企业): not a manner of taking part
 * (各部门密切配合, 社会各界广泛参与), which NOT_A_NAME holds, nor words of a task (PROSE_WORD).
 */
function namesNoOfficeThenRole(part: string): boolean {
  const verb = ROLE_ONLY_VERB.exec(part);
  if (!verb) return false;
  const subject = part.slice(0, verb.index);
  return /^[\u4e00-\u9fff][\u4e00-\u9fff、]{1,11}$/.test(subject) && !NOT_A_NAME.test(subject) && !PROSE_WORD.test(subject);
}

/** The bare verbs of a role, ending a part (see namesNoOfficeThenRole). */
const ROLE_ONLY_VERB = /(?:牵头|负责|配合|参与|协助|协办)[。.]?$/;

/** The longest list of offices a part opens with (区财政局 of 区财政局做好…), with words after it, or null. */
function leadingOffices(part: string): string | null {
  const each = part.startsWith('各');
  for (let end = Math.min(part.length - 2, 40); end >= 2; end--) {
    // The names namesAnOffice takes end as a unit's name does (UNITS_LAST): a cheap test before it.
    if (!each && !UNITS_LAST.test(part[end - 1] as string)) continue;
    const units = part.slice(0, end);
    if (plausibleUnits(units) && namesAnOffice(units)) return units;
  }
  return null;
}


/** A key naming a kind of body (共建单位：, 督促落实部门：), at the clause's start or after a separator. */
const BODY_KEY = new RegExp(`(?:^|[;,\\s])\\s*([\\u4e00-\\u9fff]{1,6}${ROLE_BODY}):`, 'g');

/**
 * The keys of a clause shaped as role labels (a word and the kind of body, then a colon) that no
 * role reads: their units are in no role, so they are reported rather than lost.
 */
function unreadLabels(text: string, match: string): string[] {
  // Most clauses have no colon, or one per label read.
  if (!match.includes(':')) return [];
  const read = new Set(labelStarts(match));
  const out: string[] = [];
  BODY_KEY.lastIndex = 0;
  for (let m = BODY_KEY.exec(match); m; m = BODY_KEY.exec(match)) {
    const at = m.index + m[0].indexOf(m[1] as string);
    if (!read.has(at)) out.push(text.slice(at, at + (m[1] as string).length));
  }
  return out;
}

/**
 * A note after a labelled list, set off by ； or ， rather than a full stop, that says the units of the
 * items after (以下均需各市州人民政府落实, 以下各项均由A负责) or that they are not listed again (不再列出,
 * 不再一一列出, 下同): what follows it is no unit either.
 */
const LIST_NOTE = /[;,]\s*(?:(?:以下|以上)(?:各项|任务|工作|各条)?(?:均|都|全部|统一)?(?:需|须|由|为|是)|不再(?:一一|逐一|另行)?列(?:出|明|举))/;

/**
 * A clause of more than one sentence: （A、B按职责分工负责，各区政府落实。以下均需各区政府落实，不再列出）.
 * The first sentence is the clause; a later one adds its units when it reads as a clause too
 * (（责任单位：A。B、C配合）), and is otherwise a note about it (one opening as a gloss does, 其中…,
 * 以下…, is one always), kept in the clause's text and not read for units. A first sentence that
 * reads as no clause leaves the whole to be read as one.
 */
function bySentence(text: string, match: string, parse: (text: string, match: string) => UnitRole[] | null): UnitRole[] | null {
  const stop = match.indexOf('。');
  // 责任单位：A、B、C。其中A为牵头单位: a last sentence naming the lead among the units is read with them.
  if (stop < 0 || match.slice(stop + 1).trim().length === 0 || remarkAfter(match.slice(stop + 1))) return parse(text, match);
  const ends: number[] = [];
  for (let at = stop; at >= 0; at = match.indexOf('。', at + 1)) ends.push(at);
  ends.push(match.length);
  const first = parse(text.slice(0, ends[0]), match.slice(0, ends[0]));
  if (!first || first.length === 0) return parse(text, match);
  const roles = [...first];
  for (let k = 1; k < ends.length; k++) {
    const from = (ends[k - 1] as number) + 1;
    const to = ends[k] as number;
    const sentence = match.slice(from, to).trim();
    // 其中A牵头, 以下均需…: a remark on the units named, never more of them.
    if (sentence.length === 0 || GLOSS_START.test(sentence)) continue;
    const more = parse(text.slice(from, to), match.slice(from, to));
    if (more && more.every((r) => r.units.length > 0)) roles.push(...more);
  }
  return roles;
}

/**
 * Notes inside a clause about how to read it (排在第一位的为牵头单位, 下同): not units. The
 * statement that the first unit leads is also found document-wide (statesFirstIsLead).
 */
/**
 * Where the first unit stands, as the notes word it: 排在第一位, 列第一位, 排名第一(位), 排名首位,
 * 位列第一, 居首位, or the first one outright (第一个单位, 首位单位, 首个).
 */
const FIRST_PLACE = '(?:(?:列|排|位列|位居|居)(?:在|于)?|排名(?:在)?)(?:第一位|第一个|第一名|第一|首位)|第一个|首个|首位';
/**
 * That unit leads: 为牵头单位, 是主责单位, or the verb after a word for it (排名第一的单位牵头). The
 * list it speaks of may be named first (责任单位中…, 各项措施中…).
 */
// 责任单位中…, 表中责任单位…, 表中…: where the list stands and whose it is, before the place in it.
const FIRST_IS_LEAD = `(?:[\\u4e00-\\u9fff]{1,8}?中)?(?:[\\u4e00-\\u9fff]{0,4}?(?:单位|部门|机构))?(?:${FIRST_PLACE})的?(?:(?:者|单位|部门|机构)?(?:为|是)|(?:者|单位|部门|机构))(?:牵头|主责|主办)(?:单位|部门|机构)?(?:负责)?`;
/** What the note may add of the others: 其余为配合单位, 其他单位为参与单位. */
const OTHERS_TAKE_PART = '[,;]\\s*(?:其余|其他|其它)的?(?:单位|部门)?(?:为|是)(?:配合|参与|协办|协助|责任)(?:单位|部门)?';
// After a separator, or in brackets of its own after the last name (A、B（第一个单位为牵头单位）, also
// with 下同 inside them: （列第一位者为牵头单位，下同）).
const CLAUSE_NOTE = new RegExp(
  `(?:[,;]?\\s*(?:${FIRST_IS_LEAD}(?:${OTHERS_TAKE_PART})?|(?:以)?下同)|\\s*\\(\\s*${FIRST_IS_LEAD}(?:${OTHERS_TAKE_PART})?(?:[,;]\\s*(?:以)?下同)?\\s*\\))(?=\\s*(?:[,;。.]|$))`,
  'g',
);

const NOTE_ALONE = new RegExp(`^\\s*(?:${FIRST_IS_LEAD}(?:${OTHERS_TAKE_PART})?(?:[,;]\\s*(?:以)?下同)?|(?:以)?下同)\\s*$`);

/**
 * Whether a bracket's inside (folded) is only a note on how to read the clause before it
 * (列第一位者为牵头单位，下同; 下同): no clause of its own, and no unit.
 */
export function isClauseNote(inside: string): boolean {
  return inside.includes('同') || mayStateFirstIsLead(inside) ? NOTE_ALONE.test(inside) : false;
}

/**
 * Every wording of FIRST_IS_LEAD names the first place (第一, 首位, 首个) and says who leads by one of
 * these words: a test that spares most texts the pattern (every clause says 牵头).
 */
const mayStateFirstIsLead = (match: string): boolean =>
  (match.includes('第一') || match.includes('首')) && (match.includes('牵头') || match.includes('主责') || match.includes('主办'));

function withoutNotes(clauseText: string, clauseMatch: string): { text: string; match: string } {
  // Most clauses have no note: substring tests spare them the patterns.
  const { text, match } = clauseMatch.includes('(') ? cutAll(clauseText, clauseMatch, DUTY_NOTE_MID_LIST) : { text: clauseText, match: clauseMatch };
  if (!match.includes('下同') && !mayStateFirstIsLead(match)) return { text, match };
  return cutAll(text, match, CLAUSE_NOTE);
}

/** The text and its matching copy without what `pattern` (global) finds in the copy. */
function cutAll(text: string, match: string, pattern: RegExp): { text: string; match: string } {
  pattern.lastIndex = 0;
  if (!pattern.test(match)) return { text, match };
  let outText = '';
  let outMatch = '';
  let at = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(match); m; m = pattern.exec(match)) {
    outText += text.slice(at, m.index);
    outMatch += match.slice(at, m.index);
    at = m.index + m[0].length;
  }
  return { text: outText + text.slice(at), match: outMatch + match.slice(at) };
}

function withoutDeadline(clauseText: string, clauseMatch: string): { text: string; match: string; deadline: string | null } {
  const { text, match } = withoutNotes(clauseText, clauseMatch);
  const found = findDeadline(text, match);
  if (!found) return { text, match, deadline: null };
  const cut = (s: string): string => s.slice(0, found.from) + s.slice(found.to);
  return { text: cut(text), match: cut(match), deadline: found.text };
}

function withDeadline(clause: ParsedClause, deadline: string | null): ParsedClause {
  return deadline ? { ...clause, deadline } : clause;
}

interface LabelHit {
  label: string;
  role: Role;
  from: number;
  valueFrom: number;
  /** Read without its colon (LABEL_LOOSE). */
  loose?: true;
}

/** The role labels of a clause, with their colon or (LABEL_LOOSE) without it, in order. */
function labelHits(text: string, match: string): LabelHit[] {
  const hits: LabelHit[] = [];
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(match); m; m = LABEL_AT.exec(match)) {
    const hit = labelHit(match, m, true);
    if (hit) hits.push({ label: text.slice(hit.at, hit.at + hit.length), role: hit.role, from: hit.from, valueFrom: m.index + m[0].length });
  }
  if (!ROLE_BODY_AT.test(match)) return hits;
  const loose: LabelHit[] = [];
  LABEL_LOOSE.lastIndex = 0;
  for (let m = LABEL_LOOSE.exec(match); m; m = LABEL_LOOSE.exec(match)) {
    // 其他配合单位区财政局: a qualifier the genre writes before a role word is the label's (see qualifierBefore).
    const qualifier = m[1] as string;
    const base = qualifier === '' || isKnownQualifier(qualifier) ? roleOf(m[2] as string) : null;
    const length = qualifier.length + (m[2] as string).length;
    if (base && !hits.some((h) => h.from <= m!.index && m!.index < h.valueFrom)) loose.push({ label: text.slice(m.index, m.index + length), role: qualifiedRole(base, qualifier), from: m.index, valueFrom: m.index + m[0].length, loose: true });
  }
  if (loose.length === 0) return hits;
  const all = [...hits, ...loose].sort((a, b) => a.from - b.from);
  // A loose label is one only when a unit's name follows it (相关单位按职责分工负责 is a sentence).
  return all.filter((h, k) => !h.loose || looseLabelTakes(match.slice(h.valueFrom, all[k + 1]?.from ?? match.length)));
}

/** Whether the value after a label read without its colon opens with a unit's name (区经信局 of 区经信局、区投促局). */
function looseLabelTakes(value: string): boolean {
  const first = value.trim().split(/[、,;\s]/, 1)[0] as string;
  // 责任单位中加粗的为牵头单位: a note on reading the list, no unit.
  return plausibleUnits(first) && !first.includes('的') && !ROLE_NOTE.test(first);
}

function parseLabelled(text: string, match: string): UnitRole[] | null {
  const hits = labelHits(text, match);
  if (hits.length === 0) return null;
  // The clause must start with a label (maybe after a space, or after other keyed parts such as
  // 责任领导：…；), or with the verbal part of the unit that leads (区科技局牵头；配合单位：B);
  // otherwise it is prose that mentions one.
  const opening = KEYED_OPENING.test(match.slice(0, hits[0]!.from)) ? [] : verbalOpening(text, match.slice(0, hits[0]!.from));
  if (!opening) return null;
  const roles: UnitRole[] = [...opening];
  hits.forEach((hit, k) => {
    const to = k + 1 < hits.length ? hits[k + 1]!.from : text.length;
    let value = text.slice(hit.valueFrom, to);
    // Other keyed parts of the clause (适用范围:…) end the unit list.
    const other = /(?:[;,]|\s)\s*[\u4e00-\u9fff]{2,6}:|【[\u4e00-\u9fff]{2,6}】/.exec(match.slice(hit.valueFrom, to));
    if (other) value = value.slice(0, other.index);
    // A sentence after the units (…，各区县政府。以下均需各区县政府落实) is a note, not more units.
    // A remark naming the lead after it (…、各街道。其中区城管局为牵头单位) is read with the list below.
    const sentenceEnd = match.slice(hit.valueFrom, hit.valueFrom + value.length).indexOf('。');
    if (sentenceEnd >= 0 && !remarkAfter(match.slice(hit.valueFrom + sentenceEnd + 1, hit.valueFrom + value.length))) value = value.slice(0, sentenceEnd);
    // So is such a note after a ； or ， (…，各市州人民政府；以下均需各市州人民政府落实，不再列出): no units.
    const note = value.includes('以') || value.includes('不再') ? LIST_NOTE.exec(match.slice(hit.valueFrom, hit.valueFrom + value.length)) : null;
    if (note) value = value.slice(0, note.index);
    // 牵头部门：A／配合部门：B: a slash may part the labelled lists, as a separator does.
    value = value.replace(/[;；,，/／\s]+$/, '');
    // …，配合：B，抓紧推进: words closing the clause are no unit of its last list (they stay in its text).
    if (k === hits.length - 1) value = value.slice(0, unitsBeforeWords(match.slice(hit.valueFrom, hit.valueFrom + value.length)));
    // 责任单位：A、B，按职责分工负责 / A、B等按职责分工负责: the verb after the list adds nothing.
    const listed = match.slice(hit.valueFrom, hit.valueFrom + value.length);
    const duty = DUTY_TAIL.exec(listed);
    if (duty && duty.index > 0) value = value.slice(0, duty.index);
    else {
      // A list with a remark after a separator (…，各相关部门按职责分工负责) is SHARED_TAIL's below.
      const attached = DUTY_ATTACHED.exec(listed);
      if (attached) value = value.slice(0, listed.length - (attached[1] as string).length);
    }
    // 牵头单位：A、B，其中A负总责: among the units listed, the one the remark names leads.
    const overall = overallLead(value, match.slice(hit.valueFrom, hit.valueFrom + value.length), hit.role);
    let overallRole: UnitRole | null = null;
    if (overall) {
      if (hit.role !== 'lead') overallRole = { role: 'lead', label: overall.label, units: overall.units };
      value = value.slice(0, overall.from);
    }
    const valueMatch = match.slice(hit.valueFrom, hit.valueFrom + value.length);
    // 责任单位：A牵头，B配合 — the value says itself who leads.
    // Tested in the folded copy: 責任單位：區農業農村局牽頭 says 牵头 as well.
    const verbal = /牵头|主责|主抓|配合|参与|协助|协同|支持|保障|实施/.test(valueMatch) ? parseVerbal(value, valueMatch) : null;
    // 责任单位：A，各相关部门按职责分工负责 — the units named first are the label's; the rest take part.
    const tail = SHARED_TAIL.exec(valueMatch);
    // 牵头单位：A，B配合: the units before the verb take part.
    const support = SUPPORT_TAIL.exec(valueMatch);
    // 牵头单位：A，各街道均为责任单位: the units after are named to their role.
    const named = namedTail(value, valueMatch);
    if (verbal && verbal.some((r) => r.role === 'lead')) append(roles, verbal);
    else if (support && support.index > 0 && plausibleUnits(support[2] as string)) {
      const unitsFrom = support.index + 1 + (support[1] as string).length;
      const verbFrom = unitsFrom + (support[2] as string).length + (support[3]?.length ?? 0);
      roles.push({ role: hit.role, label: hit.label, units: splitUnits(value.slice(0, support.index)) });
      roles.push({ role: 'participant', label: roleLabelAt(value, verbFrom, support[4] as string), units: splitUnits(value.slice(unitsFrom, unitsFrom + (support[2] as string).length)) });
    } else if (named) {
      roles.push({ role: hit.role, label: hit.label, units: splitUnits(value.slice(0, named.from)) }, named.role);
    } else if (tail && plausibleUnits(tail[1] as string) && plausibleUnits(tail[2] as string)) {
      const from = valueMatch.indexOf(tail[2] as string, (tail[1] as string).length);
      roles.push({ role: hit.role, label: hit.label, units: splitUnits(value.slice(0, (tail[1] as string).length)) });
      // The label as written (按職責分工負責 stays so), cut from the value where the copy has it.
      const verbAt = valueMatch.lastIndexOf(tail[3] as string);
      roles.push({ role: 'participant', label: value.slice(verbAt, verbAt + (tail[3] as string).length), units: splitUnits(value.slice(from, from + (tail[2] as string).length)) });
    } else {
      const after = hit.role === 'lead' && !hits.some((h) => h.role !== 'lead') ? unlabelledAfterLead(valueMatch) : -1;
      if (after < 0) roles.push({ role: hit.role, label: hit.label, units: splitUnits(value) });
      else {
        roles.push({ role: hit.role, label: hit.label, units: splitUnits(value.slice(0, after)) });
        roles.push({ role: 'participant', label: '', units: splitUnits(value.slice(after + 1)) });
      }
    }
    if (overallRole) roles.push(overallRole);
  });
  return roles;
}

/**
 * Where the ；stands that parts a lead's list from the units taking part, written after it without
 * their label (牵头单位：区委宣传部；区文旅局、区商务局), in a clause that labels no other role; or -1.
 * The ；must be the only one, outside brackets, the list's names otherwise parted by 、 (in 牵头单位：A；B；C
 * or 牵头单位：A；B it may be the list's own separator, and the units all lead), and units after it.
 */
function unlabelledAfterLead(listed: string): number {
  const at = listed.indexOf(';');
  if (at <= 0 || listed.indexOf(';', at + 1) >= 0 || !listed.includes('、') || listed.includes(',')) return -1;
  const before = listed.slice(0, at);
  const after = listed.slice(at + 1);
  // 牵头单位：各县（市；区）…: a ；inside a bracket is a name's.
  if ((before.match(/[(（〔[【]/g) ?? []).length !== (before.match(/[)）〕\]】]/g) ?? []).length) return -1;
  return plausibleUnits(before) && plausibleUnits(after) && namesAnOffice(after) ? at : -1;
}

/**
 * What the words closing a clause say is to be done (抓紧推进, 做好政策宣传, 每年开展一次, 分步实施): a
 * part with one of the genre's verbs of doing, where no name of a body ends.
 */
const BODY_WORD = /[局委办厅署府院]|部门|单位|中心|街道|乡镇|镇街|各[镇乡村区县市]/;
const DOING_WORDS = /推进|开展|实施|完成|落实|做好|抓好|加强|强化|推动|宣传|办理|组织|部署|进行|建立|健全|确保|力争/;

/**
 * How far a labelled list (folded) names units before one or two last parts, after a separator,
 * that say what is to be done instead (区财政局，抓紧推进 gives 区财政局): such a part has no 、 of a
 * list, a verb of doing and no word of a body's name (区建设局, 区组织部 stay units, 天津大学 has no
 * verb, and 各相关部门按职责分工落实 names its units).
 */
function unitsBeforeWords(list: string): number {
  let end = list.length;
  for (let n = 0; n < 2; n++) {
    const cut = Math.max(list.lastIndexOf(',', end - 1), list.lastIndexOf(';', end - 1));
    if (cut <= 0) break;
    const part = list.slice(cut + 1, end).trim();
    if (part.includes('、') || !DOING_WORDS.test(part) || BODY_WORD.test(part)) break;
    end = cut;
  }
  return end;
}

/** Keyed parts other than roles before a clause's first label (责任领导：王某；), or nothing. */
const KEYED_OPENING = /^(?:\s*[\u4e00-\u9fff]{2,6}:[^;,:]*[;,])*\s*$/;

/**
 * The verbal parts that open a labelled clause before its first label, each naming units and their
 * verb and the last ended by a separator: the 区科技局牵头； of （区科技局牵头；配合单位：区教育局）.
 * `head` is the folded text before the label, `text` the clause as written. Null when it is anything else.
 */
function verbalOpening(text: string, head: string): UnitRole[] | null {
  if (!/[;,]\s*$/.test(head)) return null;
  const roles: UnitRole[] = [];
  for (const [a, b] of partsOf(head)) {
    const raw = head.slice(a, b);
    if (raw.trim().length === 0) continue;
    const verbal = verbalPart(text, raw.trim(), a + raw.length - raw.trimStart().length);
    if (!verbal) return null;
    roles.push(verbal);
  }
  return roles.length > 0 ? roles : null;
}

/** Whether a part of a sentence names units and their verb (区科技局牵头), as a labelled clause may open with it. */
export function isVerbalPart(match: string): boolean {
  const part = match.trim();
  return part.length > 0 && verbalPart(part, part, 0) !== null;
}

// `A牵头,B、C按职责分工负责` / `A、B负责` / `A牵头负责` / `A会同B负责`.
/**
 * What the sharing of work goes by, before its verb: 按职责分工, 按照职能, 依职责分工, 依据职责分工,
 * 根据各自职责.
 */
const DUTY_BASIS = '(?:按照?|依照?|依据|根据)(?:各自)?(?:的)?职(?:责|能)(?:分工)?';
/**
 * The duty of the place a unit answers for (the streets and towns of a district): 按属地负责,
 * 按属地管理原则负责, 属地负责, 落实属地责任, 负责属地管理. Shares the work out as 按职责分工负责 does.
 */
const BY_PLACE = '(?:(?:按照?|依照?|根据)?属地(?:管理)?(?:原则|职责|责任)?(?:分别负责|负责落实|抓好落实|负责|落实)|(?:落实|履行|压实)属地(?:管理)?(?:责任|职责)|负责属地(?:管理|监管))';
/** Duty verbs naming the sharing of work: 按职责分工负责, 按照职责分工落实, 依职责分工负责, 按职责抓好落实 … */
const BY_DUTY = `(?:${DUTY_BASIS}(?:分别负责|负责落实|抓好落实|负责|落实)|${BY_PLACE})`;
/** The verbs by which the units listed before them share the work, naming none: 按职责分工负责, 共同负责. */
export const SHARED_DUTY_VERB = `(?:${BY_DUTY}|分工负责|共同负责|负责落实)`;

/**
 * The verbs by which a part of a verbal clause makes its units lead: 牵头, 牵头抓总, 牵头实施, 牵头指导,
 * 主责, 主抓, 负总责 (A负总责，B配合: the unit in overall charge); several units leading together
 * (共同牵头, 分别牵头, 联合牵头, and 均牵头, 都牵头: each of them leads) or each by its duties (按职责分工牵头负责).
 */
const LEAD_VERBS = `(?:共同|分别|联合|均|都|${DUTY_BASIS})?牵头${DUTY_AFTER_ROLE}?|主责|主抓|主办|负总责|统筹(?:推进|协调|实施|落实)?`;
const LEAD_VERB = new RegExp(`^(?:${LEAD_VERBS})$`);

/**
 * What a unit that guides or oversees the work is said to do: 指导, 督导, 负责业务指导, 负责督促指导,
 * 负责督促, 监督检查.
 * Such a unit takes part, wherever it is named (县农业农村局指导，各镇街负责: the towns lead).
 */
// A bare 监督 ends many a sentence (对交易活动实施监督): only 负责监督 names a unit's part.
const GUIDE_VERBS = `(?:(?:负责|做好)?(?:${GUIDE_WORD}|督促)|负责监督)(?:检查|落实)?`;
const GUIDE_VERB = new RegExp(`^(?:${GUIDE_VERBS})$`);

/** How a unit is said to help, spoken-style: 做好配合, 密切配合, 全力配合, 主动配合. */
const HELP_MANNER = '做好|密切|全力|主动';

/**
 * The verbs by which a part after the first makes its units take part: 配合, 协助, 具体实施, 共同推进,
 * 分别配合, and a helper's verb with the duty after it (配合实施, 协助推进, 参与实施: labelled by the role's verb),
 * what they provide, 给予经费保障, 做好资金保障, 予以支持, 给予资金支持, 提供技术支撑, and guidance (指导, 督导).
 * A 保障 or 支撑 needs the verb before it (强化要素保障 says what is done, not who helps).
 */
const SUPPORT_VERBS =
  `(?:分别|共同|各自|积极|${HELP_MANNER}|${DUTY_BASIS})?(?:具体)?(?:负责落实|(?:配合|参与|协助|协办|协同)${DUTY_AFTER_ROLE}?|落实|实施)|共同推进|共同落实|抓好落实|(?:给予|做好|提供|予以|负责)[\\u4e00-\\u9fff]{0,4}(?:保障|支持|支撑)|(?:予以|给予)?支持|${GUIDE_VERBS}`;

/**
 * The verbs by which the units named carry the work out themselves, as 负责 says: 负责实施,
 * 负责组织实施, 组织实施, 具体负责 (县水务集团负责实施; 由县水利局组织实施，县林业局配合); and, of a
 * 若干措施's support, paying it out or taking its applications (以上政策由区商务局负责兑现).
 */
const CARRY_OUT = '(?:具体)?负责(?:组织)?(?:实施|兑现|受理)|组织实施|具体负责|承办';

/**
 * The verbs a verbal clause may end with, for a text that has to end with one to be read as a
 * clause; or the role its units are named to (…，B为配合单位).
 */
export const CLAUSE_END_VERB = new RegExp(`(?:${LEAD_VERBS}|${SUPPORT_VERBS}|${CARRY_OUT}|${BY_PLACE}|负责|(?:作为|为)${LABEL_SOURCE})$`);

const VERBAL_LEAD = new RegExp(`^(.+?)(${LEAD_VERBS})(?:[,，;；、]\\s*(.+?))?(${BY_DUTY}|分工负责|分工落实|${SUPPORT_VERBS}|负责落实|${CARRY_OUT}|负责)?[。.]?$`);
// A、B均负责: 均 says each of them is, as the bare verb does; it stays in the label as written.
const VERBAL_ALL = new RegExp(`^(.+?)(?:均)?(?:${BY_DUTY}|分工负责|分工落实|共同负责|分别负责|负责落实|${CARRY_OUT}|负责)(?:[。.;；,，].*)?$`);

/**
 * A duty verb after a labelled list: after a separator or 等 (`…，按职责分工负责`, `…等负责`), in
 * brackets (`…区人社局（按职责分工负责）`), or right after the last name when it can only be the
 * verb (`…市能源局按职责分工负责`; a bare 负责 or 落实 there may be part of a name's sentence).
 */
const DUTY_TAIL = new RegExp(
  `(?:(?:等[,;]?|[,;])\\s*(?:${BY_DUTY}|分工负责|共同负责|负责落实|负责|落实)|等?\\s*\\(\\s*(?:${BY_DUTY}|分工负责|共同负责|负责落实|负责|落实)\\s*\\))[。.]?$`,
);
/**
 * The same verb in brackets after a name inside the list (A（按职责分工负责）、B): a note on how A
 * works, no part of its name. After the last name it is DUTY_TAIL's.
 */
const DUTY_NOTE_MID_LIST = new RegExp(`\\s*\\(\\s*(?:${BY_DUTY}|分工负责|共同负责|负责落实|负责|落实)\\s*\\)(?=\\s*[、,;])`, 'g');
/** The verb right after the last name of a plain list (no separator in it; see DUTY_TAIL). */
const DUTY_ATTACHED = new RegExp(`^[^,;]+?(等?(?:${BY_DUTY}|分工负责|共同负责)[。.]?)$`);
/** Units after a labelled list that the verb after them makes participants: `…，B、C配合`. */
const SUPPORT_TAIL = new RegExp(`[,;](\\s*)([^,;]+?)(等)?(${SUPPORT_VERBS})([。.]?)$`);

/**
 * A remark after a labelled list naming the unit with overall charge: `A、B，其中A负总责`, or, without
 * 其中, naming again one or more units of the list to lead (`A、B、C，A牵头`, `A、B、C，A、B牵头`,
 * `A、B，由A牵头`), or naming its role (`其中A为牵头单位`, `A是牵头部门`, `A作为主责单位`). It may stand
 * after the list's full stop as a sentence of its own (`A、B、C。其中A为牵头单位`).
 */
const OVERALL_REMARK = '\\s*(其中)?\\s*(?:由)?([^,;。]+?)(负总责|牵头负责|牵头|(?:为|是|作为)(?:牵头|主责)(?:单位|部门))[。.]?$';
const OVERALL_TAIL = new RegExp(`[,;。]${OVERALL_REMARK}`);
/**
 * Whether a text after a list's full stop is only such a remark opening with 其中 (其中A为牵头单位),
 * which bySentence would otherwise take for a gloss and leave unread. Without 其中, a later sentence
 * naming the lead (A牵头) reads as a clause of its own, whose lead then leads among the list.
 */
const OVERALL_SENTENCE = new RegExp(`^\\s*(?=其中)${OVERALL_REMARK}`);
const remarkAfter = (rest: string): boolean => rest.includes('其中') && OVERALL_SENTENCE.test(rest);
/** The verb of OVERALL_TAIL that names the role (为牵头单位): the label is the role's name. */
const ROLE_NAMED = /^(?:为|為|是|作为|作為)/;

/**
 * The remark of OVERALL_TAIL after a labelled list (`value` as written, `listed` its folded copy):
 * where it starts, the units it names to lead and its verb as written. Without 其中 or a role named
 * (C为牵头单位) the remark must name only units of the list before it (责任单位：A、B，C牵头 names
 * another unit, read as a verbal clause), and a list of units taking part is never so singled out.
 */
function overallLead(value: string, listed: string, role: Role): { from: number; units: string[]; label: string } | null {
  // Every such remark ends with one of its verbs: most lists have none.
  if (!listed.includes('牵头') && !listed.includes('负总责') && !listed.includes('主责')) return null;
  const m = OVERALL_TAIL.exec(listed);
  if (!m || !plausibleUnits(m[2] as string)) return null;
  const unitsAt = m.index + m[0].lastIndexOf(m[2] as string, m[0].length - (m[3] as string).length);
  const verbAt = unitsAt + (m[2] as string).length;
  const units = splitUnits(value.slice(unitsAt, verbAt));
  // A remark naming the role outright (C为牵头单位) says who leads whether or not the list names C.
  if (!m[1] && !ROLE_NAMED.test(m[3] as string)) {
    if (role === 'participant') return null;
    const before = splitUnits(value.slice(0, m.index));
    if (!units.every((u) => before.includes(u))) return null;
  }
  const label = roleLabelAt(value, verbAt, m[3] as string);
  return { from: m.index, units, label: label.replace(ROLE_NAMED, '') };
}

/**
 * The last part of a labelled value naming its units' role after them (牵头单位：A，各街道均为责任单位):
 * where its separator stands and the role it gives, read as parseNamedAs reads such a part; or null.
 */
function namedTail(value: string, listed: string): { from: number; role: UnitRole } | null {
  if (!/[为是]/.test(listed)) return null;
  const cut = Math.max(listed.lastIndexOf(','), listed.lastIndexOf(';'));
  if (cut <= 0) return null;
  const raw = listed.slice(cut + 1);
  const at = cut + 1 + (raw.length - raw.trimStart().length);
  const m = NAMED_AS.exec(raw.trim());
  const role = m ? roleOf(m[2] as string) : null;
  if (!m || !role || !plausibleUnits(m[1] as string) || !plausibleUnits(listed.slice(0, cut))) return null;
  const labelAt = at + m[0].lastIndexOf(m[2] as string);
  return { from: cut, role: { role, label: value.slice(labelAt, labelAt + (m[2] as string).length), units: splitUnits(value.slice(at, at + (m[1] as string).length)) } };
}

/** The last part of a labelled value that shares the work out: `…，各相关部门按(照)职责分工负责`. */
const SHARED_TAIL = new RegExp(`^(.+?)[,;]\\s*([^,;]+?)(${BY_DUTY}|分工负责|分工落实|共同负责)[。.]?$`);

// `A负责,B配合` / `A、B共同负责,C配合` / `A负责,B参与`: the units that are responsible lead, the others take part.
// So do the units after that share the work by their duties or their place (A负责，各街道按属地负责), as after 牵头.
const VERBAL_SUPPORTED = new RegExp(`^(.+?)(?:${BY_DUTY}|${CARRY_OUT}|(?:共同|分别)?负责)[,，;；]\\s*(.+?)(${SUPPORT_VERBS}|${BY_DUTY}|分工负责|分工落实)[。.]?$`);

/** The verb that ends one part of a verbal clause: who leads (牵头, 负责) or takes part (配合, 参与 …). */
const PART_VERB = new RegExp(`(${LEAD_VERBS}|${BY_DUTY}|${SUPPORT_VERBS}|${CARRY_OUT}|(?:共同|分别)负责|(?:具体)?负责(?:具体(?:实施|落实))?)[。.]?$`);

/** The verbs of a part that only helps (配合, 分别协助, 予以支持, 做好经费保障): such units never lead. */
const HELPER_VERB = new RegExp(`^(?:分别|共同|各自|积极|${HELP_MANNER})?(?:具体)?(?:配合|协助|协办|协同|参与)|(?:支持|保障|支撑)$`);

/**
 * A verbal clause of three parts or more, each naming units and what they do:
 * `A牵头，B、C参与，各街道配合`. The first part leads; the others take part unless they say 牵头.
 * A part that guides (指导, 督导, 负责督促指导) takes part wherever it stands, so that after a guiding
 * part written first the next part leads: `A指导，B负责`, `A负责督促指导，B负责具体实施` (two parts
 * are read so only then). A part that only helps (配合, 协助) never leads: with none but guiding and
 * helping parts, the guiding units lead (`A负责督促，B配合`).
 */
function parseVerbalParts(text: string, match: string): UnitRole[] | null {
  const parts = partsOf(match);
  if (parts.length < 2) return null;
  const read: Array<{ at: number; units: string; verb: string; verbAt: number; own?: UnitRole }> = [];
  // Where a list of offices without a verb started (see isBareOffices), or -1.
  let listedFrom = -1;
  for (const [a, b] of parts) {
    const raw = match.slice(a, b);
    const part = raw.trim();
    const at = a + (raw.length - raw.trimStart().length);
    const verb = PART_VERB.exec(part);
    const units = verb ? part.slice(0, verb.index).replace(/等$/, '') : '';
    if (!verb || !plausibleUnits(units)) {
      // A牵头，B、C，D配合: a list of offices with no verb after a part read goes on past its comma into
      // the next part's, whose verb is theirs too (the comma typed for a 、).
      if (read.length > 0 && listedFrom < 0 && b < match.length && isBareOffices(part)) {
        listedFrom = at;
        continue;
      }
      // A牵头，B落实资金，C配合: a part after the first may say what its units do in words of their own.
      const own = listedFrom < 0 && read.length > 0 ? ownWordsPart(text, part.replace(/[。.]$/, ''), at) : null;
      if (!own) return null;
      read.push({ at, units: '', verb: own.label, verbAt: -1, own });
      continue;
    }
    const from = listedFrom < 0 ? at : listedFrom;
    listedFrom = -1;
    read.push({ at: from, units: match.slice(from, at) + units, verb: verb[1] as string, verbAt: at + verb.index });
  }
  if (listedFrom >= 0) return null;
  // Units doing the work in words of their own take part, as those that help do.
  const helps = (r: (typeof read)[number]): boolean => r.own !== undefined || HELPER_VERB.test(r.verb);
  const guides = read.map((r) => r.own === undefined && GUIDE_VERB.test(r.verb));
  // Two parts are read here only after a guiding part, or as two parts each 负责 (A负责，B负责; A负责，B负责实施):
  // the unit named first leads and the later one takes part, as after 牵头. The other pairs are the patterns'.
  if (read.length === 2 && !guides[0] && !read.every((r) => r.own === undefined && respondsOnly(r.verb))) return null;
  const anyGuide = guides.includes(true);
  const first = anyGuide ? read.findIndex((r, k) => !guides[k] && !helps(r)) : 0;
  return read.map((r, k) => {
    if (r.own) return r.own;
    const leads = first < 0 ? guides[k] : !guides[k] && (k === first || LEAD_VERB.test(r.verb));
    return { role: leads ? 'lead' : 'participant', label: roleLabelAt(text, r.verbAt, r.verb), units: splitUnits(text.slice(r.at, r.at + r.units.length)) };
  });
}

/** A verb by which a part's units answer for the work, neither leading by it, guiding nor helping (负责, 负责实施, 按职责分工负责). */
function respondsOnly(verb: string): boolean {
  return !LEAD_VERB.test(verb) && !GUIDE_VERB.test(verb) && !HELPER_VERB.test(verb);
}

/**
 * A part that is only a list of offices, each name ending as an office's, an institution's or a
 * level's set of places does (区科技局、区财政局, 各街道): no words of a duty (区审计局监督 ends as
 * no office), so that after a lead it can only be the start of the next part's list.
 */
function isBareOffices(part: string): boolean {
  return plausibleUnits(part) && splitUnits(part).every((u) => u.startsWith('各') || OFFICE_END.test(withoutSecondName(u)) || SECTION_END.test(withoutSecondName(u)) || INSTITUTION_END.test(withoutSecondName(u)));
}

/** An office's own sections and stations (区政府办公室, 督查室, 人事科, 林业站, 派出所, 卫生院), offices too in a list. */
const SECTION_END = /(?:室|处|科|股|站|所|队|院|馆)$/;

/**
 * Whether a bracket's inside (folded) is written as a verbal clause, though perhaps not read as one:
 * its first part names units and what they do (省住房城乡建设厅牵头，…) and it ends with a clause's
 * verb (…配合, …负责, maybe before a deadline). Such a bracket that no clause takes in is reported.
 */
export function looksVerbal(inside: string): boolean {
  const body = inside.trim().replace(/[。.]$/, '');
  if (body.length < 4 || body.length > 120 || body.includes(':')) return false;
  const cut = body.search(/[,;]/);
  const first = cut < 0 ? body : body.slice(0, cut);
  if (!namesUnitsThenVerb(first) && !namesUnknownUnitsThenVerb(first) && !(cut > 0 && opensWithOffices(first) && partsOf(body).slice(1).some(([a, b]) => namesUnitsThenVerb(body.slice(a, b).trim())))) return false;
  const due = findDeadline(body, body);
  const rest = (due && due.to === body.length && due.from > 0 ? body.slice(0, due.from) : body).replace(/[\s,;。.]+$/, '');
  return endsAsVerbalClause(rest);
}

/**
 * Whether a text (folded, without its deadline) ends as a verbal clause does: with a clause's verb,
 * or with parts giving units a duty in words of their own after one that does (…，各街道做好政策宣传,
 * …，区审计局监督).
 */
export function endsAsVerbalClause(rest: string): boolean {
  if (CLAUSE_END_VERB.test(rest)) return true;
  const duty = dutyTail(rest, rest);
  return duty !== null && CLAUSE_END_VERB.test(rest.slice(0, duty.from).replace(/[\s,;]+$/, ''));
}

/**
 * A name as the genre writes one whose ending the reader does not know (县融媒网, 旗某某网): a level
 * (省, 市, 县, 旗 …) or 各 and then a few characters, no words of a sentence (县里统一, 各方积极).
 */
const NAME_SHAPED = /^(?:[省市州盟县区旗镇乡]|各)[\u4e00-\u9fff]{2,18}(?:[(（][^()（）]{1,12}[)）])?$/;
const NOT_A_NAME = /[的了地得之其]|积极|全力|主动|密切|广泛|统一|共同|分别|各自|做好|加强|级|里|内|上下|全|[要应须需将]$/;

/**
 * A part that names units in the shape of names, and then a clause's verb (县委宣传部、县融媒网配合,
 * 旗某某网牵头), though one name at least ends as the reader knows no body's does: the part is a
 * clause's, its units unread, which the caller reports rather than lose them.
 */
function namesUnknownUnitsThenVerb(part: string): boolean {
  const verb = PART_VERB.exec(part);
  if (!verb || verb.index < 3) return false;
  const units = part.slice(0, verb.index).replace(/等$/, '');
  if (units.length > 60 || /[。:]/.test(units) || PROSE_WORD.test(units)) return false;
  const names = splitUnits(units);
  const unknown = names.filter((n) => !plausibleUnits(n));
  return unknown.length > 0 && unknown.every((n) => NAME_SHAPED.test(n) && !NOT_A_NAME.test(n));
}

/** A part that names offices and then what they do as a clause's verb: 县发展改革局配合, 各街道负责. */
function namesUnitsThenVerb(part: string): boolean {
  const verb = PART_VERB.exec(part);
  const units = verb ? part.slice(0, verb.index).replace(/等$/, '') : '';
  return plausibleUnits(units) && namesAnOffice(units);
}

/**
 * A first part that names offices and then a verb of a few characters the reader does not know
 * (县教育局统揽推进，…): with a later part written as a clause's, the bracket is one, read or not.
 */
function opensWithOffices(part: string): boolean {
  for (let k = 1; k <= 4 && k < part.length - 1; k++) {
    const units = part.slice(0, part.length - k);
    if (plausibleUnits(units) && namesAnOffice(units)) return true;
  }
  return false;
}

/** Where the parts of a clause separated by , or ; start and end, in its folded text. */
function partsOf(match: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= match.length; i++) {
    if (i === match.length || /[,;]/.test(match[i] as string)) {
      if (i > from) parts.push([from, i]);
      from = i + 1;
    }
  }
  return parts;
}

/**
 * A part of a clause that names its units' role after them: `A为牵头单位`, `B、C作为配合单位`. Not
 * a sentence that assigns the role (确定A为牵头单位, 以A为牵头单位): its first word is no unit's.
 * An adverb may say that the role is each unit's (`A、B均为责任单位`, `A都是…`, `A同时为…`): it is no
 * part of the last name.
 */
const ALL_ADVERB = '(?:均|都|皆|也|亦|同时|同時)?';
const NAMED_AS = new RegExp(`^(?!确定|明确|指定|以)(.+?)${ALL_ADVERB}(?:作为|为|是)(${LABEL_SOURCE})[。.]?$`);
/** A part that names the role first and then its units: `牵头单位为A`, `配合单位为B、C`. */
const ROLE_IS = new RegExp(`^(${LABEL_SOURCE})为(.+?)[。.]?$`);

/** Whether a clause opens with a role and then its units (牵头单位为A，…): what else tells it is one, it may lack a verb. */
export function opensWithRoleIs(match: string): boolean {
  return match.includes('为') && ROLE_IS.test(match.trimStart().split(/[,;]/, 1)[0] as string);
}

/**
 * Units described, not named, as a note on reading the lists says which lead (责任单位中标★的单位为牵头单位,
 * 各项目中第一个单位为牵头单位): no unit is called …的单位, nor is named as one of a list (…单位中).
 */
const DESCRIBED_UNITS = /(?:的|者)(?:单位|部门|机构)?$|(?:单位|部门|机构)中/;

/**
 * A clause whose parts name their units and their role by a label, after them or before them:
 * `区科技局为牵头单位，区财政局、区金融局为配合单位`, `牵头单位为市人社局，配合单位为市财政局`.
 * The label is read as it is before a colon. Beside such a part, a part may name its units by
 * their verb (`牵头单位为A，B、C配合`): a part that leads by its verb leads, one that guides or
 * helps takes part, and one that is responsible (B负责) is so.
 */
function parseNamedAs(text: string, match: string): UnitRole[] | null {
  if (!match.includes('为') && !match.includes('是')) return null;
  const roles: UnitRole[] = [];
  let named = false;
  for (const [a, b] of partsOf(match)) {
    const raw = match.slice(a, b);
    const at = a + (raw.length - raw.trimStart().length);
    const part = raw.trim();
    const after = NAMED_AS.exec(part);
    const afterRole = after ? roleOf(after[2] as string) : null;
    // 排名第一的单位为牵头单位: units described, not named, make no clause.
    if (after && afterRole && DESCRIBED_UNITS.test(after[1] as string)) return null;
    if (after && afterRole && plausibleUnits(after[1] as string)) {
      const label = after[2] as string;
      const labelAt = at + after[0].lastIndexOf(label);
      roles.push({ role: afterRole, label: text.slice(labelAt, labelAt + label.length), units: splitUnits(text.slice(at, at + (after[1] as string).length)) });
      named = true;
      continue;
    }
    const before = ROLE_IS.exec(part);
    const beforeRole = before ? roleOf(before[1] as string) : null;
    if (before && beforeRole && plausibleUnits(before[2] as string)) {
      const label = before[1] as string;
      const unitsAt = at + label.length + 1;
      roles.push({ role: beforeRole, label: text.slice(at, at + label.length), units: splitUnits(text.slice(unitsAt, unitsAt + (before[2] as string).length)) });
      named = true;
      continue;
    }
    const verbal = verbalPart(text, part, at);
    if (!verbal) return null;
    roles.push(verbal);
  }
  return named ? roles : null;
}

/** A part of a clause that names its units and then their verb (B、C配合, A牵头, D负责), or null. */
function verbalPart(text: string, part: string, at: number): UnitRole | null {
  const verb = PART_VERB.exec(part);
  if (!verb) return null;
  const units = part.slice(0, verb.index).replace(/等$/, '');
  if (!plausibleUnits(units)) return null;
  const said = verb[1] as string;
  const role: Role = LEAD_VERB.test(said) ? 'lead' : GUIDE_VERB.test(said) || HELPER_VERB.test(said) ? 'participant' : 'responsible';
  return { role, label: roleLabelAt(text, at + verb.index, said), units: splitUnits(text.slice(at, at + units.length)) };
}

/**
 * A duty given to the units of a later part of a verbal clause in words of its own, not a clause's
 * verb: 各街道做好政策宣传, 区财政局负责资金拨付, 各镇抓好组织发动. Such units take part, the duty their label.
 */
const DUTY_VERB_SOURCE = '(?:要|应)?(?:(?:配合|协助|积极)?做好|抓好|负责|加强|开展|强化|落实好)';
const DUTY_WORDS = new RegExp(`${DUTY_VERB_SOURCE}[\\u4e00-\\u9fff、]{2,12}[。.]?$`);
const DUTY_WHOLE = new RegExp(`^${DUTY_VERB_SOURCE}[\\u4e00-\\u9fff、]{2,12}[。.]?$`);
const DUTY_VERB_AT = new RegExp(DUTY_VERB_SOURCE, 'g');

/** A part naming units and the duty they are given (各街道做好政策宣传), read so only when no clause's verb ends it. */
function dutyPart(text: string, part: string, at: number): UnitRole | null {
  if (!DUTY_WORDS.test(part)) return null;
  // The units end where a duty's verb starts: the last such place after which the rest is a duty
  // and before which a list of offices stands (区委组织部负责… is not 区委 + 组织…).
  const starts: number[] = [];
  DUTY_VERB_AT.lastIndex = 0;
  for (let m = DUTY_VERB_AT.exec(part); m; m = DUTY_VERB_AT.exec(part)) {
    starts.push(m.index);
    DUTY_VERB_AT.lastIndex = m.index + 1;
  }
  for (const k of starts.reverse()) {
    const units = part.slice(0, k).replace(/等$/, '');
    if (k === 0 || !DUTY_WHOLE.test(part.slice(k)) || !plausibleUnits(units) || !namesAnOffice(units)) continue;
    const duty = part.slice(k).replace(/[。.]$/, '');
    return { role: 'participant', label: text.slice(at + k, at + k + duty.length), units: splitUnits(text.slice(at, at + units.length)) };
  }
  return null;
}

/**
 * A part naming helpers and then, after their helper's verb, what they help with
 * (县财政局配合做好就业补贴资金的筹措、拨付和监管等工作, 县财政局协助筹措、拨付资金): the verb right after the
 * units says they take part, whatever the words after it, which may hold their own 、 and 和 (no
 * more units). The units end at the first such verb; the words after it are bounded, so that a
 * sentence run on to a clause stays unread.
 */
const HELPER_DUTY = new RegExp(`^(.+?)((?:分别|共同|积极|${HELP_MANNER})?(?:配合|协助)(?![,;、。.])[^,;:。.]{2,40})[。.]?$`);

function helperDutyPart(text: string, part: string, at: number): UnitRole | null {
  const m = HELPER_DUTY.exec(part);
  if (!m) return null;
  const units = (m[1] as string).replace(/等$/, '');
  if (!plausibleUnits(units) || !namesAnOffice(units)) return null;
  const from = (m[1] as string).length;
  return { role: 'participant', label: text.slice(at + from, at + from + (m[2] as string).length), units: splitUnits(text.slice(at, at + units.length)) };
}

/**
 * What words of a unit's own may open with before a clause's verb (the 协助 of 协助督促, the 加强 of
 * 加强指导): a verb of their own.
 */
const OWN_WORDS_VERB = new RegExp(`^(?:${LEAD_VERBS}|${SUPPORT_VERBS}|${CARRY_OUT}|${DUTY_VERB_SOURCE}|负责|${DOING_WORDS.source})`);

/**
 * Whether words taken for a unit's own end with a clause's verb after words that are no verb (the
 * 党校配合 of 县委党校配合, the 林场配合 of 国有林场配合): the end of a name the reader does not know,
 * cut off from the name, never what its unit does.
 */
function cutsAName(words: string): boolean {
  const verb = PART_VERB.exec(words);
  return verb !== null && verb.index > 0 && !OWN_WORDS_VERB.test(words);
}

/**
 * Words ending as an office's name does (区财政局, or the 法局 of a 区司法局 cut short): a unit's name or
 * a piece of one, never what a unit is given to do, so never a role's label.
 */
const endsAsOffice = (words: string): boolean => OFFICE_END.test(words);

/** What a unit is given to do in words the reader has no verb for (监督, 落实资金, 保障经费): a short phrase. */
const OWN_WORDS = /^(?![的和及与等、])[\u4e00-\u9fff]{2,20}$/;

/**
 * A part after one read as a clause's that names offices and then what they do in a short phrase of
 * their own (（区科技局牵头，区财政局配合，区审计局监督）, （区科技局负责，区财政局落实资金）): the units take
 * part in the work, the phrase their label. The units are the longest list of offices before such a phrase.
 */
function ownWordsPart(text: string, part: string, at: number): UnitRole | null {
  for (let k = 2; k <= 20 && k <= part.length - 2; k++) {
    const units = part.slice(0, part.length - k);
    if (!UNITS_LAST.test(units[units.length - 1] as string) || !OWN_WORDS.test(part.slice(-k)) || cutsAName(part.slice(-k)) || endsAsOffice(part.slice(-k)) || !plausibleUnits(units) || !namesAnOffice(units)) continue;
    const written = units.replace(/等$/, '');
    return { role: 'participant', label: text.slice(at + units.length, at + part.length), units: splitUnits(text.slice(at, at + written.length)) };
  }
  return null;
}

/**
 * The characters a list plausibleUnits takes may end with: the last of each ending of UNIT_END's, and
 * what splitUnits takes off a name's end (等, a bracket, a separator). A cheap test before it.
 */
const UNITS_LAST = /[部委局厅办署院会行室处科股组所站队社馆府司团心位门构关道街镇乡村区县市省州盟旗地面业校园联协学场圃骑宫城金木查等)）〕、]/;

/**
 * The last characters of the verbs a clause's part ends with (牵头, 负责, 配合, 参与, 落实, 支持, 保障, 指导,
 * 督促, 检查 …): a clause that ends with none of them may end in units' own words (see ownWordsPart).
 */
const VERB_FINAL = /[头責责合与與助同实實施持障导導促查总總抓筹籌调調进進织織办辦理]$/;

/**
 * The parts that end a verbal clause giving their units a duty in words of its own
 * (（区税务局牵头，区科技局配合，各街道做好政策宣传）): where they start (their separator) and their roles.
 * Only after a part read as a clause's; null when the last part ends with a clause's verb.
 */
function dutyTail(text: string, match: string): { from: number; roles: UnitRole[] } | null {
  // Most clauses end with their verb: the cheap tests spare them the parts.
  const body = match.replace(/[\s。.]+$/, '');
  const ownWords = /[,;]/.test(body) && (!VERB_FINAL.test(body) || !lastPartVerbal(text, body));
  if (!ownWords && !DUTY_WORDS.test(match)) return null;
  const tailPart = (a: number, b: number): UnitRole | null => {
    const raw = match.slice(a, b);
    const part = raw.trim();
    const at = a + (raw.length - raw.trimStart().length);
    const duty = dutyPart(text, part, at) ?? helperDutyPart(text, part, at) ?? (ownWords ? ownWordsPart(text, part.replace(/[。.]$/, ''), at) : null);
    // A part that names units and a clause's verb is the clause's own (B配合), not one given a duty.
    return duty && !verbalPart(text, part, at) ? duty : null;
  };
  // The last part first: a paragraph tried as a clause fails there, before it is cut into parts.
  let end = match.length;
  while (end > 0 && /[,;]/.test(match[end - 1] as string)) end--;
  const cut = Math.max(match.lastIndexOf(',', end - 1), match.lastIndexOf(';', end - 1));
  if (cut < 0 || !tailPart(cut + 1, end)) return null;
  const parts = partsOf(match);
  const roles: UnitRole[] = [];
  let k = parts.length - 1;
  for (; k > 0; k--) {
    const duty = tailPart(...parts[k]!);
    if (!duty) break;
    roles.unshift(duty);
  }
  return roles.length > 0 ? { from: parts[k + 1]![0] - 1, roles } : null;
}

/**
 * Whether the last part of a clause (folded, `body` without its end) names units and a clause's verb
 * (B配合, C负责督促). One that only ends as a verb does, after words that are no units' (县财政局协助督促,
 * 县财政局配合督查: a helper's verb and another), is read as units given a duty in words of their own.
 */
function lastPartVerbal(text: string, body: string): boolean {
  const cut = Math.max(body.lastIndexOf(','), body.lastIndexOf(';'));
  const raw = body.slice(cut + 1);
  const at = cut + 1 + (raw.length - raw.trimStart().length);
  return verbalPart(text, raw.trim(), at) !== null;
}

/**
 * A bracketed verbal clause whose last parts name no units but say what is to be done
 * (（A牵头，B配合，做好政策宣传）, （A牵头，常态化开展检查）, （A牵头，B配合，每年开展一次）): the parts before
 * give the roles; the words stay in the clause's text. Only when every unit part names an office
 * (prose such as 企业牵头，高校参与，共建实验室 is no clause) and one or two parts are left.
 */
function parseVerbalBeforeWords(text: string, match: string): UnitRole[] | null {
  const parts = partsOf(match);
  for (let keep = parts.length - 1; keep >= Math.max(1, parts.length - 2); keep--) {
    const [a, b] = parts[keep]!;
    if (opensWithOffices(match.slice(a, b).trim())) return null;
    const end = parts[keep - 1]![1];
    // Read without trying the clause without its last words again: one cut is all this reading makes.
    const roles = parseVerbal(text.slice(0, end), match.slice(0, end), false);
    if (!roles || roles.length === 0) continue;
    // The names' shapes are tested in the folded copy (縣人民醫院 as 县人民医院), as every other test is.
    const folded = text === match ? roles : parseVerbal(match.slice(0, end), match.slice(0, end), false);
    if (folded && folded.every((r) => r.units.length > 0 && namesAnOffice(r.units.join('、')))) return roles;
  }
  return null;
}

/** `beforeWords`: whether a clause 负责 opens may be read without its last words (see parseVerbalRoles). */
function parseVerbal(text: string, match: string, beforeWords = true): UnitRole[] | null {
  const duty = dutyTail(text, match);
  if (duty) {
    const head = parseVerbalRoles(text.slice(0, duty.from), match.slice(0, duty.from), beforeWords);
    return head ? [...head, ...duty.roles] : null;
  }
  return parseVerbalRoles(text, match, beforeWords);
}

function parseVerbalRoles(text: string, match: string, beforeWords: boolean): UnitRole[] | null {
  const parts = parseVerbalParts(text, match);
  if (parts) return parts;
  // Found in the matching copy, labels are cut from the text as written (按職責分工負責 stays so).
  const written = (label: string, at: number): string => (at >= 0 ? text.slice(at, at + label.length) : label);
  const m0 = VERBAL_SUPPORTED.exec(match);
  if (m0 && plausibleUnits(m0[1] as string) && plausibleUnits(m0[2] as string)) {
    const lead = (m0[1] as string).length;
    const from = match.indexOf(m0[2] as string, lead);
    return [
      { role: 'lead', label: written(match.slice(lead).replace(/[,，;；].*$/, ''), lead), units: splitUnits(text.slice(0, lead)) },
      { role: 'participant', label: written(roleLabelOf(m0[3] as string), match.lastIndexOf(m0[3] as string)), units: splitUnits(text.slice(from, from + (m0[2] as string).length)) },
    ];
  }
  const m1 = VERBAL_LEAD.exec(match);
  if (m1 && plausibleUnits(m1[1] as string) && (!m1[3] || plausibleUnits(m1[3]))) {
    const lead = (m1[1] as string).length;
    const roles: UnitRole[] = [{ role: 'lead', label: written(roleLabelOf(m1[2] as string), lead), units: splitUnits(text.slice(0, lead)) }];
    const others = m1[3];
    if (others) {
      const from = match.indexOf(others, lead + (m1[2] as string).length);
      // The role label is the verb after the units as written (配合, 按职责分工负责), if there is one.
      const verb = m1[4] ? written(roleLabelOf(m1[4]), match.lastIndexOf(m1[4])) : '';
      roles.push({ role: 'participant', label: verb, units: splitUnits(text.slice(from, from + others.length)) });
    }
    return roles;
  }
  const shared = bareThenPlace(text, match);
  if (shared) return shared;
  const m2 = VERBAL_ALL.exec(match);
  if (m2 && plausibleUnits(m2[1] as string)) {
    const units = (m2[1] as string).length;
    // A负责，B配合，抓紧推进: the words that close the clause keep the parts before them from the
    // patterns, and A负责 alone would leave B out; read without them, B takes part.
    if (beforeWords && /[,;]/.test(match.slice(units))) {
      const before = parseVerbalBeforeWords(text, match);
      if (before && before.length > 1) return before;
    }
    const label = written(match.slice(units).replace(/[。.;；,，].*$/, ''), units);
    return [{ role: 'responsible', label, units: splitUnits(text.slice(0, units)) }];
  }
  return null;
}

/**
 * A bare list of units, then a last part whose units share the work by their place:
 * `A、B，各镇（街道）按属地负责`, `A、B，各街道落实属地责任`.
 */
const BARE_THEN_PLACE = new RegExp(`^(.+?)[,;]\\s*([^,;]+?)(${BY_PLACE})[。.]?$`);
/** How BY_PLACE's verbs end. */
const PLACE_VERB_END = /(?:负责|落实|责任|职责|管理|监管)[。.]?$/;

/**
 * The bare list reads as a bare list does (responsible: leading together, or the first leading where
 * the document says so), and the units after it take part, as they do after a lead's part
 * (`A负责，各街道按属地负责`): the duty of a place is the places' whoever they are. A verb of sharing
 * the work by duty after the list is the whole list's (`（A、B，各市政府按职责分工负责）`, as
 * `（A，B、C按职责分工负责）`): the comma parts the levels, not the roles, and all of them are
 * responsible under that verb (read by VERBAL_ALL).
 */
function bareThenPlace(text: string, match: string): UnitRole[] | null {
  // Every such verb ends so, and a part before it is needed: most texts tried fail the cheap tests.
  if (!PLACE_VERB_END.test(match) || !/[,;]/.test(match) || !match.includes('属地')) return null;
  const m = BARE_THEN_PLACE.exec(match);
  if (!m) return null;
  const list = m[1] as string;
  const rest = m[2] as string;
  const verb = m[3] as string;
  if (!plausibleUnits(list) || !plausibleUnits(rest)) return null;
  const listed = splitUnits(list);
  if (!listed.some((u) => OFFICE_END.test(withoutSecondName(u))) || listed.some((u) => GLOSS_START.test(u) || ROLE_NOTE.test(u))) return null;
  const from = match.indexOf(rest, list.length);
  const verbAt = from + rest.length;
  return [
    { role: 'responsible', label: '', units: splitUnits(text.slice(0, list.length)) },
    { role: 'participant', label: text.slice(verbAt, verbAt + verb.length), units: splitUnits(text.slice(from, verbAt)) },
  ];
}

/**
 * A clause in brackets of one part, A会同B and a verb of carrying the work out that names no role of
 * its own (（责成区人社局会同区教育局落实）, （A会同B、C共同推进）, （由A会同B组织实施）): 会同 says who leads
 * (see withTogetherLead). Read only with 会同 between whole names: A落实 alone may as well be a
 * sentence of the text. The verbs are bounded, so that 由A会同B研究制定细则 stays prose.
 */
const DOING_VERB = '(?:推进落实|负责落实|抓好落实|组织实施|组织落实|落实|推进|推动|实施|办理)';
const TOGETHER_DOING = new RegExp(`^(.+?)会同(.+?)((?:共同|联合|一起)?${DOING_VERB})[。.]?$`);

function parseTogetherDoing(text: string, match: string): UnitRole[] | null {
  if (!match.includes('会同')) return null;
  const lead = match.length - match.trimStart().length;
  const m = TOGETHER_DOING.exec(match.trim());
  if (!m || /[,;。]/.test(m[1] as string) || /[,;。]/.test(m[2] as string)) return null;
  const first = m[1] as string;
  const others = m[2] as string;
  if (!plausibleUnits(first) || !namesAnOffice(first) || !plausibleUnits(others)) return null;
  const othersAt = lead + first.length + 2;
  const verbAt = othersAt + others.length;
  return [
    { role: 'lead', label: text.slice(verbAt, verbAt + (m[3] as string).length), units: splitUnits(text.slice(lead, lead + first.length)) },
    { role: 'participant', label: text.slice(othersAt - 2, othersAt), units: splitUnits(text.slice(othersAt, verbAt)) },
  ];
}

/**
 * An item's last sentence that only says who carries the work out, with the verbs the bracketed
 * A会同B takes (由县商务局会同县供销社推进。 / 县商务局、县供销社共同推进。 / 责成A会同B落实。 /
 * 县商务局负责推进。), or such a bracket of one part without 会同 (（区人社局落实）, （A、B均落实）). Unbracketed, such a sentence is as often the task's own words (由A会同B研究制定
 * 办法 names no such verb; 由区政府推进改革 goes on after it), so every name must be a unit's by the
 * unit-name shape (a body's, or a unit's ending after a place's level word: 县供销社) and one before
 * the verb a body's, and the caller offers only a whole last sentence. Before 会同 the units lead and
 * those after take part; without 会同 they are responsible together, as A、B负责 is read.
 */
const DOING_SENTENCE = new RegExp(`^(?:由|责成)?(.+?)(?:会同(.+?))?((?:负责|共同|联合|一起|均)?${DOING_VERB})[。.]?$`);

function parseDoing(text: string, match: string): UnitRole[] | null {
  const lead = match.length - match.trimStart().length;
  const body = match.trim();
  const m = DOING_SENTENCE.exec(body);
  if (!m) return null;
  const first = m[1] as string;
  const others = m[2];
  // 会同县科技局落实: a part opening with 会同 names whom the work is done with; its subject is elsewhere.
  if (/^(?:会同|联合|协同)/.test(first)) return null;
  // 县商务局 is a body by its shape; 县供销社 ends as a unit does after its place's level word, which
  // a sentence's subject (县里, 各方, 企业) never both does.
  const isName = (u: string): boolean => namesABodyByShape(u) || (UNIT_NAME_END.test(u) && /^[省市州盟县区旗镇乡]/.test(u) && !NOT_A_NAME.test(u.slice(1)));
  const allBodies = (list: string): boolean => !/[,;。:]/.test(list) && plausibleUnits(list) && splitUnits(list).every((u) => isName(withoutSecondName(u)));
  if (!allBodies(first) || !namesAnOffice(first) || (others !== undefined && !allBodies(others))) return null;
  const firstAt = lead + body.indexOf(first);
  const verb = m[3] as string;
  const verbAt = lead + body.length - verb.length - (/[。.]$/.test(body) ? 1 : 0);
  const firstUnits = splitUnits(text.slice(firstAt, firstAt + first.length));
  if (others === undefined) return [{ role: 'responsible', label: text.slice(verbAt, verbAt + verb.length), units: firstUnits }];
  const othersAt = firstAt + first.length + 2;
  return [
    { role: 'lead', label: text.slice(verbAt, verbAt + verb.length), units: firstUnits },
    { role: 'participant', label: text.slice(othersAt - 2, othersAt), units: splitUnits(text.slice(othersAt, othersAt + others.length)) },
  ];
}

/** An item's last sentence read by parseDoing (see there): the caller makes sure it is one. */
export function parseDoingSentence(text: string, match: string, firstIsLead: boolean): ParsedClause | null {
  return readClauseWith(text, match, firstIsLead, parseDoing, (roles) => roles.every((r) => r.units.length > 0));
}

/**
 * A clause in brackets that names only the units that help (（区科技局配合）, （区财政局、区商务局协助）):
 * they take part, and the clause names no lead, which validate asks for. Only the verbs of helping:
 * a unit said to do the work (A落实) or to guide it (A指导) is read by the patterns before. Not
 * read without brackets, where 各有关部门积极配合 is as often a sentence of the text.
 */
const HELPERS_ONLY = new RegExp(`^(.+?)(等)?((?:分别|共同|各自|积极|${HELP_MANNER})?(?:配合|协助|协办|协同|参与)${DUTY_AFTER_ROLE}?)[。.]?$`);

/**
 * Whether a list names an office or another body in particular by its shape (县消防救援大队, 县人民医院,
 * 青石社区: namesABodyByShape) or the bodies of a level (各街道), not only words such as 全社会.
 */
export function namesAnOffice(list: string): boolean {
  return splitUnits(list).some((u) => u.startsWith('各') || namesABodyByShape(withoutSecondName(u)));
}

function parseHelpersOnly(text: string, match: string): UnitRole[] | null {
  const lead = match.length - match.trimStart().length;
  const m = HELPERS_ONLY.exec(match.trim());
  if (!m || /[,;]/.test(m[1] as string) || !plausibleUnits(m[1] as string)) return null;
  // With no label and no lead, one name at least must be an office's or a level's (各街道), or an
  // institution's (县委党校, 旗国有林场), not a word such as 全社会 that ends as a body's name does.
  if (!namesAnOffice(m[1] as string) && !splitUnits(m[1] as string).some((u) => INSTITUTION_END.test(withoutSecondName(u)))) return null;
  const units = (m[1] as string).length;
  const verbAt = lead + units + (m[2]?.length ?? 0);
  return [{ role: 'participant', label: roleLabelAt(text, verbAt, m[3] as string), units: splitUnits(text.slice(lead, lead + units)) }];
}

/**
 * A bracket opening with a bare list of offices, then parts that only help or guide, each with its
 * verb: `（A、B，C配合）`, `（A、B；C、D协助，E参与）`. The list names no role of its own beside
 * helpers labelled by theirs: it is read as a bare list is (responsible: leading together, or the
 * first leading where the document says so), the later parts' units take part.
 */
function parseBareThenHelpers(text: string, match: string): UnitRole[] | null {
  const parts = partsOf(match);
  if (parts.length < 2) return null;
  const [a, b] = parts[0]!;
  const raw = match.slice(a, b);
  const lead = a + (raw.length - raw.trimStart().length);
  const list = raw.trim();
  if (!isBareOffices(list)) return null;
  const roles: UnitRole[] = [{ role: 'responsible', label: '', units: splitUnits(text.slice(lead, lead + list.length)) }];
  for (const [from, to] of parts.slice(1)) {
    const part = match.slice(from, to);
    const at = from + (part.length - part.trimStart().length);
    const helps = verbalPart(text, part.trim(), at);
    if (!helps || helps.role !== 'participant') return null;
    roles.push(helps);
  }
  return roles;
}

/**
 * A note on how a table or the lists read (（加粗的为牵头单位）, （责任单位中标注★的为牵头单位）): it ends as a
 * name does, but says which units have a role. A note the reader knows (排在第一位的为牵头单位) is
 * taken out before; any other names no unit either.
 */
const ROLE_NOTE = /[为是](?:牵头|主责|主办|配合|参与|协办|责任)(?:单位|部门|机构)$/;
/** Words that open a gloss, not a name: （含技工院校）, （不含中心城区）, （包括各开发区）. */
const GLOSS_START = /^(?:不含|含|包括|包含|除|其中|即|如|指|详见|见|以下|不包括|另|限|下称|简称|原|现|暂定名)/;
/** How the name of an office ends (src/units/unit-name-shape.ts): a unit's name, never a role's label. */
const OFFICE_END = OFFICE_NAME_END;

/**
 * A kind of body named alone, no body itself: 指标名称（单位） heads a column whose rows carry their unit of
 * measure in brackets, and 责任主体（部门） says what the column names; neither names who does a task.
 */
const KIND_OF_BODY = /^(?:计量|度量)?(?:单位|单位名称)$|^(?:部门|机构|机关)(?:名称)?$/;

/**
 * A bracket that is only a list of units, without a label or a verb: （区教育局、区住房城乡建设委）.
 * Read only when every name reads as a body and one at least as an office, since such a bracket
 * could also be a gloss.
 */
function parseBare(text: string, match: string): UnitRole[] | null {
  const list = match.trim().replace(/[。.]$/, '');
  if (!plausibleUnits(list)) return null;
  const units = splitUnits(list);
  if (units.some((u) => GLOSS_START.test(u) || ROLE_NOTE.test(u) || KIND_OF_BODY.test(u)) || !units.some((u) => OFFICE_END.test(withoutSecondName(u)))) return null;
  const lead = text.length - text.trimStart().length;
  return [{ role: 'responsible', label: '', units: splitUnits(text.slice(lead, lead + list.length)) }];
}

/**
 * A bare list of units with a remark after it naming the lead among them, as after a labelled list
 * (（A、B、C，其中A为牵头单位）, （A、B、C，其中A牵头）, （A、B、C。其中A为牵头单位）, （A、B，由A牵头）): the list
 * is read as parseBare reads it, the remark as overallLead reads it after a label, so that the units
 * it names lead and the others take part. Read before the verbal patterns, which would take the
 * whole for a lead's list ending in 其中A.
 */
function parseBareWithRemark(text: string, match: string): UnitRole[] | null {
  const overall = overallLead(text, match, 'responsible');
  if (!overall || overall.from === 0) return null;
  const list = parseBare(text.slice(0, overall.from), match.slice(0, overall.from));
  return list && [...list, { role: 'lead', label: overall.label, units: overall.units }];
}

/**
 * How the name of a body ends (部, 委, 局, 人民政府, 管理办, 有关部门和单位 …), or a collective such as
 * 各地: the shape src/units/unit-name-shape.ts gives for every reader of unit names, the validator's
 * too. A verbal clause has no label to say that it names units, so each name must read as one. The
 * zones and venues it takes (金贸产业园, 区体育场) are read so only in a unit's slot, before a clause's
 * verb, where a task's words (建设产业园, 规范农贸市场) open with their verb (isTaskWords).
 */
const UNIT_END = UNIT_NAME_END;
/** How the name of an institution ends (县委党校, 旗民族中学, 旗国有林场, 旗乌兰牧骑): see INSTITUTION_ENDINGS. */
const INSTITUTION_END = new RegExp(`(?:${INSTITUTION_ENDINGS.join('|')})$`);

/**
 * Words of a sentence, not of a name: 由A制定, 并负责, 对…进行. Not the 实施 of an office named for
 * what it carries out (区实施办, 乡村振兴战略实施办公室), which ends the name at once.
 */
const PROSE_WORD = /[由并将对把在从向使]|进行|制定|实施(?!(?:办|办公室|工作办|工作办公室)(?:[(（〔][^()（）〔〕]*[)）〕])?(?:$|[、,，]))|开展|按照|根据|以及/;
/**
 * The verbs of doing a task's words open with (建设国有林场管护站, 依托县第三中学, 新建乡镇卫生院), by what
 * follows them. Verbs of making (组建县应急管理局, 成立…) and of using or building up what is there
 * (依托县委党校, 支持, 做强, 改造): their object is a body, never who does the task. The 新建 of a
 * district's name (新建区) stays.
 */
const MAKING_OR_USING =
  '新建(?!区)|改扩建|改建|扩建|迁建|筹建|组建|成立|设立|整合|重组|建立|健全|依托|支持|利用|借助|对接|鼓励|引导|做强|做大|做优|壮大|办好|建好|管好|用好|规范|培育|打造|改造|提升|大力|着力|切实|持续|深入';
/**
 * Verbs of work that an office may be named for (建设局, 推进办, 创建办, 建设交通局): the work, and then
 * an office's ending, at once or after a short name (see WORK_NAMED_OFFICE). The 建设 of a bank's or a
 * corps' name (建设银行, 生产建设兵团) is a name's.
 */
const WORK = '建设(?!银行|兵团)|推进|推动|加强|强化|完善|落实|做好|抓好|提高|改善|巩固|扩大|创建|优化|深化|加快|促进';
/** A task's words opening with a verb of doing: never a unit, whatever they end with, unless WORK_NAMED_OFFICE. */
const DOING_OPENING = new RegExp(`^(?:${MAKING_OR_USING}|${WORK})`);
/**
 * An office named for its work (建设局, 推进办, 创建办, 建设环保办, 建设和交通运输局): a verb of WORK, then
 * an office's ending at once or after a short name (和 or 与 may join it) with no place, figure or
 * institution in it — what a task's words name after such a verb has one (建设国有林场管护站,
 * 加强中学生…, 推进乡镇卫生院…), or ends as a facility (站, 院, 馆, 中心) rather than an office does.
 */
const WORK_NAMED_OFFICE = new RegExp(`^(?:${WORK})(?:[和与及]?(?![^]*[省市州盟县区旗乡镇村各国第0-9〇一二三四五六七八九十两])[\u4e00-\u9fff]{1,4})?(?:局|办|委|厅|委员会|办公室|处|科|室)$`);

/** A unit's name that is a task's words: they open with a verb of doing, and are no office named for its work. */
function isTaskWords(unit: string): boolean {
  return DOING_OPENING.test(unit) && !WORK_NAMED_OFFICE.test(withoutSecondName(unit));
}

/** A part that ends with a verb by which its units lead (区创建办牵头, 县水利局负总责). */
const LEADS_PART = new RegExp(`(?:${LEAD_VERBS})$`);

/**
 * The words before the lead verb of a clause's first part when they are an office's name after a
 * verb of doing (依托区创建办牵头，各街道配合): shaped as a clause, but a unit list that opens with a
 * task's words is never read as one (see isTaskWords), so the caller reports what is left unread.
 * Null for any other text. `clause` is folded (half-width stops).
 */
export function leadAfterTaskWords(clause: string): string | null {
  const body = clause.trim().replace(/[。.]$/, '');
  if (body.length < 6 || body.length > 120) return null;
  const cut = body.search(/[,;]/);
  const first = cut < 0 ? body : body.slice(0, cut);
  const verb = LEADS_PART.exec(first);
  if (!verb || verb.index < 4) return null;
  const units = first.slice(0, verb.index);
  return officeAfterTaskWords(units) ? units : null;
}

/** Whether a name (folded) is a task's words and then an office's name (依托区创建办): no unit, whatever it ends with. */
function officeAfterTaskWords(units: string): boolean {
  const opening = DOING_OPENING.exec(units);
  if (!opening || WORK_NAMED_OFFICE.test(withoutSecondName(units))) return false;
  const named = units.slice(opening[0].length);
  return plausibleUnits(named) && namesAnOffice(named);
}

/**
 * The names of a clause's roles that are a task's words before an office's name (the 依托区创建办 of
 * 责任单位：依托区创建办): a label's list takes any name, but such a one is no unit, as in a verbal
 * clause (see leadAfterTaskWords). Each name is tested in the folded copy where the text holds it.
 */
function taskWordNames(roles: readonly UnitRole[], text: string, match: string): string[] {
  const out: string[] = [];
  for (const r of roles) {
    for (const u of r.units) {
      const at = text.indexOf(u);
      if (officeAfterTaskWords(at >= 0 ? match.slice(at, at + u.length) : u)) out.push(u);
    }
  }
  return out;
}

/**
 * The name of a labelled clause (folded) that opens with a task's words (依托区创建办 of 责任单位：依托区创建办),
 * or null: why such a clause, naming no other unit, was not read.
 */
export function labelledTaskWords(clause: string): string | null {
  const roles = parseLabelled(clause, clause);
  return (roles && taskWordNames(roles, clause, clause)[0]) ?? null;
}

/**
 * A name without the bracket that ends it: a gloss (各乡镇（街道）) or the body's second name, in round
 * brackets or in 〔〕 (区委组织部〔区委人才办〕).
 */
function withoutSecondName(unit: string): string {
  return unit.replace(/[(（〔][^()（）〔〕]*[)）〕]$/, '');
}

/** How a unit's name ends: an office's, an institution's or a place's (UNIT_END), or a place's works' (县污水处理厂, 县地震台). */
function namesABodyByEnd(name: string): boolean {
  return UNIT_END.test(name) || namesWorksBody(name);
}

/** A verbal clause names units: short names separated by 、 , not a sentence. Also what a unit column's line holds. */
export function plausibleUnits(list: string): boolean {
  if (list.length > 200) return false;
  const units = splitUnits(list);
  return units.length > 0 && units.every((u) => u.length >= 2 && u.length <= 30 && !/[。:：]/.test(u) && namesABodyByEnd(withoutSecondName(u)) && !PROSE_WORD.test(u) && !isTaskWords(u) && !ROLE_LABEL_ALONE.test(u) && !namesItsRole(u));
}

/**
 * 各街道办事处均为责任单位, 区财政局是牵头单位: units and the role they are named to, which ends as a
 * label's kind of body does (单位, 部门) but is a sentence, never one name (see parseNamedAs).
 */
const ROLE_NAMED_AFTER = new RegExp(`(?:为|為|是)(?:${ROLE_LABEL_SOURCE})$`);
const namesItsRole = (name: string): boolean => /[为為是]/.test(name) && ROLE_NAMED_AFTER.test(name);

/**
 * A role label standing alone (牵头单位, 参与部门): what it names is the units after it, never itself a
 * unit. 相关单位 (of 区财政局及相关单位) is the relevant units, a list's last name.
 */
const ROLE_LABEL_ALONE = new RegExp(`^(?!相关|相關)${ROLE_LABEL_SOURCE}$`);

/**
 * `A（牵头）`, `A（主责）`, `A〔牵头〕`, `A[牵头]`: a unit marked, where it is named, as the one that leads
 * (names are as written: 牽頭 too).
 */
const LEAD_MARK = /\s*[(（〔[［]\s*(?:牵头|牽頭|主责|主責|主办|主辦|负总责|負總責)(?:单位|部门|單位|部門)?\s*[)）〕\]］]$/;
/** `B（协办）`, `B（配合）`: a unit marked, where it is named, as one that takes part. */
const PART_MARK = /\s*[(（〔[［]\s*(?:协办|協辦|配合|参与|參與)(?:单位|部门|單位|部門)?\s*[)）〕\]］]$/;

/**
 * A list that marks its lead (责任单位：A（牵头）、B、C) says itself who leads: the marked units
 * lead and the others in the list take part. The marks come off the names.
 */
function splitMarkedLead(role: UnitRole): UnitRole[] {
  const leadMarked = role.units.some((u) => LEAD_MARK.test(u));
  if (!leadMarked && !role.units.some((u) => PART_MARK.test(u))) return [role];
  const marked = role.units.filter((u) => LEAD_MARK.test(u)).map((u) => u.replace(LEAD_MARK, ''));
  const rest = role.units.filter((u) => !LEAD_MARK.test(u) && !PART_MARK.test(u));
  // 区科技局（主办）、区财政局（协办）: a unit marked as taking part does so whatever the list's role.
  const helping: UnitRole = { role: 'participant', label: role.label, units: role.units.filter((u) => PART_MARK.test(u)).map((u) => u.replace(PART_MARK, '')) };
  const roles: UnitRole[] =
    role.role === 'lead'
      ? [{ ...role, units: [...marked, ...rest] }]
      : leadMarked
        ? [{ role: 'lead', label: role.label, units: marked }, { role: 'participant', label: role.label, units: rest }]
        : [{ ...role, units: rest }];
  return [...roles, helping].filter((r) => r.units.length > 0);
}

/** Who leads and who takes part, from the roles of a clause. */
export function resolve(written: UnitRole[], firstIsLead: boolean): ParsedClause {
  const roles = written.flatMap(splitMarkedLead);
  const explicitLead = roles.some((r) => r.role === 'lead');
  // 责任单位：A、B，其中A负总责: of the units responsible, those also named to lead do not take part besides.
  const leading = explicitLead && roles.some((r) => r.role === 'responsible') ? new Set(roles.flatMap((r) => (r.role === 'lead' ? r.units : []))) : null;
  const lead: string[] = [];
  const participants: string[] = [];
  for (const r of roles) {
    if (r.role === 'lead') append(lead, r.units);
    else if (r.role === 'participant') append(participants, r.units);
    else if (explicitLead) append(participants, leading ? r.units.filter((u) => !leading.has(u)) : r.units);
    else if (firstIsLead && lead.length === 0) {
      append(lead, r.units.slice(0, 1));
      append(participants, r.units.slice(1));
    } else if (firstIsLead) append(participants, r.units);
    else append(lead, r.units);
  }
  return { roles, lead, participants };
}

/** Whether a document states that the first unit listed leads (列第一位者为牵头单位). */
const FIRST_IS_LEAD_AT = new RegExp(FIRST_IS_LEAD);

export function statesFirstIsLead(match: string): boolean {
  return mayStateFirstIsLead(match) && FIRST_IS_LEAD_AT.test(match);
}

/**
 * Whether a block states for the whole document that the first unit listed leads: not when the
 * note closes one task's clause, after that clause's units and without 下同 (（责任单位：A、B，列第一位的为牵头单位）,
 * 责任单位：A、B，排在第一位的为牵头单位。): such a note is read with its own clause (see readClauseWith).
 */
export function statesFirstIsLeadForAll(match: string): boolean {
  if (!mayStateFirstIsLead(match)) return false;
  const m = FIRST_IS_LEAD_AT.exec(match);
  if (!m) return false;
  if (match.includes('下同')) return true;
  const before = match.slice(0, m.index);
  const open = before.lastIndexOf('(');
  const inBracket = open > before.lastIndexOf(')');
  const part = inBracket ? before.slice(open + 1) : before.slice(before.lastIndexOf('。') + 1);
  if (inBracket && part.trim() === '') return !closesClause(before.slice(0, open));
  return !(inBracket ? /[:、]/.test(part) : /(?:单位|部门)\s*:[^:]*、/.test(part));
}

/**
 * Whether a text ends with a clause a note in brackets of its own may follow: a bracketed clause
 * (（责任单位：A、B）（列第一位的为牵头单位）) or a labelled list run to it (责任单位：A、B（列第一位…）,
 * 【责任单位】A、B（列第一位…）).
 * Without 下同, such a note speaks of that clause alone; after a heading's words, of all below.
 */
function closesClause(before: string): boolean {
  const text = before.trimEnd();
  if (text.endsWith(')')) {
    const open = text.lastIndexOf('(');
    return open >= 0 && /[:、]/.test(text.slice(open + 1, -1));
  }
  return /(?:单位|部门)(?:\s*:|[】\]])[^:。]*$/.test(text.slice(text.lastIndexOf('。') + 1));
}
