/**
 * Ratios written with a colon (师生比达到1:13, 城乡居民收入比缩小到1.65:1以内, a table cell 1:12.5): one
 * figure, not two figures in two clauses. The colon a plan writes between clauses (目标：…) never
 * stands between two digits, so a colon there is the ratio's.
 */

/**
 * Where a copy for matching has a ratio's colon: a character of its own (∶, RATIO), so that the
 * goal reader's clauses, which end at a colon, do not end inside 1:13.
 */
export const RATIO_MARK = '\u2236';

/** A colon, half- or full-width, between two digits (folded copies write ：as :). */
const RATIO_COLON = /(?<=\d) ?[:：∶] ?(?=\d)/g;

/** `match` with the colon of each ratio replaced by RATIO_MARK (same length: spaces are kept). */
export function markRatios(match: string): string {
  // Runs on every goal paragraph: a cheap test before the regex.
  if (!match.includes(':') && !match.includes('：') && !match.includes('∶')) return match;
  return match.replace(RATIO_COLON, (colon) => colon.replace(/[:：∶]/, RATIO_MARK));
}

const NUMBER = '\\d+(?:\\.\\d+)?';
/** The second term of a ratio after its first: the mark (or a colon, in a cell) and a number. */
const SECOND_TERM = new RegExp(`^ ?[:：∶] ?(${NUMBER})`);

/**
 * The value of a ratio a:b: the term that is not 1 (1:13 is 13 to each 1, 1.65:1 is 1.65), the
 * quotient when neither term is 1 (3:2 is 1.5).
 */
export function ratioValue(first: number, second: number): number {
  if (first === 1) return second;
  if (second === 1) return first;
  return Math.round((first / second) * 10000) / 10000;
}

/**
 * The ratio whose first term `first` ends at `end` of `text`: its raw form (1:13, the colon
 * half-width), its value and where its second term ends; null if no second term follows.
 */
export function ratioAt(text: string, first: string, end: number): { raw: string; value: number; end: number } | null {
  const c = text.charAt(end) === ' ' ? text.charAt(end + 1) : text.charAt(end);
  if (c !== RATIO_MARK && c !== ':' && c !== '：') return null;
  const m = SECOND_TERM.exec(text.slice(end));
  if (!m) return null;
  const second = m[1] as string;
  return { raw: `${first}:${second}`, value: ratioValue(Number(first), Number(second)), end: end + m[0].length };
}

/** A cell that is a ratio alone, with a bound after it or not: 1:12.5, 1:13以内. */
const RATIO_CELL = new RegExp(`^(${NUMBER}) ?[:：∶] ?(${NUMBER}) ?(以上|以下|以内|左右)?$`);

/** A table cell that gives a ratio: its raw form, value and the bound after it; null otherwise. */
export function readRatioCell(cell: string): { raw: string; value: number; bound?: string } | null {
  if (!cell.includes(':') && !cell.includes('：') && !cell.includes('∶')) return null;
  const m = RATIO_CELL.exec(cell);
  if (!m) return null;
  const raw = `${m[1]}:${m[2]}`;
  const value = ratioValue(Number(m[1]), Number(m[2]));
  return m[3] ? { raw, value, bound: m[3] } : { raw, value };
}
