import { namesCategory } from '../text/category-column.js';
import { EAST_ASIAN, cellOf, sourceLines, type SourceLine } from './grid-table.js';
import { tableOfRows } from './drawn-tables.js';
import { isPageNumber, isTableContinuationMark } from '../text/page-furniture.js';
import { runningHeadLines } from './running-heads.js';
import type { Block, CellBlock, SourceDocument } from './types.js';

/**
 * Tables laid out with runs of spaces, as `pdftotext -layout` prints a PDF's table: a header line of
 * column names apart by two spaces or more (`序号   重点任务   牵头单位   配合单位   完成时限`), then
 * a line for each row, its cells standing under their columns. A cell wrapped in the PDF goes on in
 * the lines under its row, under its own column, the row's first column (its 序号) empty there:
 *
 *     1    推行企业开办“一件事”集成      区市场监管局      区人社局、区税    2024年6月底
 *          服务，压缩开办时间                              务局
 *
 * The columns are where the rows' cells stand (a header's name is often centred over its column):
 * each boundary lies in the gap between the cells of two neighbouring columns in the rows that fill
 * every column. Every piece of text under the header must fall inside one column, so that no cell is
 * read under the wrong one; a block that does not line up so stays text, with a warning.
 */

/** A run of text on a line between gaps of two spaces or more: its text, source offset and columns. */
interface Piece {
  text: string;
  start: number;
  from: number;
  to: number;
}

/** The pieces of a line (measured with Han characters two columns wide, as pdftotext lays them out). */
export function linePieces(line: SourceLine): Piece[] {
  const out: Piece[] = [];
  const text = line.text;
  // A form feed (pdftotext -layout starts a page's first line with one) takes no column.
  const width = (s: string): number => [...s].reduce((n, ch) => n + (ch === '\f' ? 0 : EAST_ASIAN(ch.charCodeAt(0))), 0);
  let col = 0;
  let at = 0;
  // A single space stays inside a piece (序 号, 2024 年); two or more, a tab or an ideographic space end it.
  for (const m of text.matchAll(/\S+(?:[ \u00a0]\S+)*/g)) {
    col += width(text.slice(at, m.index));
    const from = col;
    col += width(m[0]);
    at = m.index + m[0].length;
    out.push({ text: m[0], start: line.start + m.index, from, to: col });
  }
  return out;
}

/** The name of a column such tables have. */
const COLUMN_NAME =
  /^(?:序号|编号)$|指标|单位|任务|措施|内容|事项|项目|名称|时限|时间|节点|备注|属性|目标|类别|领域|分工|进度|^(?:19|20)\d{2} ?年?/;

/** Marks of a sentence, which no column name has. */
const SENTENCE_MARK = /[。；;，,：:、]/;

/** Text, then a gap that ends a piece (any space but a single ASCII or no-break one): a line without one has one piece at most. */
const INNER_GAP = /\S(?:[ \u00a0]\s|[^\S \u00a0])/;

/** A line that may head a spaced table: three names or more, short, no sentence, two of them a column's name at least. */
function headerPieces(line: SourceLine): Piece[] | null {
  if (line.text.includes('\t')) return null;
  // Nearly every line of a notice is prose: spared the measuring below, which every line of every
  // text would otherwise pay for. A stop or a comma anywhere is in one of the names (prose finds one
  // within its first few characters); a line with no gap inside it has one name at most.
  if (SENTENCE_MARK.test(line.text) || !INNER_GAP.test(line.text)) return null;
  const pieces = linePieces(line);
  if (pieces.length < 3) return null;
  const keys = pieces.map((p) => p.text.replace(/\s+/g, ''));
  if (keys.some((k) => k.length > 16)) return null;
  return keys.filter((k) => COLUMN_NAME.test(k)).length >= 2 ? pieces : null;
}

/** A serial in the first column: 1, 12, (3). */
const SERIAL = /^(?:\d{1,3}|[（(]\d{1,3}[)）])$/;
/** A row of sums under the numbered ones. */
const TOTAL = /^(?:合 ?计|总 ?计|小 ?计|共 ?计)$/;
/** A line naming a group of rows, spanning the table: 一、经济发展, （二）营商环境. */
const GROUP = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;

/** One spaced table found: its span and rows, or why its lines could not be read as one. */
export type FoundSpacedTable =
  | { start: number; end: number; rows: CellBlock[][]; unread?: number; furniture?: SourceLine[] }
  | { start: number; problem: string };

/** A line's text with all its spaces removed: a header's key, to know it printed again. */
const compact = (text: string): string => text.replace(/[\s\u00a0\u3000]+/g, '');

/** The most lines a page break (blank lines, the page's number, heads, the header again) may take between two rows. */
const MOST_BREAK = 10;

/**
 * Where a table goes on after a gap in it starting at line j: blank lines, and the furniture of a
 * page break (a page's number, a 续表 mark, a running head, a form feed, the header printed again on
 * the next page). Returns the first line after them and the furniture lines, or null when the table
 * ends there: the gap runs long, or what follows is no line of it. One blank line goes on to a line
 * of cells, as before; a longer gap, or a page break, to a line of cells whose first stands in a
 * later column or is a serial (a row), and, after a page break, also to a cell's line cut by it
 * (`室、各街道办事处` under its column) with a line of cells right after it. Another table's header
 * ends the table.
 */
function acrossGap(lines: readonly SourceLine[], j: number, header: Piece[], serials: boolean, heads: () => ReadonlySet<number>): { next: number; furniture: number[] } | null {
  const key = compact(header.map((p) => p.text).join(''));
  const furniture: number[] = [];
  let broke = false;
  let blanks = 0;
  let at = j;
  for (; at < lines.length && at - j < MOST_BREAK; at++) {
    const raw = lines[at]!.text;
    if (raw.includes('\f')) broke = true;
    const t = raw.trim();
    if (t === '') {
      blanks++;
      continue;
    }
    if (isPageNumber(t) || isTableContinuationMark(t) || compact(t) === key || heads().has(at)) {
      furniture.push(at);
      broke = true;
      continue;
    }
    break;
  }
  const line = lines[at];
  if (!line || at - j >= MOST_BREAK || line.text.includes('\t')) return null;
  const pieces = linePieces(line);
  if (!broke && blanks === 1) return pieces.length >= 2 ? { next: at, furniture } : null;
  const serial = SERIAL.test(pieces[0]!.text.trim());
  if (!serial && headerPieces(line)) return null;
  // Past the first column: halfway between the first name's end and the second's start (names are centred).
  const later = pieces[0]!.from >= (header[0]!.to + header[1]!.from) / 2;
  // A row of a table numbered in its first column has its serial there; one without serials, any text.
  const rowLike = pieces.length >= 2 && (later || serial || (broke && !serials));
  if (rowLike) return { next: at, furniture };
  const after = lines[at + 1];
  const cut = broke && pieces.length === 1 && later && !/[。；;！？]$/.test(pieces[0]!.text) && after !== undefined && linePieces(after).length >= 2;
  return cut ? { next: at, furniture } : null;
}

/**
 * The spaced tables of a text, in source order. Lines from a header to the last line that lines up
 * under it (a blank line ends the table, unless a row follows it; a page break's furniture between
 * two rows, see acrossGap, is left out of it); a header over lines that have cells apart by spaces
 * but do not line up is reported.
 */
export function findSpacedTables(text: string): FoundSpacedTable[] {
  const lines = sourceLines(text);
  const out: FoundSpacedTable[] = [];
  // The running heads of the pages, found once and only for a text with a table to read.
  let headLines: ReadonlySet<number> | null = null;
  const heads = (): ReadonlySet<number> => (headLines ??= runningHeadLines(lines.map((l) => ({ text: l.text.trim() }))));
  for (let k = 0; k < lines.length; k++) {
    const header = headerPieces(lines[k]!);
    if (!header) continue;
    // The block under the header: lines of text, with the gaps acrossGap allows between rows.
    let last = k;
    const skipped = new Set<number>();
    // Whether the rows are numbered: the first line under the header starts with a serial.
    let serials: boolean | null = null;
    for (let j = k + 1; j < lines.length; j++) {
      const t = lines[j]!.text;
      const trimmed = t.trim();
      if (trimmed === '' || isPageNumber(trimmed) || isTableContinuationMark(trimmed)) {
        const gap = acrossGap(lines, j, header, serials === true, heads);
        if (!gap) break;
        for (const f of gap.furniture) skipped.add(f);
        j = gap.next - 1;
        continue;
      }
      if (t.includes('\t')) break;
      const pieces = linePieces(lines[j]!);
      if (pieces.length === 0) break;
      serials ??= SERIAL.test(pieces[0]!.text.trim());
      last = j;
    }
    const body = lines.slice(k + 1, last + 1).filter((l, i) => l.text.trim() !== '' && !skipped.has(k + 1 + i));
    // Prose under a header-like line: no line of it has two cells apart by spaces.
    if (!body.some((l) => linePieces(l).length >= 2)) continue;
    const read = readSpaced(header, body);
    if ('problem' in read) out.push({ start: lines[k]!.start, problem: read.problem });
    else {
      const end = read.last;
      const unread = read.unread !== undefined ? { unread: read.unread } : {};
      const endAt = end.start + end.text.trimEnd().length;
      // The page furniture left out of the rows, inside the table's span: still page furniture (chrome);
      // the header printed again is the table's, dropped as a repeated header row is.
      const key = compact(lines[k]!.text);
      const inside = [...skipped].map((f) => lines[f]!).filter((l) => l.start < endAt && compact(l.text) !== key);
      const furniture = inside.length > 0 ? { furniture: inside } : {};
      out.push({ start: lines[k]!.start + lines[k]!.text.search(/\S/), end: endAt, rows: read.rows, ...unread, ...furniture });
      k = lines.indexOf(end);
    }
  }
  return out;
}

/** A line under the header as read: a group line, a row's first line (its first column filled), a line going on (first column empty). */
type Entry = { line: SourceLine; pieces: Piece[]; cols: number[]; kind: 'group' | 'row' | 'more' };

/**
 * Reads the lines under a header into rows. Rows that fill every column set the columns; each line
 * after that is a new row when its first column holds text (a serial where the rows have them), or
 * goes on with a row (a wrapped cell) when it is empty there: the row above, or, in a table whose
 * rows are centred (see centredRows), the row above or below as the centring tells. Reading stops
 * at the first line that does not fit, which must not be before the second row.
 */
function readSpaced(header: Piece[], body: SourceLine[]): { rows: CellBlock[][]; last: SourceLine; unread?: number } | { problem: string } {
  const width = header.length;
  const pieced = body.map((l) => ({ line: l, pieces: linePieces(l) }));
  const full = pieced.filter((l) => l.pieces.length === width);
  if (full.length === 0) return { problem: `no line under its header has a cell under each of its ${width} columns` };
  // Boundary between columns c-1 and c: in the gap between the last end of c-1 and the first start of c.
  const bounds: number[] = [];
  const firstStarts: number[] = [];
  for (let c = 1; c < width; c++) {
    const ends = Math.max(...full.map((l) => l.pieces[c - 1]!.to));
    const starts = Math.min(...full.map((l) => l.pieces[c]!.from));
    if (ends > starts) return { problem: `its columns ${c} and ${c + 1} overlap in the rows that fill every column` };
    bounds.push((ends + starts) / 2);
    firstStarts.push(starts);
  }
  const columnOf = (p: Piece): number | null => {
    let c = 0;
    while (c < bounds.length && p.from >= bounds[c]!) c++;
    // A piece reaching where the next column's cells start is two cells run together, or text
    // across the columns; one longer than the full rows' cells but short of that stays in its own
    // (a row whose other cell is merged or empty need not fill every column).
    return c < bounds.length && p.to > firstStarts[c]! ? null : c;
  };
  // 类别 | 序号 | 指标 …: the category cell spans its rows and is printed on the first only, so a row
  // starts where its serial stands, in the second column.
  const rowCol = width >= 4 && namesCategory(header[0]!.text) && /^(?:序号|编号)$/.test(header[1]!.text.trim()) ? 1 : 0;
  const serials = full.every((l) => SERIAL.test(l.pieces[rowCol]!.text.trim()));
  // Where the cells of each column start in the rows that fill every column: a wrapped cell's next
  // line starts there too, under its first.
  const cellStarts = [Math.min(...full.map((l) => l.pieces[0]!.from)), ...firstStarts];
  // A group's name centred over the table or set in a little (一、优化政务服务 over numbered rows) stands
  // in no column as a cell's line does: across a boundary, or off where its column's cells start. A
  // name, no sentence: a wrapped cell's line that opens with （二） goes on with its text.
  const standsOut = (p: Piece): boolean => {
    if (p.text.length > 30 || /[。；;，,：:]/.test(p.text)) return false;
    const c = columnOf(p);
    return c === null || Math.abs(p.from - cellStarts[c]!) > 1;
  };
  const entries: Entry[] = [];
  let stopped: SourceLine | null = null;
  for (const { line, pieces } of pieced) {
    // A line starting in the first column alone, naming a group: a row spanning the table, over the rows under it.
    const only = pieces.length === 1 ? pieces[0]! : null;
    if (only && GROUP.test(only.text) && (only.from < (bounds[0] ?? Infinity) || (serials && standsOut(only)))) {
      entries.push({ line, pieces, cols: [0], kind: 'group' });
      continue;
    }
    const cols = pieces.map(columnOf);
    if (cols.some((c) => c === null)) {
      stopped = line;
      break;
    }
    const first = pieces.find((_, i) => cols[i] === rowCol);
    if (first && serials && !SERIAL.test(first.text.trim()) && !TOTAL.test(first.text.trim())) {
      stopped = line;
      break;
    }
    entries.push({ line, pieces, cols: cols as number[], kind: first ? 'row' : 'more' });
  }
  // A group line names the rows under it: with none after it, it is the text going on below the
  // table (二、保障措施 after the last row), not a row of it.
  while (entries.at(-1)?.kind === 'group') entries.pop();
  const grouped = groupRows(entries, serials);
  if (grouped.cut < entries.length) stopped = entries[grouped.cut]!.line;
  const rows = grouped.rows.map((r) => {
    const cells: SourceLine[][] = Array.from({ length: width }, () => []);
    for (const e of r) e.pieces.forEach((p, i) => cells[e.cols[i]!]!.push({ text: p.text, start: p.start }));
    return { cells, group: r[0]!.kind === 'group', at: (r.find((e) => e.kind !== 'more') ?? r[0]!).line.start };
  });
  const lastEntry = grouped.rows.at(-1)?.at(-1);
  if (rows.filter((r) => !r.group).length === 0 || !lastEntry) return { problem: 'its lines do not line up under its columns' };
  const headerRow: CellBlock[] = header.map((p) => ({ ...cellOf([{ text: p.text, start: p.start }], p.start), header: true }));
  const laid = rows.map((r): CellBlock[] => {
    if (r.group) {
      const cell = { ...cellOf(r.cells[0]!, r.at), colspan: width };
      return [cell, ...Array.from({ length: width - 1 }, () => ({ ...cell, spanned: true }))];
    }
    return r.cells.map((pieces) => cellOf(pieces, pieces[0]?.start ?? r.at));
  });
  // A row under a category cell printed on the group's first row only: that cell again, as a rowspan is laid out.
  if (rowCol === 1) {
    laid.forEach((cells, k) => {
      const above = laid[k - 1];
      if (k > 0 && !rows[k]!.group && !rows[k - 1]!.group && cells[0]!.text === '' && above && above[0]!.text !== '') cells[0] = { ...above[0]!, spanned: true };
    });
  }
  // A line of cells under the rows read that none of them takes: the rest of the table, unread.
  const unread = stopped && linePieces(stopped).length >= 2 ? stopped.start + stopped.text.search(/\S/) : undefined;
  return { rows: [headerRow, ...laid], last: lastEntry.line, ...(unread !== undefined ? { unread } : {}) };
}

/**
 * The lines of a table grouped into rows, up to `cut` (the first entry not read). A line going on
 * joins the row above, as in a table whose cells stand at the top of their rows; but when lines go
 * on before the first row of a table (or of a group) numbered in its first column, the rows are
 * centred, as a PDF sets them: each row's serial and one-line cells stand halfway down its wrapped
 * cells, so the lines between two serials are split between the row above and the row below (see
 * centredSplits). Where the split cannot be told for certain the rows stop there.
 */
export function groupRows(entries: readonly Entry[], serials: boolean): { rows: Entry[][]; cut: number } {
  const rows: Entry[][] = [];
  let k = 0;
  while (k < entries.length) {
    if (entries[k]!.kind === 'group') {
      rows.push([entries[k]!]);
      k++;
      continue;
    }
    // A run of rows up to the next group line or the end.
    let end = k;
    while (end < entries.length && entries[end]!.kind !== 'group') end++;
    const run = entries.slice(k, end);
    if (run[0]!.kind === 'more') {
      if (!serials || !run.some((e) => e.kind === 'row')) return { rows, cut: k };
      const split = centredSplits(run);
      rows.push(...split.rows);
      if (split.cut < run.length) return { rows, cut: k + split.cut };
    } else {
      for (const e of run) {
        if (e.kind === 'row') rows.push([e]);
        else rows.at(-1)!.push(e);
      }
    }
    k = end;
  }
  return { rows, cut: entries.length };
}

/**
 * Splits a run of centred rows: `a` lines above a row's serial and `b` below it differ by one at
 * most (a cell of n lines centred on the serial's line), the first row's `a` being the lines before
 * its serial and the last row's `b` those after the last one. Every split that keeps that for every
 * row is found (forward and backward, by the count above each serial); a gap between two serials
 * that all such splits cut at the same line is certain, and the rows are read up to the first that
 * is not. A row does not end on a line whose cell breaks off inside a clause, and no cell of it skips a line.
 */
/** The end of a piece of a cell that goes on in the next line: a comma, an enumeration comma, an open bracket. */
const GOES_ON = /[，、,；;：:（(“《]$/;

function centredSplits(run: readonly Entry[]): { rows: Entry[][]; cut: number } {
  const serialAt = run.flatMap((e, i) => (e.kind === 'row' ? [i] : []));
  const n = serialAt.length;
  // gaps[i]: the lines going on between serial i and serial i+1; the lines before the first and after the last.
  const gaps = serialAt.slice(1).map((s, i) => s - serialAt[i]! - 1);
  const lead = serialAt[0]!;
  const tail = run.length - serialAt[n - 1]! - 1;
  // Serial i's row cannot end `b` lines below it on a line whose cell breaks off inside a clause (`…台账，`): the cell, so the row, goes on.
  const ends = (i: number, b: number): boolean => !run[serialAt[i]! + b]!.pieces.some((p) => GOES_ON.test(p.text));
  // Nor can a cell of it skip a line: the lines of a column in a row hold one cell, so follow one another.
  const whole = (i: number, a: number, b: number): boolean => {
    const open = new Set<number>();
    const done = new Set<number>();
    for (let k = serialAt[i]! - a; k <= serialAt[i]! + b; k++) {
      const here = new Set(run[k]!.cols);
      for (const c of here) if (done.has(c)) return false;
      for (const c of open) if (!here.has(c)) done.add(c);
      for (const c of here) open.add(c);
    }
    return true;
  };
  const rowOk = (i: number, a: number, b: number): boolean => Math.abs(a - b) <= 1 && ends(i, b) && whole(i, a, b);
  // forward[i]: the counts above serial i that some split of the rows before it allows.
  const forward: Array<Set<number>> = [new Set([lead])];
  for (let i = 0; i < n - 1; i++) {
    const next = new Set<number>();
    for (const a of forward[i]!) for (let b = 0; b <= gaps[i]!; b++) if (rowOk(i, a, b)) next.add(gaps[i]! - b);
    forward.push(next);
  }
  // backward[i]: the counts above serial i from which the rows from it on can be split.
  const backward: Array<Set<number>> = Array.from({ length: n }, () => new Set<number>());
  for (let a = 0; a <= serialAt[n - 1]! && a <= tail + 1; a++) if (rowOk(n - 1, a, tail)) backward[n - 1]!.add(a);
  for (let i = n - 2; i >= 0; i--) {
    const most = i === 0 ? lead : gaps[i - 1]!;
    for (let a = 0; a <= most; a++) {
      for (let b = 0; b <= gaps[i]!; b++) if (rowOk(i, a, b) && backward[i + 1]!.has(gaps[i]! - b)) backward[i]!.add(a);
    }
  }
  const split = forward.every((f, i) => [...f].some((a) => backward[i]!.has(a)));
  const above = forward.map((f, i) => (split ? [...f].filter((a) => backward[i]!.has(a)) : [...f]));
  const rows: Entry[][] = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    // Row i runs from `from` to the line before row i+1's lines above its serial.
    const endAt = i === n - 1 ? run.length : above[i + 1]!.length === 1 ? serialAt[i + 1]! - above[i + 1]![0]! : -1;
    if (endAt < 0 || (i === n - 1 && !split)) return { rows, cut: from };
    rows.push(run.slice(from, endAt));
    from = endAt;
  }
  return { rows, cut: run.length };
}

/**
 * The spaced tables of a text as table blocks (see findSpacedTables), leaving out those that
 * overlap a table already read (`taken`: a pandoc table); the header of one that cannot be read is
 * reported in `problems` and its lines stay text.
 */
export function spacedTableBlocks(text: string, taken: readonly Block[], problems: SourceDocument['problems']): Block[] {
  const out: Block[] = [];
  for (const t of findSpacedTables(text)) {
    const end = 'problem' in t ? t.start + 1 : t.end;
    if (taken.some((b) => b.start < end && t.start < b.end)) continue;
    if ('problem' in t) {
      problems.push({
        ruleId: 'spaced-table-unread',
        severity: 'warning',
        message: `a table laid out with spaces (a PDF's text) is kept as text: ${t.problem}`,
        offset: t.start,
      });
      continue;
    }
    out.push(tableOfRows(t.rows, t.start, t.end));
    for (const line of t.furniture ?? []) {
      const lead = line.text.search(/[^\s]/);
      const text = line.text.trim();
      const start = line.start + lead;
      out.push({ kind: 'paragraph', text, anchors: [{ text: 0, source: start }], start, end: start + text.length, chrome: true });
    }
    if (t.unread !== undefined) {
      problems.push({
        ruleId: 'spaced-table-unread',
        severity: 'warning',
        message: 'a line of cells under a table laid out with spaces does not stand in its columns: the table is read up to it, the lines from it kept as text',
        offset: t.unread,
      });
    }
  }
  return out;
}
