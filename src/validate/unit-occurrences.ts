import type { OutlineNode, Position, Responsibility } from '../model/types.js';
import { walk } from '../parse/outline.js';
import type { RuleContext } from './rule.js';

export interface UnitOccurrence {
  /** The item the responsibility clause belongs to. */
  node: OutlineNode;
  responsibility: Responsibility;
  /** The unit's name as written. */
  name: string;
  /** Where the name stands in the clause (the clause itself when it cannot be found). */
  position: Position;
}

/** Every unit named in a responsibility clause, in the order written, with its place. */
export function unitOccurrences(ctx: RuleContext): UnitOccurrence[] {
  const out: UnitOccurrence[] = [];
  walk(ctx.doc.outline, (node) => {
    const r = node.responsibility;
    if (!r) return;
    let cursor = r.position.start.offset;
    for (const role of r.roles) {
      for (const name of role.units) {
        const found = ctx.find(name, r.position, cursor);
        if (found) cursor = found.end.offset;
        out.push({ node, responsibility: r, name, position: found ?? r.position });
      }
    }
  });
  return out;
}
