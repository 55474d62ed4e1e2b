import { itemMarker } from './decimal-chapters.js';
import type { Item } from './context.js';

/** The kinds that number a plan's parts (一、, 第一部分, 第一章). */
const PART_KINDS: ReadonlySet<string> = new Set(['chinese', 'part', 'chapter']);

/**
 * Whether the plan goes on after `items[k]`: a part numbered next after the last part before it
 * follows (一、 … 附表1：… … 二、). A 附表 captioned in the plan's body (附表1：重点项目表 over its table
 * under 一、) is then a table of the plan, not the start of its annexes; one after the last part
 * ends it. Counting on from the parts before, a table's own group lines (一、科技创新类) are none.
 * Only asked for 附表 lines, which are few: two passes over the items are cheap.
 */
export function planGoesOn(items: readonly Item[], k: number): boolean {
  const last = new Map<string, number>();
  for (let j = 0; j < k; j++) {
    const m = itemMarker(items[j]!);
    if (m && m.ordinal !== null && PART_KINDS.has(m.kind)) last.set(m.kind, m.ordinal);
  }
  if (last.size === 0) return false;
  for (let j = k + 1; j < items.length; j++) {
    const m = itemMarker(items[j]!);
    if (m && m.ordinal !== null && PART_KINDS.has(m.kind) && last.get(m.kind) === m.ordinal - 1) return true;
  }
  return false;
}
