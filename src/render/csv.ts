import { csvField } from './escape.js';
import type { Tabular } from './tabular.js';

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads the Chinese text as UTF-8. */
  bom?: boolean;
}

/**
 * CSV as RFC 4180 has it: a header line, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break. Cells a spreadsheet would run as a formula are neutralised.
 */
export function renderCsv(tab: Tabular, options: CsvOptions = {}): string {
  const lines = [tab.headers, ...tab.rows].map((row) => row.map((cell) => csvField(cell.text)).join(','));
  return `${options.bom ? '\ufeff' : ''}${lines.map((line) => `${line}\r\n`).join('')}`;
}
