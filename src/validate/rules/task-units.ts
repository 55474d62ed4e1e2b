import type { OutlineNode } from '../../model/types.js';
import { walk } from '../../parse/outline.js';
import type { Rule, RuleContext } from '../rule.js';
import { groupBy } from '../group-by.js';
import { unitOccurrences, type UnitOccurrence } from '../unit-occurrences.js';

/**
 * Each task names who leads it, and names each unit once: a unit is either the lead or a
 * participant. Names are compared by unit key, so configured aliases count as the same unit.
 */
export const taskUnits: Rule = {
  id: 'task-units',
  description: 'every task has a lead unit; no unit is named twice in a task, nor as both lead and participant',
  defaultSeverity: 'error',
  check(ctx) {
    walk(ctx.doc.outline, (node, ancestors) => {
      const r = node.responsibility;
      if (r && r.lead.length === 0) ctx.report(`task ${node.label || node.title} has no lead unit (牵头单位)`, r.position);
      if (!r && isUnassignedTask(node, ancestors[ancestors.length - 1])) {
        ctx.report(`task ${node.label} names no units, unlike the tasks beside it: who leads it?`, node.position.start);
      }
    });
    for (const occurrences of groupBy(unitOccurrences(ctx), (o) => o.node).values()) checkRepeats(ctx, occurrences);
  },
};

function checkRepeats(ctx: RuleContext, occurrences: UnitOccurrence[]): void {
  const r = occurrences[0]!.responsibility;
  const leads = new Set(r.lead.map((u) => ctx.units.key(u)));
  const participants = new Set(r.participants.map((u) => ctx.units.key(u)));
  const first = new Map<string, UnitOccurrence>();
  for (const o of occurrences) {
    const key = ctx.units.key(o.name);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, o);
      continue;
    }
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
 * An item without a responsibility clause whose siblings of the same kind all have one is a
 * task that lost its units, unless its parent or a child of its own carries the clause.
 */
function isUnassignedTask(node: OutlineNode, parent: OutlineNode | undefined): boolean {
  if (!parent || parent.responsibility || node.children.some((c) => c.responsibility)) return false;
  const siblings = parent.children.filter((s) => s !== node && s.kind === node.kind);
  return siblings.length >= 2 && siblings.every((s) => s.responsibility);
}
