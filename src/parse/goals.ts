import type { Goal, Position } from '../model/types.js';
import { parseNumeral } from '../text/chinese-numeral.js';
import { arabicYears } from '../text/date.js';
import { fold } from '../text/fold.js';
import { FIVE_YEAR_PLAN, fiveYearPlanEnd } from '../text/five-year-plan.js';
import { figureMeasureAt, type FigureMeasure } from '../text/measure-units.js';
import { chineseFiguresOf } from './chinese-figure.js';
import { rankHead, rankUnitAt } from './rank-target.js';
import { inSpans, policyTermSpans } from './policy-terms.js';
import { subjectNames, subjectSplits } from './respective-subjects.js';
import { baselineNoteSpans, namesWithBasic, pastResultNoteSpans, statusLength, statusSubject, opensWithDeadline, stageLabelYear } from './goal-notes.js';
import { markRatios, RATIO_MARK, ratioAt } from './ratio-figure.js';
import { bareListedBefore } from './shared-unit-list.js';
import { isScopeCountAlone, RANK_REACHED, scopeCountInSubject, scopeCountStart } from './scope-count.js';
import { bothSubjects, STRETCH, stretchBeforeChange } from './listed-targets.js';
import { boundAt, createdThing, creationOf, gradedPart, isAnaphora, isGradeBeforeNoun, partYearAt, respectiveCreation, siblingGrade, yearListRestAt } from './goal-words.js';
import {
  alternation,
  BOUND_VERBS,
  comparisonOf,
  MARKED_NUMBER,
  PREFIX_QUALIFIERS,
  RANGE_JOIN,
  RANGE_START,
  SIGNS,
  SUFFIX_QUALIFIERS,
} from './target-figure.js';
import { figureNumber, markThousands, THOUSANDS_MARK } from '../text/thousands.js';
import { sameUnitKind } from '../text/unit-spellings.js';
import { MONTH_DEADLINE, THIS_YEAR_LEAD, YEAR_MONTH_OPENING } from './year-month-opening.js';

/**
 * A figure, not part of a date, a document number or a longer number, perhaps with thousands
 * separators (marked, see markThousands); its unit follows.
 */
const FIGURE = new RegExp(`(?<![\\d.〔[${THOUSANDS_MARK}])(${MARKED_NUMBER}) ?`, 'g');
/** A figure's digits as written: the thousands mark back to its comma. */
const written = (marked: string): string => marked.replaceAll(THOUSANDS_MARK, ',');

/** Verbs that put a target figure after them: X达到N. */
export const VERBS = [
  '提高到', '提高至', '提升到', '提升至', '增长到', '增加到', '增加至', '下降到', '下降至', '降低到', '降低至', '控制在', '保持在', '保持',
  '稳定在', '达到', '实现', '突破', '超过', '不低于', '不少于', '不超过', '高于', '低于', '增至', '降至', '达',
  // A revision's new level (由180亿元调整为200亿元, 上调至200亿元).
  '调整为', '调整到', '调整至', '调增至', '调增到', '调增为', '上调至', '上调到', '上调为', '调减至', '调减到', '下调至', '下调到', '下调为',
  // Verbs of reducing to a ceiling: 企业开办时间压缩至1个工作日以内.
  '压缩至', '压缩到', '缩短至', '缩短到', '缩减至', '缩减到', '减少到', '减少至', '压减至', '压减到', '降到', '减至',
  // Ceilings: 失业率不超过3.5%, 能耗不高于0.35吨标准煤, 最高不超过….
  '不高于', '不大于', '不多于', '不超', '最高不超过', '最多不超过',
  // Verbs of growing to a level: 龙头企业发展到60家, 示范社规模扩大至120家, 壮大到, 上升至.
  '发展到', '发展至', '扩大到', '扩大至', '壮大到', '壮大至', '拓展到', '拓展至', '增长至', '上升到', '上升至',
  // A gap or a ratio narrowed to a ceiling: 城乡居民人均可支配收入比缩小至1.8以内.
  '缩小到', '缩小至',
  // 超 alone before a figure (力争超1000亿元) is 超过; before the noun it sorts (营收超10亿元企业) it
  // names a kind, and the figure is passed over (see partOfName).
  '超',
];
/** VERBS the longest first, so that the verb a subject ends with is read whole (不超过, not 超过). */
const VERBS_LONGEST_FIRST = [...VERBS].sort((a, b) => b.length - a.length);
/**
 * Verbs of holding before a bound verb (控制在不超过3.5%, 保持在不低于90%): the bound is the
 * target's qualifier, and neither is part of the subject.
 */
const HOLDING_VERBS = ['控制在', '保持在', '稳定在', '保持'];
// The longer verb first: 保持在 is read whole, not as 保持 with 在 left over.
const HOLDING = new RegExp(`(?:${HOLDING_VERBS.join('|')}) ?$`);
/** How a level is held, before the verb of holding: 稳定保持, 持续保持在, 始终控制在. */
const HOLDING_ADVERB = /(?:稳定|持续|始终|继续|长期|一直) ?$/;
/** Verbs whose object follows the figure: 新建2家市级重点实验室. */
export const VERB_FIRST = [
  // 新 before a verb of creation (新培育, 新建成): the longer form first, so that 新建成 is not read as 新建.
  '新建成', '新培育', '新引进', '新认定', '新创建', '新改建', '新打造', '新组建',
  '新建', '新增', '建成', '建设', '培育', '引进', '招引', '打造', '创建', '认定', '完成', '推动建设', '培养', '组建', '建立',
];
/** Verbs of an amount saved or cut (节约能源5万吨, 减少二氧化碳排放12万吨); see SAVING. */
const SAVING_VERBS = ['节约', '节省', '减少', '削减', '减排', '压减', '压缩', '缩减', '降低', '淘汰', '关停', '化解'];
/**
 * What a figure in Chinese numerals must stand right after: a target verb (达到五十家), a verb of
 * creation (新增三个), or a change (增长百分之十, 提高两个百分点) — read then as a change in digits is.
 */
export const CHINESE_FIGURE_VERBS = [...VERBS, ...VERB_FIRST, '增长', '提高', '提升', '下降', '降低', '增加', '减少', '净增', '净减'];
const MAX_SENTENCE = 300;
/** The change a subject is measured by, at the end of an indicator: 增加值年均增长 → 增加值. */
const CHANGE_TAIL = /(?:年均|平均|每年)?(?:净增加|净增|净减少|净减|增长|增速|增幅|提高|提升|下降|降低|增加|减少)(?:率)?$/;
/** An indicator that is only a change (增长, 下降, 净增 …), whose subject stands in the clause before. */
const CHANGE_ONLY = /^(?:年均|平均|每年)?(?:净增加|净增|净减少|净减|增长|增速|增幅|提高|提升|下降|降低|增加|减少)(?:率)?$/;
/** An average annual change at the end of an indicator: 旅游总收入年均增长, 年平均增速. */
const ANNUAL_CHANGE = /(?:年均|年平均|平均每年)(?:增长|增速|增幅|提高|提升|下降|降低|增加|减少)(?:率)?$/;

/**
 * Whether a target is an average annual change (年均增长10%, or 增长 after 年均 set aside as its
 * qualifier): a rate over years, a target without a verb or a year framing it.
 */
function isAnnualChange(indicator: string, qualifiers: readonly string[]): boolean {
  return ANNUAL_CHANGE.test(indicator) || (qualifiers.includes('年均') && CHANGE_TAIL.test(indicator));
}

/** Item titles under which a plan states its targets (工作目标, 主要目标, 目标任务 …). */
export function isGoalHeading(title: string): boolean {
  return /目标|指标/.test(title) && title.length <= 20;
}

/**
 * A year at the start of a goal heading: 2024年主要预期目标, 一、2024年目标; not one in brackets
 * (主要指标（以2023年为基数）), which HEADING_PERIOD reads when it is all they say.
 */
const HEADING_OPENING_YEAR = /^[^\d(（]{0,8}?((?:19|20)\d{2}) ?年(?![\d度])/;
/**
 * A year or a period at the start of a goal heading (2024—2025年目标) or in brackets after its
 * words (近期目标（2025年）, 中期目标（2026—2027年）, 远期目标（到2035年）): the year it ends with.
 */
const HEADING_PERIOD =
  /^\D{0,8}?(?:(?:19|20)\d{2}) ?年? ?[—–\-~～至到] ?((?:19|20)\d{2}) ?年|[(（] ?(?:到|至)? ?(?:(?:19|20)\d{2} ?年? ?[—–\-~～至到] ?)?((?:19|20)\d{2}) ?年(?:底|末)?(?:前|以前)? ?[)）]/;

/**
 * The year a goal heading's targets are for: the year it opens with (一、2024年主要预期目标), or the
 * end of the period it names (（二）中期目标（2026—2027年）: 2027); undefined if it names none. `title`
 * is the heading's folded copy with years in digits.
 */
export function goalHeadingTitleYear(title: string): number | undefined {
  if (!isGoalHeading(title)) return undefined;
  const period = HEADING_PERIOD.exec(title);
  if (period) return Number(period[1] ?? period[2]);
  const opening = HEADING_OPENING_YEAR.exec(title);
  return opening ? Number(opening[1]) : undefined;
}

/** Paragraphs that state targets under a label of their own: `具体指标：…`, `主要目标：…`. */
export function isGoalParagraph(match: string): boolean {
  return /^.{0,8}(?:目标|指标)[:：]/.test(match.trim());
}

/**
 * 2025年全市食品安全工作的总体要求是：… — a year's aims under a label of their own, opening a
 * sentence; the label may stand after a few words of subject, unlike isGoalParagraph's.
 */
const LABELLED_YEAR_AIMS = /^\d{4} ?年[^。;；:,，]{0,24}?(?:总体要求|总体目标|主要目标|工作目标|目标任务|发展目标)(?:是|为)?[:：]/;
/**
 * A sentence that opens with its target year: 到2027年，…, 力争到2025年底…, 到“十四五”末…, also after
 * a short clause of effort (通过三年努力，到2027年，…).
 */
const TARGET_YEAR_SENTENCE =
  /^(?:通过[^。;；,，]{1,12}(?:努力|攻坚|建设|行动)[,，] ?)?(?:力争|争取)?(?:到|至) ?(?:\d{4} ?年|[“"]?十[一二三四五]五[”"]?(?:期|时期)?末)/;

/** The characters TARGET_YEAR_SENTENCE can start with. */
const YEAR_OPENING_FIRST = '通力争到至';

/**
 * Where a paragraph of aims begins to state targets: the offset of its first sentence that opens
 * with a year's labelled aims (2025年…总体要求是：) or, with `yearOpening`, with a target year
 * (到2027年，…); -1 if none does. The sentences before it (以习近平…为指导，坚持…) guide, they set
 * no targets, and their figures are none. `match` is the paragraph's folded copy.
 */
export function targetStatementStart(match: string, yearOpening: boolean): number {
  const text = arabicYears(match);
  // The goal test runs on every paragraph: a cheap test before the regexes.
  if ((!text.includes('年') && !text.includes('五')) || (!yearOpening && !text.includes(':') && !text.includes('：'))) return -1;
  const sentence = /[^。;；]+/g;
  for (let s = sentence.exec(text); s; s = sentence.exec(text)) {
    const lead = s[0].length - s[0].trimStart().length;
    const opening = s[0].slice(lead);
    // By its first character a sentence can open neither way (most do not): no pattern needs trying.
    const first = opening.charCodeAt(0);
    const digit = first >= 0x30 && first <= 0x39;
    if (!digit && !(yearOpening && YEAR_OPENING_FIRST.includes(opening[0] ?? ''))) continue;
    if (LABELLED_YEAR_AIMS.test(opening) || (yearOpening && TARGET_YEAR_SENTENCE.test(opening))) return s.index + lead;
  }
  return -1;
}

export interface GoalSource {
  /** Original paragraph text and its folded copy of the same length. */
  text: string;
  match: string;
  /** Maps a span of the paragraph to a source position. */
  position: (from: number, to: number) => Position;
  /** The target year a lead-in before the paragraph set (到2025年，主要目标如下：), if any. */
  year?: number;
  /**
   * The last year of the plan's period (…三年行动方案（2024—2026年）: 2026): an average annual change
   * (旅游总收入年均增长10%以上) that names no year of its own holds over the period, to its end.
   */
  periodEnd?: number;
  /** The first year of the plan's period: a bracket on what a year before it achieved is a note. */
  periodStart?: number;
}

interface Figure {
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
}

interface Found {
  /** Spans of the clause that make up the indicator (two when the verb comes before the figure). */
  parts: Array<[number, number]>;
  figure: Figure;
  qualifiers: string[];
  verb: string;
  from: number;
  to: number;
  /** A year written between the subject and the verb (产值2024年达到…、2025年达到…), for this target only. */
  year?: number;
  /** The year the target is measured from (比2020年下降13.5%). */
  baseYear?: number;
  /** Measured from the year before the target's (比上年增长8%, 同比增长6%). */
  basePrevious?: true;
  /** Opened by 其中 (or joined on to a target that was): a part of the target before it. */
  part?: true;
  /** A multiple of a level named in words (达到全省平均水平的1.2倍), its qualifier. */
  ofLevel?: true;
  /** One of a 分别 list's targets: the place of its subject in the list, and how many it has. */
  listed?: { place: number; of: number };
  /**
   * A target of a 分别 list that names no subjects (…分别达到7.5万元、4.6万元，年均分别增长6%、7.5%):
   * the subject at this place of the list before it is its own.
   */
  listPlace?: number;
  /** A word the text implies, not writes (城乡: 城镇 or 农村), and the part it stands before. */
  implied?: { word: string; before: number };
  /** A stretch target after a target (增长6%左右，力争7%): the target before it, at a higher figure. */
  stretch?: true;
}

/**
 * Extracts numeric targets from a paragraph: `X达到N单位`, `X突破N单位`, `X、Y分别达到a、b和c`,
 * `力争新建N单位Y`, and, where a target year (到YYYY年) frames the sentence, `X N单位`. The
 * year carries over from earlier sentences of the paragraph.
 */
export function extractGoals(source: GoalSource): Goal[] {
  const { text } = source;
  // 到二〇二七年: a year in Chinese numerals reads as one in digits (the copy keeps its offsets);
  // 1,200亿元: a thousands separator is no clause's comma.
  // 1:13: a ratio's colon is no clause's.
  const match = markRatios(markThousands(text, arabicYears(source.match)));
  const goals: Goal[] = [];
  const terms = policyTermSpans(match);
  let year: number | undefined = source.year;
  // Text set in half-width punctuation ends its sentences with `.` (…和2家.每万家…); a decimal
  // point (2.59) stands between two digits.
  const sentenceRe = /(?:[^。;.]|(?<=\d)\.(?=\d))+[。;.]?/g;
  // The sentence the last target came from, by its number in the paragraph.
  let sentenceIndex = -1;
  let lastGoalSentence = -2;
  // The last target's indicator in the matching copy, when it is its own clause's words as written.
  let lastOwn: string | null = null;
  // The year the sentences before the last had, when the last's year was its own only (a list of
  // years, a base year): the next sentence goes on with it.
  let carried: { year: number | undefined } | null = null;
  // The last 分别 list of subjects read, with each subject's indicator by its place: a list after it
  // that names no subjects (，年均分别增长6%、7.5%) is of the same subjects.
  let list: { sentence: number; clause: number; of: number; names: string[] } | null = null;
  // The 力争 (争取) that opened the last sentence, when it ended with ；: see carriedStriving.
  let strivingOn: string | undefined;
  for (let s = sentenceRe.exec(match); s; s = sentenceRe.exec(match)) {
    // 截至2022年底，全区已累计完成造林1.2万亩: what is done so far is no target, and its year frames
    // nothing; its words are blanked (offsets kept) up to a clause that turns to a target year.
    const status = statusLength(s[0]);
    if (status === s[0].length) {
      sentenceIndex++;
      strivingOn = undefined;
      continue;
    }
    const sentence = status > 0 ? ' '.repeat(status) + s[0].slice(status) : s[0];
    // 目前，全县已建成5G基站800个，到2026年达到1500个: the target after the status names no subject;
    // it is the thing the status counts.
    const statusCounted = status > 0 ? statusSubject(text.slice(s.index, s.index + status - 1)) : null;
    sentenceIndex++;
    if (carried) year = carried.year;
    carried = null;
    const before: number | undefined = year;
    // 到2025年，X达到5万辆；到2027年，达到10万辆: a stage opening with its own year, whose first
    // target names no subject, goes on with the last target of the stage right before it.
    // So does one opening with a list of years (；2024年、2025年分别达到60万亩、70万亩).
    const stageOf =
      lastGoalSentence === sentenceIndex - 1 && (TARGET_YEAR_OPENING.test(sentence) || opensWithDeadline(sentence) || (yearListAt(sentence)?.length ?? 0) > 1)
        ? goals[goals.length - 1]
        : undefined;
    const sentenceStart = goals.length;
    // 到2025年 anywhere in the sentence, or 2024年 opening it (2024年完成改造30个, 2025年底前，…),
    // also after the dash of a line of yearly targets (——2023年：…).
    // 2023—2025年，全县累计新建…: a sentence opening with the plan's period is for its last year.
    // Not the 到 of 达到 before a year (达到2020年的2倍): the year of a level to compare with.
    // 近期目标（2024年底前）：…: a stage's label gives its year in brackets.
    const yearMatch =
      stageLabelYear(sentence) ??
      /(?<!达)(?:到|至|截至) ?(\d{4}) ?年/.exec(sentence) ?? PERIOD_OPENING.exec(sentence) ?? /^\s*(?:[—–-]{1,2} ?)?(\d{4}) ?年(?![\d度])/.exec(sentence) ?? YEAR_MONTH_OPENING.exec(sentence);
    if (yearMatch) year = Number(yearMatch[1]);
    // 目前，全区80家企业完成…; 2023年，… in a plan from 2024: what is so, not what is to be.
    const reportsStatus = STATUS_OPENING.test(sentence) || (yearMatch !== null && source.periodStart !== undefined && Number(yearMatch[1]) < source.periodStart);
    const sentenceOpensWithYear = yearMatch !== null && yearMatch.index === 0 && BARE_YEAR_OPENING.test(sentence);
    // 到2025年、2027年，…分别达到a、b: the years of a list, for the figures listed in order.
    let years = yearMatch ? yearListAt(sentence.slice(yearMatch.index)) : undefined;
    // Each figure of such a list has its year; the sentences after it go on with the year before it.
    // So do those after a year that a verb reaches (由12天降至2025年的5天): the year of that target and
    // of the clauses after it in the sentence only.
    if ((years && years.length > 1) || (yearMatch && /[降升增减高加扩缩][到至] ?\d/.test(sentence.slice(Math.max(0, yearMatch.index - 1), yearMatch.index + 3)))) carried = { year: before };
    // “十四五”期间 / 十四五末: the five-year plan's last year (十一五 2010 … 十五五 2030); not as a
    // base (比“十三五”末下降14%), which is the change's, not the target's.
    const planPeriod = yearMatch ? null : FIVE_YEAR_PLAN.exec(sentence);
    const planAsBase = planPeriod !== null && /(?:比|较|与|同|相对于?)[“"‘']?$/.test(sentence.slice(Math.max(0, planPeriod.index - 4), planPeriod.index));
    if (planPeriod && !planAsBase) year = fiveYearPlanEnd(planPeriod[1] as string);
    // 力争到2026年，培育…: the word before the year qualifies every target of the sentence.
    const ownStriving = /^\s*(力争|争取)(?=到|至|在|\d)/.exec(sentence)?.[1];
    // 力争到2026年，A达到…；B…: the year carries past the ；, and so does the word before it (not to
    // a target with a stretch word of its own, nor past a sentence that names a year of its own).
    const carriedStriving = ownStriving === undefined && !yearMatch && !planPeriod ? strivingOn : undefined;
    const striving = ownStriving ?? carriedStriving;
    strivingOn = s[0].endsWith(';') ? striving : undefined;
    const clauseRe = /[^,:]+[,:]?/g;
    // The clause of the sentence the last target came from: a target without a subject takes that
    // target's only from the clause right before it (城市更新投资较2020年翻一番，达到200亿元 is not
    // the subject of the target two clauses back).
    let clauseIndex = -1;
    let lastGoalClause = -2;
    let thisClause: [number, number] = [0, 0];
    // 与2020年相比，能耗下降13.5%: a base year in a clause of its own holds for the changes after it.
    let sentenceBase: number | undefined;
    // …达到300家，其中国家级…达到20家: the last target of the sentence that is not a part is the
    // whole its parts (其中…) belong to.
    let whole: Goal | undefined;
    // The verb of creation the last parts by year named alone (其中：2023年新增400家，2024年新增…).
    let partVerb: string | undefined;
    // The last part read from a bracket after a part's figure (新增40家（含国家级5家）): no level that a
    // verb of creation after it makes more of.
    let bracketPart: Goal | undefined;
    // The target that part is in brackets after (其中2024年达到450家（含国家级20家）: the 450).
    let bracketHost: Goal | undefined;
    for (let c = clauseRe.exec(sentence); c; c = clauseRe.exec(sentence)) {
      clauseIndex++;
      const at = s.index + c.index;
      const clause = c[0].replace(/[,:。;]$/, '');
      const previousClause = thisClause;
      thisClause = [at, at + clause.length];
      // 给予20万元奖励, 最高不超过100万元, 扣2分: a policy's terms, no target.
      if (terms.length > 0 && inSpans(terms, at)) continue;
      const compared = clause.includes('相比') ? COMPARED_WITH.exec(clause) : null;
      if (compared) sentenceBase = Number(compared[1]);
      // 到2021年末…突破116家,到2022年末突破128家,“雏鹰”企业…达到80家: a target year opening a later
      // clause holds for the clauses after it too.
      const opensWithYear = clauseIndex > 0 && clause.includes('年') ? (TARGET_YEAR_OPENING.exec(clause) ?? PERIOD_OPENING.exec(clause)) : null;
      if (opensWithYear) {
        year = Number(opensWithYear[1]);
        years = yearListAt(clause);
      }
      // …达到80万亩，2024年、2025年分别建成5万亩、6万亩: a list of years opening a later clause is its
      // figures' years, in order; the clauses after it go on with the sentence's year.
      const listYears = clauseIndex > 0 && !opensWithYear && clause.includes('年') ? yearListAt(clause) : undefined;
      // 2024年建成5万亩，2025年建成6万亩。: a sentence of targets by year, each clause opening with its
      // own, frames none after it; they go on with the year before it.
      if (clauseIndex > 0 && !carried && !opensWithYear && sentenceOpensWithYear && BARE_YEAR_OPENING.test(clause)) carried = { year: before };
      // 其中：国家级…20家、省级…80家 — 其中 before a colon or comma opens the parts in the next clause.
      const partsFollow = WITHIN_ALONE.test(match.slice(previousClause[0], previousClause[1]));
      const listBefore: number | undefined = list && list.sentence >= sentenceIndex - 1 ? list.of : undefined;
      const pastNotes = pastResultNoteSpans(clause, source.periodStart);
      for (const f of clauseGoals(clause, year !== undefined, partsFollow, listYears ?? years, listBefore, reportsStatus)) {
        if (pastNotes.length > 0 && pastNotes.some(([a, b]) => f.figure.index >= a && f.figure.index < b)) continue;
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
          sentence: (sentence.length <= MAX_SENTENCE ? text.slice(s.index, s.index + sentence.length) : text.slice(at, at + clause.length)).replace(/[。;；.]$/, ''),
          position: source.position(at + f.from, at + f.to),
        };
        if (ownStriving && !f.qualifiers.includes(ownStriving)) f.qualifiers.unshift(ownStriving);
        else if (carriedStriving && !f.qualifiers.some((q) => STRETCH.includes(q))) f.qualifiers.unshift(carriedStriving);
        if (f.qualifiers.length) goal.qualifier = f.qualifiers.map((q) => qualifierAsWritten(text, match, q, s.index, at + f.to)).join('、');
        // The clause's own indicator in the folded, simplified copy (增長 reads as 增长).
        const own = wordsOf(f, ([a, b]) => match.slice(at + a, at + b));
        const goalYear = f.year ?? year ?? (isAnnualChange(own, f.qualifiers) ? source.periodEnd : undefined);
        if (goalYear !== undefined) goal.year = goalYear;
        // 数字经济核心产业增加值，到2025年比2020年翻一番: a change without a subject of its own,
        // after a clause that names only a subject, is that subject's.
        const subject =
          (own === '' || CHANGE_ONLY.test(own)) && lastGoalClause < clauseIndex - 1 && (f.baseYear !== undefined || f.basePrevious || f.figure.multiple !== undefined || own !== '')
            ? subjectClause(text, match, previousClause)
            : null;
        // X突破300亿元，年均增长15%: a clause that names only a change has the subject before it.
        const previous = goals[goals.length - 1];
        const listed = f.listPlace !== undefined ? list?.names[f.listPlace] : undefined;
        if (listed) goal.indicator = `${listed.replace(CHANGE_TAIL, '')}${goal.indicator}`;
        else if (subject) goal.indicator = `${subject}${goal.indicator && f.qualifiers.includes('年均') ? '年均' : ''}${goal.indicator}`;
        else if (CHANGE_ONLY.test(own) && previous && previous.sentence === goal.sentence && !CHANGE_ONLY.test(previous.indicator)) {
          // 确保增长8%、力争增长10%: the change of a change is its subject's, not 增长增长.
          goal.indicator = `${previous.indicator.replace(CHANGE_TAIL, '')}${f.qualifiers.includes('年均') ? '年均' : ''}${goal.indicator}`;
        }
        // 增加值达到1200亿元，占地区生产总值比重提高到12%: a share (占…比重) names no subject; it is
        // that of the target just before it.
        else if (/^占[^,]{2,}(?:比重|比例)$/.test(own) && previous && previous.sentence === goal.sentence && lastGoalClause >= clauseIndex - 1 && !previous.indicator.startsWith('占')) {
          goal.indicator = `${previous.indicator.replace(CHANGE_TAIL, '')}${goal.indicator}`;
        }
        // 新能源汽车产量达到100万辆，产业规模突破5000亿元: a measure alone shares the subject of the
        // target in the clause right before it (新能源汽车产业规模).
        else if (previous && previous.sentence === goal.sentence && lastGoalClause === clauseIndex - 1 && lastOwn !== null && previous.indicator.length === lastOwn.length) {
          const shared = sharedSubject(lastOwn, own);
          if (shared) goal.indicator = `${previous.indicator.slice(shared.from, shared.to)}${goal.indicator}`;
        }
        let stretched: Goal | undefined;
        if (goal.indicator === '' && f.stretch) {
          // 增长6%左右，力争7%: the target right before, in its unit, at a higher figure.
          // (…，力争达到8%, with its verb, may also be a level of the subject: so read when the unit differs.)
          const higher = previous && previous.sentence === goal.sentence && lastGoalClause >= clauseIndex - 1 && previous.unit === goal.unit;
          if (higher) {
            goal.indicator = previous.indicator;
            stretched = previous;
            // 其中2025年新增180家（力争200家）: a stretch of a part is a part of the same whole.
            if (previous.partOf !== undefined) f.part = true;
          } else if (!f.verb) continue;
        }
        if (goal.indicator === '') {
          // The subject of the target before it in the sentence, less the change it measured.
          const stage = stageOf && goals.length === sentenceStart && clauseIndex <= 1 && stageOf.unit === goal.unit && stageOf.year !== goal.year;
          if (statusCounted && goals.length === sentenceStart) goal.indicator = statusCounted;
          else {
            if (!stage && (!previous || previous.sentence !== goal.sentence || lastGoalClause < clauseIndex - 1)) continue;
            // …（含国家级20家），2025年达到520家: not the part in brackets, but the target it is after.
            const before = previous === bracketPart && bracketHost?.sentence === goal.sentence ? bracketHost : previous;
            goal.indicator = stage ? stageOf.indicator : (before as Goal).indicator.replace(CHANGE_TAIL, '');
            if (goal.indicator === '') continue;
          }
        }
        // 其中国家级专精特新企业达到20家（含单项冠军企业3家）: a part in brackets right after a part's
        // figure is a part of that part.
        const bracketAfterFigure = previous !== undefined && lastGoalClause === clauseIndex && BRACKET_AFTER_FIGURE.test(clause.slice(Math.max(0, f.from - 12), f.from));
        const inBracketOfPart = bracketAfterFigure && previous.partOf !== undefined;
        // 其中2023年新增400家: a part by year that names only the whole's verb of creation counts what
        // the whole does, and so does the clause after it that goes on by year (，2024年新增500家).
        // After a level (达到300家，其中：2024年新增40家，2025年新增50家) each is a part of it as written.
        const partRun = partVerb === own && f.year !== undefined && lastGoalClause === clauseIndex - 1;
        let addedTo: string | null = null;
        // 完成老旧小区改造120个，惠及居民2.3万户，其中2022年完成30个: the part repeats the verb of a
        // whole further back, whose part it is, not of the target right before it.
        if (whole && (f.part || partRun) && VERB_FIRST.includes(own) && creationOf(whole.indicator, goal.indicator) === null) {
          const made = goals.slice(sentenceStart).reverse().find((g) => g.partOf === undefined && sameUnitKind(goal.unit, g.unit) && creationOf(g.indicator, goal.indicator) !== null);
          // 新增高新技术企业60家，全县高新技术企业达到300家，其中2024年新增40家: a level of the very thing
          // made is the whole the part adds to, as written.
          const thing = made ? made.indicator.slice(made.indicator.indexOf(own) + own.length) : '';
          // 新增停车泊位5000个，新建充电桩2000个，其中2025年新增1500个: nor is a whole right before that
          // makes something in the part's unit with a verb of its own; 新增 adds to what it makes.
          const wholeMade = own === '新增' && whole.unit === goal.unit ? madeWith(whole.indicator) : null;
          if (wholeMade) addedTo = wholeMade;
          else if (made && !(thing.length >= 2 && whole.indicator.includes(thing))) whole = made;
        }
        if (partRun && whole) f.part = true;
        const counted = whole && f.part && VERB_FIRST.includes(own) ? (addedTo ?? creationOf(whole.indicator, goal.indicator)) : null;
        if (counted) {
          goal.indicator = counted;
          partVerb = own;
        } else {
          if (!f.part) partVerb = undefined;
          else if (f.year !== undefined && VERB_FIRST.includes(own)) partVerb = own;
          // 这一比例达到80%: a subject that points back carries on the indicator of the target before.
          if (isAnaphora(own) && previous && previous.unit === goal.unit) goal.indicator = previous.indicator;
          // 其中省级15家: a grade alone counts the whole's kind of thing (省级农业产业化龙头企业), or the
          // part's it is in brackets after (新增40家（含国家级5家）: 新增国家级…).
          else if (f.part && whole) {
            const graded = (of: Goal): string | null => gradedPart(own, goal.indicator, of.indicator, VERB_FIRST);
            goal.indicator = (inBracketOfPart ? graded(previous!) : null) ?? graded(whole) ?? goal.indicator;
          }
          // 新增省级以上人才平台20家，国家级以上2家: a grade alone after a target of another grade, in its unit.
          else if (!f.part && previous && previous.sentence === goal.sentence && lastGoalClause >= clauseIndex - 1 && previous.unit === goal.unit && siblingGrade(own, goal.indicator, previous.indicator)) {
            goal.indicator = siblingGrade(own, goal.indicator, previous.indicator) as string;
          }
          // …面积累计达到80万亩，2024年、2025年分别建成5万亩、6万亩 (or after ；): a verb of creation alone
          // makes more of what the level right before it, in its unit, counts.
          else if (VERB_FIRST.includes(own) && previous && previous !== bracketPart && previous.unit === goal.unit && (lastGoalSentence === sentenceIndex || lastGoalSentence === sentenceIndex - 1)) {
            goal.indicator = createdThing(goal.indicator, previous.indicator, VERB_FIRST) ?? goal.indicator;
          }
        }
        // 达到2020年的2倍: a figure in 倍 of the level of a base year is a multiple, as 翻一番 is.
        const relative = relativeOf(own, f.figure) ?? stretched?.relative ?? ((f.baseYear !== undefined || f.ofLevel) && f.figure.unit === '倍' ? 'multiple' : undefined);
        if (relative) goal.relative = relative;
        // 2024年，GDP比上年增长8%: measured from 2023; with no year of its own, from no year named.
        const baseYear = f.baseYear ?? stretched?.baseYear ?? (f.basePrevious ? (goalYear !== undefined ? goalYear - 1 : undefined) : relative ? sentenceBase : undefined);
        if (baseYear !== undefined) goal.baseYear = baseYear;
        const partOfPart = f.part && inBracketOfPart;
        const partWhole = partOfPart ? previous! : whole;
        // 粮食总产量…50万吨，其中大豆种植面积达到8万亩: an area is no part of a mass; a part shares its whole's kind of unit.
        if (f.part && own !== '' && partWhole && sameUnitKind(goal.unit, partWhole.unit)) goal.partOf = partWhole.indicator;
        else if (!f.part) whole = goal;
        if (stretched?.partOf !== undefined && goal.partOf === undefined) goal.partOf = stretched.partOf;
        // 其中2024年新增40家（含国家级5家）: the part of a part by year is of that year.
        // 达到1500家，其中2024年达到1200家（含国家级50家）: so is the part of a level by year.
        if (f.part && bracketAfterFigure && f.year === undefined && previous.year !== undefined) goal.year = previous.year;
        if (f.part && bracketAfterFigure) {
          bracketPart = goal;
          bracketHost = previous;
        }
        goals.push(goal);
        if (f.listed) {
          if (!list || list.sentence !== sentenceIndex || list.clause !== clauseIndex) list = { sentence: sentenceIndex, clause: clauseIndex, of: f.listed.of, names: [] };
          list.names[f.listed.place] ??= goal.indicator;
        }
        lastOwn = goal.indicator === own ? own : null;
        lastGoalClause = clauseIndex;
        lastGoalSentence = sentenceIndex;
      }
    }
  }
  return goals;
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

/** What a whole makes, from its verb of creation on (新建充电桩 of 全县新建充电桩), or null. */
function madeWith(whole: string): string | null {
  for (const v of VERB_FIRST) {
    const made = creationOf(whole, v);
    if (made !== null) return made;
  }
  return null;
}

/** Years listed at the start of a text (到2025年、2027年, 2025年和2030年底): two or more. */
const YEAR_LIST = /^\s*(?:力争|争取)?(?:(?:到|至|截至) ?)?\d{4} ?年(?:底|末)?(?: ?(?:、|和|及|与|以及) ?(?:到|至)? ?\d{4} ?年(?:底|末)?)+/;

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

/** A clause or sentence that opens with a year alone, not one to reach (2024年建成…, not 到2024年). */
const BARE_YEAR_OPENING = /^\s*\d{4} ?年(?![\d度])/;
/** A clause that opens with its target year: 到2022年末…, 力争到2025年…. */
const TARGET_YEAR_OPENING = /^\s*(?:力争|争取)?(?:到|至|截至) ?(\d{4}) ?年/;
/**
 * A sentence or clause that opens with a period (2023—2025年，…, 2023-2025年期间): its targets are
 * for the period's last year, over the years of it. The last year is the match's group 1.
 */
const PERIOD_OPENING = /^\s*(?:力争|争取)?在? ?\d{4} ?年? ?[—–\-－~～] ?(\d{4}) ?年(?![\d度])/;

/** A clause that only names the year the sentence's changes are measured from. */
const COMPARED_WITH = /^\s*(?:(?:到|至) ?\d{4} ?年(?:底|末)?)?(?:与|同) ?(\d{4}) ?年(?:底|末)?(?:相比|比较)$/;

/** A change named at the end of an indicator (森林覆盖率提高, 能耗下降): the value is by how much. */
const CHANGE_END = /(?:净增|净减|增长|提高|提升|下降|降低|增加|减少)$/;

/** An indicator that names the change its value measures (能耗下降, 森林覆盖率提高). */
export function isChangeIndicator(indicator: string): boolean {
  return CHANGE_END.test(indicator);
}

/** Whether the value is a change of the indicator or a multiple of an earlier level, not a level. */
function relativeOf(indicator: string, figure: Figure): Goal['relative'] {
  if (figure.multiple !== undefined) return 'multiple';
  if (figure.unit === '个百分点' || CHANGE_END.test(indicator)) return 'change';
  return undefined;
}

/** What a target measures, at the end of its indicator: 新能源汽车产量, 数字经济核心产业增加值. */
const MEASURE =
  '(?:产业|行业)?(?:规模|总规模|产值|总产值|营业收入|主营业务收入|销售收入|营收|销售额|产量|销量|增加值|保有量|出口额|进出口额|利润|利润总额|税收|总收入|收入|投资额|产能)';
/** An indicator that is a measure alone (产业规模, 产值): it names no subject of its own. */
const MEASURE_ONLY = new RegExp(`^${MEASURE}$`);
const MEASURE_AT_END = new RegExp(`${MEASURE}$`);
/** The scope before a subject (全省, 本市), which the measure named alone does not repeat. */
const SCOPE = /^(?:全|本|我)[国省市区县州旗镇乡]/;

/**
 * The subject a measure named alone (产业规模) shares with the target before it (全省新能源汽车产量):
 * that target's indicator less its scope and its own measure (产业 with it: 数字经济核心产业增加值
 * gives 数字经济核心, so that 产业规模 joins on once), as a span [from, to) of it. Null when either
 * is no such pair.
 */
export function sharedSubject(before: string, measure: string): { from: number; to: number } | null {
  if (!MEASURE_ONLY.test(measure)) return null;
  const tail = MEASURE_AT_END.exec(before);
  if (!tail) return null;
  const from = SCOPE.exec(before)?.[0].length ?? 0;
  return tail.index - from < 2 ? null : { from, to: tail.index };
}

/** Words that make a clause a statement rather than a subject waiting for its target. */
const PREDICATE = /[了着]$|如下|显著|明显|增强|加快|推进|坚持|实现|取得|进一步|不断|持续|稳步|有效|大幅|[达为是]$/;

/**
 * A clause that only names a subject (数字经济核心产业增加值，…), less a year or 力争 before it;
 * null when it holds a figure, reads as a statement, or is too long to be a name.
 */
function subjectClause(text: string, match: string, [from, to]: [number, number]): string | null {
  const clause = match.slice(from, to);
  const lead = /^\s*(?:力争|争取)?(?:(?:到|至|截至) ?\d{4} ?年(?:底|末)?)?/.exec(clause)?.[0].length ?? 0;
  const name = clause.slice(lead).trim();
  if (name === '' || name.length > 30 || /\d/.test(name) || PREDICATE.test(name)) return null;
  return text.slice(from + lead, to).trim();
}

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
    (DURATION_UNIT.test(unit) && DURATION_NAME_THEN_TARGET.test(after))
  );
}
/** Units of a span of time, which name a deadline inside an indicator (24小时扑灭率, 3个工作日办结率). */
const DURATION_UNIT = /^(?:小时|个小时|分钟|秒|天|日|个工作日|工作日|周|个月)$/;
/** A threshold an object passes, right before its figure: 过, 超, 超过, 逾 (not the ceilings 不超, 不超过). */
const THRESHOLD_BEFORE = /(?<!不)(?:超过|过|超|逾) ?$/;
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
 * What a figure is counted per, between the verb and the figure (抽检量达到每千人6批次, 医生数达到
 * 每千人口3.2名, 藏书量达到人均1.5册): a qualifier of the target, like 每年, not the end of its indicator.
 */
// 达到每年每千人5批次: also after the span of time it is per, itself after the verb.
const PER_HEAD = new RegExp(`(?<=(?:${alternation(VERBS)}) ?(?:每(?:年|月|季度|季|天|日|周))?)(?:每(?:十万|百万|千|万|百|十)?(?:人口|常住人口|人|户|家|名|平方公里|平方米|公里)|人均)$`);

/** 达到每人每月300元: the span of time a figure is per, after the verb or what it is per (每年 is a qualifier of its own). */
const PER_PERIOD = new RegExp(`(?<=(?:${alternation(VERBS)}|人|户|家|名|人口) ?)每(?:月|季度|季|天|日|周)$`);

/**
 * 约 or 近 between the verb and the figure (达到约500家, 新增近30万人): the figure is approximate, and
 * the word its qualifier, like 左右. Only after a verb (减少近2万吨, 节约约3万吨): 签约 or 节约 end other words.
 */
const APPROXIMATELY = new RegExp(`(?<=(?:${alternation([...VERBS, ...VERB_FIRST, ...SAVING_VERBS])}) ?)(?:约|近)$`);
/**
 * 约 or 近 after a verb of creation or saving and its object (城镇新增就业近3万人, 新建公园约20个,
 * 减少二氧化碳排放约13万吨): approximate too. Not the end of a word (附近, 临近, 签约, 节约, 集约 …),
 * nor after a figure in the object.
 */
const APPROXIMATELY_AFTER_OBJECT = new RegExp(`(?:${alternation([...VERB_FIRST, ...SAVING_VERBS])})[^\\d,:;。、]{1,20}?(?<![签节制公合预集履违缔特邀守条附临最亲靠逼趋])(?:约|近)$`);

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
 * 实施以下五项, 推进这5项: a count of the things the text lists or has named, before or after it,
 * is no target.
 */
/** A noun right after a span of time (15分钟健康服务圈), not a bound of the span (12分钟以内, 3天内). */
const DURATION_BEFORE_NOUN = /^(?!及以上|及以下|以上|以下|以内|之内|内|左右|上下|之前|以前|前|后|以后|的|之|[降缩压减增提到至为])[\u4e00-\u9fff]/;
/** 由 or 从 right before a figure: the level a target starts from. */
const STARTING_BEFORE = /[由从] ?$/;
/** A whole place right before a count (全镇, 全县, 辖区内): the count is of what the place has. */
const SCOPE_BEFORE = /(?:全(?:省|市|区|县|镇|乡|街道|街|村|州|旗)|辖区内?)(?:共有|现有|所有)? ?$/;
/** A sentence opening on the present, not a target year. */
const STATUS_OPENING = /^\s*(?:目前|当前|现阶段|现有|截至|截止)/;
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

function isPointedCount(clause: string, index: number): boolean {
  const c = clause.charAt(index - 1);
  return (c === '下' || c === '列' || c === '述' || c === '这' || c === '些' || c === ' ') && POINTING.test(clause.slice(Math.max(0, index - 4), index));
}

function figuresOf(clause: string, framed: boolean): Figure[] {
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
    if (isPointedCount(clause, m.index)) continue;
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
    if (isPointedCount(clause, c.index) || ATTRIBUTIVE.test(clause.slice(c.end)) || partOfName(clause, c.end, c.unit, c.index)) continue;
    out.push({ raw: c.raw, unit: c.unit, index: c.index, end: c.end, value: c.value, ...(c.upTo !== undefined ? { upTo: String(c.upTo) } : {}), ...(c.impliedUnit ? { unitBefore: true as const } : {}), ...(c.over ? { over: c.over } : {}), ...(c.rank ? { rank: true as const } : {}) });
  }
  out.sort((x, y) => x.index - y.index);
  return doublingsOf(clause, withBareListed(clause, out));
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

function withoutFormerTargets(clause: string, figures: Figure[]): Figure[] {
  if (!clause.includes('原')) return figures;
  const spans = [...clause.matchAll(FORMER_TARGET)].map((m) => [m.index, m.index + m[0].length] as const);
  return spans.length === 0 ? figures : figures.filter((f) => !spans.some(([a, b]) => f.index >= a && f.index < b));
}

/** （2020年为30.2%）, （现状值34微克/立方米）: a note of the starting level; its figures are passed over. */
function withoutNotes(clause: string, figures: Figure[]): Figure[] {
  const spans = figures.length > 0 ? baselineNoteSpans(clause) : [];
  return spans.length === 0 ? figures : figures.filter((f) => !spans.some(([a, b]) => f.index >= a && f.index < b));
}

/**
 * A marker that numbers a clause in running text (一是, 二是, 其一, 其三是), before its subject. 是
 * is required after a bare numeral: 一 alone may begin a name (一网通办).
 */
const ENUMERATION_MARKER = /^ ?(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十]{1,2}(?:是|[,、])?) ?/;

/**
 * 其中 before a subject (其中国家级专精特新企业达到20家, （其中国家级3家）), or 含 or 包括 opening a
 * bracket (（含省级白金宿10家）): what follows is a part of the target before it, and 其中 (and the
 * bracket it opens) is no part of the subject's name.
 */
/** A bracket of parts opened right after a figure (20家（含…): what it holds is part of that figure's target. */
const BRACKET_AFTER_FIGURE = /\d ?[^\d\s,，;；。、(（]{0,4} ?[(（] ?(?:其中|(?:其中 ?)?(?:包含|包括|内含|含)) ?$/;
const WITHIN = /^ ?(?:[(（] ?(?:其中 ?)?(?:包含|包括|内含|含)|[(（]?其中) ?/;
/** 其中 as a clause of its own (其中：…, 其中，…) or opening a bracket at a clause's end (…10家（其中：…）. */
const WITHIN_ALONE = /(?:^|[(（]) ?其中 ?$/;

/**
 * Goals in one clause (no commas inside). Offsets are relative to the clause. `partsFollow`: the
 * clause comes after a 其中 of its own, so its first target is a part of the one before.
 */
function clauseGoals(clause: string, framedByYear: boolean, partsFollow = false, years?: readonly number[], listBefore?: number, status = false): Found[] {
  const all = withoutNotes(clause, withoutFormerTargets(clause, figuresOf(clause, framedByYear)));
  // 森林覆盖率由2022年的38.5%提高到40%: the level it starts from is no target, nor part of the subject.
  const startingLevels = all.length > 1 ? startingLevelsOf(clause, all) : [];
  const figures = startingLevels.length ? all.filter((f) => !startingLevels.some((l) => l.figure === f)) : all;
  if (figures.length === 0) return [];
  // 2023—2025年全县累计新建…: a period before the subject is no part of it, as a year is not.
  // 力争到2026年全县…: 力争 before the year qualifies the clause's targets, and is no more their subject.
  const lead = clause.replace(CLAUSE_LEAD, '');
  const leadOffset = clause.length - lead.length;
  // …达到1500亿元，2024年达到1450亿元，…: a year opening a clause is its targets' own (a period's last).
  const striving = leadOffset > 0 ? /^(?:力争|争取)/.exec(clause)?.[0] : undefined;
  const opening = leadOffset > 0 ? /^(?:力争|争取)?(?:(?:到|至|截至) ?)?(?:\d{4} ?年? ?[—–\-－~～] ?)?(\d{4}) ?年(?![\d度])/.exec(clause) : null;
  const clauseYear = opening ? Number(opening[1]) : undefined;

  // X、Y和Z分别达到a、b和c; (到2025年、2027年，) X分别达到a、b
  const respective = figures.length > 1 ? respectiveGoals(clause, figures, leadOffset, years, listBefore) : null;
  if (respective) return striven(respective, striving);

  const found: Found[] = [];
  let segStart = leadOffset + yearListRestAt(clause, leadOffset);
  let previousVerbFirst: { verb: string; parts: Array<[number, number]> } | null = null;
  // 新增国家级企业5家、省级企业80家: the verb the last target's indicator opened with.
  let openingVerb: [number, number] | null = null;
  // Whether the target being read is a part (其中…), and so the ones joined on to it (、省级…80家).
  let part = partsFollow;
  // 新增150家（同比增长20%）, 新增180家（力争200家）: a note in brackets right after a target's figure.
  let note: BracketNote | null = null;
  for (const f of figures) {
    if (note && f.index < note.to) {
      // Only a stretch figure of the note is read: the target before it, set higher.
      const before = found[found.length - 1];
      const word = note.stretch && before && before.to <= note.from ? STRETCH_NOTE_HEAD.exec(clause.slice(note.from, f.index))?.[1] : undefined;
      if (word && before) {
        const stretched: Found = { parts: [], figure: f, qualifiers: [word], verb: '', from: f.index, to: f.end, stretch: true, ...(before.year !== undefined ? { year: before.year } : {}), ...(before.part ? { part: true as const } : {}) };
        found.push(withSuffix(clause, f, stretched));
      }
      continue;
    }
    const joined = /^ ?(?:、|和|及|以及)/.test(clause.slice(segStart, f.index));
    let segment = clause.slice(segStart, f.index);
    let from = segStart;
    // 一是全区规上工业增加值增长8%, 其二，…: a marker that numbers the clause is not part of the subject.
    const marker = ENUMERATION_MARKER.exec(segment)?.[0].length ?? 0;
    segment = segment.slice(marker);
    from += marker;
    const within = WITHIN.exec(segment)?.[0].length ?? 0;
    segment = segment.slice(within);
    from += within;
    part = within > 0 || (part && (joined || found.length === 0));
    // 其中2023年新增400家、2024年新增500家: a year opening a part is the part's own, not its subject.
    const partYear = part ? partYearAt(segment) : null;
    if (partYear) {
      segment = segment.slice(partYear.length);
      from += partYear.length;
    }
    const qualifiers: string[] = [];
    // Qualifiers before the verb or figure: 力争, 确保 … at either end of the segment.
    const strip = (): void => {
      for (let again = true; again; ) {
        again = false;
        for (const q of PREFIX_QUALIFIERS) {
          // 基本养老保险参保率: 基本 before a noun is part of its name.
          if (segment.startsWith(q) && !(q === '基本' && namesWithBasic(segment.slice(q.length), VERBS))) {
            qualifiers.push(q);
            segment = segment.slice(q.length);
            from += q.length;
            again = true;
          }
        }
      }
    };
    strip();
    // 达到每家每年5万元: qualifiers before the figure may stand one after another; kept as written.
    const trailingWords: string[] = [];
    for (let k = 0; k < 3; k++) {
      const trailing = PREFIX_QUALIFIERS.find((q) => segment.endsWith(q)) ?? PER_HEAD.exec(segment)?.[0] ?? PER_PERIOD.exec(segment)?.[0] ?? APPROXIMATELY.exec(segment)?.[0] ?? (segment.endsWith('近') || segment.endsWith('约') ? APPROXIMATELY_AFTER_OBJECT.exec(segment)?.[0].slice(-1) : undefined);
      if (!trailing) break;
      trailingWords.unshift(trailing);
      segment = segment.slice(0, -trailing.length);
    }
    qualifiers.push(...trailingWords);
    // 由2022年的38.5%提高到2025年的40%: after a starting level, the year after the verb is the
    // target's own (elsewhere 达到2020年的2倍 names the level a multiple is of).
    const fromLevel = startingLevels.some((l) => l.figure.index >= from && l.figure.end <= from + segment.length);
    const reachedYear = fromLevel ? YEAR_AFTER_VERB.exec(segment) : null;
    if (reachedYear) segment = segment.slice(0, reachedYear.index);
    // 营业额达到2020年的2倍: a multiple of the level of a year, which is the year it is measured from.
    const multipleOf = !reachedYear && f.unit === '倍' ? MULTIPLE_OF.exec(segment) : null;
    if (multipleOf) segment = segment.slice(0, multipleOf.index);
    // 达到全省平均水平的1.2倍: a multiple of a level named in words, which qualifies the figure.
    const reference = !reachedYear && !multipleOf && f.unit === '倍' ? REFERENCE_LEVEL.exec(segment) : null;
    if (reference) {
      segment = segment.slice(0, reference.index);
      qualifiers.push(reference[1] as string);
    }
    // 达到 40% 以上: spaces around the figure are not part of the verb.
    const spaced = segment.length - segment.trimEnd().length;
    // 覆盖率≥85%: a comparison sign stands where a verb would, or after one (达到≥85%).
    const trimmed = segment.trimEnd();
    // 进入全省前3位: the verb of a rank, its scope and 前 (the scope with 前 is its qualifier).
    const rank = f.rank ? rankHead(trimmed) : null;
    if (rank) qualifiers.push(rank.scope);
    const sign = rank ? undefined : SIGNS.find((v) => trimmed.endsWith(v));
    const unsigned = sign ? trimmed.slice(0, -sign.length).trimEnd() : trimmed;
    // 力争实现翻一番: 实现 is the verb of a doubling, not part of its subject.
    const wordVerb =
      rank?.verb ??
      VERBS_LONGEST_FIRST.find((v) => unsigned.endsWith(v)) ??
      (!sign && f.multiple !== undefined && unsigned.endsWith('实现')
        ? '实现'
        : // 是2023年的1.5倍: 是 or 为 before the level a multiple is of is its verb.
          (multipleOf || reference) && /[是为]$/.test(unsigned)
          ? unsigned.slice(-1)
          : '');
    const verb = sign ?? wordVerb;
    const holding = !rank && BOUND_VERBS.includes(wordVerb) ? (HOLDING.exec(unsigned.slice(0, unsigned.length - wordVerb.length))?.[0].length ?? 0) : 0;
    // 达标率稳定保持100%, 持续保持在不低于90%: the adverb of holding is part of the verb, not of the subject.
    const held = !rank && (holding > 0 || HOLDING_VERBS.includes(wordVerb));
    const adverb = held ? (HOLDING_ADVERB.exec(unsigned.slice(0, unsigned.length - wordVerb.length - holding))?.[0].length ?? 0) : 0;
    const verbLength = rank ? rank.length : trimmed.length - unsigned.length + wordVerb.length + holding + adverb;
    let indicatorEnd = from + segment.length - spaced - verbLength;
    // X力争达到N, X至少达到N: the qualifier stands between the subject and the verb.
    const beforeVerb = verb ? PREFIX_QUALIFIERS.find((q) => clause.slice(from, indicatorEnd).endsWith(q)) : undefined;
    if (beforeVerb) {
      qualifiers.push(beforeVerb);
      indicatorEnd -= beforeVerb.length;
    }
    if (BOUND_VERBS.includes(verb)) qualifiers.push(verb);
    let parts: Array<[number, number]> = [[from, indicatorEnd]];
    let to = f.end;
    const before = clause.slice(from, indicatorEnd);
    let verbFirst = !verb ? (VERB_FIRST.find((v) => before.endsWith(v) && before.length <= v.length + 1) ?? null) : null;
    // 减少近2万吨化肥使用: a verb of saving alone before the figure has its object after it, as one of
    // creation does (减少化肥使用); not a rate (降低3%).
    if (!verb && !verbFirst && !RATE_UNIT.test(f.unit) && SAVING_VERBS.includes(before.trim()) && objectOf(clause.slice(f.end)) !== null) verbFirst = before.trim();
    // 建设50所学校和150个专业: the second figure shares the first one's verb.
    if (!verb && !verbFirst && previousVerbFirst && /^(?:和|及|以及|、|与)?$/.test(before)) {
      verbFirst = previousVerbFirst.verb;
      parts = [...previousVerbFirst.parts];
      from = f.index;
    }
    // 每个街道至少建成1个服务中心: a subject before the verb, and perhaps a qualifier between them.
    if (!verb && !verbFirst) {
      verbFirst = VERB_FIRST.find((v) => before.endsWith(v)) ?? null;
      const verbAt = indicatorEnd - (verbFirst?.length ?? 0);
      const between = verbFirst ? PREFIX_QUALIFIERS.find((q) => clause.slice(from, verbAt).endsWith(q)) : undefined;
      if (between) {
        qualifiers.push(between);
        parts = [[from, verbAt - between.length], [verbAt, indicatorEnd]];
      }
    }
    if (verbFirst) {
      previousVerbFirst = { verb: verbFirst, parts };
      // The object runs to the next figure, less the 和 that joins that figure on.
      // 培育100家以上企业: the bound after the figure is a qualifier, not the start of the object.
      const bound = /^ ?(?:及以上|以上|左右)/.exec(clause.slice(f.end))?.[0].length ?? 0;
      const rest = clause.slice(f.end + bound);
      const object = objectOf(rest);
      if (object) {
        parts = [...parts, [f.end + bound, f.end + bound + object.length]];
        to = f.end + bound + object.length;
      }
    } else previousVerbFirst = null;
    // 全区100家企业完成清洁生产审核: a count of a whole place's things, what they are and what they do
    // after it; the subject is the scope and those words (全区企业完成清洁生产审核).
    // Not in a sentence of what is done so far (目前，…; 2023年，… before the plan's years).
    if (!verb && !verbFirst && parts.length === 1) {
      const bound = /^ ?(?:及以上|以上|左右)/.exec(clause.slice(f.end))?.[0].length ?? 0;
      const scopeAt = status ? null : scopeCountStart(clause.slice(from, indicatorEnd), clause.slice(f.end + bound), f.unit);
      if (scopeAt !== null) {
        parts = [[from + scopeAt, indicatorEnd], [f.end + bound, clause.length]];
        to = clause.length;
      } else if (isScopeCountAlone(clause.slice(from, indicatorEnd), clause.slice(f.end + bound))) {
        segStart = f.end + bound;
        continue;
      }
    }
    // 20家以上、省级…500家: the bound after the figure is its qualifier (withSuffix), not the next subject.
    segStart = to + boundAt(clause, to);
    note = bracketNoteAt(clause, segStart);
    if (note) segStart = note.to;
    // 规模以上工业增加值确保增长8%: the stretch word before the change qualifies the target.
    const stretchWord = !verb && !verbFirst && parts.length === 1 ? stretchBeforeChange(clause.slice(from, indicatorEnd)) : null;
    if (stretchWord) {
      if (stretchWord.word !== '分别') qualifiers.push(stretchWord.word);
      parts = [[from, from + stretchWord.at], [from + stretchWord.at + stretchWord.word.length, indicatorEnd]];
    }
    // Trim separators at the ends of the indicator.
    const [a0, b0] = parts[0]!;
    let a = a0;
    let b = b0;
    while (a < b && /[,、和及 ]/.test(clause[a] as string)) a++;
    while (b > a && /[,、 ]/.test(clause[b - 1] as string)) b--;
    const startingLevel = startingLevels.find((l) => l.figure.end === b && l.from >= a);
    if (startingLevel) b = startingLevel.from;
    // 能耗比2020年下降13.5%: the base year a change is measured from is not the subject, which
    // stands before it; the change after it stays in the indicator (能耗下降).
    const base: { year?: number; previous?: true; from: number; to: number } | null = baseOf(clause, a, b) ?? previousYearOf(clause, a, b);
    const tail: [number, number] = base ? [base.to, b] : [b, b];
    if (base) b = base.from;
    while (b > a && clause[b - 1] === ' ') b--;
    while (tail[0] < tail[1] && clause[tail[0]] === ' ') tail[0]++;
    // 产值2024年达到1400亿元、2025年达到1500亿元: the year before the verb is the target's own.
    let ownYear: number | undefined = reachedYear ? Number(reachedYear[1]) : (partYear?.year ?? clauseYear);
    // 300家（2023年240家、2024年270家）: a year alone before a figure, in brackets after a target or
    // listed after another, is that figure's year; the subject is the target's before it.
    const yearAtEnd = verb || base || YEAR_ALONE.test(clause.slice(a, b)) ? /(?:到|至|在)?(\d{4}) ?年(?:底|末)?$/.exec(clause.slice(a, b)) : null;
    if (yearAtEnd) {
      ownYear = Number(yearAtEnd[1]);
      b = a + yearAtEnd.index;
      // 其中2024年达到26家 (其中 set aside above): nothing is left, the subject is the one before.
      while (b > a && /[,、 (（]/.test(clause[b - 1] as string)) b--;
    }
    // 保有量分别达到5万辆、10万辆 whose figures have no subjects or years to go to: 分别 is no part of
    // the indicator (the figures after the first are reported as unread).
    if (clause.endsWith('分别', b)) b -= 2;
    // A和B均达到90%, A和B均下降10%: the figure is each subject's, and 均 no part of a name.
    const both = bothSubjects(clause.slice(a, b));
    const afterEach: [number, number] = both ? [a + both.rest, b] : [b, b];
    if (both) b = a + both.length;
    parts[0] = [a, b];
    if (tail[1] > tail[0]) parts.splice(1, 0, tail);
    if (afterEach[1] > afterEach[0]) parts.splice(1, 0, afterEach);
    // 全县累计培训…3万人次, 三年累计新建…: 累计 after the scope or the years the subject opens with
    // qualifies the target as it does opening it, and is no part of the name.
    // 全县23个行政村集体经济收入全部达到…: the count of the place's things is no part of the subject.
    const scopeCount = !both?.names ? scopeCountInSubject(clause.slice(a, b)) : null;
    if (scopeCount) {
      parts.splice(0, 1, [a, a + scopeCount.scopeEnd], [a + scopeCount.countEnd, b - scopeCount.all]);
      if (scopeCount.all > 0) qualifiers.push('全部');
    }
    const running = !both?.names && !scopeCount && !qualifiers.includes('累计') ? runningAfterOpening(clause.slice(a, b)) : 0;
    if (running > 0) {
      parts.splice(0, 1, [a, a + running], [a + running + 2, b]);
      qualifiers.push('累计');
    }
    const indicator = parts.map(([x, y]) => clause.slice(x, y)).join('');
    const baseYear =
      base?.year !== undefined
        ? { baseYear: base.year }
        : base?.previous
          ? { basePrevious: true as const }
          : multipleOf
            ? { baseYear: Number(multipleOf[1]) }
            : reference
              ? { ofLevel: true as const }
              : {};
    if (!indicator && ownYear !== undefined) {
      // （2024年240家、2025年270家）: the figure's words start at its year, not at the bracket or 、 before it.
      const own = yearAtEnd ? Math.max(from, a + yearAtEnd.index) : ownStart(clause, from, f.index);
      found.push(withSuffix(clause, f, { parts: [], figure: f, qualifiers, verb, from: own, to, year: ownYear, ...baseYear }));
      continue;
    }
    // …年均增长12%以上，力争突破400亿元: a verb and figure without a subject share the one before
    // (filled in by extractGoals from the previous target of the sentence); so does a change
    // from a base year (…，比2020年翻一番).
    if (!indicator && ((verb && segment.trim().length === verbLength) || base || f.multiple !== undefined)) {
      // 年均增长6%以上，力争达到8%: a stretch word and 达到 alone may set the change before higher
      // (extractGoals decides, by the unit).
      const stretch = (verb === '达到' || verb === '达') && qualifiers.some((q) => STRETCH.includes(q)) ? { stretch: true as const } : {};
      found.push(withSuffix(clause, f, { parts: [], figure: f, qualifiers, verb, from, to, ...baseYear, ...stretch }));
      continue;
    }
    // 地区生产总值增长6%左右，力争7%: a stretch figure alone is the target before it, set higher.
    // (增长6%左右、力争7%: also after the 、 that joins it on.)
    if (!indicator && !verb && !verbFirst && /^[、 ]*$/.test(segment) && qualifiers.some((q) => STRETCH.includes(q))) {
      found.push(withSuffix(clause, f, { parts: [], figure: f, qualifiers, verb: '', from: ownStart(clause, from, f.index), to, stretch: true }));
      continue;
    }
    if (!indicator || /^[\d.%]+$/.test(indicator)) continue;
    // A figure without a target verb counts only where a target year frames the sentence, where
    // the phrase opens with a verb of creation (新增就业3万人), or where it is measured from a
    // base year or doubles (比2020年下降13.5%, 翻一番).
    // 节约能源5万吨标准煤, 减少二氧化碳排放12万吨: an amount saved is a target as one created is
    // (not a rate, 减少碳排放强度18%, a change that needs a year).
    // 累计开展…培训30万人次: a running total of what is done is a target as one created is.
    const opensWithVerb =
      VERB_FIRST.some((v) => indicator.startsWith(v)) || SCOPED_CREATION.test(indicator) || (SAVING.test(indicator) && !RATE_UNIT.test(f.unit)) || (qualifiers.includes('累计') && !RATE_UNIT.test(f.unit) && f.unit !== '');
    // 比上年增长8% names no year of its own, so it needs one to frame it.
    // 年均增长10% is a target by its words: a rate over the years of a plan.
    if (!verb && !verbFirst && !framedByYear && clauseYear === undefined && !opensWithVerb && !(base && !base.previous) && f.multiple === undefined && !isAnnualChange(indicator, qualifiers)) continue;
    // …、省级专精特新中小企业80家: an object joined on without a verb of its own shares the one the
    // target before it opened with (新增).
    if (!verb && !verbFirst && !opensWithVerb && joined && openingVerb && !base) parts = [openingVerb, ...parts];
    else {
      // 全区新增…: the verb after the scope the target opened with.
      const scope = !verbFirst ? (SCOPE_FIRST.exec(indicator)?.[0].length ?? 0) : 0;
      const opening = !verbFirst ? VERB_FIRST.find((v) => indicator.startsWith(v, scope)) : undefined;
      // (全县累计新增…: the verb stands after the 累计 left out of the indicator.)
      const verbAt = running > 0 && scope >= running ? parts[1]![0] + scope - running : parts[0]![0] + scope;
      openingVerb = opening ? [verbAt, verbAt + opening.length] : null;
    }
    const common = { figure: f, verb: verb || verbFirst || '', to, ...(part ? { part: true as const } : {}), ...(ownYear !== undefined ? { year: ownYear } : {}), ...baseYear };
    if (both?.names) {
      // Each subject's name, then the rest of the indicator (the change, the object) as the list's.
      for (const name of both.names) {
        const named: Array<[number, number]> = name.map(([x, y]) => [a + x, a + y]);
        found.push(withSuffix(clause, f, { ...common, parts: [...named, ...parts.slice(1)], qualifiers: [...qualifiers], from: named[0]![0] }));
      }
      continue;
    }
    found.push(withSuffix(clause, f, { ...common, parts, qualifiers, from: Math.min(a, ownStart(clause, from, f.index)) }));
  }
  return striven(found, striving);
}

/**
 * Where a target's own words start in its segment: after the 、 or bracket that joins it on
 * (…10家、千亿级产业集群3个; （2024年240家）), which its span leaves out as its indicator does.
 */
function ownStart(clause: string, from: number, figure: number): number {
  let at = from;
  while (at < figure && /[,、;:：； (（]/.test(clause[at] as string)) at++;
  return at;
}

/** The targets of a clause, each qualified by the 力争 that opens it (力争到2026年…), once. */
function striven(found: Found[], striving: string | undefined): Found[] {
  if (striving) for (const f of found) if (!f.qualifiers.includes(striving)) f.qualifiers.unshift(striving);
  return found;
}

/** A figure that describes the noun after it: 10亿元的, 5000万元以上的. */
const ATTRIBUTIVE_FIGURE = /^\d+(?:\.\d+)?[^\d,、和及与]{0,6}?的/;

/**
 * The object after a verb-first target's figure (培育3家龙头企业), up to the next figure, less the
 * 和 that joins it on; a figure that describes the noun (年销售额超10亿元的连锁企业) is part of it.
 */
/** A note in brackets after a target's figure, [from, to) of its clause; `stretch` when it opens with 力争 or 争取. */
interface BracketNote {
  from: number;
  to: number;
  stretch: boolean;
}

/** 力争 or 争取 (and perhaps a verb of level) opening a note, right before its figure: （力争200家）, （争取达到200家）. */
const STRETCH_NOTE_HEAD = /^[(（] ?(力争|争取)(?:达到|达|突破|超过)? ?$/;

/**
 * （同比增长20%）, （力争200家）, （具体以认定结果为准）: a bracket right after a target's figure (and its
 * bound) that neither opens its parts (（含…, （其中…) nor lists its stages by year (（2023年240家、…）)
 * is a note on the target: no part of the next target's subject, nor a target of its own but for
 * a stretch figure (see clauseGoals). Null where no such bracket stands at `at`.
 */
function bracketNoteAt(clause: string, at: number): BracketNote | null {
  const from = clause.charAt(at) === ' ' ? at + 1 : at;
  const open = clause.charAt(from);
  if (open !== '(' && open !== '（') return null;
  const close = /[()（）]/.exec(clause.slice(from + 1));
  if (!close || (close[0] !== ')' && close[0] !== '）')) return null;
  const inside = clause.slice(from + 1, from + 1 + close.index);
  if (/^ ?(?:其中|包含|包括|内含|含|\d{4} ?年)/.test(inside)) return null;
  return { from, to: from + close.index + 2, stretch: /^ ?(?:力争|争取)/.test(inside) };
}

/** A bracket that opens the parts of the figure before it: （含, （其中, （包括. */
const PARTS_BRACKET = /[(（] ?(?:其中|包含|包括|内含|含)/;

function objectOf(rest: string): string | null {
  // 新增150家（同比增长20%）: a bracket right after the figure is a note, no object.
  if (/^ ?[(（]/.test(rest)) return null;
  let at = 0;
  for (;;) {
    const tail = rest.slice(at);
    const words = /^[\u4e00-\u9fff“”"()（）]+?(?=(?:和|及|以及|与|、)?\d|$)/.exec(tail) ?? /^[\u4e00-\u9fff“”"()（）]+/.exec(tail);
    if (!words) return at > 0 ? rest.slice(0, at) : null;
    // 新增40家（含国家级5家）: a bracket of parts after the figure is no part of the object.
    const parts = words[0].search(PARTS_BRACKET);
    if (parts >= 0) return at + parts > 0 ? rest.slice(0, at + parts) : null;
    at += words[0].length;
    const attributive = ATTRIBUTIVE_FIGURE.exec(rest.slice(at));
    if (!attributive) return rest.slice(0, at);
    at += attributive[0].length;
  }
}

/**
 * Verbs of an amount saved or cut, before what is saved: 节约能源, 减少二氧化碳排放, 淘汰落后产能,
 * 降低企业成本. Verbs of a rise before their object (提高城镇化率5个百分点) are changes that need a
 * year; without one they are reported (see unread-targets.ts).
 */
const SAVING = new RegExp(`^(?:${SAVING_VERBS.join('|')})`);
/**
 * 全县新建高标准农田8万亩, 三年累计新增…, 全区累计建成…: a verb of creation after no more than the
 * plan's scope, the years it spans and 累计 opens the target as the verb alone does (新建…8万亩).
 */
/** The scope or the years a subject may open with before 累计 (全县累计…, 三年累计…, 全区三年内累计…). */
const OPENING_BEFORE_RUNNING = /^(?:(?:全|本|我)[省市区县州旗镇乡]|全域)?(?:[两二三四五六七八九十] ?年(?:内|间)?)?(?=累计)/;

/** How long the scope or years before a 累计 inside `subject` are; 0 when 累计 stands elsewhere or nowhere. */
function runningAfterOpening(subject: string): number {
  if (!subject.includes('累计')) return 0;
  return OPENING_BEFORE_RUNNING.exec(subject)?.[0].length ?? 0;
}

/** The scope a target may open with before its verb: 全区, 本市, 全域. */
const SCOPE_FIRST = /^(?:(?:全|本|我)[省市区县州旗镇乡]|全域)/;
const SCOPED_CREATION = new RegExp(
  `^(?:(?:全|本|我)[省市区县州旗镇乡]|全域)?(?:城镇|农村|城乡)?(?:[两二三四五六七八九十] ?年(?:内|间)?)?(?:累计|共计|共)?(?:${alternation(VERB_FIRST)})`,
);
/**
 * What opens a clause before its subject: 力争, a target year or period (到2025年底, 2023—2025年, 2024年9月底前),
 * or 今年 (今年全区…增长6%).
 */
const CLAUSE_LEAD = new RegExp(
  `^(?:力争|争取)?(?:(?:到|至|截至) ?)?(?:\\d{4} ?年? ?[—–\\-－~～] ?)?\\d{4} ?年(?:${MONTH_DEADLINE}|底|末|初|内|前|期间|间)?(?:前)?|^${THIS_YEAR_LEAD}`,
);
/** Units of a rate or a share, whose change is no amount. */
const RATE_UNIT = /^(?:%|‰|个百分点|个千分点|百分点)$/;

/** A year and nothing else before a figure, perhaps after the bracket that opens it: （2023年, 2024年. */
const YEAR_ALONE = /^[(（]? ?\d{4} ?年(?:底|末)?$/;

/** 由2022年的, 从, 由上年的: what opens the level a target starts from, right before its figure. */
const STARTING_FROM = /(?:由|从) ?(?:(?:\d{4} ?年(?:底|末)?|上年|去年|目前|现在|现有)的? ?)?$/;
/** A year between the verb and the level reached: 提高到2025年的40%. */
const YEAR_AFTER_VERB = new RegExp(`(?<=(?:${alternation(VERBS)}) ?)(\\d{4}) ?年(?:底|末)?的? ?$`);
/** The year whose level a multiple is of, between the verb and the figure: 达到2020年的2倍. */
const MULTIPLE_OF = new RegExp(`(?<=(?:${alternation([...VERBS, '为', '是'])}) ?)(\\d{4}) ?年(?:底|末)?(?:水平)?的 ?$`);
/** A level named in words whose multiple a figure in 倍 is, between the verb and it: 达到全省平均水平的. */
const REFERENCE_LEVEL = new RegExp(`(?<=(?:${alternation([...VERBS, '为', '是'])}) ?)(?![到至在])([^\\d,、;:。的]{2,16}?)的 ?$`);
/** The verb of the level reached, right after the starting one (提高到, 降至, 增加到). */
const REACHED = new RegExp(`^ ?(?:${alternation(VERBS)})`);

/**
 * The levels a clause's targets start from (由2022年的38.5%提高到40%, 从35%提高到45%以上, 由5家增加到
 * 10家): a figure after 由 or 从 with a target verb and another figure after it. Each with where
 * its words begin, so that they are cut from the subject of the target that follows.
 */
function startingLevelsOf(clause: string, figures: readonly Figure[]): Array<{ figure: Figure; from: number }> {
  // The goal test runs on every paragraph: a cheap test before the regexes.
  if (!clause.includes('由') && !clause.includes('从')) return [];
  const out: Array<{ figure: Figure; from: number }> = [];
  for (let k = 0; k + 1 < figures.length; k++) {
    const f = figures[k]!;
    if (f.upTo !== undefined) continue;
    const opening = STARTING_FROM.exec(clause.slice(Math.max(0, f.index - 12), f.index));
    const next = figures[k + 1]!;
    if (!opening || !REACHED.test(clause.slice(f.end, next.index))) continue;
    out.push({ figure: f, from: f.index - opening[0].length });
  }
  return out;
}

/** The verbs of a list of targets after 分别 (分别达到a、b). */
const RESPECTIVE_VERB = '(达到|为|突破|不超过|超过|增长到|提高到|提高至|增加到|降至|降低到|控制在|不低于|不少于|不高于)';
/**
 * The words before a list's first figure: its subjects, 分别, a base year (分别比2020年下降, also
 * before 分别, in the subjects), and a verb — a level's (分别达到, 分别发展到) or a change's (分别下降,
 * 分别年均增长), which is part of each target's indicator.
 */
const RESPECTIVE = new RegExp(
  `^(.*?)分别 ?((?:比|较) ?(?:\\d{4} ?年(?:底|末)?|上年|上一年|去年)度?(?:同期)?|同比)? ?(?:(${alternation([...VERBS, '为'])})|((?:年均)?(?:增长|下降|提高|提升|降低|减少|增加)))?$`,
);
const LISTED = new RegExp(`^(.*?)${RESPECTIVE_VERB}$`);
/** What may stand between two figures of a list: a bound of the first, then 、 or 和. */
const LIST_GAP = new RegExp(`^ ?(?:${alternation(SUFFIX_QUALIFIERS)})? ?(?:、|和|及|以及|与)? ?$`);
/** Years listed after a subject (保有量2025年、2027年分别达到…): the targets' years, in order. */
const SUBJECT_YEARS = /(?:在|到|至)? ?\d{4} ?年(?:底|末)?(?: ?(?:、|和|及|与) ?(?:到|至)? ?\d{4} ?年(?:底|末)?)+$/;

/**
 * A list of figures that are each a target of their own, in order: one per subject
 * (X、Y和Z分别达到a、b和c), one per year of a list of years (到2025年、2027年，X分别达到a、b, or
 * X2025年、2027年分别达到a、b), or one per subject and year (到2025年、2027年，X和Y分别达到a、b和c、d,
 * the figures of a year together or those of a subject, whichever gives each subject one unit).
 * Without 分别 only figures as many as the years, after one verb. Null if the list is none of these.
 */
function respectiveGoals(clause: string, figures: Figure[], leadOffset: number, sentenceYears?: readonly number[], listBefore?: number): Found[] | null {
  // 2023年、2024年、2025年分别…: the years after the first (cut off with the lead) are no subject.
  const start = leadOffset + yearListRestAt(clause, leadOffset);
  for (let k = 1; k < figures.length; k++) if (!LIST_GAP.test(clause.slice(figures[k - 1]!.end, figures[k]!.index))) return null;
  // 其中2023年、2024年分别达到900家、1050家: parts of the target before, whose subject it is.
  const within = WITHIN.exec(clause.slice(start, figures[0]!.index))?.[0].length ?? 0;
  const head = clause.slice(start + within, figures[0]!.index);
  const respective = RESPECTIVE.exec(head);
  let written: Array<string | undefined> | null = respective ? [...respective] : null;
  let subjectText = written?.[1] ?? '';
  const ownYears = written ? SUBJECT_YEARS.exec(subjectText) : null;
  if (ownYears) subjectText = subjectText.slice(0, ownYears.index);
  // 排放总量比2020年分别下降…: the base year is no part of the subject.
  const baseWords = written?.[2];
  let base: { year?: number; previous?: true } | null = baseWords ? (baseOf(baseWords) ?? previousYearOf(baseWords, 0, baseWords.length)) : null;
  if (written && !baseWords) {
    const inSubject = baseOf(subjectText) ?? previousYearOf(subjectText, 0, subjectText.length);
    if (inSubject && inSubject.from > 0 && subjectText.slice(inSubject.to).trim() === '') {
      base = inSubject;
      subjectText = subjectText.slice(0, inSubject.from);
    }
  }
  const years = ownYears ? (ownYears[0].match(/\d{4}/g) ?? []).map(Number) : sentenceYears;
  // 到2025年、2027年，保有量达到5万辆、10万辆: a list as long as the years' needs no 分别.
  if (!written && years && years.length === figures.length) {
    const listed = LISTED.exec(head);
    written = listed ? [listed[0], listed[1], undefined, listed[2], undefined] : null;
    subjectText = written?.[1] ?? '';
  }
  if (!written) return years && years.length === figures.length ? respectiveCreations(clause, figures, start + within, head, years) : null;
  const change = written[4];
  const verb = change ? '' : (written[3] ?? '达到');
  const subjectAt = start + within + (written[1] as string).length - (written[1] as string).trimStart().length;
  // 其中2023年、2024年分别达到…: no subject but the whole's, which extractGoals gives the parts; so
  // after a target (…达到80万亩，2024年、2025年分别达到60万亩、70万亩): that target's, by year.
  if (subjectText.trim() === '' && years && years.length === figures.length) {
    return figures.map((f, k) =>
      withSuffix(clause, f, { parts: [], figure: f, qualifiers: BOUND_VERBS.includes(verb) ? [verb] : [], verb, from: f.index, to: f.end, year: years[k]!, ...(within > 0 ? { part: true as const } : {}) }),
    );
  }
  // 分别下降10%、12%: the change is each indicator's end, as in 能耗下降.
  const changeAt = change ? start + within + head.lastIndexOf(change) : -1;
  const changePart: Array<[number, number]> = change ? [[changeAt, changeAt + change.length]] : [];
  const baseYear = base?.year !== undefined ? { baseYear: base.year } : base?.previous ? { basePrevious: true as const } : {};
  // …分别达到7.5万元、4.6万元，年均分别增长6%、7.5%: no subjects (年均 at most), as many figures as the
  // list before has: each is the target of the subject at its place there.
  const annual = /^ *(?:年均|平均|每年)? *$/.exec(subjectText);
  if (annual && listBefore === figures.length && !(years && years.length > 1)) {
    const words = subjectText.trim();
    const opening: Array<[number, number]> = words ? [[subjectAt, subjectAt + words.length]] : [];
    return figures.map((f, k) =>
      withSuffix(clause, f, {
        parts: [...opening, ...changePart],
        figure: f,
        qualifiers: BOUND_VERBS.includes(verb) ? [verb] : [],
        verb,
        from: k === 0 ? subjectAt : f.index,
        to: f.end,
        listPlace: k,
        ...(within > 0 ? { part: true as const } : {}),
        ...baseYear,
      }),
    );
  }
  // Each figure's subject and year, by its index in the list, under the first split that gives one.
  let order: Array<[number, number | undefined]> | null = null;
  let subjects: string[] = [];
  for (const split of subjectSplits(subjectText)) {
    subjects = split;
    order = listOrder(split.length, figures, years);
    if (order) break;
  }
  // 城乡居民人均消费支出分别增长5%和6.5%: one subject written for two (城镇…, 农村…).
  let names = subjects.length > 0 ? subjectNames(subjects, subjects.length) : null;
  if (!order && subjects.length === 1 && subjects[0]!.includes('城乡')) {
    order = listOrder(2, figures, years);
    names = subjectNames(subjects, 2);
  }
  if (!order || subjects.length === 0 || !names) return null;
  const spans: Array<[number, number]> = [];
  let cursor = subjectAt;
  for (const subject of subjects) {
    const from = clause.indexOf(subject, cursor);
    spans.push([from, from + subject.length]);
    cursor = from + subject.length;
  }
  // Each subject's name: its words, and those it shares with the others (氮氧化物和挥发性有机物排放
  // 总量: the substances before the last share its measure; see subjectNames).
  const named = names.map((name) => {
    const parts: Array<[number, number]> = [];
    let implied: { word: string; before: number } | undefined;
    for (const p of name) {
      if ('word' in p) implied = { word: p.word, before: parts.length };
      else parts.push([spans[p.subject]![0] + p.from, spans[p.subject]![0] + p.to]);
    }
    return { parts, implied };
  });
  return figures.map((f, k) => {
    const [s, year] = order![k]!;
    const name = named[s]!;
    const parts: Array<[number, number]> = [...name.parts, ...changePart];
    const qualifiers = BOUND_VERBS.includes(verb) ? [verb] : [];
    // A subject's first target spans it, its later ones (the next year's) their figure only.
    const first = order!.findIndex(([t]) => t === s) === k;
    const from = spans[Math.min(s, spans.length - 1)]![0];
    return withSuffix(clause, f, {
      parts,
      figure: f,
      qualifiers,
      verb,
      from: first ? from : f.index,
      to: f.end,
      listed: { place: s, of: named.length },
      ...(name.implied ? { implied: name.implied } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(within > 0 ? { part: true as const } : {}),
      ...baseYear,
    });
  });
}

/**
 * Each figure's subject and year, by its index in the list: one per subject, one per year of a
 * single subject, or one per subject and year (the figures of a year together or those of a
 * subject, whichever gives each subject one unit); null if the counts fit none of these.
 */
function listOrder(subjects: number, figures: readonly Figure[], years: readonly number[] | undefined): Array<[number, number | undefined]> | null {
  const y = years?.length ?? 0;
  if (subjects === 0) return null;
  if (subjects === figures.length && (subjects > 1 || y !== figures.length)) return figures.map((_, k) => [k, undefined]);
  if (subjects === 1 && y === figures.length) return figures.map((_, k) => [0, years![k]]);
  if (subjects > 1 && y > 1 && subjects * y === figures.length) {
    const byYear = figures.map((_, k): [number, number] => [k % subjects, years![Math.floor(k / subjects)]!]);
    const bySubject = figures.map((_, k): [number, number] => [Math.floor(k / y), years![k % y]!]);
    const oneUnit = (o: Array<[number, number]>): boolean => o.every(([s], k) => figures[k]!.unit === figures[o.findIndex(([t]) => t === s)]!.unit);
    const a = oneUnit(byYear);
    const b = oneUnit(bySubject);
    if (a !== b) return a ? byYear : bySubject;
  }
  return null;
}

/**
 * 2023年、2024年、2025年分别新增上云企业3000家、4000家、5000家: a verb of creation and its object after
 * 分别, a figure for each year of the list, in order. The indicator is the scope before 分别 (全市),
 * if any, with the verb and object. Null if the words before the figures are not of this form.
 */
function respectiveCreations(clause: string, figures: Figure[], start: number, head: string, years: readonly number[]): Found[] | null {
  const written = respectiveCreation(head, VERB_FIRST);
  if (!written) return null;
  const scope = written.scope.trim();
  const scopeAt = start + written.scope.indexOf(scope);
  const creationAt = start + head.lastIndexOf(written.creation);
  const verb = VERB_FIRST.find((v) => written.creation.startsWith(v)) ?? '';
  const parts: Array<[number, number]> = [...(scope ? [[scopeAt, scopeAt + scope.length] as [number, number]] : []), [creationAt, creationAt + written.creation.length]];
  const from = scope ? scopeAt : creationAt;
  return figures.map((f, k) => withSuffix(clause, f, { parts, figure: f, qualifiers: [], verb, from: k === 0 ? from : f.index, to: f.end, year: years[k]! }));
}

/**
 * The level a relative target is measured from, within clause[from, to): 比2020年, 较2020年底,
 * 比“十三五”末 (2020), 在2020年基础上. Not the 比 of 之比 or 占比 (研发支出与地区生产总值之比2024年达到…).
 */
const BASE = /(?<![之占])(?:比|较) ?(?:(\d{4}) ?年(?:底|末)?|[“"]?十([一二三四五])五[”"]?(?:期)?末)|在 ?(\d{4}) ?年(?:的)?基础上/;

export function baseOf(clause: string, from = 0, to = clause.length): { year: number; from: number; to: number } | null {
  const m = BASE.exec(clause.slice(from, to));
  if (!m) return null;
  const written = m[1] ?? m[3];
  const year = written !== undefined ? Number(written) : fiveYearPlanEnd(m[2] ?? '');
  return { year, from: from + m.index, to: from + m.index + m[0].length };
}

/**
 * 比上年, 较上年, 比去年同期, 比上一年度, 同比 (增长…, 分别下降…, or ending the subjects of a list:
 * 起数、死亡人数同比分别下降): a change from the year before the target's.
 */
const PREVIOUS_YEAR = /(?<![之占])(?:比|较) ?(?:上年|上一年|去年)度?(?:同期)?|同比(?= ?(?:分别)? ?(?:增长|增速|增幅|提高|提升|下降|降低|增加|减少)|$)/;

function previousYearOf(clause: string, from: number, to: number): { previous: true; from: number; to: number } | null {
  const slice = clause.slice(from, to);
  // The goal test runs on every paragraph: a cheap test before the regex.
  if (!slice.includes('上') && !slice.includes('去') && !slice.includes('同比')) return null;
  const m = PREVIOUS_YEAR.exec(slice);
  return m ? { previous: true, from: from + m.index, to: from + m.index + m[0].length } : null;
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

function withSuffix(clause: string, f: Figure, found: Found): Found {
  // 5000余人次: the word inside the unit qualifies the figure, before a bound after it.
  if (f.over) found.qualifiers.push(f.over.word);
  // 分别控制在36、34和32微克/立方米以内: a bare figure of a list is bound as its last is.
  const after = clause.slice(f.sharedUnit?.to ?? f.end);
  const space = after.length - after.trimStart().length;
  const suffix = SUFFIX_QUALIFIERS.find((q) => after.startsWith(q, space));
  if (suffix) {
    found.qualifiers.push(suffix);
    if (found.to === f.end && !f.sharedUnit) found.to += space + suffix.length;
  }
  return found;
}
