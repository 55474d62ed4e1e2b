import type { Item } from './context.js';

/** A table's first line when flattened to text: its 序号 / 编号 head cell alone. */
const NUMBER_HEAD = /^(?:序号|编号)$/;

/** A unit line between a table's caption and the table: 单位：亿元. */
const UNIT_LINE = /^[（(]?单位[:：]/;

function opensTable(it: Item | undefined): boolean {
  return it !== undefined && (it.block.kind === 'table' || NUMBER_HEAD.test(it.match.trim()));
}

const compact = (s: string): string => s.replace(/\s+/g, '');

/**
 * Whether `附件：X` at `k` heads its own annex rather than listing one: its table follows right
 * under it, or under X printed again as the table's caption (附件：X / X / 单位：… / table).
 * A list of attachments is followed by the signature or the plan, never by its entry's own title over a table.
 */
export function headsAnnexTable(items: readonly Item[], k: number, title: string): boolean {
  const next = items[k + 1];
  if (opensTable(next)) return true;
  if (!next || !title || compact(next.match) !== compact(title)) return false;
  const after = items[k + 2];
  return opensTable(after) || (after !== undefined && UNIT_LINE.test(after.match.trim()) && opensTable(items[k + 3]));
}
