/** A figure as a flattened cell writes it: 1100, 2.5, 1,200, 35%, or a dash for none. */
const FIGURE = /^(?:[-+]?\d+(?:,\d{3})*(?:\.\d+)?%?|[—–\-－―─/／]+)$/;

/**
 * A 合计 row of a table flattened one cell per line, written shorter than the rows above by more
 * than one cell: its label spans the serial and the columns of words after it (序号 | 项目名称 |
 * 建设内容), so only its figures follow it, and it leaves the columns of words after the figures
 * (责任单位, 备注) empty. Laid out at `width` with the label in every column it spans (as a colspan
 * is laid out on the grid), the figures under the run of columns that hold figures in the other
 * rows, and an empty cell (`empty(last)`, after the row's last) in each column of words after that
 * run; null when that placing is not the only plain one: a cell after the label that is no figure,
 * a spanned column holding only figures in the other rows (a figure of the total dropped there
 * instead), a column no other row fills, or as many figures as the run has columns but not exactly.
 * A unit written between the label and the figures (合计 | 万元 | 300 …) goes under the column of
 * words right before the figures, and only where some other row writes that same unit there: a
 * word there that no row shares (a name, a note) leaves the row as written.
 */
export function spreadTotalRow<C extends { match: string }>(
  row: readonly C[],
  width: number,
  others: ReadonlyArray<readonly C[]>,
  empty: (after: C) => C,
): C[] | null {
  const unit = row.length > 2 && !FIGURE.test(row[1]!.match.trim()) ? row[1]! : null;
  const figures = row.slice(unit ? 2 : 1);
  const short = width - row.length;
  if (short < 2 || figures.length === 0 || !figures.every((c) => FIGURE.test(c.match.trim()))) return null;
  const full = others.filter((r) => r.length === width);
  if (full.length === 0) return null;
  const kindOf = (k: number): 'figures' | 'words' | null => {
    const cells = full.map((r) => r[k]!.match.trim()).filter((t) => t !== '');
    if (cells.length === 0) return null;
    return cells.every((t) => FIGURE.test(t)) ? 'figures' : 'words';
  };
  const kinds = Array.from({ length: width }, (_, k) => (k === 0 ? 'words' : kindOf(k)));
  if (kinds.includes(null)) return null;
  const first = kinds.indexOf('figures');
  const last = kinds.lastIndexOf('figures');
  // The label spans the serial and one column of words at least; the figures fill their run whole.
  if (first < 2 || last - first + 1 !== figures.length || kinds.slice(first, last + 1).includes('words')) return null;
  const after = width - 1 - last;
  if (unit) {
    const written = unit.match.trim();
    if (first < 3 || !full.some((r) => r[first - 1]!.match.trim() === written)) return null;
    return [...Array.from({ length: first - 1 }, () => row[0]!), unit, ...figures, ...Array.from({ length: after }, () => empty(row[row.length - 1]!))];
  }
  return [...Array.from({ length: first }, () => row[0]!), ...figures, ...Array.from({ length: after }, () => empty(row[row.length - 1]!))];
}
