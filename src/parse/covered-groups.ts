/**
 * A covering line (以上任务由A牵头，B配合。) after the last group of a part reaches past that group
 * when a reader takes it so:
 *
 * - the items are numbered on across the groups (一、… 1. 2. / 二、… 3. 4. / 以上任务由A牵头): they are one
 *   list of tasks, and `以上任务` is all of them; each item naming no units takes the line's clause, and
 *   no group heading becomes a task by it;
 * - the line ends the part (before the safeguards part, a higher heading, or the end of the text), the
 *   numbers restarting in each group (一、… 1. 2. / 二、… 1. 2. / 以上任务由A牵头 / 三、保障措施): it covers
 *   the part's groups, each as it would cover that group standing right after it (a group whose items
 *   all name none is the task, else each item naming none).
 *
 * The groups reached are the ones right before the line's own, back to the first that is no group of
 * such items (a part stating aims, 一、总体要求, or one without items of the same style); a group with a
 * clause of its own keeps it.
 */
import type { OutlineKind, OutlineNode, Responsibility } from '../model/types.js';
import { hasUnits, leadless, withGroupLead } from './group-units.js';
import { continuousKinds } from './numbered-items.js';
import { namesSafeguards } from './safeguard-heading.js';

/** The items a covering line gives its clause to, and those naming only helpers that take its lead. */
export interface GroupsCovered {
  items: OutlineNode[];
  leadless: OutlineNode[];
}

/** Parts that state a plan's aims or grounds rather than tasks: no covering line reaches them. */
const FRAMING_TITLE = /总体要求|总体思路|总体目标|指导思想|基本原则|工作原则|主要目标|发展目标|工作目标|目标要求|基本情况|发展现状|形势/;

/**
 * What a covering line standing right after the items of `group` covers across the groups before it
 * (see above), or null when it covers `group` alone as before: the numbers restart and the line is
 * not at the part's end, or no group of such items stands before it. Numbered on, the group's own
 * items are covered even with none before it (以上任务 after 1. 2. under 一、, with 3. 4. under 二、): they
 * are tasks of the list, not the group. `siblings` are `group` and the groups beside it; `atPartEnd`
 * says whether the line ends the part (asked only where the numbers restart).
 */
export function coverAcrossGroups(
  siblings: readonly OutlineNode[],
  group: OutlineNode,
  roots: readonly OutlineNode[],
  atPartEnd: () => boolean,
  normalize: (text: string) => string,
): GroupsCovered | null {
  const at = siblings.indexOf(group);
  const kind = itemKind(group);
  if (at < 0 || !kind) return null;
  const continuous = continuousKinds(roots).has(kind);
  if (!continuous && (at === 0 || !atPartEnd())) return null;
  const groups: OutlineNode[] = [];
  for (let k = at - 1; k >= 0; k--) {
    const s = siblings[k]!;
    const title = normalize(s.title);
    if (itemKind(s) !== kind || FRAMING_TITLE.test(title) || namesSafeguards(title)) break;
    // A group whose heading names its units keeps them; the line reaches on past it.
    if (!s.responsibility) groups.unshift(s);
  }
  if (groups.length === 0 && !continuous) return null;
  const covered: GroupsCovered = { items: [], leadless: [] };
  for (const g of [...groups, group]) {
    const items = g.children.filter((c) => c.kind !== 'box');
    const bare = items.filter((c) => !hasUnits(c));
    // Numbers restarting in each group: a group none of whose items names units is the task, as
    // under a covering line of its own. Numbered on, the items are the tasks.
    if (!continuous && bare.length === items.length) covered.items.push(g);
    else covered.items.push(...bare);
    covered.leadless.push(...items.filter(leadless));
  }
  return covered;
}

/** A covering clause read after a group's items, and whether it gave its units to none there. */
interface PendingCover {
  clause: Responsibility;
  gaveNone: boolean;
}

/**
 * The covering clauses read after each group's items, by group: whether they reach the groups before
 * is told once the plan is read, when it is known whether the items are numbered on across all of it.
 */
export type PendingCovers = Map<OutlineNode, PendingCover>;

/** Notes a covering clause read after `group`'s items (given to the group, or to its items naming none). */
export function coverLater(pending: PendingCovers, group: OutlineNode, clause: Responsibility, gaveNone: boolean): void {
  pending.set(group, { clause, gaveNone });
}

/**
 * Once the plan is read: each covering clause read after a group's items (以上任务由A牵头 on a line of
 * its own, or ending the last item) covers across the groups as coverAcrossGroups says. The line ends
 * its part when no group follows it, or the safeguards part does. A group holding the clause as its
 * own, its items numbered on, gives it to its items and is no task. `report` is told of a clause that
 * gives its units to no task there either.
 */
export function spreadCoveringClauses(
  pending: PendingCovers,
  roots: readonly OutlineNode[],
  normalize: (text: string) => string,
  firstIsLead: boolean,
  report: (clause: Responsibility) => void,
): void {
  if (pending.size === 0) return;
  const visit = (siblings: readonly OutlineNode[]): void => {
    for (const [k, group] of siblings.entries()) {
      visit(group.children);
      const cover = pending.get(group);
      if (!cover) continue;
      const { clause: r, gaveNone } = cover;
      const held = group.responsibility === r;
      const next = siblings[k + 1];
      if (held) group.responsibility = null;
      const across = coverAcrossGroups(siblings, group, roots, () => !next || namesSafeguards(normalize(next.title)), normalize);
      if (held) group.responsibility = r;
      if (!across) {
        if (gaveNone) report(r);
        continue;
      }
      if (held && !across.items.includes(group)) group.responsibility = null;
      for (const n of across.items) n.responsibility = r;
      for (const n of across.leadless) n.responsibility = withGroupLead(n.responsibility as Responsibility, r, firstIsLead);
      if (gaveNone && across.items.length + across.leadless.length === 0) report(r);
    }
  };
  visit(roots);
}


/** The style of a group's items when they are all numbered in one style (a 专栏 box aside), else null. */
function itemKind(group: OutlineNode): OutlineKind | null {
  const items = group.children.filter((c) => c.kind !== 'box');
  const kind = items[0]?.kind;
  return kind && items.every((c) => c.kind === kind && c.ordinal !== null) ? kind : null;
}
