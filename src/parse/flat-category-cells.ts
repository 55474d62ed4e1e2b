import { namesCategory } from '../text/category-column.js';

/**
 * Rows of a table flattened one cell per line under 序号 | 领域 | … (a category column right after
 * the serial, its cell spanning the group's rows in the table's own form): the category is written
 * on the group's first row only, so the group's other rows are one line short, their second line
 * the next column's (1 | 教育 | 新建城区幼儿园2所 | … then 2 | 改造农村薄弱学校10所 | …). Each such row,
 * right under a row of the header's width (or one so filled), gets the row above's category again,
 * as a rowspan is laid out on the grid. Rows are changed in place; group rows (`skip`) break a run.
 */
export function fillMergedCategory<T extends { match: string; spanned?: boolean }>(headerKeys: readonly string[], rows: T[][], skip: readonly number[]): void {
  const width = headerKeys.length;
  if (width < 4 || !/^(?:序号|编号)$/.test(headerKeys[0] ?? '') || !namesCategory(headerKeys[1])) return;
  let above: T[] | null = null;
  rows.forEach((row, k) => {
    if (skip.includes(k)) {
      above = null;
      return;
    }
    if (row.length === width - 1 && above && above[1]!.match.trim() !== '') rows[k] = [row[0]!, { ...above[1]!, spanned: true }, ...row.slice(1)];
    above = rows[k]!.length === width ? rows[k]! : null;
  });
}
