import type { Position } from '../model/types.js';
import { sourceEnd, sourceOffset } from '../source/anchors.js';
import type { Block } from '../source/types.js';
import type { RuleContext } from './rule.js';

/** The source span of characters `from`..`to` of a block's text, through the block's anchors. */
export function blockSpan(ctx: Pick<RuleContext, 'span' | 'text'>, block: Block, from: number, to: number): Position {
  const start = sourceOffset(block.anchors, from);
  const end = to <= from ? start : sourceEnd(block, to, ctx.text);
  return ctx.span(start, end);
}
