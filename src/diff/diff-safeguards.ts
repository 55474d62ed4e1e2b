import type { Plan, Safeguard } from '../model/types.js';
import { alignTitledProse } from './align-titled.js';
import { diffEntities, type EntityDiff } from './diff-entities.js';
import { proseField, valueField, type CompareContext } from './fields.js';
import { itemsField, type ProsePair } from './prose.js';

/** Safeguards (保障措施) are matched by title, then by text, then by similarity. */
export function diffSafeguards(oldPlan: Plan | null, newPlan: Plan | null, prose: ProsePair, ctx: CompareContext): EntityDiff {
  return diffEntities<Safeguard>(
    oldPlan?.safeguards ?? [],
    newPlan?.safeguards ?? [],
    {
      kind: 'safeguard',
      align: alignTitledProse(ctx),
      fields: [proseField('title', (s) => s.title), proseField('text', (s) => s.text), itemsField<Safeguard>('safeguard', prose)],
      number: valueField('number', (s) => s.number),
      entity: (s) => s,
      position: (s) => s.position,
    },
    ctx,
    newPlan?.titlePosition ?? null,
  );
}
