import type { AnnexRow, AnnexTable, PlanDocument, Position } from '../model/types.js';
import { diffEntities, type EntitySpec, type PlacedRespelling } from './diff-entities.js';
import { proseField, valueField, type CompareContext, type FieldRule } from './fields.js';
import { figureCellChanges } from './figure-cells.js';
import type { RowGoals } from './goals-compared.js';
import type { Change, ChangeKind, DiffEntity, FieldChange, YearChange } from './types.js';
import { compareUnitCells, isUnitColumn, isUnitPair, unitCellRespellings } from './unit-cells.js';

export type { RowGoals };

/**
 * The cells of each version's rows that goals hold (see comparedGoals). `restating`: the table only
 * restates goals the text states (an annex's), so a cell is the goal's only where it holds the goal
 * in both versions; a restating figure added or dropped with the cell is the row's own change.
 */
export interface HeldCells {
  old: RowGoals;
  new: RowGoals;
  restating?: true;
}

/**
 * What annex tables and tables in the plan's text share: rows paired by indicator (and unit), a
 * changed cell named by its column, yearly figures as years.
 */
export interface TableRowsDiff {
  changes: Change[];
  /** Rows in both versions that did not change. */
  unchanged: number;
  /** Units respelt in the rows' unit columns (no change of the rows). */
  respellings: PlacedRespelling[];
}

/** A column of the old table paired with one of the new (-1: that version has no such column). */
interface ColumnPair {
  name: string;
  old: number;
  new: number;
}

/**
 * The columns of two versions of a table of text, paired by header when both name every column
 * once: a column inserted in the middle is that column added, not every later one rewritten.
 * A header only one version has is paired with one only the other has when either holds the
 * other (建设内容 → 主要建设内容), or in order when as many went as came (columns renamed); the
 * rest were added or removed. Without such headers, columns pair by place.
 */
export function pairColumns(
  writtenOld: readonly string[],
  newColumns: readonly string[],
  cells: { old: number; new: number },
  /** The key headers compare by: 总投资（万元） and 总投资(万元) are one header. */
  key: (header: string) => string = (h) => h,
): ColumnPair[] {
  // An old header that keys as a new one is that one, written as the new version writes it.
  const newByKey = new Map(newColumns.map((name) => [key(name), name]));
  const oldColumns = writtenOld.map((name) => newByKey.get(key(name)) ?? name);
  const named = (columns: readonly string[]): boolean => columns.length > 0 && columns.every(Boolean) && new Set(columns).size === columns.length;
  const same = oldColumns.length === newColumns.length && oldColumns.every((name, k) => name === newColumns[k]);
  if (same || !named(oldColumns) || !named(newColumns)) {
    return Array.from({ length: Math.max(cells.old, cells.new) }, (_, k) => ({ name: newColumns[k] || String(k), old: k, new: k }));
  }
  const oldAt = new Map(newColumns.map((name, k) => [k, oldColumns.indexOf(name)]));
  let oldOnly = oldColumns.flatMap((name, k) => (newColumns.includes(name) ? [] : [k]));
  let newOnly = newColumns.flatMap((name, k) => (oldColumns.includes(name) ? [] : [k]));
  // A header reworded around its words (建设内容 → 主要建设内容) is the same column.
  for (const k of newOnly) {
    const name = newColumns[k] ?? '';
    const at = oldOnly.find((j) => name.includes(oldColumns[j] ?? '\u0000') || (oldColumns[j] ?? '').includes(name));
    if (at === undefined) continue;
    oldAt.set(k, at);
    oldOnly = oldOnly.filter((j) => j !== at);
  }
  newOnly = newOnly.filter((k) => (oldAt.get(k) ?? -1) < 0);
  // As many headers gone as come: each renamed, in order.
  if (oldOnly.length === newOnly.length) {
    newOnly.forEach((k, n) => oldAt.set(k, oldOnly[n] ?? -1));
    oldOnly = [];
  }
  const pairs: ColumnPair[] = newColumns.map((name, k) => ({ name, old: oldAt.get(k) ?? -1, new: k }));
  for (const k of oldOnly) pairs.push({ name: oldColumns[k] ?? String(k), old: k, new: -1 });
  // Cells past the headers (a row longer than its header) still pair by place after them.
  for (let j = 0; j < Math.max(cells.old - oldColumns.length, cells.new - newColumns.length); j++) {
    pairs.push({ name: String(newColumns.length + j), old: oldColumns.length + j, new: newColumns.length + j });
  }
  return pairs;
}

/**
 * Each text cell by its column (`cells.指标说明`), for tables of text: the indicator column and the
 * number are compared as fields of their own. A cell of a column only one version has says so
 * (`columnChange`), as a yearly table's does.
 */
function cellChanges(columns: { old: readonly string[]; new: readonly string[] }, a: AnnexRow, b: AnnexRow, ctx: CompareContext): Record<string, FieldChange> {
  const out: Record<string, FieldChange> = {};
  for (const pair of pairColumns(columns.old, columns.new, { old: a.cells.length, new: b.cells.length }, ctx.key)) {
    // The number column.
    if (pair.old === 0 || pair.new === 0) continue;
    const oldText = pair.old < 0 ? null : (a.cells[pair.old] ?? null);
    const newText = pair.new < 0 ? null : (b.cells[pair.new] ?? null);
    if (oldText === a.indicator && newText === b.indicator) continue;
    if ((oldText === null ? null : ctx.key(oldText)) === (newText === null ? null : ctx.key(newText))) continue;
    const change = cellChange(pair, oldText, newText, ctx, columns);
    if (change) out[`cells.${pair.name}`] = change;
  }
  return out;
}

/**
 * The change of one cell of a paired column (null: none); a column only one version has is said
 * once, as that column added or removed (`columnChange`), with its cell.
 */
export function cellChange(
  pair: { old: number; new: number },
  oldText: string | null,
  newText: string | null,
  ctx: CompareContext,
  columns: { old: readonly string[]; new: readonly string[] },
): FieldChange | null {
  const columnChange = pair.old < 0 ? 'added' : pair.new < 0 ? 'removed' : null;
  // A cell of units (责任单位) is a list of units, as a task's: the same units in another order or
  // spelling are no change, and a unit added or removed is named whole, not cut by the redline.
  if (!columnChange && isUnitPair(columns, pair, ctx)) {
    const units = compareUnitCells(oldText ?? '', newText ?? '', ctx);
    if (units) return units.change;
  }
  return {
    old: oldText,
    new: newText,
    redline: ctx.redline(oldText ?? '', newText ?? '', { strict: ctx.strict }),
    ...(columnChange ? { columnChange } : {}),
  };
}

/**
 * Each cell value by its column (a year for yearly tables): `values.2022`. A row keeps the key of
 * every column its table has (null for an empty cell), so a key only one version has is a column
 * added or removed, said as such: there was no figure on the other side to change. A cell that
 * states a range (40—45) has no value, only its `ranges` entry: a range changed (40—45 → 40—48),
 * or given where a figure was, is `ranges.2025` beside it, with the range or null on each side.
 * A cell `held` by a goal in each version that has a figure there is compared as that goal, not
 * again as the row's (a goal's figure set or dropped is the goal added or removed); one that holds
 * a goal's figure in one version and a figure of the row's own in the other is the row's.
 */
function valueChanges(a: AnnexRow, b: AnnexRow, held: { old: ReadonlySet<string>; new: ReadonlySet<string> }, headerKey: (header: string) => string): Record<string, FieldChange> {
  const out: Record<string, FieldChange> = {};
  // A column whose header is written otherwise (总投资（万元） → 总投资(万元)) is the same column: the
  // old row's cells are looked up under the new header.
  const newByKey = new Map(Object.keys(b.values).map((k) => [headerKey(k), k]));
  const oldKeyOf = new Map(Object.keys(a.values).map((k) => [newByKey.get(headerKey(k)) ?? k, k]));
  const hasFigure = (row: AnnexRow, k: string): boolean => (row.values[k] ?? null) !== null || (row.ranges?.[k] ?? null) !== null;
  for (const key of new Set([...oldKeyOf.keys(), ...Object.keys(b.values)])) {
    const oldKey = oldKeyOf.get(key) ?? key;
    const oldGoal = held.old.has(oldKey) || held.old.has(key);
    const newGoal = held.new.has(key);
    if ((oldGoal || newGoal) && (oldGoal || !hasFigure(a, oldKey)) && (newGoal || !hasFigure(b, key))) continue;
    const column = !oldKeyOf.has(key) ? 'added' : !(key in b.values) ? 'removed' : null;
    const oldValue = a.values[oldKey] ?? null;
    const newValue = b.values[key] ?? null;
    if (oldValue !== newValue) out[`values.${key}`] = { old: oldValue, new: newValue, ...(column ? { columnChange: column } : {}) };
    const oldRange = a.ranges?.[oldKey] ?? null;
    const newRange = b.ranges?.[key] ?? null;
    if (oldRange?.value !== newRange?.value || oldRange?.upTo !== newRange?.upTo) {
      out[`ranges.${key}`] = { old: oldRange, new: newRange, ...(column ? { columnChange: column } : {}) };
    }
  }
  return out;
}

/** A row's merged cells as the columns each covers, first to last (`2023–2024`), keyed as its `values`. */
function spanList(row: AnnexRow, keyOf: (key: string) => string): string[] {
  return Object.values(row.spans ?? {})
    .filter((keys) => keys.length > 1)
    .map((keys) => `${keyOf(keys[0]!)}–${keyOf(keys[keys.length - 1]!)}`);
}

/**
 * A cell merged over several years (100 over 2023年 and 2024年) written as a cell a year, or the
 * other way: the figures the years read are compared as `values`; the merge itself is `spans`,
 * each version's merged cells as the years they cover (`2023–2024`, none: an empty list), so a
 * value that only moved between a merged cell and a year's own is said once, as the merge.
 */
function spansChange(a: AnnexRow, b: AnnexRow, headerKey: (header: string) => string): Record<string, FieldChange> {
  if (!a.spans && !b.spans) return {};
  // Old keys read as the new version writes them (总投资（万元） → 总投资(万元)).
  const newByKey = new Map(Object.keys(b.values).map((k) => [headerKey(k), k]));
  const oldSpans = spanList(a, (k) => newByKey.get(headerKey(k)) ?? k);
  const newSpans = spanList(b, (k) => k);
  if (oldSpans.join('\u0001') === newSpans.join('\u0001')) return {};
  return {
    spans: { old: oldSpans, new: newSpans, added: newSpans.filter((x) => !oldSpans.includes(x)), removed: oldSpans.filter((x) => !newSpans.includes(x)) },
  };
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

const NO_GOALS: RowGoals = () => new Set();

/** The cells of a pair of rows held by goals, in each version (see HeldCells). */
function heldIn(goals: HeldCells, a: AnnexRow, b: AnnexRow): { old: ReadonlySet<string>; new: ReadonlySet<string> } {
  const held = { old: goals.old(a), new: goals.new(b) };
  if (!goals.restating) return held;
  const both = new Set([...held.old].filter((k) => held.new.has(k)));
  return { old: both, new: both };
}

/**
 * What classes a row beside its indicator: the category spanning the rows above it (一、经济发展)
 * and the cells before its indicator other than its number (领域 茶产业 | 综合产值). Rows that share
 * an indicator (综合产值 under each 领域) are told apart by it, so blocks reordered pair by it.
 */
function rowClass(r: AnnexRow): string[] {
  const at = r.indicator ? r.cells.findIndex((c) => c.startsWith(r.indicator)) : -1;
  const before = at > 0 ? r.cells.slice(0, at).filter((c) => c !== r.number) : [];
  return r.group ? [r.group, ...before] : before;
}

function rowSpec(
  kind: ChangeKind,
  entity: (r: AnnexRow) => DiffEntity,
  columns: { old: readonly string[]; new: readonly string[] },
  text: boolean,
  ctx: CompareContext,
  goals: HeldCells,
): EntitySpec<AnnexRow> {
  // A row both versions read goals from: its indicator and unit are the goals' too, reported there.
  const ofGoals = (a: AnnexRow, b: AnnexRow): boolean => goals.old(a).size > 0 && goals.new(b).size > 0;
  const unlessGoals = (rule: FieldRule<AnnexRow>): FieldRule<AnnexRow> => ({ ...rule, compare: (a, b, c) => (ofGoals(a, b) ? null : rule.compare(a, b, c)) });
  // Whether both versions have a column of units: only then can a row's units be respelt.
  const units = columns.old.some((h) => isUnitColumn(h, ctx)) && columns.new.some((h) => isUnitColumn(h, ctx));
  return {
    kind,
    element: 'row',
    align: {
      keys: [
        (r) => `${ctx.key(r.indicator)}\u0001${ctx.key(r.unit ?? '')}\u0001${rowClass(r).map(ctx.key).join('\u0001')}`,
        (r) => `${ctx.key(r.indicator)}\u0001${ctx.key(r.unit ?? '')}`,
        (r) => ctx.key(r.indicator) || null,
      ],
      similarity: (r) => ctx.key(r.indicator),
    },
    fields: [unlessGoals(proseField('indicator', (r) => r.indicator)), unlessGoals(valueField('unit', (r) => r.unit))],
    moreFields: text
      ? (a, b, ctx) => cellChanges(columns, a, b, ctx)
      : (a, b, c) => {
          const held = heldIn(goals, a, b);
          return { ...valueChanges(a, b, held, c.key), ...spansChange(a, b, c.key), ...figureCellChanges(columns, a, b, new Set([...held.old, ...held.new]), c) };
        },
    number: valueField('number', (r) => r.number),
    entity,
    position: (r) => r.position,
    ...(text ? {} : { years: rowYears }),
    // A unit respelt in a 责任单位 cell is the same respelling as in a task's clause: listed with it.
    ...(units
      ? {
          place: (r: AnnexRow) => ({ number: r.number, title: r.indicator }),
          moreRespellings: (a: AnnexRow, b: AnnexRow, c: CompareContext) =>
            unitCellRespellings(pairColumns(columns.old, columns.new, { old: a.cells.length, new: b.cells.length }, c.key), columns, { old: a.cells, new: b.cells }, c),
        }
      : {}),
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
  goals: HeldCells = { old: NO_GOALS, new: NO_GOALS },
): TableRowsDiff {
  // A table of text cells (an indicator list, a task breakdown) compares its cells, not figures.
  const text = tables.old?.kind === 'text' || tables.new?.kind === 'text';
  const rows = diffEntities(oldRows, newRows, rowSpec(kind, entity, { old: tables.old?.columns ?? [], new: tables.new?.columns ?? [] }, text, ctx, goals), ctx, fallback);
  return { changes: rows.changes, unchanged: rows.unchanged, respellings: rows.respellings };
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
