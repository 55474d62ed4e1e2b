import type { Goal } from '../model/types.js';

/** Where a sentence divides into clauses, each stating one target or framing them (到2025年，). */
const CLAUSE = /[^，,；;]+/g;

/**
 * The words of a goal's sentence that speak of that goal: the clause that states it, after the
 * clauses that open the sentence before any target (到2025年，三年内，每年，). Words of a year's
 * figure (每年, 年均) in another target's clause (…新增机架1.2万架，增加值年均增长12%) are that
 * target's. The whole sentence when the goal's clause is not found once, so as to say no less.
 * `sentenceGoals` are the goals read from the same sentence, this one among them.
 */
export function goalOwnWords(goal: Goal, sentenceGoals: readonly Goal[], match: (text: string) => string): string {
  const clauses = [...goal.sentence.matchAll(CLAUSE)].map((m) => m[0]);
  const keys = clauses.map(match);
  const own = clauseOf(goal, keys, match);
  if (own < 0) return goal.sentence;
  let first = own;
  for (const other of sentenceGoals) {
    const at = other === goal ? own : clauseOf(other, keys, match);
    if (at >= 0 && at < first) first = at;
  }
  return [...clauses.slice(0, first), clauses[own] as string].join('，');
}

/**
 * The index of the one clause that holds a goal's figure (with its unit, when more than one holds
 * the figure alone, and then with the end of its indicator), or -1.
 */
function clauseOf(goal: Goal, keys: readonly string[], match: (text: string) => string): number {
  const raw = match(goal.raw);
  if (raw === '') return -1;
  // The figure as a number of its own: 20 is not in 2025年, nor 1.2 in 31.2.
  const figure = new RegExp(`(?<![\\d.])${raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d|\\.\\d)`);
  let found = indicesWhere(keys, (k) => figure.test(k));
  if (found.length > 1) found = found.filter((i) => (keys[i] as string).includes(raw + match(goal.unit ?? '')));
  const tail = match(goal.indicator).slice(-2);
  if (found.length > 1 && tail !== '') found = found.filter((i) => (keys[i] as string).includes(tail));
  return found.length === 1 ? (found[0] as number) : -1;
}

function indicesWhere(keys: readonly string[], test: (key: string) => boolean): number[] {
  const out: number[] = [];
  keys.forEach((k, i) => {
    if (test(k)) out.push(i);
  });
  return out;
}
