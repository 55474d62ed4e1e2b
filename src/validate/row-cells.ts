import type { Position } from '../model/types.js';
import type { RuleContext } from './rule.js';

/**
 * Where each cell of a table row stands, from the content blocks inside the row's span (a cell
 * of a real table, a line of a table flattened one cell per line), when there are exactly as
 * many as the table has columns; else null, since which block is which cell would be a guess.
 * An empty cell has a place too, which a search for its text could not give.
 */
export function rowCellPositions(ctx: RuleContext, row: Position, width: number): Position[] | null {
  const cells = ctx.blocks.filter((b) => row.start.offset <= b.start && b.end <= row.end.offset);
  return cells.length === width ? cells.map((b) => ctx.span(b.start, b.end)) : null;
}
