import { annexCellRestatesGoal, restatesGoal, sameTarget } from '../model/goal-target.js';
import type { AnnexRow, AnnexTable, Goal, PlanDocument } from '../model/types.js';
import { NOT_APPLICABLE } from '../parse/annex.js';

/**
 * What of a row is compared as the goals read from it (表1 主要目标): the keys of the cells they
 * were read from; a row with any has its indicator and unit compared as those goals' too.
 */
export type RowGoals = (row: AnnexRow) => ReadonlySet<string>;

/** A version's goals as the diff compares them, and the cells of its tables that hold them. */
export interface ComparedGoals {
  goals: Goal[];
  /** Whether a goal of the version was read from a row of one of its tables. */
  fromTable: (goal: Goal) => boolean;
  rowGoals: RowGoals;
  /** The cells of the rows of the version's annex tables that restate one of its goals exactly (see annexCellRestatesGoal). */
  annexRowGoals: RowGoals;
  /**
   * The cells of the version's tables that restate a goal of its text (表1 主要指标's 2026年 under the
   * sentence's target; an annex 重点指标分解表's 2024年 under a goal it states again exactly).
   */
  restatedIn: (goal: Goal) => RestatingCell[];
}

/** A table cell that restates a goal of the text: its table, its row and the `values` key it was read under. */
export interface RestatingCell {
  table: string | null;
  columns: readonly string[];
  row: AnnexRow;
  key: string;
}

/** Whether a position's start lies within a row. */
const within = (row: AnnexRow, offset: number): boolean => offset >= row.position.start.offset && offset <= row.position.end.offset;

/**
 * The key of the one cell of a row that holds a figure (of the goal's year where that cell does):
 * `holds` says which cells do.
 */
function cellOf(row: AnnexRow, year: number | undefined, holds: (key: string) => boolean): string | undefined {
  const keys = Object.keys(row.values).filter(holds);
  const key = year !== undefined ? String(year) : null;
  return key !== null && keys.includes(key) ? key : keys.length === 1 ? keys[0] : undefined;
}

/**
 * The goals of a version compared as goals, and the cells of the rows of its tables (表1 主要指标)
 * that hold them. A table in a goal section gives one goal a row, from its target year's cell; the
 * parse keeps the text's goal alone where the row restates it (the same figure, or the same
 * quantity in another scale: see restatesGoal), and that cell is the text's goal's too, so a
 * target changed in the text and the table is one change of the goal. A row that states another
 * figure than the text for the same target (which `plan validate` reports as goal-restated) is
 * not a second goal: its cell is the row's, compared as a cell, and the target is the text's.
 * An annex's table of figures (重点指标分解表, outside the goal section) gives no goals, but a cell of
 * it that states a goal again exactly (the same indicator, year, figure and unit: see
 * annexCellRestatesGoal) is the goal's in the same way, so the change is the goal's, once.
 */
export function comparedGoals(doc: PlanDocument, key: (text: string) => string): ComparedGoals {
  // The goals, the tables and the annexes each ask this of both versions: worked out once per version and key.
  const known = computed.get(doc);
  if (known?.key === key) return known.goals;
  const goals = goalsOf(doc, key);
  computed.set(doc, { key, goals });
  return goals;
}

const computed = new WeakMap<PlanDocument, { key: (text: string) => string; goals: ComparedGoals }>();

function goalsOf(doc: PlanDocument, key: (text: string) => string): ComparedGoals {
  const body = bodyTableGoals(doc, key);
  const annexes = annexTables(doc);
  // An annex row restates the goals compared, whichever of the text or a goal table states them.
  const annexRowGoals: RowGoals = (row) => {
    const held = new Set<string>();
    for (const g of body.goals) {
      const cell = annexRestatingCell(row, g, key);
      if (cell !== undefined) held.add(cell);
    }
    return held;
  };
  const inAnnexes = (goal: Goal): RestatingCell[] =>
    annexes.flatMap(({ name, table }) =>
      table.rows.flatMap((row) => {
        const cell = annexRestatingCell(row, goal, key);
        return cell === undefined ? [] : [{ table: name, columns: table.columns, row, key: cell }];
      }),
    );
  return { ...body, annexRowGoals, restatedIn: (goal) => [...body.restatedIn(goal), ...inAnnexes(goal)] };
}

/** The goals compared and the cells of the tables in the plan's text that hold them (see comparedGoals). */
function bodyTableGoals(doc: PlanDocument, key: (text: string) => string): Omit<ComparedGoals, 'annexRowGoals'> {
  const all = doc.plan?.goals ?? [];
  const rows = (doc.tables ?? []).flatMap((t) => t.table.rows);
  if (rows.length === 0) return { goals: [...all], fromTable: () => false, rowGoals: () => new Set(), restatedIn: () => [] };
  const rowOf = new Map<Goal, AnnexRow>();
  for (const g of all) {
    const row = rows.find((r) => within(r, g.position.start.offset));
    if (row) rowOf.set(g, row);
  }
  const inText = all.filter((g) => !rowOf.has(g));
  const goals = all.filter((g) => !rowOf.has(g) || !inText.some((t) => sameTarget(t, g, key)));
  const rowGoals: RowGoals = (row) => {
    const held = new Set<string>();
    for (const g of goals) {
      if (rowOf.has(g)) {
        // By place: a change carries a copy of the row, with its table's caption.
        if (!within(row, g.position.start.offset)) continue;
        const cell = cellOf(row, g.year, (k) => row.values[k] === g.value || (row.ranges?.[k]?.value === g.value && row.ranges[k]?.upTo === g.upTo));
        if (cell !== undefined) held.add(cell);
        continue;
      }
      const cell = restatingCell(row, g);
      if (cell !== undefined) held.add(cell);
    }
    return held;
  };
  const restatedIn = (goal: Goal): RestatingCell[] => {
    if (rowOf.has(goal)) return [];
    return (doc.tables ?? []).flatMap((t) =>
      t.table.rows.flatMap((row) => {
        const key = restatingCell(row, goal);
        return key === undefined ? [] : [{ table: t.caption, columns: t.table.columns, row, key }];
      }),
    );
  };
  return { goals, fromTable: (g) => rowOf.has(g), rowGoals, restatedIn };
}

/** A version's annex tables of figures, each named as its annex is (附件2 重点指标分解表). */
function annexTables(doc: PlanDocument): Array<{ name: string; table: AnnexTable }> {
  return doc.annexes.flatMap((a) => (a.table && a.table.kind !== 'text' && a.table.rows.length > 0 ? [{ name: [a.label, a.title].filter(Boolean).join(' '), table: a.table }] : []));
}

/**
 * The key of the cell of an annex row that restates a goal exactly (see annexCellRestatesGoal):
 * the goal's year's own column, in the row's unit (its 单位 column, else the table's). A row
 * without a unit is no restatement: the figure alone does not say it is the goal's.
 */
function annexRestatingCell(row: AnnexRow, g: Goal, key: (text: string) => string): string | undefined {
  if (!row.indicator || g.year === undefined || !row.unit?.trim() || NOT_APPLICABLE.test(row.unit.trim())) return undefined;
  const column = String(g.year);
  const value = row.values[column];
  const range = row.ranges?.[column];
  const figure = value !== null && value !== undefined ? { value } : range ? { value: range.value, upTo: range.upTo } : null;
  if (!figure) return undefined;
  return annexCellRestatesGoal(g, { indicator: row.indicator, unit: row.unit, year: g.year, ...figure }, key) ? column : undefined;
}

/** The key of the cell of a row that restates a goal of the text (the same target), if one does. */
function restatingCell(row: AnnexRow, g: Goal): string | undefined {
  if (!row.indicator) return undefined;
  // The unit a row's cells are counted in: its 单位 column, else the goal's as written.
  const unit = row.unit !== null && row.unit.trim() && !NOT_APPLICABLE.test(row.unit.trim()) ? row.unit : g.unit;
  return cellOf(row, g.year, (k) => {
    const value = row.values[k];
    return value !== null && value !== undefined && restatesGoal(g, { indicator: row.indicator, value, unit, year: g.year });
  });
}
