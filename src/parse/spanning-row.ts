import type { Position } from '../model/types.js';

/**
 * Where one cell spans a table's row to its end, as a group's name does (一、优化政务服务 over the
 * whole row, or a group's number under 序号 and its name over the rest: 一 | 产业规模): 0 for the
 * whole row, 1 for the cells after its number, -1 for a row of cells of their own. The grid a
 * reader lays out repeats a spanning cell in every column it covers (an HTML colspan, a line of a
 * PDF's table centred over it, a flattened table's group line), each copy where the cell is written:
 * so a run of cells at one place, to the row's end, is one cell.
 */
export function spanningFrom(cells: ReadonlyArray<{ text: string; position: Position }>): number {
  for (const from of [0, 1]) {
    if (cells.length - from < 2) return -1;
    const first = cells[from]!;
    const text = first.text.trim();
    if (text !== '' && cells.slice(from + 1).every((c) => c.position.start.offset === first.position.start.offset && c.text.trim() === text)) return from;
  }
  return -1;
}
