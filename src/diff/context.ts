import type { PlanDocument } from '../model/types.js';
import { documentPlaces } from '../query/places.js';
import { looksTraditionalDoc } from '../query/traditional.js';
import { UnitMatcher } from '../query/unit-matcher.js';
import { keySimplifier, loadSimplifier } from '../text/simplify.js';
import { eachOfTwoKinds } from '../units/second-name.js';
import type { CompareContext } from './fields.js';
import { loadRedliner } from './redline.js';
import { diffTextKey } from './text-key.js';
import { tableUnitNames } from './unit-cells.js';
import type { DiffOptions } from './types.js';

/** What comparing these two documents needs: the text key, the unit identity and the redliner. */
export async function compareContext(oldDoc: PlanDocument, newDoc: PlanDocument, options: DiffOptions): Promise<CompareContext> {
  const strict = options.strict ?? false;
  // A 繁体 page of the same notice is the same notice: both are compared in simplified characters.
  // The converter reads a simplified text as 繁体 too (显著 → 显着, 乾县 → 干县): texts and units are
  // keyed through keySimplifier, which keeps those as written and folds what it changes alike.
  const simplify = !strict && (looksTraditionalDoc(oldDoc) || looksTraditionalDoc(newDoc)) ? keySimplifier(await loadSimplifier()) : undefined;
  // The same texts (task titles and bodies, a redline's words) are keyed many times over while
  // pairing: each is keyed once per diff.
  const keys = new Map<string, string>();
  const key = strict
    ? (text: string) => text
    : (text: string) => {
        let k = keys.get(text);
        if (k === undefined) {
          k = diffTextKey(text, simplify);
          keys.set(text, k);
        }
        return k;
      };
  // The identity `plan query` gives units (区发改委 = 区发展改革委 = 河东区发展和改革委员会): a
  // respelling is not a participant added and another removed.
  const places = [...new Set([...documentPlaces(oldDoc), ...documentPlaces(newDoc)])];
  // The names both versions write (in tasks' clauses and tables' unit columns), so that a unit's
  // second name (区科技局（原区科委）) is that unit in the other version too, as it is for plan query.
  const names = [
    ...new Set([oldDoc, newDoc].flatMap((doc) => [...(doc.plan?.tasks ?? []).flatMap((task) => [...task.lead, ...task.participants]), ...tableUnitNames(doc)])),
  ];
  const matcher = new UnitMatcher({ places, names, ...(simplify ? { simplify } : {}), ...(options.aliases ? { aliases: options.aliases } : {}) });
  const unitKey = strict ? (name: string) => name : (name: string) => matcher.key(name);
  // 各镇（街道） is found by 各镇 and by 各街道 (UnitMatcher.keys): widening 各镇 to it adds a unit.
  const unitKinds = (name: string): Array<{ name: string; key: string }> => {
    const kinds = strict ? null : eachOfTwoKinds(name);
    const own = unitKey(name);
    const second = kinds ? matcher.key(kinds.second) : own;
    return kinds && second !== own ? [{ name: kinds.main, key: own }, { name: kinds.second, key: second }] : [{ name, key: own }];
  };
  const redline = await loadRedliner(strict ? undefined : key);
  return { strict, redline, key, unitKey, unitKinds };
}
