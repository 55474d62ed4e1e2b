import type { OutlineNode, Plan } from '../model/types.js';
import { fold } from '../text/fold.js';
import type { ParseContext } from './context.js';
import { walk } from './outline.js';
import { safeguardsPart } from './plan.js';
import { pairTableRows, unmatchedRowMessage, type TaskTable, type UnmatchedRows } from './table-deadlines.js';
import { addTableGroups, tasksFromTables } from './table-tasks.js';
import { collectTasks } from './tasks.js';

/** A table beside the text's tasks: an annex's (its label, 附件2) or one of the text (its caption). */
export interface BesideTable extends TaskTable {
  /** Whether the table is an annex's, pointed to as 附件 / 附表, or one in the text (见下表). */
  annex: boolean;
}

/** Words the text points to an annex or a table by: 详见附件, 见附件2, 附表1, 见下表. */
const POINTER = /(?:见|详见|参见|见于)\s*(附件|附表|下表)\s*([0-9０-９一二三四五六七八九十]*)|(附表)\s*([0-9０-９一二三四五六七八九十]*)/g;
/** A cheap test before POINTER. */
const POINTER_HINT = /附件|附表|下表/;

const numberOf = (s: string): string => fold(s).replace(/\s+/g, '').replace(/^(?:附件|附表)/, '');

/** Whether the text of the plan points to the table: to its annex by its number, or to any when it gives none. */
function pointsTo(texts: readonly string[], table: BesideTable): boolean {
  for (const text of texts) {
    if (!POINTER_HINT.test(text)) continue;
    for (const m of text.matchAll(POINTER)) {
      const word = m[1] ?? m[3] ?? '';
      const number = fold(m[2] ?? m[4] ?? '');
      if (word === '下表') {
        if (!table.annex) return true;
        continue;
      }
      if (!table.annex) continue;
      const own = numberOf(table.label);
      if (number === '' || own === '' || number === own) return true;
    }
  }
  return false;
}

/** Items of the text naming no unit, with no task below them: what a task table's row may be the task of. */
function unitlessItems(roots: readonly OutlineNode[]): OutlineNode[] {
  const items: OutlineNode[] = [];
  const holds = (node: OutlineNode): boolean => node.responsibility !== null || node.children.some(holds);
  walk([...roots], (node) => {
    if (!holds(node) && node.title) items.push(node);
  });
  return items;
}

/**
 * Pairs the task tables beside the text's tasks with the plan (see pairTableRows): items of the text
 * that a row restates take its units and become tasks; rows that restate nothing are tasks when the
 * text points to their table (具体任务详见附件), and are said not to be read otherwise, so that their
 * units are not lost without a word. Deadlines rows give the text's tasks are taken in place.
 */
export function pairTaskTables(ctx: ParseContext, plan: Plan, roots: readonly OutlineNode[], tables: readonly BesideTable[], firstIsLead: boolean): void {
  if (tables.length === 0) return;
  const safeguards = safeguardsPart([...roots], ctx.normalize);
  const taskRoots = safeguards ? roots.filter((n) => n !== safeguards) : [...roots];
  const paired = pairTableRows(plan.tasks, unitlessItems(taskRoots), tables, ctx.simplify, firstIsLead);
  for (const d of paired.differing) {
    ctx.report('table-deadlines-differ', 'warning', `task "${d.task.title}" is broken down in a table over rows due ${d.deadlines.map((x) => x || '(none)').join(', ')}; it takes none of them`, d.position);
  }
  if (paired.adopted.size > 0) {
    // The text's tasks read again with the rows' clauses: a new task may change its neighbours'
    // sections (a part now holding groups), as a clause written in the text would.
    const text = collectTasks(taskRoots, ctx.simplify, paired.adopted);
    const before = new Map(plan.tasks.map((t) => [t.position.start.offset, t]));
    const tasks = text.tasks.map((t) => {
      const was = before.get(t.position.start.offset);
      return was?.deadline && !t.deadline ? { ...t, deadline: was.deadline } : t;
    });
    const starts = new Set(tasks.map((t) => t.position.start.offset));
    // Tasks read from a group's table in the text stay as they were.
    const others = plan.tasks.filter((t) => !starts.has(t.position.start.offset));
    const sections = plan.sections.filter((s) => !text.sections.some((n) => n.number === s.number && n.title === s.title));
    plan.tasks = tasks;
    plan.sections = text.sections;
    addTableGroups(plan, { tasks: others, sections });
  }
  if (paired.unmatched.length === 0) return;
  const texts: string[] = [];
  walk([...roots], (node) => {
    texts.push(node.text);
  });
  texts.push(...plan.preamble.map((p) => p.text));
  for (const u of paired.unmatched) {
    if (pointsTo(texts, u.table)) addPointedRows(ctx, plan, u, firstIsLead);
    else for (const row of u.rows) ctx.report('task-rows-unread', 'warning', unmatchedRowMessage(u.table, row, u.table.annex), row.position);
  }
}

/** The rows of a table the text points to, read as the plan's tasks in the table's sections, as a plan whose tasks stand only there reads them. */
function addPointedRows(ctx: ParseContext, plan: Plan, u: UnmatchedRows<BesideTable>, firstIsLead: boolean): void {
  const read = tasksFromTables([u.table], ctx.simplify, firstIsLead);
  const starts = new Set(u.rows.map((r) => r.position.start.offset));
  const tasks = read.tasks.filter((t) => starts.has(t.position.start.offset));
  const sections = read.sections.filter((s) => tasks.some((t) => t.section?.number === s.number && t.section.title === s.title));
  addTableGroups(plan, { tasks, sections });
}
