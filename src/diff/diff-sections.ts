import type { Part, Plan, Section } from '../model/types.js';
import { substanceKey } from '../text/fold.js';
import { diffEntities, type EntityDiff, type EntitySpec } from './diff-entities.js';
import { proseField, valueField, type CompareContext } from './fields.js';

/** Parts (一、二、) and groups of tasks ((一)(二)) compare alike: by title, then by similarity. */
function headingSpec<T extends Part | Section>(kind: 'part' | 'section'): EntitySpec<T> {
  return {
    kind,
    align: { keys: [(h) => substanceKey(h.title)], similarity: (h) => h.title },
    fields: [proseField<T>('title', (h) => h.title)],
    number: valueField<T>('number', (h) => h.number),
    entity: (h) => h,
    position: (h) => h.position,
  };
}

/** The parts (top-level items) of each version; the caller leaves out those compared as articles. */
export function diffParts(oldParts: readonly Part[], newParts: readonly Part[], newPlan: Plan | null, ctx: CompareContext): EntityDiff {
  return diffEntities(oldParts, newParts, headingSpec<Part>('part'), ctx, newPlan?.titlePosition ?? null);
}

/** The groups of tasks; their alignment also tells which tasks moved to another group. */
export function diffSections(oldPlan: Plan | null, newPlan: Plan | null, ctx: CompareContext): EntityDiff {
  return diffEntities(oldPlan?.sections ?? [], newPlan?.sections ?? [], headingSpec<Section>('section'), ctx, newPlan?.titlePosition ?? null);
}
