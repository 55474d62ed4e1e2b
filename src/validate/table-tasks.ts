import type { AnnexTable, PlanDocument, Position, Task } from '../model/types.js';
import { statesFirstIsLead } from '../parse/responsibility.js';
import { tasksFromTables } from '../parse/table-tasks.js';
import { fold } from '../text/fold.js';
import type { RuleContext } from './rule.js';
import { rowCellPositions } from './row-cells.js';

/** A task read from a row of a 重点任务分解表, with the table it stands in. */
export interface TableTask {
  task: Task;
  table: AnnexTable;
  /**
   * True for a row of a task table that stands beside the text's own tasks (an annex 重点任务清单
   * breaking down tasks the text already lists): read for the checks only, it is no task of the plan.
   */
  beside?: boolean;
}

const contains = (outer: Position, inner: Position): boolean =>
  outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;

/**
 * The plan's tasks that the parser read from a task table rather than from the outline: those
 * standing inside a table of the text or of an annex. They carry no outline node, so the rules
 * that walk the outline would not see them.
 */
export function tableTasks(doc: PlanDocument): TableTask[] {
  const tables = [...(doc.tables ?? []).map((t) => t.table), ...doc.annexes.flatMap((a) => (a.table ? [a.table] : []))];
  const out: TableTask[] = [];
  for (const task of doc.plan?.tasks ?? []) {
    const table = tables.find((t) => contains(t.position, task.position));
    if (table) out.push({ task, table });
  }
  return out;
}

const besideCache = new WeakMap<PlanDocument, TableTask[]>();

/**
 * The rows of the task tables whose rows the plan did not take as its tasks, because the text has
 * tasks of its own: read as the parser reads such a table, so that a reviewer's checks (an empty
 * 牵头单位 cell, 序号 1, 1, a misspelt unit) reach them too. An annex that restates the text's tasks
 * is where such slips hide, since nobody reads it against the text. A table the plan took some rows
 * of (those restating no task of the text, where the text points to it) stands beside the text all
 * the same: its other rows are here, the rows taken are the plan's (tableTasks).
 */
export function besideTableTasks(ctx: RuleContext): TableTask[] {
  const cached = besideCache.get(ctx.doc);
  if (cached) return cached;
  const tables = [
    ...(ctx.doc.tables ?? []).map((t) => ({ title: t.caption ?? '', label: t.caption ?? '', table: t.table })),
    ...ctx.doc.annexes.flatMap((a) => (a.table ? [{ title: a.title, label: a.label, table: a.table }] : [])),
  ];
  const out: TableTask[] = [];
  if (tables.length > 0 && (ctx.doc.plan?.tasks.length ?? 0) > 0) {
    const taken = new Set(tableTasks(ctx.doc).map((t) => t.task.position.start.offset));
    const firstIsLead = ctx.blocks.some((b) => statesFirstIsLead(ctx.match(b.text)));
    for (const t of tables) {
      const rows = tasksFromTables([t], ctx.match, firstIsLead).tasks;
      // A table the plan's tasks were read from whole has no row left beside them.
      for (const task of rows) if (!taken.has(task.position.start.offset)) out.push({ task, table: t.table, beside: true });
    }
  }
  besideCache.set(ctx.doc, out);
  return out;
}

/** The task tables' rows, those the plan took as its tasks and those beside the text's tasks, each table's in the order written. */
export function allTableTasks(ctx: RuleContext): TableTask[] {
  return [...tableTasks(ctx.doc), ...besideTableTasks(ctx)].sort((a, b) => a.task.position.start.offset - b.task.position.start.offset);
}

const squeeze = (s: string): string => fold(s).replace(/[\s:]+/g, '');

/** Where the cell of a task's row under the column headed `header` stands, when that can be told; else null. */
export function cellPosition(ctx: RuleContext, { task, table }: TableTask, header: string): Position | null {
  const column = table.columns.findIndex((c) => squeeze(c) === squeeze(header));
  if (column < 0) return null;
  return rowCellPositions(ctx, task.position, table.columns.length)?.[column] ?? null;
}
