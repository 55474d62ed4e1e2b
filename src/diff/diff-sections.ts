import type { Part, Plan, Section } from '../model/types.js';
import { diffEntities, type EntityDiff, type EntitySpec } from './diff-entities.js';
import { proseField, valueField, type CompareContext } from './fields.js';
import type { OwnedProse, ProsePair } from './prose.js';
import type { HeadingEntity } from './types.js';

function withText<T extends Part | Section>(items: readonly T[], kind: 'part' | 'section', prose: OwnedProse): Array<T & { text: string }> {
  return items.map((h) => ({ ...h, text: prose.of(kind, h.position.start.offset) }));
}

/** Parts (一、二、) and groups of tasks ((一)(二)) compare alike: by title, then by similarity; then their text. */
function headingSpec<T extends HeadingEntity>(kind: 'part' | 'section', ctx: CompareContext, textKey: (text: string) => string): EntitySpec<T> {
  return {
    kind,
    align: { keys: [(h) => ctx.key(h.title)], similarity: (h) => h.title },
    fields: [proseField<T>('title', (h) => h.title), proseField<T>('text', (h) => h.text, textKey)],
    number: valueField<T>('number', (h) => h.number),
    entity: (h) => h,
    position: (h) => h.position,
  };
}

/** The parts (top-level items) of each version; the caller leaves out those compared as articles. */
export function diffParts(oldParts: readonly Part[], newParts: readonly Part[], newPlan: Plan | null, prose: ProsePair, ctx: CompareContext): EntityDiff {
  return diffEntities(
    withText(oldParts, 'part', prose.old),
    withText(newParts, 'part', prose.new),
    headingSpec<Part & { text: string }>('part', ctx, prose.textKey),
    ctx,
    newPlan?.titlePosition ?? null,
  );
}

/** The groups of tasks; their alignment also tells which tasks moved to another group. */
export function diffSections(oldPlan: Plan | null, newPlan: Plan | null, prose: ProsePair, ctx: CompareContext): EntityDiff {
  return diffEntities(
    withText(oldPlan?.sections ?? [], 'section', prose.old),
    withText(newPlan?.sections ?? [], 'section', prose.new),
    headingSpec<Section & { text: string }>('section', ctx, prose.textKey),
    ctx,
    newPlan?.titlePosition ?? null,
  );
}
