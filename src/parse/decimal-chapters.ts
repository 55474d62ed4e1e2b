import { matchChapterNumber, matchMarker, type Marker } from '../text/markers.js';
import type { Item } from './context.js';

/** The outline marker an item starts with: its own, or that of a chapter heading without a dot (see markDecimalChapters). */
export function itemMarker(item: Item): Marker | null {
  return item.chapter ?? matchMarker(item.text);
}

/**
 * Finds the chapter headings a decimal outline numbers without a dot, GB/T 1.1 style (`1 总体目标`,
 * `2 重点任务` over `2.1 …`, `2.1.1 …`), and marks their items (`chapter`). A line `2 重点任务` alone
 * could be a figure opening a line or a table's row, so the document must read as such an outline
 * throughout: the headings run 1, 2, 3 … with text between them (rows of a table or list stand
 * side by side), there are two or more, decimal items stand under them, and every decimal item has
 * the number of the chapter it follows (2.1 after 2). Anything else leaves the lines as they were.
 */
export function markDecimalChapters(items: readonly Item[], usable: (item: Item) => boolean): void {
  // Most documents have no decimal items at all: one cheap look rules them out.
  if (!items.some((it) => /^\s*\d{1,2}\.\d/.test(it.match))) return;
  const chapters: Array<{ item: Item; marker: Marker; at: number }> = [];
  let decimals = 0;
  for (const [k, item] of items.entries()) {
    if (!usable(item) || item.block.kind === 'table') continue;
    const current = chapters.length;
    const marker = matchMarker(item.text);
    if (marker) {
      if (marker.kind !== 'decimal') continue;
      // 1.1 before any chapter, or 3.2 under chapter 2: the decimal items are not numbered by such chapters.
      if (Number(marker.number.split('.')[0]) !== current) return;
      decimals++;
      continue;
    }
    const chapter = matchChapterNumber(item.text);
    if (!chapter || chapter.ordinal !== current + 1) continue;
    if (current > 0 && chapters[current - 1]!.at === k - 1) return;
    chapters.push({ item, marker: chapter, at: k });
  }
  if (chapters.length < 2 || decimals === 0) return;
  for (const { item, marker } of chapters) item.chapter = marker;
}
