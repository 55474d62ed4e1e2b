import type { PlanDocument } from '../model/types.js';
import { documentPlaces } from '../query/places.js';
import { UnitMatcher } from '../query/unit-matcher.js';
import { substanceKey } from '../text/fold.js';
import type { CompareContext } from './fields.js';
import { loadRedliner } from './redline.js';
import type { DiffOptions } from './types.js';

/** What comparing these two documents needs: the text key, the unit identity and the redliner. */
export async function compareContext(oldDoc: PlanDocument, newDoc: PlanDocument, options: DiffOptions): Promise<CompareContext> {
  const strict = options.strict ?? false;
  const key = strict ? (text: string) => text : substanceKey;
  // The identity `plan query` gives units (区发改委 = 区发展改革委 = 河东区发展和改革委员会): a
  // respelling is not a participant added and another removed.
  const matcher = new UnitMatcher({ places: [...new Set([...documentPlaces(oldDoc), ...documentPlaces(newDoc)])] });
  const unitKey = strict ? (name: string) => name : (name: string) => matcher.key(name);
  return { strict, redline: await loadRedliner(), key, unitKey };
}
