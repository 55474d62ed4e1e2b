import { VERB_FIRST } from './verbs.js';
import { placeShare } from './place-peers.js';

/**
 * The subjects of a list of targets after 分别 (A、B和C分别达到a、b、c): how the words before 分别
 * split into one subject per figure, and the measure a list of substances shares (氮氧化物和挥发性
 * 有机物排放总量分别下降10%、12%: 氮氧化物排放总量, 挥发性有机物排放总量). Used by respective-goals.ts.
 */

/**
 * The ways the subjects' words may split, the likelier first: at every 、, 和, 及 and 与, then at
 * 、 alone, for a list whose names hold one of those characters (数字化研发设计工具普及率、关键工序
 * 数控化率: 及 in 普及). The caller takes the first that gives each figure its subject.
 */
export function subjectSplits(text: string): string[][] {
  const all = text.split(/、|和|及|与/).map((x) => x.trim()).filter(Boolean);
  if (!/[和及与]/.test(text) || !text.includes('、')) return [all];
  // 高新区、经开区和综保区: a 和 between two names of places or zones joins subjects, never a name's
  // words (as in 住房和城乡建设), so the list splits there whatever the figures' count.
  if (joinsPlaces(text)) return [all];
  const listed = text.split('、').map((x) => x.trim()).filter(Boolean);
  return listed.length === all.length ? [all] : [all, listed];
}

/** A short name of a place or zone (经开区, 综保区, 某某县, 高新园区, 临港新城). */
const PLACE = /^[\u4e00-\u9fff]{1,6}(?:区|县|縣|市|镇|鎮|乡|鄉|街道|园|園|港|州|旗|岛|島|新城)$/;

/** Whether every 和, 及 or 与 in a list's words stands between two names of places (PLACE). */
function joinsPlaces(text: string): boolean {
  const pieces = text.split('、');
  let joined = false;
  for (const piece of pieces) {
    const names = piece.split(/和|及|与/);
    if (names.length === 1) continue;
    if (!names.every((n) => PLACE.test(n.trim()))) return false;
    joined = true;
  }
  return joined;
}

/**
 * A measure that the last subject of a list of substances ends with, and that those before it,
 * naming a substance alone, share: 排放总量, 排放量, 年均浓度, 重点工程减排量, 消耗总量, 保有量 (新能源汽车和
 * 充电桩保有量), and the time a matter of service takes (获得电力、获得用水用气平均办理时间: 获得电力平均办理时间) …. Kept to measures of amount,
 * of use (化肥、农药使用量: 化肥使用量, the longer measure before 用量) and of concentration, which
 * follow a substance; a name such as 城镇 (城镇和农村居民人均可支配收入) shares more than its measure, and
 * is left as written.
 */
const SHARED_MEASURE = /(?:(?:平均)?(?:办理|审批|办结|报装|接入|通关)?(?:时间|时限|时长|用时|耗时)|(?:重点工程)?(?:减排量|削减量)|保有量|排放总量|排放量|排放强度|(?:年均|年平均|平均)浓度|浓度|消耗总量|消费总量|消耗量|使用总量|使用量|施用量|用量|总产量|产量|总量|强度|(?:种植|播种|养殖|建设)?面积)$/;
/** A field, trade or branch of government that subjects listed bare before the last share (…交通运输领域, …住宿行业, …规划部门). */
const SHARED_FIELD = /(?:领域|領域|行业|行業|部门|部門|系统|系統|板块|片区|园区|園區)$/;

/**
 * A measure of output or of area (肉类、禽蛋总产量, 日光温室、塑料大棚面积): shared only by names of
 * products or facilities, not by a measure (地区生产总值).
 */
const OUTPUT = /(?:产量|面积)$/;

/**
 * The measure the subjects before the last share with it (the tail of the last subject), or null
 * when the last names none, names nothing before it, or every subject before it has a measure of
 * its own (化学需氧量排放量、氨氮排放量).
 */
export function sharedMeasure(subjects: readonly string[]): string | null {
  if (subjects.length < 2) return null;
  const last = subjects[subjects.length - 1] as string;
  if (last.endsWith('率')) return sharedRate(subjects);
  // 住房和城乡建设、交通运输领域: the field the last names is every subject's that names none.
  const field = SHARED_FIELD.exec(last);
  if (field && field.index >= 2) {
    const others = subjects.slice(0, -1);
    const bare = (s: string): boolean => s.length >= 2 && s.length <= 12 && !SHARED_FIELD.test(s) && !OWN_MEASURE.test(s) && !SHARED_MEASURE.test(s);
    return others.every(bare) ? field[0] : null;
  }
  const tail = SHARED_MEASURE.exec(last);
  if (!tail || tail.index === 0) return null;
  const others = subjects.slice(0, -1);
  // 单位地区生产总值能耗和碳排放强度: a subject per unit of output is a rate already, and takes no measure.
  if (others.some((s) => PER_UNIT_HEAD.test(s.replace(SCOPE, '')))) return null;
  if (OUTPUT.test(tail[0]) && others.some((s) => /[值额率量]$/.test(s))) return null;
  return others.every((s) => !SHARED_MEASURE.test(s) && s.length <= 12) ? tail[0] : null;
}

/** A rate and the words that qualify it (冷链流通率, 综合利用率, 抽检合格率): what products share. */
const RATE_TAIL = /^[\u4e00-\u9fff]{2,6}率$/;
/** How the name of a product or a class of them ends (水产品, 农产品, 肉类, 农作物). */
const PRODUCT_END = /[品类物]/;

/**
 * The rate the bare products before the last share with it (果蔬、肉类、水产品冷链流通率: 果蔬冷链流通率,
 * 肉类冷链流通率), or null. The rate starts where the last subject's product ends, after 品, 类 or 物, at
 * one place only (a disease's 癌 tells less: 宫颈癌和乳腺癌筛查覆盖率 stays as written); subjects before it are
 * bare, of a few characters and no measure of their own. Where the text does not tell where the
 * product ends (畜禽粪污综合利用率), the subjects are read as written.
 */
function sharedRate(subjects: readonly string[]): string | null {
  const last = subjects[subjects.length - 1] as string;
  // 全市果蔬、肉类…: the list's scope before the first is no part of its name (subjectNames gives it every subject).
  const others = subjects.slice(0, -1).map((s, k) => (k === 0 ? s.replace(SCOPE, '') : s));
  if (!others.every((s) => s.length >= 2 && s.length <= 6 && !OWN_MEASURE.test(s) && !SHARED_MEASURE.test(s) && !YIELD_MEASURE.test(s))) return null;
  // 公共图书馆、文化馆、美术馆免费开放率: kinds of venue, each named with the last's kind word (馆), end there.
  const kind = facilityKind(others);
  let found: string | null = null;
  for (let p = 2; p <= last.length - 3; p++) {
    const end = last[p - 1] as string;
    // 博物馆: 物 inside a venue's name, before its kind word, ends no product.
    const product = PRODUCT_END.test(end) && !(kind !== null && last[p] === kind);
    if (!(product || end === kind) || !RATE_TAIL.test(last.slice(p))) continue;
    if (found !== null) return null;
    found = last.slice(p);
  }
  return found;
}

/** The word a venue's or an institution's name ends with, naming its kind (图书馆, 卫生院, 文化站). */
const FACILITY_KIND = /[馆館院站]$/;

/** The kind word every one of `names` ends with (馆 of 公共图书馆、文化馆), or null when they end otherwise. */
function facilityKind(names: readonly string[]): string | null {
  const kind = FACILITY_KIND.exec(names[0] ?? '')?.[0] ?? null;
  return kind !== null && names.every((n) => n.endsWith(kind)) ? kind : null;
}

/**
 * 公共图书馆、文化馆、美术馆免费开放率达到100%: venues of kinds listed before the rate the last writes
 * (each named with its kind word, the last's too) are each measured by it, as after 均 (listed-targets.ts).
 */
export function facilityRateList(subjects: readonly string[]): boolean {
  const last = subjects[subjects.length - 1] ?? '';
  const kind = subjects.length > 1 ? facilityKind(subjects.slice(0, -1)) : null;
  const rate = kind !== null && last.endsWith('率') ? sharedRate(subjects) : null;
  return rate !== null && last.endsWith(kind + rate);
}

/**
 * A measure of what an industry, a kind of firm or of facility yields or numbers (电子信息、新材料产业
 * 产值: 电子信息产业产值; 软件业、电子信息制造业营业收入; 绿色工厂、智能工厂数量; 一产、二产增加值).
 */
const YIELD_MEASURE = /(?:总产值|产值|增加值|(?:主营业务|营业|销售)收入|营收|数量)$/;
/** The kind of group the last subject names before that measure (…产业集群产值): shared with it. */
const GROUP = /(?:产业集群|产业链|产业|集群|行业)$/;
/**
 * A count of the groups listed before the group they are (三大产业集群, 两大产业): a word of the list,
 * no part of any name; the words after it are every subject's, whatever they measure
 * (家电、机械装备两大产业集群数字化转型率: 家电产业集群数字化转型率).
 */
const COUNTED_GROUP = /(?:([两二三四五六七八九])|(\d))大(?=产业集群|产业链|产业|集群|行业)/;
const COUNTS = '_一两三四五六七八九';
/**
 * The end of a subject that is an indicator of its own (地区生产总值, 固定资产投资, 进出口, 税收,
 * 一般公共预算收入, GDP): a list holding one is of indicators, and the measure of the last is its alone.
 */
const OWN_MEASURE = /(?:[值额率量数入资口费价度重例积模次收]|[A-Za-z])$/;

/** How a list of industries shares the measure its last subject ends with; see yieldShare. */
interface YieldShare {
  /** Where, in the last subject, the words shared by a name that is no group yet begin (产业产值). */
  group: number;
  /** Where the measure begins (产值), shared by a name that is a group or a trade (软件业). */
  measure: number;
  /** The span of a count word before the group (三大), left out of the last subject's name. */
  count: readonly [number, number] | null;
}

/**
 * The measure of yield the names before the last share with it (电子信息、新材料产业产值: 电子信息产业
 * 产值; 轨道交通装备、航空动力、先进硬质材料三大产业集群产值: 轨道交通装备产业集群产值 …), or null when
 * the last ends with none, names nothing before it, a subject before it is an indicator of its own
 * (地区生产总值、规上工业增加值), or a count word counts another number of subjects.
 */
function yieldShare(subjects: readonly string[]): YieldShare | null {
  if (subjects.length < 2) return null;
  const last = subjects[subjects.length - 1] as string;
  const counted = COUNTED_GROUP.exec(last);
  let share: YieldShare;
  if (counted) {
    const n = counted[1] !== undefined ? COUNTS.indexOf(counted[1].replace('二', '两')) : Number(counted[2]);
    if (n !== subjects.length) return null;
    const group = counted.index + counted[0].length;
    const kind = /^(?:产业集群|产业链|产业|集群|行业)/.exec(last.slice(group))?.[0] ?? '';
    share = { group, measure: group + kind.length, count: [counted.index, group] };
  } else {
    const measure = YIELD_MEASURE.exec(last);
    if (!measure) return null;
    share = { group: GROUP.exec(last.slice(0, measure.index))?.index ?? measure.index, measure: measure.index, count: null };
  }
  if ((share.count?.[0] ?? share.group) === 0 || share.measure >= last.length) return null;
  const own = (s: string): boolean => s.length > 12 || OWN_MEASURE.test(s) || YIELD_MEASURE.test(s) || SHARED_MEASURE.test(s);
  return subjects.slice(0, -1).some(own) ? null : share;
}

/**
 * A piece of a listed subject's full name: a span of one of the subjects' words (offsets within
 * that subject), or a word the text implies but does not write (城乡 stands for 城镇 and 农村).
 */
export type NamePiece = { subject: number; from: number; to: number } | { word: string };

/**
 * Words that name one of a set of peers, standing alone before the last subject that opens with
 * another of them (城镇和农村居民人均可支配收入, 国控、省控断面水质优良比例, 公办、民办幼儿园): each shares the rest of
 * the last subject's words. Parts of a place are among them (中心城区、县城生活垃圾回收利用率; after the
 * measure too, …利用率中心城区达到75%、县城达到60%: implied-subjects.ts), the longer name first, so that
 * 中心城区 is not read as 城区 after 中心.
 */
export const PEER = /^(?:中心城区|主城区|老城区|新城区|县城区|建成区|建制镇|城镇|农村|城市|乡村|城区|郊区|市区|县城|国控|省控|市控|县控|国家级|省级|市级|县级|区级|一级|二级|三级|男性|女性|中学|小学|初中|高中|公办|民办|公立|私立|国有|民营|私营|外资|内资|一般|重点)/;

/**
 * A grade or class before a kind of thing, peers in a list the way PEER's words are (甲级、乙级民宿,
 * 一级、二级医院, 3A级、4A级景区, 四星级、五星级饭店, 国家级、省级示范村; traditional 級 too): each shares
 * the rest of the last subject's words.
 */
const GRADE_PEER = /^(?:(?:国家|國家|省|市|县|縣|区|區|州|盟|地市)[级級]|(?:[一二三四五六七八九十甲乙丙丁特]|[1-9１-９]|[1-5１-５]?[AＡ]{1,5}|[A-EＡ-Ｅ])[级級]|[一二三四五1-5１-５]星[级級]?)/;
const LIST_PEER = new RegExp(`${PEER.source}|${GRADE_PEER.source}`);

/**
 * Verbs of work on a thing (新建, 改造, 改扩建, 提升 …): peers in a list before the thing they share
 * (新建和改造供热管网: 新建供热管网, 改造供热管网), and a verb before a list of peers is every peer's
 * (培育甲级、乙级民宿: 培育乙级民宿). The longer verb first (改扩建 before 扩建).
 */
const WORK_VERBS = [...VERB_FIRST, '新改扩建', '改扩建', '扩建', '改建', '新改建', '提升改造', '提质改造', '提升', '修缮', '整治', '维修', '更新', '升级', '新认定', '新增']
  .filter((v, k, all) => all.indexOf(v) === k)
  .sort((a, b) => b.length - a.length);
const WORK_VERB = new RegExp(`^(?:${WORK_VERBS.join('|')})`);

/**
 * The peer word a listed subject opens with, of the kind `last` (the last subject's) opens with: a
 * peer word or grade (LIST_PEER), else a verb of work (WORK_VERB); null when it opens with none.
 */
function peerWord(subject: string, kind: RegExp): string | null {
  return kind.exec(subject)?.[0] ?? null;
}

/**
 * The economic measure a rate per unit of it opens with (单位地区生产总值能耗和二氧化碳排放, 万元
 * GDP能耗和水耗): the subjects after the first, which do not repeat it, share it.
 */
const PER_UNIT_HEAD = /^(?:单位|每?万元)(?:地区生产总值|国内生产总值|生产总值|GDP|(?:规模以上|规上)?工业增加值)/;
/** A later subject with a base of its own (万元工业增加值用水量), which keeps it. */
const OWN_BASE = /^(?:单位|每?万元|亿元|每)/;
/**
 * The end of a later subject that is an indicator of its own, not a quantity used or given off that
 * the base makes a rate (能耗, 水耗, 二氧化碳排放, 用水量, 建设用地面积): a rate, a share, an intensity
 * (碳排放强度 is per unit of output already), an index, a value or an income (单位地区生产总值能耗和
 * 森林覆盖率: 森林覆盖率).
 */
const OWN_INDICATOR = /(?:率|比例|比重|占比|强度|指数|系数|[总产]值|增加值|收入|投资|总额|规模|人数|个数|数量|得分|价格|水平|[A-Za-z])$/;

/**
 * The last character of a subject that names a measure of its own (…系统管理率, …优良比例, …人数,
 * …总产量): such a subject is complete without the words of the others.
 */
const COMPLETE_NAME = /[率例重数量积值额度入模次价]$/;

/**
 * A count or rate that follows what it counts (生产安全事故起数, 死亡人数): a list whose later subjects
 * are such measures alone (全县生产安全事故起数、死亡人数) counts the same things as the first, whose
 * words before its measure (less a scope such as 全县) the later ones share.
 */
// 亡人数 and 伤人数 (火灾亡人数) are the fire statistics' own short words for 死亡人数 and 受伤人数.
const COUNT_MEASURE = /(?:起数|次数|件数|宗数|(?:死亡|受伤|伤亡|死伤|遇难|失踪|亡|伤)人数|人数|户数|发生率|死亡率|直接经济损失)$/;
const SCOPE = /^全[省市区县州旗镇乡]/;

/** The span [from, to) of the first subject that the later ones share, or null. */
function sharedHead(subjects: readonly string[]): readonly [number, number] | null {
  if (subjects.length < 2) return null;
  const first = subjects[0] as string;
  const measure = COUNT_MEASURE.exec(first);
  if (!measure) return null;
  const from = SCOPE.exec(first)?.[0].length ?? 0;
  if (measure.index - from < 2) return null;
  return subjects.slice(1).every((s) => COUNT_MEASURE.exec(s)?.index === 0) ? [from, measure.index] : null;
}

/**
 * Who a household survey's per-capita measure is of, and the per-capita word after it (城镇居民人均,
 * 农村常住居民人均, 居民人均, 农民人均, 职工人均, 户均): the subjects after such a first subject that
 * are household measures alone (城镇居民人均可支配收入和消费支出) are of the same people, per head.
 * Group 1 ends the people (empty when the per-capita word stands alone).
 */
const PER_CAPITA_HEAD = /^((?:(?:城镇|农村|城乡|城市|乡村)?(?:常住)?居民|农民|农牧民|(?:城镇(?:非私营)?单位)?(?:在岗)?职工)?)(?:人均|户均)/;
/**
 * What a household survey measures per head (可支配收入, 消费支出, 住房面积 …), with or without its own
 * per-capita word: a later subject that is one of these shares the first's people and per-capita
 * word. Any other later subject (一般公共预算收入, 城镇化率) is an indicator of its own, and keeps
 * its words: where it cannot be told, the list is read as written.
 */
const HOUSEHOLD_MEASURE = /^(?:(?:人均|户均))?(?:可支配收入|纯收入|工资性收入|经营(?:性)?净?收入|财产(?:性)?净?收入|转移(?:性)?净?收入|(?:生活)?消费(?:性)?支出|(?:住房)?(?:建筑|居住)?面积|储蓄存款(?:余额)?|(?:平均)?工资|收入|支出)$/;

/**
 * How far into the first subject each later one shares its words for a per-capita list (PER_CAPITA_
 * HEAD): to the end of the per-capita word for a household measure alone (消费支出), to the end of the
 * people for one with its own per-capita word (人均消费支出); null when the first opens with no such
 * head, no words follow it, or a later subject is no household measure.
 */
function perCapitaShare(subjects: readonly string[]): number[] | null {
  if (subjects.length < 2) return null;
  const first = subjects[0] as string;
  const scope = SCOPE.exec(first)?.[0].length ?? 0;
  const head = PER_CAPITA_HEAD.exec(first.slice(scope));
  if (!head || first.length <= scope + head[0].length) return null;
  const people = scope + (head[1] as string).length;
  const ends = subjects.slice(1).map((s) => (!HOUSEHOLD_MEASURE.test(s) ? -1 : /^(?:人均|户均)/.test(s) ? people : scope + head[0].length));
  // A later subject with its own per-capita word and no people to share takes nothing: read as written.
  return ends.every((e) => e > 0) ? ends : null;
}

/**
 * How much of the first subject comes before its peer word and is every peer's: a scope (全市), and
 * after it a verb of work where the peers are grades or such words (新增公办: 新增); 0 when none.
 */
function listLead(first: string, kind: RegExp): number {
  const scope = (SCOPE.exec(first)?.[0].length ?? 0) + (listRunning(first)?.length ?? 0);
  if (kind === WORK_VERB) return scope;
  const verb = WORK_VERB.exec(first.slice(scope))?.[0].length ?? 0;
  return verb > 0 && peerWord(first.slice(scope + verb), kind) === first.slice(scope + verb) ? scope + verb : scope;
}

/**
 * 累计 after the scope the first subject opens with (全市累计新增公办、民办幼儿园): every listed
 * target's qualifier, and no part of a name; its place in the first subject, or null.
 */
export function listRunning(first: string): { at: number; length: number } | null {
  const at = SCOPE.exec(first)?.[0].length ?? 0;
  return first.startsWith('累计', at) && first.length > at + 2 ? { at, length: 2 } : null;
}

/** 城乡: the pair it stands for, in order. */
const URBAN_RURAL = ['城镇', '农村'] as const;

/**
 * Each listed subject's full name, as pieces (see NamePiece): its own words, and what it shares
 * with the others — the measure a list of substances shares (sharedMeasure), the rest of the last
 * subject after a peer word (城镇和农村居民…) or after a place (高新区和经开区规上工业企业), the per-unit
 * measure the first opens with (单位地区生产总值能耗和二氧化碳排放). With `figures` twice the one
 * subject, a subject written with 城乡 names the two (城乡居民人均消费支出分别增长5%和6.5%: 城镇…, 农村…).
 * `strict`: null unless every subject is complete (COMPLETE_NAME) once its shared words are added, or
 * the names are peers' or places' sharing the rest of the last, as a list before 均 (or one figure
 * after 分别) must be to be split: 宫颈癌和乳腺癌筛查覆盖率 may be one rate of two screenings.
 */
export function subjectNames(subjects: readonly string[], figures: number, strict = false): NamePiece[][] | null {
  if (subjects.length === 1 && figures === 2) {
    const only = subjects[0] as string;
    const at = only.indexOf('城乡');
    if (at >= 0) {
      return URBAN_RURAL.map((word) => [
        ...(at > 0 ? [{ subject: 0, from: 0, to: at }] : []),
        { word },
        { subject: 0, from: at + 2, to: only.length },
      ]);
    }
  }
  const last = subjects.length - 1;
  const lastWords = subjects[last] ?? '';
  const whole = (k: number): NamePiece => ({ subject: k, from: 0, to: (subjects[k] as string).length });
  // 高新区和经开区规上工业企业: bare places before the last share all it writes after its own place,
  // more than a measure (高新区和经开区研发投入强度: 高新区研发投入强度, not 高新区强度), and each name
  // is then whole.
  const placeAt = placeShare(subjects);
  if (placeAt !== null) return subjects.map((_, k) => (k < last ? [whole(k), { subject: last, from: placeAt, to: lastWords.length }] : [whole(k)]));
  // 城镇居民人均可支配收入和消费支出: a household measure shares the people and the per-capita word
  // (and no measure: 城镇居民人均可支配收入和住房面积 is no 可支配收入面积).
  const perCapita = perCapitaShare(subjects);
  const measure = perCapita ? null : sharedMeasure(subjects);
  // Peers of a kind: words such as 公办 or grades (公办、民办幼儿园), else verbs of work (新建和改造供热管网).
  const peerKind = perCapita ? null : LIST_PEER.test(lastWords) ? LIST_PEER : WORK_VERB.test(lastWords) ? WORK_VERB : null;
  const peer = peerKind ? peerWord(lastWords, peerKind) : null;
  // 全市国控、省控断面水质优良比例: a scope before the first peer word is the whole list's, and so is a
  // verb of work after it (全市新增公办、民办幼儿园, 培育甲级、乙级民宿).
  const scope = peer !== null && peerKind !== null && subjects.length > 1 ? listLead(subjects[0] as string, peerKind) : 0;
  const peerShared =
    peer !== null && peerKind !== null && lastWords.length > peer.length && subjects.slice(0, -1).every((s, k) => {
      const own = k === 0 ? s.slice(scope) : s;
      return peerWord(own, peerKind) === own;
    });
  const sharedScope: NamePiece[] = peerShared && scope > 0 ? [{ subject: 0, from: 0, to: scope }] : [];
  // 全县单位地区生产总值能耗和二氧化碳排放: the measure may follow the list's scope, shared with it.
  const headScope = subjects.length > 1 ? (SCOPE.exec(subjects[0] as string)?.[0].length ?? 0) : 0;
  const head = subjects.length > 1 ? PER_UNIT_HEAD.exec((subjects[0] as string).slice(headScope)) : null;
  const headEnd = head ? headScope + head[0].length : 0;
  const headShared = !perCapita && head !== null && (subjects[0] as string).length > headEnd && subjects.slice(1).every((s) => !OWN_BASE.test(s) && !SCOPE.test(s) && !OWN_INDICATOR.test(s));
  const counted = measure || peerShared || headShared || perCapita ? null : sharedHead(subjects);
  const yielded = measure || peerShared || headShared || perCapita || counted ? null : yieldShare(subjects);
  const names = subjects.map((_, k): NamePiece[] => {
    if (k > 0 && counted) return [{ subject: 0, from: counted[0], to: counted[1] }, whole(k)];
    // 电子信息、新材料产业产值: a name shares the group and its measure; a trade (软件业) the measure alone.
    if (k < last && yielded) return [whole(k), { subject: last, from: /(?:业|集群|产业链)$/.test(subjects[k] as string) ? yielded.measure : yielded.group, to: lastWords.length }];
    if (k === last && yielded?.count) return [{ subject: k, from: 0, to: yielded.count[0] }, { subject: k, from: yielded.count[1], to: lastWords.length }];
    // 城镇和农村居民人均住房面积: a peer word shares all the last subject's words, more than its measure.
    if (k < last && measure && !peerShared) return [whole(k), { subject: last, from: lastWords.length - measure.length, to: lastWords.length }];
    if (k < last && peerShared) return [...(k > 0 ? sharedScope : []), whole(k), { subject: last, from: (peer as string).length, to: lastWords.length }];
    if (k === last && peerShared) return [...sharedScope, whole(k)];
    if (k > 0 && headShared) return [{ subject: 0, from: 0, to: headEnd }, whole(k)];
    if (k > 0 && perCapita) return [{ subject: 0, from: 0, to: perCapita[k - 1] as number }, whole(k)];
    return [whole(k)];
  });
  // 单位地区生产总值能耗和二氧化碳排放均下降15%: each is a whole rate once the base is shared.
  if (strict && !headShared && !perCapita && !peerShared && !subjects.every((s, k) => COMPLETE_NAME.test(s) || (k < last && (measure !== null || peerShared || yielded !== null)))) return null;
  // 全市婴儿死亡率和5岁以下儿童死亡率: a scope before the first subject is every subject's that has none of its own.
  const listScope = subjects.length > 1 ? (SCOPE.exec(subjects[0] as string)?.[0].length ?? 0) : 0;
  if (listScope === 0) return names;
  const scoped = (name: NamePiece[]): boolean => {
    const first = name[0];
    return first !== undefined && 'subject' in first && first.subject === 0 && first.from === 0;
  };
  return names.map((name, k) => (k > 0 && !SCOPE.test(subjects[k] as string) && !scoped(name) ? [{ subject: 0, from: 0, to: listScope }, ...name] : name));
}
