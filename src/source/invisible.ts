import { AnchoredText, sourceOffset } from './anchors.js';
import type { Block, CellBlock, OffsetAnchor } from './types.js';

/**
 * Characters that print as nothing: the zero-width space, non-joiner and joiner, the word joiner
 * and a byte-order mark inside the text. Pasted CMS and WeChat text leaves them between the
 * characters of a figure (2​0%) or a unit's name (区​生态环境分局), where they are no part of it.
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u200b-\u200d\u2060\ufeff]/g;

/** A text without its invisible characters, each kept character still anchored to where it stands in the source. */
function dropFrom(text: string, anchors: readonly OffsetAnchor[], start: number): { text: string; anchors: OffsetAnchor[] } {
  const acc = new AnchoredText();
  const placed = anchors.length > 0 ? anchors : [{ text: 0, source: start }];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (!INVISIBLE.test(c)) acc.append(c, sourceOffset(placed, i));
  }
  return { text: acc.text, anchors: acc.anchors };
}

function cellWithout(cell: CellBlock): CellBlock {
  if (!INVISIBLE.test(cell.text)) return cell;
  return { ...cell, ...dropFrom(cell.text, cell.anchors, cell.start) };
}

/**
 * Takes the invisible characters out of the blocks an adapter made, whatever the input's format,
 * so that every later stage reads 20% and 区生态环境分局; positions still point into the source.
 */
export function dropInvisibles(blocks: Block[]): Block[] {
  return blocks.map((block) => {
    const inText = INVISIBLE.test(block.text);
    const inFields = block.fields?.some((f) => INVISIBLE.test(f.key) || INVISIBLE.test(f.value)) ?? false;
    if (!inText && !inFields && !block.rows) return block;
    const out: Block = inText ? { ...block, ...dropFrom(block.text, block.anchors, block.start) } : { ...block };
    if (block.rows) out.rows = block.rows.map((row) => row.map(cellWithout));
    if (inFields && block.fields) out.fields = block.fields.map((f) => ({ ...f, key: f.key.replace(INVISIBLE_ALL, ''), value: f.value.replace(INVISIBLE_ALL, '') }));
    return out;
  });
}
