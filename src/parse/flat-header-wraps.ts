import type { Position } from '../model/types.js';
import { arabicYears } from '../text/date.js';

/**
 * A header cell of a table flattened one cell per line may itself have been wrapped over two lines
 * in the table it came from: a year and its note (`2023年` / `（基期值）`, `2024年` / `（预计）`), a note
 * and its year (`基期值` / `（2023年）`), a year and its unit (`2025年` / `（亿元）`). Read as two cells,
 * the header is a cell wider than its rows and every figure stands under the wrong column; read as
 * one, it is the header cell `2023年（基期值）` written on one line. Only a bracketed line is taken as
 * the rest of the line above: bare, a year beside a label (`2023年` / `目标值`) is two cells of a
 * two-row header (the label over the years of the second row), which is never joined.
 */

interface HeaderLine {
  text: string;
  match: string;
  position: Position;
}

/** A year alone, as a header writes it (2023年, 2023, 2025年底, 二〇二三年). */
const YEAR_ALONE = /^(?:19|20)\d{2}年?(?:度|底|末)?$/;
/** A line that is all one bracket (（基期值）, (2023年), （亿元）). */
const BRACKETED = /^[(（][^()（）]{1,12}[)）]$/;
/** A bracket holding a year alone: (2023年). */
const BRACKETED_YEAR = /^[(（](?:19|20)\d{2}年?[)）]$/;
/** The rows open at a line that is a figure other than a bare year (a serial 1, a value 0.8). */
const FIGURE_LINE = /^[-+]?\d+(?:\.\d+)?%?$/;

const keyOf = (line: string): string => arabicYears(line.replace(/\s+/g, '')).replace(/（/g, '(').replace(/）/g, ')');

/**
 * The header lines of a flattened table, before its first row, with each header cell wrapped over
 * two lines joined into one (see above); the lines as given when none is. `readsAsYearHeader` tells
 * whether a joined cell names a year's column (2023年(基期值), 基期值(2023年), 2025年(亿元)): a join
 * that does not (2024年 / (第一批)) is no wrap of one cell, and the lines stay two.
 */
export function joinWrappedHeaderLines<T extends HeaderLine>(lines: readonly T[], readsAsYearHeader: (key: string) => boolean): readonly T[] {
  let out: T[] | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = keyOf(lines[i]!.match);
    if (FIGURE_LINE.test(a) && !YEAR_ALONE.test(a)) break;
    const b = keyOf(lines[i + 1]!.match);
    // Cheap test first: the second line must be one bracket.
    if (!BRACKETED.test(b)) continue;
    const wraps = YEAR_ALONE.test(a) ? !BRACKETED_YEAR.test(b) : BRACKETED_YEAR.test(b) && !/\d/.test(a);
    if (!wraps || !readsAsYearHeader(a + b)) continue;
    out ??= [...lines];
    const first = lines[i]!;
    const second = lines[i + 1]!;
    const joined: T = {
      ...first,
      text: first.text.trim() + second.text.trim(),
      match: first.match.trim() + second.match.trim(),
      position: { start: first.position.start, end: second.position.end },
    };
    // Indexes in `out` run behind those in `lines` by the joins made so far.
    const at = out.length - (lines.length - i);
    out.splice(at, 2, joined);
    i++;
  }
  return out ?? lines;
}
