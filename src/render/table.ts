import { loadChalk } from './color.js';
import { displayWidth, wrapToWidth } from './display-width.js';
import { oneLine } from './escape.js';
import type { Cell, Tabular } from './tabular.js';

export interface TableOptions {
  /** Colour lead and participant cells (see useColor). */
  color: boolean;
  /** Terminal width to fit the table in; columns wrap to fit. Unlimited when not given. */
  width?: number;
}

/** Narrowest a column is squeezed to before the table is allowed to overflow. */
const MIN_COLUMN = 6;

/**
 * A boxed table for the terminal (cli-table3), aligned by display width so Chinese text lines
 * up. Long cells wrap to fit the terminal; lead cells are green and participant cells cyan when
 * colour is on, and the ● ○ markers carry the same meaning without it.
 */
export async function renderTable(tab: Tabular, options: TableOptions): Promise<string> {
  const [{ default: Table }, chalk] = await Promise.all([import('cli-table3'), loadChalk(options.color)]);
  const paint = (cell: Cell, line: string, head: boolean): string => {
    let out = cell.tone === 'lead' ? chalk.green(line) : cell.tone === 'participant' ? chalk.cyan(line) : line;
    if (head) out = chalk.bold(out);
    return out;
  };
  const safe = (cell: Cell): Cell => ({ ...cell, text: oneLine(cell.text) });
  const headers = tab.headers.map(safe);
  const rows = tab.rows.map((row) => row.map(safe));
  const widths = fitColumns([headers, ...rows], options.width);
  const lay = (cell: Cell, column: number, head: boolean): string =>
    wrapToWidth(cell.text, widths[column] as number)
      .map((line) => paint(cell, line, head))
      .join('\n');

  const body = rows.map((row) => row.map((cell, i) => lay(cell, i, false)));
  // Rules between rows only help when some row takes several lines.
  const wrapped = body.some((row) => row.some((text) => text.includes('\n')));
  const table = new Table({
    head: headers.map((cell, i) => lay(cell, i, true)),
    // Colour is ours to apply (chalk honours NO_COLOR through useColor); cli-table3's own would not.
    style: { head: [], border: [], compact: !wrapped },
  });
  table.push(...body);
  return `${table.toString()}\n`;
}

/**
 * Column widths (content only) that fit the table in `width` terminal columns: the widest
 * columns are narrowed first, down to MIN_COLUMN (or the column's own width if it is narrower).
 */
export function fitColumns(lines: ReadonlyArray<readonly Cell[]>, width?: number): number[] {
  const natural = (lines[0] ?? []).map((_, i) => Math.max(0, ...lines.map((row) => displayWidth(row[i]?.text ?? ''))));
  if (width === undefined || !Number.isFinite(width)) return natural;
  // A column keeps room for its header (field names are short) and MIN_COLUMN.
  const floor = natural.map((w, i) => Math.min(w, Math.max(MIN_COLUMN, displayWidth(lines[0]?.[i]?.text ?? ''))));
  // Each column adds a border and a space of padding on each side: │ x │ y │.
  const room = width - (3 * natural.length + 1);
  const capped = (cap: number): number[] => natural.map((w, i) => Math.min(w, Math.max(cap, floor[i] as number)));
  const total = (cap: number): number => capped(cap).reduce((sum, w) => sum + w, 0);
  if (total(Infinity) <= room) return natural;
  // The largest cap that fits, found by bisection over the widest column's width.
  let low = 0;
  let high = Math.max(...natural);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (total(mid) <= room) low = mid;
    else high = mid - 1;
  }
  return capped(low);
}
