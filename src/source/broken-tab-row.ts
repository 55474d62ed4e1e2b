import type { CellBlock } from './types.js';

/** A line as the text adapter reads it: its text without surrounding whitespace, and where that starts. */
interface TabLine {
  text: string;
  textStart: number;
}

/** The most lines a row's cells may be broken over (a cell listing one unit a line). */
const MAX_LINES = 12;
/** A line inside a cell: a unit's name or a short paragraph of the cell, not a paragraph of prose. */
export const MAX_PIECE = 60;
const SERIAL = /^\d{1,3}$/;
const LABEL = /[：:]\s*$/;

/**
 * A row of a tab table whose cells hold line breaks, as Word pastes a cell listing one unit a line:
 * `1\t开展…\t区应急局\t区住建委` / `区交通运输局` / `区市场监管局\t2024年12月`, the breaks inside the cell
 * breaking the row's line. Read from line `at` when its lines joined have the table's `width`
 * cells exactly (their tabs one fewer), the first line opening the row with the serial that follows
 * `lastSerial` in the 序号 column (with text, in a table without one), and the lines after it
 * short, as a cell's lines are, none opening the next row with a serial. Returns the
 * index of the row's last line, or null: the row then ends the table as before.
 */
export function brokenRowAt(lines: ReadonlyArray<TabLine | undefined>, at: number, width: number, serialCol: number, lastSerial: number | null): number | null {
  const first = lines[at];
  if (!first || !first.text.includes('\t')) return null;
  const firstCells = first.text.split('\t');
  if (firstCells.length >= width || serialCol >= firstCells.length - 1) return null;
  // With a 序号 column, the row's serial follows the row above's; without one, the row opens with its text.
  const serial = serialCol >= 0 ? (firstCells[serialCol] ?? '').trim() : '';
  if (serialCol >= 0 ? lastSerial === null || !SERIAL.test(serial) || Number(serial) !== lastSerial + 1 : !(firstCells[0] ?? '').trim()) return null;
  let tabs = firstCells.length - 1;
  // Without a serial to anchor the row, a line wholly inside a cell must show the break, and no
  // cell may be a label (索引号：\t… is a page's grid of fields, its lines of unequal width).
  let lineInCell = serialCol >= 0;
  if (!lineInCell && firstCells.some((c) => LABEL.test(c))) return null;
  for (let j = at + 1; j < lines.length && j <= at + MAX_LINES; j++) {
    const line = lines[j];
    if (!line || line.text.length === 0) return null;
    const pieces = line.text.split('\t');
    if (pieces.length === 1) lineInCell = true;
    if (serialCol < 0 && pieces.some((p) => LABEL.test(p))) return null;
    // The next row's serial opens a row, not the rest of a cell.
    if (pieces.length > 1 && SERIAL.test((pieces[0] ?? '').trim())) return null;
    if (pieces.some((p) => p.trim().length > MAX_PIECE)) return null;
    tabs += pieces.length - 1;
    if (tabs === width - 1) return lineInCell ? j : null;
    if (tabs > width - 1) return null;
  }
  return null;
}

/**
 * The cells of a row broken over `lines` (see brokenRowAt): a line's first piece goes on with the
 * cell the line before ended in, its lines joined by a line break (units one a line stay apart),
 * each piece anchored where it stands in the source.
 */
export function brokenRowCells(lines: readonly TabLine[]): CellBlock[] {
  const cells: CellBlock[] = [];
  lines.forEach((line, n) => {
    let at = 0;
    line.text.split('\t').forEach((raw, p) => {
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      const start = line.textStart + at + lead;
      at += raw.length + 1;
      const open = cells[cells.length - 1];
      if (n > 0 && p === 0 && open) {
        if (!text) return;
        const joined = open.text ? `${open.text}\n` : '';
        if (!open.text) open.start = start;
        open.anchors.push({ text: joined.length, source: start });
        open.text = joined + text;
        open.end = start + text.length;
        return;
      }
      cells.push({ text, anchors: text ? [{ text: 0, source: start }] : [], start, end: start + text.length });
    });
  });
  return cells;
}
