import { labelSpan } from '../label-span.js';
import type { OutlineNode } from '../../model/types.js';
import { walk } from '../../parse/outline.js';
import { leadColumnHeader } from '../../parse/table-tasks.js';
import { isClosingStatement } from '../../parse/plan.js';
import { fold } from '../../text/fold.js';
import type { Rule, RuleContext } from '../rule.js';
import { groupBy } from '../group-by.js';
import { itemNamesUnits } from '../item-units.js';
import { besideTableTasks, cellPosition, tableTasks, type TableTask } from '../table-tasks.js';
import { unitOccurrences, type UnitOccurrence } from '../unit-occurrences.js';

/**
 * Each task names who leads it, and names each unit once: a unit is either the lead or a
 * participant. Names are compared by unit key, so configured aliases count as the same unit.
 * Tasks read from a task table's rows are held to the same, at their row and cell.
 */
export const taskUnits: Rule = {
  id: 'task-units',
  description: 'every task has a lead unit; no unit is named twice in a task, nor as both lead and participant; no unit holds a label (完成时限：…)',
  defaultSeverity: 'error',
  check(ctx) {
    // A group whose tasks are the rows of its task table (（二） over 序号 | 任务 | 牵头单位) has them.
    const rows = tableTasks(ctx.doc);
    const holdsRows = (node: OutlineNode): boolean => rows.some(({ task }) => node.position.start.offset <= task.position.start.offset && task.position.end.offset <= node.position.end.offset);
    // The safeguards part's items (三、保障措施 / （一）加强组织领导…) are safeguards: most name no units, and
    // one beside another that does lost none.
    const safeguards = ctx.doc.plan?.safeguards ?? [];
    const inSafeguard = (node: OutlineNode): boolean => safeguards.some((s) => s.position.start.offset <= node.position.start.offset && node.position.end.offset <= s.position.end.offset);
    walk(ctx.doc.outline, (node, ancestors) => {
      const r = node.responsibility;
      if (r && r.lead.length === 0) ctx.report(`task ${node.label || node.title} has no lead unit (牵头单位)`, r.position);
      if (!r && isUnassignedTask(ctx, node, ancestors[ancestors.length - 1]) && !holdsRows(node) && !inSafeguard(node)) {
        ctx.report(`task ${node.label} names no units, unlike the tasks beside it: who leads it?`, labelSpan(ctx, node));
      }
    });
    for (const row of [...rows, ...besideTableTasks(ctx)]) if (row.task.lead.length === 0) reportEmptyLead(ctx, row);
    const occurrences = unitOccurrences(ctx);
    for (const o of occurrences) checkLabelInName(ctx, o);
    for (const owner of groupBy(occurrences, (o) => o.owner).values()) checkRepeats(ctx, owner);
  },
};

/** A row whose lead cell is empty: at that cell when the row's cells can be told apart, else at the row. */
function reportEmptyLead(ctx: RuleContext, row: TableTask): void {
  // The table's own lead column (责任单位 in a 项目清单), as the reader took it.
  const header = row.task.roles.find((r) => r.role !== 'participant')?.label ?? leadColumnHeader(row.table, ctx.match) ?? '牵头单位';
  const at = row.task.position.start;
  ctx.report(
    `task ${row.task.label} of the task table (row at ${at.line}:${at.column}) has no lead unit: its ${header} cell is empty`,
    cellPosition(ctx, row, header) ?? row.task.position,
  );
}

/**
 * A unit whose name holds a colon (各乡镇人民政府完成时限：2025年底前) is the next, labelled part of
 * the clause read as a unit: two lines run together, a separator lost. No body's name has one.
 */
function checkLabelInName(ctx: RuleContext, o: UnitOccurrence): void {
  if (/[:：]/.test(o.name)) ctx.report(`"${o.name}" is no unit's name: it holds a colon, a labelled part of the clause (完成时限：…) read as a unit`, o.position);
}

function checkRepeats(ctx: RuleContext, occurrences: UnitOccurrence[]): void {
  const { lead, participants: joining } = occurrences[0]!;
  const leads = new Set(lead.map((u) => ctx.units.key(u)));
  const participants = new Set(joining.map((u) => ctx.units.key(u)));
  const first = new Map<string, UnitOccurrence>();
  for (const o of occurrences) {
    const key = ctx.units.key(o.name);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, o);
      continue;
    }
    if (singlesOutLead(earlier, o)) continue;
    const at = `${earlier.position.start.line}:${earlier.position.start.column}`;
    ctx.report(
      leads.has(key) && participants.has(key)
        ? `"${o.name}" is both a lead and a participant of this task (also at ${at})`
        : `"${o.name}" is named twice in this task (also at ${at})`,
      o.position,
    );
  }
}

/**
 * 责任单位：A、B、C，其中A负总责 (or 责任单位：A、B；牵头单位：A): of the units responsible, the one
 * named again to lead is singled out, not named twice; the clause reads it as the lead alone.
 */
function singlesOutLead(earlier: UnitOccurrence, again: UnitOccurrence): boolean {
  const roles = new Set([earlier.role.role, again.role.role]);
  return earlier.role !== again.role && roles.has('responsible') && roles.has('lead');
}

/**
 * An item without a responsibility clause beside an item of the same kind that has one (or has
 * one under it) is a task that lost its units, unless its parent or a child of its own carries the
 * clause. Items without units are not tasks, so such an item would otherwise vanish from the tasks
 * unreported: (一)、(二) with no units beside (三) that names some are as likely a misreading (a
 * clause meant for all three) as the last of three items without one. Parts (the top level) hold
 * 总体要求 and 保障措施 beside the task part and are not held to it.
 */
function isUnassignedTask(ctx: RuleContext, node: OutlineNode, parent: OutlineNode | undefined): boolean {
  const hasUnits = (n: OutlineNode): boolean => itemNamesUnits(ctx.doc, n) || n.children.some(hasUnits);
  if (!parent || parent.responsibility || hasUnits(node)) return false;
  // 第四条　本方案自印发之日起施行: the last article of a plan written in articles says when it takes
  // effect (or who interprets it); it is the plan's closing, no task that lost its units.
  if (isClosingStatement(fold(node.text || node.title))) return false;
  return parent.children.some((s) => s !== node && s.kind === node.kind && hasUnits(s));
}
