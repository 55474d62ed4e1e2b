import { taskBody } from '../diff/diff-tasks.js';
import type { PlanDocument, Task } from '../model/types.js';
import { sectionAnchor, taskAnchor } from './anchors.js';
import type { TaskEntry, TaskGroup, UnitRef } from './types.js';

/**
 * The tasks grouped by their section (the (一)…(六) groups), sections in document order. Tasks
 * outside any section form a group of their own, where they first occur. Each unit is tagged
 * with its key in the matrix, so the page can filter tasks by unit.
 */
export function groupTasks(doc: PlanDocument, unitKeys: ReadonlyMap<string, string>): TaskGroup[] {
  const plan = doc.plan;
  if (!plan) return [];
  const groups = new Map<string, TaskGroup>();
  const sectionIndex = new Map(plan.sections.map((s, i) => [s.number, i]));
  for (const task of plan.tasks) {
    const key = task.section ? `s:${task.section.number}` : 'none';
    let group = groups.get(key);
    if (!group) {
      const index = task.section ? sectionIndex.get(task.section.number) : undefined;
      const section = index === undefined ? undefined : plan.sections[index];
      group = {
        anchor: task.section ? sectionAnchor(index ?? plan.sections.length + groups.size) : null,
        number: task.section?.number ?? null,
        label: section?.label ?? null,
        title: task.section?.title ?? null,
        tasks: [],
      };
      groups.set(key, group);
    }
    group.tasks.push(taskEntry(task, unitKeys));
  }
  return [...groups.values()];
}

function taskEntry(task: Task, unitKeys: ReadonlyMap<string, string>): TaskEntry {
  const refs = (names: readonly string[]): UnitRef[] => names.map((name) => ({ name, key: unitKeys.get(name) ?? '' }));
  const labelOf = (names: readonly string[]): string | null => task.roles.find((r) => r.units.some((u) => names.includes(u)))?.label || null;
  return {
    anchor: taskAnchor(task.id),
    id: task.id,
    number: task.number,
    label: task.label,
    title: task.title,
    text: taskBody(task),
    lead: refs(task.lead),
    participants: refs(task.participants),
    leadLabel: labelOf(task.lead),
    participantLabel: labelOf(task.participants),
    deadline: task.deadline ?? null,
    position: task.position,
  };
}
