import type { Rule } from '../rule.js';
import { groupBy } from '../group-by.js';
import { unitOccurrences } from '../unit-occurrences.js';

/**
 * Units in responsibility clauses are ones the registry knows: the built-in names, a place
 * followed by a standard department (区科技局, 市财政局), and `units.known` / `units.aliases`
 * from `.planrc.json`. A near miss is most likely a typo and is reported with the names it
 * resembles; a name like nothing known is to be added to the config. Either is reported once,
 * where it first appears, with how many times it is named.
 */
export const unitKnown: Rule = {
  id: 'unit-known',
  description: 'units in responsibility clauses are in the unit registry (built in, plus units.known in .planrc.json); near misses suggest a name',
  defaultSeverity: 'warning',
  check(ctx) {
    const unknown = unitOccurrences(ctx).filter((o) => !ctx.units.isKnown(o.name));
    // One finding per name, where it is first named, however many times the notice names it: a
    // misspelling repeated is one slip to correct everywhere, as an unknown name is one to add.
    for (const occurrences of groupBy(unknown, (o) => ctx.units.key(o.name)).values()) {
      // Outline clauses come before table rows in the list, which may stand earlier in the text.
      const first = occurrences.reduce((a, b) => (b.position.start.offset < a.position.start.offset ? b : a));
      const times = occurrences.length > 1 ? ` (named ${occurrences.length} times)` : '';
      const suggestions = ctx.units.suggestions(first.name);
      const advice = suggestions.length > 0 ? `did you mean ${suggestions.join(' or ')}?` : 'if it is right, add it to units.known in .planrc.json';
      ctx.report(`unknown unit "${first.name}"${times}; ${advice}`, first.position);
    }
  },
};
