import type { CellBlock } from '../source/types.js';
import { readsAsMeasureUnit } from '../text/measure-units.js';

/**
 * The unit in brackets after a header label that spans other columns (年度目标（亿元）, 分年度投资计划
 * （亿元）, 目标值(%), 年度目标（单位：亿元）): the label less the unit, and the unit; null for a label without one, or whose
 * bracket is a note (目标值（预期）).
 */
export function labelUnit(key: string): { label: string; unit: string } | null {
  const m = /^(.+?) ?[(（](?:单位 ?[:：] ?)?([^()（）\d:：]{1,6})[)）]$/.exec(key.trim());
  return m && readsAsMeasureUnit(m[2]!) ? { label: m[1]!, unit: m[2]! } : null;
}

/**
 * The unit each column's figures take from a header cell above its name that spans it (年度目标（亿元）
 * over 2023年 | 2024年 | 2025年), by column, null where none does: only over a column named by a year
 * (`isYear`, on the column's name), as the unit after a year header (2023年（亿元）) is read. A label
 * goes on over the empty cells after it in its row (a Markdown table that lost the span), and ends
 * at a column that no year names.
 */
export function spanningHeaderUnits(
  headerRows: ReadonlyArray<readonly CellBlock[]>,
  names: readonly string[],
  normalize: (s: string) => string,
  isYear: (name: string) => boolean,
): Array<string | null> {
  const out: Array<string | null> = names.map(() => null);
  for (const row of headerRows.slice(0, -1)) {
    let unit: string | null = null;
    let label = '';
    for (let k = 0; k < names.length; k++) {
      const text = row[k]?.text.trim() ?? '';
      const year = isYear(normalize(names[k] ?? '').replace(/\s+/g, ''));
      if (text !== '' && text !== label) {
        label = text;
        unit = text === (names[k] ?? '').trim() ? null : (labelUnit(normalize(text).replace(/\s+/g, ''))?.unit ?? null);
      }
      if (!year) {
        if (text === '') unit = null;
        continue;
      }
      if (unit !== null) out[k] = unit;
    }
  }
  return out;
}
