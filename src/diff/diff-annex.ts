import type { Annex, AnnexRow, PlanDocument } from '../model/types.js';
import { diffEntities, type EntitySpec } from './diff-entities.js';
import { listField, proseField, valueField, type CompareContext } from './fields.js';
import type { AnnexEntity, AnnexRowEntity, Change, FieldChange, YearChange } from './types.js';

export interface AnnexDiff {
  changes: Change[];
  /** Rows of annexes present in both versions that did not change. */
  unchangedRows: number;
}

function annexEntity(a: Annex): AnnexEntity {
  return { label: a.label, title: a.title, columns: a.table?.columns ?? [], position: a.position };
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

function rowSpec(title: string, columns: readonly string[], text: boolean, ctx: CompareContext): EntitySpec<AnnexRow> {
  return {
    kind: 'annex',
    element: 'row',
    align: {
      keys: [(r) => `${ctx.key(r.indicator)}\u0001${ctx.key(r.unit ?? '')}`, (r) => ctx.key(r.indicator) || null],
      similarity: (r) => ctx.key(r.indicator),
    },
    fields: [proseField('indicator', (r) => r.indicator), valueField('unit', (r) => r.unit)],
    moreFields: text ? (a, b, ctx) => cellChanges(columns, a, b, ctx) : valueChanges,
    number: valueField('number', (r) => r.number),
    entity: (r): AnnexRowEntity => ({ ...r, annex: title }),
    position: (r) => r.position,
    ...(text ? {} : { years: rowYears }),
  };
}

const annexSpec = (ctx: CompareContext): EntitySpec<Annex> => ({
  kind: 'annex',
  element: 'annex',
  align: { keys: [(a) => ctx.key(a.title) || null, (a) => ctx.key(a.label) || null], similarity: (a) => ctx.key(a.title) },
  fields: [proseField('title', (a) => a.title), listField('columns', (a) => a.table?.columns ?? [])],
  entity: annexEntity,
  position: (a) => a.position,
});

/**
 * Annexes are matched by title (then label), and the rows of their tables by indicator; a changed
 * cell is reported on its row as `values.<column>`. An annex added or removed is one change, not
 * one per row.
 */
export function diffAnnexes(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): AnnexDiff {
  const annexes = diffEntities(oldDoc.annexes, newDoc.annexes, annexSpec(ctx), ctx);
  const changes: Change[] = [];
  let unchangedRows = 0;
  for (const step of annexes.steps) {
    if (step.change) changes.push(step.change);
    if (step.old === null || step.new === null) continue;
    const a = oldDoc.annexes[step.old] as Annex;
    const b = newDoc.annexes[step.new] as Annex;
    // A table of text cells (an indicator list, a task breakdown) compares its cells, not figures.
    const text = a.table?.kind === 'text' || b.table?.kind === 'text';
    const rows = diffEntities(a.table?.rows ?? [], b.table?.rows ?? [], rowSpec(b.title, b.table?.columns ?? [], text, ctx), ctx, b.position);
    changes.push(...rows.changes);
    unchangedRows += rows.unchanged;
  }
  return { changes, unchangedRows };
}
