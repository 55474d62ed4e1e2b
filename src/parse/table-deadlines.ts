import type { AnnexTable, OutlineNode, Position, Responsibility, Task } from '../model/types.js';
import { fold, substanceKey } from '../text/fold.js';
import { MIN_TITLE_KEY, taskTitleKey } from '../text/task-title-key.js';
import { tasksFromTables } from './table-tasks.js';
import { listsTasks } from './task-list-columns.js';
import { restatesInOtherWords } from './row-restates-task.js';

/** A task table of the text or an annex, as tasksFromTables reads one. */
export interface TaskTable {
  title: string;
  label: string;
  table: AnnexTable;
  /** Where the table stands with its caption or its annex's label above it (see tasksFromTables). */
  position?: Position;
}

/** A text task whose rows in the table give it different deadlines: none is taken. */
export interface DifferingDeadlines {
  task: Task;
  deadlines: string[];
  position: Position;
}

/**
 * Rows of a task table beside the text's tasks, naming who leads them, that restate no task of the
 * text (by title, nor by the group they break down) nor any item of it: with the table they stand
 * in, to be read as tasks where the text points to the table, else said not to be read.
 */
export interface UnmatchedRows<T extends TaskTable = TaskTable> {
  table: T;
  rows: Task[];
}

/** What pairing a task table's rows with the text gives. */
export interface PairedRows<T extends TaskTable = TaskTable> {
  differing: DifferingDeadlines[];
  /** Items of the text that name no unit, each with the clause its row gives it (its units, its deadline). */
  adopted: Map<OutlineNode, Responsibility>;
  unmatched: UnmatchedRows<T>[];
}

const within = (outer: Position, inner: Position): boolean => outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;

/** The clause a row of a task table gives an item of the text that names no unit: the row's units and deadline, as a clause would. */
function rowClause(row: Task): Responsibility {
  return {
    // The cells as the columns spell them: no words of the item's own, so its text stays whole.
    text: row.roles.map((r) => `${r.label}：${r.units.join('、')}`).join('；'),
    roles: row.roles.map((r) => ({ ...r, units: [...r.units] })),
    lead: [...row.lead],
    participants: [...row.participants],
    position: row.position,
    standalone: true,
    ...(row.deadline ? { deadline: row.deadline } : {}),
    ...(row.contacts ? { contacts: [...row.contacts] } : {}),
  };
}

/**
 * Pairs the rows of task tables beside the text's tasks (a 重点任务分解表 annex, or a table in the text
 * standing in no task) with the text. A task of the text that gives no deadline of its own takes its
 * row's (its 完成时限 column the only place it is due). A row restates the one task whose title is
 * the row's, or whose text opens with it, and no other; a table the plan took its tasks from is none
 * of these. A task the table breaks down over several rows (a 重点任务 cell spanning its 具体内容 rows,
 * or written again on each) is matched by that cell, the rows' group: it takes their deadline when
 * they all give the same one, and none when they differ, which is returned to be said.
 *
 * An item of the text that names no unit (（二）推进医养结合。具体任务详见附件。) whose title one row
 * of a task table restates the same way is that row's task: it takes the row's units and deadline
 * (`adopted`, for collectTasks to read as its clause). The rows naming a lead unit that restate
 * nothing of the text, not even in other words beside the same lead (restatesInOtherWords), are
 * returned too. A project list (项目名称, 建设单位, 总投资) lists projects,
 * no tasks: its rows give deadlines to tasks named so, but are never tasks themselves.
 * Tasks are changed in place.
 */
export function pairTableRows<T extends TaskTable>(
  tasks: Task[],
  items: readonly OutlineNode[],
  tables: readonly T[],
  simplify?: (s: string) => string,
  firstIsLead = false,
): PairedRows<T> {
  const paired: PairedRows<T> = { differing: [], adopted: new Map(), unmatched: [] };
  // A table in a task (its breakdown), or one the plan's tasks were read from, restates nothing.
  const beside = tables.filter((t) => !tasks.some((task) => within(task.position, t.table.position) || within(t.table.position, task.position)));
  if (beside.length === 0) return paired;
  // Titles compare as taskTitleKey keys: a row's 。, its number or a closing 工作 is no other task.
  const key = (s: string): string => taskTitleKey(substanceKey(simplify ? simplify(s) : s));
  const keyed = tasks.map((task) => ({ task, title: key(task.title), text: key(task.text) }));
  const keyedItems = items.map((node) => ({ node, title: key(node.title), text: key(node.text) }));
  const unique = <T extends { title: string; text: string }>(list: readonly T[], title: string): T | null => {
    if (title.length < MIN_TITLE_KEY) return null;
    const found = list.filter((t) => t.title === title || t.text.startsWith(title));
    return found.length === 1 ? found[0]! : null;
  };
  const restated = (title: string): Task | null => unique(keyed, title)?.task ?? null;
  const saidIn = (title: string): boolean => title.length >= MIN_TITLE_KEY && keyed.some((t) => t.text.includes(title));
  for (const table of beside) {
    const rows = tasksFromTables([table], simplify, firstIsLead).tasks;
    if (rows.length === 0) continue;
    const tasksListed = listsTasks(table.table.columns.map((c) => fold(c)));
    const lost: Task[] = [];
    for (const row of rows) {
      const title = key(row.title);
      const task = restated(title);
      if (task) {
        if (row.deadline && !task.deadline) task.deadline = row.deadline;
        continue;
      }
      if (!tasksListed) continue;
      const item = row.lead.length > 0 ? unique(keyedItems, title)?.node : undefined;
      if (item && !paired.adopted.has(item)) {
        paired.adopted.set(item, rowClause(row));
        continue;
      }
      // A row of a group that breaks a task down (its deadline taken below, or said to differ) restates
      // it too, and so does one a task's text says further on (培育数字产业集群。建设数字经济产业园。):
      // not lost, though too loose a match to take a deadline by.
      const group = row.section?.title ? restated(key(row.section.title)) : null;
      // So does one naming a task's lead over its title in other words (深化医养融合发展 for 推进医养结合).
      if (!group && row.lead.length > 0 && !saidIn(title) && !restatesInOtherWords(row, tasks, key, simplify)) lost.push(row);
    }
    if (lost.length > 0) paired.unmatched.push({ table, rows: lost });
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
      else if (deadlines.some(Boolean)) paired.differing.push({ task, deadlines, position: { start: members[0]!.position.start, end: members[members.length - 1]!.position.end } });
    }
  }
  return paired;
}

/**
 * Says of one row of a table that it is not read as a task: its number, its task and its lead, at
 * the row, so that whoever follows the position lands on the row to compare with the text; and what
 * to change, as the row is meant: a restatement whose task cell strays from the task's title, or a
 * task of its own that the text should point to (详见附件2 for an annex's table, 见下表 for the text's).
 */
export function unmatchedRowMessage(table: TaskTable, row: Task, annex: boolean): string {
  const where = table.label ? ` in ${table.label}` : '';
  const number = row.label ? `row ${row.label}` : 'a row';
  const pointer = annex ? `详见${table.label && /^附[件表]/.test(table.label) ? table.label.replace(/[\s:：]+$/, '') : '附件'}` : '见下表';
  return (
    `${number} of the task table${where} (${row.title}, led by ${row.lead.join('、')}) restates no task or item of the text ` +
    `(its task cell is no task's title or opening, nor close to the title of one ${row.lead.join('、')} leads) and the text does not point to the table, ` +
    'so it is not read as a task and its units are named only in the table: ' +
    `if it restates a task, write that task's title in its task cell; if it is a task of its own, point to the table from the text (${pointer})`
  );
}
