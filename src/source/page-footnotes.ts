import { isPageNumber } from '../text/page-furniture.js';
import type { Block, OffsetAnchor } from './types.js';

/** A circled number opening a note (① …), the way a PDF's page prints its footnotes; ⑴ and ㈠ are items' marks, not notes'. */
const NOTE_MARK = /^([\u2460-\u2473])\s*/;
/** How many blocks above a note its page may hold: the citing text stands on the note's own page. */
const PAGE_REACH = 60;

/** Whether a block is a page's furniture: its number, or a line set aside as chrome (a running head or foot). */
const furniture = (b: Block): boolean => b.chrome === true || (b.kind === 'paragraph' && b.text.length <= 16 && isPageNumber(b.text));

/** The block without its first `d` characters, its anchors moved to match. */
function withoutStart(block: Block, d: number): Block {
  let source = block.start + d;
  for (const a of block.anchors) if (a.text <= d) source = a.source + (d - a.text);
  const anchors: OffsetAnchor[] = [{ text: 0, source }, ...block.anchors.filter((a) => a.text > d).map((a) => ({ ...a, text: a.text - d }))];
  return { ...block, text: block.text.slice(d), anchors, start: source };
}

/**
 * Footnotes at the foot of a PDF's page (① 数字化转型覆盖率指…): a paragraph opened by a circled
 * number, right above the page's number or the next page's head (other such notes between), whose
 * mark the text above it on the same page cites (…达到60%①). Marked as the document's notes, the
 * mark taken out of the text, as Markdown's and Word's are; a ① line anywhere else (a task's ①
 * sub-items, which cite nothing and run on to more text) stays as it is.
 */
export function markPageFootnotes(blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph' || block.chrome || !NOTE_MARK.test(block.text)) continue;
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.kind === 'paragraph' && NOTE_MARK.test(blocks[j]!.text) && !furniture(blocks[j]!)) j++;
    if (j >= blocks.length || !furniture(blocks[j]!)) continue;
    const m = NOTE_MARK.exec(block.text)!;
    const mark = m[1]!;
    if (!citedAbove(blocks, i, mark)) continue;
    out ??= blocks.slice();
    out[i] = { ...withoutStart(block, m[0].length), footnote: mark };
  }
  return out ?? blocks;
}

/**
 * Whether a block above `i`, on the same page (back to the page's furniture), has `mark` inside its
 * text. A paragraph a page break cut keeps that break's furniture after it: it is on the page too.
 */
function citedAbove(blocks: readonly Block[], i: number, mark: string): boolean {
  for (let k = i - 1, n = 0; k >= 0 && n < PAGE_REACH; k--, n++) {
    const b = blocks[k]!;
    if (b.kind === 'paragraph' && isPageNumber(b.text)) {
      while (k > 0 && furniture(blocks[k - 1]!)) k--;
      return k > 0 && blocks[k - 1]!.text.indexOf(mark) > 0;
    }
    if (b.footnote === undefined && b.text.indexOf(mark) > 0) return true;
  }
  return false;
}
