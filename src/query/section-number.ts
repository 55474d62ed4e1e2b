import { parseNumeral } from '../text/chinese-numeral.js';
import { fold } from '../text/fold.js';
import { romanOrdinal } from '../text/roman-numeral.js';
import { QueryError } from './types.js';

/**
 * A section number as its numbers, outermost first: `一`, `1`, `(一)`, `一、` and `Ⅰ` are [1]; a decimal
 * group `2.1` is [2, 1]. Null when the text is no section number.
 */
export function sectionPath(text: string): number[] | null {
  const bare = fold(text)
    .trim()
    .replace(/^[(〔[]\s*/, '')
    .replace(/\s*[)〕\]]$/, '')
    .replace(/[、.．。｡]$/, '');
  const parts = /^\d{1,3}(?:\.\d{1,3})+$/.test(bare) ? bare.split('.') : [bare];
  // Ⅱ or II: a part numbered in Roman numerals.
  const path = parts.map((p) => parseNumeral(p) ?? romanOrdinal(p));
  return path.every((n): n is number => n !== null && Number.isInteger(n) && n >= 1) ? path : null;
}

/** A section asked for: its numbers, and the number of the part it stands in when the user gives it (`一（一）`). */
export interface SectionAddress {
  path: number[];
  part: number | null;
  /**
   * The title asked for, as a search key, when the user names the section by its title (a task
   * table's 类别 has no number: `--section 风险防控`); then `path` is empty.
   */
  title?: string;
  /**
   * The outline level the user wrote the number at, when tasks stand under a label of that level
   * with that number (`二` a part 二、, `（二）` a group, `2` a group numbered in digits): then only
   * the tasks under such a label match.
   */
  level?: OutlineLevel;
}

/**
 * The section a user writes: `一`, `1`, `(一)`, `（一）`, `一、`, a decimal group `2.1`, or a group
 * of one part where groups restart in each (`一（一）`, `二、(一)`). Anything else is a bad filter.
 */
export function parseSectionNumber(text: string): SectionAddress {
  const path = sectionPath(text);
  if (path) return { path, part: null };
  const inPart = /^(.+?)[、.]?\s*([(〔[]\s*[^)〕\]]+\s*[)〕\]])$/.exec(fold(text).trim());
  const part = inPart ? sectionPath(inPart[1] as string) : null;
  const group = inPart ? sectionPath(inPart[2] as string) : null;
  if (part?.length === 1 && group?.length === 1) return { path: group, part: part[0] as number };
  throw new QueryError('bad-filter', `filters.section: "${text}" is not a section number or title (try 1, 一, 2.1, 一（一）, or a section's title)`, text, [], 'section');
}

/**
 * The number of the part a task's section stands in, from the label above the section's in the
 * task's path (第二章 › 一、 › （一）: 一); null when the section stands at the top.
 */
export function partOfSection(path: readonly string[], sectionLabel: string): number | null {
  const at = path.indexOf(sectionLabel);
  const above = at > 0 ? path[at - 1] : undefined;
  if (above === undefined) return null;
  const numbers = sectionPath(above.replace(/^第(.+?)(?:部分|编|章|节)$/, '$1'));
  return numbers?.length === 1 ? (numbers[0] as number) : null;
}

/**
 * Whether a task's section is the one asked for: the same number, or in a decimal outline a group
 * of the part asked for (2.1 and 2.2 are in part 2, as decimal numbers say).
 */
export function inSection(sectionNumber: string, asked: readonly number[]): boolean {
  const path = sectionPath(sectionNumber);
  return path !== null && path.length >= asked.length && asked.every((n, k) => path[k] === n);
}

/**
 * The outline level a section number is written at: a part (`一`, `二、`, `Ⅱ`), a group in brackets
 * (`（二）`, `(2)`) or a number in digits (`2`, `2.`, `2.1`: a measure, a decimal outline's chapter or
 * group, a task table's 重点任务 group or row). Null for any other form (`第二章`, `①`, a title).
 */
export type OutlineLevel = 'part' | 'group' | 'digits';

export function outlineLevel(text: string): OutlineLevel | null {
  const bare = fold(text).trim();
  if (/^[(〔[]/.test(bare)) return 'group';
  if (/^\d/.test(bare)) return 'digits';
  return /^(?:[一二三四五六七八九十百〇零两]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|[IVX]+)\s*[、.．]?$/.test(bare) ? 'part' : null;
}

/**
 * Whether the outline label `label` (an item of a task's path) is written at `level` with the number
 * asked for, or is a decimal group within it (`2.1` for `2`).
 */
export function labelAt(label: string, level: OutlineLevel, asked: readonly number[]): boolean {
  if (outlineLevel(label) !== level) return false;
  const path = sectionPath(label);
  return path !== null && path.length >= asked.length && asked.every((n, k) => path[k] === n);
}
