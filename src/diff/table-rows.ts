import type { AnnexRow, AnnexTable, PlanDocument, Position } from '../model/types.js';
import { diffEntities, type EntitySpec } from './diff-entities.js';
import { proseField, valueField, type CompareContext } from './fields.js';
import type { Change, ChangeKind, DiffEntity, FieldChange, YearChange } from './types.js';

/**
 * What annex tables and tables in the plan's text share: rows paired by indicator (and unit), a
 * changed cell named by its column, yearly figures as years.
 */
export interface TableRowsDiff {
  changes: Change[];
  /** Rows in both versions that did not change. */
  unchanged: number;
}

/**
 * Each text cell by its column (`cells.指标说明`), for tables of text: the indicator column and the
 * number are compared as fields of their own.
 */
function cellChanges(columns: readonly string[], a: AnnexRow, b: AnnexRow, ctx: CompareContext): Record<string, FieldChange> {
  const out: Record<string, FieldChange> = {};
  for (let k = 1; k < Math.max(a.cells.length, b.cells.length); k++) {
    const oldText = a.cells[k] ?? null;
    const newText = b.cells[k] ?? null;
    if (oldText === a.indicator && newText === b.indicator) continue;
    const change = proseField<AnnexRow>(`cells.${columns[k] || k}`, (r) => r.cells[k] ?? null).compare(a, b, ctx);
    if (change) out[`cells.${columns[k] || k}`] = change;
  }
  return out;
}

/** Each cell value by its column (a year for yearly tables): `values.2022`. */
function valueChanges(a: AnnexRow, b: AnnexRow): Record<string, FieldChange> {
  const out: Record<string, FieldChange> = {};
  for (const key of new Set([...Object.keys(a.values), ...Object.keys(b.values)])) {
    const oldValue = a.values[key] ?? null;
    const newValue = b.values[key] ?? null;
    if (oldValue !== newValue) out[`values.${key}`] = { old: oldValue, new: newValue };
  }
  return out;
}

/** The cells of year columns (`values.2021`) that changed, as years; other columns are not years. */
function rowYears(_a: AnnexRow, _b: AnnexRow, fields: Readonly<Record<string, FieldChange>>): YearChange[] {
  const out: YearChange[] = [];
  for (const [name, f] of Object.entries(fields)) {
    const year = /^values\.(\d{4})$/.exec(name)?.[1];
    if (year) out.push({ year: Number(year), old: f.old as number | null, new: f.new as number | null });
  }
  return out.sort((x, y) => x.year - y.year);
}

function rowSpec(kind: ChangeKind, entity: (r: AnnexRow) => DiffEntity, columns: readonly string[], text: boolean, ctx: CompareContext): EntitySpec<AnnexRow> {
  return {
    kind,
    element: 'row',
    align: {
      keys: [(r) => `${ctx.key(r.indicator)}\u0001${ctx.key(r.unit ?? '')}`, (r) => ctx.key(r.indicator) || null],
      similarity: (r) => ctx.key(r.indicator),
    },
    fields: [proseField('indicator', (r) => r.indicator), valueField('unit', (r) => r.unit)],
    moreFields: text ? (a, b, ctx) => cellChanges(columns, a, b, ctx) : valueChanges,
    number: valueField('number', (r) => r.number),
    entity,
    position: (r) => r.position,
    ...(text ? {} : { years: rowYears }),
  };
}

/**
 * The rows of two versions of one table (an annex's, or one in the plan's text): paired by
 * indicator, not by position, so an inserted row is one row added, not every later row changed.
 */
export function diffTableRows(
  oldRows: readonly AnnexRow[],
  newRows: readonly AnnexRow[],
  tables: { old: AnnexTable | null; new: AnnexTable | null },
  kind: ChangeKind,
  entity: (r: AnnexRow) => DiffEntity,
  ctx: CompareContext,
  fallback: Position | null,
): TableRowsDiff {
  // A table of text cells (an indicator list, a task breakdown) compares its cells, not figures.
  const text = tables.old?.kind === 'text' || tables.new?.kind === 'text';
  const rows = diffEntities(oldRows, newRows, rowSpec(kind, entity, tables.new?.columns ?? [], text, ctx), ctx, fallback);
  return { changes: rows.changes, unchanged: rows.unchanged };
}


/**
 * The rows of a document's tables that are compared as tasks (a 重点任务分解表 the plan's tasks were
 * read from) or as their groups (a row spanning the table): by where they start, since a task read
 * from a row has the row's position. Such rows are left out of the table's comparison, so that a
 * changed unit is one change of the task, not also one of the row.
 */
export function rowsReadAsTasks(doc: PlanDocument): (row: AnnexRow) => boolean {
  const starts = new Set<number>();
  for (const t of doc.plan?.tasks ?? []) starts.add(t.position.start.offset);
  for (const s of doc.plan?.sections ?? []) starts.add(s.position.start.offset);
  return (row) => starts.has(row.position.start.offset);
}
