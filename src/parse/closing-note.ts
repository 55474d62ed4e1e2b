import type { Item } from './context.js';
import { itemMarker } from './decimal-chapters.js';

/** A paragraph that opens a note: 注：, 注释：, 说明：, 备注：, 注1：. (match() copy.) */
const OPENS_NOTE = /^\s*(?:注释?|说明|备注) ?\d{0,2} ?:/;

/** The markers a note numbers its lines with (注：1.… / 2.… / (3)…). */
const NOTE_LINE_KINDS: ReadonlySet<string> = new Set(['arabic', 'paren-arabic', 'circled']);

/**
 * Whether the paragraph at `at` opens a note that ends the plan (注：1.“小巨人”企业指… / 2.奖励标准按照…
 * 执行。): it opens with 注：, 说明： …, stands after an item of the outline, and only the note's own
 * lines follow it — prose, or lines numbered 1. (1) ①, never a heading (一、, (一), 第N条) nor a
 * table. A 注： under a table between the parts, with parts after it, is the table's and stays
 * where it is. The note's numbered lines are then no items of the outline.
 */
export function opensClosingNote(items: readonly Item[], at: number): boolean {
  const item = items[at];
  if (!item || item.block.kind === 'table' || itemMarker(item) !== null || !OPENS_NOTE.test(item.match)) return false;
  if (!items.slice(0, at).some((it) => itemMarker(it) !== null)) return false;
  return items.slice(at + 1).every((it) => {
    if (it.block.kind === 'table') return false;
    const marker = itemMarker(it);
    return marker === null || NOTE_LINE_KINDS.has(marker.kind);
  });
}
