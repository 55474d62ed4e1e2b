import { tsvField } from './escape.js';
import type { Tabular } from './tabular.js';

/**
 * Tab-separated values: a header line, then one line per row. Tabs and line breaks inside a
 * value become spaces, so every line is one row for cut, awk and spreadsheets.
 */
export function renderTsv(tab: Tabular, options: { bom?: boolean } = {}): string {
  const lines = [tab.headers, ...tab.rows].map((row) => row.map((cell) => tsvField(cell.text)).join('\t'));
  return `${options.bom ? '\ufeff' : ''}${lines.map((line) => `${line}\n`).join('')}`;
}
