import { parseNumeral } from '../text/chinese-numeral.js';
import { fold } from '../text/fold.js';
import { QueryError } from './types.js';

/**
 * A section number as its numbers, outermost first: `一`, `1`, `(一)` and `一、` are [1]; a decimal
 * group `2.1` is [2, 1]. Null when the text is no section number.
 */
export function sectionPath(text: string): number[] | null {
  const bare = fold(text)
    .trim()
    .replace(/^[(〔[]\s*/, '')
    .replace(/\s*[)〕\]]$/, '')
    .replace(/[、.．]$/, '');
  const parts = /^\d{1,3}(?:\.\d{1,3})+$/.test(bare) ? bare.split('.') : [bare];
  const path = parts.map(parseNumeral);
  return path.every((n): n is number => n !== null && Number.isInteger(n) && n >= 1) ? path : null;
}

/**
 * The numbers of the section a user writes: `一`, `1`, `(一)`, `（一）`, `一、`, or a decimal
 * group `2.1`. Anything else is a bad filter.
 */
export function parseSectionNumber(text: string): number[] {
  const path = sectionPath(text);
  if (!path) throw new QueryError('bad-filter', `--section: "${text}" is not a section number (try 1, 一 or 2.1)`, text);
  return path;
}

/**
 * Whether a task's section is the one asked for: the same number, or in a decimal outline a group
 * of the part asked for (2.1 and 2.2 are in part 2, as decimal numbers say).
 */
export function inSection(sectionNumber: string, asked: readonly number[]): boolean {
  const path = sectionPath(sectionNumber);
  return path !== null && path.length >= asked.length && asked.every((n, k) => path[k] === n);
}
