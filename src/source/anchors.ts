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
