import type { Item } from './context.js';
import { statesTableUnits, titleUnit } from './unit-line.js';
import { opensUnnumberedTable } from './annex.js';

/** A table's first line when flattened to text: its 序号 / 编号 head cell alone. */
const NUMBER_HEAD = /^(?:序号|编号)$/;

/**
 * The table's first line: a table block, 序号 alone, or the first name of a header flattened without
 * a serial whose rows read under it (指标 / 单位 / 2024年 …, 重点任务 / 牵头单位 / …; see opensUnnumberedTable).
 */
function opensTable(items: readonly Item[], at: number): boolean {
  const it = items[at];
  if (it === undefined) return false;
  if (it.block.kind === 'table' || NUMBER_HEAD.test(it.match.trim())) return true;
  return it.block.kind === 'paragraph' && opensUnnumberedTable(items, at, true);
}

const compact = (s: string): string => s.replace(/\s+/g, '');

/** X printed again as the table's caption, also with the table's unit after it (X（单位：万元）). */
function repeatsTitle(it: Item | undefined, title: string): boolean {
  if (!it || !title) return false;
  const line = compact(it.match);
  if (line === compact(title)) return true;
  const unit = line.includes('单位') ? titleUnit(it.match) : null;
  return unit !== null && compact(it.match.trim().slice(0, unit.at)) === compact(title);
}

/**
 * Whether `附件：X` at `k` heads its own annex rather than listing one: its table follows right
 * under it, or under X printed again as the table's caption, or under a line stating the table's
 * unit, or both (附件：X / X / 单位：… / table). A list of attachments is followed by the signature
 * or the plan, never by its entry's own title or a unit line over a table. `title` is the folded title.
 */
export function headsAnnexTable(items: readonly Item[], k: number, title: string): boolean {
  let at = k + 1;
  if (repeatsTitle(items[at], title)) at++;
  if (items[at] !== undefined && statesTableUnits(items[at]!.match.trim())) at++;
  return opensTable(items, at);
}
