import type { AnnexRow, AnnexTable } from '../model/types.js';

/**
 * The rows spanning a table of text (一、数字产业化 across a 重点任务分解表) that head a row: no rows of
 * the model, whose rows carry them as their `group`, but kept beside it for the readers of a task
 * table's headings (see withHeadingRows).
 */
const HEADING_ROWS = new WeakMap<AnnexRow, readonly AnnexRow[]>();

/** Heading rows under which no row of their table stands (a page break right after them): rows still. */
const TRAILING_HEADINGS = new WeakSet<AnnexRow>();

/** The rows spanning the table right above a row of a table of text, as they were read, for rows read in this run. */
export function headingRowsOver(row: AnnexRow): readonly AnnexRow[] | undefined {
  return HEADING_ROWS.get(row);
}

/**
 * The rows of a table of text without those spanning it, each kept beside the row under it.
 * Headings under which no row stands (the table's last rows) stay rows: nothing else would say
 * them, unless the table goes on after a page break (see joinGroups).
 */
export function withoutHeadingRows(rows: AnnexRow[], heads: readonly boolean[]): AnnexRow[] {
  if (!heads.includes(true)) return rows;
  const kept: AnnexRow[] = [];
  let pending: AnnexRow[] = [];
  rows.forEach((row, r) => {
    if (heads[r]) pending.push(row);
    else {
      if (pending.length > 0) HEADING_ROWS.set(row, pending);
      pending = [];
      kept.push(row);
    }
  });
  for (const row of pending) TRAILING_HEADINGS.add(row);
  return [...kept, ...pending];
}

/**
 * The rows of a table printed across pages, joined: the rows the second part opens with, before a
 * heading of its own, are in the group the first part ended in (or under the headings it ended on).
 */
export function joinGroups(first: readonly AnnexRow[], next: readonly AnnexRow[]): AnnexRow[] {
  let cut = first.length;
  while (cut > 0 && TRAILING_HEADINGS.has(first[cut - 1]!)) cut--;
  const trailing = first.slice(cut);
  const last = trailing.length > 0 ? trailing[trailing.length - 1]!.cells[0]!.trim() : first[cut - 1]?.group;
  if (!last || next.length === 0 || next[0]!.group || HEADING_ROWS.has(next[0]!)) return [...first, ...next];
  const carried: AnnexRow[] = [];
  let open = true;
  for (const row of next) {
    if (open && (row.group || HEADING_ROWS.has(row) || TRAILING_HEADINGS.has(row))) open = false;
    if (!open) {
      carried.push(row);
      continue;
    }
    const moved: AnnexRow = { ...row, group: last };
    if (carried.length === 0 && trailing.length > 0) HEADING_ROWS.set(moved, trailing);
    carried.push(moved);
  }
  return [...first.slice(0, cut), ...carried];
}

/**
 * A table of text with its heading rows back in place (一、数字产业化 spanning a 重点任务分解表): the
 * model keeps them as its rows' `group`, a task table's reader takes them as the headings of its
 * sections. Rows read in this run get back the heading rows as written; a model read from elsewhere
 * (JSON) gets one spanning row per change of group, placed at the row it heads.
 */
export function withHeadingRows(table: AnnexTable): AnnexTable {
  if (table.kind !== 'text' || !table.rows.some((r) => r.group)) return table;
  const rows: AnnexRow[] = [];
  let last: string | undefined;
  for (const row of table.rows) {
    const read = headingRowsOver(row);
    if (read) rows.push(...read);
    else if (row.group && row.group !== last) {
      const cells = table.columns.map(() => row.group!);
      rows.push({ number: '', indicator: row.group, unit: null, values: {}, cells, position: row.position });
    }
    last = row.group;
    rows.push(row);
  }
  return { ...table, rows };
}
