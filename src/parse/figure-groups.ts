/**
 * Category rows of a table of figures (主要指标 | 一、经济发展 spanning the table, then its rows):
 * the row names the group of the rows under it and holds no figures of its own.
 */
export interface GroupCell {
  text: string;
  /** A copy a colspan (or a line alone among a table's rows) left in the grid. */
  spanned?: boolean;
}

/** The digits, signs and marks a figure is written with: a cell of only these is no group's name. */
const FIGURE_ONLY = /^[\d.,，%％+\-—–~～/／×\s]*$/;

/**
 * The group a row names, or null: one text spanning the whole row (every cell the same text, as a
 * colspan is laid out on the grid), a name rather than a figure.
 */
export function spanningGroup(cells: readonly GroupCell[]): string | null {
  if (cells.length < 2) return null;
  const text = cells[0]!.text.trim();
  if (text === '' || FIGURE_ONLY.test(text) || text.length > 40) return null;
  return cells.every((c) => c.text.trim() === text) ? text : null;
}

/** A cell that carries its unit (1200家, 2500家以上, 120亿元): its figure and the unit. */
export interface UnitFigure {
  value: number;
  unit: string;
}

/**
 * The unit the value cells of a row carry (tables without a 单位 column print 1200家 | 2500家以上):
 * one unit shared by every cell that has one, and agreeing with the row's own unit when it has one.
 * Null when the cells give none, or disagree (万元 beside 亿元), so that those stay unread and said.
 */
export function rowCellUnit(figures: ReadonlyArray<UnitFigure | null>, rowUnit: string | null): string | null {
  const units = new Set(figures.filter((f): f is UnitFigure => f !== null).map((f) => f.unit));
  if (units.size !== 1) return null;
  const [unit] = [...units];
  return rowUnit === null || rowUnit === unit ? unit! : null;
}

/** A figure ending in %, bounded or a range (98.5%, ≥90%, 90%以上, 5%—6%). */
const PERCENT_CELL = /^[^%]*\d(?: ?%)(?:[-—–~～] ?\d+(?:\.\d+)? ?%)?(?:以上|以下|左右)?$/;

/**
 * Whether a row's value cells carry % (97% | 98% | 98.5%), as tables without a 单位 column print
 * shares: every cell with a figure ends in % and at least one has a figure. Empty cells and dashes
 * (no figure that year) do not count against it.
 */
export function percentCells(matches: ReadonlyArray<string | undefined>): boolean {
  let seen = false;
  for (const m of matches) {
    const t = (m ?? '').trim();
    if (!/\d/.test(t)) continue;
    if (!PERCENT_CELL.test(t)) return false;
    seen = true;
  }
  return seen;
}
