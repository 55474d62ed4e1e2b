import { arabicYears } from '../../text/date.js';
import type { Rule } from '../rule.js';

/** The year and month a deadline names (2024年6月底前 → 2024, 6), as written in the matching copy, its years in digits. */
const DUE = /(\d{4}) ?年(?: ?(\d{1,2}) ?月)?/;

/**
 * A task's deadline falls within the plan: not after the period the plan covers (a 2023—2025
 * plan due in 2026), not before the year the notice was issued (due 2022年底 in a notice of 2023),
 * and in a real month.
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
      const due = DUE.exec(arabicYears(ctx.match(task.deadline)));
      if (!due) continue;
      const year = Number(due[1]);
      const month = due[2] ? Number(due[2]) : null;
      const at = ctx.find(task.deadline, task.position) ?? task.position;
      const name = `task ${task.label || task.number || task.title}`;
      if (month !== null && (month < 1 || month > 12)) {
        ctx.report(`${name} is due in month ${month} of ${year}, which does not exist`, at);
      } else if (plan.period.end !== null && year > plan.period.end) {
        ctx.report(`${name} is due in ${year}, after the plan's period (${plan.period.start ?? ''}—${plan.period.end}年)`, at);
      } else if (issuedYear !== null && year < issuedYear) {
        ctx.report(`${name} is due in ${year}, before the notice was issued (${issued})`, at);
      }
    }
  },
};
