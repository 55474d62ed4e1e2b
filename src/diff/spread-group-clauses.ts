import type { OutlineNode, PlanDocument, Section, Task } from '../model/types.js';
import { walk } from '../parse/outline.js';
import { taskIdBase } from '../parse/tasks.js';
import type { CompareContext } from './fields.js';

/**
 * A group whose items share one clause (一、老旧小区改造 / 1.… 2.… / 以上任务由区住建局牵头，区财政局配合)
 * is read as one task, its items part of its text; the same group with the clause written on each
 * item (1.…（牵头单位：区住建局；配合单位：区财政局）) is a group of tasks. Comparing the one task with
 * the group would report the group's heading added (as a part and as a section) and its items as
 * tasks added and rewritten, though each item still has the same units. Where the other version
 * has that heading as a group of tasks and no task of that title, the one task is compared as that
 * group: its heading a group, each item under it a task with the group's units. Only for the
 * comparison; the model stays as parse read it.
 */
export function spreadGroupClauses(doc: PlanDocument, other: PlanDocument, ctx: CompareContext): PlanDocument {
  const plan = doc.plan;
  const otherPlan = other.plan;
  if (!plan || !otherPlan || plan.tasks.length === 0) return doc;
  const groupsOfTasks = new Set(otherPlan.tasks.flatMap((t) => (t.section ? [ctx.key(t.section.title)] : [])));
  const otherTitles = new Set(otherPlan.tasks.map((t) => ctx.key(t.title)));
  const candidates = plan.tasks.filter((t) => groupsOfTasks.has(ctx.key(t.title)) && !otherTitles.has(ctx.key(t.title)));
  if (candidates.length === 0) return doc;
  const nodes = new Map<number, OutlineNode>();
  walk(doc.outline, (node) => nodes.set(node.position.start.offset, node));

  const sections: Section[] = [...plan.sections];
  const spread = new Map<Task, Task[]>();
  for (const task of candidates) {
    const node = nodes.get(task.position.start.offset);
    const items = node ? node.children.filter((c) => !c.inline && c.number) : [];
    // The heading the task was read from, with items of its own under it: else it is no group.
    if (!node || items.length === 0 || ctx.key(node.title) !== ctx.key(task.title)) continue;
    const ref = { number: node.number, title: node.title };
    sections.push({ number: node.number, label: node.label, title: node.title, position: node.position });
    spread.set(
      task,
      items.map((item) => ({
        ...task,
        id: taskIdBase(item.title),
        number: item.number,
        label: item.label,
        path: [...task.path, item.label || item.title],
        title: item.title,
        text: itemText(item),
        section: ref,
        position: item.position,
      })),
    );
  }
  if (spread.size === 0) return doc;
  sections.sort((a, b) => a.position.start.offset - b.position.start.offset);
  const tasks = plan.tasks.flatMap((t) => spread.get(t) ?? [t]);
  return { ...doc, plan: { ...plan, tasks, sections } };
}

/** An item's text with the items under it, one a line, as a task's text holds its sub-items. */
function itemText(item: OutlineNode): string {
  const lines = [item.text.trim()];
  walk(item.children, (node) => {
    if (!node.inline) lines.push(`${node.label}${node.text.trim()}`);
  });
  return lines.join('\n');
}
