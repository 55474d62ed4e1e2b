import { InlineText } from './inline-text.js';
import { expandSpans } from './table-grid.js';
import type { CellBlock } from './types.js';

/** A line of the source, without its line break, and the offset of its first character. */
export interface SourceLine {
  text: string;
  start: number;
}

/** A grid table read into cells (header rows marked), or why it could not be. */
export type GridTableResult = { rows: CellBlock[][] } | { problem: string; line: number };

/**
 * A full border of a grid table (`+------+-----+`, `+======+`, `+:-----+`), after up to three
 * spaces of indentation: ASCII only, so its `+` stand at the same column however it is measured.
 */
const BORDER = /^ {0,3}\+(?:[-=:]+\+)+[ \t]*$/;
/** The top border: no `=`, which only separates the header. */
const TOP_BORDER = /^ {0,3}\+(?:[-:]+\+)+[ \t]*$/;

export function isGridBorder(line: string): boolean {
  return BORDER.test(line);
}

/**
 * The lines of the grid table that starts at line k, as pandoc writes one (a top border, rows of
 * `|` lines between `+---+` borders, `+===+` under the header): up to the last full border of the
 * run of lines starting with `|` or `+`. Null when line k is no top border or nothing follows it.
 */
export function gridTableExtent(lines: readonly SourceLine[], k: number): { last: number } | null {
  const top = lines[k]?.text ?? '';
  if (!TOP_BORDER.test(top)) return null;
  const indent = top.indexOf('+');
  let end = k;
  while (end + 1 < lines.length && lines[end + 1]!.text.slice(0, indent).trim() === '' && /^[|+]/.test(lines[end + 1]!.text.slice(indent))) end++;
  // A run that stops without a border is a table cut short: kept whole, to be reported as malformed.
  let last = end;
  while (last > k && !BORDER.test(lines[last]!.text)) last--;
  if (last < end && /^[|]/.test(lines[end]!.text.slice(indent))) last = end;
  return last >= k + 2 ? { last } : null;
}

/** How a line's characters are measured: pandoc counts a wide (Han, full-width) character as two columns. */
export type Measure = (code: number) => number;

const wide = (c: number): boolean =>
  (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0xd800 && c <= 0xdbff);

/** East Asian width: wide characters two columns (a surrogate pair counts once, as its high half). */
export const EAST_ASIAN: Measure = (c) => (c >= 0xdc00 && c <= 0xdfff ? 0 : wide(c) ? 2 : 1);
/** Some writers also set the ambiguous quotes, dashes and ellipsis (“ ” — …) at two columns. */
export const AMBIGUOUS_WIDE: Measure = (c) => (c === 0xb7 || (c >= 0x2014 && c <= 0x2026) ? 2 : EAST_ASIAN(c));
/** Some count characters, whatever their width. */
export const CHARACTERS: Measure = () => 1;

/**
 * The characters at the column boundaries of a line under a measure (character indices), if the
 * line reaches each. A boundary inside a wide character (the text of a cell spanning it) is that character.
 */
function placeBoundaries(line: string, columns: readonly number[], measure: Measure): number[] | null {
  const at = new Map<number, number>();
  let col = 0;
  for (let i = 0; i < line.length; i++) {
    const w = measure(line.charCodeAt(i));
    for (let k = 0; k < w; k++) at.set(col + k, i);
    col += w;
  }
  const found = columns.map((c) => at.get(c));
  return found.every((i) => i !== undefined) ? (found as number[]) : null;
}

/**
 * The character indices of the column boundaries in a line. First under a measure that puts a
 * `|`, `+` or border character at each; then, the measures failing (a writer that measured its
 * characters otherwise), at the line's `|` when it has one per boundary; last under a measure that
 * puts a `|` or `+` at both ends only, the boundaries between falling inside cells spanning them.
 */
function boundaryIndices(line: string, columns: readonly number[]): number[] | null {
  const measures = [EAST_ASIAN, AMBIGUOUS_WIDE, CHARACTERS];
  for (const measure of measures) {
    const found = placeBoundaries(line, columns, measure);
    if (found && found.every((i) => /[|+\-=:]/.test(line[i]!))) return found;
  }
  const pipes: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === '|') pipes.push(i);
  if (pipes.length === columns.length && pipes[0] === line.search(/\S/)) return pipes;
  for (const measure of measures) {
    const found = placeBoundaries(line, columns, measure);
    if (found && isEdge(line[found[0]!]) && isEdge(line[found[found.length - 1]!])) return found;
  }
  return null;
}

const isBorderSegment = (s: string): boolean => /^[-=:]+$/.test(s);
const isEdge = (c: string | undefined): boolean => c === '|' || c === '+';

/**
 * Reads a grid table (its lines, from the top border to the bottom one) into rows of cells.
 * A cell's lines are joined as wrapped text (without a space between Han characters; see
 * InlineText), a blank line in it as a break between paragraphs of the cell. A cell whose border
 * below is missing in a separator line spans rows; one whose `|` is missing between columns spans
 * columns: both are laid out on the grid as rowspan/colspan are. Rows above the `+===+` line are
 * header rows. A table whose lines do not make rectangular cells is not read.
 */
export function readGridTable(lines: readonly SourceLine[]): GridTableResult {
  const columns = new Set<number>();
  for (const { text } of lines) {
    if (!BORDER.test(text)) continue;
    for (let i = 0; i < text.length; i++) if (text[i] === '+') columns.add(i);
  }
  const bounds = [...columns].sort((a, b) => a - b);
  const width = bounds.length - 1;
  if (width < 1) return { problem: 'it has no columns', line: 0 };
  const last = lines.length - 1;
  if (!BORDER.test(lines[last]!.text)) return { problem: 'it does not end with a border line (+---+)', line: last };

  // Each line cut at the column boundaries: where each boundary character is, and for each
  // column whether the line crosses it with a border or with a cell's text.
  const cuts: number[][] = [];
  const border: boolean[][] = [];
  for (let l = 0; l < lines.length; l++) {
    const text = lines[l]!.text;
    const cut = boundaryIndices(text, bounds);
    if (!cut) return { problem: `its line ${l + 1} does not line up with the columns of its borders`, line: l };
    cuts.push(cut);
    border.push(
      Array.from({ length: width }, (_, c) => {
        const seg = text.slice(cut[c]! + 1, cut[c + 1]);
        return isBorderSegment(seg) && /[-=:+]/.test(text[cut[c]!]!) && /[-=:+]/.test(text[cut[c + 1]!]!);
      }),
    );
  }
  if (!border[0]!.every(Boolean) || !border[last]!.every(Boolean)) return { problem: 'its first or last line is not a border of every column', line: 0 };

  // Cells: slots (line, column) of text, joined down a column and across a boundary that is no `|`.
  const parent = new Map<number, number>();
  const key = (l: number, c: number): number => l * width + c;
  const find = (x: number): number => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: number, b: number): void => {
    parent.set(find(a), find(b));
  };
  for (let l = 0; l < lines.length; l++) for (let c = 0; c < width; c++) if (!border[l]![c]) parent.set(key(l, c), key(l, c));
  for (let l = 0; l < lines.length; l++) {
    const text = lines[l]!.text;
    for (let c = 0; c < width; c++) {
      if (border[l]![c]) continue;
      if (!isEdge(text[cuts[l]![c]!]) && c === 0) return { problem: `its line ${l + 1} does not start with | or +`, line: l };
      if (c + 1 === width && !isEdge(text[cuts[l]![width]!])) return { problem: `its line ${l + 1} does not end with | or +`, line: l };
      if (c + 1 < width && !border[l]![c + 1] && !isEdge(text[cuts[l]![c + 1]!])) union(key(l, c), key(l, c + 1));
      if (l + 1 < lines.length && !border[l + 1]![c]) union(key(l, c), key(l + 1, c));
    }
  }

  // Rows: the runs of lines without any border between the lines with one.
  const rowOf: number[] = [];
  let rows = 0;
  let headerRows = 0;
  for (let l = 1; l < lines.length; l++) {
    const separator = border[l]!.some(Boolean);
    if (separator) {
      if (rowOf[l - 1] === undefined) return { problem: `its line ${l + 1} follows a border line with no row between`, line: l };
      if (headerRows === 0 && border[l]!.every(Boolean) && /=/.test(lines[l]!.text)) headerRows = rows;
    } else {
      if (l === 1 || border[l - 1]!.some(Boolean)) rows++;
      rowOf[l] = rows - 1;
    }
  }

  const slots = new Map<number, Array<[number, number]>>();
  for (const k of parent.keys()) {
    const root = find(k);
    if (!slots.has(root)) slots.set(root, []);
    slots.get(root)!.push([Math.floor(k / width), k % width]);
  }
  const origins: Array<{ row: number; col: number; cell: CellBlock }> = [];
  for (const cellSlots of slots.values()) {
    const ls = cellSlots.map(([l]) => l);
    const cs = cellSlots.map(([, c]) => c);
    const [l0, l1, c0, c1] = [Math.min(...ls), Math.max(...ls), Math.min(...cs), Math.max(...cs)];
    if (cellSlots.length !== (l1 - l0 + 1) * (c1 - c0 + 1)) return { problem: `a cell at its line ${l0 + 1} is not a rectangle (a merged cell this reader does not follow)`, line: l0 };
    const inRows = ls.map((l) => rowOf[l]).filter((r): r is number => r !== undefined);
    if (inRows.length === 0) return { problem: `its line ${l0 + 1} has text between two borders`, line: l0 };
    const [r0, r1] = [Math.min(...inRows), Math.max(...inRows)];
    const pieces: SourceLine[] = [];
    for (let l = l0; l <= l1; l++) {
      const from = cuts[l]![c0]! + 1;
      pieces.push({ text: lines[l]!.text.slice(from, cuts[l]![c1 + 1]), start: lines[l]!.start + from });
    }
    const cell = cellOf(pieces, lines[l0]!.start + cuts[l0]![c0]! + 1);
    if (r1 > r0) cell.rowspan = r1 - r0 + 1;
    if (c1 > c0) cell.colspan = c1 - c0 + 1;
    if (r0 < headerRows) cell.header = true;
    origins.push({ row: r0, col: c0, cell });
  }
  origins.sort((a, b) => a.row - b.row || a.col - b.col);
  const byRow: CellBlock[][] = Array.from({ length: rows }, () => []);
  for (const o of origins) byRow[o.row]!.push(o.cell);
  return { rows: expandSpans(byRow) };
}

/**
 * A cell's text from its pieces of line: each line a wrapped line of the cell, a blank one a break
 * between its paragraphs, and so is a backslash at a line's end (pandoc's hard break). Markdown's
 * strong emphasis (`**`), backslash escapes and footnote references (`[^1]`) are markup.
 */
export function cellOf(pieces: readonly SourceLine[], at: number): CellBlock {
  const text = new InlineText();
  let blank = false;
  let hardBreak = false;
  for (const piece of pieces) {
    const lead = piece.text.length - piece.text.trimStart().length;
    let body = piece.text.trim();
    if (body === '') {
      blank = true;
      continue;
    }
    const start = piece.start + lead;
    if (!text.empty) {
      if (blank || hardBreak) text.cellBreak(start - 1);
      else text.space(start - 1, true);
    }
    blank = false;
    // A backslash that ends the line is pandoc's hard line break (区商务局\ over 区投促中心): a break, as a blank line is.
    hardBreak = /(?<!\\)\\$/.test(body);
    if (hardBreak) body = body.slice(0, -1).trimEnd();
    // A footnote reference (2000[^1]) is markup too: the reference itself is read from the source (see tableNoteRefs).
    const markup = /\*{2,}|_{2,}|\\(?=[!-/:-@[-`{-~])|\[\^[^\]\s]{1,20}\]/g;
    let from = 0;
    for (let m = markup.exec(body); m; m = markup.exec(body)) {
      if (m.index > from) text.run(body.slice(from, m.index), start + from);
      from = m.index + m[0].length;
    }
    if (from < body.length) text.run(body.slice(from), start + from);
  }
  const r = text.take();
  return r ? { text: r.text, anchors: r.anchors, start: r.start, end: r.end } : { text: '', anchors: [], start: at, end: at };
}

/** A grid table found in a text: its span, and its cells or why they could not be read. */
export interface FoundGridTable {
  start: number;
  end: number;
  /** Offsets of its lines, [start, end) each without the line break. */
  lines: SourceLine[];
  result: GridTableResult;
}

/** The lines of a text with their offsets, without their line breaks (\n, \r\n or \r). */
export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const re = /\r\n|\r|\n/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(from, m.index), start: from });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), start: from });
  return out;
}

/**
 * Code fences (``` or ~~~) as a Markdown reader sees them, so that no table is looked for inside
 * one: the fence open after `text` (null outside one), and whether `text` is itself a fence line.
 */
export function fenceAfter(fence: string | null, text: string): { fence: string | null; marker: boolean } {
  const mark = /^ {0,3}(`{3,}|~{3,})/.exec(text);
  if (!mark) return { fence, marker: false };
  if (fence === null) return { fence: mark[1]!, marker: true };
  return { fence: mark[1]!.startsWith(fence) && /^ {0,3}[`~]+\s*$/.test(text) ? null : fence, marker: true };
}

/**
 * The grid tables of a Markdown text (outside fenced code), which CommonMark reads as paragraphs
 * of `+` and `|` lines. A top border is a line of `+---+` alone, which prose never is.
 */
export function findGridTables(text: string): FoundGridTable[] {
  if (!text.includes('+-')) return [];
  const lines = sourceLines(text);
  const out: FoundGridTable[] = [];
  let fence: string | null = null;
  for (let k = 0; k < lines.length; k++) {
    const step = fenceAfter(fence, lines[k]!.text);
    fence = step.fence;
    if (step.marker || fence !== null) continue;
    const extent = gridTableExtent(lines, k);
    if (!extent) continue;
    const own = lines.slice(k, extent.last + 1);
    const lastLine = own[own.length - 1]!;
    out.push({ start: own[0]!.start, end: lastLine.start + lastLine.text.trimEnd().length, lines: own, result: readGridTable(own) });
    k = extent.last;
  }
  return out;
}
