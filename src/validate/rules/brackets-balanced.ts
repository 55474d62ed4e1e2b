import type { Position } from '../../model/types.js';
import type { Block } from '../../source/types.js';
import { matchMarker } from '../../text/markers.js';
import { blockSpan } from '../block-span.js';
import { stepItemNumber } from '../item-number-step.js';
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
 * anything still open after that is reported where it was opened. A quotation of several
 * paragraphs opens each with “ and closes only the last (GB/T 15834-2011 4.1.3.4): a paragraph
 * that opens with “ while the previous one left a quotation open goes on with that quotation.
 */
export const bracketsBalanced: Rule = {
  id: 'brackets-balanced',
  description: 'brackets (), （）, 《》, “”, 〔〕 are closed, by the same kind, within a paragraph or the line after it',
  defaultSeverity: 'warning',
  check(ctx) {
    const stack = new BracketStack();
    const unclosed = (open: Open): void => ctx.report(`"${open.char}" is not closed`, open.position);
    ctx.blocks.forEach((block, b) => {
      // Whatever is still open from two blocks back stays unclosed.
      for (const open of stack.dropBefore(b - 1)) unclosed(open);
      const skip = markerCloser(block);
      const continued = quoteContinues(block, stack, b);
      for (let i = 0; i < block.text.length; i++) {
        const c = block.text[i] as string;
        const opening = OPENERS[c];
        if (opening && i !== continued) {
          stack.push({ char: c, kind: opening, block: b, position: blockSpan(ctx, block, i, i + 1) });
          continue;
        }
        const closing = CLOSERS[c];
        if (!closing || i === skip || (closing === 'paren' && !stack.isOpen('paren') && enumeratorCloser(block.text, i))) continue;
        close(ctx, stack, { char: c, kind: closing, block: b, position: blockSpan(ctx, block, i, i + 1) }, unclosed);
      }
    });
    for (const open of stack.dropBefore(Infinity)) unclosed(open);
  },
};

/**
 * The open brackets, innermost last, with a count per kind so that a closer whose kind is not
 * open is known at once: every operation is amortised O(1) and the scan stays linear.
 */
class BracketStack {
  readonly #items: Open[] = [];
  readonly #open = new Map<string, number>();

  get top(): Open | undefined {
    return this.#items[this.#items.length - 1];
  }

  push(open: Open): void {
    this.#items.push(open);
    this.#open.set(open.kind, (this.#open.get(open.kind) ?? 0) + 1);
  }

  isOpen(kind: string): boolean {
    return (this.#open.get(kind) ?? 0) > 0;
  }

  /** Removes and returns the innermost open bracket of `kind` and everything opened after it. */
  popTo(kind: string): Open[] {
    if (!this.#open.get(kind)) return [];
    const removed = this.#items.splice(this.#items.findLastIndex((o) => o.kind === kind));
    for (const o of removed) this.#open.set(o.kind, (this.#open.get(o.kind) as number) - 1);
    return removed;
  }

  /**
   * Carries the innermost open bracket over into `block` when it is a quotation left open by the
   * block before; returns whether it did.
   */
  continueQuote(block: number): boolean {
    const top = this.top;
    if (top?.kind !== 'quote' || top.block !== block - 1) return false;
    top.block = block;
    return true;
  }

  /** Removes and returns the brackets opened in blocks before `block`, outermost first. */
  dropBefore(block: number): Open[] {
    let n = 0;
    while (n < this.#items.length && (this.#items[n] as Open).block < block) n++;
    const removed = this.#items.splice(0, n);
    for (const o of removed) this.#open.set(o.kind, (this.#open.get(o.kind) as number) - 1);
    return removed;
  }
}

function close(ctx: RuleContext, stack: BracketStack, closer: Open, unclosed: (open: Open) => void): void {
  const top = stack.top;
  const closed = stack.popTo(closer.kind);
  if (closed.length > 0) {
    // `(《…)`: the 《 in between was never closed.
    for (const open of closed.slice(1)) unclosed(open);
    return;
  }
  if (top && top.block === closer.block) {
    stack.popTo(top.kind);
    const at = top.position.start;
    ctx.report(`"${closer.char}" does not match "${top.char}" opened at ${at.line}:${at.column}`, closer.position);
    return;
  }
  ctx.report(`"${closer.char}" closes no open bracket`, closer.position);
}

/** The index of a “ that opens the block and goes on with a quotation the previous block left open, or -1. */
function quoteContinues(block: Block, stack: BracketStack, b: number): number {
  const first = block.text.search(/\S/);
  return first >= 0 && block.text[first] === '“' && stack.continueQuote(b) ? first : -1;
}

/** The index of the `)` of a list marker such as `1)` or `一）`, which has no opening bracket by design. */
function markerCloser(block: Block): number {
  const marker = matchMarker(block.text);
  if (!marker || (marker.kind !== 'paren-arabic' && marker.kind !== 'paren-chinese') || /^[(（]/.test(marker.label)) return -1;
  return block.text.indexOf(marker.label) + marker.label.length - 1;
}

/** What numbers an item inline: one or two digits of either width, a circled number, a Chinese numeral, a letter. */
const ENUMERATOR = /(?:(?<![0-9０-９.．])[0-9０-９]{1,2}|[\u2460-\u2473]|(?<![\u4e00-\u9fff])[一二三四五六七八九十]{1,3}|(?<![A-Za-z])[a-z])$/;
/** The marks after which an inline item may start: a line's start, or a sentence's or a clause's end. */
const ITEM_AFTER = '\n。；;：:！？!?';

/**
 * Whether the `)` at `at` closes an item's number set inline at the block's or a line's start or
 * after a sentence's end (…污水整治。1)完成…;2)推进…), opening no bracket by design. A `)` after a
 * figure inside a sentence (…排查10个) still closes nothing, and is reported.
 */
function enumeratorCloser(text: string, at: number): boolean {
  const number = ENUMERATOR.exec(text.slice(Math.max(0, at - 4), at));
  if (!number) return false;
  const from = itemStart(text, at - number[0].length);
  if (from === 0 || ITEM_AFTER.includes(text[from - 1] as string)) return true;
  // After a comma (…政策，1）引进…；2）培育…) a number is an item's only when the item before or
  // after it is set the same way: one lone figure before ） after a comma is as likely a stray bracket.
  return COMMAS.includes(text[from - 1] as string) && (neighbourItem(text, at, number[0], 1) || neighbourItem(text, at, number[0], -1));
}

/** Commas after which a list of items may start inline, when a second item shows it is one. */
const COMMAS = '，,';

/** Where an item's number starting at `from` begins, the spaces before it left out. */
function itemStart(text: string, from: number): number {
  let start = from;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\u3000')) start--;
  return start;
}

/**
 * Whether the item numbered next after `number` (step 1) follows the `)` at `at`, or the one before
 * it (step -1) precedes its number, its ) or ） set after a clause's end or a comma.
 */
function neighbourItem(text: string, at: number, number: string, step: 1 | -1): boolean {
  const other = stepItemNumber(number, step);
  if (other === null) return false;
  const [from, to] = step === 1 ? [at + 1, text.length] : [0, at - number.length];
  for (const closer of [')', '）']) {
    const mark = other + closer;
    for (let i = text.indexOf(mark, from); i >= 0 && i + mark.length <= to; i = text.indexOf(mark, i + 1)) {
      const before = text[itemStart(text, i) - 1];
      if (before !== undefined && (ITEM_AFTER.includes(before) || COMMAS.includes(before))) return true;
    }
  }
  return false;
}
