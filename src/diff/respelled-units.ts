import { secondName } from '../units/second-name.js';
import type { PlacedRespelling } from './diff-entities.js';
import type { Change } from './types.js';

/**
 * A unit's name without the second or former name it writes in brackets (区科技局（原区科委） →
 * 区科技局), as written; the name itself when it has none.
 */
function mainName(name: string): string {
  if (!secondName(name)) return name;
  const bracket = name.search(/\s*[（(][^（()）]*[）)]\s*$/);
  return bracket > 0 ? name.slice(0, bracket) : name;
}

/**
 * One `unit` change per respelling (区发改委 → 区发展改革委), listing every element that writes the
 * unit the new way: a unit respelled throughout a plan is one change to read, not one per task.
 * A respelling is no change of the element, so its tasks stay unchanged unless something else moved.
 * A unit one task writes with its former name in brackets (区科技局（原区科委）) and another without
 * is one unit renamed: the respellings of both are one, under the name itself (区科委 → 区科技局).
 */
export function respelledUnits(found: readonly PlacedRespelling[]): Change[] {
  const byPair = new Map<string, { old: Set<string>; new: Set<string>; where: PlacedRespelling['place'][] }>();
  for (const r of found) {
    const [oldMain, newMain] = [mainName(r.old), mainName(r.new)];
    // A bracket added or dropped around one name (区科技局 → 区科技局（区知识产权局）) is that respelling, as written.
    const key = oldMain === newMain ? `${r.old}\u0001${r.new}` : `${oldMain}\u0001${newMain}`;
    const entry = byPair.get(key);
    if (entry) {
      entry.old.add(r.old);
      entry.new.add(r.new);
      entry.where.push(r.place);
    } else byPair.set(key, { old: new Set([r.old]), new: new Set([r.new]), where: [r.place] });
  }
  return [...byPair.values()].map((r) => {
    // Written one way throughout, the name is shown so; written two ways, by the name both share.
    const [oldName, newName] = [named(r.old), named(r.new)];
    return {
      kind: 'unit',
      op: 'respelled',
      old: { name: oldName },
      new: { name: newName },
      fields: { name: { old: oldName, new: newName } },
      where: r.where,
      line: r.where[0]?.line ?? 1,
      column: 1,
    };
  });
}

function named(spellings: ReadonlySet<string>): string {
  const [first] = spellings;
  return spellings.size === 1 ? (first as string) : mainName(first as string);
}
