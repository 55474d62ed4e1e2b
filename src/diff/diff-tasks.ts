import type { Plan, SectionRef, Task } from '../model/types.js';
import type { Alignment } from './align.js';
import { diffEntities, type EntityDiff, type EntitySpec } from './diff-entities.js';
import { afterTitle, listField, proseField, valueField, type CompareContext, type FieldRule } from './fields.js';

/** A task's text after its title (the text without its responsibility clause already). */
export function taskBody(task: Task): string {
  return afterTitle(task.text, task.title);
}


/** Finds a task's group among the plan's sections by its number and title; -1 for none. */
function sectionFinder(plan: Plan): (ref: SectionRef | null) => number {
  const byKey = new Map<string, number>();
  plan.sections.forEach((s, k) => {
    const key = `${s.number}\u0001${s.title}`;
    if (!byKey.has(key)) byKey.set(key, k);
  });
  return (ref) => (ref ? (byKey.get(`${ref.number}\u0001${ref.title}`) ?? -1) : -1);
}

/**
 * Whether a task stands in another group: its old group's counterpart (by the section alignment,
 * so groups that were renumbered or retitled still count as the same group) is not its new group.
 */
function placementRule(oldPlan: Plan, newPlan: Plan, sections: Alignment): FieldRule<Task> {
  const counterpart = new Map(sections.pairs.map(([i, j]) => [i, j]));
  const oldSection = sectionFinder(oldPlan);
  const newSection = sectionFinder(newPlan);
  return {
    name: 'section',
    compare(a, b) {
      const i = oldSection(a.section);
      const j = newSection(b.section);
      const same = i === -1 || j === -1 ? i === j : counterpart.get(i) === j;
      return same ? null : { old: a.section, new: b.section };
    },
  };
}

/**
 * Tasks are paired by content, never by number: the same title, text and units; then the same title
 * (a reworded task) or the same text (a retitled one); then the most similar text. So a removed task
 * makes the ones after it `renumbered`, not modified.
 */
export function diffTasks(oldPlan: Plan | null, newPlan: Plan | null, sections: Alignment, ctx: CompareContext): EntityDiff {
  const oldTasks = oldPlan?.tasks ?? [];
  const newTasks = newPlan?.tasks ?? [];
  const units = (list: readonly string[]): string => list.map(ctx.unitKey).sort().join('、');
  const spec: EntitySpec<Task> = {
    kind: 'task',
    align: {
      keys: [
        (t) => [ctx.key(t.title), ctx.key(taskBody(t)), units(t.lead), units(t.participants)].join('\u0001'),
        (t) => ctx.key(t.title) || null,
        (t) => ctx.key(taskBody(t)) || null,
      ],
      similarity: (t) => ctx.key(t.text),
    },
    fields: [
      proseField('title', (t) => t.title),
      // A task's text holds the sub-items its clause covers ((1)…；(2)…), so they are compared with it.
      proseField('text', taskBody),
      listField('lead', (t) => t.lead, { units: true }),
      listField('participants', (t) => t.participants, { units: true }),
      valueField('deadline', (t) => t.deadline ?? null),
    ],
    ...(oldPlan && newPlan ? { placement: placementRule(oldPlan, newPlan, sections) } : {}),
    number: valueField('number', (t) => t.number),
    entity: (t) => t,
    position: (t) => t.position,
    id: (t) => t.id,
    place: (t) => ({ number: t.number, title: t.title }),
  };
  return diffEntities(oldTasks, newTasks, spec, ctx, newPlan?.titlePosition ?? null);
}
