import type { PlanDocument, Unparsed } from '../model/types.js';
import { diffEntities, type EntityDiff } from './diff-entities.js';
import { proseField, type CompareContext } from './fields.js';
import type { UnparsedEntity } from './types.js';

/**
 * The text the parse placed in no element (`unparsed`, each with its `unparsed-text` warning):
 * compared as passages of prose, paired by their text and then by likeness, so a sentence added
 * above the title is one change (kind `unparsed`) rather than nothing. What the parse does not read
 * it cannot compare element by element, but a change there is a change of the notice all the same.
 */
export function diffUnparsed(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): EntityDiff {
  return diffEntities<Unparsed>(
    oldDoc.unparsed,
    newDoc.unparsed,
    {
      kind: 'unparsed',
      align: { keys: [(u) => ctx.key(u.text) || null], similarity: (u) => ctx.key(u.text) },
      fields: [proseField('text', (u) => u.text)],
      entity: (u): UnparsedEntity => ({ text: u.text, position: u.position }),
      position: (u) => u.position,
    },
    ctx,
  );
}
