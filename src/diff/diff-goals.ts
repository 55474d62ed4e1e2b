import type { Goal, PlanDocument } from '../model/types.js';
import { sameMeasureUnit } from '../text/measure-units.js';
import { diffEntities, type EntityDiff } from './diff-entities.js';
import { valueField, type CompareContext, type FieldRule } from './fields.js';
import { indicatorWithoutScope, sameIndicatorInScope } from './goal-scope.js';
import type { Change, FieldChange, YearChange } from './types.js';

/** With --strict the figure as written counts too (1,170 against 1170), when the value itself did not change. */
const rawAsWritten: FieldRule<Goal> = {
  name: 'raw',
  compare: (a, b, ctx) => (ctx.strict && a.value === b.value && a.raw !== b.raw ? { old: a.raw, new: b.raw } : null),
};

/** The indicator, as written, except for an area word both sentences give it (see sameIndicatorInScope). */
const indicatorField: FieldRule<Goal> = {
  name: 'indicator',
  compare: (a, b, ctx) => {
    const change = valueField<Goal>('indicator', (g) => g.indicator).compare(a, b, ctx);
    return change && !ctx.strict && sameIndicatorInScope(a, b, ctx.key) ? null : change;
  },
};

/** Multipliers a unit may open with (0.2万个 is 2000个; 1.8万亿元 is 18000亿元). */
const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** A goal's figure as a plain count of its base unit: 0.2 万个 → 2000 个; null without a value. */
function quantity(value: number | null | undefined, unit: string): { amount: number; unit: string } | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  let amount = value;
  let at = 0;
  while (at < unit.length - 1 && MULTIPLIERS[unit[at] as string] !== undefined) amount *= MULTIPLIERS[unit[at++] as string] as number;
  return { amount, unit: unit.slice(at) };
}

const sameAmount = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

/**
 * Whether two goals state one quantity, written with another multiplier (2000个 and 0.2万个) or its
 * unit spelt another way (万m² and 万m2): the target did not change, so neither its value nor its unit is reported.
 */
export function sameQuantity(a: Goal, b: Goal): boolean {
  if (a.unit === b.unit) return false;
  const [x, y] = [quantity(a.value, a.unit ?? ''), quantity(b.value, b.unit ?? '')];
  // 万m² and 万m2 (a page's <sup>2</sup>), or 万平方米: one unit spelt two ways.
  if (!x || !y || !x.unit || !sameMeasureUnit(x.unit, y.unit) || !sameAmount(x.amount, y.amount)) return false;
  const [xTo, yTo] = [quantity(a.upTo ?? null, a.unit ?? ''), quantity(b.upTo ?? null, b.unit ?? '')];
  return xTo === null || yTo === null ? xTo === yTo : sameAmount(xTo.amount, yTo.amount);
}

/** A figure field, no change where the figure is only rewritten with a multiplier (see sameQuantity). */
function figureField(name: string, get: (g: Goal) => unknown): FieldRule<Goal> {
  const rule = valueField<Goal>(name, get);
  return { name, compare: (a, b, ctx) => (!ctx.strict && sameQuantity(a, b) ? null : rule.compare(a, b, ctx)) };
}

/**
 * The year a changed target is for. A goal is one year's target, and an indicator may have one
 * for 2023 and one for 2025: the change has to say which moved. A target moved to another year
 * is that year's figure dropped and the other's set.
 */
function goalYears(a: Goal, b: Goal, fields: Readonly<Record<string, FieldChange>>): YearChange[] {
  if (!fields.value && !fields.year) return [];
  if (a.year === undefined || b.year === undefined) return [];
  if (a.year === b.year) return [{ year: b.year, old: a.value, new: b.value }];
  return [
    { year: a.year, old: a.value, new: null },
    { year: b.year, old: null, new: b.value },
  ].sort((x, y) => x.year - y.year);
}

/**
 * Goals are matched by indicator (and year), then by a similar indicator; their targets are
 * compared. A goal read from a table in the plan's text (表1 主要目标) is compared as the others
 * are: its row leaves that cell to it (see rowsReadAsGoals), so each change is reported once.
 */
export function diffGoals(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): EntityDiff {
  const newPlan = newDoc.plan;
  return diffEntities(
    oldDoc.plan?.goals ?? [],
    newDoc.plan?.goals ?? [],
    {
      kind: 'goal',
      align: {
        keys: [
          (g) => `${ctx.key(g.indicator)}\u0001${g.year ?? ''}`,
          (g) => ctx.key(g.indicator),
          // 全区高新技术企业 and 高新技术企业 in one plan are one indicator (see sameIndicatorInScope).
          (g) => `${ctx.key(indicatorWithoutScope(g.indicator))}\u0001${g.year ?? ''}`,
        ],
        similarity: (g) => ctx.key(g.indicator),
        threshold: 0.6,
      },
      fields: [
        indicatorField,
        figureField('value', (g) => g.value),
        figureField('upTo', (g) => g.upTo ?? null),
        rawAsWritten,
        figureField('unit', (g) => g.unit),
        valueField('qualifier', (g) => g.qualifier ?? null),
        valueField('comparison', (g) => g.comparison),
        valueField('year', (g) => g.year ?? null),
        valueField('relative', (g) => g.relative ?? null),
        valueField('baseYear', (g) => g.baseYear ?? null),
        valueField('partOf', (g) => g.partOf ?? null),
      ],
      entity: (g) => g,
      position: (g) => g.position,
      years: goalYears,
    },
    ctx,
    newPlan?.titlePosition ?? null,
  );
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
