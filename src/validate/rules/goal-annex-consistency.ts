import type { AnnexTable, Goal, Position } from '../../model/types.js';
import { writtenFigure } from '../../model/goal-figure.js';
import { pairGoalsWithAnnex, type GoalAnnexPair } from '../goal-annex-pairs.js';
import type { Rule, RuleContext } from '../rule.js';
import { rowName } from '../row-name.js';
import { periodText } from '../period-text.js';

/**
 * A target stated in the text agrees with the annex's table: the row's value for the goal's year
 * (the final year when the goal names none) meets the goal as its comparison reads: equals an
 * exact or approximate target, is at or above a floor (3.5%以上, ≥85%), at or below a ceiling
 * (5.5%以内), within a range (5%—6%). Indicators are matched
 * loosely (see indicator-match.ts) and only where the units agree; the pairing lives in
 * goal-annex-pairs.ts, which the report's charts share. The table's years lie within the plan's
 * period, allowing one base year before it; it need not give every year. A goal over several years
 * (三年累计新增, 到2027年新建 in a plan of three years) is compared with a row of running totals
 * (累计) or the table's total column (合计); a row of yearly figures without either may state it as
 * a running total or as each year's additions, so the goal must equal its final year or its sum.
 * A target stated twice for one year is compared each time, as each statement is the plan's word.
 */
export const goalAnnexConsistency: Rule = {
  id: 'goal-annex-consistency',
  description: "the annex's value for each goal's indicator and year meets the goal (equals it, or lies above a floor, below a ceiling, within a range); the annex's years lie within the plan's period",
  defaultSeverity: 'error',
  check(ctx) {
    const { tables, pairs, otherYears, restated } = pairGoalsWithAnnex(ctx.doc, ctx.match);
    const all = [...pairs, ...otherYears, ...restated];
    // A stretch figure (力争达到60%) beside a firm one for the row's year: the annex gives either, and
    // the firm one is held to it; alone, a stretch figure is the goal and is compared.
    const firm = all.filter((p) => !isStretch(ctx, p.goal));
    for (const pair of all) {
      if (isStretch(ctx, pair.goal) && firm.some((p) => p.row === pair.row && p.year === pair.year)) continue;
      if ((pair.annexValue !== null || pair.annexRange) && !pair.agrees) reportMismatch(ctx, pair);
    }
    const period = ctx.doc.plan?.period;
    if (period) for (const { table, years } of tables) checkPeriod(ctx, table, years, period.start, period.end);
  },
};

/** 力争, 争取, 努力, 冲刺: a stretch figure, beside or instead of a firm one. */
const STRETCH = /力争|争取|努力|冲刺/;

function isStretch(ctx: RuleContext, goal: Goal): boolean {
  return STRETCH.test(ctx.match(goal.qualifier ?? ''));
}

function reportMismatch(ctx: RuleContext, { goal, row, year, column, annexValue, annexRange, sum, periodSum, growth }: GoalAnnexPair): void {
  const at = row.position.start;
  // A 单位 cell of a dash or a slash (a coefficient's row) names no unit.
  // 1/10万 after a figure reads 12/10万, as the goal writes it.
  const unit = row.unit && /[\p{L}%‰‱℃]/u.test(row.unit) ? row.unit.replace(/^1 ?\/ ?/, '/') : '';
  // A one-year plan's rise since its base year is that year's: in 2024, not over 2024–2024.
  const when = growth ? (growth.from + 1 === growth.to ? `in ${growth.to}` : `over ${growth.from + 1}–${growth.to}`) : sum ? `over ${sum.from}–${sum.to}` : column === undefined ? `in ${year}` : `over the years (${column})`;
  const figure = annexRange ? `${annexRange.value}—${annexRange.upTo}${unit}` : `${annexValue}${unit}`;
  // A goal of counted work by the plan's last year was held to the row's sum too (新建高标准农田3万亩).
  const gives = growth
    ? `${figure} by ${year}, ${growth.value}${unit} more than in its base year ${growth.from}`
    : sum
    ? `${figure} by ${year} and ${sum.value}${unit} summed over the years`
    : periodSum
      ? `${figure} in ${year} and ${periodSum.value}${unit} summed over the years ${periodSum.from}–${periodSum.to}`
      : figure;
  ctx.report(
    `the goal for ${goal.indicator} ${when} is ${targetText(goal)}, but the annex gives ${gives} (${rowName(row)} at ${at.line}:${at.column})`,
    figurePosition(ctx, goal),
  );
}

/** The target as its comparison reads: 120亿元, at least 3.5%, at most 5.5%, about 2%, 5–6%. */
function targetText(goal: Goal): string {
  const figure = writtenFigure(goal);
  if (goal.comparison === 'at-least' && goal.upTo !== undefined) return `${goal.raw}–${goal.upTo}${goal.unit}`;
  if (goal.comparison === 'at-least') return `at least ${figure}`;
  if (goal.comparison === 'at-most') return `at most ${goal.upTo !== undefined ? `${goal.upTo}${goal.unit}` : figure}`;
  if (goal.comparison === 'about') return `about ${figure}`;
  return figure;
}

function checkPeriod(ctx: RuleContext, table: AnnexTable, years: readonly number[], start: number | null, end: number | null): void {
  // A reversed period (2025—2023年) is period-valid's finding; every year would look outside it.
  if (start !== null && end !== null && start > end) return;
  // A table may give only some years (the target year alone) and a base year before the
  // period (2019 for 2020–2022); a year after the period, or earlier than the base year, is wrong.
  const outside = years.filter((year) => (start !== null && year < start - 1) || (end !== null && year > end));
  if (outside.length === 0) return;
  const columns = outside.length === 1 ? `a column for ${outside[0]}` : `columns for ${outside.join(', ')}`;
  // At the header cell of the first such column: the first time its year is written in the table.
  const header = ctx.find(String(outside[0]), table.position);
  ctx.report(`the annex table has ${columns}, outside the plan's period ${periodText({ start, end })}`, header ?? table.position.start);
}

/** Where the goal's figure is written (the last time it occurs in the goal's span). */
function figurePosition(ctx: RuleContext, goal: Goal): Position {
  let found: Position | null = null;
  for (let next = ctx.find(goal.raw, goal.position); next; next = ctx.find(goal.raw, goal.position, next.end.offset)) found = next;
  return found ?? goal.position;
}
