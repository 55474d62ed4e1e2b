/**
 * Subjects a target does not write in its own clause: the subject a measure named alone shares with
 * the target before it (产业规模 after 新能源汽车产量), and a clause that names only a subject
 * (数字经济核心产业增加值，到2025年比2020年翻一番).
 */
import { PEER } from './respective-subjects.js';
import { CHANGE_END, CHANGE_TAIL } from './verbs.js';


/** What a target measures, at the end of its indicator: 新能源汽车产量, 数字经济核心产业增加值. */
const MEASURE =
  '(?:产业|行业)?(?:规模|总规模|产值|总产值|营业收入|主营业务收入|销售收入|营收|销售额|产量|销量|增加值|保有量|出口额|进出口额|利润|利润总额|税收|总收入|收入|投资额|产能)';

/** An indicator that is a measure alone (产业规模, 产值): it names no subject of its own. */
const MEASURE_ONLY = new RegExp(`^${MEASURE}$`);

const MEASURE_AT_END = new RegExp(`${MEASURE}$`);

/** Rates of how requests or cases are handled (办结率, 满意率, 按时办结率), which one subject is measured by side by side. */
const HANDLING_RATE = '(?:按期|按时|及时|一次性)?(?:办结率|受理率|响应率|回复率|解决率|满意率|满意度|知晓率|回访率|办理率|签收率|化解率|调解成功率|好评率|差评整改率)';
const HANDLING_RATE_ONLY = new RegExp(`^${HANDLING_RATE}$`);
const HANDLING_RATE_AT_END = new RegExp(`${HANDLING_RATE}$`);

/** The scope before a subject (全省, 本市), which the measure named alone does not repeat. */
const SCOPE = /^(?:全|本|我)[国省市区县州旗镇乡]/;

/**
 * The subject a measure named alone (产业规模) shares with the target before it (全省新能源汽车产量):
 * that target's indicator less its scope and its own measure (产业 with it: 数字经济核心产业增加值
 * gives 数字经济核心, so that 产业规模 joins on once), as a span [from, to) of it. Null when either
 * is no such pair.
 */
export function sharedSubject(before: string, measure: string): { from: number; to: number } | null {
  // 诉求办结率达到100%，满意率达到95%: a rate of how requests are handled is shared only with another
  // such rate (新能源汽车产量…，满意率… names no subject of 产量's).
  const handling = HANDLING_RATE_ONLY.test(measure);
  if (!handling && !MEASURE_ONLY.test(measure)) return null;
  const tail = (handling ? HANDLING_RATE_AT_END : MEASURE_AT_END).exec(before);
  if (!tail) return null;
  const from = SCOPE.exec(before)?.[0].length ?? 0;
  return tail.index - from < 2 ? null : { from, to: tail.index };
}

/** A word that restates a measure's total without naming it (总额 of 社会消费品零售总额, 总量 of 地区生产总值), and a change after it. */
const TOTAL_ALONE = new RegExp(`^(?:总额|总量)(${CHANGE_TAIL.source.slice(0, -1)})?$`);
/** The end of a name of an amount, whose total such a word restates (…总额, …总值, …收入, …投资, …产量, 进出口). */
const AMOUNT_END = /[额值量入资口]$/;

/**
 * 总额 (总量) alone, right after a target of the amount it restates the total of: how long the amount's
 * name is in `before`, that target's indicator, or null when `measure` is no such word or `before`
 * names no amount. Either the one or the other target is a change: 社会消费品零售总额年均增长8%，总额
 * 达到1200亿元 (the total's level: 社会消费品零售总额), 社会消费品零售总额达到1000亿元，总额年均增长8%
 * (its change: 社会消费品零售总额年均增长); a change after a change, or a level after a level, is left alone.
 */
export function restatedTotal(before: string, measure: string): number | null {
  const total = TOTAL_ALONE.exec(measure);
  if (!total) return null;
  const change = CHANGE_TAIL.exec(before);
  if ((change !== null) === (total[1] !== undefined)) return null;
  const amount = change ? before.slice(0, change.index) : before;
  return amount.length >= 2 && AMOUNT_END.test(amount) ? amount.length : null;
}

/** A peer word (初中, 小学, 城镇, 农村, 公办 …) anywhere in an indicator, after its scope at most. */
const PEER_AFTER_SCOPE = new RegExp(`^((?:全|本|我)[省市区县州旗镇乡])?(${PEER.source.slice(1)})`);
/** The end of a name that measures something of its own (…近视率, …人数): it needs no words from another. */
const OWN_MEASURE = /[率例重数量积值额度入模次价]$/;

/**
 * 全市初中书面作业平均完成时间不超过90分钟，小学三至六年级不超过60分钟: a later clause's subject that
 * opens with a peer of the word the target before opens with (小学 to 初中) and measures nothing of its
 * own shares what that target measures of it (书面作业平均完成时间): the span [from, to) of `before`
 * to add after `subject`, or null when the two are no such pair.
 */
export function peerMeasure(before: string, subject: string): { from: number; to: number } | null {
  // 农村居民增长8%: a change of its own names its measure elsewhere; not read so.
  if (subject.length > 12 || OWN_MEASURE.test(subject) || CHANGE_END.test(subject)) return null;
  const own = PEER.exec(subject)?.[0];
  const other = own ? PEER_AFTER_SCOPE.exec(before) : null;
  // 国家级…50家，省级…200家: a grade's peers are siblingGrade's (words.ts).
  if (!own || !other || other[2] === own || own.endsWith('级')) return null;
  // 小学三至六年级书面作业…，初中不超过90分钟: the grades after the peer word are its own, not the
  // peer's (初中 has no 三至六年级): what is shared starts after them.
  const after = other[0].length + (GRADES.exec(before.slice(other[0].length))?.[0].length ?? 0);
  // 城镇新增就业5000人，农村新增3000人: the words the peer writes again after its word (新增) are shared
  // once, not twice (农村新增就业, not 农村新增新增就业).
  const again = subject.slice(own.length);
  const from = again !== '' && before.startsWith(again, after) ? after + again.length : after;
  // 城镇新增就业1.2万人，农村劳动力转移就业0.8万人: a subject ending as the measure ends (就业) names a
  // measure of its own.
  return before.length - from < 2 || subject.endsWith(before.slice(-2)) ? null : { from, to: before.length };
}

/** A part of a place, or the town or country, standing for a subject alone (县城达到60%). */
const PLACE_ALONE = /^(?:中心城区|主城区|老城区|新城区|县城区|建成区|建制镇|城镇|农村|城市|乡村|城区|郊区|市区|县城)$/;
/** A venue of a kind named alone (博物馆, 卫生院), and its kind word. */
const VENUE_ALONE = /^[\u4e00-\u9fff]{1,5}([馆館院站])$/;

/**
 * 生活垃圾回收利用率达到75%，县城达到60%; 公共图书馆、文化馆免费开放率达到100%，博物馆达到90%: a later
 * clause's subject that is a part of a place alone, after a target that names no place (whose measure
 * is then the whole's, left as written), or a venue alone after a target of a venue of its kind (馆),
 * is measured as that target is: the span [from, to) of `before` to add after `subject` (its measure
 * after its scope, or after its venue), or null when the two are no such pair.
 */
export function alonePeerMeasure(before: string, subject: string): { from: number; to: number } | null {
  if (!OWN_MEASURE.test(before) || CHANGE_END.test(before)) return null;
  const scope = SCOPE.exec(before)?.[0].length ?? 0;
  if (PLACE_ALONE.test(subject)) {
    // 县城污水处理率达到95%，建制镇达到70%: a target that names a place is peerMeasure's.
    return before.length - scope < 3 || PEER.test(before.slice(scope)) ? null : { from: scope, to: before.length };
  }
  const kind = VENUE_ALONE.exec(subject)?.[1];
  if (kind === undefined) return null;
  // The venue before opens the name after its scope and ends with the same kind word; a rate follows it.
  const venueEnd = before.indexOf(kind, scope + 2) + 1;
  if (venueEnd === 0 || venueEnd - scope > 6 || !/率$/.test(before) || before.length - venueEnd < 2) return null;
  return { from: venueEnd, to: before.length };
}

/** A peer word closing an indicator (…覆盖率城市). */
const PEER_AT_END = new RegExp(`${PEER.source.slice(1)}$`);

/**
 * 社区居家养老服务设施覆盖率城市达到100%、农村达到75%, 生活垃圾回收利用率中心城区达到75%、县城达到60%:
 * a peer word (a part of a place among them) written after the measure names whose measure it is, as
 * it would before the name (城市社区居家养老服务设施覆盖率, 中心城区生活垃圾回收利用率), where the peers
 * after it find it (peerMeasure). The indicator with the peer word moved there (after its scope), or null
 * when no peer word closes a name that measures something of its own.
 */
export function peerBeforeMeasure(indicator: string): string | null {
  const at = peerAfterMeasureAt(indicator);
  return at === null ? null : movedPeer(indicator, at);
}

/**
 * Where peerBeforeMeasure finds the peer word (`peer`) and the end of the scope it goes after
 * (`scope`), so that the indicator as written (traditional characters) moves as its folded copy does.
 */
export function peerAfterMeasureAt(indicator: string): { scope: number; peer: number } | null {
  const peer = PEER_AT_END.exec(indicator);
  if (!peer) return null;
  const name = indicator.slice(0, peer.index);
  const scope = SCOPE.exec(name)?.[0].length ?? 0;
  if (name.length - scope < 3 || !OWN_MEASURE.test(name)) return null;
  return { scope, peer: peer.index };
}

/** The indicator with the words from `peer` on moved to after its scope. */
export function movedPeer(indicator: string, { scope, peer }: { scope: number; peer: number }): string {
  return `${indicator.slice(0, scope)}${indicator.slice(peer)}${indicator.slice(scope, peer)}`;
}

/** Years of school after 小学, 初中 …: 三至六年级, 1—2年级, 一二年级, 高年级. */
const GRADES = /^(?:[一二三四五六七八九1-9]{1,2}(?: ?[至到—–\-－~～、] ?[一二三四五六七八九1-9])?|低|中|高)年级/;

/** Words that make a clause a statement rather than a subject waiting for its target. */
const PREDICATE = /[了着]$|如下|显著|明显|增强|加快|推进|坚持|实现|取得|进一步|不断|持续|稳步|有效|大幅|[达为是]$/;

/**
 * A clause that only names a subject (数字经济核心产业增加值，…), less a year or 力争 before it;
 * null when it holds a figure, reads as a statement, or is too long to be a name.
 */
export function subjectClause(text: string, match: string, [from, to]: [number, number]): string | null {
  const clause = match.slice(from, to);
  const lead = /^\s*(?:力争|争取|确保)?(?:(?:到|至|截至) ?\d{4} ?年(?:底|末)?)?/.exec(clause)?.[0].length ?? 0;
  const name = clause.slice(lead).trim();
  if (name === '' || name.length > 30 || /\d/.test(name) || PREDICATE.test(name)) return null;
  return text.slice(from + lead, to).trim();
}

/** What a figure is counted per, opening an indicator after its scope: 每千人口, 每万人, 每十万人, 每百户, 人均, 户均. */
const PER_BASE = /^((?:全|本|我)[国省市区县州旗镇乡])?(?:每(?:十万|百万|千|万|百|十)?(?:常住人口|人口|人|户|名|平方公里)|人均|户均)/;
/**
 * A name that says itself what it is counted per, anywhere in it (城镇居民人均可支配收入, 每萬人口…
 * in traditional characters), or opens with its own scope.
 */
const OWN_BASE = /^(?:(?:全|本|我)[国省市区县州旗镇乡])?每|人均|户均|戶均|每(?:十万|百万|千|万|萬|百|十)?(?:常住人口|人口|人|户|戶|名|平方公里)/;

/** The last character of a rate-like measure: a number of (医师数) or a rate (覆盖率). */
const RATE_END = /[数數率]$/;

/**
 * 全区每千人口执业（助理）医师数达到3.6人、注册护士数达到4.2人: a target joined on with 、 to one whose
 * name opens with what it is counted per (每千人口, after its scope) shares that base and scope, as
 * it would the scope alone — only where the peer is a measure of the same form (both end in 数, or
 * both in 率): 全科医生达到800人 after it is a count of the whole place, not per thousand. The words to
 * put before `subject`, or null when `before` opens with no such base or `subject` writes its own.
 */
export function sharedPerBase(before: string, subject: string): string | null {
  if (subject.length < 2 || OWN_BASE.test(subject) || SCOPE.test(subject)) return null;
  const end = RATE_END.exec(before)?.[0];
  if (end === undefined || !subject.endsWith(end)) return null;
  const base = PER_BASE.exec(before);
  return base && before.length > base[0].length ? base[0] : null;
}

/** A threshold a class of things is named by: 超10亿元企业, 超过1亿元项目, 10亿元以上 after its measure. */
const THRESHOLD_OPENING = /^(?:超过|超|逾|达到|达)(?=[\d一二三四五六七八九十百千万亿])/;

/**
 * 营业收入超亿元企业50家、超10亿元企业8—10家: a subject joined on with 、 that opens with a threshold
 * (超10亿元企业) measures what the class before it does (营业收入 before its 超亿元): the words before
 * the same threshold word in `before`, or null when `subject` opens with no threshold or `before` has
 * none after a measure of at least two characters.
 */
export function thresholdMeasure(before: string, subject: string): string | null {
  const word = THRESHOLD_OPENING.exec(subject)?.[0];
  if (!word) return null;
  const at = before.search(new RegExp(`${word}(?=[\\d一二三四五六七八九十百千万亿])`));
  const scope = SCOPE.exec(before)?.[0].length ?? 0;
  return at - scope >= 2 ? before.slice(0, at) : null;
}
