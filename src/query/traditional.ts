import type { PlanDocument } from '../model/types.js';
import { hasTraditional, looksTraditional } from '../text/simplify.js';

/**
 * Whether the names and titles of a document are written in traditional characters, or any of
 * its unit names is (a simplified notice with one clause in traditional characters names
 * 各街道辦事處 where its other clauses name 各街道办事处: the two are one unit).
 */
export function looksTraditionalDoc(doc: PlanDocument): boolean {
  const parts = [doc.metadata.title ?? '', doc.notice?.title ?? '', doc.plan?.title ?? ''];
  const units: string[] = [];
  for (const task of doc.plan?.tasks ?? []) {
    parts.push(task.title);
    units.push(...task.lead, ...task.participants);
  }
  for (const goal of doc.plan?.goals ?? []) parts.push(goal.indicator);
  return looksTraditional([...parts, ...units].join('\n')) || hasTraditional(units.join(''));
}
