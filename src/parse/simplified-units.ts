import type { Task } from '../model/types.js';

/**
 * For a document in traditional characters, adds each task's unit names in simplified characters
 * beside the names as written (區科技局 → 区科技局), so that units compare across 繁体 and 简体
 * pages. Tasks whose names do not change get no copy.
 */
export function addSimplifiedUnits(tasks: Task[], simplify: (text: string) => string): void {
  for (const task of tasks) {
    const lead = task.lead.map(simplify);
    const participants = task.participants.map(simplify);
    const changed = lead.some((u, k) => u !== task.lead[k]) || participants.some((u, k) => u !== task.participants[k]);
    if (changed) {
      task.leadSimplified = lead;
      task.participantsSimplified = participants;
    }
  }
}
