import type { AnnexRow, AnnexTable, Goal, Position } from '../../model/types.js';
import { yearColumns } from '../annex-years.js';
import { indicatorSimilarity, mutualBestPairs } from '../indicator-match.js';
import type { Rule, RuleContext } from '../rule.js';

interface YearRow {
  row: AnnexRow;
  years: number[];
}

/**
 * A target stated in the text agrees with the annex's table: the goal for a year equals the
 * row's value for that year (the final year when the goal names none). Indicators are matched
 * loosely (see indicator-match.ts) and only where the units agree. The table's years are the
 * plan's period, allowing one base year before it.
 */
export const goalAnnexConsistency: Rule = {
  id: 'goal-annex-consistency',
  description: "each goal in the text equals the annex's value for the same indicator and year; the annex's years are the plan's period",
  defaultSeverity: 'error',
  check(ctx) {
    const tables = ctx.doc.annexes.map((a) => a.table).filter((t): t is AnnexTable => t !== null && yearsOf(t).length > 0);
    const rows: YearRow[] = tables.flatMap((t) => t.rows.map((row) => ({ row, years: yearsOf(t) })));
    const goals = ctx.doc.plan?.goals ?? [];
    const score = (goal: Goal, r: YearRow): number =>
      unitsAgree(ctx, goal.unit, r.row.unit) ? indicatorSimilarity(ctx.match(goal.indicator), ctx.match(r.row.indicator)) : 0;
    for (const [goal, r] of mutualBestPairs(goals, rows, score)) compare(ctx, goal, r);
    const period = ctx.doc.plan?.period;
    if (period) for (const table of tables) checkPeriod(ctx, table, period.start, period.end);
  },
};

function compare(ctx: RuleContext, goal: Goal, r: YearRow): void {
  const year = goal.year ?? r.years[r.years.length - 1]!;
  const expected = r.row.values[String(year)];
  if (expected === undefined || expected === null) return;
  if (Math.abs(expected - goal.value) <= 1e-9 * Math.max(1, Math.abs(expected))) return;
  const at = r.row.position.start;
  ctx.report(
    `the goal for ${goal.indicator} in ${year} is ${goal.raw}${goal.unit}, but the annex gives ${expected}${r.row.unit ?? ''} (row ${r.row.number} at ${at.line}:${at.column})`,
    figurePosition(ctx, goal),
  );
}

function checkPeriod(ctx: RuleContext, table: AnnexTable, start: number | null, end: number | null): void {
  const years = yearsOf(table);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  // A base year before the period (2019 for 2020–2022) is usual; later or missing years are not.
  const startOk = start === null || first === start || first === start - 1;
  const endOk = end === null || last === end;
  if (startOk && endOk) return;
  const span = (a: number | null, b: number | null): string => (a === b ? `${a}` : `${a ?? '?'}–${b ?? '?'}`);
  ctx.report(`the annex table covers ${span(first, last)}, but the plan runs ${span(start, end)}`, table.position.start);
}

function yearsOf(table: AnnexTable): number[] {
  return yearColumns(table).map((c) => c.year);
}

function unitsAgree(ctx: RuleContext, a: string | null, b: string | null): boolean {
  return !a || !b || ctx.match(a).trim() === ctx.match(b).trim();
}

/** Where the goal's figure is written (the last time it occurs in the goal's span). */
function figurePosition(ctx: RuleContext, goal: Goal): Position {
  let found: Position | null = null;
  for (let next = ctx.find(goal.raw, goal.position); next; next = ctx.find(goal.raw, goal.position, next.end.offset)) found = next;
  return found ?? goal.position;
}
