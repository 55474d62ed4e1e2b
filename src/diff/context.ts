import type { PlanDocument } from '../model/types.js';
import { substanceKey } from '../text/fold.js';
import type { CompareContext } from './fields.js';
import { loadRedliner } from './redline.js';
import type { DiffOptions } from './types.js';

/** What comparing these two documents needs: the text key and the redliner. */
export async function compareContext(_oldDoc: PlanDocument, _newDoc: PlanDocument, options: DiffOptions): Promise<CompareContext> {
  const strict = options.strict ?? false;
  const key = strict ? (text: string) => text : substanceKey;
  return { strict, redline: await loadRedliner(), key };
}
