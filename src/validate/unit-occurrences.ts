import type { OutlineNode, Position, Task } from '../model/types.js';
import { walk } from '../parse/outline.js';
import type { RuleContext } from './rule.js';
import { allTableTasks } from './table-tasks.js';

export interface UnitOccurrence {
  /** What the units are named for: an outline item with its clause, or a task read from a task table's row. */
  owner: OutlineNode | Task;
  lead: readonly string[];
  participants: readonly string[];
  /** The role the unit is named in (one of the clause's or the row's roles). */
  role: Task['roles'][number];
  /** The unit's name as written. */
  name: string;
  /** Where the name stands in the clause or row (the clause or row itself when it cannot be found). */
  position: Position;
}

/**
 * Every unit named in a responsibility clause or a task table's row, in the order written, with
 * its place.
 */
export function unitOccurrences(ctx: RuleContext): UnitOccurrence[] {
  const out: UnitOccurrence[] = [];
  const add = (owner: OutlineNode | Task, roles: Task['roles'], lead: readonly string[], participants: readonly string[], span: Position): void => {
    let cursor = span.start.offset;
    for (const role of roles) {
      for (const name of role.units) {
        // A table may put its participant column before the lead column: then search the row afresh.
        const found = ctx.find(name, span, cursor) ?? ctx.find(name, span) ?? sharedEndingItem(ctx, name, span, cursor);
        if (found) cursor = found.end.offset;
        out.push({ owner, lead, participants, role, name, position: found ?? span });
      }
    }
  };
  walk(ctx.doc.outline, (node) => {
    const r = node.responsibility;
    if (r) add(node, r.roles, r.lead, r.participants, r.position);
  });
  for (const { task } of allTableTasks(ctx)) add(task, task.roles, task.lead, task.participants, task.position);
  return out;
}

/**
 * Where a name that a list wrote with an ending it shares stands: the reader gives each item the ending
 * (盐城经济技术开发区、盐南高新区管委会 names 盐城经济技术开发区管委会; 区委、区政府督查室 names 区委督查室), so the
 * name is not in the text as such; its item is, before the list's 、, and its ending after it. Only
 * searched for a name not found whole (rare), from the longest item down; null where none is written so.
 */
function sharedEndingItem(ctx: RuleContext, name: string, span: Position, from: number): Position | null {
  for (let cut = name.length - 1; cut >= 2; cut--) {
    const item = ctx.find(`${name.slice(0, cut)}、`, span, from) ?? ctx.find(`${name.slice(0, cut)}、`, span);
    if (!item) continue;
    const end = item.end.offset - 1;
    if (!ctx.find(name.slice(cut), { start: item.end, end: span.end }, item.end.offset)) continue;
    return ctx.span(item.start.offset, end);
  }
  return null;
}
