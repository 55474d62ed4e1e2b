import type { AnnexTable, PlanDocument } from '../model/types.js';
import { unitColumns } from '../parse/flat-unit-cells.js';
import { namesNoUnit, plausibleUnits, splitUnits } from '../parse/responsibility.js';
import { fold } from '../text/fold.js';
import { respellings, unitListChange, type CompareContext, type Respelling } from './fields.js';
import type { FieldChange } from './types.js';

/**
 * Whether a table's column holds units (责任单位, 牵头单位, 配合部门), by its header as the task
 * table reader takes it: its cells are lists of units, compared as a task's lists are.
 */
export function isUnitColumn(header: string, ctx?: Pick<CompareContext, 'key' | 'strict'>): boolean {
  const key = ctx && !ctx.strict ? ctx.key(header) : fold(header).replace(/\s+/g, '');
  return !!key && unitColumns([key]).cols.length > 0;
}

/** A cell's units as written, or null when it reads as no list of units (a sentence, a note). */
export function cellUnits(text: string): string[] | null {
  // An empty cell (or /, 无) names none: a list of none, so a cell filled in is its units added.
  const trimmed = text.trim();
  if (!trimmed || namesNoUnit(trimmed)) return [];
  return plausibleUnits(trimmed) ? splitUnits(trimmed) : null;
}

/** What comparing one unit column's cells gives: its change (null when the same units) and the names respelt. */
export interface UnitCellComparison {
  change: FieldChange | null;
  respellings: Respelling[];
}

/**
 * The cells of a unit column in two versions of a row, compared as sets of units: another order or
 * another spelling of the same unit (区发改委 → 区发展改革委) is no change, and a unit added or
 * removed is named whole. Null when either cell reads as no list (the caller compares its text).
 */
export function compareUnitCells(oldText: string, newText: string, ctx: CompareContext): UnitCellComparison | null {
  const oldNames = cellUnits(oldText);
  const newNames = cellUnits(newText);
  if (!oldNames || !newNames) return null;
  return { change: unitListChange(oldNames, newNames, ctx), respellings: respellings(oldNames, newNames, ctx) };
}

/**
 * The units a document's tables name in their unit columns (annexes and tables in the text), so
 * that a second name written there (区工信局（原区经信委）) makes the two names one unit for the
 * diff, as one written in a task's clause does.
 */
export function tableUnitNames(doc: PlanDocument): string[] {
  const tables: AnnexTable[] = [...doc.annexes.flatMap((a) => (a.table ? [a.table] : [])), ...(doc.tables ?? []).map((t) => t.table)];
  const out: string[] = [];
  for (const table of tables) {
    const columns = table.columns.flatMap((c, k) => (isUnitColumn(c) ? [k] : []));
    if (columns.length === 0) continue;
    for (const row of table.rows) for (const k of columns) out.push(...(cellUnits(row.cells[k] ?? '') ?? []));
  }
  return out;
}

/** Whether a column both versions of a table have holds units in each (its header, as each writes it). */
export function isUnitPair(columns: { old: readonly string[]; new: readonly string[] }, pair: { old: number; new: number }, ctx: CompareContext): boolean {
  if (pair.old < 0 || pair.new < 0) return false;
  const [oldHeader, newHeader] = [columns.old[pair.old], columns.new[pair.new]];
  return oldHeader !== undefined && newHeader !== undefined && isUnitColumn(oldHeader, ctx) && isUnitColumn(newHeader, ctx);
}

/**
 * The units respelt in a row's unit columns (`cells.责任单位`), for the diff's `unit` changes: one
 * respelling, wherever it is written, is one change listing its places.
 */
export function unitCellRespellings(
  pairs: ReadonlyArray<{ name: string; old: number; new: number }>,
  columns: { old: readonly string[]; new: readonly string[] },
  cells: { old: readonly string[]; new: readonly string[] },
  ctx: CompareContext,
): Array<Respelling & { field: string }> {
  const out: Array<Respelling & { field: string }> = [];
  for (const pair of pairs) {
    if (!isUnitPair(columns, pair, ctx)) continue;
    const [oldText, newText] = [cells.old[pair.old] ?? '', cells.new[pair.new] ?? ''];
    if (oldText === newText) continue;
    for (const r of compareUnitCells(oldText, newText, ctx)?.respellings ?? []) out.push({ ...r, field: `cells.${pair.name}` });
  }
  return out;
}
