import type { AnnexRow } from '../model/types.js';

/**
 * How a finding names an annex table's row: by its 序号 (`row 3`, with its indicator when asked,
 * `row 3 (地区生产总值)`), and in a table without a 序号 column (指标 | 单位 | 2025年), by its
 * indicator or else its first cell written (`row 学前三年毛入园率`), so that the reader can find it.
 */
export function rowName(row: AnnexRow, withIndicator = false): string {
  const number = row.number.trim();
  const indicator = row.indicator.trim();
  if (number) return `row ${number}${withIndicator && indicator ? ` (${indicator})` : ''}`;
  const name = indicator || row.cells.map((c) => c.trim()).find((c) => c !== '');
  return name ? `row ${name}` : 'row';
}
