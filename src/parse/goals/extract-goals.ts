/**
 * The numeric targets of a goal paragraph. It walks the paragraph sentence by sentence and clause by
 * clause, keeping what frames the targets (the target year, 力争, a base year, a list of subjects) and
 * what a target may take from the ones before it (its subject, the whole a part is of); the figures and
 * words of each clause are read by clauseGoals.
 */
import { parseNumeral } from '../../text/chinese-numeral.js';
import type { Goal, Position } from '../../model/types.js';
import { arabicYears } from '../../text/date.js';
import { fold } from '../../text/fold.js';
import { FIVE_YEAR_PLAN, fiveYearPlanEnd, fiveYearPlanYearNamed } from '../../text/five-year-plan.js';
import { inSpans, policyTermSpans } from './policy-terms.js';
import { pastResultNoteSpans, statusLength, statusSubject, opensWithDeadline, stageLabelYear } from './notes.js';
import { markRatios } from './ratio-figure.js';
import { STRETCH } from './listed-targets.js';
import { createdThing, creationOf, gradedPart, isAnaphora, runningTotalOf, siblingGrade } from './words.js';
import { comparisonOf } from './target-figure.js';
import { figureNumber, markThousands } from '../../text/thousands.js';
import { sameUnitKind } from '../../text/unit-spellings.js';
import { YEAR_MONTH_OPENING } from './year-month-opening.js';
import { VERB_FIRST, CHANGE_TAIL, CHANGE_ONLY, isAnnualChange, CHANGE_END } from './verbs.js';
import type { Figure } from './figures.js';
import type { Found } from './found-target.js';
import { BRACKET_AFTER_FIGURE, WITHIN_ALONE } from './part-words.js';
import { clauseGoals } from './clause-goals.js';
import { TARGET_YEAR_LEAD } from './target-year.js';
import { creationLead, takesCarriedVerb } from './carried-verb.js';
import { alonePeerMeasure, movedPeer, peerAfterMeasureAt, peerMeasure, restatedTotal, sharedPerBase, sharedSubject, subjectClause, thresholdMeasure } from './implied-subjects.js';

const MAX_SENTENCE = 300;

export interface GoalSource {
  /** Original paragraph text and its folded copy of the same length. */
  text: string;
  match: string;
  /** Maps a span of the paragraph to a source position. */
  position: (from: number, to: number) => Position;
  /**
   * The matching copy of words as written (folded and, on a traditional page, simplified), one
   * character for one: indicators are kept as written (增長) and read in it (增长). Default: fold.
   */
  normalize?: (text: string) => string;
  /** The target year a lead-in before the paragraph set (到2025年，主要目标如下：), if any. */
  year?: number;
  /**
   * The last year of the plan's period (…三年行动方案（2024—2026年）: 2026): an average annual change
   * (旅游总收入年均增长10%以上) that names no year of its own holds over the period, to its end.
   */
  periodEnd?: number;
  /** The first year of the plan's period: a bracket on what a year before it achieved is a note. */
  periodStart?: number;
  /**
   * Told of each 分别 list whose subjects and figures differ in number (see Found.unpaired): the
   * list's span in the paragraph and a message, for the parser to report (goal-list-unpaired).
   */
  unpaired?: (message: string, from: number, to: number) => void;
}

/** What the walk over a paragraph keeps from one sentence to the next. */
interface ParagraphWalk {
  readonly source: GoalSource;
  /** The paragraph as written, and its matching copy (years in digits, thousands and ratios marked). */
  readonly text: string;
  readonly match: string;
  readonly goals: Goal[];
  /** The target year that frames the sentence being read. */
  year: number | undefined;
  /** The sentence being read and the one the last target came from, by their number in the paragraph. */
  sentenceIndex: number;
  lastGoalSentence: number;
  /** The last target's indicator in the matching copy, when it is its own clause's words as written. */
  lastOwn: string | null;
  /**
   * The year the sentences before the last had, when the last's year was its own only (a list of
   * years, a base year): the next sentence goes on with it.
   */
  carried: { year: number | undefined } | null;
  /**
   * The last 分别 list of subjects read, with each subject's indicator by its place: a list after it
   * that names no subjects (，年均分别增长6%、7.5%) is of the same subjects.
   */
  list: { sentence: number; clause: number; of: number; names: string[] } | null;
  /** The last sentence was framed by a span in words (三年累计…) and ended with ；: see SentenceWalk.framedBySpan. */
  spanOn: boolean;
  /** The 力争 (争取) that opened the last sentence, when it ended with ；: see SentenceWalk.carriedStriving. */
  strivingOn: string | undefined;
}

/** What a sentence sets for its targets, and what the walk keeps from one of its clauses to the next. */
interface SentenceWalk {
  /** Where the sentence starts in the paragraph, and its words (those of a status blanked, offsets kept). */
  readonly at: number;
  readonly sentence: string;
  /** The number of targets read before the sentence: its own start there. */
  readonly start: number;
  /** The year that framed the sentences before this one. */
  readonly yearBefore: number | undefined;
  /** The last target of the stage right before, for a stage that opens with its own year (see openSentence). */
  readonly stageOf: Goal | undefined;
  /** What a status before the sentence's target counts (目前，全县已建成5G基站800个，到2026年达到1500个: 5G基站). */
  readonly statusCounted: string | null;
  /** The sentence opens with a span of years to come in words (三年累计, 今后五年): its targets are framed. */
  readonly framedBySpan: boolean;
  /** 力争 opening the sentence, or carried to it past a ；. */
  readonly ownStriving: string | undefined;
  readonly carriedStriving: string | undefined;
  /** The sentence says what is so (目前，…; a year before the plan's), not what is to be. */
  readonly reportsStatus: boolean;
  /** The sentence opens with a year alone (2024年建成5万亩，…). */
  readonly opensWithYear: boolean;
  /**
   * A span in words as long as the plan's (三年累计, 今后三年) gave the targets from here on their year,
   * the plan's last: the span is no part of their names (三年累计新增上云企业1000家: 新增上云企业).
   */
  spanYear: boolean;
  /** The years of a list that frames the sentence (到2025年、2027年，…), for its figures in order. */
  years: number[] | undefined;
  /** The clause being read and the one the last target came from, by their number in the sentence. */
  clauseIndex: number;
  lastGoalClause: number;
  /** The span of the clause being read, in the paragraph. */
  thisClause: [number, number];
  /** 与2020年相比，能耗下降13.5%: a base year in a clause of its own holds for the changes after it. */
  sentenceBase: number | undefined;
  /**
   * …达到300家，其中国家级…达到20家: the last target of the sentence that is not a part is the whole
   * its parts (其中…) belong to.
   */
  whole: Goal | undefined;
  /** The verb of creation the last parts by year named alone (其中：2023年新增400家，2024年新增…). */
  partVerb: string | undefined;
  /**
   * The last part read from a bracket after a part's figure (新增40家（含国家级5家）): no level that a
   * verb of creation after it makes more of; and the target it is in brackets after
   * (其中2024年达到450家（含国家级20家）: the 450).
   */
  bracketPart: Goal | undefined;
  bracketHost: Goal | undefined;
  /**
   * The verb of creation (with its scope and 累计) the last target took from the clause before
   * (新建数字化车间30个，智能工厂8家、绿色工厂5家), with the clause and the end of that target in it:
   * the targets joined on to it after 、 take it too.
   */
  carriedLead?: { words: string; running: string | null; clause: number; to: number };
  /**
   * The matching copy of the indicator a peer took the measure of the target before into (县城 and
   * 生活垃圾回收利用率): the peer after it (、建制镇达到40%) shares the measure from it in turn.
   */
  peerOwn?: string;
  /** The verb the clause reader found before the last target's figure ('' when its verb, if any, opens its words). */
  lastFoundVerb?: string;
}

/**
 * Extracts numeric targets from a paragraph: `X达到N单位`, `X突破N单位`, `X、Y分别达到a、b和c`,
 * `力争新建N单位Y`, and, where a target year (到YYYY年) frames the sentence, `X N单位`. The
 * year carries over from earlier sentences of the paragraph.
 */
export function extractGoals(source: GoalSource): Goal[] {
  // 到二〇二七年: a year in Chinese numerals reads as one in digits (the copy keeps its offsets);
  // 1,200亿元: a thousands separator is no clause's comma.
  // 1:13: a ratio's colon is no clause's.
  // 规上工业增加值年均增长：8%以上: a label and its figure are one target, the colon no clause's end.
  const marked = markRatios(markThousands(source.text, arabicYears(source.match)));
  const labelled = marked.includes(':') ? marked.replace(LABEL_COLON, ' ') : marked;
  // ——政务服务事项“全程网办”率达到90%: the dash that marks a line of a list is no word of its target.
  const match = /[—–―─-]/.test(labelled) ? labelled.replace(LIST_DASH, (dash) => ' '.repeat(dash.length)) : labelled;
  const walk: ParagraphWalk = { source, text: source.text, match, goals: [], year: source.year, sentenceIndex: -1, lastGoalSentence: -2, lastOwn: null, carried: null, list: null, spanOn: false, strivingOn: undefined };
  const terms = policyTermSpans(match);
  // Text set in half-width punctuation ends its sentences with `.` (…和2家.每万家…); a decimal
  // point (2.59) stands between two digits.
  const sentenceRe = /(?:[^。;.]|(?<=\d)\.(?=\d))+[。;.]?/g;
  for (let s = sentenceRe.exec(match); s; s = sentenceRe.exec(match)) {
    const st = openSentence(walk, s[0], s.index);
    if (!st) continue;
    const clauseRe = /[^,:]+[,:]?/g;
    for (let c = clauseRe.exec(st.sentence); c; c = clauseRe.exec(st.sentence)) readClause(walk, st, c[0].replace(/[,:。;]$/, ''), st.at + c.index, terms);
  }
  return walk.goals;
}

/**
 * Starts the sentence `raw` at `index` of the paragraph: what frames its targets (its year, a list
 * of years, 力争) and what it carries on from the sentences before it. Null for a sentence that only
 * says what is done so far.
 */
function openSentence(walk: ParagraphWalk, raw: string, index: number): SentenceWalk | null {
  // 截至2022年底，全区已累计完成造林1.2万亩: what is done so far is no target, and its year frames
  // nothing; its words are blanked (offsets kept) up to a clause that turns to a target year.
  const status = statusLength(raw);
  walk.sentenceIndex++;
  if (status === raw.length) {
    walk.strivingOn = undefined;
    walk.spanOn = false;
    return null;
  }
  const sentence = status > 0 ? ' '.repeat(status) + raw.slice(status) : raw;
  // A span's sentence of no year goes on past its ； without one (see framedBySpan), the year before kept for after it.
  const spanCarried = walk.spanOn && walk.carried !== null ? walk.carried : null;
  if (walk.carried && !spanCarried) walk.year = walk.carried.year;
  walk.carried = spanCarried;
  const yearBefore = walk.year;
  // 到2025年，X达到5万辆；到2027年，达到10万辆: a stage opening with its own year, whose first
  // target names no subject, goes on with the last target of the stage right before it.
  // So does one opening with a list of years (；2024年、2025年分别达到60万亩、70万亩).
  // 力争2024年全市换电站达到50座；2025年达到80座: after a ； a bare year goes on with the stages as 到 does
  // (the ； keeps it in the sentence of the year before); after a 。 a bare year may open a review.
  const afterSemicolon = index > 0 && walk.match[index - 1] === ';' && yearBefore !== undefined;
  const stageOf =
    walk.lastGoalSentence === walk.sentenceIndex - 1 && (TARGET_YEAR_OPENING.test(sentence) || opensWithDeadline(sentence) || (yearListAt(sentence)?.length ?? 0) > 1 || (afterSemicolon && BARE_YEAR_OPENING.test(sentence)))
      ? walk.goals[walk.goals.length - 1]
      : undefined;
  // 到2025年 anywhere in the sentence, or 2024年 opening it (2024年完成改造30个, 2025年底前，…),
  // also after the dash of a line of yearly targets (——2023年：…).
  // 2023—2025年，全县累计新建…: a sentence opening with the plan's period is for its last year.
  // Not the 到 of 达到 before a year (达到2020年的2倍): the year of a level to compare with.
  // 近期目标（2024年底前）：…: a stage's label gives its year in brackets.
  // 力争2024年全市…: a stretch word's year opening the sentence is its target year, as 力争到2024年 is,
  // before a 到 later in it (…，到2025年达到15万辆: that clause's own).
  const yearMatch =
    stageLabelYear(sentence) ??
    TARGET_YEAR_OPENING.exec(sentence) ??
    /(?<!达)(?:到|至|截至) ?(\d{4}) ?年/.exec(sentence) ?? PERIOD_OPENING.exec(sentence) ?? /^\s*(?:[—–-]{1,2} ?)?(\d{4}) ?年(?![\d度])/.exec(sentence) ?? YEAR_MONTH_OPENING.exec(sentence);
  if (yearMatch) walk.year = Number(yearMatch[1]);
  // 到2025年、2027年，…分别达到a、b: the years of a list, for the figures listed in order.
  const years = yearMatch ? yearListAt(sentence.slice(yearMatch.index)) : undefined;
  // Each figure of such a list has its year; the sentences after it go on with the year before it.
  // So do those after a year that a verb reaches (由12天降至2025年的5天): the year of that target and
  // of the clauses after it in the sentence only.
  if ((years && years.length > 1) || (yearMatch && /[降升增减高加扩缩][到至] ?\d/.test(sentence.slice(Math.max(0, yearMatch.index - 1), yearMatch.index + 3)))) walk.carried = { year: yearBefore };
  // “十四五”期间 / 十四五末: the five-year plan's last year (十一五 2010 … 十五五 2030); not as a
  // base (比“十三五”末下降14%), which is the change's, not the target's.
  const planPeriod = yearMatch ? null : FIVE_YEAR_PLAN.exec(sentence);
  const planAsBase = planPeriod !== null && /(?:比|较|与|同|相对于?)[“"‘']?$/.test(sentence.slice(Math.max(0, planPeriod.index - 4), planPeriod.index));
  // “十五五”开局之年: the year named within the plan (its first, here), not its last.
  if (planPeriod && !planAsBase) {
    const numeral = planPeriod[1] as string;
    walk.year = fiveYearPlanYearNamed(numeral, sentence.slice(planPeriod.index + planPeriod[0].length)) ?? fiveYearPlanEnd(numeral);
  }
  // 三年累计引进内资450亿元 in a plan of 2024—2026: a span in words as long as the plan's is the plan's,
  // so its targets are for the plan's last year (a span of another length says no year).
  const planYears = !yearMatch && !planPeriod ? PLAN_YEARS_OPENING.exec(sentence) : null;
  const { periodStart, periodEnd } = walk.source;
  const planLength = planYears && periodStart !== undefined && periodEnd !== undefined ? periodEnd - periodStart + 1 : undefined;
  const spanYear = planYears !== null && planLength !== undefined && parseNumeral(planYears[1] as string) === planLength;
  if (spanYear) walk.year = periodEnd;
  else if (planYears && planLength !== undefined) {
    // 三年累计引进内资450亿元，实际使用外资1.5亿美元 in a plan of 2021—2025: a span of its own, whose end the
    // text does not name; its targets have no year (not the year before it), and the sentences after go
    // on with that year.
    walk.year = undefined;
    walk.carried = { year: yearBefore };
  }
  // 三年累计…；新引进…项目120个，其中…15个: the span frames the sentence past its ；, as 力争 does.
  const framedBySpan = planYears !== null || (walk.spanOn && !yearMatch && !planPeriod);
  walk.spanOn = framedBySpan && raw.endsWith(';');
  // 力争到2026年，培育…: the word before the year qualifies every target of the sentence.
  const ownStriving = /^\s*(力争|争取|确保)(?=到|至|在|于|\d)/.exec(sentence)?.[1];
  // 力争到2026年，A达到…；B…: the year carries past the ；, and so does the word before it (not to
  // a target with a stretch word of its own, nor past a sentence that names a year of its own).
  const carriedStriving = ownStriving === undefined && !yearMatch && !planPeriod ? walk.strivingOn : undefined;
  walk.strivingOn = raw.endsWith(';') ? (ownStriving ?? carriedStriving) : undefined;
  return {
    at: index,
    sentence,
    start: walk.goals.length,
    yearBefore,
    stageOf,
    // 目前，全县已建成5G基站800个，到2026年达到1500个: the target after the status names no subject;
    // it is the thing the status counts.
    statusCounted: status > 0 ? statusSubject(walk.text.slice(index, index + status - 1)) : null,
    ownStriving,
    carriedStriving,
    // …、实际使用外资1.5亿美元: a span to come frames the sentence's targets as a target year does, year or none.
    framedBySpan,
    // 目前，全区80家企业完成…; 2023年，… in a plan from 2024: what is so, not what is to be.
    reportsStatus: STATUS_OPENING.test(sentence) || (yearMatch !== null && walk.source.periodStart !== undefined && Number(yearMatch[1]) < walk.source.periodStart),
    opensWithYear: yearMatch !== null && yearMatch.index === 0 && BARE_YEAR_OPENING.test(sentence),
    spanYear,
    years,
    clauseIndex: -1,
    // The clause of the sentence the last target came from: a target without a subject takes that
    // target's only from the clause right before it (城市更新投资较2020年翻一番，达到200亿元 is not
    // the subject of the target two clauses back).
    lastGoalClause: -2,
    thisClause: [0, 0],
    sentenceBase: undefined,
    whole: undefined,
    partVerb: undefined,
    bracketPart: undefined,
    bracketHost: undefined,
  };
}

/** Reads the targets of one clause of the sentence, at `at` of the paragraph, after what frames it. */
function readClause(walk: ParagraphWalk, st: SentenceWalk, clause: string, at: number, terms: ReadonlyArray<readonly [number, number]>): void {
  st.clauseIndex++;
  const previousClause = st.thisClause;
  st.thisClause = [at, at + clause.length];
  // 给予20万元奖励, 最高不超过100万元, 扣2分: a policy's terms, no target.
  if (terms.length > 0 && inSpans(terms, at)) return;
  const compared = clause.includes('相比') ? COMPARED_WITH.exec(clause) : null;
  if (compared) st.sentenceBase = Number(compared[1]);
  // 到2021年末…突破116家,到2022年末突破128家,“雏鹰”企业…达到80家: a target year opening a later
  // clause holds for the clauses after it too.
  const opensWithYear = st.clauseIndex > 0 && clause.includes('年') ? (TARGET_YEAR_OPENING.exec(clause) ?? PERIOD_OPENING.exec(clause)) : null;
  if (opensWithYear) {
    walk.year = Number(opensWithYear[1]);
    st.years = yearListAt(clause);
  }
  // 2024年新增上云企业200家，三年累计新增1000家: a span in words opening a later clause frames the
  // clauses after it as it would the sentence (the plan's last year, or none for a span of another length).
  if (st.clauseIndex > 0 && !opensWithYear && clause.includes('年')) st.spanYear = spanClause(walk, clause);
  else if (opensWithYear) st.spanYear = false;
  // …达到80万亩，2024年、2025年分别建成5万亩、6万亩: a list of years opening a later clause is its
  // figures' years, in order; the clauses after it go on with the sentence's year.
  const listYears = st.clauseIndex > 0 && !opensWithYear && clause.includes('年') ? yearListAt(clause) : undefined;
  // 2024年建成5万亩，2025年建成6万亩。: a sentence of targets by year, each clause opening with its
  // own, frames none after it; they go on with the year before it.
  if (st.clauseIndex > 0 && !walk.carried && !opensWithYear && st.opensWithYear && BARE_YEAR_OPENING.test(clause)) walk.carried = { year: st.yearBefore };
  // 其中：国家级…20家、省级…80家 — 其中 before a colon or comma opens the parts in the next clause.
  const partsFollow = WITHIN_ALONE.test(walk.match.slice(previousClause[0], previousClause[1]));
  const listBefore: number | undefined = walk.list && walk.list.sentence >= walk.sentenceIndex - 1 ? walk.list.of : undefined;
  const pastNotes = pastResultNoteSpans(clause, walk.source.periodStart);
  for (const f of clauseGoals(clause, walk.year !== undefined || st.framedBySpan, partsFollow, listYears ?? st.years, listBefore, st.reportsStatus)) {
    if (pastNotes.length > 0 && pastNotes.some(([a, b]) => f.figure.index >= a && f.figure.index < b)) continue;
    addGoal(walk, st, f, clause, at, previousClause);
  }
}

/** The paragraph's words from `from` to `to`, without the blanks (a list's dash) before them. */
function wordsFrom(walk: ParagraphWalk, from: number, to: number): string {
  while (from < to && walk.match[from] === ' ') from++;
  return walk.text.slice(from, to);
}

/** Makes a goal of a target found in the clause at `at`, with what it takes from the targets before it. */
function addGoal(walk: ParagraphWalk, st: SentenceWalk, f: Found, clause: string, at: number, previousClause: [number, number]): void {
  const { text, match, source, goals } = walk;
  const piece = ([a, b]: [number, number]): string => text.slice(at + a, at + b);
  const goal: Goal = {
    indicator: wordsOf(f, piece),
    value: f.figure.multiple ?? f.figure.value ?? figureNumber(f.figure.raw),
    raw: f.figure.raw,
    // 翻一番 is written without a unit: its value is a multiple, in 倍.
    // 百分之十 is written with its unit before the numeral: the unit is the one it names (%).
    unit: f.figure.multiple !== undefined ? '倍' : f.figure.unitBefore ? f.figure.unit : writtenUnit(f.figure, piece),
    // A range (10%—15%) is a target of at least its lower end, up to its upper one.
    comparison: comparisonOf([...f.qualifiers, f.verb], f.figure.upTo !== undefined),
    ...(f.figure.upTo !== undefined ? { upTo: figureNumber(f.figure.upTo) } : {}),
    // A run-on "sentence" of hundreds of characters says less than its clause.
    sentence: (st.sentence.length <= MAX_SENTENCE ? wordsFrom(walk, st.at, st.at + st.sentence.length) : wordsFrom(walk, at, at + clause.length)).replace(/[。;；.]$/, ''),
    position: source.position(at + f.from, at + f.to),
  };
  if (st.ownStriving && !f.qualifiers.includes(st.ownStriving)) f.qualifiers.unshift(st.ownStriving);
  else if (st.carriedStriving && !f.qualifiers.some((q) => STRETCH.includes(q))) f.qualifiers.unshift(st.carriedStriving);
  if (f.qualifiers.length) goal.qualifier = f.qualifiers.map((q) => qualifierAsWritten(text, match, q, st.at, at + f.to)).join('、');
  // The clause's own indicator in the folded, simplified copy (增長 reads as 增长).
  let own = wordsOf(f, ([a, b]) => match.slice(at + a, at + b));
  // 三年累计新增上云企业1000家 in a plan of three years: the span gave the year, and names nothing;
  // nor does it where a target year gave the plan's last year (到2025年三年累计新增… in 2023—2025).
  const span = goal.indicator.length === own.length ? spanInName(own, st.spanYear ? undefined : planLengthEndingAt(walk, f.year ?? walk.year)) : null;
  if (span) {
    own = own.slice(0, span[0]) + own.slice(span[1]);
    goal.indicator = goal.indicator.slice(0, span[0]) + goal.indicator.slice(span[1]);
  }
  // …覆盖率城市达到100%: the peer word after the measure is read before the name it qualifies.
  // (Moved by the folded copy's reading, so that 中心城區 in traditional characters moves too.)
  const peerAt = f.listed === undefined ? peerAfterMeasureAt(own) : null;
  if (peerAt !== null && goal.indicator.length === own.length) {
    goal.indicator = movedPeer(goal.indicator, peerAt);
    own = movedPeer(own, peerAt);
  }
  // The indicator as written that `own` reads (the same words, in traditional characters where the text has them).
  const ownWritten = goal.indicator;
  const goalYear = f.year ?? walk.year ?? (isAnnualChange(own, f.qualifiers) ? source.periodEnd : undefined);
  if (goalYear !== undefined) goal.year = goalYear;
  const previous = goals[goals.length - 1];
  let borrowed: { stretched?: Goal } | null = null;
  if (f.runningTotal) {
    // （累计达到4万家） after 新增上云企业1.5万家: the stock of what the target before adds, in its kind of unit.
    const total = previous && previous.sentence === goal.sentence && sameUnitKind(goal.unit, previous.unit) ? runningTotalOf(previous.indicator, VERB_FIRST) : null;
    if (total === null) return;
    goal.indicator = total;
    borrowed = {};
  } else {
    borrowSubject(walk, st, goal, f, own, previous, previousClause);
    borrowed = borrowIndicator(walk, st, goal, f, previous);
  }
  if (!borrowed) return;
  if (f.unpaired?.first && source.unpaired) {
    const list = wordsFrom(walk, at + f.from, at + clause.length);
    source.unpaired(`the ${f.unpaired.subjects} subjects and ${f.unpaired.figures} figures of "${list}" are not as many: each figure is read as a target of the subjects together`, at + f.from, at + clause.length);
  }
  const { stretched } = borrowed;
  // 其中国家级专精特新企业达到20家（含单项冠军企业3家）: a part in brackets right after a part's
  // figure is a part of that part.
  const bracketAfterFigure = previous !== undefined && st.lastGoalClause === st.clauseIndex && BRACKET_AFTER_FIGURE.test(clause.slice(Math.max(0, f.from - 12), f.from));
  const inBracketOfPart = bracketAfterFigure && previous.partOf !== undefined;
  nameThePart(walk, st, goal, f, own, previous, inBracketOfPart);
  // 达到2020年的2倍: a figure in 倍 of the level of a base year is a multiple, as 翻一番 is.
  const relative = relativeOf(own, f.figure) ?? stretched?.relative ?? ((f.baseYear !== undefined || f.ofLevel) && f.figure.unit === '倍' ? 'multiple' : undefined);
  if (relative) goal.relative = relative;
  // 2024年，GDP比上年增长8%: measured from 2023; with no year of its own, from no year named.
  const baseYear = f.baseYear ?? stretched?.baseYear ?? (f.basePrevious ? (goalYear !== undefined ? goalYear - 1 : undefined) : relative ? st.sentenceBase : undefined);
  if (baseYear !== undefined) goal.baseYear = baseYear;
  const partWhole = f.part && inBracketOfPart ? previous : st.whole;
  // 粮食总产量…50万吨，其中大豆种植面积达到8万亩: an area is no part of a mass; a part shares its whole's kind of unit.
  if (f.part && own !== '' && partWhole && sameUnitKind(goal.unit, partWhole.unit)) goal.partOf = partWhole.indicator;
  else if (!f.part) st.whole = goal;
  if (stretched?.partOf !== undefined && goal.partOf === undefined) goal.partOf = stretched.partOf;
  // 其中2024年新增40家（含国家级5家）: the part of a part by year is of that year.
  // 达到1500家，其中2024年达到1200家（含国家级50家）: so is the part of a level by year.
  if (f.part && bracketAfterFigure && f.year === undefined && previous.year !== undefined) goal.year = previous.year;
  if (f.part && bracketAfterFigure) {
    st.bracketPart = goal;
    st.bracketHost = previous;
  }
  goals.push(goal);
  if (f.figure.slashed) pushSlashedStages(walk, goal, f.figure.slashed, at, f.basePrevious === true && f.baseYear === undefined);
  if (f.listed) {
    if (!walk.list || walk.list.sentence !== walk.sentenceIndex || walk.list.clause !== st.clauseIndex) walk.list = { sentence: walk.sentenceIndex, clause: st.clauseIndex, of: f.listed.of, names: [] };
    walk.list.names[f.listed.place] ??= goal.indicator;
  }
  // A later target shares words of this one only while its indicator is its own words (compared in the
  // matching copy, as own is read: 全縣農產品加工業產值 is its clause's words too), or a peer's reading of them.
  walk.lastOwn =
    goal.indicator === ownWritten || matchOf(walk, goal.indicator) === own
      ? own
      : st.peerOwn !== undefined && st.peerOwn.length === goal.indicator.length
        ? st.peerOwn
        : null;
  st.peerOwn = undefined;
  st.lastGoalClause = st.clauseIndex;
  st.lastFoundVerb = f.verb;
  walk.lastGoalSentence = walk.sentenceIndex;
}

/**
 * 到2025年，…达到80%/85%/90% in a plan of 2023—2025: figures of one indicator with slashes between,
 * as many as the plan's years up to the target's, are its stages, one a year in order (the first
 * figure's goal, already read, takes the first year). Otherwise the text does not say what the
 * figures after the first are for (two groups, two of three years): the first stays the target,
 * and those after it are left to the unread report (goal-figure-unread).
 */
function pushSlashedStages(walk: ParagraphWalk, goal: Goal, slashed: readonly Figure[], at: number, fromYearBefore: boolean): void {
  const start = walk.source.periodStart;
  if (start === undefined || goal.year === undefined || goal.year - start + 1 !== slashed.length + 1) return;
  goal.year = start;
  if (fromYearBefore) goal.baseYear = start - 1;
  for (const [k, figure] of slashed.entries()) {
    const stage: Goal = { ...goal, value: figure.value ?? figureNumber(figure.raw), raw: figure.raw, year: start + k + 1, position: walk.source.position(at + figure.index, at + figure.end) };
    // 比上年增长: each stage's from its own year before.
    if (fromYearBefore) stage.baseYear = (stage.year as number) - 1;
    walk.goals.push(stage);
  }
}

/**
 * The subject a target names only in part, from the targets and clauses before it: a 分别 list's
 * subject at its place, a clause that names only a subject, the subject of a change or a share
 * right before it, a measure or a peer that shares the target before it (goal.indicator is completed).
 */
function borrowSubject(walk: ParagraphWalk, st: SentenceWalk, goal: Goal, f: Found, own: string, previous: Goal | undefined, previousClause: [number, number]): void {
  // 数字经济核心产业增加值，到2025年比2020年翻一番: a change without a subject of its own,
  // after a clause that names only a subject, is that subject's.
  const subject =
    (own === '' || CHANGE_ONLY.test(own)) && st.lastGoalClause < st.clauseIndex - 1 && (f.baseYear !== undefined || f.basePrevious || f.figure.multiple !== undefined || own !== '')
      ? subjectClause(walk.text, walk.match, previousClause)
      : null;
  // X突破300亿元，年均增长15%: a clause that names only a change has the subject before it.
  const listed = f.listPlace !== undefined ? walk.list?.names[f.listPlace] : undefined;
  if (listed) goal.indicator = `${lessChange(walk, listed)}${goal.indicator}`;
  else if (subject) goal.indicator = `${subject}${goal.indicator ? annualInto(goal, f) : ''}${goal.indicator}`;
  else if (CHANGE_ONLY.test(own) && previous && previous.sentence === goal.sentence && !CHANGE_ONLY.test(matchOf(walk, previous.indicator))) {
    // 确保增长8%、力争增长10%: the change of a change is its subject's, not 增长增长.
    goal.indicator = `${lessChange(walk, previous.indicator)}${annualInto(goal, f)}${goal.indicator}`;
  }
  // 增加值达到1200亿元，占地区生产总值比重提高到12%: a share (占…比重) names no subject; it is
  // that of the target just before it.
  else if (/^占[^,]{2,}(?:比重|比例)$/.test(own) && previous && previous.sentence === goal.sentence && st.lastGoalClause >= st.clauseIndex - 1 && !previous.indicator.startsWith('占')) {
    goal.indicator = `${lessChange(walk, previous.indicator)}${goal.indicator}`;
  }
  // 新能源汽车产量达到100万辆，产业规模突破5000亿元: a measure alone shares the subject of the
  // target in the clause right before it (新能源汽车产业规模).
  else if (previous && previous.sentence === goal.sentence && st.lastGoalClause >= st.clauseIndex - 1 && walk.lastOwn !== null && previous.indicator.length === walk.lastOwn.length) {
    // 社会消费品零售总额年均增长8%，总额达到1200亿元: the total after a change is the changed amount's
    // (社会消费品零售总额), in an amount's unit, not a rate's; and a change of the total after the
    // amount's level (…达到1000亿元，总额年均增长8%) is that amount's change.
    const total = goal.indicator.length !== own.length || (previous.relative === 'change' && RATE_UNITS.test(goal.unit)) ? null : restatedTotal(walk.lastOwn, own);
    if (total !== null) {
      goal.indicator = `${previous.indicator.slice(0, total)}${goal.indicator.slice(TOTAL_WORD_LENGTH)}`;
      return;
    }
    const shared = st.lastGoalClause === st.clauseIndex - 1 ? sharedSubject(walk.lastOwn, own) : null;
    // 初中…平均完成时间不超过90分钟，小学三至六年级不超过60分钟: a peer shares the measure, in its unit
    // (also after 、: 覆盖率城市达到100%、农村达到75%).
    // 回收利用率达到75%，县城达到60%; …免费开放率达到100%，博物馆达到90%: a place or a venue alone shares it too.
    const peer = shared || previous.unit !== goal.unit ? null : (peerMeasure(walk.lastOwn, own) ?? alonePeerMeasure(walk.lastOwn, own));
    const lead = shared || peer ? null : joinedPeerLead(walk, st, goal, f, own, previous);
    if (shared) goal.indicator = `${previous.indicator.slice(shared.from, shared.to)}${goal.indicator}`;
    else if (peer) {
      goal.indicator = `${goal.indicator}${previous.indicator.slice(peer.from, peer.to)}`;
      if (goal.indicator.length === own.length + peer.to - peer.from) st.peerOwn = `${own}${walk.lastOwn.slice(peer.from, peer.to)}`;
    }
    else if (lead !== null) goal.indicator = `${lead}${goal.indicator}`;
    else carryVerb(walk, st, goal, f, own, previous);
  } else if (previous && previous.sentence === goal.sentence) {
    const lead = joinedPeerLead(walk, st, goal, f, own, previous);
    if (lead !== null) goal.indicator = `${lead}${goal.indicator}`;
    else carryVerb(walk, st, goal, f, own, previous);
  }
}

/**
 * 每千人口医师数达到3.6人、注册护士数达到4.2人; 超亿元企业50家、超10亿元企业8家: a target joined on
 * with 、 to the one before in its clause, in the same unit, shares what that one is counted per
 * (with its scope), or the measure its threshold class is of: the words to put before it, or null.
 */
function joinedPeerLead(walk: ParagraphWalk, st: SentenceWalk, goal: Goal, f: Found, own: string, previous: Goal): string | null {
  if (previous.unit !== goal.unit || st.lastGoalClause !== st.clauseIndex || goal.indicator.length !== own.length) return null;
  if (!JOINED_BEFORE.test(walk.match.slice(st.thisClause[0], st.thisClause[0] + f.from))) return null;
  return (perPersonPeer(st, goal, f, previous) ? sharedPerBase(previous.indicator, goal.indicator) : null) ?? thresholdMeasure(previous.indicator, goal.indicator);
}

/** How many times the figure before a peer it may be, and still be counted per the same base. */
const PER_BASE_SPREAD = 20;

/** The length of 总额, 总量 (總額 …), which restatedTotal reads. */
const TOTAL_WORD_LENGTH = 2;
/** Units of a rate or a share (no amount's total is one). */
const RATE_UNITS = /^(?:%|％|‰|个百分点|个千分点|百分点)$/;

/**
 * Whether a peer may be counted per what the target before it is: it has no verb of its own but that
 * one's (达到 again is the genre's; 乡村医生稳定在1200人 is a target of its own), and its figure is of
 * that one's size (每千人口医师数3.5人、…800人: a figure so much larger is a count, not a rate).
 */
function perPersonPeer(st: SentenceWalk, goal: Goal, f: Found, previous: Goal): boolean {
  if (f.verb !== '' && f.verb !== st.lastFoundVerb) return false;
  return !(goal.value > previous.value * PER_BASE_SPREAD);
}

/**
 * 新建数字化车间30个，智能工厂8家: a thing and its count alone, opening the clause right after a target
 * that opened with a verb of creation, is made by that verb, as after 、 (see carried-verb.ts); so
 * are the things joined on to it with 、 in its own clause.
 */
function carryVerb(walk: ParagraphWalk, st: SentenceWalk, goal: Goal, f: Found, own: string, previous: Goal): void {
  if (f.verb !== '' || f.part || f.stretch || f.listed || f.listPlace !== undefined || f.year !== undefined || f.baseYear !== undefined || f.basePrevious || f.figure.multiple !== undefined) return;
  if (goal.relative !== undefined || !takesCarriedVerb(own, goal.unit)) return;
  const clauseAt = st.thisClause[0];
  const carried = st.carriedLead;
  let lead: { words: string; running: string | null } | null = null;
  if (carried && carried.clause === st.clauseIndex && st.lastGoalClause === st.clauseIndex) {
    // …，智能工厂8家、绿色工厂5家: joined on to a target that took the verb.
    if (JOINED.test(walk.match.slice(clauseAt + carried.to, clauseAt + f.from))) lead = carried;
  } else if (st.lastGoalClause === st.clauseIndex - 1 && st.lastFoundVerb === '' && walk.match.slice(clauseAt, clauseAt + f.from).trim() === '') {
    // Only after a target of the same shape, its verb and thing before its count (新建数字化车间30个),
    // not one whose thing follows the count (新建2家市级重点实验室，…入盟企业20家: no 新建 there).
    const opening = creationLead(previous.indicator);
    // 累計 on a page in traditional characters: the qualifier as the target before writes it.
    if (opening) lead = { words: `${opening.scope}${opening.verb}`, running: (previous.qualifier ?? '').split('、').find((q) => RUNNING.test(q)) ?? null };
  }
  if (!lead) return;
  goal.indicator = `${lead.words}${goal.indicator}`;
  if (lead.running !== null && !(goal.qualifier ?? '').split('、').some((q) => RUNNING.test(q))) goal.qualifier = goal.qualifier ? `${lead.running}、${goal.qualifier}` : lead.running;
  st.carriedLead = { ...lead, clause: st.clauseIndex, to: f.to };
}

/** 累计 as a qualifier is written (累計 in traditional characters). */
const RUNNING = /^累[计計]$/;

/**
 * The year a span in words opening a later clause (，三年累计…) gives the targets after it: the plan's
 * last year for a span of the plan's length, none for another (the sentences after go on with the
 * year before it, as after such a sentence).
 */
function spanClause(walk: ParagraphWalk, clause: string): boolean {
  const span = PLAN_YEARS_OPENING.exec(clause);
  const { periodStart, periodEnd } = walk.source;
  if (!span || periodStart === undefined || periodEnd === undefined) return false;
  if (parseNumeral(span[1] as string) === periodEnd - periodStart + 1) {
    walk.year = periodEnd;
    return true;
  }
  walk.carried ??= { year: walk.year };
  walk.year = undefined;
  return false;
}

/**
 * The span in words an indicator opens with, after its scope (三年 of 三年新增上云企业, 全区三年内 of
 * 全区三年内新增…): [where it starts, where it ends], or null. Not a grade or an age (三年级).
 */
function spanInName(own: string, ofLength?: number | null): [number, number] | null {
  if (ofLength === null || !own.includes('年')) return null;
  const m = SPAN_IN_NAME.exec(own);
  if (!m || (ofLength !== undefined && parseNumeral(m[2] as string) !== ofLength)) return null;
  return [m[1]?.length ?? 0, m[0].length];
}

const SPAN_IN_NAME = /^((?:全|本|我)[省市区县州旗镇乡]|全域)?(?:今后|未来)?([两二三四五六七八九十]) ?年(?:内|间)?(?![级度龄])/;

/**
 * The plan's length in years when `year` is its last (a span that long, 三年 of 到2025年三年累计 in a
 * plan of 2023—2025, is the plan's); null otherwise, or when the plan's period is not known.
 */
function planLengthEndingAt(walk: ParagraphWalk, year: number | undefined): number | null {
  const { periodStart, periodEnd } = walk.source;
  return periodStart !== undefined && periodEnd !== undefined && year === periodEnd ? periodEnd - periodStart + 1 : null;
}

/** A sentence opening with a span of years in words (三年累计, 今后三年, 全区五年内): not 三年来, which looks back. */
const PLAN_YEARS_OPENING = /^\s*(?:(?:全|本|我)[省市区县]|今后|未来)?([两二三四五六七八九十]) ?年(?=内|间|累计|共|合计|总计|[,，])/;

/** What ends the words before a target joined on with 、 to the one before it (…3.6人、, …50家、). */
const JOINED_BEFORE = /[^\d\s]、 ?$/;

/** What joins a target on to the one before in its clause: a bound of that one, then 、 or 和. */
const JOINED = /^ ?(?:以上|以内|左右|以下)? ?(?:、|和|及|以及|与) ?$/;

/** An indicator's words in the matching copy (增長 read as 增长), one character for one. */
function matchOf(walk: ParagraphWalk, indicator: string): string {
  return (walk.source.normalize ?? fold)(indicator);
}

/** An indicator less the change it ends with (增加值年均增长 → 增加值; 增加值年均增長 → 增加值), cut from it as written. */
function lessChange(walk: ParagraphWalk, indicator: string): string {
  const change = CHANGE_TAIL.exec(matchOf(walk, indicator));
  return change ? indicator.slice(0, change.index) : indicator;
}

/**
 * 年均 before a change whose subject is borrowed (X突破300亿元，年均增长15%): it goes into the
 * indicator with the change (X年均增长), as where the subject is written before it, and so out of
 * the qualifier, where the clause read it. '' when the target has no 年均.
 */
function annualInto(goal: Goal, f: Found): string {
  if (!f.qualifiers.includes('年均')) return '';
  const rest = (goal.qualifier ?? '').split('、').filter((q) => q !== '年均');
  if (rest.length > 0) goal.qualifier = rest.join('、');
  else delete goal.qualifier;
  return '年均';
}

/**
 * The indicator of a target that names none (…，力争7%; …，2025年达到520家): the target's it
 * stretches, the stage's before it, or the one right before it less the change it measured. Null
 * when there is none to take: the figure is no target.
 */
function borrowIndicator(walk: ParagraphWalk, st: SentenceWalk, goal: Goal, f: Found, previous: Goal | undefined): { stretched?: Goal } | null {
  let stretched: Goal | undefined;
  if (goal.indicator === '' && f.stretch) {
    // 增长6%左右，力争7%: the target right before, in its unit, at a higher figure.
    // (…，力争达到8%, with its verb, may also be a level of the subject: so read when the unit differs.)
    const higher = previous && previous.sentence === goal.sentence && st.lastGoalClause >= st.clauseIndex - 1 && previous.unit === goal.unit;
    if (higher) {
      goal.indicator = previous.indicator;
      stretched = previous;
      // 其中2025年新增180家（力争200家）: a stretch of a part is a part of the same whole.
      if (previous.partOf !== undefined) f.part = true;
    } else if (!f.verb) return null;
  }
  if (goal.indicator === '') {
    // The subject of the target before it in the sentence, less the change it measured.
    const { stageOf } = st;
    const stage = stageOf && walk.goals.length === st.start && st.clauseIndex <= 1 && stageOf.unit === goal.unit && stageOf.year !== goal.year;
    if (st.statusCounted && walk.goals.length === st.start) goal.indicator = st.statusCounted;
    else {
      if (!stage && (!previous || previous.sentence !== goal.sentence || st.lastGoalClause < st.clauseIndex - 1)) return null;
      // …（含国家级20家），2025年达到520家: not the part in brackets, but the target it is after.
      const host = previous === st.bracketPart && st.bracketHost?.sentence === goal.sentence ? st.bracketHost : previous;
      goal.indicator = stage ? stageOf.indicator : lessChange(walk, (host as Goal).indicator);
      if (goal.indicator === '') return null;
    }
  }
  return stretched ? { stretched } : {};
}

/**
 * What a part (其中…, （含…）) or a target after a whole counts, in the whole's words: the thing the
 * whole makes (其中2023年新增400家), its kind with the part's grade (其中省级15家), or what a level
 * right before counts (…达到80万亩，2024年建成5万亩); and which whole the parts after it are of.
 */
function nameThePart(walk: ParagraphWalk, st: SentenceWalk, goal: Goal, f: Found, own: string, previous: Goal | undefined, inBracketOfPart: boolean): void {
  // 其中2023年新增400家: a part by year that names only the whole's verb of creation counts what
  // the whole does, and so does the clause after it that goes on by year (，2024年新增500家).
  // After a level (达到300家，其中：2024年新增40家，2025年新增50家) each is a part of it as written.
  const partRun = st.partVerb === own && f.year !== undefined && st.lastGoalClause === st.clauseIndex - 1;
  let addedTo: string | null = null;
  // 完成老旧小区改造120个，惠及居民2.3万户，其中2022年完成30个: the part repeats the verb of a
  // whole further back, whose part it is, not of the target right before it.
  if (st.whole && (f.part || partRun) && VERB_FIRST.includes(own) && creationOf(st.whole.indicator, goal.indicator) === null) {
    const made = walk.goals.slice(st.start).reverse().find((g) => g.partOf === undefined && sameUnitKind(goal.unit, g.unit) && creationOf(g.indicator, goal.indicator) !== null);
    // 新增高新技术企业60家，全县高新技术企业达到300家，其中2024年新增40家: a level of the very thing
    // made is the whole the part adds to, as written.
    const thing = made ? made.indicator.slice(made.indicator.indexOf(own) + own.length) : '';
    // 新增停车泊位5000个，新建充电桩2000个，其中2025年新增1500个: nor is a whole right before that
    // makes something in the part's unit with a verb of its own; 新增 adds to what it makes.
    const wholeMade = own === '新增' && st.whole.unit === goal.unit ? madeWith(st.whole.indicator) : null;
    if (wholeMade) addedTo = wholeMade;
    else if (made && !(thing.length >= 2 && st.whole.indicator.includes(thing))) st.whole = made;
  }
  const { whole } = st;
  if (partRun && whole) f.part = true;
  const counted = whole && f.part && VERB_FIRST.includes(own) ? (addedTo ?? creationOf(whole.indicator, goal.indicator)) : null;
  if (counted) {
    goal.indicator = counted;
    st.partVerb = own;
    return;
  }
  if (!f.part) st.partVerb = undefined;
  else if (f.year !== undefined && VERB_FIRST.includes(own)) st.partVerb = own;
  // 这一比例达到80%: a subject that points back carries on the indicator of the target before.
  if (isAnaphora(own) && previous && previous.unit === goal.unit) goal.indicator = previous.indicator;
  // 其中省级15家: a grade alone counts the whole's kind of thing (省级农业产业化龙头企业), or the
  // part's it is in brackets after (新增40家（含国家级5家）: 新增国家级…).
  else if (f.part && whole) {
    const graded = (of: Goal): string | null => gradedPart(own, goal.indicator, of.indicator, VERB_FIRST);
    goal.indicator = (inBracketOfPart && previous ? graded(previous) : null) ?? graded(whole) ?? createdPart(goal, own, whole) ?? goal.indicator;
  }
  // 新增省级以上人才平台20家，国家级以上2家: a grade alone after a target of another grade, in its unit.
  else if (!f.part && previous && previous.sentence === goal.sentence && st.lastGoalClause >= st.clauseIndex - 1 && previous.unit === goal.unit && siblingGrade(own, goal.indicator, previous.indicator)) {
    goal.indicator = siblingGrade(own, goal.indicator, previous.indicator) as string;
  }
  // …面积累计达到80万亩，2024年、2025年分别建成5万亩、6万亩 (or after ；): a verb of creation alone
  // makes more of what the level right before it, in its unit, counts.
  else if (VERB_FIRST.includes(own) && previous && previous !== st.bracketPart && previous.unit === goal.unit && (walk.lastGoalSentence === walk.sentenceIndex || walk.lastGoalSentence === walk.sentenceIndex - 1)) {
    goal.indicator = createdThing(goal.indicator, previous.indicator, VERB_FIRST) ?? goal.indicator;
  }
}

/**
 * A qualifier as the paragraph writes it (累計 on a page in traditional characters, not the 累计 it
 * was found as), width-folded as the rest of the goal's words are compared: the nearest place the
 * word stands in the matching copy before the goal's end, within its sentence. A word found in no
 * such place (a sign the copy writes otherwise) stays as found.
 */
function qualifierAsWritten(text: string, match: string, qualifier: string, sentenceStart: number, goalEnd: number): string {
  const at = match.lastIndexOf(qualifier, goalEnd - qualifier.length);
  return at >= sentenceStart ? fold(text.slice(at, at + qualifier.length)) : qualifier;
}

/**
 * 全区高新技术企业达到500家，其中新认定200家: a part that names only a verb of creation, of a whole
 * that names none (a level), counts the whole's thing made so (新认定高新技术企业): without it the
 * figure says not what it counts. A whole in another kind of unit, or one that makes its thing with
 * a verb of its own, gives the part no object. Null when the part is not of this form.
 */
function createdPart(goal: Goal, own: string, whole: Goal): string | null {
  if (!VERB_FIRST.includes(own) || !sameUnitKind(goal.unit, whole.unit) || madeWith(whole.indicator) !== null) return null;
  return createdThing(goal.indicator, whole.indicator, VERB_FIRST);
}

/** What a whole makes, from its verb of creation on (新建充电桩 of 全县新建充电桩), or null. */
function madeWith(whole: string): string | null {
  for (const v of VERB_FIRST) {
    const made = creationOf(whole, v);
    if (made !== null) return made;
  }
  return null;
}

/** Years listed at the start of a text (到2025年、2027年, 2025年和2030年底): two or more. */
const YEAR_LIST = /^\s*(?:力争|争取|确保)?(?:(?:到|至|截至) ?)?\d{4} ?年(?:底|末)?(?: ?(?:、|和|及|与|以及) ?(?:到|至)? ?\d{4} ?年(?:底|末)?)+/;

function yearListAt(text: string): number[] | undefined {
  const list = text.includes('年') ? YEAR_LIST.exec(text) : null;
  return list ? (list[0].match(/\d{4}/g) ?? []).map(Number) : undefined;
}

/** A target's indicator: the words of its parts, with a word the text implies (城乡: 城镇) in its place. */
function wordsOf(f: Found, slice: (span: [number, number]) => string): string {
  const pieces = f.parts.map(slice);
  if (f.implied) pieces.splice(f.implied.before, 0, f.implied.word);
  return pieces.join('').trim();
}

/** A figure's unit as written, less the 余 or 多 inside it (3.6万余人: 万人). */
function writtenUnit(figure: Figure, piece: (span: [number, number]) => string): string {
  // 分别达到80、82、85%: a bare figure of a list has the unit written after the last.
  if (figure.sharedUnit) return piece([figure.sharedUnit.from, figure.sharedUnit.to]);
  const start = figure.end - figure.unit.length - (figure.over ? figure.over.word.length : 0);
  if (!figure.over) return piece([start, figure.end]);
  return piece([start, figure.over.at]) + piece([figure.over.at + figure.over.word.length, figure.end]);
}

/**
 * The colon between a target's label and its figure (新增规上工业企业：100家。): after the label's last
 * character (not a lead-in's: 主要指标如下：), before a figure, its unit and a bound at most, to the
 * clause's end. A list number after a lead-in (如下：1.…) runs on past its dot, so is not taken.
 */
const LABEL_COLON = /(?<=[\u4e00-\u9fff)）%])(?<!如下|下列|以下|目标|指标|任务|其中|包括|是|为):(?= ?\d+(?:\.\d+)?[^\d,;。:.]{0,8}(?:[,;。]|\.(?![\u4e00-\u9fff\d])|$))/g;

/**
 * The dash that opens a line of a list (——, —, ―, -- as the folded copy has them), before words: a
 * marker, no part of the target. A dash before a figure (—5%) may be a sign, and is left alone.
 */
const LIST_DASH = /^[ \t]*(?:[—–―─]{1,2}|-{2})(?=[ \t]*[^\s\d—–―─-])/gm;

/** A clause or sentence that opens with a year alone, not one to reach (2024年建成…, not 到2024年). */
const BARE_YEAR_OPENING = /^\s*\d{4} ?年(?![\d度])/;

/** A clause that opens with its target year: 到2022年末…, 力争到2025年…, 力争2024年…. */
const TARGET_YEAR_OPENING = new RegExp(`^\\s*(?:截至 ?|${TARGET_YEAR_LEAD})(\\d{4}) ?年`);

/**
 * A sentence or clause that opens with a period (2023—2025年，…, 2023-2025年期间): its targets are
 * for the period's last year, over the years of it. The last year is the match's group 1.
 */
const PERIOD_OPENING = /^\s*(?:力争|争取|确保)?在? ?\d{4} ?年? ?[—–\-－~～] ?(\d{4}) ?年(?![\d度])/;

/** A clause that only names the year the sentence's changes are measured from. */
const COMPARED_WITH = /^\s*(?:(?:到|至) ?\d{4} ?年(?:底|末)?)?(?:与|同) ?(\d{4}) ?年(?:底|末)?(?:相比|比较)$/;

/** Whether the value is a change of the indicator or a multiple of an earlier level, not a level. */
function relativeOf(indicator: string, figure: Figure): Goal['relative'] {
  if (figure.multiple !== undefined) return 'multiple';
  if (figure.unit === '个百分点' || CHANGE_END.test(indicator)) return 'change';
  return undefined;
}

/** A sentence opening on the present, not a target year. */
const STATUS_OPENING = /^\s*(?:目前|当前|现阶段|现有|截至|截止)/;
