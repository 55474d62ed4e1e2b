import type { Plan, SectionRef, Task } from '../model/types.js';
import { groupsRestart, taskPlaces } from '../query/task-place.js';
import type { Alignment } from './align.js';
import type { Change, IdChange } from './types.js';
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
      return same ? null : { old: labelled(a.section, oldPlan, i), new: labelled(b.section, newPlan, j) };
    },
  };
}

/**
 * A task's group with its label as the plan writes it (二、 for a part, （一） for a group), so that
 * a reader of the change sees the group as written, not a number given brackets it never had.
 */
function labelled(ref: SectionRef | null, plan: Plan, at: number): (SectionRef & { label?: string }) | null {
  const section = at >= 0 ? plan.sections[at] : undefined;
  return ref && section ? { number: ref.number, label: section.label, title: ref.title } : ref;
}

/** The part of a task id hashed from its title (`task-23ead550` of `task-23ead550-c859bf01`). */
function titleHash(id: string): string {
  return id.split('-', 2).join('-');
}

/**
 * Whether a task kept its title's hash but not its id: a task sharing its title came or went, and
 * the group hash that told them apart was added or dropped. A retitled task's new id follows from
 * its `title` field (and a 繁体 page's from its characters); those are not named again.
 */
function idChangedAlone(a: Task, b: Task): boolean {
  return a.id !== b.id && titleHash(a.id) === titleHash(b.id);
}

/** A task's id, named beside the other fields when it changed alone (see idChangedAlone). */
const identityRule: FieldRule<Task> = {
  name: 'id',
  compare: (a, b) => (idChangedAlone(a, b) ? { old: a.id, new: b.id } : null),
};

/**
 * For each task added or removed, the tasks with its title that stayed but whose id changed with
 * it (task-X-<group> → task-X when its twin went): their own change may be none at all, so the
 * id they had would otherwise vanish without a word.
 */
function withIdsChanged(result: EntityDiff, oldTasks: readonly Task[], newTasks: readonly Task[], ctx: CompareContext, placeOf: (t: Task) => string): EntityDiff {
  const byTitle = new Map<string, IdChange[]>();
  for (const [i, j] of result.alignment.pairs) {
    const a = oldTasks[i] as Task;
    const b = newTasks[j] as Task;
    if (!idChangedAlone(a, b)) continue;
    const key = ctx.key(b.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), { number: placeOf(b), title: b.title, old: a.id, new: b.id }]);
  }
  if (byTitle.size === 0) return result;
  const annotate = (change: Change | null): Change | null => {
    if (!change || (change.op !== 'added' && change.op !== 'removed')) return change;
    const task = (change.new ?? change.old) as Task;
    const idsChanged = byTitle.get(ctx.key(task.title));
    if (!idsChanged) return change;
    const { line, column, ...rest } = change;
    return { ...rest, idsChanged, line, column };
  };
  const steps = result.steps.map((step) => ({ ...step, change: annotate(step.change) }));
  return { ...result, steps, changes: steps.flatMap((step) => (step.change ? [step.change] : [])) };
}

/**
 * Tasks are paired by content, never by number: the same title, text and units; then the same title
 * (a reworded task) or the same text (a retitled one); then the most similar text, as the best
 * assignment over all such pairs and only where they are alike beyond the plan's own
 * boilerplate (see AlignSpec.contrast); last, tasks that
 * share a title by their group. So a removed task makes the ones after it `renumbered`, not
 * modified, and of two tasks with one title the one left is paired with itself.
 */
export function diffTasks(oldPlan: Plan | null, newPlan: Plan | null, sections: Alignment, ctx: CompareContext): EntityDiff {
  const oldTasks = oldPlan?.tasks ?? [];
  const newTasks = newPlan?.tasks ?? [];
  const units = (list: readonly string[]): string => list.map(ctx.unitKey).sort().join('、');
  // A task's group as the new version numbers them (an old group by its counterpart), for tasks
  // with one title that content no longer tells apart: each is still in its group.
  const counterpart = new Map(sections.pairs);
  const oldSection = oldPlan ? sectionFinder(oldPlan) : () => -1;
  const newSection = newPlan ? sectionFinder(newPlan) : () => -1;
  const oldSet = new Set<Task>(oldTasks);
  // Where each task stands as `plan query` names it (1（2）), by version: ids are unique within one.
  // Where one version restarts its groups in each part (二（一）1), both name their tasks with the
  // part, so that a task left where it was keeps its place.
  const withPart = groupsRestart({ plan: oldPlan }) || groupsRestart({ plan: newPlan });
  const oldPlaces = taskPlaces({ plan: oldPlan }, { withPart });
  const newPlaces = taskPlaces({ plan: newPlan }, { withPart });
  const placeOf = (t: Task): string => (oldSet.has(t) ? oldPlaces.get(t.id) : newPlaces.get(t.id)) ?? t.number;
  const groupOf = (t: Task): number => (oldSet.has(t) ? (counterpart.get(oldSection(t.section)) ?? -1) : newSection(t.section));
  const spec: EntitySpec<Task> = {
    kind: 'task',
    align: {
      keys: [
        (t) => [ctx.key(t.title), ctx.key(taskBody(t)), units(t.lead), units(t.participants)].join('\u0001'),
        (t) => ctx.key(t.title) || null,
        (t) => ctx.key(taskBody(t)) || null,
      ],
      similarity: (t) => ctx.key(t.text),
      // Tasks of one plan share much wording (开展…专项整治, 建立…清单): a pair must be alike in title
      // and text beyond it, or it is a task dropped and another added.
      contrast: [(t) => ctx.key(t.title), (t) => ctx.key(taskBody(t))],
      lastKeys: [(t) => (groupOf(t) < 0 ? null : `${ctx.key(t.title)}\u0001${groupOf(t)}`)],
    },
    fields: [
      proseField('title', (t) => t.title),
      // A task's text holds the sub-items its clause covers ((1)…；(2)…), so they are compared with it.
      proseField('text', taskBody),
      listField('lead', (t) => t.lead, { units: true }),
      listField('participants', (t) => t.participants, { units: true }),
      valueField('deadline', (t) => t.deadline ?? null),
      // Whom to call is no unit: a new contact is a change of its own, the units compared as before.
      listField('contacts', (t) => t.contacts ?? [], { text: true }),
    ],
    ...(oldPlan && newPlan ? { placement: placementRule(oldPlan, newPlan, sections) } : {}),
    number: valueField('number', (t) => t.number),
    identity: identityRule,
    entity: (t) => t,
    position: (t) => t.position,
    id: (t) => t.id,
    place: (t) => ({ number: placeOf(t), title: t.title }),
  };
  return withPlaces(withIdsChanged(diffEntities(oldTasks, newTasks, spec, ctx, newPlan?.titlePosition ?? null), oldTasks, newTasks, ctx, placeOf), placeOf);
}

/**
 * Each change with where its task stands when its number does not say it (see Change.places): a
 * removed （2） under item 1 is `1（2）`, as `plan query` names it, not task 2, which is another one.
 */
function withPlaces(result: EntityDiff, placeOf: (t: Task) => string): EntityDiff {
  const annotate = (change: Change | null): Change | null => {
    if (!change || change.kind !== 'task') return change;
    const [a, b] = [change.old as Task | null, change.new as Task | null];
    const places = { old: a ? placeOf(a) : null, new: b ? placeOf(b) : null };
    if ((!a || places.old === a.number) && (!b || places.new === b.number)) return change;
    const { line, column, ...rest } = change;
    return { ...rest, places, line, column };
  };
  const steps = result.steps.map((step) => ({ ...step, change: annotate(step.change) }));
  return { ...result, steps, changes: steps.flatMap((step) => (step.change ? [step.change] : [])) };
}
