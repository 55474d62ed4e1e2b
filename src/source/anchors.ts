import type { OffsetAnchor } from './types.js';

/** The source offset of a character of a block's text, following the block's anchors. */
export function sourceOffset(anchors: readonly OffsetAnchor[], textOffset: number): number {
  if (anchors.length === 0) return textOffset;
  let lo = 0;
  let hi = anchors.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((anchors[mid] as OffsetAnchor).text <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  const a = anchors[lo] as OffsetAnchor;
  return a.source + Math.max(0, textOffset - a.text);
}

/** Builds anchors as text is appended piece by piece, each piece from a known source offset. */
export class AnchoredText {
  text = '';
  readonly anchors: OffsetAnchor[] = [];

  append(piece: string, sourceStart: number): void {
    if (piece.length === 0) return;
    const last = this.anchors[this.anchors.length - 1];
    const expected = last ? last.source + (this.text.length - last.text) : -1;
    if (expected !== sourceStart) this.anchors.push({ text: this.text.length, source: sourceStart });
    this.text += piece;
  }
}

/** A character reference (&sup2; &#8240; &#x2030;), read where the source has an `&`. */
const REFERENCE_AT = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)/y;

/**
 * The source offset just past characters `..to` of a block's text: the end of the last
 * character's source span, not its start + 1. A character decoded from a reference (² from
 * &sup2;) spans the whole reference, so a span that ends on it ends after the `;`. The source is
 * read at that one place only: a text character other than `&` whose source is an `&` came from a
 * reference (an `&` of the text stands for itself, or for &amp;, and is left one character wide).
 */
export function sourceEnd(block: { text: string; anchors: readonly OffsetAnchor[] }, to: number, source: string): number {
  const at = sourceOffset(block.anchors, to - 1);
  if (source.charCodeAt(at) !== 0x26 || block.text.charCodeAt(to - 1) === 0x26) return at + 1;
  REFERENCE_AT.lastIndex = at;
  const m = REFERENCE_AT.exec(source);
  return m ? at + m[0].length : at + 1;
}
