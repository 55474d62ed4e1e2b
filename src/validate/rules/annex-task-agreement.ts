import type { Task } from '../../model/types.js';
import { MIN_TITLE_KEY, taskTitleKey } from '../../text/task-title-key.js';
import type { Rule, RuleContext } from '../rule.js';
import { besideTableTasks, cellPosition, type TableTask } from '../table-tasks.js';

/**
 * A task table that restates the text's tasks (an annex 重点任务分工表 beside tasks that carry
 * their own 牵头单位) names the same lead for the same task. When one is revised and the other
 * not, readers of the annex follow a lead the text no longer gives. A row is paired with a task
 * only when its task cell is that task's title (or the opening of its text) and no other task's,
 * so tables that merely resemble the text are left alone; units compare by key, so an alias or a
 * second spelling of the same body is no disagreement.
 */
export const annexTaskAgreement: Rule = {
  id: 'annex-task-agreement',
  description: "a task table beside the text's tasks names the same lead unit for the same task",
  defaultSeverity: 'warning',
  check(ctx) {
    const rows = besideTableTasks(ctx);
    if (rows.length === 0) return;
    const tasks = ctx.doc.plan?.tasks ?? [];
    for (const row of rows) {
      if (row.task.lead.length === 0) continue;
      const task = pairedTask(ctx, row.task, tasks);
      if (!task || task.lead.length === 0) continue;
      const leads = keys(ctx, task.lead);
      const rowLeads = keys(ctx, row.task.lead);
      if (leads.length === rowLeads.length && leads.every((k) => rowLeads.includes(k))) continue;
      if (sameUnitsUnranked(ctx, row.task, task, rowLeads)) continue;
      if (ranksTheTextsList(ctx, task, rowLeads)) continue;
      report(ctx, row, task);
    }
  },
};

const keys = (ctx: RuleContext, units: readonly string[]): string[] => [...new Set(units.map((u) => ctx.units.key(u)))];

/**
 * A 责任单位 cell that lists the text's lead and its 配合 units together (区商务局、区财政局、区市场监管局
 * beside 牵头单位：区商务局；配合单位：区财政局、区市场监管局): the table names who is responsible
 * without ranking them, and says nothing against the text's lead.
 */
function sameUnitsUnranked(ctx: RuleContext, row: Task, task: Task, rowLeads: readonly string[]): boolean {
  if (row.roles.length === 0 || row.roles.some((r) => r.role !== 'responsible')) return false;
  const all = keys(ctx, [...task.lead, ...task.participants]);
  return all.length === rowLeads.length && all.every((k) => rowLeads.includes(k));
}

/**
 * The mirror of sameUnitsUnranked: the text lists who is responsible without ranking them
 * (（责任单位：市人力资源社会保障局、市财政局）) and the table ranks that list, its lead the unit or units
 * named first (牵头单位 市人力资源社会保障局, 配合单位 市财政局): the first-named leading, as a reader takes such
 * a list, the two agree on who leads. A table leading with a unit named later, or not at all, still disagrees.
 */
function ranksTheTextsList(ctx: RuleContext, task: Task, rowLeads: readonly string[]): boolean {
  if (task.roles.length === 0 || task.roles.some((r) => r.role !== 'responsible')) return false;
  const first = keys(ctx, task.lead).slice(0, rowLeads.length);
  return first.length === rowLeads.length && rowLeads.every((k) => first.includes(k));
}

/** A title as compared: folded, simplified, and as taskTitleKey keys it, as the parser pairs a row with a task. */
const bare = (ctx: RuleContext, s: string): string => taskTitleKey(ctx.match(s));

/** The text's task the row restates: the one whose title is the row's, or whose text opens with it; null when none or several. */
function pairedTask(ctx: RuleContext, row: Task, tasks: readonly Task[]): Task | null {
  const title = bare(ctx, row.title);
  // A cell of a word or two (数字基建) would pair by chance.
  if (title.length < MIN_TITLE_KEY) return null;
  const found = tasks.filter((t) => bare(ctx, t.title) === title || bare(ctx, t.text).startsWith(title));
  return found.length === 1 ? found[0]! : null;
}

function report(ctx: RuleContext, row: TableTask, task: Task): void {
  const header = row.task.roles.find((r) => r.role !== 'participant')?.label ?? '牵头单位';
  const at = task.position.start;
  ctx.report(
    `the task table names ${row.task.lead.join('、')} to lead ${row.task.title}, but task ${task.label || task.number} of the text (at ${at.line}:${at.column}) names ${task.lead.join('、')}`,
    cellPosition(ctx, row, header) ?? row.task.position,
  );
}
