// Yearly targets are sometimes printed the other way round: a year a row, an indicator a column.
// The annex model, and the query, validate and diff stages that read it, know one layout (an
// indicator a row, its values by year), so such a table is turned here, strictly, or left with a
// warning that says why it could not be.
import type { Position } from '../model/types.js';
import type { Item, ParseContext } from './context.js';
import { HEADER_WORDS, isValueCell, isValueHeader, numericValue, TEXT_COLUMN, TOTAL_CELL, YEAR_HEADER, yearKey } from './annex.js';

/** A cell as the table readers hand it on: its text, its matching copy, where it stands. */
export interface YearRowCell {
  text: string;
  match: string;
  position: Position;
  item: Item;
  spanned?: boolean;
}

/**
 * The header over a column of years: 年度, 年份, 时间, or a diagonal cell naming both axes (指标\年度,
 * 年度/指标, 项目╲年份, as Word's slashed corner cell is copied).
 */
const YEAR_AXIS = /^(?:年度|年份|年|时间|(?:指标|项目)(?:名称)?[\\/／＼╲](?:年度|年份)|(?:年度|年份)[\\/／＼╲](?:指标|项目)(?:名称)?)$/;

const compact = (s: string): string => s.replace(/\s+/g, '');

/** Whether a header cell names the column of years (年度), its matching copy given. */
export const namesYearAxis = (match: string): boolean => YEAR_AXIS.test(compact(match));

/** A year down the first column (2024年, 2024, 2025年（目标）, 二〇二五年): read as a year header is. */
export const yearRowLabel = (match: string): boolean => YEAR_HEADER.test(yearKey(compact(match)));

/** A row of sums under the years (合计 | 60 | 90). */
const totalLabel = (match: string): boolean => TOTAL_CELL.test(compact(match));

/**
 * A header cell that names an indicator (研发投入强度（%）, PM2.5平均浓度（微克/立方米）): words, no
 * year, no column of words about a row (单位, 备注, 序号), no sentence.
 */
export function namesIndicator(match: string): boolean {
  const key = compact(match);
  if (key === '' || key.length > 40 || /[。；;，,：:]/.test(key) || !/[\u4e00-\u9fff]/.test(key)) return false;
  if (isValueHeader(yearKey(key)) || HEADER_WORDS.test(key) || TEXT_COLUMN.test(key) || YEAR_AXIS.test(key)) return false;
  // 完成时限, 建设年度: a column naming when is no indicator's.
  return !/(?:时限|时间|年度|年份|年限)$/.test(key);
}

/** A table with its years as rows turned so that each indicator is a row (see turnYearRows). */
export interface TurnedTable {
  columns: string[];
  rows: YearRowCell[][];
}

/**
 * What a table with a row per year makes of itself: `null` when it is none (its first column no
 * years), `{ why }` when it is one that cannot be turned (the reason, for the diagnostic), else
 * the table turned: the indicators as rows (指标 | 2023年 | 2024年 | … | 合计), each row its header
 * cell then its column's cells, so that it reads as a yearly table in the usual layout does.
 *
 * Read only when every cell says so: the first column all years (a 合计 row last allowed), the
 * header's other cells all indicators, every row as wide as the header, each cell under an
 * indicator a figure (or —, a range, empty), so that no other table is turned by mistake.
 */
export function turnYearRows(
  ctx: ParseContext,
  columns: readonly string[],
  header: readonly YearRowCell[] | { why: string },
  rows: readonly YearRowCell[][],
): TurnedTable | { why: string } | null {
  if (rows.length < 2 || columns.length < 2) return null;
  const norm = (s: string): string => ctx.normalize(s);
  if (columns.some((c) => yearRowLabel(norm(c)))) return null;
  // A row of sums under the years (合计 | 50 | 90) totals them: it names no year, nor does it say otherwise.
  const yearRows = rows.filter((r) => !totalLabel(r[0]?.match ?? ''));
  if (yearRows.length < 2 || !yearRows.every((r) => r[0] !== undefined && yearRowLabel(r[0].match))) return null;
  // Only a table of figures: rows of a 年度 | 建设任务 | 牵头单位 list are no yearly targets.
  if (!yearRows.every((r) => r.slice(1).some((c) => numericValue(c.match) !== null))) return null;
  const totals = rows.length - yearRows.length;
  if (totals > 1 || (totals === 1 && !totalLabel(rows[rows.length - 1]![0]!.match))) return { why: 'a row of sums stands among the years' };
  if (!Array.isArray(header)) return header as { why: string };
  const cells = header as readonly YearRowCell[];
  const first = compact(norm(columns[0] ?? ''));
  if (first !== '' && !YEAR_AXIS.test(first)) return { why: `its first column is headed ${columns[0]!.trim()}, not 年度` };
  const notIndicator = columns.slice(1).find((c) => !namesIndicator(norm(c)));
  if (notIndicator !== undefined) return { why: `its header cell "${notIndicator.trim()}" names no indicator` };
  if (cells.length !== columns.length) return { why: 'its header cells could not be told apart' };
  const uneven = rows.find((r) => r.length !== columns.length);
  if (uneven) return { why: `its row ${uneven[0]?.text.trim() ?? ''} has ${uneven.length} cells where the header has ${columns.length}` };
  if (rows.some((r) => r[0]!.spanned)) return { why: 'a year cell spans rows' };
  for (const r of rows) {
    const word = r.slice(1).find((c) => c.match.trim() !== '' && !isValueCell(c.match));
    if (word) return { why: `its cell "${word.text.trim()}" in row ${r[0]!.text.trim()} is no figure` };
  }
  return {
    columns: ['指标', ...rows.map((r) => r[0]!.text.trim())],
    rows: columns.slice(1).map((_, j) => [cells[j + 1]!, ...rows.map((r) => r[j + 1]!)]),
  };
}

/**
 * The shape of a table with a row per year flattened one cell per line (年度 / 研发投入强度（%） / … /
 * 2023年 / 3.2 / …): the header's width and how many whole rows follow it, each its year (or 合计,
 * last) then a figure per indicator. Null when the lines do not open so.
 */
export function yearRowsShape(width: number, key: (i: number) => string, length: number): { width: number; rows: number } | null {
  if (!YEAR_AXIS.test(key(0))) return null;
  let w = 1;
  while (w < Math.min(width, length) && namesIndicator(key(w))) w++;
  if (w < 2) return null;
  let rows = 0;
  let closed = false;
  while (!closed && w * (rows + 2) <= length) {
    const at = w * (rows + 1);
    const label = key(at);
    const isTotal = rows >= 2 && totalLabel(label);
    if (!isTotal && !yearRowLabel(label)) break;
    let fits = true;
    for (let k = 1; k < w && fits; k++) fits = isValueCell(key(at + k));
    if (!fits) break;
    rows++;
    closed = isTotal;
  }
  return rows >= 2 ? { width: w, rows } : null;
}
