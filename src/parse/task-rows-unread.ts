import type { Annex, AnnexTable, BodyTable } from '../model/types.js';
import type { ParseContext } from './context.js';

const columnsKey = (ctx: ParseContext, table: AnnexTable): string => table.columns.map((c) => ctx.normalize(c).replace(/\s+/g, '')).join('|');

/**
 * An annex's later table under the same columns as its first, the task table the plan's tasks were
 * read from, that was not read as part of it (text stands between the two, or its numbers start
 * again): its rows are no tasks. Said rather than left silent, since such a table is most often the
 * rest of the one the tasks came from, cut by a line the reader did not take for page furniture.
 */
export function reportUnreadTaskRows(ctx: ParseContext, annexes: readonly Annex[], later: readonly BodyTable[]): void {
  for (const body of later) {
    const annex = annexes.find((a) => a.label === body.path[0] && a.table !== undefined && a.table !== null);
    const first = annex?.table;
    if (!annex || !first || first.kind !== 'text' || body.table.rows.length === 0 || columnsKey(ctx, first) !== columnsKey(ctx, body.table)) continue;
    const numbers = body.table.rows.map((r) => r.number).filter((n) => n !== '');
    const rows = numbers.length > 0 ? ` (rows ${numbers[0]}${numbers.length > 1 ? `–${numbers[numbers.length - 1]}` : ''})` : '';
    ctx.report(
      'task-rows-unread',
      'warning',
      `a further table in ${annex.label}${rows} has the columns of the task table above it but is not read as part of it, so its rows are not among the plan's tasks: ` +
        "if it continues that table, let nothing but page furniture stand between the two and number its rows on from the first table's",
      body.position,
    );
  }
}
