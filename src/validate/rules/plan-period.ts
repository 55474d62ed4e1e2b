import type { Goal, Position } from '../../model/types.js';
import { arabicYears } from '../../text/date.js';
import { groupBy } from '../group-by.js';
import type { Rule, RuleContext } from '../rule.js';

/** Words that look past the plan to a longer horizon (展望到2035年): a target beyond the period on purpose. */
const OUTLOOK = /展望|远景|长远/;
/** How far back from a goal the sentence's year may stand (到2025年，A达到…，B达到…). */
const LOOK_BACK = 200;

/**
 * A plan's period runs forward (2023—2025年, not 2025—2023年), and the targets it sets are for
 * years within it: a goal for 2027 in a plan for 2023—2025 has a mistyped year or belongs to
 * another plan. A year before the period (the base year) and an outlook (展望2035年) are not
 * targets of the plan and are left alone, unless that year is written as one to reach (到2023年).
 * A task's deadline is task-deadline's concern.
 */
export const planPeriod: Rule = {
  id: 'plan-period',
  description: "the plan's period runs forward (2023—2025年), and its goals' years lie within it",
  defaultSeverity: 'error',
  check(ctx) {
    const plan = ctx.doc.plan;
    const { start, end } = plan?.period ?? { start: null, end: null };
    if (!plan || start === null || end === null) return;
    if (start > end) {
      const title = plan.titlePosition ?? ctx.doc.notice?.titlePosition;
      const at = (title && ctx.find(String(start), title)) ?? title ?? { line: 1, column: 1, offset: 0 };
      ctx.report(`the plan's period runs backwards, ${start} to ${end}; write ${end}—${start}年`, at);
      return;
    }
    const outside = plan.goals.filter((g) => g.year !== undefined && (g.year > end || g.year < start - 1 || (g.year === start - 1 && setFor(ctx, g))));
    for (const goals of groupBy(outside, (g) => `${g.year}|${g.sentence}`).values()) {
      const goal = goals[0]!;
      if (OUTLOOK.test(goal.sentence)) continue;
      const indicators = goals.map((g) => g.indicator).join(', ');
      ctx.report(
        `the goal for ${goal.year} (${indicators}) lies outside the plan's period ${start}–${end}`,
        yearPosition(ctx, goal) ?? goal.position,
        { severity: 'warning' },
      );
    }
  },
};

/**
 * Whether a goal's year is written as the year it is to be reached by (到2023年，…达到120亿元), which
 * makes a goal for the year before the period a target out of it, not the base year it starts
 * from (2023年，…达到100亿元; 截至2023年底).
 */
function setFor(ctx: RuleContext, goal: Goal): boolean {
  return new RegExp(`(?<!截)(?:到|至) ?${goal.year} ?年`).test(arabicYears(ctx.match(goal.sentence)));
}

/** Where the goal's year is written: its last mention before the goal's figure, in the same sentence. */
function yearPosition(ctx: RuleContext, goal: Goal): Position | null {
  const within = ctx.span(Math.max(0, goal.position.start.offset - LOOK_BACK), goal.position.end.offset);
  let found: Position | null = null;
  for (let next = ctx.find(`${goal.year}年`, within); next; next = ctx.find(`${goal.year}年`, within, next.end.offset)) found = next;
  return found && ctx.span(found.start.offset, found.end.offset - 1);
}
