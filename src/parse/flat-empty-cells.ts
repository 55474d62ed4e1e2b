import type { Position } from '../model/types.js';

/** A flattened table's cell as the annex reader makes it. */
export interface FlatCell<I> {
  text: string;
  match: string;
  item: I;
  offset: number;
  position: Position;
}

/**
 * The empty cells a flattened table writes as a line of spaces alone (`　`), which the reading of
 * the text into lines drops: without them the figures after such a cell would stand a column to
 * the left. Read only where the cells stand one line apart or one blank line apart and the gap
 * between two cells holds, in that layout, one line of spaces per empty cell; any other gap is
 * left as it is. `gapAt(k)` is the source text between cell k-1 and cell k, `at(k)` the offset
 * where cell k starts; the cells are returned with the empty ones in place.
 */
export function withEmptyCells<I>(
  cells: ReadonlyArray<FlatCell<I>>,
  gapAt: (k: number) => string,
  positionAt: (offset: number) => Position,
  startOf: (k: number) => number,
): Array<FlatCell<I>> {
  if (cells.length < 4) return [...cells];
  const gaps = cells.map((_, k) => (k === 0 ? '' : gapAt(k)));
  // Cheap pre-check: no gap holds a space other than the line ends.
  if (!gaps.some((g) => /[^\S\n\r]/.test(g))) return [...cells];
  // The layout: the cells on lines of their own (one line end between two) or a blank line apart (two).
  const ends = (g: string): number => (g.match(/\n/g) ?? []).length;
  const counts = new Map<number, number>();
  for (const g of gaps.slice(1)) counts.set(ends(g), (counts.get(ends(g)) ?? 0) + 1);
  const step = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  if (step !== 1 && step !== 2) return [...cells];
  const out: Array<FlatCell<I>> = [];
  cells.forEach((cell, k) => {
    const gap = gaps[k]!;
    if (k > 0 && ends(gap) > step) {
      // The gap's inner lines: in the layout, each spaced line stands where a cell would.
      const lines = gap.split('\n').slice(1, -1);
      const spaced = lines.map((l) => l.replace(/\r$/, '')).filter((l) => l !== '');
      const fits = spaced.every((l) => /^[^\S\n]+$/.test(l)) && ends(gap) === step * (spaced.length + 1);
      if (fits && spaced.length > 0) {
        const gapStart = startOf(k) - gap.length;
        let at = gapStart + gap.indexOf('\n') + 1;
        for (const line of gap.split('\n').slice(1, -1)) {
          if (line.replace(/\r$/, '') !== '') {
            const position = positionAt(at);
            out.push({ text: '', match: '', item: cell.item, offset: 0, position: { start: position.start, end: position.start } });
          }
          at += line.length + 1;
        }
      }
    }
    out.push(cell);
  });
  return out;
}

/**
 * The empty cells a flattened table writes as a blank line, in a table whose cells stand one line
 * apart: a blank line may as well part two blocks of the text, so one is read as a cell only where
 * it stands inside a numbered row (from its serial, 1, 2 …, to the next) that is otherwise one cell
 * short of the table's usual row, and is the one blank line in that row, the one before the next
 * serial included (an empty last column, 备注, written as a blank line after the row's figures).
 * Without it the figures after it would stand a column to the left, or the row be a cell short.
 * The usual row is the header's width (the cells before the first serial) where most rows write
 * their last cell so and stand one cell short of it. The last row's closing blank cannot be told
 * from the paragraph break that ends the table, so it is read only when other rows' closing blanks
 * were, the last row is one cell short and has no blank inside. Arguments as for withEmptyCells.
 */
export function withBlankCells<I>(
  cells: ReadonlyArray<FlatCell<I>>,
  gapAt: (k: number) => string,
  positionAt: (offset: number) => Position,
  startOf: (k: number) => number,
): Array<FlatCell<I>> {
  if (cells.length < 6) return [...cells];
  const blank = (k: number): boolean => /^\r?\n[^\S\n]*\r?\n$/.test(gapAt(k));
  const blanks: number[] = [];
  let single = 0;
  for (let k = 1; k < cells.length; k++) {
    if (blank(k)) blanks.push(k);
    else if (!gapAt(k).includes('\n\n') && !/\n[^\S\n]*\r?\n/.test(gapAt(k))) single++;
  }
  // Cells a line apart as a rule: a blank line is then no layout of the table's own.
  if (blanks.length === 0 || single < 2 * blanks.length) return [...cells];
  const starts: number[] = [];
  for (let k = 0, serial = 1; k < cells.length; k++) {
    if (cells[k]!.match.trim() === String(serial)) {
      starts.push(k);
      serial++;
    }
  }
  if (starts.length < 2) return [...cells];
  const widths = starts.map((s, r) => (starts[r + 1] ?? cells.length) - s);
  const counts = new Map<number, number>();
  for (const w of widths.slice(0, -1)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  // The header one cell wider than most rows, each closing on a blank line: its width is the row's.
  const closing = starts.slice(1).filter((s) => blanks.includes(s)).length;
  const width = starts[0] === usual + 1 && closing * 2 >= starts.length - 1 ? usual + 1 : usual;
  const at = new Set<number>();
  let closed = false;
  let lastShort = false;
  starts.forEach((s, r) => {
    const end = starts[r + 1] ?? cells.length;
    if (end - s !== width - 1) return;
    // Before the next serial, a blank line closes the row; after the last row, the table.
    const inside = blanks.filter((k) => k > s && (k < end || (k === end && end < cells.length)));
    if (inside.length === 1) {
      at.add(inside[0]!);
      if (inside[0] === end) closed = true;
    } else if (end === cells.length && inside.length === 0) lastShort = true;
  });
  const closeLast = closed && lastShort;
  if (at.size === 0) return [...cells];
  const out: Array<FlatCell<I>> = [];
  cells.forEach((cell, k) => {
    if (at.has(k)) {
      const gap = gapAt(k);
      const position = positionAt(startOf(k) - gap.length + gap.indexOf('\n') + 1);
      out.push({ text: '', match: '', item: cell.item, offset: 0, position: { start: position.start, end: position.start } });
    }
    out.push(cell);
  });
  if (closeLast) {
    const last = cells[cells.length - 1]!;
    const end = last.position.end;
    out.push({ text: '', match: '', item: last.item, offset: 0, position: { start: end, end } });
  }
  return out;
}

/**
 * The empty cells a flattened table writes, as lines of spaces or else as blank lines (the lines of
 * spaces, where there are any, being the table's own way of writing them). Arguments as for withEmptyCells.
 */
export function withWrittenEmptyCells<I>(
  cells: ReadonlyArray<FlatCell<I>>,
  gapAt: (k: number) => string,
  positionAt: (offset: number) => Position,
  startOf: (k: number) => number,
): Array<FlatCell<I>> {
  const spaced = withEmptyCells(cells, gapAt, positionAt, startOf);
  return spaced.length > cells.length ? spaced : withBlankCells(cells, gapAt, positionAt, startOf);
}
