/**
 * The items a division by number (以上第1、2项由A牵头；第3项由B负责) names. Numbers name the items of
 * the group the line stands after when that group has them all; a plan numbered continuously across
 * its parts (1. 2. 3. under 一、, 4. 5. under 二、) gives each number to one item only, so a division
 * after the last group, or in a part of its own (二、任务分工), names the plan's items; a regulation's
 * 本办法第二条 its article. Where the numbers restart per part, a number outside the group names no
 * one item, and is not read.
 */
import type { OutlineKind, OutlineNode } from '../model/types.js';

/** What a part of a division numbers: the items of a plan, or the articles of a regulation. */
export type Numbered = 'items' | 'articles';

/** Kinds that number no item a division names: headings, boxes, and articles unless articles are named. */
const UNNUMBERED: ReadonlySet<OutlineKind> = new Set<OutlineKind>(['heading', 'box']);

/**
 * The nodes of one kind numbered continuously (each one more than the one before, from the first)
 * across the plan's nodes built so far, that hold every number asked for; of several kinds, the one
 * with the most items (1. under 一、 and （一）: the measures), none when two tie. `skip` are nodes
 * that are no item named (the division's own lines, the parts it stands in).
 */
/**
 * The kinds of item the plan numbers continuously across more than one group (1.–3. under （一）,
 * 4.–5. under （二）): each one more than the one before, in document order.
 */
export function continuousKinds(roots: readonly OutlineNode[]): Set<OutlineKind> {
  const last = new Map<OutlineKind, { ordinal: number; parent: OutlineNode | null; groups: number }>();
  const broken = new Set<OutlineKind>();
  const visit = (nodes: readonly OutlineNode[], parent: OutlineNode | null): void => {
    for (const n of nodes) {
      if (n.ordinal !== null && !UNNUMBERED.has(n.kind) && !broken.has(n.kind)) {
        const before = last.get(n.kind);
        if (before && n.ordinal !== before.ordinal + 1) broken.add(n.kind);
        else last.set(n.kind, { ordinal: n.ordinal, parent, groups: (before?.groups ?? 0) + (before?.parent === parent ? 0 : 1) });
      }
      visit(n.children, n);
    }
  };
  visit(roots, null);
  return new Set([...last].filter(([kind, at]) => !broken.has(kind) && at.groups > 1).map(([kind]) => kind));
}

export function continuousItems(roots: readonly OutlineNode[], numbers: readonly number[], what: Numbered, skip: (n: OutlineNode) => boolean): Map<number, OutlineNode> | null {
  const byKind = new Map<OutlineKind, OutlineNode[]>();
  // In document order, depth first (outline.walk's order; this module is below the outline's).
  const visit = (nodes: readonly OutlineNode[]): void => {
    for (const n of nodes) {
      if (n.ordinal !== null && !UNNUMBERED.has(n.kind) && (n.kind === 'article') === (what === 'articles') && !skip(n)) {
        const list = byKind.get(n.kind);
        if (list) list.push(n);
        else byKind.set(n.kind, [n]);
      }
      visit(n.children);
    }
  };
  visit(roots);
  let best: OutlineNode[] | null = null;
  let tie = false;
  for (const list of byKind.values()) {
    if (!list.every((n, k) => k === 0 || n.ordinal === (list[k - 1]!.ordinal as number) + 1)) continue;
    const first = list[0]!.ordinal as number;
    const last = first + list.length - 1;
    if (!numbers.every((n) => n >= first && n <= last)) continue;
    if (best && list.length === best.length) tie = true;
    else if (!best || list.length > best.length) {
      best = list;
      tie = false;
    }
  }
  if (!best || tie) return null;
  return new Map(best.map((n) => [n.ordinal as number, n]));
}
