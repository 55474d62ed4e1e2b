import type { Item, ParseContext } from './context.js';

/** Whether a blank line stands between two blocks in the source (a paragraph break, not a line break). */
export function blankBetween(ctx: ParseContext, prev: Item, next: Item): boolean {
  return /\n[ \t\u3000]*\r?\n/.test(ctx.source.text.slice(prev.block.end, next.block.start));
}
