import { isPageNumber } from '../text/page-furniture.js';
import { sourceOffset } from './anchors.js';
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

/** Where a note's mark is cited in the text, left out of it (as SourceDocument.footnoteRefs holds them). */
export type FootnoteRef = { mark: string; start: number; end: number };

/**
 * Footnotes at the foot of a PDF's page (① 数字化转型覆盖率指…): a paragraph opened by a circled
 * number, right above the page's number or the next page's head (other such notes between), whose
 * mark the text above it on the same page cites (…达到60%①). Marked as the document's notes, the
 * mark taken out of the note's text and out of the text citing it, where `refs` records it, as
 * Markdown's and Word's are (so 60%① reads as 60%, and a note's references say where it is cited);
 * a ① line anywhere else (a task's ① sub-items, which cite nothing and run on to more text) stays
 * as it is, and so does a ① after a colon or a separator in the text above (主要包括：①…；②…),
 * a sub-item's mark rather than a citation.
 */
export function markPageFootnotes(blocks: Block[], refs: FootnoteRef[] = []): Block[] {
  let out: Block[] | null = null;
  const found: FootnoteRef[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph' || block.chrome || !NOTE_MARK.test(block.text)) continue;
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.kind === 'paragraph' && NOTE_MARK.test(blocks[j]!.text) && !furniture(blocks[j]!)) j++;
    if (j >= blocks.length || !furniture(blocks[j]!)) continue;
    const m = NOTE_MARK.exec(block.text)!;
    const mark = m[1]!;
    const current: Block[] = out ?? blocks;
    const citing = pageAbove(current, i).filter((k) => citations(current[k]!.text, mark).length > 0);
    if (citing.length === 0) continue;
    out ??= blocks.slice();
    out[i] = { ...withoutStart(block, m[0].length), footnote: mark };
    for (const k of citing) out[k] = withoutCitations(out[k]!, mark, found);
  }
  // The marks in source order, as a Markdown source's references are.
  refs.push(...found.sort((a, b) => a.start - b.start));
  return out ?? blocks;
}

/**
 * The blocks above `i` on the same page (back to the page's furniture), nearest first. A paragraph
 * a page break cut keeps that break's furniture after it: it is on the page too.
 */
function pageAbove(blocks: readonly Block[], i: number): number[] {
  const on: number[] = [];
  for (let k = i - 1, n = 0; k >= 0 && n < PAGE_REACH; k--, n++) {
    const b = blocks[k]!;
    if (b.kind === 'paragraph' && isPageNumber(b.text)) {
      while (k > 0 && furniture(blocks[k - 1]!)) k--;
      if (k > 0 && blocks[k - 1]!.footnote === undefined) on.push(k - 1);
      return on;
    }
    if (b.footnote === undefined && b.kind === 'paragraph' && !b.chrome) on.push(k);
  }
  return on;
}

/**
 * Where a text cites a note's mark: after a word, a figure or a closing mark (…达到60%①, …行动①。),
 * never at the text's start, nor after a colon, a separator or an opening bracket, where a circled
 * number opens a sub-item (主要包括：①…；②…).
 */
function citations(text: string, mark: string): number[] {
  const at: number[] = [];
  for (let p = text.indexOf(mark, 1); p > 0; p = text.indexOf(mark, p + 1)) {
    if (!/[：:；;。，,、（(【\s\u3000]/.test(text.charAt(p - 1))) at.push(p);
  }
  return at;
}

/** The block with each citation of `mark` (one character) taken out of its text, its anchors kept on the source, each recorded in `refs`. */
function withoutCitations(block: Block, mark: string, refs: FootnoteRef[]): Block {
  let text = block.text;
  let anchors: OffsetAnchor[] = block.anchors.length > 0 ? block.anchors : [{ text: 0, source: 0 }];
  // From the last, so that the offsets before stay as found.
  for (const p of citations(text, mark).reverse()) {
    const source = sourceOffset(anchors, p);
    refs.push({ mark, start: source, end: source + 1 });
    // The text after the mark maps on from the source after it: one anchor there, those past it a character back.
    const after: OffsetAnchor = { text: p, source: sourceOffset(anchors, p + 1) };
    anchors = [...anchors.filter((a) => a.text < p), after, ...anchors.filter((a) => a.text > p + 1).map((a) => ({ ...a, text: a.text - 1 }))];
    text = text.slice(0, p) + text.slice(p + 1);
  }
  return { ...block, text, anchors };
}
