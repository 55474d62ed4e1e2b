/**
 * A row of a table flattened one cell per line that is short of its header: the line of an empty
 * cell was lost, and the cell it stood for may be any of the row's, a year's as well as the last
 * column's. Read left to right, the figures after it would stand a year early.
 *
 * The row's cells are placed with the missing ones as one run anywhere in the row; a placement fits
 * when every year column (`valueCols`) gets a figure (`fitsValue`: a number, a range, `—`) or
 * nothing and every other column but the serial's gets no number (属性 holds 预期性, 单位 holds 家). Where the placements that fit put the
 * same figures under the years, those are the row's (its cells laid out on the header's columns,
 * `undefined` where one is missing); where none fits, or they differ, null: the years cannot be told.
 */
export function placeShortRow<C extends { match: string }>(
  cells: readonly C[],
  width: number,
  valueCols: readonly number[],
  serialCol: number,
  fitsValue: (match: string) => boolean,
  isNumber: (match: string) => boolean,
): Array<C | undefined> | null {
  const missing = width - cells.length;
  if (missing <= 0) return [...cells];
  const values = new Set(valueCols);
  let found: Array<C | undefined> | null = null;
  let foundKey: string | null = null;
  for (let gap = width - missing; gap >= 0; gap--) {
    const placed = Array.from({ length: width }, (_, j) => (j < gap ? cells[j] : j < gap + missing ? undefined : cells[j - missing]));
    const fits = placed.every((c, j) => {
      if (j === serialCol) return c !== undefined;
      const text = c?.match.trim() ?? '';
      if (values.has(j)) return text === '' || fitsValue(text);
      return !isNumber(text);
    });
    if (!fits) continue;
    const key = valueCols.map((j) => placed[j]?.match.trim() ?? '').join('\u0000');
    if (found === null) {
      found = placed;
      foundKey = key;
    } else if (key !== foundKey) return null;
  }
  return found;
}
