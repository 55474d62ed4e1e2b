import type { OutlineNode, Part, PlanDocument } from '../model/types.js';
import { walk } from '../parse/outline.js';

/**
 * The headings a plan is divided into above its groups of tasks: its parts, and under chapters that
 * stand over parts of their own (第二章 › 一、 › （一）) those parts too. A 一、 between a chapter and its
 * groups is then compared as a heading (retitled, renumbered, moved to another chapter) with the
 * prose under it, not as a line of its chapter's text. A part that is a task is left to the task.
 */
export function planParts(doc: PlanDocument): Part[] {
  const plan = doc.plan;
  if (!plan) return [];
  // A part that is itself a task (a flat 若干措施: 一、…（责任单位：…）, 第N条 …) is compared as that
  // task only: as a part too, each of its changes would be reported twice.
  const taskStarts = new Set(plan.tasks.map((t) => t.position.start.offset));
  const own = (list: Part[]): Part[] => (taskStarts.size === 0 ? list : list.filter((p) => !taskStarts.has(p.position.start.offset)));
  const groups = new Set(plan.sections.map((s) => s.position.start.offset));
  const tops = new Set(plan.parts.map((p) => p.position.start.offset));
  const between = new Map<number, OutlineNode>();
  walk(doc.outline, (node, ancestors) => {
    if (!groups.has(node.position.start.offset)) return;
    for (const a of ancestors.slice(1)) {
      const at = a.position.start.offset;
      if (!a.inline && !groups.has(at) && !tops.has(at)) between.set(at, a);
    }
  });
  if (between.size === 0) return own([...plan.parts]);
  const nested = [...between.values()].map((n) => ({ number: n.number, label: n.label, title: n.title, position: n.position }));
  return own([...plan.parts, ...nested].sort((a, b) => a.position.start.offset - b.position.start.offset));
}

/**
 * Where an element stands among the parts: the numbers of the parts that hold it, outermost first
 * (第二章's 一、 is `二 一`), so that numbers repeated across chapters are told apart.
 */
export function partPlace(offset: number, parts: readonly Part[], own?: Part): string {
  return parts
    .filter((p) => p !== own && p.position.start.offset <= offset && offset <= p.position.end.offset)
    .map((p) => p.number)
    .join('\u0001');
}
