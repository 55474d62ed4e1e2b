import type { Box, Plan } from '../model/types.js';
import { alignTitledProse } from './align-titled.js';
import { diffEntities, type EntityDiff } from './diff-entities.js';
import { proseField, valueField, type CompareContext } from './fields.js';

/**
 * 专栏 boxes are prose with a title, as safeguards are: matched by title and text, then by title
 * (a box whose projects changed), then by text (a box retitled), then by similarity.
 */
export function diffBoxes(oldPlan: Plan | null, newPlan: Plan | null, ctx: CompareContext): EntityDiff {
  return diffEntities<Box>(
    oldPlan?.boxes ?? [],
    newPlan?.boxes ?? [],
    {
      kind: 'box',
      align: alignTitledProse(ctx),
      fields: [proseField('title', (b) => b.title), proseField('text', (b) => b.text)],
      number: valueField('number', (b) => b.number),
      entity: (b) => b,
      position: (b) => b.position,
    },
    ctx,
    newPlan?.titlePosition ?? null,
  );
}
