import type { Goal } from '../model/types.js';
import { indicatorWithoutArea } from '../model/goal-target.js';
import { SCOPE } from './goal-clause.js';

type ScopedGoal = Pick<Goal, 'indicator' | 'sentence'>;

/**
 * Whether two goals' indicators differ only by the area word (全区) their sentences both write
 * before them. In 到2026年，全区A达到…，B达到… the goal reader gives 全区 to A alone, though it is
 * the area of every target of the sentence: when A goes, B reads 全区B in the other version, and
 * its indicator has not changed. Written in one version's sentence only, the word is a change.
 */
export function sameIndicatorInScope(a: ScopedGoal, b: ScopedGoal, keyOf: (text: string) => string): boolean {
  const ka = keyOf(a.indicator);
  const kb = keyOf(b.indicator);
  if (ka === kb) return true;
  const [longer, shorter] = ka.length > kb.length ? [a, b] : [b, a];
  const scope = SCOPE.exec(longer.indicator);
  if (!scope) return false;
  const word = keyOf(scope[0]);
  if (keyOf(longer.indicator.slice(scope[0].length)) !== keyOf(shorter.indicator)) return false;
  const sentence = keyOf(shorter.sentence);
  const at = sentence.indexOf(word);
  return at >= 0 && at < sentence.indexOf(keyOf(shorter.indicator));
}

/** The indicator without an area word opening it (全区高新技术企业 → 高新技术企业), for pairing goals. */
export const indicatorWithoutScope = indicatorWithoutArea;
