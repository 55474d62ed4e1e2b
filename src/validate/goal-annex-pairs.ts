import type { Annex, AnnexRange, AnnexRow, AnnexTable, Goal, PlanDocument } from '../model/types.js';
import { baseOf } from '../parse/goals/base-levels.js';
import { fold } from '../text/fold.js';
import { sameMeasureUnit } from '../text/measure-units.js';
import { annexLaterTables } from './annex-later-tables.js';
import { goalOwnWords } from './goal-own-words.js';
import { baseYearColumn, yearColumns } from './annex-years.js';
import { MATCH_THRESHOLD, indicatorSimilarity, mutualBestPairs } from './indicator-match.js';

/** A row of a yearly table, with its annex and the table's years in order. */
export interface YearRow {
  row: AnnexRow;
  annex: Annex;
  table: AnnexTable;
  years: number[];
}

/** A goal of the text and the annex row that states the same indicator. */
export interface GoalAnnexPair {
  goal: Goal;
  row: AnnexRow;
  /** The year compared: the goal's own, or the table's last when the goal names none. */
  year: number;
  /** The total column compared instead of the year's (合计, 三年累计), for a goal over several years. */
  column?: string;
  /** The row's value for that year, or null when the row has none. */
  annexValue: number | null;
  /** The row's range for that year (30—35) when its cell gives one instead of a value. */
  annexRange?: AnnexRange;
  /**
   * For a goal over several years against a row of yearly figures with no total: the sum of the
   * row's figures over the years the goal covers, the other way the row may state it.
   */
  sum?: YearlySum;
  /**
   * For a goal of what is added by the plan's last year that names no span (新建高标准农田3万亩 in a
   * plan of 2021—2025), against a row of yearly figures giving every year of the plan: the row's
   * figures summed over the plan, which the goal may total (see sumOverPeriod).
   */
  periodSum?: YearlySum;
  /**
   * For a goal of what is added (新增上云企业1.5万家 by 2025) against a row whose base-year column
   * (2022年（基期）) makes it a row of levels: the rise from the base year's level to the goal's
   * year's, the figure of the row such a goal states (see risesOfLevels).
   */
  growth?: YearlySum;
  /**
   * Whether the row's value meets the goal as its comparison reads (false when the row has none):
   * equal to an exact or approximate target, at or above an at-least one (within its range, for
   * 10%—15%), at or below an at-most one.
   */
  agrees: boolean;
}

/** A row's figures summed over the years `from`–`to`. */
export interface YearlySum {
  value: number;
  from: number;
  to: number;
}

/** A yearly table (one with year columns) and its years in order. */
export interface YearTable {
  annex: Annex;
  table: AnnexTable;
  years: number[];
}

export interface GoalAnnexPairing {
  tables: YearTable[];
  rows: YearRow[];
  /** Each goal with at most one row and each row with at most one goal. */
  pairs: GoalAnnexPair[];
  /**
   * Goals for another year of a row already paired (到2025年达到30家 … 到2024年达到26家): the row
   * holds a value for each year, so each year's goal is compared with it too.
   */
  otherYears: GoalAnnexPair[];
  /**
   * Goals that state a paired row's figure again for the same year (到2025年，全市A达到60%以上 … 到2025年，
   * A达到58%): each statement is a target the row must meet, not only the one paired first. A goal
   * is taken as a restatement when it matches the row as well as the goal paired with it does.
   */
  restated: GoalAnnexPair[];
}

/**
 * A row's indicator without the base year it names, and that year (单位生产总值能耗较2020年下降 →
 * 单位生产总值能耗下降, 2020), so that it reads as a relative goal's indicator does.
 */
function measuredFrom(indicator: string): { indicator: string; baseYear: number | undefined } {
  const base = baseOf(indicator);
  return base ? { indicator: indicator.slice(0, base.from) + indicator.slice(base.to), baseYear: base.year } : { indicator, baseYear: undefined };
}

/**
 * Whether a goal and a row can state the same figure. A multiple (翻一番) is no yearly value. A
 * change from a base year (比2020年下降13.5%) adds up the years since, so it matches only a row
 * measured from the same year (较2020年下降), not a row of each year's change; such a row holds
 * changes since its base year, which no level and no other change states.
 */
function comparable(goal: Goal, rowBaseYear: number | undefined): boolean {
  if (goal.relative === 'multiple') return false;
  return goal.relative === 'change' ? goal.baseYear === rowBaseYear : rowBaseYear === undefined;
}

/** Words that make a figure a sum or a running total rather than one year's (累计, 合计, 总计); 总量 is a level. */
const TOTAL = /累计|累积|合计|总计|共计|小计/;
/** 2023—2025年, 三年, 五年内, “十四五”期间: the figure is over several years. */
const SEVERAL_YEARS = /(?:19|20)\d{2}\s*[—–\-－~～至到]\s*(?:(?:19|20)\d{2}|\d{2})\s*年|[两二三四五六七八九十]年(?:内|间|来|累计|共|合计|总计)|期间/;
/** A figure that counts what is added (新增, 新建, 新培育 …): summed over the years it is for. */
const ADDED = '新增|新建|新培育|新认定|新引进|新开工|新落地|新招引|新设立|新改建|新改扩建';
const ADDITION = new RegExp(`^(?:全[区市县省]|本[区市县])?(?:累计)?(?:${ADDED})`);
/** A row that names additions (新增国家级专精特新企业) holds each year's, its base year's included, not levels. */
const ADDITION_ROW = new RegExp(ADDED);
/** Words that make a figure one year's: 每年, 年均, 当年, 年度 … */
const EACH_YEAR = /每年|年均|当年|全年|年度|逐年|一年/;

/**
 * Whether a goal says in its own words that it is a total over several years (累计新增, 三年合计,
 * 2023—2025年累计 in its indicator or qualifiers), not only by counting additions to the end of a
 * plan, which a table's column of that year may state alike.
 */
export function saysSeveralYears(goal: Pick<Goal, 'indicator' | 'qualifier'>, match: (text: string) => string = fold): boolean {
  // Qualifiers are kept as written (累計 on a traditional page): compared in the matching copy.
  const words = match(`${goal.indicator}${goal.qualifier ?? ''}`);
  return TOTAL.test(words) || SEVERAL_YEARS.test(words);
}

/**
 * Whether a goal states a total over several years rather than one year's figure: it says so
 * (三年累计新增, 2023—2025年累计, 合计, “十四五”期间), or it counts what is added (新建公共充电桩5000个) by
 * the end of a plan of several years (到2027年) or over it (2025—2027年，), which sums every year's additions.
 * `ownWords` are the words of its sentence that speak of it (see goal-own-words.ts): 年均 in
 * another target's clause makes no figure of this one a year's.
 */
export function overSeveralYears(
  goal: Goal,
  period: { start: number | null; end: number | null } | undefined,
  match: (text: string) => string = fold,
  ownWords: string = goal.sentence,
): boolean {
  if (saysSeveralYears(goal, match)) return true;
  const several = period?.start != null && period.end != null && period.end > period.start;
  if (!several || !ADDITION.test(match(goal.indicator)) || EACH_YEAR.test(match(ownWords))) return false;
  // 到2027年新建…, or 2025—2027年新建… over the period that ends with the goal's year.
  return goal.year === undefined || (goal.year === period.end && new RegExp(`(?:到|至|截至|\\d{4}\\s*年?\\s*[—–\\-－~～])\\s*${goal.year}\\s*年`).test(goal.sentence));
}

/** Each goal's own words in its sentence (see goal-own-words.ts), beside the sentence's other goals. */
function goalsOwnWords(goals: readonly Goal[], match: (text: string) => string): Map<Goal, string> {
  const bySentence = new Map<string, Goal[]>();
  for (const g of goals) bySentence.set(g.sentence, [...(bySentence.get(g.sentence) ?? []), g]);
  return new Map(goals.map((g) => [g, goalOwnWords(g, bySentence.get(g.sentence) ?? [g], match)]));
}

/** Verbs of work done and counted (完成…改造120个, 新建, 建成, 培育): a total over the plan may be the sum of each year's. */
const COUNTED_WORK = /完成|改造|新建|新增|建成|建设|实施|培育|打造|创建|引进|招引|开工|提升|整治|更新/;
/** Units of a rate or a share, which do not add up across years. */
const RATE_UNIT = /^(?:%|％|‰|个百分点|百分点|倍)$/;

/**
 * The sum of a row's figures for every year of the plan, where a goal by the plan's last year
 * (到2027年，完成老旧小区改造120个 in a plan of 2025—2027) may be their total (40 | 40 | 40): such a
 * row holds each year's share of the work. Only for work counted in units (not a rate), never for
 * a row of running totals (累计) or a goal of one year (每年, 年均), and only when the row gives
 * every year of the plan, so that the sum is the plan's whole; null otherwise.
 */
function sumOverPeriod(goal: Goal, r: YearRow, period: { start: number | null; end: number | null } | undefined, ownWords: string, match: (text: string) => string): YearlySum | null {
  if (period?.start == null || period.end == null || period.end <= period.start) return null;
  if (goal.year !== undefined && goal.year !== period.end) return null;
  if (goal.relative !== undefined || (goal.unit !== null && RATE_UNIT.test(match(goal.unit).trim()))) return null;
  if (!COUNTED_WORK.test(match(goal.indicator)) || EACH_YEAR.test(match(ownWords)) || TOTAL.test(match(r.row.indicator))) return null;
  const sum = yearsSum(r.row, period.start, period.end);
  return sum === null ? null : { value: sum, from: period.start, to: period.end };
}

/**
 * A span of years opening a goal's words (2023—2025年，…; 2023年至2025年，…): its first and last year.
 * The README reads such a span as a total over those years, for every target the sentence states after it.
 */
const SPAN_OPENING = /^\s*((?:19|20)\d{2})\s*年?\s*(?:[—–\-－~～]|至|到)\s*((?:19|20)\d{2}|\d{2})\s*年/;

/**
 * The sum of a row's figures over the span of years that opens a goal's own words and ends in its
 * year (2023—2025年，全区改造城镇老旧小区120个，惠及居民2.4万户: each a total of 2023 to 2025), where
 * the row gives every one of them; only for figures in units that add up (not a rate, not a change,
 * not a year's: 每年, 年均), never for a row of running totals. Null otherwise.
 */
function sumOverSpan(goal: Goal, r: YearRow, ownWords: string, match: (text: string) => string): YearlySum | null {
  const span = SPAN_OPENING.exec(ownWords);
  if (!span || goal.year === undefined) return null;
  const from = Number(span[1]);
  const to = span[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(span[2]) : Number(span[2]);
  if (to !== goal.year || to <= from) return null;
  if (goal.relative !== undefined || (goal.unit !== null && RATE_UNIT.test(match(goal.unit).trim())) || EACH_YEAR.test(match(ownWords)) || TOTAL.test(match(r.row.indicator))) return null;
  const value = yearsSum(r.row, from, to);
  return value === null ? null : { value, from, to };
}

/**
 * A row's figures summed from one year to another, or null where one of them is missing. A cell
 * merged over years (100 over 2023年 | 2024年, see AnnexRow.spans) counts once, at its first year:
 * the years after it inside the sum add nothing, and a span reaching out of the sum leaves it unknown.
 */
function yearsSum(row: AnnexRow, from: number, to: number): number | null {
  const covered = new Set<string>();
  for (const [first, keys] of Object.entries(row.spans ?? {})) {
    const years = keys.map(Number);
    if (years.some((y) => y < from || y > to) && years.some((y) => y >= from && y <= to)) return null;
    for (const k of keys) if (k !== first) covered.add(k);
  }
  let value = 0;
  for (let year = from; year <= to; year++) {
    if (covered.has(String(year))) continue;
    const v = row.values[String(year)];
    if (typeof v !== 'number') return null;
    value += v;
  }
  return rounded(value);
}

/**
 * The rises of a row of levels a goal of additions may state (到2025年，新增上云企业1.5万家 against
 * 上云企业数量 | 2022年（基期）2.5 | … | 2025年 4): a base-year column says the row holds levels
 * reached, running totals (累计) included, so additions are a level less an earlier one, never a
 * level itself nor levels summed. A goal over several years states the rise since the base year;
 * one whose span is not written (新增…1.5万家 after a sentence opening 到2025年底) may state that or its
 * year's own rise over the year before, and either is taken. Empty when the goal counts no
 * additions, the row names additions itself (新增…企业 | 基期值 4 | 5 | 5 | 5), its year is not the row's, or
 * the table has no column headed as a base before the plan (a bare year before it may hold that
 * year's additions).
 */
function risesOfLevels(
  goal: Goal,
  r: YearRow,
  severalYears: boolean,
  period: { start: number | null; end: number | null } | undefined,
  match: (text: string) => string,
): YearlySum[] {
  if (!ADDITION.test(match(goal.indicator)) || goal.relative !== undefined || ADDITION_ROW.test(match(r.row.indicator))) return [];
  if (goal.unit !== null && RATE_UNIT.test(match(goal.unit).trim())) return [];
  const to = goal.year ?? (r.years[r.years.length - 1] as number);
  const base = baseYearColumn(r.table, period?.start ?? to);
  if (!base || base.year >= to) return [];
  const level = r.row.values[String(to)];
  if (typeof level !== 'number') return [];
  const rise = (key: string, from: number): YearlySum | null => {
    const earlier = r.row.values[key];
    return typeof earlier === 'number' ? { value: rounded(level - earlier), from, to } : null;
  };
  const out = [rise(base.key, base.year)];
  if (!severalYears && to - 1 > base.year) out.push(rise(String(to - 1), to - 1));
  return out.filter((x): x is YearlySum => x !== null);
}

/** A sum of decimals without the binary fraction that shows (0.6 + 0.6 + 0.6 + 0.5 + 0.5 is 2.8). */
const rounded = (value: number): number => Number(value.toPrecision(12));

/**
 * The sum of a row's figures over the years a goal over several years covers: the plan's first
 * year to the goal's (or the plan's last). Only when the plan's period is known, the goal's year
 * lies within it and the row gives every one of those years, so that the sum is the whole; a base
 * year before the period is no addition and is left out.
 */
function sumOverYears(goal: Goal, r: YearRow, period: { start: number | null; end: number | null } | undefined): YearlySum | null {
  if (period?.start == null || period.end == null || period.end <= period.start) return null;
  const to = goal.year ?? period.end;
  if (to <= period.start || to > period.end) return null;
  const value = yearsSum(r.row, period.start, to);
  return value === null ? null : { value, from: period.start, to };
}

/** A column that sums the years or keeps their running total (合计, 累计, 三年合计, 2023—2025年累计). */
function totalColumn(table: AnnexTable, match: (text: string) => string): string | null {
  return table.columns.find((c) => TOTAL.test(match(c)) && !/^(?:19|20)\d{2}\s*年?$/.test(c.trim())) ?? null;
}

/** A column naming the area each row is for: 区域, 地区, 片区, 街道, 乡镇 … */
const AREA_HEADER = /^(?:区域|地区|片区|区县|县区|县市区|区市|街道|镇街|街镇|乡镇|镇|园区|功能区)$/;
/** The cell of the row for the whole area, or the sum of the areas. */
const WHOLE_AREA = /^\s*(?:全[区市县省镇]|合计|总计|小计|全部)\s*$/;

/** The index of a table's area column, or -1. */
function areaColumn(table: AnnexTable, match: (text: string) => string): number {
  return table.columns.findIndex((c) => AREA_HEADER.test(match(c).replace(/\s+/g, '')));
}

/**
 * Whether a value meets a goal: a floor (3.5%以上) is met by 3.6, a ceiling (5.5%以内) by 5.2, a
 * range (5%—6%) by any value between its ends, one written as a ceiling (5%—6%以内) by any up to
 * its upper end; an exact or approximate (左右) target only by itself, since how far 左右 reaches
 * is not written.
 */
export function meets(value: number, goal: Pick<Goal, 'value' | 'comparison' | 'upTo'>): boolean {
  const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  const atLeast = (bound: number): boolean => value > bound || same(value, bound);
  const atMost = (bound: number): boolean => value < bound || same(value, bound);
  switch (goal.comparison) {
    case 'at-least':
      return atLeast(goal.value) && (goal.upTo === undefined || atMost(goal.upTo));
    case 'at-most':
      // 5%—6%以内: a range written as a ceiling is one at its upper end.
      return atMost(goal.upTo ?? goal.value);
    default:
      return same(value, goal.value);
  }
}

/**
 * Whether a range the annex gives (30—35) and a goal can both hold: some figure lies within the
 * range and meets the goal. A floor (30%以上) is met by a range reaching it, a ceiling by one
 * starting below it, an exact target only by a range that holds it.
 */
export function overlaps(range: AnnexRange, goal: Pick<Goal, 'value' | 'comparison' | 'upTo'>): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(goal.value));
  const [low, high] =
    goal.comparison === 'at-least' ? [goal.value, goal.upTo ?? Infinity] : goal.comparison === 'at-most' ? [-Infinity, goal.upTo ?? goal.value] : [goal.value, goal.value];
  return range.value <= high + slack && low - slack <= range.upTo;
}

/**
 * The annex's yearly tables, their rows, and the goals paired with rows. Indicators are matched
 * loosely (indicator-match.ts), only where the units agree, and each goal with at most one row
 * (mutual best matches), so the goal-annex-consistency rule and the report's chart marks see the
 * same pairs. `match` makes the copy names are compared as (width-folded; simplified as well
 * for a notice in traditional characters).
 */
export function pairGoalsWithAnnex(doc: PlanDocument, match: (text: string) => string = fold): GoalAnnexPairing {
  const tables: YearTable[] = [];
  for (const annex of doc.annexes) {
    const years = annex.table ? yearColumns(annex.table).map((c) => c.year) : [];
    if (annex.table && years.length > 0) tables.push({ annex, table: annex.table, years });
  }
  // An annex's later yearly tables (表2 after 表1) are in `tables`, their path the annex's label.
  for (const { annex, table } of annexLaterTables(doc)) {
    const years = yearColumns(table).map((c) => c.year);
    if (years.length > 0) tables.push({ annex, table, years });
  }
  const rows = tables.flatMap(({ annex, table, years }) => {
    const area = areaColumn(table, match);
    // A table by area (区域 | 指标 | 2024年 …): a row is one area's share, not the plan's figure; only
    // the row for the whole (全区, 合计) states what the goals state.
    return table.rows.filter((row) => area < 0 || WHOLE_AREA.test(match(row.cells[area] ?? ''))).map((row) => ({ row, annex, table, years }));
  });
  const goals = doc.plan?.goals ?? [];
  const unitsAgree = (a: string | null, b: string | null): boolean => !a || !b || sameMeasureUnit(match(a), match(b));
  const rowOf = new Map(rows.map((r) => [r, measuredFrom(match(r.row.indicator))]));
  // A total over several years is one year's value only in a row of running totals (5G基站（累计）);
  // otherwise it is the table's total column, or no figure of the table.
  const period = doc.plan?.period;
  const ownWords = goalsOwnWords(goals, match);
  const severalYears = new Set(goals.filter((g) => overSeveralYears(g, period, match, ownWords.get(g))));
  const totalOf = new Map(tables.map((t) => [t.table, totalColumn(t.table, match)]));
  // A row of running totals (累计; 累計 on a traditional page) is read in the matching copy.
  const runningTotals = new Set(rows.filter((r) => TOTAL.test(match(r.row.indicator))));
  const sumColumn = (goal: Goal, r: YearRow): string | null => {
    if (!severalYears.has(goal) || runningTotals.has(r)) return null;
    const column = totalOf.get(r.table) ?? null;
    return column !== null && r.row.values[column] !== undefined ? column : null;
  };
  // Without a total, a row of yearly figures states a total over several years either way: its
  // final year as a running total (500 | 1000 | 1500), or its years summed (500 | 500 | 500).
  // A row of levels from a base year (2022年（基期）) states additions only as its rise since the base.
  const risesOf = (goal: Goal, r: YearRow): YearlySum[] => risesOfLevels(goal, r, severalYears.has(goal), period, match);
  const growthOf = (goal: Goal, r: YearRow): YearlySum | null => risesOf(goal, r)[0] ?? null;
  const yearlySum = (goal: Goal, r: YearRow): YearlySum | null =>
    severalYears.has(goal) && !runningTotals.has(r) && sumColumn(goal, r) === null && growthOf(goal, r) === null ? sumOverYears(goal, r, period) : null;
  const score = (goal: Goal, r: YearRow): number => {
    const { indicator, baseYear } = rowOf.get(r)!;
    if (severalYears.has(goal) && !runningTotals.has(r) && sumColumn(goal, r) === null && yearlySum(goal, r) === null && growthOf(goal, r) === null) return 0;
    return unitsAgree(goal.unit, r.row.unit) && comparable(goal, baseYear) ? indicatorSimilarity(match(goal.indicator), indicator) : 0;
  };
  const toPair = ([goal, r]: [Goal, YearRow]): GoalAnnexPair => {
    const year = goal.year ?? (r.years[r.years.length - 1] as number);
    const column = sumColumn(goal, r);
    const value = r.row.values[column ?? String(year)];
    const annexValue = value === undefined || value === null ? null : value;
    const sum = yearlySum(goal, r);
    const range = annexValue === null ? r.row.ranges?.[column ?? String(year)] : undefined;
    const words = ownWords.get(goal) ?? goal.sentence;
    const growth = column === null ? growthOf(goal, r) : null;
    const spanSum = annexValue !== null && column === null && growth === null ? sumOverSpan(goal, r, words, match) : null;
    const periodSum = annexValue !== null && column === null && growth === null ? (spanSum ?? sumOverPeriod(goal, r, period, words, match)) : null;
    const agrees =
      growth !== null
        ? risesOf(goal, r).some((rise) => meets(rise.value, goal))
        : annexValue !== null
          ? meets(annexValue, goal) || (periodSum !== null && meets(periodSum.value, goal)) || (sum !== null && meets(sum.value, goal))
          : range !== undefined && overlaps(range, goal);
    return {
      goal,
      row: r.row,
      year,
      ...(column !== null ? { column } : {}),
      annexValue,
      ...(range ? { annexRange: range } : {}),
      ...(sum !== null ? { sum } : {}),
      ...(growth !== null ? { growth } : {}),
      // Named in a finding only for what is added (新建高标准农田3万亩), which reads as the plan's total;
      // a level reached (建成…150个) is held to the sum too, but reads as the year's.
      // So is a figure after a span of years opening its sentence (2023—2025年，…), a total of those years.
      ...(periodSum !== null && (ADDITION.test(match(goal.indicator)) || spanSum !== null) ? { periodSum } : {}),
      agrees,
    };
  };
  const pairs = mutualBestPairs(goals, rows, score).map(toPair);
  // A second round, year by year, for goals left over whose year a paired row also has.
  const paired = new Set(pairs.map((p) => p.goal));
  const yearOfRow = new Map(pairs.map((p) => [p.row, p.year]));
  const otherYears: GoalAnnexPair[] = [];
  const leftOver = goals.filter((g) => !paired.has(g) && g.year !== undefined);
  for (const year of new Set(leftOver.map((g) => g.year as number))) {
    const candidates = rows.filter((r) => yearOfRow.has(r.row) && yearOfRow.get(r.row) !== year && r.years.includes(year));
    otherYears.push(...mutualBestPairs(leftOver.filter((g) => g.year === year), candidates, score).map(toPair));
  }
  const restated = restatements(goals, rows, [...pairs, ...otherYears], score).map(toPair);
  return { tables, rows, pairs, otherYears, restated };
}

/**
 * The goals left unpaired whose best row is a paired row, for the year of that pair, matched as
 * well as the paired goal is (equal after the key's folding, as 全市A and A are): the same target
 * written twice, each to be compared. A weaker match is a near-namesake, which mutual pairing
 * keeps off the row on purpose.
 */
function restatements(goals: readonly Goal[], rows: readonly YearRow[], paired: readonly GoalAnnexPair[], score: (goal: Goal, r: YearRow) => number): Array<[Goal, YearRow]> {
  const taken = new Set(paired.map((p) => p.goal));
  const out: Array<[Goal, YearRow]> = [];
  for (const goal of goals) {
    if (taken.has(goal)) continue;
    let best: YearRow | null = null;
    let bestScore = 0;
    for (const r of rows) {
      const s = score(goal, r);
      if (s > bestScore) [best, bestScore] = [r, s];
    }
    if (!best || bestScore < MATCH_THRESHOLD) continue;
    const year = goal.year ?? best.years[best.years.length - 1];
    const pair = paired.find((p) => p.row === best.row && p.year === year);
    if (pair && bestScore >= score(pair.goal, best) - 1e-9) out.push([goal, best]);
  }
  return out;
}
