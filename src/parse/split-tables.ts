import type { AnnexTable } from '../model/types.js';
import type { ParseContext } from './context.js';

/** The first (or last) row number written as a serial (1, 2, 3), group rows aside. */
function serialAt(table: AnnexTable, end: 'first' | 'last'): number | null {
  const rows = end === 'first' ? table.rows : [...table.rows].reverse();
  const row = rows.find((r) => /^\d{1,3}$/.test(r.number));
  return row ? Number(row.number) : null;
}

/**
 * Whether `next` continues `table` over a page break (a Word table split across pages, a text
 * table cut by a page number): its header repeated, only page furniture between the two (items
 * `from` to `to`, exclusive), and its rows numbered on from the last row above. A second table
 * under the same header whose numbers start again, or with a caption of its own (the caller
 * checks that), is another table.
 */
export function continuesTable(ctx: ParseContext, table: AnnexTable, next: AnnexTable, between: { from: number; to: number }): boolean {
  if (next.caption || next.kind !== table.kind) return false;
  const key = (cols: readonly string[]): string => cols.map((c) => ctx.normalize(c).replace(/\s+/g, '')).join('|');
  if (key(next.columns) !== key(table.columns)) return false;
  for (let i = between.from + 1; i < between.to; i++) if (ctx.claims[i] !== 'chrome') return false;
  const last = serialAt(table, 'last');
  return last !== null && serialAt(next, 'first') === last + 1;
}

/** The table with the rows of its continuation after its own. */
export function joinTables(table: AnnexTable, next: AnnexTable): AnnexTable {
  const joined: AnnexTable = { ...table, rows: [...table.rows, ...next.rows], position: { start: table.position.start, end: next.position.end } };
  // A note under the part after the page break is the whole table's.
  const notes = [...(table.notes ?? []), ...(next.notes ?? [])];
  if (notes.length > 0) joined.notes = notes;
  return joined;
}
