import { AMBIGUOUS_WIDE, CHARACTERS, EAST_ASIAN, cellOf, fenceAfter, sourceLines, type GridTableResult, type Measure, type SourceLine } from './grid-table.js';
import type { CellBlock } from './types.js';

/**
 * Pandoc's two tables laid out by columns of dashes (besides pipe and grid tables):
 *
 * - a simple table: a header line over a line of dash groups (`------  -----`), a row on each line,
 *   ending at a blank line or a dash line; without a header it starts with the dash line and must
 *   end with one;
 * - a multiline table: a full dash line, header lines, the dash groups, rows separated by blank
 *   lines with their cells wrapped over several lines, and a closing dash line; without a header
 *   it starts with the dash groups.
 *
 * The dash groups give the columns; each line is cut at them. Prose never has a line of two or
 * more dash groups with lines over and under it whose text stands inside the groups, so a block
 * of that shape is a table; one whose lines do not line up with its groups is reported, not read.
 */
export type PandocTableKind = 'simple' | 'multiline';

/** A simple or multiline table found in a text: its span, its lines, and its cells or why they could not be read. */
export interface FoundPandocTable {
  kind: PandocTableKind;
  start: number;
  end: number;
  lines: SourceLine[];
  result: GridTableResult;
}

/** A column's dashes: [from, to) in the columns of the dash line (ASCII, so its characters). */
interface Column {
  from: number;
  to: number;
}

/** A line of dashes, after up to three spaces: one run (a full line) or groups separated by spaces. */
const DASH_LINE = /^ {0,3}-+(?: +-+)* *$/;

/** The dash groups of a line that is nothing but dash groups, each at least two dashes; null otherwise. */
function dashGroups(text: string): Column[] | null {
  if (!DASH_LINE.test(text)) return null;
  const out: Column[] = [];
  for (const m of text.matchAll(/-+/g)) {
    if (m[0].length < 2) return null;
    out.push({ from: m.index!, to: m.index! + m[0].length });
  }
  return out;
}

/** A line of two or more dash groups: the line under a header that sets the columns. */
function columnLine(text: string): Column[] | null {
  const groups = dashGroups(text);
  return groups && groups.length >= 2 ? groups : null;
}

/** A full dash line (one run of three or more): the top of a multiline table. */
function fullLine(text: string): Column | null {
  const groups = dashGroups(text);
  return groups && groups.length === 1 && groups[0]!.to - groups[0]!.from >= 3 ? groups[0]! : null;
}

/** A line that may close a table: a full line or dash groups. */
const closes = (text: string): boolean => dashGroups(text) !== null;
const blank = (line: SourceLine | undefined): boolean => line === undefined || line.text.trim() === '';

/**
 * The character indices at which a line is cut into the columns' cells ([from, to) each), under the
 * first measure of its characters' widths that keeps every non-space character inside a column:
 * the spaces between dash groups are blank on every line of a table pandoc writes, and the last
 * column may run on past its dashes. Null when no measure does.
 */
export function cutLine(text: string, columns: readonly Column[]): Array<[number, number]> | null {
  for (const measure of [EAST_ASIAN, AMBIGUOUS_WIDE, CHARACTERS]) {
    const cut = cutUnder(text, columns, measure);
    if (cut) return cut;
  }
  return null;
}

function cutUnder(text: string, columns: readonly Column[], measure: Measure): Array<[number, number]> | null {
  const last = columns.length - 1;
  const at: number[] = [];
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    at.push(col);
    const w = measure(text.charCodeAt(i));
    if (w > 0 && !/\s/.test(text[i]!)) {
      const inside = columns.some((c, k) => col >= c.from && (k === last || col + w <= c.to));
      if (!inside) return null;
    }
    col += w;
  }
  const index = (x: number): number => {
    const i = at.findIndex((c) => c >= x);
    return i < 0 ? text.length : i;
  };
  return columns.map((c, k) => [index(c.from), k === last ? text.length : index(c.to)]);
}

/** The cells of a row of lines cut at the columns: a cell's pieces of line joined (see cellOf). */
function rowOf(lines: readonly SourceLine[], cuts: ReadonlyArray<Array<[number, number]>>, width: number, header: boolean): CellBlock[] {
  return Array.from({ length: width }, (_, c) => {
    const pieces = lines.map((line, l) => {
      const [from, to] = cuts[l]![c]!;
      return { text: line.text.slice(from, to), start: line.start + from };
    });
    const cell = cellOf(pieces, pieces[0]!.start);
    if (header) cell.header = true;
    return cell;
  });
}

/**
 * Reads a table from its parts: the header lines (none for a table without a header), the line
 * of dash groups, the rows (each its lines), as line indices into `lines`.
 */
function readTable(lines: readonly SourceLine[], header: number[], columnsAt: number, rows: number[][]): GridTableResult {
  const columns = columnLine(lines[columnsAt]!.text)!;
  const cutsOf = (ls: readonly number[]): Array<Array<[number, number]>> | number => {
    const out: Array<Array<[number, number]>> = [];
    for (const l of ls) {
      const cut = cutLine(lines[l]!.text, columns);
      if (!cut) return l;
      out.push(cut);
    }
    return out;
  };
  const out: CellBlock[][] = [];
  for (const [ls, isHeader] of [[header, true], ...rows.map((r) => [r, false])] as Array<[number[], boolean]>) {
    if (ls.length === 0) continue;
    const cuts = cutsOf(ls);
    if (typeof cuts === 'number') return { problem: `its line ${cuts + 1} has text outside the columns of its dash line`, line: cuts };
    out.push(rowOf(ls.map((l) => lines[l]!), cuts, columns.length, isHeader));
  }
  return { rows: out };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** A table found from line k: its kind, its last line, and its result given as indices relative to k. */
interface Match {
  kind: PandocTableKind;
  first: number;
  last: number;
  result: GridTableResult;
}

/**
 * The rows of a multiline table's body from line `from`: runs of lines separated by blank lines,
 * up to a dash line. Null when no dash line ends it before two blank lines or the end of the text.
 */
function multilineBody(lines: readonly SourceLine[], from: number): { rows: number[][]; closing: number } | null {
  const rows: number[][] = [];
  let row: number[] = [];
  for (let m = from; m < lines.length; m++) {
    const line = lines[m]!;
    if (closes(line.text)) {
      if (row.length > 0) rows.push(row);
      return rows.length > 0 ? { rows, closing: m } : null;
    }
    if (blank(line)) {
      if (row.length === 0 || blank(lines[m + 1])) return null;
      rows.push(row);
      row = [];
    } else row.push(m);
  }
  return null;
}

/** A multiline table with a header whose full top line is line k. */
function headedMultiline(lines: readonly SourceLine[], k: number): Match | null {
  const top = fullLine(lines[k]!.text);
  if (!top) return null;
  let j = k + 1;
  while (j < lines.length && !blank(lines[j]) && !closes(lines[j]!.text)) j++;
  const columns = j > k + 1 && j < lines.length ? columnLine(lines[j]!.text) : null;
  // The top line spans the columns (pandoc draws it over all of them): a line of dashes under a
  // heading (a setext heading, a rule) followed by prose does not make a table.
  if (!columns || top.from > columns[0]!.from || top.to <= columns[columns.length - 1]!.from) return null;
  // Nothing under the columns: no rows to lose, and perhaps no table (a rule, a line, a rule of groups).
  if (blank(lines[j + 1])) return null;
  const body = multilineBody(lines, j + 1);
  if (!body) return { kind: 'multiline', first: k, last: j, result: { problem: 'it does not end with a dash line after its rows', line: j } };
  return { kind: 'multiline', first: k, last: body.closing, result: readTable(lines, range(k + 1, j - 1), j, body.rows) };
}

/** A simple table with a header: line k is its dash groups, the line above its header. */
function headedSimple(lines: readonly SourceLine[], k: number): Match | null {
  if (!columnLine(lines[k]!.text) || blank(lines[k - 1]) || closes(lines[k - 1]!.text) || blank(lines[k + 1])) return null;
  let m = k + 1;
  while (m < lines.length && !blank(lines[m]) && !closes(lines[m]!.text)) m++;
  const closing = m < lines.length && closes(lines[m]!.text);
  const rows = range(k + 1, m - 1).map((l) => [l]);
  return { kind: 'simple', first: k - 1, last: closing ? m : m - 1, result: readTable(lines, [k - 1], k, rows) };
}

/**
 * A table without a header: line k is its dash groups, after a blank line. Its rows end at a dash
 * line; separated by blank lines they are a multiline table's, else one a line. Without that dash
 * line it is no table, but reported when its first line stands in the columns (a table cut short).
 */
function headless(lines: readonly SourceLine[], k: number): Match | null {
  const columns = columnLine(lines[k]!.text);
  if (!columns || !blank(lines[k - 1]) || blank(lines[k + 1])) return null;
  let m = k + 1;
  while (m < lines.length && !blank(lines[m]) && !closes(lines[m]!.text)) m++;
  if (m < lines.length && closes(lines[m]!.text)) {
    return { kind: 'simple', first: k, last: m, result: readTable(lines, [], k, range(k + 1, m - 1).map((l) => [l])) };
  }
  const body = multilineBody(lines, k + 1);
  if (body) return { kind: 'multiline', first: k, last: body.closing, result: readTable(lines, [], k, body.rows) };
  const cut = cutLine(lines[k + 1]!.text, columns);
  const filled = cut ? cut.filter(([from, to]) => lines[k + 1]!.text.slice(from, to).trim() !== '').length : 0;
  return filled >= 2 ? { kind: 'simple', first: k, last: k + 1, result: { problem: 'it has no header and does not end with a dash line', line: k + 1 } } : null;
}

/**
 * The simple and multiline tables of a text (outside fenced code and front matter), in order.
 * A table's `result.line` is an index into its own `lines`.
 */
export function findPandocTables(text: string): FoundPandocTable[] {
  if (!text.includes('--')) return [];
  const lines = sourceLines(text);
  const out: FoundPandocTable[] = [];
  let fence: string | null = null;
  let k = 0;
  // Front matter: its `---` lines are no table.
  if (/^---\s*$/.test(lines[0]?.text ?? '')) {
    const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l.text));
    if (close > 0) k = close + 1;
  }
  let after = k;
  for (; k < lines.length; k++) {
    const t = lines[k]!.text;
    const step = fenceAfter(fence, t);
    fence = step.fence;
    if (step.marker || fence !== null || !DASH_LINE.test(t)) continue;
    // The header of a simple table is the line above: one that no table before has taken.
    const match = headedMultiline(lines, k) ?? (k - 1 >= after ? headedSimple(lines, k) : null) ?? headless(lines, k);
    if (!match) continue;
    const own = lines.slice(match.first, match.last + 1);
    const lastLine = own[own.length - 1]!;
    const result = 'problem' in match.result ? { ...match.result, line: match.result.line - match.first } : match.result;
    out.push({ kind: match.kind, start: own[0]!.start, end: lastLine.start + lastLine.text.trimEnd().length, lines: own, result });
    k = match.last;
    after = k + 1;
  }
  return out;
}
