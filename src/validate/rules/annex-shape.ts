import type { AnnexRow, AnnexTable, Position } from '../../model/types.js';
import { yearColumns, type YearColumn } from '../annex-years.js';
import type { Rule, RuleContext } from '../rule.js';
import { rowCellPositions } from '../row-cells.js';
import { rowName } from '../row-name.js';

const UNIT_COLUMN = /^(?:计量)?单位$/;
/** A dash or slash for "no figure", as the parser reads it under a year column. */
const NO_FIGURE = /^[—–\-－―─/／×]+$/;

/**
 * A yearly target table (columns that are years) is complete: every row has as many cells as
 * the header, a number (or a range, 15—20) for every year, and a unit, in the indicator (件) or a 单位 column.
 * Tables without year columns are free-form and not checked.
 */
export const annexShape: Rule = {
  id: 'annex-shape',
  description: 'every row of a yearly annex table has a cell per column, a number (or a range, 15—20) for every year and a unit',
  defaultSeverity: 'error',
  check(ctx) {
    for (const annex of ctx.doc.annexes) {
      if (annex.table && yearColumns(annex.table).length > 0) for (const row of annex.table.rows) checkRow(ctx, annex.table, row);
    }
  },
};

function checkRow(ctx: RuleContext, table: AnnexTable, row: AnnexRow): void {
  const name = rowName(row, true);
  const start = row.position.start;
  const width = table.columns.length;
  // With a cell missing or extra, which year a value belongs to is a guess: report the width, at
  // the cells where the value is missing (the year cells) or at the first cell too many.
  if (row.cells.length < width) reportShort(ctx, table, row, name);
  else if (row.cells.length > width) {
    const extra = cellPositions(ctx, row)[width];
    ctx.report(`${name} has ${row.cells.length} cells where the header has ${width}`, extra ?? start, { about: row.position });
  } else checkValues(ctx, table, row, name);
  const unitColumn = table.columns.findIndex((c) => UNIT_COLUMN.test(ctx.match(c).trim()));
  const unit = row.unit ?? (unitColumn >= 0 ? row.cells[unitColumn]?.trim() : '');
  if (!unit && !labelSpansUnit(ctx, table, row, unitColumn)) ctx.report(`${name} gives no unit`, (unitColumn >= 0 && emptyCellPosition(ctx, table, row, unitColumn)) || start);
}

/** A row a cell short: the value missing is one of the years', somewhere among the row's cells from the first year column on. */
function reportShort(ctx: RuleContext, table: AnnexTable, row: AnnexRow, name: string): void {
  const years = yearColumns(table);
  const found = cellPositions(ctx, row);
  const missing = table.columns.length - row.cells.length;
  // Every year has its figure where it stands, and only columns after the row's last cell (备注)
  // lack one: those cells are missing (an empty cell lost when flattened), not a year's value.
  const tail = table.columns.slice(row.cells.length);
  const yearsFilled = years.every(({ year, index }) => typeof row.values[String(year)] === 'number' || row.ranges?.[String(year)] || NO_FIGURE.test(row.cells[index]?.trim() ?? ''));
  if (years.length > 0 && yearsFilled && years.every((y) => y.index < row.cells.length)) {
    const named = tail.map((c) => c.trim()).filter((c) => c !== '');
    const under = named.length > 0 ? named.join(', ') : 'the last columns';
    const lastAt = found.findLast((p) => p);
    ctx.report(
      `${name} has ${row.cells.length} cells where the header has ${table.columns.length}: its figures are all there, but ${missing === 1 ? 'the cell' : 'the cells'} under ${under} ${missing === 1 ? 'is' : 'are'} missing`,
      lastAt ? { start: lastAt.end, end: lastAt.end } : row.position.end,
      { about: row.position },
    );
    return;
  }
  const first = years[0] ? found.slice(years[0].index).find((p) => p) : undefined;
  const last = found.findLast((p) => p);
  const at: Position | undefined = first && last && first.start.offset <= last.start.offset ? { start: first.start, end: last.end } : undefined;
  const what = missing === 1 ? 'one of its values' : `${missing} of its values`;
  ctx.report(
    `${name} has ${row.cells.length} cells where the header has ${table.columns.length}: ${what} for ${yearList(years.map((y) => y.year))} ${missing === 1 ? 'is' : 'are'} missing`,
    at ?? row.position.start,
    { about: row.position },
  );
}

/**
 * A label merged from the row's first cell over the unit column (<td colspan="3">合计</td> over 序号,
 * 指标名称 and 单位): the row has no unit cell to fill, its label written there once.
 */
function labelSpansUnit(ctx: RuleContext, table: AnnexTable, row: AnnexRow, unitColumn: number): boolean {
  if (unitColumn <= 0 || row.cells[0]?.trim() === '') return false;
  const blocks = rowCellPositions(ctx, row.position, table.columns.length);
  return blocks !== null && blocks.slice(1, unitColumn + 1).every((b) => b.start.offset === blocks[0]!.start.offset);
}

/** 2023–2025 for consecutive years, else 2020, 2022, 2025. */
function yearList(years: readonly number[]): string {
  const consecutive = years.every((y, k) => k === 0 || y === (years[k - 1] as number) + 1);
  return consecutive && years.length > 2 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}

function checkValues(ctx: RuleContext, table: AnnexTable, row: AnnexRow, name: string): void {
  const cells = cellPositions(ctx, row);
  // An empty cell has no text to find: its place comes from the row's blocks, when each is a cell.
  const blocks = rowCellPositions(ctx, row.position, table.columns.length);
  const years = yearColumns(table);
  for (let y = 0; y < years.length; y++) {
    const { year, index } = years[y]!;
    const text = row.cells[index]?.trim() ?? '';
    // One cell merged across years (<td colspan="3">年均增长10%以上</td>): one finding, at the cell.
    const spanned = mergedYears(row, years, y, cells, blocks);
    if (spanned.length > 1 && text !== '' && !NO_FIGURE.test(text) && typeof row.values[String(year)] !== 'number' && !row.ranges?.[String(year)]) {
      const at = cells[index] ?? blocks?.[index] ?? row.position.start;
      const span = yearList(spanned.map((c) => c.year));
      if (RATE_FOR_ALL.test(text.replace(/\s+/g, ''))) ctx.report(`${name}: "${text}" states one rate of change for ${span}, not a figure for each year`, at, { severity: 'warning' });
      else ctx.report(`${name}: "${text}" for ${span} is not a number`, at);
      y += spanned.length - 1;
      continue;
    }
    // 100 over 2023年 | 2024年: one figure for the years it spans, read under the first only (a
    // rate over them, 100 in %, is each year's: the parser gives it to each and nothing is said).
    if (spanned.length > 1 && row.spans?.[String(year)]) {
      const at = cells[index] ?? blocks?.[index] ?? row.position.start;
      const firstOnly = spanned.slice(1).every((c) => typeof row.values[String(c.year)] !== 'number');
      if (firstOnly) ctx.report(`${name}: "${text}" is one cell over ${yearList(spanned.map((c) => c.year))}, read as ${year}'s only`, at, { severity: 'warning' });
      y += spanned.length - 1;
      continue;
    }
    // — under a year: no figure for it (a base year of yearly additions, a year without a
    // target), as the README and the parser read it; a gap to fill, not a value misread.
    if (NO_FIGURE.test(text)) continue;
    // The column as headed, when that says more than its year (2025年目标值).
    const header = table.columns[index]?.trim() ?? '';
    const column = header && header !== String(year) ? ` (column "${header}")` : '';
    if (text === '') ctx.report(`${name} has no value for ${year}${column}`, blocks?.[index] ?? blankLineBetween(ctx, cells[index - 1], cells[index + 1]) ?? row.position.start);
    // 15—20: a range the parser kept in `ranges`, a target as clear as one figure.
    else if (typeof row.values[String(year)] !== 'number' && !row.ranges?.[String(year)]) ctx.report(`${name}: "${text}" for ${year} is not a number`, cells[index] ?? row.position.start);
  }
}

/** A change stated once for every year of a merged cell: 年均增长10%以上, 每年提高2个百分点. */
const RATE_FOR_ALL = /^(?:年均|每年|逐年|年)?(?:增长|增加|提高|提升|递增|下降|降低|减少)(?:率)?\d+(?:\.\d+)?(?:%|个百分点)(?:以上|左右|以内|以下)?$/;

/**
 * The year columns from `y` on that one merged cell fills: adjacent columns whose copy of the
 * text stands at the same cell (a real table's grid), or, flattened, is not written again after it.
 */
function mergedYears(row: AnnexRow, years: readonly YearColumn[], y: number, cells: ReadonlyArray<Position | undefined>, blocks: readonly Position[] | null): YearColumn[] {
  const first = years[y]!;
  // The parser keeps a merged value cell's span (its copies' cells left empty).
  const span = row.spans?.[String(first.year)];
  if (span) return years.slice(y).filter((c, k) => span.includes(String(c.year)) && c.index === first.index + k);
  const text = row.cells[first.index]?.trim() ?? '';
  const out = [first];
  for (let k = y + 1; k < years.length; k++) {
    const col = years[k]!;
    if (col.index !== out[out.length - 1]!.index + 1 || (row.cells[col.index]?.trim() ?? '') !== text) break;
    const sameBlock = blocks !== null && blocks[col.index]!.start.offset === blocks[first.index]!.start.offset;
    if (!sameBlock && cells[col.index] !== undefined) break;
    out.push(col);
  }
  return out;
}

/** Where each cell of a row is written, found in order within the row's span. */
/**
 * The blank line a table flattened one cell per line leaves for an empty cell: it has no text to
 * find, but it stands alone between its neighbours' lines, and a reviewer fills it in there.
 */
/** Where the empty cell `k` of a row stands, as an empty year cell is placed: its own block, or the blank line between its neighbours. */
function emptyCellPosition(ctx: RuleContext, table: AnnexTable, row: AnnexRow, k: number): Position | undefined {
  const blocks = rowCellPositions(ctx, row.position, table.columns.length);
  if (blocks?.[k]) return blocks[k];
  const cells = cellPositions(ctx, row);
  return blankLineBetween(ctx, cells[k - 1], cells[k + 1]);
}

function blankLineBetween(ctx: RuleContext, before: Position | undefined, after: Position | undefined): Position | undefined {
  if (!before || !after || after.start.line !== before.end.line + 2) return undefined;
  const gap = ctx.text.slice(before.end.offset, after.start.offset);
  const first = gap.indexOf('\n');
  if (first < 0 || gap.slice(first + 1).trim() !== '') return undefined;
  return ctx.span(before.end.offset + first + 1, before.end.offset + first + 1);
}

function cellPositions(ctx: RuleContext, row: AnnexRow): Array<Position | undefined> {
  let cursor = row.position.start.offset;
  return row.cells.map((cell) => {
    const found = cell ? ctx.find(cell, row.position, cursor) : null;
    if (found) cursor = found.end.offset;
    return found ?? undefined;
  });
}
