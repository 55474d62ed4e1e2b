import type { AnnexRow } from '../model/types.js';

/** Where a task table's groups and units stand, for filling the unit cells a span left empty. */
export interface UnitColumns {
  /** The column naming each row's group (任务类别), as written: empty where its cell spans the row. */
  group: number;
  /** The column of the units that lead; an empty cell there is what marks a continued row. */
  lead: number;
  /** Every unit column (lead, other lead-like columns, participants). */
  units: readonly number[];
  /** The task column: a row without a task of its own continues nothing. */
  task: number;
  /** A row heading the rows under it (一、… across the table, or 一 | its name in the 序号 column). */
  isHeading: (row: AnnexRow) => boolean;
}

const text = (row: AnnexRow, i: number): string => (i >= 0 ? (row.cells[i] ?? '').trim() : '');

/**
 * The rows with the unit cells a merged cell left empty filled from the row above: a Word table
 * whose 责任单位 cell spans several tasks loses the span when converted to Markdown or text, the
 * units written once over empty cells. A task always has a lead, so an empty lead cell under a
 * filled one is such a span, but only where the table shows it writes spans so: the row's group
 * cell is empty too, the group of the row above written once over it (a group's first row, a
 * table whose groups are written in every row or laid out from a rowspan, or a table without a
 * group column keeps its empty cell, and its task its missing lead). The other
 * unit cells of such a row are filled only when empty as well (the whole block of units spans the
 * rows); a row that names its own lead keeps its empty 配合单位 as "none".
 */
export function fillUnitSpans(rows: readonly AnnexRow[], cols: UnitColumns): AnnexRow[] {
  if (cols.group < 0 || cols.lead < 0) return [...rows];
  let above: AnnexRow | null = null;
  return rows.map((row) => {
    if (cols.isHeading(row)) {
      above = null;
      return row;
    }
    const from = above as AnnexRow | null;
    const continued =
      from !== null &&
      !text(row, cols.lead) &&
      text(from, cols.lead) !== '' &&
      text(row, cols.task) !== '' &&
      !text(row, cols.group);
    if (!continued) return (above = row);
    const cells = row.cells.map((c, i) => (cols.units.includes(i) && !c.trim() ? (from.cells[i] ?? '') : c));
    return (above = { ...row, cells });
  });
}
