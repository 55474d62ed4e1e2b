import { arabicYears } from '../../text/date.js';
import type { Rule } from '../rule.js';
import { deadlineDates, type DeadlineDate } from '../deadline-dates.js';
import { periodText } from '../period-text.js';

/**
 * A task's deadline falls within the plan: not after the period the plan covers (a 2023—2025
 * plan due in 2026), not before the year the notice was issued (due 2022年底 in a notice of 2023)
 * or, where the notice gives no date, before the period (due 2021 in a 2024—2026 plan), and in a
 * real month; every date it names, in any of the forms deadlineDates reads, a step that leaves its
 * year unsaid (`，9月底前全面推开`) in the year of the date before it.
 */
export const taskDeadline: Rule = {
  id: 'task-deadline',
  description: "a task's deadline is a real month within the plan's period, and not before the year the notice was issued",
  defaultSeverity: 'warning',
  check(ctx) {
    const plan = ctx.doc.plan;
    if (!plan) return;
    const issued = ctx.doc.notice?.date ?? ctx.doc.metadata.writtenDate ?? null;
    const issuedYear = issued ? Number(issued.slice(0, 4)) : null;
    for (const task of plan.tasks) {
      if (!task.deadline) continue;
      const dates = deadlineDates(arabicYears(ctx.match(task.deadline)));
      if (dates.length === 0) continue;
      const at = ctx.find(task.deadline, task.position) ?? task.position;
      const name = `task ${task.label || task.number || task.title}`;
      // Each date of a deadline naming several (启动 in one year, 完成 in the next; 6月 and then 12月
      // of one year) is checked, each out-of-period date once.
      const found = new Map<string, string>();
      for (const date of dates) {
        const { year, month } = date;
        const key = `${year}-${month ?? ''}`;
        if (found.has(key)) continue;
        const due = `${name} is due in ${dueDate(date)}`;
        if (month !== null && (month < 1 || month > 12)) found.set(key, `${name} is due in month ${month} of ${year}${yearTaken(date)}, which does not exist`);
        else if (plan.period.end !== null && year > plan.period.end) found.set(key, `${due}, after the plan's period (${periodText(plan.period)})`);
        else if (issuedYear !== null && year < issuedYear) found.set(key, `${due}, before the notice was issued (${issued})`);
        // With no date of issue, the period's start is the floor; a plan is often issued in the year
        // before its period (a 2024—2026 plan in late 2023, due 2023年底前 for its preparations), so
        // that year is not held against it.
        else if (issuedYear === null && plan.period.start !== null && year < plan.period.start - 1) found.set(key, `${due}, before the plan's period (${periodText(plan.period)})`);
      }
      for (const message of found.values()) ctx.report(message, at);
    }
  },
};

/** 2026, 2026年6月; a date without its year says whence the year is taken, so the reader can check it. */
const dueDate = (date: DeadlineDate): string => `${date.month === null ? String(date.year) : `${date.year}年${date.month}月`}${yearTaken(date)}`;

const yearTaken = (date: DeadlineDate): string => (date.yearFrom === undefined ? '' : ` (${date.written}, in the year of ${date.yearFrom} before it)`);
