import { SUFFIX_QUALIFIERS } from '../parse/goals/target-figure.js';
import type { ClauseGoal } from './goal-clause.js';
import { goalFigureSource, goalUnitsSource } from './goal-figure-pattern.js';

/** Where a sentence's clauses divide, as written or keyed (full-width folded to half-width). */
const CLAUSE_BREAK = /[，,；;：:]/g;

/** 力争到2025年…: a word opening the sentence that the goal reader gives every goal of it. */
const OPENING = /^(?:到|至|在|\d)/;

/**
 * The keyed sentence without the qualifying words of the goal where the goal reader reads them
 * (覆盖率力争达到85%以上: 力争 and 以上), so that a qualifier changed (以上 → 左右) is reported
 * as the goal's qualifier and not a second time as the prose around it. Only those places are
 * cleared: a word after the figure and its unit (85%以上), the nearest one before the figure in
 * its clause (力争达到, 不低于, ≥), and one opening the sentence before its year (力争到2025年，).
 * The same word elsewhere (规模以上工业企业) stays, as does every other word of the sentence.
 * `sentence` is the key of the goal's sentence, perhaps already masked for another goal.
 */
export function withoutGoalQualifiers(sentence: string, goal: ClauseGoal, keyOf: (text: string) => string): string {
  const words = (goal.qualifier ?? '')
    .split('、')
    .map((q) => ({ key: keyOf(q) }))
    .filter((q) => q.key !== '');
  if (words.length === 0) return sentence;
  const at = figureAt(sentence, goal, keyOf);
  if (at === null) return sentence;
  const clauseStart = lastBreakBefore(sentence, at.start);
  const cut: Array<[number, number]> = [];
  for (const { key } of words) {
    if (SUFFIX_QUALIFIERS.some((q) => keyOf(q) === key)) {
      if (sentence.startsWith(key, at.end)) cut.push([at.end, at.end + key.length]);
      continue;
    }
    const before = sentence.lastIndexOf(key, at.start - key.length);
    if (before >= clauseStart && before + key.length <= at.start) cut.push([before, before + key.length]);
    else if (sentence.startsWith(key) && OPENING.test(sentence.slice(key.length))) cut.push([0, key.length]);
  }
  let out = sentence;
  const seen = new Set<number>();
  for (const [from, to] of cut.sort((a, b) => b[0] - a[0])) {
    if (seen.has(from)) continue;
    seen.add(from);
    out = out.slice(0, from) + out.slice(to);
  }
  return out;
}

/**
 * Where the goal's figure and unit stand in the keyed sentence: the only place they are written,
 * or the one in the clause naming the goal's indicator; null when that does not tell.
 */
function figureAt(sentence: string, goal: ClauseGoal, keyOf: (text: string) => string): { start: number; end: number } | null {
  const source = goalFigureSource(goal, keyOf);
  if (!source) return null;
  // 5000余人次: the unit as written may have 余 inside it; 3—5个: a range is one figure.
  const figure = new RegExp(`${source}(?:${goalUnitsSource(goal, keyOf)})`, 'g');
  const found = [...sentence.matchAll(figure)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  if (found.length <= 1) return found[0] ?? null;
  const indicator = keyOf(goal.indicator);
  const inClause = found.filter((f) => indicator !== '' && sentence.slice(lastBreakBefore(sentence, f.start), f.start).includes(indicator));
  return inClause.length === 1 ? (inClause[0] ?? null) : null;
}

function lastBreakBefore(sentence: string, index: number): number {
  let start = 0;
  for (const m of sentence.slice(0, index).matchAll(CLAUSE_BREAK)) start = (m.index ?? 0) + 1;
  return start;
}

/** The verbs that put a figure to an indicator without qualifying it (达到50亿元, 保持在90%). */
const PLAIN_VERB = /(?:达到|达|实现|为|到|保持在|保持|稳定在)$/;

/**
 * The keyed sentence without the plain verb right before the goal's figure (成交额达到50亿元), for a
 * goal whose qualifier the diff reports changed: 达到 → 不低于 is that change, the qualifier taking
 * the verb's place, and not a second one in the prose around it.
 */
export function withoutGoalVerb(sentence: string, goal: ClauseGoal, keyOf: (text: string) => string): string {
  const at = figureAt(sentence, goal, keyOf);
  if (at === null) return sentence;
  const verb = PLAIN_VERB.exec(sentence.slice(lastBreakBefore(sentence, at.start), at.start));
  return verb ? sentence.slice(0, at.start - verb[0].length) + sentence.slice(at.start) : sentence;
}
