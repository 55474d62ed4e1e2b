import type { Goal } from '../model/types.js';
import { AREA_WORD } from '../model/goal-target.js';
import { CHINESE_FIGURE_VERBS } from '../parse/goals/verbs.js';
import { goalFigureSource, goalUnitsSource } from './goal-figure-pattern.js';
import { withoutListedGoal } from './goal-list-item.js';
import { alternation, PREFIX_QUALIFIERS, SIGNS, SUFFIX_QUALIFIERS } from '../parse/goals/target-figure.js';

export type ClauseGoal = Pick<Goal, 'sentence' | 'indicator' | 'raw' | 'unit' | 'year' | 'baseYear' | 'qualifier' | 'partOf' | 'upTo'>;

/** What a clause may hold besides a goal's indicator, figure and year for the clause to be that goal and nothing more. */
const TARGET_WORDS = new RegExp(`^(?:${alternation([...CHINESE_FIGURE_VERBS, ...PREFIX_QUALIFIERS, ...SUFFIX_QUALIFIERS, ...SIGNS])})*$`);

/** Where a sentence divides into clauses: a goal is written in one of them (…达到80家，5G基站达到1200个). */
const CLAUSE = /[^，,；;]+/g;

/** 全区, 全市, 本县 …: the area a sentence's targets are for, opening the first target's clause. */
export const SCOPE = AREA_WORD;

const drop = (text: string, part: string): string => (part && text.includes(part) ? text.replace(part, '') : text);

/**
 * The clause of its sentence that states the goal and nothing else (数字化车间达到30个), with the
 * separator that joins it to the rest (，数字化车间达到30个), or null when there is no such clause.
 * A goal added or removed is reported whole, with its indicator, figure, qualifiers and year: a
 * clause holding only those says nothing the goal change does not. A clause with any other words
 * (…并全部接入平台), another figure or a second goal is not one.
 */
export function goalClause(goal: ClauseGoal, keyOf: (text: string) => string, options: { keepScope?: boolean; keepIndicator?: boolean } = {}): string | null {
  const indicator = keyOf(goal.indicator);
  const source = goalFigureSource(goal, keyOf);
  if (!indicator || !source) return null;
  // 5000余人次: the figure as written may have 余 inside its unit; 3—5个: a range is one figure.
  const figure = new RegExp(`${source}(?:${goalUnitsSource(goal, keyOf)})`);
  const clauses = [...goal.sentence.matchAll(CLAUSE)].filter((m) => {
    const k = keyOf(m[0]);
    return k.includes(indicator) && figure.test(k);
  });
  if (clauses.length !== 1) return stretchClause(goal, keyOf, indicator, figure);
  const clause = clauses[0] as RegExpMatchArray;
  if (!onlyTheGoal(keyOf(clause[0]), goal, keyOf, indicator, figure)) return stretchClause(goal, keyOf, indicator, figure);
  const start = clause.index ?? 0;
  const end = start + clause[0].length;
  // 到2026年，全区A达到…，B达到…: 全区 is the area of every target after it, which the goal reader
  // gives the first one. Without A it stays, for B (到2026年，全区B达到…), with the separator after A.
  // 全区A达到300家，力争达到350家: the stretch after it names no indicator of its own but A's. Without
  // the firm target A stays, for it (全区A力争达到350家), and the firm one's verb and figure go with
  // the separator after them.
  if (options.keepIndicator && end < goal.sentence.length) {
    const at = clause[0].indexOf(goal.indicator);
    if (at >= 0) return goal.sentence.slice(start + at + goal.indicator.length, end + 1);
  }
  const scope = options.keepScope && end < goal.sentence.length ? SCOPE.exec(clause[0]) : null;
  if (scope && keyOf(goal.indicator).startsWith(keyOf(scope[0]))) return goal.sentence.slice(start + scope[0].length, end + 1);
  // The separator before it, or after it for the first clause: the rest reads as it would without the goal.
  if (start > 0) return goal.sentence.slice(start - 1, end);
  return goal.sentence.slice(start, Math.min(end + 1, goal.sentence.length));
}

/** Whether a clause's key holds nothing but the goal: its indicator, figure, qualifiers, year and base year, and the words of a target. */
function onlyTheGoal(key: string, goal: ClauseGoal, keyOf: (text: string) => string, indicator: string, figure: RegExp): boolean {
  let rest = drop(key, indicator).replace(figure, '');
  for (const q of (goal.qualifier ?? '').split('、')) rest = drop(rest, keyOf(q));
  if (goal.year !== undefined) rest = rest.replace(new RegExp(`(?:到|至)?${goal.year}年(?:底|末)?`), '');
  if (goal.baseYear !== undefined) rest = rest.replace(new RegExp(`(?:比|较)${goal.baseYear}年(?:底|末)?`), '');
  // 其中国家级…达到20家: 其中 says the goal is a part (partOf), which the goal reported whole says too.
  if (goal.partOf !== undefined) rest = rest.replace(/^其中/, '');
  return TARGET_WORDS.test(rest);
}

/** 力争, 争取 (traditional 力爭, 爭取): a stretch target, set beside the firm one it shares its indicator with. */
const STRETCH = /力争|争取|力爭|爭取/;

/**
 * Where a stretch target may be written after the firm one, naming no indicator of its own: a
 * clause (，力争达到18亿元; ，力争7%), an item joined on by 、 (、力争60%), or a note in brackets
 * right after the firm figure (（力争200家）).
 */
const STRETCH_SPANS = /[，,；;、] ?(?:力争|争取|力爭|爭取)[^，,；;、。.()（）]*|[(（] ?(?:力争|争取|力爭|爭取)[^()（）]*[)）]/g;

/**
 * A stretch target's own words where it shares the indicator of the firm target before it
 * (农村网络零售额达到15亿元以上，力争达到18亿元): the span that holds its figure and nothing but its
 * stretch word, verb, qualifiers and year, with the separator or brackets that set it apart, or null.
 */
function stretchClause(goal: ClauseGoal, keyOf: (text: string) => string, indicator: string, figure: RegExp): string | null {
  if (!STRETCH.test(goal.qualifier ?? '') || !STRETCH.test(goal.sentence)) return null;
  const spans = [...goal.sentence.matchAll(STRETCH_SPANS)].filter((m) => figure.test(keyOf(m[0])));
  if (spans.length !== 1) return null;
  const span = (spans[0] as RegExpMatchArray)[0];
  const inside = keyOf(span.replace(/^[，,；;、(（] ?|[)）]$/g, ''));
  return onlyTheGoal(inside, goal, keyOf, indicator, figure) ? span : null;
}

/** Separators between clauses, as written or as keyed (full-width folded to half-width). */
const SEPARATORS = /^[，,；;、]*$/;

/**
 * The key of a sentence without the clauses of the goals reported whole that stand in it, or ''
 * when nothing is left but the year they are set for (到2022年，): the sentence is then those
 * goals and nothing more, as a goal added as a sentence of its own (技术合同成交额达到50亿元。) is.
 * A goal whose clause says more (see goalClause) leaves the sentence as it is.
 */
export function sentenceWithoutGoals(
  sentence: string,
  goals: readonly ClauseGoal[],
  keyOf: (text: string) => string,
  keepScope: (goal: ClauseGoal) => boolean = () => false,
  keepIndicator: (goal: ClauseGoal) => boolean = () => false,
): string {
  let rest = keyOf(sentence);
  for (const goal of goals) {
    const clause = goalClause(goal, keyOf, { keepScope: keepScope(goal), keepIndicator: keepIndicator(goal) });
    if (clause === null) {
      // 5G基站、数字化车间分别达到2.5万个、300个: the goal is an item of the list, not a clause.
      rest = withoutListedGoal(rest, goal, keyOf) ?? rest;
      continue;
    }
    const withSeparator = keyOf(clause);
    // A goal's separator may have gone with a clause of another goal before it.
    const bare = keyOf(clause.replace(/^[，,；;、]|[，,；;、]$/g, ''));
    rest = rest.includes(withSeparator) ? rest.replace(withSeparator, '') : rest.replace(bare, '');
  }
  let framing = rest;
  for (const year of new Set(goals.map((g) => g.year).filter((y): y is number => y !== undefined))) {
    framing = framing.replace(new RegExp(`(?:到|至)?${year}年(?:底|末)?`), '');
  }
  return SEPARATORS.test(framing) ? '' : rest;
}
