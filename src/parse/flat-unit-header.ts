import { LEAD_WORD, PART_COLUMN_SOURCE, ROLE_BODY } from '../text/role-words.js';

/** A label over the unit columns of a two-row header (责任单位 over 牵头单位 | 配合单位). */
const SPANNING_LABEL = new RegExp(`^(?:责任|负责|承办|落实)${ROLE_BODY}(?:及分工)?$|^责任(?:主体|分工)$`);
/** A unit column under such a label: who leads or takes part (牵头单位, 配合单位, or the bare 牵头 | 配合). */
const SUB_COLUMN = new RegExp(`^(?:${LEAD_WORD}${ROLE_BODY}?|${PART_COLUMN_SOURCE}|配合|参与|协办|协同)$`);

/**
 * A two-row header flattened one cell per line (序号 | 重点任务 | 责任单位 | 完成时限, then 牵头单位 |
 * 配合单位 under 责任单位): the first row's cells, then the second's, the label spanning the unit
 * columns standing where they do. Given the header's names and the width most rows have, the order
 * of the header's cells that lays the unit columns in the label's place (序号 | 重点任务 | 牵头单位 |
 * 配合单位 | 完成时限), or null when the header is not of this kind. The rows, a cell short of such a
 * header, must be what says so: a header as wide as its rows is read as it stands.
 */
export function spannedUnitColumns(keys: readonly string[], rowWidth: number): number[] | null {
  if (rowWidth !== keys.length - 1) return null;
  let sub = keys.length;
  while (sub > 0 && SUB_COLUMN.test(keys[sub - 1]!)) sub--;
  if (keys.length - sub < 2) return null;
  const labels = keys.slice(0, sub).flatMap((k, i) => (SPANNING_LABEL.test(k) ? [i] : []));
  if (labels.length !== 1) return null;
  const label = labels[0]!;
  const order = Array.from({ length: sub }, (_, i) => i).filter((i) => i !== label);
  const subs = Array.from({ length: keys.length - sub }, (_, i) => sub + i);
  order.splice(label, 0, ...subs);
  return order;
}
