import type { Goal, PlanDocument } from '../model/types.js';
import { commonScale, inCommonScale } from '../model/goal-quantity.js';
import { diffEntities, type EntityDiff } from './diff-entities.js';
import { valueField, type CompareContext, type FieldRule } from './fields.js';
import { goalFigureWritten } from './goal-figure-pattern.js';
import { targetsAcrossKeptYears } from './goal-kept-years.js';
import { indicatorWithoutScope, sameIndicatorInScope } from './goal-scope.js';
import { comparedGoals, type ComparedGoals, type RestatingCell } from './goals-compared.js';
import { valueColumns } from './figure-cells.js';
import { stretchKind, stretchWord } from './goal-stretch.js';
import type { Change, FieldChange, RestatedCell, YearChange } from './types.js';

/** With --strict the figure as written counts too (1,170 against 1170), when the value itself did not change. */
const rawAsWritten: FieldRule<Goal> = {
  name: 'raw',
  compare: (a, b, ctx) => (ctx.strict && a.value === b.value && a.raw !== b.raw ? { old: a.raw, new: b.raw } : null),
};

/**
 * The indicator, as written, except for an area word both sentences give it (see
 * sameIndicatorInScope), or that one goal's sentence writes and the other goal, read from a row of
 * a goal table, leaves to the plan (全区新建公共充电桩 in the text, 新建公共充电桩 in 表1 主要指标):
 * a table's targets are all for the plan's area.
 */
function indicatorField(fromTable: (g: Goal) => boolean): FieldRule<Goal> {
  return {
    name: 'indicator',
    compare: (a, b, ctx) => {
      const change = valueField<Goal>('indicator', (g) => g.indicator).compare(a, b, ctx);
      if (!change || ctx.strict) return change;
      if (sameIndicatorInScope(a, b, ctx.key)) return null;
      const sameBut = ctx.key(indicatorWithoutScope(a.indicator)) === ctx.key(indicatorWithoutScope(b.indicator));
      return sameBut && (fromTable(a) || fromTable(b)) ? null : change;
    },
  };
}


/**
 * A figure field. A figure only rewritten in another scale of its unit (2000个 → 0.2万个), or with
 * its unit spelt another way (万m² → 万平方米), is no change; one that changed with its scale (8000个
 * → 1万个) is compared in the finer unit of the two (8000 → 10000 个), with each figure as written
 * beside it, rather than as 8000 → 1. With --strict, figures compare as written.
 */
function figureField(name: 'value' | 'upTo'): FieldRule<Goal> {
  const rule = valueField<Goal>(name, (g) => (name === 'value' ? g.value : (g.upTo ?? null)));
  return {
    name,
    compare: (a, b, ctx) => {
      const both = ctx.strict ? null : inCommonScale(a, b);
      if (!both) return rule.compare(a, b, ctx);
      const [x, y] = name === 'value' ? [both.old.value, both.new.value] : [both.old.upTo, both.new.upTo];
      if (x === y) return null;
      // One unit spelt two ways (万m², 万平方米), in one scale: the figures as they stand.
      if (!both.rescaled) return { old: x, new: y };
      return { old: x, new: y, unit: both.unit, written: { old: goalFigureWritten(a), new: goalFigureWritten(b) } };
    },
  };
}

/** The unit, as written; one unit in another scale or spelling is the figure's change, or none (see figureField). */
const unitField: FieldRule<Goal> = {
  name: 'unit',
  compare: (a, b, ctx) => (!ctx.strict && commonScale(a, b) ? null : valueField<Goal>('unit', (g) => g.unit).compare(a, b, ctx)),
};

/**
 * The year a changed target is for. A goal is one year's target, and an indicator may have one
 * for 2023 and one for 2025: the change has to say which moved. A target moved to another year
 * is that year's figure dropped and the other's set.
 */
function goalYears(a: Goal, b: Goal, fields: Readonly<Record<string, FieldChange>>, strict: boolean): YearChange[] {
  if (!fields.value && !fields.year) return [];
  if (a.year === undefined || b.year === undefined) return [];
  // Figures in two scales of one unit (8000个, 1万个) as numbers of the finer (8000, 10000).
  const both = strict ? null : inCommonScale(a, b);
  const [x, y] = both ? [both.old.value, both.new.value] : [a.value, b.value];
  if (a.year === b.year) return [{ year: b.year, old: x, new: y }];
  return [
    { year: a.year, old: x, new: null },
    { year: b.year, old: null, new: y },
  ].sort((p, q) => p.year - q.year);
}

/**
 * Goals are matched by indicator (and year), then by a similar indicator; their targets are
 * compared. A goal read from a table in the plan's text (表1 主要目标) is compared as the others
 * are: its row leaves that cell to it (see rowsReadAsGoals), so each change is reported once.
 */
export function diffGoals(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): EntityDiff {
  const newPlan = newDoc.plan;
  const [oldGoals, newGoals] = [comparedGoals(oldDoc, ctx.key), comparedGoals(newDoc, ctx.key)];
  const fromTable = (g: Goal): boolean => oldGoals.fromTable(g) || newGoals.fromTable(g);
  const result = diffEntities(
    oldGoals.goals,
    newGoals.goals,
    {
      kind: 'goal',
      align: {
        keys: [
          // A target and its 力争 stretch share indicator and year: each pairs with its own.
          (g) => `${ctx.key(g.indicator)}\u0001${g.year ?? ''}\u0001${stretchKind(g)}`,
          // One whose stretch word came or went (达到 → 力争达到).
          (g) => `${ctx.key(g.indicator)}\u0001${g.year ?? ''}`,
          (g) => ctx.key(g.indicator),
          // 全区高新技术企业 and 高新技术企业 in one plan are one indicator (see sameIndicatorInScope).
          (g) => `${ctx.key(indicatorWithoutScope(g.indicator))}\u0001${g.year ?? ''}`,
        ],
        similarity: (g) => ctx.key(g.indicator),
        threshold: 0.6,
        // A target is not carried over a year both versions keep (see targetsAcrossKeptYears).
        admits: targetsAcrossKeptYears(oldGoals.goals, newGoals.goals, ctx.key),
      },
      fields: [
        indicatorField(fromTable),
        figureField('value'),
        figureField('upTo'),
        rawAsWritten,
        unitField,
        valueField('qualifier', (g) => g.qualifier ?? null),
        valueField('comparison', (g) => g.comparison),
        valueField('year', (g) => g.year ?? null),
        valueField('relative', (g) => g.relative ?? null),
        valueField('baseYear', (g) => g.baseYear ?? null),
        valueField('partOf', (g) => g.partOf ?? null),
      ],
      entity: (g) => g,
      position: (g) => g.position,
      years: (a, b, fields) => goalYears(a, b, fields, ctx.strict),
    },
    ctx,
    newPlan?.titlePosition ?? null,
  );
  // The label of a stretch target says so, as the word stands in the version shown (see Change.stretch).
  for (const change of result.changes) {
    const word = stretchWord((change.new ?? change.old) as Goal);
    if (word !== null) change.stretch = word;
    const restated = restatedCells(change, oldGoals, newGoals, ctx);
    if (restated.length > 0) change.restated = restated;
  }
  return result;
}

/**
 * The table cells restating a changed goal of the text, paired across the versions by table and
 * column, each at the line of the cell itself (a row flattened one cell a line stands on several).
 */
function restatedCells(change: Change, oldGoals: ComparedGoals, newGoals: ComparedGoals, ctx: CompareContext): RestatedCell[] {
  const place = (c: RestatingCell): { name: string; at: { line: number; column: number } } => {
    const index = [...valueColumns(c.columns, c.row, ctx.key)].find(([, k]) => k === c.key)?.[0];
    const at = (index !== undefined ? c.row.cellStarts?.[index] : undefined) ?? c.row.position.start;
    return { name: index !== undefined ? (c.columns[index] ?? c.key) : c.key, at: { line: at.line, column: at.column } };
  };
  const out: RestatedCell[] = [];
  const byKey = new Map<string, RestatedCell>();
  const sides: Array<['old' | 'new', Goal | null, ComparedGoals]> = [
    ['old', change.old as Goal | null, oldGoals],
    ['new', change.new as Goal | null, newGoals],
  ];
  for (const [side, goal, goals] of sides) {
    if (goal === null) continue;
    for (const cell of goals.restatedIn(goal)) {
      const { name, at } = place(cell);
      const key = `${ctx.key(cell.table ?? '')}\u0001${ctx.key(name)}`;
      let entry = byKey.get(key);
      if (entry === undefined || entry[side] !== null) {
        entry = { table: cell.table, column: name, old: null, new: null };
        byKey.set(key, entry);
        out.push(entry);
      }
      // The new version names the table and column as it writes them.
      if (side === 'new') Object.assign(entry, { table: cell.table, column: name });
      entry[side] = at;
    }
  }
  return out;
}

/** Both versions of the goals the changes report with a changed qualifier or comparison (达到 → 不低于). */
export function goalsRequalified(changes: readonly Change[]): Goal[] {
  return changes.flatMap((c) => {
    if (c.kind !== 'goal' || c.op !== 'modified' || !c.fields) return [];
    if (!('qualifier' in c.fields) && !('comparison' in c.fields)) return [];
    return [c.old as Goal, c.new as Goal];
  });
}

/** The goals a diff reports as added or removed, each with all it says. */
export function goalsReportedWhole(changes: readonly Change[]): Goal[] {
  return changes.flatMap((c) => {
    if (c.kind !== 'goal') return [];
    const goal = c.op === 'added' ? c.new : c.op === 'removed' ? c.old : null;
    return goal ? [goal as Goal] : [];
  });
}
