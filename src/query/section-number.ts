import { parseNumeral } from '../text/chinese-numeral.js';
import { fold } from '../text/fold.js';
import { QueryError } from './types.js';

/**
 * The value of a section number as a user writes it: `一`, `1`, `(一)`, `（一）`, `一、`.
 * Anything else is a bad filter.
 */
export function parseSectionNumber(text: string): number {
  const bare = fold(text)
    .trim()
    .replace(/^[(〔[]\s*/, '')
    .replace(/\s*[)〕\]]$/, '')
    .replace(/[、.．]$/, '');
  const value = parseNumeral(bare);
  if (value === null || !Number.isInteger(value) || value < 1) {
    throw new QueryError('bad-filter', `--section: "${text}" is not a section number (try 1 or 一)`, text);
  }
  return value;
}
