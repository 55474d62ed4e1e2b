import type { BodyTable } from '../model/types.js';
import { itemMarker } from './decimal-chapters.js';
import { matchAnnexHead, rebuildFlatTable, tableFromBlock } from './annex.js';
import type { Item, ParseContext } from './context.js';

/** A table found in the plan's text, before it is read: a table block or a run of flattened cells. */
export interface PendingTable {
  caption: Item | null;
  path: string[];
  /** The table block, or the flattened cells (header first, then rows). */
  items: Item[];
}

/** `表1 …`, `附表2 …`, or a short line naming a table (…分解表, …清单, …一览表). */
const CAPTION = /^(?:附?表 ?[0-9一二三四五六七八九十]+(?:[-.][0-9]+)?(?![0-9.])|.{2,40}(?:表|清单|一览)$)/;

export function isTableCaption(item: Item): boolean {
  const t = item.match.trim();
  return item.block.kind !== 'table' && t.length <= 50 && !/[。;]/.test(t) && CAPTION.test(t);
}

/** A line that may be a cell of a table flattened to one cell per line. */
function mayBeCell(item: Item): boolean {
  const t = item.match.trim();
  return (
    item.block.kind === 'paragraph' &&
    t.length > 0 &&
    t.length <= 200 &&
    // A bare serial (1, 2 …) is a cell; a marked item (1. …) or an annex heading ends the table.
    (itemMarker(item) === null || /^\d{1,3}$/.test(t)) &&
    matchAnnexHead(t) === null
  );
}

/** A header has a few cells; a row no more than a few dozen (bounds the search on long runs of lines). */
const MAX_HEADER = 40;
const MAX_ROW = 80;

const isNumber = (item: Item | undefined): boolean => item !== undefined && /^[-+]?\d+(?:\.\d+)?%?$/.test(item.match.trim().replace(/,/g, ''));

/**
 * How many lines from `from` (up to `to`) a flattened table takes: a header of two or more cells,
 * then rows that each start with the next serial (1, 2, 3 …) followed by a cell that is not a
 * number. The last row takes as many cells as the others; what follows it is text again.
 */
export function flatTableExtent(cells: readonly Item[], from = 0, to = cells.length): number | null {
  const at = (i: number): Item | undefined => (from + i < to ? cells[from + i] : undefined);
  const length = to - from;
  let h = 0;
  while (h < length && h <= MAX_HEADER && !(at(h)!.match.trim() === '1' && !isNumber(at(h + 1)))) h++;
  if (h < 2 || h > MAX_HEADER || h >= length - 1) return null;
  const starts: number[] = [];
  let expected = 1;
  for (let i = h; i < length; i++) {
    const prev = starts[starts.length - 1];
    if (prev !== undefined && i - prev > MAX_ROW) break;
    if (at(i)!.match.trim() === String(expected) && !isNumber(at(i + 1)) && (prev === undefined || i - prev >= 2)) {
      starts.push(i);
      expected++;
    }
  }
  const gaps = starts.slice(1).map((s, k) => s - starts[k]!);
  const width = gaps.length ? Math.min(...gaps) : h;
  return Math.min(length, starts[starts.length - 1]! + Math.max(width, 2));
}

/**
 * Finds tables flattened into lines after a caption (表1 …, 重点任务分解表): for each, the index of
 * its first cell and its cells. Only runs after a caption count, so ordinary short paragraphs are
 * never read as a table.
 */
export function findFlatTables(items: Item[]): Map<number, Item[]> {
  const found = new Map<number, Item[]>();
  // Where the run of possible cells that starts at each item ends, computed once from the end.
  const runEnd = new Array<number>(items.length + 1).fill(items.length);
  for (let k = items.length - 1; k >= 0; k--) runEnd[k] = mayBeCell(items[k]!) ? runEnd[k + 1]! : k;
  for (let k = 0; k < items.length - 1; k++) {
    if (!isTableCaption(items[k]!)) continue;
    const extent = flatTableExtent(items, k + 1, runEnd[k + 1]!);
    if (extent === null) continue;
    found.set(items[k + 1]!.index, items.slice(k + 1, k + 1 + extent));
    k += extent;
  }
  return found;
}

/** Reads the tables found in the plan's text into the model. */
export function readBodyTables(ctx: ParseContext, pending: PendingTable[]): BodyTable[] {
  const out: BodyTable[] = [];
  for (const p of pending) {
    const first = p.items[0]!;
    const last = p.items[p.items.length - 1]!;
    const table =
      first.block.kind === 'table'
        ? tableFromBlock(ctx, first, 'text')
        : rebuildFlatTable(
            ctx,
            p.items.map((it) => ({ text: it.text, match: it.match, item: it, offset: 0, position: ctx.blockPosition(it) })),
            'text',
          );
    if (!table) continue;
    out.push({
      caption: p.caption ? p.caption.text.trim() : null,
      path: p.path,
      table,
      position: ctx.rangePosition(p.caption ?? first, last),
    });
  }
  return out;
}
