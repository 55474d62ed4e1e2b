import type { AnnexRow } from '../model/types.js';
import { yearKey } from '../parse/annex.js';
import type { CompareContext } from './fields.js';
import { cellChange, pairColumns } from './table-rows.js';
import type { FieldChange } from './types.js';

const SERIAL_HEADER = /^(?:序号|编号)$/;
const UNIT_HEADER = /^(?:计量)?单位$/;
const YEAR = /(?:19|20)\d{2}/;

/**
 * The column each of a row's `values` keys was read from. The reader keys a cell by its header
 * (2023年（基期）, 总投资（万元）) or by the header's year (2024年 → 2024): headers that are a key are
 * taken first, then each year key takes the first column left that names its year.
 */
export function valueColumns(columns: readonly string[], row: AnnexRow, key: (text: string) => string): Map<number, string> {
  const out = new Map<number, string>();
  const years: string[] = [];
  for (const k of Object.keys(row.values)) {
    const at = columns.findIndex((c) => c === k || key(c) === key(k));
    if (at >= 0 && !out.has(at)) out.set(at, k);
    else years.push(k);
  }
  for (const k of years) {
    const at = columns.findIndex((c, j) => !out.has(j) && YEAR.exec(yearKey(key(c)))?.[0] === k);
    if (at >= 0) out.set(at, k);
  }
  return out;
}

/** Whether a `values` key is a column a merged cell covers after its first (its cell left empty). */
function coveredBySpan(row: AnnexRow, key: string): boolean {
  return Object.values(row.spans ?? {}).some((keys) => keys.indexOf(key) > 0);
}

/**
 * The cells of a table of figures (a yearly indicator table) that its values, number, indicator and
 * unit do not already compare: text cells (责任单位, 备注, 指标属性, a 类别 column) by their column
 * (`cells.责任单位`), and a figure cell whose figure stayed but whose wording changed (18.5 →
 * 18.5以上, 1 → ≥1, 2 → 2左右), which `values` cannot show. A figure that changed is `values.<year>`
 * only; the cells `held` (read as goals) are compared as those goals only.
 */
export function figureCellChanges(
  columns: { old: readonly string[]; new: readonly string[] },
  a: AnnexRow,
  b: AnnexRow,
  held: ReadonlySet<string>,
  ctx: CompareContext,
): Record<string, FieldChange> {
  const out: Record<string, FieldChange> = {};
  if (a.cells.length === 0 && b.cells.length === 0) return out;
  const oldValues = valueColumns(columns.old, a, ctx.key);
  const newValues = valueColumns(columns.new, b, ctx.key);
  const mapped = oldValues.size === Object.keys(a.values).length && newValues.size === Object.keys(b.values).length;
  const indicatorAt = (r: AnnexRow): number => (r.indicator ? r.cells.findIndex((c) => c.startsWith(r.indicator)) : -1);
  const oldIndicator = indicatorAt(a);
  const newIndicator = indicatorAt(b);
  for (const pair of pairColumns(columns.old, columns.new, { old: a.cells.length, new: b.cells.length }, ctx.key)) {
    const header = ctx.key(pair.name);
    // The number, the indicator and the unit are fields of their own.
    if (SERIAL_HEADER.test(header) || UNIT_HEADER.test(header)) continue;
    if (pair.old === oldIndicator || pair.new === newIndicator) continue;
    const oldText = pair.old < 0 ? null : (a.cells[pair.old] ?? null);
    const newText = pair.new < 0 ? null : (b.cells[pair.new] ?? null);
    if (oldText === a.number && newText === b.number) continue;
    if ((oldText === null ? null : ctx.key(oldText)) === (newText === null ? null : ctx.key(newText))) continue;
    const oldKey = oldValues.get(pair.old);
    const newKey = newValues.get(pair.new);
    // A figure whose column was not found: left to `values`, rather than said twice.
    if (!mapped && oldKey === undefined && newKey === undefined && /\d/.test(`${oldText ?? ''}${newText ?? ''}`)) continue;
    if (oldKey !== undefined || newKey !== undefined) {
      // A column of figures only one version has is that column added or removed (values.<key>).
      if (oldKey === undefined || newKey === undefined) continue;
      if (held.has(oldKey) || held.has(newKey)) continue;
      const sameFigure = a.values[oldKey] === b.values[newKey] && a.ranges?.[oldKey]?.value === b.ranges?.[newKey]?.value && a.ranges?.[oldKey]?.upTo === b.ranges?.[newKey]?.upTo;
      if (!sameFigure) continue;
      // A year a merged cell covers is written empty, its figure said at the first: the cell written
      // out (95 | 95 | 95 for 95 over the three years) is the merge's change (`spans`), not the cell's.
      if (coveredBySpan(a, oldKey) || coveredBySpan(b, newKey)) continue;
    }
    const change = cellChange(pair, oldText, newText, ctx, columns);
    if (change) out[`cells.${pair.name}`] = change;
  }
  return out;
}
