import type { AnnexTable, Position, Task } from '../model/types.js';
import { substanceKey } from '../text/fold.js';
import { tasksFromTables } from './table-tasks.js';

/** A task table of the text or an annex, as tasksFromTables reads one. */
interface TaskTable {
  title: string;
  label: string;
  table: AnnexTable;
}

const within = (outer: Position, inner: Position): boolean => outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;

/** The shortest title a row is matched to a task of the text by: shorter ones (推进) name no one task. */
const MIN_TITLE = 4;

/**
 * Deadlines of a task table that restates the text's tasks (a 重点任务分工表 beside tasks written as
 * items, its 完成时限 column the only place they are due): a task of the text that gives no deadline
 * of its own takes its row's. A row restates the one task whose title is the row's, or whose text
 * opens with it, and no other; a table the plan took its tasks from is none of these. Tasks are
 * changed in place.
 */
export function addTableDeadlines(tasks: Task[], tables: readonly TaskTable[], simplify?: (s: string) => string, firstIsLead = false): void {
  if (!tasks.some((t) => !t.deadline)) return;
  const beside = tables.filter((t) => !tasks.some((task) => within(t.table.position, task.position)));
  if (beside.length === 0) return;
  const rows = tasksFromTables(beside, simplify, firstIsLead).tasks.filter((row) => row.deadline);
  // Most tables beside the tasks are of figures, or give no 完成时限: then no task's text is keyed.
  if (rows.length === 0) return;
  const key = (s: string): string => substanceKey(simplify ? simplify(s) : s).replace(/[\p{P}\p{S}]+/gu, '');
  const keyed = tasks.map((task) => ({ task, title: key(task.title), text: key(task.text) }));
  for (const row of rows) {
    const title = key(row.title);
    if (title.length < MIN_TITLE) continue;
    const found = keyed.filter((t) => t.title === title || t.text.startsWith(title));
    if (found.length !== 1) continue;
    const task = found[0]!.task;
    if (!task.deadline) task.deadline = row.deadline;
  }
}
