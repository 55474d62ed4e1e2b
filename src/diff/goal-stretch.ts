import type { Goal } from '../model/types.js';
import { STRETCH } from '../parse/goals/listed-targets.js';

/** The 繁体 spellings of the stretch words' characters (力爭, 爭取, 確保), read as the words. */
const TRADITIONAL: Readonly<Record<string, string>> = { 爭: '争', 確: '确' };

function simplified(word: string): string {
  return word.replace(/[爭確]/g, (c) => TRADITIONAL[c] ?? c);
}

/**
 * The word among a goal's qualifiers that sets its target beside another for the same indicator
 * and year (力争, 争取: a stretch; 确保: the floor it must keep), as written, or null. The goal
 * reader puts it in `qualifier` wherever the sentence writes it (力争达到350家, 力争到2025年，…,
 * （力争200家）), so this only reads that field.
 */
export function stretchWord(goal: Pick<Goal, 'qualifier'>): string | null {
  if (!goal.qualifier) return null;
  for (const word of goal.qualifier.split('、')) if (STRETCH.includes(simplified(word))) return word;
  return null;
}

/**
 * What the stretch word makes of the target, for pairing: a stretch (力争 and 争取 alike) or a
 * floor (确保), '' for a plain target. A revision that raises both the target and its stretch
 * pairs each with its own, whatever the order of the sentence.
 */
export function stretchKind(goal: Pick<Goal, 'qualifier'>): '' | 'stretch' | 'floor' {
  const word = stretchWord(goal);
  if (word === null) return '';
  return simplified(word) === '确保' ? 'floor' : 'stretch';
}
