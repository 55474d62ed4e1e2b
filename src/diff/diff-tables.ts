import type { AnnexRow, BodyTable, PlanDocument } from '../model/types.js';
import { diffEntities, type EntitySpec, type PlacedRespelling } from './diff-entities.js';
import { proseField, type CompareContext } from './fields.js';
import { columnsField } from './diff-annex.js';
import { comparedGoals, type RowGoals } from './goals-compared.js';
import { diffTableRows, rowsReadAsTasks } from './table-rows.js';
import type { Change, TableEntity, TableRowEntity } from './types.js';

export interface TablesDiff {
  changes: Change[];
  /** Rows of tables present in both versions that did not change. */
  unchangedRows: number;
  /** Whether either version has a table to compare (one not read wholly as tasks). */
  present: boolean;
  /** Units respelt in the rows' unit columns, listed with the tasks' respellings. */
  respellings: PlacedRespelling[];
}

function tableEntity(t: BodyTable): TableEntity {
  return { caption: t.caption, path: t.path, columns: t.table.columns, position: t.position };
}

// The caption says which table it is; a table without one (or whose 表1 became 表2) is known by
// its columns, and last by the item it stands in.
const tableSpec = (ctx: CompareContext): EntitySpec<BodyTable> => ({
  kind: 'table',
  element: 'table',
  align: {
    keys: [(t) => (t.caption ? ctx.key(t.caption) || null : null), (t) => ctx.key(t.table.columns.join('\u0001')) || null],
    similarity: (t) => ctx.key(`${t.caption ?? ''}${t.table.columns.join('')}`),
    lastKeys: [(t) => (t.path.length ? t.path.map(ctx.key).join('\u0001') : null)],
  },
  fields: [proseField('caption', (t) => t.caption), columnsField<BodyTable>((t) => t.table.columns)],
  entity: tableEntity,
  position: (t) => t.position,
});

/**
 * A row added or removed that holds nothing but goals' figures (its number, indicator and unit
 * aside): it is those goals added or removed, reported as such.
 */
function onlyGoals(change: Change, goals: { old: RowGoals; new: RowGoals }): boolean {
  const row = (change.op === 'added' ? change.new : change.op === 'removed' ? change.old : null) as AnnexRow | null;
  if (!row) return false;
  const held = (change.op === 'added' ? goals.new : goals.old)(row);
  if (held.size === 0) return false;
  return Object.keys(row.values).every((k) => held.has(k) || (row.values[k] === null && !row.ranges?.[k]));
}

/**
 * The tables in the plan's text (表1 年度目标), compared as annex tables are: tables paired by
 * caption (then columns), their rows by indicator, a changed cell named by its column. Rows the
 * plan's tasks were read from are compared as those tasks only, and a table that is nothing but
 * such rows is not compared as a table at all (its caption is the tasks' group). The cell a goal
 * was read from (表1 主要目标's target year), and the indicator and unit of a row read as goals in
 * both versions, are compared as the goal's (see diffGoals); the row's other cells as the row's.
 * A row added or removed with no figure but its goals' is those goals added or removed.
 */
export function diffTables(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): TablesDiff {
  const oldTask = rowsReadAsTasks(oldDoc);
  const newTask = rowsReadAsTasks(newDoc);
  const own = (tables: readonly BodyTable[] | undefined, isTask: (r: AnnexRow) => boolean): BodyTable[] =>
    (tables ?? []).flatMap((t) => {
      const rows = t.table.rows.filter((r) => !isTask(r));
      if (rows.length === 0 && t.table.rows.length > 0) return [];
      return [rows.length === t.table.rows.length ? t : { ...t, table: { ...t.table, rows } }];
    });
  const oldTables = own(oldDoc.tables, oldTask);
  const newTables = own(newDoc.tables, newTask);
  const tables = diffEntities(oldTables, newTables, tableSpec(ctx), ctx);
  const goals = { old: comparedGoals(oldDoc, ctx.key).rowGoals, new: comparedGoals(newDoc, ctx.key).rowGoals };
  const changes: Change[] = [];
  let unchangedRows = 0;
  const respellings: PlacedRespelling[] = [];
  for (const step of tables.steps) {
    if (step.change) changes.push(step.change);
    if (step.old === null || step.new === null) continue;
    const a = oldTables[step.old] as BodyTable;
    const b = newTables[step.new] as BodyTable;
    const rows = diffTableRows(a.table.rows, b.table.rows, { old: a.table, new: b.table }, 'table', (r): TableRowEntity => ({ ...r, table: b.caption }), ctx, b.position, goals);
    changes.push(...rows.changes.filter((c) => !onlyGoals(c, goals)));
    unchangedRows += rows.unchanged;
    respellings.push(...rows.respellings);
  }
  return { changes, unchangedRows, respellings, present: oldTables.length + newTables.length > 0 };
}
