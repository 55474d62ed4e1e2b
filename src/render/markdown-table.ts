import { markdownText } from './escape.js';
import type { Tabular } from './tabular.js';

/** A GitHub-flavoured Markdown table; pipes and other markup in the text are escaped. */
export function renderMarkdownTable(tab: Tabular): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |\n`;
  // A header cell may not be empty in every Markdown reader; a space keeps the column.
  const head = line(tab.headers.map((cell) => markdownText(cell.text) || ' '));
  const rule = line(tab.headers.map(() => '---'));
  return head + rule + tab.rows.map((row) => line(row.map((cell) => markdownText(cell.text)))).join('');
}
