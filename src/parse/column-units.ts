import type { AnnexTable } from '../model/types.js';
import { fold } from '../text/fold.js';
import { readsAsMeasureUnit } from '../text/measure-units.js';

/** A header that ends in a year: its bracket is the year column's unit (2024年（亿元）), read by the year's key. */
const ENDS_IN_YEAR = /(?:19|20)\d{2} ?年?(?:度|底|末)?$/;

/** The unit a figure column's header states for its own cells (项目数（个）), or null. */
export function ownColumnUnit(header: string): string | null {
  const m = /^(.+?)\(([^()]{1,6})\)$/.exec(fold(header).replace(/\s+/g, ''));
  if (!m || ENDS_IN_YEAR.test(m[1]!) || !readsAsMeasureUnit(m[2]!)) return null;
  return m[2]!;
}

/**
 * A column whose header gives a unit of its own (项目数（个） beside 2024年 | 2025年 under 单位：亿元)
 * counts something else than the row's figures: its cells are no figures in the row's unit, and
 * are left out of the row's `values` (they stay in `cells`, compared there as the row's other cells).
 */
export function dropForeignUnitValues(table: AnnexTable): void {
  const own = table.columns.map((c) => ({ key: c, unit: ownColumnUnit(c) })).filter((c) => c.unit !== null);
  if (own.length === 0) return;
  for (const row of table.rows) {
    if (row.unit === null) continue;
    const rowUnit = fold(row.unit).replace(/\s+/g, '');
    for (const { key, unit } of own) {
      if (!(key in row.values) || unit === rowUnit) continue;
      delete row.values[key];
      if (row.ranges) {
        delete row.ranges[key];
        if (Object.keys(row.ranges).length === 0) delete row.ranges;
      }
    }
  }
}
