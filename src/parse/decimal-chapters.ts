import { matchMarker, type Marker } from '../text/markers.js';
import { findDecimalChapters } from '../text/decimal-chapters.js';
import type { Item } from './context.js';

/** The outline marker an item starts with: its own, or that of a chapter heading without a dot (see markDecimalChapters). */
export function itemMarker(item: Item): Marker | null {
  return item.chapter ?? matchMarker(item.text);
}

/**
 * Finds the chapter headings a decimal outline numbers without a dot, GB/T 1.1 style (`1 总体目标`,
 * `2 重点任务` over `2.1 …`), and marks their items (`chapter`): see findDecimalChapters for when the
 * document reads as such an outline. Items already taken and a table's cells take no part.
 */
export function markDecimalChapters(items: readonly Item[], usable: (item: Item) => boolean): void {
  const texts = items.map((item) => (usable(item) && item.block.kind !== 'table' ? item.text : null));
  for (const { at, marker } of findDecimalChapters(texts)) items[at]!.chapter = marker;
}
