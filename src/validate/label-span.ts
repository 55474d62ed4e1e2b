import type { Position } from '../model/types.js';
import type { RuleContext } from './rule.js';

/**
 * Where an item's marker (1. / (一) / 第三条) is written, for a finding about its number: a span,
 * so that every output format has where it ends (json's endLine, github's endColumn). The item's
 * start when the label cannot be found in it.
 */
export function labelSpan(ctx: RuleContext, item: { label: string; position: Position }): Position {
  const label = item.label.trim();
  const found = label ? ctx.find(label, item.position) : null;
  if (found) return found;
  const start = item.position.start.offset;
  return ctx.span(start, Math.min(start + 1, item.position.end.offset));
}
