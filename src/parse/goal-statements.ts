import { arabicYears } from '../text/date.js';
import { figureUnitAt } from '../text/measure-units.js';
import { VERBS } from './goals.js';
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

/** A one-year work plan, by its title: 某区2024年“无废城市”建设工作方案, …工作要点, …实施方案. */
export function isOneYearWorkPlan(title: string, planYear: number | undefined): boolean {
  return planYear !== undefined && /(?:工作方案|工作要点|实施方案)(?:[(（][^()（）]{0,12}[)）])?$/.test(title.trim());
}

/**
 * A sentence framed by a year: 2024年，…, 到2024年底，…, 力争到2025年…, 今年…, 全年…; 今年以来
 * (so far this year) reports what was done, it sets nothing.
 */
const FRAMED = /^(?:力争|争取)?(?:(?:到|至|在)? ?(\d{4}) ?年(?:底|末)?(?![\d度以])|(?:今年|本年度?|全年)(?!以来))/;
/** A goal verb, maybe a qualifier after it, and the figure: 达到92, 控制在 5.5, 力争突破100. */
const VERB_FIGURE = new RegExp(`(?:${alternation([...VERBS, ...SIGNS])}) ?(?:(?:${alternation(PREFIX_QUALIFIERS)}) ?)*(?<![\\d.])(\\d+(?:\\.\\d+)?) ?`, 'g');

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
  for (let s = sentence.exec(text); s; s = sentence.exec(text)) {
    const lead = s[0].length - s[0].trimStart().length;
    const opening = s[0].slice(lead);
    const framed = FRAMED.exec(opening);
    if (!framed || (framed[1] !== undefined && Number(framed[1]) < planYear)) continue;
    if (hasVerbTarget(opening)) return s.index + lead;
  }
  return -1;
}

/** Whether the text holds a goal verb before a figure in a unit the goal reader knows. */
export function hasVerbTarget(text: string): boolean {
  VERB_FIGURE.lastIndex = 0;
  for (let m = VERB_FIGURE.exec(text); m; m = VERB_FIGURE.exec(text)) {
    const unit = figureUnitAt(text, m.index + m[0].length);
    if (unit && unit !== '年') return true;
  }
  return false;
}
