/**
 * The figures of one clause that may be targets, each with its unit as written: digits (with
 * thousands separators, ranges, ratios, ranks), Chinese numerals and doublings (翻一番). A figure that
 * is part of a name (65岁以上老年人), a date, a count of what a scope has (全镇23个行政村) or a note
 * (（原目标为180亿元）) is passed over here, before anything reads its subject.
 */
import { parseNumeral } from '../../text/chinese-numeral.js';
import { figureMeasureAt, type FigureMeasure } from '../../text/measure-units.js';
import { chineseFiguresOf } from './chinese-figure.js';
import { rankUnitAt } from './rank-target.js';
import { baselineNoteSpans } from './notes.js';
import { RATIO_MARK, ratioAt } from './ratio-figure.js';
import { bareListedBefore } from './shared-unit-list.js';
import { RANK_REACHED } from './scope-count.js';
import { isGradeBeforeNoun } from './words.js';
import { alternation, MARKED_NUMBER, PREFIX_QUALIFIERS, RANGE_JOIN, RANGE_START, SIGNS, SUFFIX_QUALIFIERS } from './target-figure.js';
import { THOUSANDS_MARK } from '../../text/thousands.js';
import { VERBS, VERB_FIRST, CHINESE_FIGURE_VERBS } from './verbs.js';

/**
 * A figure, not part of a date, a document number or a longer number, perhaps with thousands
 * separators (marked, see markThousands); its unit follows.
 */
const FIGURE = new RegExp(`(?<![\\d.〔[${THOUSANDS_MARK}])(${MARKED_NUMBER}) ?`, 'g');

/** A figure's digits as written: the thousands mark back to its comma. */
export const written = (marked: string): string => marked.replaceAll(THOUSANDS_MARK, ',');

export interface Figure {
  raw: string;
  unit: string;
  index: number;
  end: number;
  /** The upper end of a range (10%—15%, 8万—10万人), as written. */
  upTo?: string;
  /** A multiple written in words (翻一番 is 2, 翻两番 4): the figure has no digits and no unit. */
  multiple?: number;
  /** The value of a figure in Chinese numerals (五十 is 50); a figure in digits is its raw. */
  value?: number;
  /** A share written in words before its numeral (百分之十): the unit (%) is not in the text after it. */
  unitBefore?: true;
  /** 余 or 多 written in the unit (5000余人次, 3.6万余人): the figure is a floor; its offset in the clause. */
  over?: { word: string; at: number };
  /** A place after 前 (进入全省前3位): a rank to reach, see rank-target.ts. */
  rank?: true;
  /**
   * A figure of a 分别 list written bare (分别达到80、82、85%): the unit written after the list's
   * last figure, [from, to) in the clause, which is this one's too, as is the bound after it.
   */
  sharedUnit?: { from: number; to: number };
  /**
   * The figures written after this one with a slash between, each in its unit (85%/90%,
   * 80%/85%/90%): figures of the same indicator, for years or groups the text does not name. The
   * goal reader gives them to the plan's years where they are as many (see extract-goals.ts).
   */
  slashed?: Figure[];
}

/** Where a figure's words end: after the last figure slashed on to it (85%/90%), or after its own unit. */
export function chainEnd(f: Figure): number {
  return f.slashed?.at(-1)?.end ?? f.end;
}

/** A slash between two figures (85%/90%), half or full width, perhaps spaced. */
const SLASH_BETWEEN = /^ ?[/／] ?$/;

const ATTRIBUTIVE = new RegExp(`^(?:${SUFFIX_QUALIFIERS.join('|')})?的`);

/** A bound and the noun after it: 以下婴幼儿, 以上老年人 (not 以上， or 以上。). */
const BOUND_THEN_NOUN = /^ ?(?:及以上|及以下|以上|以下)?[\u4e00-\u9fff]/;

function partOfName(clause: string, end: number, unit: string, index: number): boolean {
  const after = clause.slice(end);
  // 过10亿元项目5个, 年营收超10亿元企业5家: a threshold before the figure and a noun right after its
  // unit, then the target's figure, describe the object as 10亿元以上的 does.
  if (THRESHOLD_BEFORE.test(clause.slice(Math.max(0, index - 6), index)) && (THRESHOLD_NAME_THEN_FIGURE.test(after) || THRESHOLD_KIND.test(after))) return true;
  // An age is a target only at the end of its phrase (人均预期寿命达到79岁); before a noun it names a group.
  if (unit === '岁') return BOUND_THEN_NOUN.test(after) && !/^ ?(?:及以上|及以下|以上|以下|左右)?(?:[,，。;；、]|$)/.test(after);
  // 5000万元以上项目达到10个, 新增5000万元以上项目10个: the noun runs on to the target's figure (not
  // 培育100家以上企业和50个项目, where a second object is joined on).
  return (
    BOUND_NAME_THEN_FIGURE.test(after) ||
    (after.includes('内') && AREA_NAME_THEN_TARGET.test(after)) ||
    (DURATION_UNIT.test(unit) && DURATION_NAME_THEN_TARGET.test(after)) ||
    (DISTANCE_UNIT.test(unit) && DISTANCE_NAME_THEN_TARGET.test(after))
  );
}

/** Units of a distance, which name a radius inside an indicator (公交站点500米覆盖率, 5公里收运半径覆盖率). */
const DISTANCE_UNIT = /^(?:米|公里|千米|㎞)$/;

/** Units of a span of time, which name a deadline inside an indicator (24小时扑灭率, 3个工作日办结率). */
const DURATION_UNIT = /^(?:小时|个小时|分钟|秒|天|日|个工作日|工作日|周|个月)$/;

/** A threshold an object passes, right before its figure: 过, 超, 超过, 逾 (not the ceilings 不超, 不超过, nor the 过 of 不超过). */
const THRESHOLD_BEFORE = /(?<!不)(?<!不超)(?:超过|过|超|逾) ?$/;

/** A noun right after a threshold's unit, then the target's figure (a verb or a qualifier between). */
const THRESHOLD_NAME_THEN_FIGURE = new RegExp(
  `^ ?[\\u4e00-\\u9fff“”"]{1,20}?(?:${alternation([...VERBS, ...SIGNS])})? ?(?:(?:${alternation(PREFIX_QUALIFIERS)}) ?)?(?:\\d|[一二三四五六七八九十两](?![成是])[一二三四五六七八九十两百千万]*(?:个|家|项|所|座|条|处|户|人))`,
);

/**
 * 营收超10亿元企业数量明显增加, 年产值过亿元项目: a threshold run into the kind of object it sorts (企业,
 * 项目, 园区 …) names the kind, though no figure of a target follows.
 */
const THRESHOLD_KIND = /^ ?(?:的)?(?:企业|项目|园区|产业|集群|平台|品牌|工程|商圈|街区|市场|基地|楼宇|主体|龙头)/;

const BOUND_NAME_THEN_FIGURE = /^ ?(?:及以上|及以下|以上|以下)[^\d,:;。、和及与]{1,20}\d/;

/** A target's own verb (or sign) and the start of its figure, after the words of its name. */
const TARGET_VERB_FIGURE = `(?:${[...VERBS, ...SIGNS].join('|')}) ?(?:${PREFIX_QUALIFIERS.join('|')})?\\d`;

/**
 * 校园周边200米范围内无证经营摊点清理率达到100%, 15分钟生活圈内…达标率, 30天内办结率达到95%: a
 * figure that bounds a place or a time, before more of the name and then the target's own verb
 * and figure, is part of the indicator. The verb is required: 控制在10起以内 alone is a target.
 */
const AREA_NAME_THEN_TARGET = new RegExp(`^ ?(?:范围|区域|生活圈|圈)?(?:以内|之内|内)的?[^\\d,:;。、和及与]{1,20}?${TARGET_VERB_FIGURE}`);

/**
 * 火灾24小时扑灭率达到95%, 3个工作日办结率达到98%: a span of time run straight into a rate's name
 * (率 right before the target's own verb and figure) is part of the indicator, as a bounded place or
 * time is above; 2小时以上 or a figure before a comma stays a target of its own.
 */
const DURATION_NAME_THEN_TARGET = new RegExp(`^[\\u4e00-\\u9fff]{0,10}率 ?(?:${PREFIX_QUALIFIERS.join('|')})?${TARGET_VERB_FIGURE}`);

/**
 * 公交站点500米覆盖率实现100%, 公园绿地500米服务半径覆盖率达到90%, 300米见绿率达到85%: a distance run
 * straight into more of a name (no bound, no 的 between), then the target's own verb and figure, is
 * part of the indicator, as a bounded place is above (新建公交专用道50公里 alone is a target).
 */
const DISTANCE_NAME_THEN_TARGET = new RegExp(`^(?!及以上|及以下|以上|以下|以内|之内|内|左右|上下|的|之)[\\u4e00-\\u9fff]{1,12}?${TARGET_VERB_FIGURE}`);

/**
 * A measure without a unit (农田灌溉水有效利用系数达到0.58以上, 空气质量综合指数控制在4.0以内, 数据中心
 * PUE值降至1.3以下, 城乡居民人均可支配收入比缩小至1.8以内, 收入倍差缩小到1.9以内, 耕地质量平均等级达到4.2;
 * not 占比, 同比, 环比): its name, a target verb or sign right before the figure, and nothing after it
 * but a bound. The names are few; any other figure without a unit is left to be reported as unread.
 */
const UNITLESS_NAME = new RegExp(
  `(?:系数|指数|PUE值?|比值|之比|(?<![占同环对])比|倍差|等级)(?:${alternation([...VERBS, ...SIGNS])}) ?(?:(?:${alternation(PREFIX_QUALIFIERS)}) ?)*(?:${alternation(SIGNS)})? ?$`,
);

const BOUND_ONLY = new RegExp(`^ ?(?:${alternation(SUFFIX_QUALIFIERS)})? ?$`);

/** The empty unit of a unitless measure's figure at [from, end) of the clause; null if it is none. */
function unitlessAt(clause: string, from: number, end: number): FigureMeasure | null {
  // Runs on every figure without a unit: a cheap test before the regexes.
  if (!/[数比值差级]/.test(clause.slice(Math.max(0, from - 16), from)) || !BOUND_ONLY.test(clause.slice(end))) return null;
  return UNITLESS_NAME.test(clause.slice(Math.max(0, from - 24), from)) ? { unit: '', end } : null;
}

/** What points to things listed or named elsewhere: 以下, 如下, 下列, 上述, 这. */
const POINTING = /(?:以下|如下|下列|上述|前述|这|这些) ?$/;

/**
 * A noun right after a span of time (15分钟健康服务圈), not a bound of the span (12分钟以内, 3天内), nor
 * the word that joins the next figure of a list on (分别不超过15个工作日和5个工作日).
 */
const DURATION_BEFORE_NOUN = /^(?!及以上|及以下|以上|以下|以内|之内|内|左右|上下|之前|以前|前|后|以后|的|之|(?:和|及|与|以及|或) ?(?:\d|[０-９一二两三四五六七八九十半])|[降缩压减增提到至为])[\u4e00-\u9fff]/;

/** 由 or 从 right before a figure: the level a target starts from. */
const STARTING_BEFORE = /[由从] ?$/;

/** A whole place right before a count (全镇, 全县, 辖区内): the count is of what the place has. */
const SCOPE_BEFORE = /(?:全(?:省|市|区|县|镇|乡|街道|街|村|州|旗)|辖区内?)(?:共有|现有|所有)? ?$/;

/** What the count's clause says of all it counts: 全部, 均, 都, 全覆盖, 不发生 …. */
const ALL_OF_SCOPE = /全部|均|都|全覆盖|不发生|不出现/;

/** A noun and a list's join between two counts of a scope (社区、18个行政村). */
const SCOPE_LIST_GAP = /^[\u4e00-\u9fff]{1,10}[、和及]$/;

/**
 * 全镇23个行政村全部完成…, 确保全镇1.2万名脱贫人口不发生…: a count right after a whole place, run into
 * the noun it counts, in a clause that says what all of them do. A count listed after such a one
 * (全镇3个社区、18个行政村…全覆盖) is one too.
 */
function isScopeCount(clause: string, index: number, end: number, listEnd: number): boolean {
  if (!/^[\u4e00-\u9fff]/.test(clause.slice(end, end + 1))) return false;
  const listed = listEnd >= 0 && SCOPE_LIST_GAP.test(clause.slice(listEnd, index));
  if (!listed && !SCOPE_BEFORE.test(clause.slice(Math.max(0, index - 6), index))) return false;
  const stop = clause.slice(end).search(/[,，。;；:：]/);
  const rest = stop < 0 ? clause.slice(end) : clause.slice(end, end + stop);
  if (ALL_OF_SCOPE.test(rest)) return true;
  // 全区12家重点用能企业能耗较2023年下降5%, 全县4个园区营业收入突破千亿元: the clause has a target of
  // its own, which the count only sizes; 全市50家重点企业中，…: the count is the whole parts are of.
  return !listed && /^(?:个|家|所|名|户|座|条|处|位|项)/.test(clause.slice(index, end).replace(/^[\d.]+ ?/, '')) && (/\d|[〇零一二两三四五六七八九十百千][万亿]|百分之/.test(rest.replace(RANK_REACHED, '')) || /中$/.test(rest));
}

/**
 * 实施以下五项, 推进这5项: a count of the things the text lists or has named, before or after it,
 * is no target.
 */
function isPointedCount(clause: string, index: number): boolean {
  const c = clause.charAt(index - 1);
  return (c === '下' || c === '列' || c === '述' || c === '这' || c === '些' || c === ' ') && POINTING.test(clause.slice(Math.max(0, index - 4), index));
}

/**
 * 第1项指标, 第3条, 第二个: a figure after 第 numbers a thing in order, it counts nothing (the unread
 * targets' report passes it over alike).
 */
function isOrdinal(clause: string, index: number): boolean {
  return /第 ?$/.test(clause.slice(Math.max(0, index - 2), index));
}

/** Whether a figure in `unit` at `index` comes right after a slash that follows `previous` in the same unit (85%/90%). */
function continuesChain(previous: Figure | undefined, clause: string, index: number, unit: string): boolean {
  return previous !== undefined && unit !== '' && previous.unit === unit && !previous.upTo && !previous.rank && SLASH_BETWEEN.test(clause.slice(chainEnd(previous), index));
}

/** A count of one and noughts after a `/` that follows a figure or its unit (人/10万…, 0.2/10万…). */
function isRateBaseCount(clause: string, index: number, figure: string): boolean {
  return clause.charAt(index - 1) === '/' && /^10*$/.test(figure) && /[\d%\u4e00-\u9fff]/.test(clause.charAt(index - 2));
}

export function figuresOf(clause: string, framed: boolean): Figure[] {
  const out: Figure[] = [];
  FIGURE.lastIndex = 0;
  // Where the last figure's unit ended: a figure inside it (the 10万 of 35/10万) is none of its own.
  let covered = 0;
  // Where the last count of a place's scope ended: a count listed after it is one too.
  let scopeListEnd = -1;
  for (let m = FIGURE.exec(clause); m; m = FIGURE.exec(clause)) {
    if (m.index < covered) continue;
    // 每10万人口…: a figure after 每 counts what the target is per, not the target.
    if (/每 ?$/.test(clause.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (isOrdinal(clause, m.index)) continue;
    if (isPointedCount(clause, m.index)) continue;
    // 0.2人/10万常驻居民: a count after a unit's `/` is what a rate is per, not a target of its own,
    // also where the base was not read with the unit (but see the chain below: 98%/100%).
    const rateBase = isRateBaseCount(clause, m.index, m[1] as string);
    const digitsEnd = m.index + (m[1] as string).length;
    // 师生比达到1:13, 收入比缩小到1.65:1以内: a ratio is one figure, without a unit.
    const ratio = clause.charAt(digitsEnd) === RATIO_MARK || clause.charAt(digitsEnd + 1) === RATIO_MARK ? ratioAt(clause, written(m[1] as string), digitsEnd) : null;
    if (ratio) {
      covered = ratio.end;
      out.push({ raw: ratio.raw, unit: '', index: m.index, end: ratio.end, value: ratio.value });
      continue;
    }
    // 前3位, 前20名: a place after 前 is a rank, in a unit of its own (位 is no measure elsewhere).
    const rank = rankUnitAt(clause, m.index, digitsEnd);
    const measure = rank ?? figureMeasureAt(clause, m.index + m[0].length) ?? unitlessAt(clause, m.index, digitsEnd);
    if (!measure) continue;
    const { unit, end } = measure;
    // 90%/95%/98%/100%, 10个/100个: a round figure after a slash, in the unit written before the
    // slash, is the chain's next figure, not a rate's base (a base is not a share or a count of its own kind).
    if (rateBase && !continuesChain(out[out.length - 1], clause, m.index, unit)) continue;
    covered = end;
    const raw = written(m[1] as string);
    // 2022年 is a year, not a target measured in 年; 2022年1月 likewise.
    if (/^\d{4}$/.test(raw) && /^ ?年/.test(clause.slice(m.index + raw.length))) continue;
    // 年营业收入超10亿元的企业10家, 投资5000万元以上的项目: a figure followed by 的 describes the
    // subject; it is no target.
    if (ATTRIBUTIVE.test(clause.slice(end))) continue;
    // 每千人口拥有3岁以下婴幼儿托位数达到4.5个, 65岁以上老年人, 5000万元以上项目达到10个: a figure
    // before more of the name describes the subject, where a target follows.
    if (partOfName(clause, end, unit, m.index)) continue;
    // 培育100亿级企业10家: a grade before a noun names the kind of what is counted.
    if (isGradeBeforeNoun(unit, clause.slice(end))) continue;
    // 建成15分钟健康服务圈, 1小时经济圈: a span of time run into a noun names the kind of the object.
    // Not a starting level (由12天降至5天): a verb follows it.
    if (DURATION_UNIT.test(unit) && DURATION_BEFORE_NOUN.test(clause.slice(end)) && !STARTING_BEFORE.test(clause.slice(Math.max(0, m.index - 2), m.index))) continue;
    // 全镇23个行政村全部完成…, 全镇3个社区、18个行政村…全覆盖: the count of what a place has, all of
    // which the target concerns, sets its scope; the target is that all of them do it.
    if (isScopeCount(clause, m.index, end, scopeListEnd)) {
      scopeListEnd = end;
      continue;
    }
    const figure: Figure = { raw, unit, index: m.index, end, ...(measure.over ? { over: measure.over } : {}), ...(rank ? { rank: true as const } : {}) };
    const previous = out[out.length - 1];
    // 85%/90%: figures of one unit with a slash between are of one indicator, kept with the first
    // (not 30/10万, whose base is read with the unit, nor a fraction, 2/3, which has no unit).
    // The chain's slash follows its last figure (80%/85%/90%).
    if (previous && !figure.rank && continuesChain(previous, clause, figure.index, unit)) {
      out[out.length - 1] = { ...previous, slashed: [...(previous.slashed ?? []), figure] };
      continue;
    }
    if (previous && !previous.upTo && RANGE_JOIN.test(clause.slice(previous.end, figure.index))) {
      // 10%—15%, 8万—10万人: one target between two figures, in the unit of the second.
      out[out.length - 1] = { ...previous, unit: figure.unit, end: figure.end, upTo: raw, ...(figure.over ? { over: figure.over } : {}) };
      continue;
    }
    const start = RANGE_START.exec(clause.slice(Math.max(0, figure.index - 16), figure.index));
    if (start && !(previous && previous.end > figure.index - start[0].length)) {
      // 10—15%: the lower end is written without its unit.
      out.push({ ...figure, raw: written(start[1] as string), index: figure.index - start[0].length, upTo: raw });
      continue;
    }
    out.push(figure);
  }
  for (const c of chineseFiguresOf(clause, CHINESE_FIGURE_VERBS, VERB_FIRST, framed)) {
    // The figure's guards as for digits: 超过五十岁的, 三千万元以上项目达到十个, 以下五项.
    if (isOrdinal(clause, c.index) || isPointedCount(clause, c.index) || ATTRIBUTIVE.test(clause.slice(c.end)) || partOfName(clause, c.end, c.unit, c.index)) continue;
    out.push({ raw: c.raw, unit: c.unit, index: c.index, end: c.end, value: c.value, ...(c.upTo !== undefined ? { upTo: String(c.upTo) } : {}), ...(c.impliedUnit ? { unitBefore: true as const } : {}), ...(c.over ? { over: c.over } : {}), ...(c.rank ? { rank: true as const } : {}) });
  }
  out.sort((x, y) => x.index - y.index);
  return doublingsOf(clause, withBareListed(clause, withBareSlashed(clause, out)));
}

/** A bare figure and the slash after it, at the end of the text before a slashed figure (the 2.8/ of 2.8/3.0人). */
const BARE_SLASHED_BEFORE = new RegExp(`(?<![\\d.${THOUSANDS_MARK}])(${MARKED_NUMBER}) ?[/／] ?$`);

/**
 * 每千人口执业医师数达到2.8/3.0/3.2人: figures joined by slashes with the unit written after the last
 * only are a slashed chain (see Figure.slashed) in that unit, as 2.8人/3.0人/3.2人 is; those before
 * the last take its unit and bound, as a 分别 list's bare figures do. Not a rate's base (30/10万,
 * read with its unit) nor a fraction (2/3, with no unit after it).
 */
function withBareSlashed(clause: string, figures: Figure[]): Figure[] {
  if (figures.length === 0 || (!clause.includes('/') && !clause.includes('／'))) return figures;
  let out = figures;
  for (const [k, f] of figures.entries()) {
    if (f.upTo !== undefined || f.over || f.multiple !== undefined || f.unitBefore || f.rank || f.sharedUnit || f.slashed || f.unit === '' || f.unit.startsWith('/')) continue;
    const sep = clause.charAt(f.index - 1) === ' ' ? clause.charAt(f.index - 2) : clause.charAt(f.index - 1);
    if (sep !== '/' && sep !== '／') continue;
    const floor = k > 0 ? chainEnd(figures[k - 1] as Figure) : 0;
    const bare: Figure[] = [];
    const sharedUnit = { from: f.end - f.unit.length, to: f.end };
    let at = f.index;
    for (;;) {
      // A figure and its slash are short: the words just before `at` hold them.
      const from = Math.max(floor, at - 24);
      const m = BARE_SLASHED_BEFORE.exec(clause.slice(from, at));
      if (!m || (m.index === 0 && from > floor && /[\d.]/.test(clause.charAt(from - 1)))) break;
      const raw = m[1] as string;
      bare.unshift({ raw: written(raw), unit: f.unit, index: from + m.index, end: from + m.index + raw.length, sharedUnit });
      at = from + m.index;
    }
    const [first, ...rest] = bare;
    if (!first) continue;
    if (out === figures) out = [...figures];
    out[out.indexOf(f)] = { ...first, slashed: [...rest, f] };
  }
  return out;
}

/**
 * 分别达到80、82、85%: the figures of a 分别 list written bare before its last, each in the last's
 * unit (see shared-unit-list.ts). The figures are in order; so are those returned.
 */
function withBareListed(clause: string, figures: Figure[]): Figure[] {
  if (figures.length === 0 || !clause.includes('分别')) return figures;
  const added: Figure[] = [];
  for (const [k, f] of figures.entries()) {
    if (f.upTo !== undefined || f.over || f.multiple !== undefined || f.unitBefore || f.rank || f.unit === '') continue;
    const earlier = figures[k - 1];
    for (const b of bareListedBefore(clause, f.index)) {
      if (earlier && b.index < earlier.end) continue;
      added.push({ raw: written(b.raw), unit: f.unit, index: b.index, end: b.end, sharedUnit: { from: f.end - f.unit.length, to: f.end } });
    }
  }
  return added.length === 0 ? figures : [...figures, ...added].sort((x, y) => x.index - y.index);
}

/**
 * （原目标为180亿元）, （原计划150家）: a revision's note of the figure a target replaces, which is no
 * target; the figures inside it are passed over.
 */
const FORMER_TARGET = /[(（] ?原(?:目标|计划|定|为|值|指标)[^()（）]*[)）]/g;

export function withoutFormerTargets(clause: string, figures: Figure[]): Figure[] {
  if (!clause.includes('原')) return figures;
  const spans = [...clause.matchAll(FORMER_TARGET)].map((m) => [m.index, m.index + m[0].length] as const);
  return spans.length === 0 ? figures : figures.filter((f) => !spans.some(([a, b]) => f.index >= a && f.index < b));
}

/** （2020年为30.2%）, （现状值34微克/立方米）: a note of the starting level; its figures are passed over. */
export function withoutNotes(clause: string, figures: Figure[]): Figure[] {
  const spans = figures.length > 0 ? baselineNoteSpans(clause) : [];
  return spans.length === 0 ? figures : figures.filter((f) => !spans.some(([a, b]) => f.index >= a && f.index < b));
}

/** 翻一番, 翻两番, 翻番: the level doubled once, twice …, a multiple written without digits. */
const DOUBLINGS = /翻([一两二三四])?番/g;

function doublingsOf(clause: string, out: Figure[]): Figure[] {
  // The goal test runs on every paragraph: a cheap test before the regex.
  if (!clause.includes('番')) return out;
  DOUBLINGS.lastIndex = 0;
  let added = false;
  for (let m = DOUBLINGS.exec(clause); m; m = DOUBLINGS.exec(clause)) {
    const times = m[1] === undefined ? 1 : m[1] === '两' ? 2 : (parseNumeral(m[1]) ?? 1);
    out.push({ raw: m[0], unit: '', index: m.index, end: m.index + m[0].length, multiple: 2 ** times });
    added = true;
  }
  return added ? out.sort((x, y) => x.index - y.index) : out;
}
