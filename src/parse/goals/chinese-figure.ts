import { parseDecimalCount } from '../../text/chinese-numeral.js';
import { figureMeasureAt } from '../../text/measure-units.js';
import { isGradeBeforeNoun } from './words.js';
import { rankUnitAt } from './rank-target.js';
import { PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, isCountOfOne } from './target-figure.js';

/**
 * Target figures written in Chinese numerals (达到五十家, 新增三个, 增长百分之十, 提高两个百分点).
 * Numerals stand in ordinary prose far more often than digits do (一是, 一批, 一体化, “十四五”,
 * 三年行动, 四个一), so a figure counts only when a target verb stands right before it, qualifiers
 * apart, it reads as a count (not 两三, not 十四五), and a known unit follows it, itself not
 * followed by another numeral (两万五千人 is one number, 四个一 a slogan).
 */
export interface ChineseFigure {
  /** The figure as written: 五十, 百分之十. */
  raw: string;
  value: number;
  /** The unit after it as read on the folded copy; % or ‰ for 百分之 or 千分之, which write it before. */
  unit: string;
  /** Offsets in the clause of the figure and of the end of its unit (of the numeral for 百分之). */
  index: number;
  end: number;
  /** The unit is named by the figure's own words (百分之十, 三成: %), not written after it. */
  impliedUnit?: true;
  /** 余 or 多 written in the unit (五十余家): the figure is a floor; its offset in the clause. */
  over?: { word: string; at: number };
  /** The upper end of a range (三至五家: 5); `value` is its lower end. */
  upTo?: number;
  /** A place after 前 (进入全省前五位): a rank, as 前5位 is. */
  rank?: true;
}

const NUMERAL_CHARS = '零一二三四五六七八九十百千两';
/**
 * A run of numerals, with 万 inside it (一万二千户; but 三万人 is 3 in 万人, as 3万人 is) and a
 * fraction after 点 (六点五), after
 * 百分之 or 千分之 for a share (百分之十五, 千分之五).
 */
const NUMERAL_RUN = new RegExp(`(百分之|千分之)?([${NUMERAL_CHARS}]+(?:万[${NUMERAL_CHARS}]+)?(?:点[${NUMERAL_CHARS}]+)?)`, 'g');
/** What continues a figure past its unit or its numeral: 四个一, 三亿五千万元. */
const RUNS_ON = new RegExp(`^[${NUMERAL_CHARS}点.\\d]`);
/** What a figure's numeral may not follow: more of the number (三亿五千万, 3千). */
const RUNS_BEFORE = new RegExp(`[${NUMERAL_CHARS}万亿点.\\d]$`);
/** A cheap test before the scan: the goal reader runs on every goal paragraph. */
const ANY_NUMERAL = /[一二三四五六七八九十两百千]/;
/** Units that, before a noun, make the numeral a grade: 三级医院, 二类地区 (not 达到二级以上). */
const GRADE_UNITS = new Set(['级', '类']);
/** Units that make the numeral an ordinal: 产业园二期, 第二届. */
const ORDINAL_UNITS = new Set(['期', '届']);

/**
 * The Chinese-numeral figures of a clause (the folded copy) that stand right after one of `verbs`
 * (qualifiers between: 力争达到, 达到至少), or right after such a figure and 、/和 (分别达到三十家、五十家).
 */
export function chineseFiguresOf(clause: string, verbs: readonly string[], openers: readonly string[], framed = false): ChineseFigure[] {
  const out: ChineseFigure[] = [];
  if (!ANY_NUMERAL.test(clause)) return out;
  NUMERAL_RUN.lastIndex = 0;
  for (let m = NUMERAL_RUN.exec(clause); m; m = NUMERAL_RUN.exec(clause)) {
    const share = m[1];
    const numeral = m[2] as string;
    // 百分之百 is the whole; elsewhere a place needs its digit.
    // 三亿五千万元: the run goes on a number begun before it.
    if (RUNS_BEFORE.test(clause.slice(0, m.index))) continue;
    const value = share && numeral === '百' ? 100 : (parseDecimalCount(numeral) ?? placeBeforeMagnitude(numeral, clause.slice(m.index + m[0].length)));
    if (value === null) continue;
    const numeralEnd = m.index + m[0].length;
    const tenths = !share && TENTHS.test(clause.slice(m.index)) ? tenthsAt(clause, numeralEnd) : null;
    if (tenths) {
      if (afterVerb(clause.slice(0, m.index), verbs)) out.push({ raw: clause.slice(m.index, tenths), value: value * 10, unit: '%', index: m.index, end: tenths, impliedUnit: true as const });
      continue;
    }
    // 三至五家: a range, one figure whose unit follows its upper end; 百分之十五至百分之二十 and
    // 百分之十至十五, a share's, the upper end after the range's dash.
    const range = rangeAfter(clause, numeralEnd, value, share);
    // 进入全省前五位: a place after 前, in a unit of its own, as 前5位 is.
    const rank = share || range ? null : rankUnitAt(clause, m.index, numeralEnd);
    const measure = share ? null : (rank ?? figureMeasureAt(clause, range ? range.end : numeralEnd));
    const unit = share ? (share === '百分之' ? '%' : '‰') : (measure?.unit ?? '');
    if (!unit) continue;
    // 三家至五家: the unit written at both ends.
    const unitRange = range || share || rank || !measure ? null : rangeAfter(clause, measure.end, value, undefined, unit);
    const end = unitRange ? unitRange.end : measure ? measure.end : share && range ? range.end : numeralEnd;
    const upTo = range?.upTo ?? unitRange?.upTo;
    const after = clause.slice(end);
    // 四个一, 三亿五千万元: the figure goes on.
    if (RUNS_ON.test(after)) continue;
    // 一至两个: one is a count at the lower end of a range.
    if (value === 1 && upTo === undefined && !isCountOfOne(unit)) continue;
    // 三分之二 is a fraction, not 3 in 分.
    if (ORDINAL_UNITS.has(unit) || after.startsWith('之')) continue;
    if (GRADE_UNITS.has(unit) && /^[\u4e00-\u9fff]/.test(after) && !SUFFIX_QUALIFIERS.some((q) => after.startsWith(q))) continue;
    // 百亿级企业, 千亿级产业集群: a grade of magnitude before a noun, not 100 in 亿级.
    if (isGradeBeforeNoun(unit, after)) continue;
    const before = clause.slice(0, m.index);
    if (
      !rank &&
      !afterVerb(before, verbs) &&
      !afterFigure(clause, m.index, out[out.length - 1]) &&
      !closesOpenedClause(clause, m.index, end, unit, openers, framed) &&
      !inFigureFrame(before, unit, after, verbs)
    ) {
      continue;
    }
    out.push({ raw: m[0], value, unit, index: m.index, end, ...(upTo !== undefined ? { upTo } : {}), ...(share ? { impliedUnit: true as const } : {}), ...(measure?.over ? { over: measure.over } : {}), ...(rank ? { rank: true as const } : {}) });
    if (upTo !== undefined) NUMERAL_RUN.lastIndex = end;
  }
  return out;
}

/**
 * 突破千亿元, 达到百万人次: a place written without its digit before 万 or 亿 is one of it (千亿 is
 * 1000亿); elsewhere 千 or 百 alone is no count (千家万户). Null if the numeral is no such place.
 */
function placeBeforeMagnitude(numeral: string, after: string): number | null {
  if (!/^[万亿]/.test(after)) return null;
  return numeral === '千' ? 1000 : numeral === '百' ? 100 : null;
}

/**
 * The upper end of a range after a numeral: 至五, —五, ～五 (three to five), 至百分之二十 after a
 * share, perhaps with a fraction (至六点五).
 */
const RANGE_UPPER = new RegExp(`^ ?[—–\\-~～至到] ?(百分之|千分之)?([${NUMERAL_CHARS}]+(?:点[${NUMERAL_CHARS}]+)?)`);

/**
 * A range's upper end after the numeral (or its unit) ending at `at`, greater than its lower one; null
 * if none. After a share (百分之十五), the upper end may repeat the share's words (至百分之二十), and
 * elsewhere not; after a unit (三家至五家), it must be followed by that unit (`unit`), which ends the range.
 */
function rangeAfter(clause: string, at: number, lower: number, share?: string, unit?: string): { upTo: number; end: number } | null {
  const upper = RANGE_UPPER.exec(clause.slice(at));
  if (!upper || (upper[1] !== undefined && upper[1] !== share)) return null;
  const upTo = parseDecimalCount(upper[2] as string);
  if (upTo === null || upTo <= lower) return null;
  const end = at + upper[0].length;
  if (unit === undefined) return { upTo, end };
  const measure = figureMeasureAt(clause, end);
  return measure && measure.unit === unit ? { upTo, end: measure.end } : null;
}

/** 由 or 从 before a level a target starts from, perhaps with its year (由2023年的): see startingLevelsOf in base-levels.ts. */
const STARTING_FROM = /(?:由|从) ?(?:(?:\d{4} ?年(?:底|末)?|上年|去年|目前|现在|现有)的? ?)?$/;
/** A year alone before a figure, in brackets after a target or listed after another: (2024年二百四十家、2025年…. */
const YEAR_OF_FIGURE = /[(、] ?\d{4} ?年(?:底|末)? ?$/;
/** The words of resolve that may stand alone before a stretch figure: 增长百分之六左右，力争百分之七. */
const STRETCH_ALONE = /^\s*(?:力争|争取|确保)\s*$/;

/**
 * Places where a figure stands as one in digits would, with no verb right before it: the level a
 * target starts from (由二百家增加到…, a verb after it), a multiple of a level (是2023年的一点五倍,
 * 达到全省平均水平的两倍), a year's figure in a list or brackets ((2024年二百四十家、2025年二百七十家),
 * and a stretch figure after a target (，力争百分之七).
 */
function inFigureFrame(before: string, unit: string, after: string, verbs: readonly string[]): boolean {
  if (STARTING_FROM.test(before)) return verbs.some((v) => after.startsWith(v));
  // Not a multiple that describes a noun after it (的两倍规模).
  if (unit === '倍') return /的 ?$/.test(before) && TENTHS_END.test(after);
  return YEAR_OF_FIGURE.test(before) || STRETCH_ALONE.test(before);
}

/** A share in tenths (三成, 两成): one numeral, then 成. */
const TENTHS = /^[一二三四五六七八九两]成/;
/** What may follow 成 for it to be a share, or 倍 a multiple: the end of the clause or a stop, a bound between (九成以上，). */
const TENTHS_END = /^(?:及以上|以上|左右|以内|以下)?\s*(?:[,;:，；：。、和及]|$)/;

/**
 * Where a share in tenths (提高三成, 达到九成以上) ends: after its 成, when nothing but a bound and
 * the end of the clause follows; null where 成 begins a word (一成不变, 三成员单位).
 */
function tenthsAt(clause: string, numeralEnd: number): number | null {
  return TENTHS_END.test(clause.slice(numeralEnd + 1)) ? numeralEnd + 1 : null;
}

/** Whether `before` ends with a target verb, less qualifiers and spaces after it. */
function afterVerb(before: string, verbs: readonly string[]): boolean {
  let rest = before.trimEnd();
  for (let again = true; again; ) {
    again = false;
    const q = PREFIX_QUALIFIERS.find((w) => rest.endsWith(w));
    if (q) {
      rest = rest.slice(0, -q.length).trimEnd();
      again = true;
    }
  }
  // 完成全县一百个行政村道路硬化: a whole place between the verb and the count it sizes.
  const scope = /(?:全|本)(?:省|市|区|县|镇|乡|街道|州|旗)$/.exec(rest);
  if (scope && verbs.some((v) => rest.endsWith(v, scope.index))) rest = rest.slice(0, scope.index);
  const verb = verbs.find((v) => rest.endsWith(v));
  // 下达, 送达, 发达 …: 达 ends another word.
  return verb !== undefined && !(verb === '达' && /[下传表送抵直通发到转雷]$/.test(rest.slice(0, -1)));
}

/**
 * What may stand before a verb of creation that opens a clause: the scope, the years it spans and
 * 累计 (全区新增城镇就业一万二千人, 三年累计新建公园三个), as before a figure in digits.
 */
const CREATION_LEAD = /^(?:(?:全|本|我)[省市区县州旗镇乡]|全域)?(?:[两二三四五六七八九十] ?年(?:内|间)?)?(?:累计|共计|共)?/;

/**
 * 新增省级工程技术研究中心三个, 全区新增就业三万人, 培育专精特新企业十五家以上: a figure that ends a
 * clause opened by a verb of creation (`openers`), a target year, the scope and qualifiers before
 * it, is that verb's object, as such a figure in digits is; so is one that ends the first item of a
 * list (培育智能工厂四十家、数字化车间一百个). Where a target year frames the clause (`framed`), a
 * figure ending it after any words without a figure is its target, as a figure in digits there is
 * (到2026年，改造老旧小区一万二千户); not a grade (市、区、街道三级), which names levels of a system.
 */
function closesOpenedClause(clause: string, index: number, end: number, unit: string, openers: readonly string[], framed: boolean): boolean {
  const after = clause.slice(end).trim();
  const bound = SUFFIX_QUALIFIERS.find((q) => after.startsWith(q)) ?? '';
  const tail = after.slice(bound.length).trimStart();
  if (tail !== '' && !/^(?:、|和|及|以及)/.test(tail)) return false;
  // 2024年、2025年、2026年分别新增…: a list of years, and 分别 after it, open the clause as one year does.
  let head = clause
    .slice(0, index)
    .replace(/^\s*(?:(?:到|至|截至) ?)?(?:\d{4} ?年(?:底|末|前)?(?: ?[、和及] ?\d{4} ?年(?:底|末|前)?)*(?: ?分别)?)?/, '')
    .trimStart();
  for (let q = PREFIX_QUALIFIERS.find((w) => head.startsWith(w)); q; q = PREFIX_QUALIFIERS.find((w) => head.startsWith(w))) head = head.slice(q.length);
  // The object between the verb and the figure is a name, with no figure of its own.
  if (head === '' || /\d/.test(head)) return false;
  if (framed && !GRADE_UNITS.has(unit)) return true;
  head = head.slice(CREATION_LEAD.exec(head)?.[0].length ?? 0);
  return openers.some((v) => head.startsWith(v));
}

/** Whether a figure follows the one before it, a bound and 、 or 和 apart (三十家以上、五十家). */
function afterFigure(clause: string, index: number, previous: ChineseFigure | undefined): boolean {
  if (!previous) return false;
  const between = clause.slice(previous.end, index);
  const bound = SUFFIX_QUALIFIERS.find((q) => between.trimStart().startsWith(q)) ?? '';
  return /^ ?(?:、|和|及) ?$/.test(between.trimStart().slice(bound.length));
}
