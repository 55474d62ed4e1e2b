import { arabicYears } from '../../text/date.js';
import { figureMeasureAt } from '../../text/measure-units.js';
import { hasChangeOrCreationTarget } from './framed-figure.js';
import { VERBS } from './verbs.js';
import { TARGET_YEAR_LEAD, YEAR_INTENT } from './target-year.js';
import { MONTH_DEADLINE } from './year-month-opening.js';
import { alternation, PREFIX_QUALIFIERS, SIGNS } from './target-figure.js';

/**
 * Sentences outside a 目标 section that state a plan's targets: a sentence that introduces them
 * under a label (…主要预期目标是：…) and, in a one-year work plan, the opening paragraph's
 * sentences framed by the plan's year (2024年，全区…综合利用率达到92%). Both are read only where a
 * plan states its aims — its opening paragraphs and its 总体要求 part — never in running prose.
 */

/** The labels a plan introduces its targets with. */
const GOAL_LABEL = '(?:主要预期目标|预期目标|主要目标|发展目标|工作目标|目标任务)';
/** A year opening a sentence: 2024年, 今年 (also 本年, 本年度, 全年). */
const OPENING_YEAR = '(?:\\d{4} ?年|今年|本年度?|全年)';
/**
 * 2024年全区经济社会发展的主要预期目标是：, 今年主要预期目标：, 全区主要目标为：: a label after a
 * short subject without a figure or a stop, then 是/为 and a colon. A label in the middle of a
 * clause (围绕年度目标任务，…) has no colon after it.
 */
const GOAL_INTRO = new RegExp(`^(?:${OPENING_YEAR})?[^。;；:：,，\\d]{0,24}?${GOAL_LABEL}(?:是|为)?[:：]`);
/** 今年, 本年度, 全年: the year a sentence opening so is about is the plan's own, or the notice's. */
const THIS_YEAR = /^(?:今年|本年度?|全年)/;

export interface GoalStatement {
  /** Offset in the paragraph of the sentence that opens the statement. */
  start: number;
  /** Whether the sentence names the year as 今年 (本年, 全年) rather than by its number. */
  thisYear: boolean;
}

/** The first sentence of a paragraph that introduces its targets under a label; null if none does. */
export function goalIntroduction(match: string): GoalStatement | null {
  // Runs on every paragraph of a plan's opening: a cheap test before the regex.
  if (!/目标/.test(match) || !/[:：]/.test(match)) return null;
  const text = arabicYears(match);
  const sentence = /[^。;；]+/g;
  for (let s = sentence.exec(text); s; s = sentence.exec(text)) {
    const lead = s[0].length - s[0].trimStart().length;
    const opening = s[0].slice(lead);
    if (GOAL_INTRO.test(opening)) return { start: s.index + lead, thisYear: THIS_YEAR.test(opening) };
  }
  return null;
}

/**
 * A one-year work plan, by its title: 某区2024年“无废城市”建设工作方案, …工作要点, …实施方案, and the
 * genre's other kinds of one year (…2024年稳就业促增收若干措施, …行动方案, …工作计划, …实施意见, 行动计划,
 * 政策措施, 工作举措): a plan of the one year its title names (planYear), which states that year's targets
 * in its opening paragraph as a 工作方案 does.
 */
const WORK_PLAN_KIND = /(?:方案|要点|计划|措施|举措|意见|细则)(?:[(（][^()（）]{0,12}[)）])?$/;

export function isOneYearWorkPlan(title: string, planYear: number | undefined): boolean {
  // 关于印发《某区2024年…工作要点》的通知: a plan printed under no title of its own has the one its notice publishes.
  const published = /^关于(?:印发|转发|下发)《([^《》]+)》的通知$/.exec(title.trim())?.[1];
  return planYear !== undefined && WORK_PLAN_KIND.test((published ?? title).trim());
}

/**
 * A sentence framed by a year: 2024年，…, 到2024年底，…, 力争到2025年…, 今年…, 全年…; 今年以来
 * (so far this year) reports what was done, it sets nothing.
 */
const FRAMED = new RegExp(`^${YEAR_INTENT}?(?:(?:到|至|在)? ?(\\d{4}) ?年(?:${MONTH_DEADLINE}|底|末)?(?![\\d度以])|(?:今年|本年度?|全年)(?!以来))`);
/** A figure, perhaps with thousands separators (1,500); whether a comma is one the goal reader decides. */
const FIGURE_DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const FIGURE_WITH_SPACE = new RegExp(`(?<![\\d.])(?:${FIGURE_DIGITS}) ?`, 'g');
/** A goal verb, maybe a qualifier after it, and the figure: 达到92, 控制在 5.5, 力争突破100. */
const VERB_FIGURE = new RegExp(`(?:${alternation([...VERBS, ...SIGNS])}) ?(?:(?:${alternation(PREFIX_QUALIFIERS)}) ?)*(?<![\\d.])(${FIGURE_DIGITS}) ?`, 'g');

/**
 * Where the targets of a one-year plan's opening paragraph begin: the first sentence framed by
 * the plan's year or a later one (2024年，…) that states a target with a goal verb and a unit
 * (达到92%, 控制在5.5%以内); -1 if none does. A sentence about an earlier year (2023年，全区…达到…)
 * reviews the year before and sets nothing.
 */
export function framedTargetsStart(match: string, planYear: number): number {
  // Runs on every paragraph of a plan's opening: a cheap test before the regexes.
  if (!/\d/.test(match)) return -1;
  const text = arabicYears(match);
  const sentence = /[^。;；]+/g;
  // 2025年是“十四五”规划收官之年。全区…总体要求是：…达到3.2%: a sentence that names the plan's year
  // and sets nothing frames the sentences after it, up to one that names another time.
  let framedBefore = false;
  for (let s = sentence.exec(text); s; s = sentence.exec(text)) {
    // 为全面落实…，确保…，2024年全市城镇新增就业5.5万人以上，…，特制定以下措施: the year may open a
    // clause after the plan's purpose.
    const purpose = s[0].includes('为') ? (PURPOSE.exec(s[0].trimStart())?.[0].length ?? 0) : 0;
    const lead = s[0].length - s[0].trimStart().length + purpose;
    const opening = s[0].slice(lead);
    const framed = FRAMED.exec(opening);
    if (!framed) {
      if (OTHER_TIME.test(opening)) framedBefore = false;
      else if (framedBefore && hasVerbTarget(opening)) return s.index + lead;
      continue;
    }
    const year = framed[1] !== undefined ? Number(framed[1]) : planYear;
    framedBefore = year === planYear;
    if (year < planYear) continue;
    // 2024年，全区地区生产总值增长6%左右，城镇新增就业1.2万人: a change or a count made is a target too.
    if (hasVerbTarget(opening) || hasChangeOrCreationTarget(opening)) return s.index + lead;
  }
  return -1;
}

/**
 * Where the targets read from `start` to the end of a paragraph end: before a closing clause that
 * says the plan is made (…稳定在150万人左右，特制定以下措施。), which is no part of their sentence; else
 * the paragraph's end.
 */
export function framedTargetsEnd(match: string, start: number): number {
  const rest = match.slice(start).trimEnd();
  const made = /制定|制订|提出|出台|印发/.test(rest) ? MADE.exec(rest) : null;
  return made ? start + made.index : match.length;
}

/** A sentence about another time than the one framing those before it: 去年, 上年, 过去, 2023年以来, 近年来. */
const OTHER_TIME = /^(?:去年|上年|前年|过去|近年|近几年|以往|此前|多年来|[^。,，]{0,6}?\d{4} ?年)/;

/** Whether the text holds a goal verb before a figure in a unit the goal reader knows. */
export function hasVerbTarget(text: string): boolean {
  VERB_FIGURE.lastIndex = 0;
  for (let m = VERB_FIGURE.exec(text); m; m = VERB_FIGURE.exec(text)) {
    const unit = figureMeasureAt(text, m.index + m[0].length)?.unit;
    if (unit && unit !== '年') return true;
  }
  return false;
}

/**
 * A sentence that opens with the year its targets are for: 到2025年，…, 力争到2025年底…, 力争2024年…,
 * after a short clause of effort (通过三年努力，到2027年，…). Only a year in digits: 到“十四五”末 more
 * often opens a sentence of aims without a figure.
 */
const TARGET_YEAR_OPENING = new RegExp(`^(?:通过[^。;；,，]{1,12}(?:努力|攻坚|建设|行动)[,，] ?)?${TARGET_YEAR_LEAD}(\\d{4}) ?年(?:底|末)?(?![\\d度以])`);

/**
 * The purpose a plan's opening sentence starts with, before its targets: 为加快推进数字经济发展，,
 * 为了…, 为贯彻落实…精神，推动…，: 为 and up to three short clauses that hold no figure of their own.
 */
const PURPOSE = /^为了?[^。;；,，\d]{1,40}[,，] ?(?:[^。;；,，\d]{1,40}[,，] ?){0,2}/;
/**
 * The clause that closes the sentence by saying the plan is made, after its targets: ，特制定本方案,
 * ，制定以下措施, ，结合我区实际，制定本方案, ，现提出如下实施意见: the plan named as 本, 以下, 如下
 * or 此, never a figure (，制定地方标准5项 is a target).
 */
const MADE =
  /[,，] ?(?:(?:结合|根据|按照|依据|立足)[^。;；,，]{1,20}[,，] ?)?(?:特|现|特此)?(?:研究)?(?:制定|制订|提出|出台|印发)(?:本|以下|如下|此)[^。;；,，\d]{0,20}[。;；]?$/;

/**
 * The sentences of a plan's opening paragraph that state its targets (…若干措施: 为…，制定以下措施。
 * 到2025年，全区培育…5个以上，…达到35%。; …工作方案: 为加快…发展，到2024年底，全区…达到120亿元，特制定本方案。):
 * each opens with a target year no earlier than `fromYear` (a year before the notice's is a review)
 * — or a purpose clause and then that year — and holds a figure in a unit the goal reader knows.
 * Spans `[start, end)` of the paragraph, from the year on and, in a purpose sentence, up to the
 * clause that says the plan is made; sentences of the paragraph that open otherwise (文件号, 第N次
 * 会议, 十四五 …) are not among them.
 */
export function openingTargetSentences(match: string, fromYear: number | undefined): Array<[number, number]> {
  // Runs on every paragraph before a plan's first part: a cheap test before the regexes.
  if (!/\d/.test(match) || !/[到至]|力争|争取|确保/.test(match)) return [];
  const text = arabicYears(match);
  const out: Array<[number, number]> = [];
  const sentence = /[^。;；]+[。;；]?/g;
  for (let s = sentence.exec(text); s; s = sentence.exec(text)) {
    const lead = s[0].length - s[0].trimStart().length;
    const purpose = PURPOSE.exec(s[0].slice(lead))?.[0].length ?? 0;
    const opening = s[0].slice(lead + purpose);
    const year = TARGET_YEAR_OPENING.exec(opening);
    if (!year || (fromYear !== undefined && Number(year[1]) < fromYear)) continue;
    if (!hasFigureWithUnit(opening.slice(year[0].length))) continue;
    const made = purpose > 0 ? MADE.exec(opening)?.index : undefined;
    if (made !== undefined) {
      out.push([s.index + lead + purpose, s.index + lead + purpose + made]);
      continue;
    }
    // The targets may go on in the sentences after it (到2025年，A达到120亿元。培育B30家，建成C3000
    // 个。), which name no year of their own: they are for the same year.
    let end = s.index + s[0].length;
    sentence.lastIndex = end;
    for (let next = sentence.exec(text); next; next = sentence.exec(text)) {
      const more = continuedTargets(next[0]);
      if (more === 0) break;
      end = next.index + more;
      if (more < next[0].length) break;
    }
    sentence.lastIndex = end;
    out.push([s.index + lead + purpose, end]);
  }
  return out;
}

/** A sentence that reports the state things are in, not a target: 截至2023年底，…, 目前全区已有…. */
const STATE_OPENING = /^(?:截至|截止|目前|现有|当前|近年来|过去|(?:全[省市区县州旗镇乡])?已)/;

/**
 * How much of a sentence after a target-year sentence goes on stating targets for that year: all of
 * it when it holds a figure in a known unit, names no year and opens neither a new statement nor a
 * review; up to the clause that says the plan is made (，制定以下措施); 0 when it does not go on.
 */
function continuedTargets(sentence: string): number {
  const lead = sentence.length - sentence.trimStart().length;
  const body = sentence.slice(lead);
  if (TARGET_YEAR_OPENING.test(body) || PURPOSE.test(body) || STATE_OPENING.test(body) || /\d{4} ?年/.test(body)) return 0;
  const made = MADE.exec(body)?.index;
  const targets = made === undefined ? body : body.slice(0, made);
  if (!hasFigureWithUnit(targets)) return 0;
  return lead + (made === undefined ? body.length : made);
}

/** Whether the text holds a figure in digits followed by a unit the goal reader knows (not a year). */
function hasFigureWithUnit(text: string): boolean {
  const figure = FIGURE_WITH_SPACE;
  figure.lastIndex = 0;
  for (let m = figure.exec(text); m; m = figure.exec(text)) {
    const unit = figureMeasureAt(text, m.index + m[0].length)?.unit;
    if (unit && unit !== '年') return true;
  }
  return false;
}
