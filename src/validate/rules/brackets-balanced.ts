import type { Position } from '../../model/types.js';
import type { Block } from '../../source/types.js';
import { matchMarker } from '../../text/markers.js';
import { blockSpan } from '../block-span.js';
import type { Rule, RuleContext } from '../rule.js';

/**
 * Bracket kinds and their characters. Half- and full-width parentheses are one kind: scraped
 * text mixes them freely, so `(一）` is fine; `(…》` is not.
 */
const OPENERS: Record<string, string> = { '(': 'paren', '（': 'paren', '《': 'book', '“': 'quote', '〔': 'year' };
const CLOSERS: Record<string, string> = { ')': 'paren', '）': 'paren', '》': 'book', '”': 'quote', '〕': 'year' };

interface Open {
  char: string;
  kind: string;
  /** Index of the block it was opened in. */
  block: number;
  position: Position;
}

/**
 * Checks that brackets pair up, in one linear pass with a stack. A bracket may close in the
 * next block as well as its own, because a title split over two lines splits its bracket too;
 * anything still open after that is reported where it was opened.
 */
export const bracketsBalanced: Rule = {
  id: 'brackets-balanced',
  description: 'brackets (), （）, 《》, “”, 〔〕 are closed, by the same kind, within a paragraph or the line after it',
  defaultSeverity: 'warning',
  check(ctx) {
    const stack: Open[] = [];
    const unclosed = (open: Open): void => ctx.report(`"${open.char}" is not closed`, open.position);
    ctx.blocks.forEach((block, b) => {
      // Whatever is still open from two blocks back stays unclosed.
      while (stack.length > 0 && stack[0]!.block < b - 1) unclosed(stack.shift()!);
      const skip = markerCloser(block);
      for (let i = 0; i < block.text.length; i++) {
        const c = block.text[i] as string;
        const opening = OPENERS[c];
        if (opening) {
          stack.push({ char: c, kind: opening, block: b, position: blockSpan(ctx, block, i, i + 1) });
          continue;
        }
        const closing = CLOSERS[c];
        if (!closing || i === skip) continue;
        close(ctx, stack, { char: c, kind: closing, block: b, position: blockSpan(ctx, block, i, i + 1) }, unclosed);
      }
    });
    for (const open of stack) unclosed(open);
  },
};

function close(ctx: RuleContext, stack: Open[], closer: Open, unclosed: (open: Open) => void): void {
  const top = stack[stack.length - 1];
  if (top?.kind === closer.kind) {
    stack.pop();
    return;
  }
  const match = stack.findLastIndex((o) => o.kind === closer.kind);
  if (match >= 0) {
    // `(《…)`: the 《 in between was never closed.
    for (const open of stack.splice(match).slice(1)) unclosed(open);
    return;
  }
  if (top && top.block === closer.block) {
    stack.pop();
    const at = top.position.start;
    ctx.report(`"${closer.char}" does not match "${top.char}" opened at ${at.line}:${at.column}`, closer.position);
    return;
  }
  ctx.report(`"${closer.char}" closes no open bracket`, closer.position);
}

/** The index of the `)` of a list marker such as `1)`, which has no opening bracket by design. */
function markerCloser(block: Block): number {
  const marker = matchMarker(block.text);
  if (!marker || marker.kind !== 'paren-arabic' || /^[(（]/.test(marker.label)) return -1;
  return block.text.indexOf(marker.label) + marker.label.length - 1;
}
