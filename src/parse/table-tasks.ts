import type { AnnexTable, Section, Task } from '../model/types.js';
import { fold, substanceKey } from '../text/fold.js';
import { parseLabelledClause } from './responsibility.js';
import { shortHash } from './tasks.js';

/** Column headers that name who leads (牵头单位), takes part (配合单位), or is responsible (责任单位). */
const LEAD_COLUMN = /^(?:牵头|主责|主办|责任|负责)(?:单位|部门|机构|机关)$/;
const PART_COLUMN = /^(?:配合|参与|协办|协助|协同)(?:单位|部门|机构|机关)$/;
/** Column headers that say when a task is due (完成时限, 时间节点). */
const DEADLINE_COLUMN = /^(?:完成)?(?:时限|时间|期限|节点)(?:要求|安排)?$|^时间节点$|^进度安排$/;
/** Column headers that name the task itself. */
const TASK_COLUMN = /(?:任务|工作|举措|措施|事项|内容|项目)/;

const squeeze = (s: string): string => fold(s).replace(/[\s:]+/g, '');

export interface TaskTable {
  /** What the table is called: its caption or its annex's title. */
  title: string;
  /** The annex label or caption the table stands under, for the tasks' path. */
  label: string;
  table: AnnexTable;
}

/**
 * Tasks from a 重点任务分解表: each row of a table with a lead-unit column is a task, its units
 * read from the lead and participant cells as a labelled clause would be. Used for plans whose
 * tasks live only in such a table (a table that breaks down tasks already in the text would count
 * them twice).
 */
export function tasksFromTables(tables: readonly TaskTable[], simplify?: (s: string) => string): { tasks: Task[]; sections: Section[] } {
  const norm = (s: string): string => (simplify ? simplify(squeeze(s)) : squeeze(s));
  const tasks: Task[] = [];
  const sections: Section[] = [];
  const ids = new Map<string, number>();
  for (const { title, label, table } of tables) {
    const columns = table.columns.map(norm);
    const lead = columns.findIndex((c) => LEAD_COLUMN.test(c));
    if (lead < 0) continue;
    const part = columns.findIndex((c) => PART_COLUMN.test(c));
    const taskCols = columns.flatMap((c, k) => (k !== lead && k !== part && TASK_COLUMN.test(c) && !/时限|时间|序号/.test(c) ? [k] : []));
    // 重点任务 | 具体措施: the task is the measure; the column before it names the group it is in
    // (often one cell spanning the group's rows).
    const taskCol = taskCols.length > 0 ? taskCols[taskCols.length - 1]! : -1;
    const groupCol = taskCols.length > 1 ? taskCols[0]! : -1;
    const dueCol = columns.findIndex((c) => DEADLINE_COLUMN.test(c));
    const tableSection = { number: '', title };
    let sectionAdded = false;
    const groups = new Map<string, { number: string; title: string }>();
    // Rows that share a number (a 序号 cell spanning the measures of one task) are numbered 1.1, 1.2.
    const sharing = new Map<string, number>();
    for (const row of table.rows) if (row.number) sharing.set(row.number, (sharing.get(row.number) ?? 0) + 1);
    const seenNumber = new Map<string, number>();
    table.rows.forEach((row, k) => {
      const cell = (i: number): string => (i >= 0 ? (row.cells[i] ?? '').trim() : '');
      const clause = [`${table.columns[lead]}:${cell(lead)}`, part >= 0 && cell(part) ? `${table.columns[part]}:${cell(part)}` : ''].filter(Boolean).join(';');
      const parsed = parseLabelledClause(clause, simplify ? simplify(fold(clause)) : fold(clause), false);
      if (!parsed) return;
      const taskTitle = cell(taskCol) || row.indicator || row.cells.find((c, i) => i !== 0 && i !== lead && i !== part && c.trim()) || '';
      const written = row.number || String(k + 1);
      const nth = (seenNumber.get(written) ?? 0) + 1;
      seenNumber.set(written, nth);
      const number = (sharing.get(written) ?? 0) > 1 ? `${written}.${nth}` : written;
      const groupTitle = cell(groupCol);
      let section = tableSection;
      if (groupTitle) {
        const key = `${row.number}\u0000${groupTitle}`;
        if (!groups.has(key)) {
          groups.set(key, { number: row.number, title: groupTitle });
          sections.push({ number: row.number, label: row.number, title: groupTitle, position: row.position });
        }
        section = groups.get(key)!;
      } else if (!sectionAdded) {
        sectionAdded = true;
        sections.push({ number: '', label, title, position: table.position });
      }
      const deadline = cell(dueCol) || parsed.deadline;
      const base = `task-${shortHash(substanceKey(taskTitle))}`;
      const seen = ids.get(base) ?? 0;
      ids.set(base, seen + 1);
      tasks.push({
        id: seen === 0 ? base : `${base}-${seen + 1}`,
        number,
        label: written,
        path: label ? [label, written] : [written],
        title: taskTitle,
        text: taskTitle,
        section,
        lead: parsed.lead,
        participants: parsed.participants,
        roles: parsed.roles,
        ...(deadline ? { deadline } : {}),
        position: row.position,
      });
    });
  }
  return { tasks, sections: tasks.length ? sections : [] };
}
