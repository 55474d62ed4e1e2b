import type { Block, CellBlock, OffsetAnchor } from './types.js';

const shiftAnchors = (anchors: OffsetAnchor[], by: number): OffsetAnchor[] => anchors.map((a) => ({ text: a.text, source: a.source + by }));

function shiftCell(cell: CellBlock, by: number): CellBlock {
  return { ...cell, anchors: shiftAnchors(cell.anchors, by), start: cell.start + by, end: cell.end + by };
}

/** Moves a block read from a slice of the source to its place in the whole source. */
export function shiftBlock(block: Block, by: number): Block {
  const shifted: Block = { ...block, anchors: shiftAnchors(block.anchors, by), start: block.start + by, end: block.end + by };
  if (block.rows) shifted.rows = block.rows.map((row) => row.map((cell) => shiftCell(cell, by)));
  if (block.fields) shifted.fields = block.fields.map((f) => ({ ...f, start: f.start + by, end: f.end + by }));
  return shifted;
}
