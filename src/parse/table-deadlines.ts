import type { AnnexTable, Position, Task } from '../model/types.js';
import { substanceKey } from '../text/fold.js';
import { tasksFromTables } from './table-tasks.js';

/** A task table of the text or an annex, as tasksFromTables reads one. */
interface TaskTable {
  title: string;
  label: string;
  table: AnnexTable;
}

/** A text task whose rows in the table give it different deadlines: none is taken. */
export interface DifferingDeadlines {
  task: Task;
  deadlines: string[];
  position: Position;
}

const within = (outer: Position, inner: Position): boolean => outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;

/** The shortest title a row is matched to a task of the text by: shorter ones (推进) name no one task. */
const MIN_TITLE = 4;

/**
 * Deadlines of a task table that restates the text's tasks (a 重点任务分工表 beside tasks written as
 * items, its 完成时限 column the only place they are due): a task of the text that gives no deadline
 * of its own takes its row's. A row restates the one task whose title is the row's, or whose text
 * opens with it, and no other; a table the plan took its tasks from is none of these. A task the
 * table breaks down over several rows (a 重点任务 cell spanning its 具体内容 rows, or written again
 * on each) is matched by that cell, the rows' group: it takes their deadline when they all give the
 * same one, and none when they differ, which is returned to be said. Tasks are changed in place.
 */
export function addTableDeadlines(tasks: Task[], tables: readonly TaskTable[], simplify?: (s: string) => string, firstIsLead = false): DifferingDeadlines[] {
  if (!tasks.some((t) => !t.deadline)) return [];
  const beside = tables.filter((t) => !tasks.some((task) => within(t.table.position, task.position)));
  if (beside.length === 0) return [];
  const key = (s: string): string => substanceKey(simplify ? simplify(s) : s).replace(/[\p{P}\p{S}]+/gu, '');
  const keyed = tasks.map((task) => ({ task, title: key(task.title), text: key(task.text) }));
  const restated = (title: string): Task | null => {
    if (title.length < MIN_TITLE) return null;
    const found = keyed.filter((t) => t.title === title || t.text.startsWith(title));
    return found.length === 1 ? found[0]!.task : null;
  };
  const differing: DifferingDeadlines[] = [];
  for (const table of beside) {
    const rows = tasksFromTables([table], simplify, firstIsLead).tasks;
    // Most tables beside the tasks are of figures, or give no 完成时限: then no task's text is keyed.
    if (!rows.some((row) => row.deadline)) continue;
    for (const row of rows) {
      const task = row.deadline ? restated(key(row.title)) : null;
      if (task && !task.deadline) task.deadline = row.deadline;
    }
    // The rows of each group the table writes (not the table's own section, its caption).
    const groups = new Map<string, Task[]>();
    for (const row of rows) {
      const title = row.section?.title ?? '';
      if (!title || title === table.title || key(title) === key(row.title)) continue;
      groups.set(title, [...(groups.get(title) ?? []), row]);
    }
    for (const [title, members] of groups) {
      const task = restated(key(title));
      if (!task || task.deadline) continue;
      const deadlines = [...new Set(members.map((m) => m.deadline ?? ''))];
      if (deadlines.length === 1 && deadlines[0]) task.deadline = deadlines[0];
      else if (deadlines.some(Boolean)) differing.push({ task, deadlines, position: { start: members[0]!.position.start, end: members[members.length - 1]!.position.end } });
    }
  }
  return differing;
}
