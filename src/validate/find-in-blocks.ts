import { sourceEnd, sourceOffset } from '../source/anchors.js';
import type { Block, OffsetAnchor } from '../source/types.js';

interface Piece {
  text: string;
  anchors: readonly OffsetAnchor[];
}

/**
 * Finds `needle` in the blocks' logical text inside the source span [from, to), and returns its
 * source span. The source may write a name apart from how it reads: a zero-width character inside
 * it (区\u200b科技局), a character reference (&#21306;), a line break or tag in the middle. The blocks
 * hold the text as read, each character anchored to the source, so a name found there is placed
 * at the characters around it. Only blocks that overlap the span are read.
 */
export function findInBlocks(
  blocks: readonly Block[],
  source: string,
  match: (text: string) => string,
  needle: string,
  from: number,
  to: number,
): [number, number] | null {
  const want = match(needle);
  if (!want) return null;
  // The first block that ends after `from` (blocks stand in source order).
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid] as Block).end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let b = lo; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    if (block.start >= to) break;
    const pieces: Piece[] = block.rows ? block.rows.flat().filter((c) => !c.spanned) : [block];
    for (const piece of pieces) {
      if (piece.text.length < want.length) continue;
      const { text, at } = visible(match(piece.text));
      for (let i = text.indexOf(want); i >= 0; i = text.indexOf(want, i + 1)) {
        const first = at ? (at[i] as number) : i;
        const last = at ? (at[i + want.length - 1] as number) : i + want.length - 1;
        const start = sourceOffset(piece.anchors, first);
        if (start < from) continue;
        const end = sourceEnd(piece, last + 1, source);
        if (end <= to) return [start, end];
        break;
      }
    }
  }
  return null;
}

/** Characters that print as nothing (as source/invisible.ts takes them out of a loaded source's text). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;

/**
 * The text without its invisible characters, with the offset each kept character had (`at`);
 * a plain text's blocks (validateText) keep them, a loaded source's have none and pass as they are.
 */
function visible(text: string): { text: string; at: number[] | null } {
  if (!INVISIBLE.test(text)) return { text, at: null };
  let kept = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (INVISIBLE.test(text[i] as string)) continue;
    kept += text[i];
    at.push(i);
  }
  return { text: kept, at };
}
