import type { PlacedRespelling } from './diff-entities.js';
import type { Change } from './types.js';

/**
 * One `unit` change per respelling (区发改委 → 区发展改革委), listing every element that writes the
 * unit the new way: a unit respelled throughout a plan is one change to read, not one per task.
 * A respelling is no change of the element, so its tasks stay unchanged unless something else moved.
 */
export function respelledUnits(found: readonly PlacedRespelling[]): Change[] {
  const byPair = new Map<string, { old: string; new: string; where: PlacedRespelling['place'][] }>();
  for (const r of found) {
    const key = `${r.old}\u0001${r.new}`;
    const entry = byPair.get(key);
    if (entry) entry.where.push(r.place);
    else byPair.set(key, { old: r.old, new: r.new, where: [r.place] });
  }
  return [...byPair.values()].map((r) => ({
    kind: 'unit',
    op: 'respelled',
    old: { name: r.old },
    new: { name: r.new },
    fields: { name: { old: r.old, new: r.new } },
    where: r.where,
    line: r.where[0]?.line ?? 1,
    column: 1,
  }));
}
