/** A figure as a flattened cell writes it: 1100, 2.5, 1,200, 35%, or a dash for none. */
const FIGURE = /^(?:[-+]?\d+(?:,\d{3})*(?:\.\d+)?%?|[—–\-－―─/／]+)$/;

/**
 * A 合计 row of a table flattened one cell per line, written shorter than the rows above by more
 * than one cell: its label spans the serial and the columns of words after it (序号 | 项目名称 |
 * 建设内容), so only its figures follow it. Laid out at `width` with the label in every column it
 * spans (as a colspan is laid out on the grid) and the figures under the last columns; null when
 * that placing is not the only plain one: a cell after the label that is no figure, a spanned column
 * holding only figures in the other rows (a figure of the total dropped there instead), or a column
 * given a figure that holds words in the other rows.
 */
export function spreadTotalRow<C extends { match: string }>(row: readonly C[], width: number, others: ReadonlyArray<readonly C[]>): C[] | null {
  const figures = row.slice(1);
  const short = width - row.length;
  if (short < 2 || figures.length === 0 || !figures.every((c) => FIGURE.test(c.match.trim()))) return null;
  const full = others.filter((r) => r.length === width);
  if (full.length === 0) return null;
  const column = (k: number): string[] => full.map((r) => r[k]!.match.trim()).filter((t) => t !== '');
  for (let k = 1; k <= short; k++) {
    const cells = column(k);
    if (cells.length === 0 || cells.every((t) => FIGURE.test(t))) return null;
  }
  for (let k = short + 1; k < width; k++) {
    const cells = column(k);
    if (cells.length === 0 || !cells.every((t) => FIGURE.test(t))) return null;
  }
  return [...Array.from({ length: short + 1 }, () => row[0]!), ...figures];
}
