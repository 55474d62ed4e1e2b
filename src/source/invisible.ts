import { AnchoredText, sourceOffset } from './anchors.js';
import { ocrSpaces } from '../text/fold.js';
import { ornamentOffsets } from '../text/ornaments.js';
import { roleLabelSpaces } from '../text/spaced-labels.js';
import type { Block, CellBlock, OffsetAnchor } from './types.js';

/**
 * Characters that print as nothing: the zero-width space, non-joiner and joiner, the word joiner
 * and a byte-order mark inside the text. Pasted CMS and WeChat text leaves them between the
 * characters of a figure (2​0%) or a unit's name (区​生态环境分局), where they are no part of it.
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * The offsets of a text's characters that are no part of it: invisible ones, the spaces OCR put
 * between characters, and the letter-spacing inside a role label; in a paragraph or heading (not a
 * table's cell, where ● may be all it says), the ornaments that open its lines (see ornaments.ts).
 */
function dropped(text: string, lines = false): Set<number> | null {
  const found = [ocrSpaces(text), roleLabelSpaces(text), lines ? ornamentOffsets(text) : []];
  const invisible = INVISIBLE.test(text);
  // Most blocks have none of these: no set is made for them.
  if (!invisible && found.every((offsets) => offsets.length === 0)) return null;
  const out = new Set<number>(found.flat());
  if (invisible) for (let i = 0; i < text.length; i++) if (INVISIBLE.test(text[i] as string)) out.add(i);
  return out;
}

/** A text without the characters at `drop`, each kept character still anchored to where it stands in the source. */
function dropFrom(text: string, anchors: readonly OffsetAnchor[], start: number, drop: Set<number>): { text: string; anchors: OffsetAnchor[] } {
  const acc = new AnchoredText();
  const placed = anchors.length > 0 ? anchors : [{ text: 0, source: start }];
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) acc.append(text[i] as string, sourceOffset(placed, i));
  return { text: acc.text, anchors: acc.anchors };
}

function cellWithout(cell: CellBlock): CellBlock {
  const drop = dropped(cell.text);
  if (!drop) return cell;
  return { ...cell, ...dropFrom(cell.text, cell.anchors, cell.start, drop) };
}

/**
 * Takes the invisible characters out of the blocks an adapter made, whatever the input's format,
 * so that every later stage reads 20% and 区生态环境分局; and the spaces OCR set between the
 * characters of a line (区 科 技 局, see ocrSpaces), so that it reads 区科技局; and the ornaments
 * before a line's words (▌一、, 🔹1.), so that it reads as the heading or item it is. Positions still
 * point into the source.
 */
export function dropInvisibles(blocks: Block[]): Block[] {
  return blocks.map((block) => {
    const drop = dropped(block.text, block.kind === 'paragraph' || block.kind === 'heading');
    const inFields = block.fields?.some((f) => INVISIBLE.test(f.key) || INVISIBLE.test(f.value)) ?? false;
    if (!drop && !inFields && !block.rows) return block;
    const out: Block = drop ? { ...block, ...dropFrom(block.text, block.anchors, block.start, drop) } : { ...block };
    // The characters an inline element sets apart at the start are fewer by those taken out of them.
    if (drop && block.lead !== undefined) out.lead = block.lead - [...drop].filter((i) => i < block.lead!).length;
    if (block.rows) out.rows = block.rows.map((row) => row.map(cellWithout));
    if (inFields && block.fields) out.fields = block.fields.map((f) => ({ ...f, key: f.key.replace(INVISIBLE_ALL, ''), value: f.value.replace(INVISIBLE_ALL, '') }));
    return out;
  });
}
