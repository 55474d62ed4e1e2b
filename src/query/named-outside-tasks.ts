import type { PlanDocument, Position } from '../model/types.js';

/** A unit named by a document outside its tasks, where a reader of the notice finds it. */
export interface OutsideNaming {
  /** The unit's name as written. */
  name: string;
  /** What names it, for people: `the safeguard （一）强化督查考核`. */
  where: string;
  position: Position;
}

/**
 * The units a document names outside its tasks: a safeguard's clause (（一）强化督查考核。…（责任单位：
 * 区委督查室）) names a unit that leads and joins no task, and is no less a unit of the notice for it.
 */
export function namingsOutsideTasks(doc: PlanDocument): OutsideNaming[] {
  const out: OutsideNaming[] = [];
  for (const safeguard of doc.plan?.safeguards ?? []) {
    const names = new Set([...(safeguard.lead ?? []), ...(safeguard.participants ?? []), ...(safeguard.roles ?? []).flatMap((role) => role.units)]);
    const where = `the safeguard ${safeguard.label}${safeguard.title}`;
    for (const name of names) out.push({ name, where, position: safeguard.position });
  }
  return out;
}
