import type { Position } from '../model/types.js';
import type { Block } from '../source/types.js';
import type { RuleContext } from './rule.js';

/** For each cell block of a real table, the blocks of its row's cells in column order, spanned copies included. */
export const TABLE_ROWS = new WeakMap<Block, readonly Block[]>();

/**
 * Where each cell of a table row stands, from the content blocks inside the row's span (a cell
 * of a real table, a line of a table flattened one cell per line), when there are exactly as
 * many as the table has columns; else null, since which block is which cell would be a guess.
 * An empty cell has a place too, which a search for its text could not give.
 */
export function rowCellPositions(ctx: RuleContext, row: Position, width: number): Position[] | null {
  const cells = ctx.blocks.filter((b) => row.start.offset <= b.start && b.end <= row.end.offset);
  // A real table's row, its grid known: a cell spanning down from a row above (rowspan) stands in
  // it too, though written outside the row's own span, and is counted once.
  const grid = cells.map((b) => TABLE_ROWS.get(b)).find((r) => r !== undefined && r.length === width && r[r.length - 1]!.end === row.end.offset);
  if (grid) return grid.map((b) => ctx.span(b.start, b.end));
  return cells.length === width ? cells.map((b) => ctx.span(b.start, b.end)) : null;
}
