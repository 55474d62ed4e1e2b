import type { AnnexRow, AnnexTable, Position } from '../../model/types.js';
import { yearColumns } from '../annex-years.js';
import type { Rule, RuleContext } from '../rule.js';

const UNIT_COLUMN = /^(?:计量)?单位$/;

/**
 * A yearly target table (columns that are years) is complete: every row has as many cells as
 * the header, a number for every year, and a unit, in the indicator (件) or a 单位 column.
 * Tables without year columns are free-form and not checked.
 */
export const annexShape: Rule = {
  id: 'annex-shape',
  description: 'every row of a yearly annex table has a cell per column, a number for every year and a unit',
  defaultSeverity: 'error',
  check(ctx) {
    for (const annex of ctx.doc.annexes) {
      if (annex.table && yearColumns(annex.table).length > 0) for (const row of annex.table.rows) checkRow(ctx, annex.table, row);
    }
  },
};

function checkRow(ctx: RuleContext, table: AnnexTable, row: AnnexRow): void {
  const name = `row ${row.number}${row.indicator ? ` (${row.indicator})` : ''}`;
  const start = row.position.start;
  // With a cell missing or extra, which year a value belongs to is a guess: report the width only.
  if (row.cells.length !== table.columns.length) {
    ctx.report(`${name} has ${row.cells.length} cells where the header has ${table.columns.length}`, start);
  } else checkValues(ctx, table, row, name);
  const unitColumn = table.columns.findIndex((c) => UNIT_COLUMN.test(c.trim()));
  const unit = row.unit ?? (unitColumn >= 0 ? row.cells[unitColumn]?.trim() : '');
  if (!unit) ctx.report(`${name} gives no unit`, start);
}

function checkValues(ctx: RuleContext, table: AnnexTable, row: AnnexRow, name: string): void {
  const cells = cellPositions(ctx, row);
  for (const { year, index } of yearColumns(table)) {
    const text = row.cells[index]?.trim() ?? '';
    if (text === '') ctx.report(`${name} has no value for ${year}`, row.position.start);
    else if (typeof row.values[String(year)] !== 'number') ctx.report(`${name}: "${text}" for ${year} is not a number`, cells[index] ?? row.position.start);
  }
}

/** Where each cell of a row is written, found in order within the row's span. */
function cellPositions(ctx: RuleContext, row: AnnexRow): Array<Position | undefined> {
  let cursor = row.position.start.offset;
  return row.cells.map((cell) => {
    const found = cell ? ctx.find(cell, row.position, cursor) : null;
    if (found) cursor = found.end.offset;
    return found ?? undefined;
  });
}
