/**
 * Lines and rows of a table that are not rows of figures: a note under it (注：…, 数据来源：…) and a
 * group's heading written in the table's own grid (一 | 产业规模, `| 一、产业规模 | | |`).
 */

/** A note about a table's figures: 注：, 注1：, 备注：, 说明：, 数据来源：, 资料来源：, 口径说明：. */
const NOTE_LINE = /^[(（]?(?:注|备注|说明|附注|口径说明|统计口径|数据来源|资料来源|来源) ?[0-9０-９一二三四五六七八九十]{0,2} ?[:：]|^注 ?[0-9０-９]{1,2}[.、．]?\s*\S/;

/** Whether a line (or a cell's text) is a note about the table rather than one of its cells. */
export function isNoteLine(match: string): boolean {
  const t = match.trim();
  // Cheap pre-check before the regex: every note opens with one of these characters.
  return t.length >= 3 && /^[(（注备说附口统数资来]/.test(t) && NOTE_LINE.test(t);
}

/** How many lines at the end of a run are notes about the table above them (see isNoteLine). */
export function trailingNotes(items: ReadonlyArray<{ match: string }>): number {
  let n = 0;
  while (n < items.length && isNoteLine(items[items.length - 1 - n]!.match)) n++;
  return n;
}

export interface GridCell {
  text: string;
  match: string;
  spanned?: boolean;
}

/** The texts a row writes: its filled cells that are no copy of a span, in order. */
function ownTexts(cells: readonly GridCell[]): GridCell[] {
  const seen = new Set<string>();
  const own: GridCell[] = [];
  for (const c of cells) {
    const t = c.text.trim();
    // A colspan is laid out as copies of its cell: the same text again is the same cell.
    if (t === '' || seen.has(t)) continue;
    seen.add(t);
    own.push(c);
  }
  return own;
}

/**
 * A row of a grid that holds one note and nothing else (`<td colspan="6">注：…</td>`, `| 注：… | | |`):
 * the cell holding it, else null.
 */
export function noteRow<C extends GridCell>(cells: readonly C[]): C | null {
  if (cells.length < 2) return null;
  const own = ownTexts(cells);
  return own.length === 1 && isNoteLine(own[0]!.match) ? (own.find(() => true) as C) : null;
}

/** A group's number under 序号: 一, 二、, （三）. */
const GROUP_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]?|[(（][一二三四五六七八九十]{1,3}[)）])$/;

/** The digits, signs and marks a figure is written with: a cell of only these is no group's name. */
const FIGURE_ONLY = /^[\d.,，%％+\-—–~～/／×\s]*$/;

/**
 * The group a row of a table of figures names in the table's own grid, as written, else null: its
 * number under 序号 and its name beside it, the other cells empty or the name's span
 * (`一 | 产业规模 | | |` → 一、产业规模), or its heading alone in the first cell (`| 一、产业规模 | | |`).
 * A row with a serial of digits or a figure anywhere is a row of figures.
 */
export function gridGroup(cells: readonly GridCell[]): string | null {
  if (cells.length < 3) return null;
  const own = ownTexts(cells);
  const name = (t: string): boolean => t.length >= 2 && t.length <= 40 && !FIGURE_ONLY.test(t) && !/[。；;]/.test(t) && !/\d/.test(t.replace(/^[(（]?\d{1,2}[)）.、．]?/, ''));
  if (own.length === 2 && cells[0]!.text.trim() === own[0]!.text.trim() && GROUP_NUMBER.test(own[0]!.match.trim()) && name(own[1]!.match.trim())) {
    const number = own[0]!.text.trim();
    return /[、.．)）]$/.test(number) ? `${number}${own[1]!.text.trim()}` : `${number}、${own[1]!.text.trim()}`;
  }
  // The heading alone in the first cell, the rest of the row empty (a Markdown table cannot span it)
  // or its span's copies then empty (<td colspan="2">一、创新投入</td> over 序号 and 指标).
  const heading = own[0]?.text.trim();
  if (own.length === 1 && cells[0]!.text.trim() === heading && cells.slice(1).every((c) => c.text.trim() === '' || (c.spanned === true && c.text.trim() === heading))) {
    const t = own[0]!.match.trim();
    return name(t) && /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])/.test(t) ? own[0]!.text.trim() : null;
  }
  return null;
}
