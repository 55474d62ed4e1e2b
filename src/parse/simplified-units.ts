import type { Safeguard, Task } from '../model/types.js';

/** What names units: a task, or a safeguard whose item names some (its lead and participants then present). */
type NamesUnits = Pick<Task, 'lead' | 'participants' | 'leadSimplified' | 'participantsSimplified'> | Safeguard;

/**
 * For a document in traditional characters, adds the unit names of each task and safeguard in
 * simplified characters beside the names as written (區科技局 → 区科技局), so that units compare
 * across 繁体 and 简体 pages. Those whose names do not change (or name none) get no copy.
 */
export function addSimplifiedUnits(owners: NamesUnits[], simplify: (text: string) => string): void {
  for (const owner of owners) {
    if (!owner.lead || !owner.participants) continue;
    const lead = owner.lead.map(simplify);
    const participants = owner.participants.map(simplify);
    const changed = lead.some((u, k) => u !== owner.lead![k]) || participants.some((u, k) => u !== owner.participants![k]);
    if (changed) {
      owner.leadSimplified = lead;
      owner.participantsSimplified = participants;
    }
  }
}
