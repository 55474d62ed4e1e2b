import type { Change } from './types.js';

/**
 * The changes of each kind in the order of the new document, the kinds in the order they were
 * compared (metadata, notice, plan, parts, groups, goals, tasks …). Each kind's list mostly comes in
 * that order already, but not always: a removal follows the element its old neighbour was paired
 * with, which may stand anywhere once elements moved, and goals or rows read from two places (a
 * sentence, a table) come as each was read. A change's `line` is its place (a removal's: the next
 * element of the old version that was kept, or the end of the kept one before it); at one place a
 * table or annex as a whole comes before its rows, and a removal before the element it is
 * anchored to, since it stood before it. The sort is stable.
 */
export function inDocumentOrder(changes: readonly Change[]): Change[] {
  const kindRank = new Map<string, number>();
  for (const c of changes) if (!kindRank.has(c.kind)) kindRank.set(c.kind, kindRank.size);
  return changes
    .map((change, index) => ({ change, index }))
    .sort(
      (a, b) =>
        (kindRank.get(a.change.kind) as number) - (kindRank.get(b.change.kind) as number) ||
        a.change.line - b.change.line ||
        a.change.column - b.change.column ||
        atOnePlace(a.change) - atOnePlace(b.change) ||
        a.index - b.index,
    )
    .map(({ change }) => change);
}

/** At one place: a whole table (or annex) first, whose rows the removed ones are anchored to, then removals. */
function atOnePlace(change: Change): number {
  if (change.element === 'annex' || change.element === 'table') return 0;
  return change.op === 'removed' ? 1 : 2;
}
