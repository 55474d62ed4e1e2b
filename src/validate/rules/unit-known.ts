import type { Rule } from '../rule.js';
import { groupBy } from '../group-by.js';
import { unitOccurrences } from '../unit-occurrences.js';

/**
 * Units in responsibility clauses are ones the registry knows: the built-in names, a place
 * followed by a standard department (区科技局, 市财政局), and `units.known` / `units.aliases`
 * from `.planrc.json`. A near miss is most likely a typo and is reported where it stands, with
 * the name it resembles; a name like nothing known is reported once, where it first appears.
 */
export const unitKnown: Rule = {
  id: 'unit-known',
  description: 'units in responsibility clauses are in the unit registry (built in, plus units.known in .planrc.json); near misses suggest a name',
  defaultSeverity: 'warning',
  check(ctx) {
    const unknown = unitOccurrences(ctx).filter((o) => !ctx.units.isKnown(o.name));
    for (const occurrences of groupBy(unknown, (o) => ctx.units.key(o.name)).values()) {
      const name = occurrences[0]!.name;
      const suggestions = ctx.units.suggestions(name);
      if (suggestions.length > 0) {
        for (const o of occurrences) ctx.report(`unknown unit "${o.name}"; did you mean ${suggestions.join(' or ')}?`, o.position);
      } else {
        const times = occurrences.length > 1 ? ` (named ${occurrences.length} times)` : '';
        ctx.report(`unknown unit "${name}"${times}; if it is right, add it to units.known in .planrc.json`, occurrences[0]!.position);
      }
    }
  },
};
