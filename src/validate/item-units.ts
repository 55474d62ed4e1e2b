import type { OutlineNode, PlanDocument } from '../model/types.js';

const cache = new WeakMap<PlanDocument, Set<number>>();

/**
 * Whether an outline item names units: by a clause of its own, or as the plan's task that took the
 * units of the task table's row restating it (（二）推进医养结合。具体任务详见附件1。), which the parser
 * gives the task and not the item. The rules walking the outline see the tasks the parse gives so.
 */
export function itemNamesUnits(doc: PlanDocument, node: OutlineNode): boolean {
  if (node.responsibility !== null) return true;
  let starts = cache.get(doc);
  if (!starts) {
    starts = new Set((doc.plan?.tasks ?? []).filter((t) => t.lead.length > 0 || t.participants.length > 0).map((t) => t.position.start.offset));
    cache.set(doc, starts);
  }
  return starts.has(node.position.start.offset);
}
