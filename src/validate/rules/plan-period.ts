import type { Goal, Position } from '../../model/types.js';
import { periodOf } from '../../parse/plan.js';
import { parseNumeral } from '../../text/chinese-numeral.js';
import { arabicYears } from '../../text/date.js';
import { groupBy } from '../group-by.js';
import type { Rule, RuleContext } from '../rule.js';
import { periodText } from '../period-text.js';

/** Words that look past the plan to a longer horizon (展望到2035年): a target beyond the period on purpose. */
const OUTLOOK = /展望|远景|长远/;
/** How far back from a goal the sentence's year may stand (到2025年，A达到…，B达到…). */
const LOOK_BACK = 200;
/** The years a title counts (三年行动计划, 五年规划, 两年攻坚行动), before the kind of plan. */
const COUNTED_YEARS = /(?<![\d一二三四五六七八九十〇零])([一二两三四五六七八九十]|\d{1,2}) ?年(?=行动|攻坚|计划|规划|实施|专项|提升|工作|发展|建设)/;

/**
 * A plan's period runs forward (2023—2025年, not 2025—2023年), and the targets it sets are for
 * years within it: a goal for 2027 in a plan for 2023—2025 has a mistyped year or belongs to
 * another plan. A year before the period (the base year) and an outlook (展望2035年) are not
 * targets of the plan and are left alone, unless that year is written as one to reach (到2023年).
 * A task's deadline is task-deadline's concern.
 */
export const planPeriod: Rule = {
  id: 'plan-period',
  description: "the plan's period runs forward (2023—2025年), agrees with the years its title counts and the notice's title, and its goals' years lie within it",
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
    checkTitles(ctx, start, end);
    const outside = plan.goals.filter((g) => g.year !== undefined && (g.year > end || g.year < start - 1 || (g.year === start - 1 && setFor(ctx, g))));
    for (const goals of groupBy(outside, (g) => `${g.year}|${g.sentence}`).values()) {
      const goal = goals[0]!;
      if (OUTLOOK.test(goal.sentence)) continue;
      const indicators = goals.map((g) => g.indicator).join(', ');
      ctx.report(
        `the goal for ${goal.year} (${indicators}) lies outside the plan's period ${periodText({ start, end })}`,
        yearPosition(ctx, goal) ?? goal.position,
        { severity: 'warning' },
      );
    }
  },
};

/**
 * A 三年行动计划 covers three years: a title that counts its years and gives a period of another
 * length has one of them mistyped; and the notice that publishes a plan names it with the plan's
 * own period (…三年行动计划（2024—2026年）的通知 over a plan titled （2024—2025年） is a typo in one).
 */
function checkTitles(ctx: RuleContext, start: number, end: number): void {
  const plan = ctx.doc.plan!;
  const title = plan.title;
  const titleAt = plan.titlePosition;
  if (!title || !titleAt) return;
  const counted = COUNTED_YEARS.exec(ctx.match(title));
  const years = counted ? (/^\d+$/.test(counted[1]!) ? Number(counted[1]) : parseNumeral(counted[1]!)) : null;
  if (years !== null && start !== end && end - start + 1 !== years) {
    ctx.report(`the plan's title counts ${counted![1]}年 but its period ${periodText({ start, end })} covers ${end - start + 1}`, ctx.find(String(start), titleAt) ?? titleAt, { severity: 'warning' });
  }
  const notice = ctx.doc.notice;
  if (!notice?.title || !notice.titlePosition) return;
  const named = periodOf(notice.title);
  if (named.start === null || named.end === null || named.start === named.end || start === end) return;
  if (named.start !== start || named.end !== end) {
    ctx.report(`the notice's title gives the plan's period as ${periodText(named)}, the plan's title as ${periodText({ start, end })}`, ctx.find(String(start), titleAt) ?? titleAt, { severity: 'warning' });
  }
}

/**
 * Whether a goal's year is written as the year it is to be reached by (到2023年，…达到120亿元;
 * 2023年底前，…), which makes a goal for the year before the period a target out of it, not the
 * base year it starts from (2023年，…达到100亿元; 截至2023年底).
 */
function setFor(ctx: RuleContext, goal: Goal): boolean {
  return new RegExp(`(?<!截)(?:到|至) ?${goal.year} ?年|${goal.year} ?年 ?(?:底|末)? ?(?:前|以前)`).test(arabicYears(ctx.match(goal.sentence)));
}

/** Where the goal's year is written: its last mention before the goal's figure, in the same sentence. */
function yearPosition(ctx: RuleContext, goal: Goal): Position | null {
  const within = ctx.span(Math.max(0, goal.position.start.offset - LOOK_BACK), goal.position.end.offset);
  let found: Position | null = null;
  for (let next = ctx.find(`${goal.year}年`, within); next; next = ctx.find(`${goal.year}年`, within, next.end.offset)) found = next;
  return found && ctx.span(found.start.offset, found.end.offset - 1);
}
