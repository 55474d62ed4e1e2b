import type { Plan, Safeguard } from '../model/types.js';
import { substanceKey } from '../text/fold.js';
import { diffEntities, type EntityDiff } from './diff-entities.js';
import { proseField, valueField, type CompareContext } from './fields.js';

/** Safeguards (保障措施) are matched by title, then by text, then by similarity. */
export function diffSafeguards(oldPlan: Plan | null, newPlan: Plan | null, ctx: CompareContext): EntityDiff {
  return diffEntities<Safeguard>(
    oldPlan?.safeguards ?? [],
    newPlan?.safeguards ?? [],
    {
      kind: 'safeguard',
      align: {
        keys: [
          (s) => `${substanceKey(s.title)}\u0001${substanceKey(s.text)}`,
          (s) => substanceKey(s.title) || null,
          (s) => substanceKey(s.text) || null,
        ],
        similarity: (s) => `${s.title}\n${s.text}`,
      },
      fields: [proseField('title', (s) => s.title), proseField('text', (s) => s.text)],
      number: valueField('number', (s) => s.number),
      entity: (s) => s,
      position: (s) => s.position,
    },
    ctx,
    newPlan?.titlePosition ?? null,
  );
}
