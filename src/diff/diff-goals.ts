import type { Goal, PlanDocument } from '../model/types.js';
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
        valueField('value', (g) => g.value),
        valueField('upTo', (g) => g.upTo ?? null),
        rawAsWritten,
        valueField('unit', (g) => g.unit),
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
