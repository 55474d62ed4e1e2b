import type { AnnexRow, AnnexTable, Position } from '../../model/types.js';
import { yearColumns } from '../annex-years.js';
import type { Rule, RuleContext } from '../rule.js';
import { rowName } from '../row-name.js';
import { totalLabel, plainFigure, isNonAdditive, type Figure } from '../table-totals.js';

/** Columns that never hold figures to add: a row's serial and its unit. */
const NO_FIGURES_COLUMN = /^(?:序号|编号|(?:计量)?单位)$/;
/** A column of a base year's or of actual figures beside the targets (基期值, 2022年（实际）): no part of a plan's total. */
const NOT_PLANNED_COLUMN = /基期|基准|基数|现状|实际|完成/;

/**
 * A table's totals add up (an annex's, or one in the plan's text): a 合计, 总计 or 小计 column equals the sum of the figures before it
 * in its row (the years, or the sources of a fund), and a 合计 (总计, 小计) row the sum of the rows it
 * totals in each column. Only plain numbers in one unit are added: a total written with 以上 or 约, a
 * rate, ratio, index, average or running total (累计) is no sum and is not checked.
 */
export const annexTotals: Rule = {
  id: 'annex-totals',
  description: "a table's 合计, 总计 or 小计 (a column or a row) equals the sum of the figures it totals, where they are plain numbers in one unit (an annex's tables, and those in the plan's text)",
  defaultSeverity: 'error',
  check(ctx) {
    // Every table the model holds: an annex's first, and those in `tables` (an annex's later tables,
    // a 重点项目表 in the plan's text), of figures or of text (a project list's 总投资 column).
    const tables = ctx.doc.annexes.flatMap((a) => (a.table ? [a.table] : []));
    for (const { table } of ctx.doc.tables ?? []) tables.push(table);
    for (const table of tables) {
      // A total row with a wrong figure has a wrong corner too (its 合计 column adds that figure): one finding.
      const wrong = checkTotalRows(ctx, table);
      checkTotalColumns(ctx, table, wrong);
    }
  },
};

function checkTotalColumns(ctx: RuleContext, table: AnnexTable, skip: ReadonlySet<AnnexRow>): void {
  const totals = table.columns.flatMap((c, k) => (totalLabel(ctx.match(c)) ? [k] : []));
  if (totals.length === 0) return;
  const years = yearColumns(table);
  const period = ctx.doc.plan?.period;
  const inPeriod = (k: number): boolean => {
    const year = years.find((y) => y.index === k)?.year;
    return year === undefined || !period || period.start === null || period.end === null || (year >= period.start && year <= period.end);
  };
  for (const row of table.rows) {
    if (skip.has(row) || rowNonAdditive(ctx, table, row)) continue;
    for (const t of totals) {
      const total = plainFigure(ctx.match(row.cells[t] ?? ''));
      if (!total || total.dash) continue;
      const parts = partColumns(ctx, table, row, t, totals);
      if (!parts) continue;
      const figures = parts.map((k) => plainFigure(ctx.match(row.cells[k] ?? ''))!);
      if (addsUp(figures, total)) continue;
      // Columns headed 其中 break out some of the total, not always all of it: only more than it is wrong.
      if (parts.some((k) => /其中/.test(ctx.match(table.columns[k] ?? ''))) && sum(figures) <= total.value) continue;
      // A base year not marked as one (2022年 before the plan's 2023—2025年) is left out of the sum.
      const planned = parts.filter(inPeriod);
      if (planned.length >= 2 && planned.length < parts.length && addsUp(planned.map((k) => plainFigure(ctx.match(row.cells[k] ?? ''))!), total)) continue;
      const header = table.columns[t]!.trim();
      // A table read turned (a row per year) wrote this row as a column: its total is on the total's
      // own line, found by its label.
      const at = table.transposed ? ctx.find(header, table.position) : cellPosition(ctx, row, t);
      const named = parts.map((k) => table.columns[k]!.trim());
      ctx.report(
        `${rowName(row, true)}: ${header} is ${row.cells[t]!.trim()}, but ${listed(named)} sum to ${format(sum(figures), figures, total)}`,
        at ?? row.position.start,
      );
    }
  }
}

/**
 * The columns a total column adds up in a row: the run of figures right before it (after it, when it
 * stands before them), back to a cell that is no figure, without a serial, a unit, a base year's or
 * an actual figure; null when fewer than two, or when another total stands among them (which of them
 * it adds is not clear).
 */
function partColumns(ctx: RuleContext, table: AnnexTable, row: AnnexRow, t: number, totals: readonly number[]): number[] | null {
  const run = (step: 1 | -1): number[] => {
    const out: number[] = [];
    for (let k = t + step; k >= 0 && k < table.columns.length; k += step) {
      const header = ctx.match(table.columns[k] ?? '').replace(/\s+/g, '');
      if (NO_FIGURES_COLUMN.test(header)) break;
      if (totals.includes(k)) return [-1];
      if (!plainFigure(ctx.match(row.cells[k] ?? ''))) break;
      if (NOT_PLANNED_COLUMN.test(header)) continue;
      out.push(k);
    }
    return out;
  };
  const before = run(-1);
  const parts = before.length > 0 ? before.reverse() : run(1);
  return parts.length >= 2 && !parts.includes(-1) ? parts : null;
}

/** Checks the total rows; returns those with a figure reported. */
function checkTotalRows(ctx: RuleContext, table: AnnexTable): Set<AnnexRow> {
  const wrong = new Set<AnnexRow>();
  const kinds = table.rows.map((r) => rowTotalKind(ctx, r));
  if (!kinds.some((k) => k !== null)) return wrong;
  kinds.forEach((kind, i) => {
    if (kind === null) return;
    // A 小计 adds the rows since the last total of any kind (or the last change of group); a 合计 or
    // 总计 every row since the last of its kind that is no total itself (the 小计s add the same rows).
    const rows: AnnexRow[] = [];
    const subtotals: AnnexRow[] = [];
    const group = table.rows[i]!.group;
    for (let j = i - 1; j >= 0; j--) {
      const other = kinds[j];
      if (other !== null && (kind === 'sub' || other === 'grand')) break;
      if (kind === 'sub' && table.rows[j]!.group !== group) break;
      if (other === null) rows.unshift(table.rows[j]!);
      else subtotals.unshift(table.rows[j]!);
    }
    if (checkTotalRow(ctx, table, table.rows[i]!, rows, subtotals)) wrong.add(table.rows[i]!);
  });
  return wrong;
}

/** Checks a total row's figures against the rows it totals; true when one was reported. */
function checkTotalRow(ctx: RuleContext, table: AnnexTable, total: AnnexRow, rows: AnnexRow[], subtotals: readonly AnnexRow[]): boolean {
  let reported = false;
  const label = total.cells.findIndex((c) => totalLabel(ctx.match(c), true) !== null);
  const figureColumns = table.columns.flatMap((column, k) => {
    const header = ctx.match(column).replace(/\s+/g, '');
    // A total column's cell in this row is checked along the row, as every row's is (one finding for it).
    return k > label && !NO_FIGURES_COLUMN.test(header) && !isNonAdditive(header) && totalLabel(header) === null ? [k] : [];
  });
  // Rows with no figure at all (a heading row over a category) add nothing, and a row that breaks
  // down the one above it (其中：…) is part of that row: neither is a part of the total.
  const parts = rows.filter((r) => !/^其中/.test(ctx.match(rowLabel(r))) && figureColumns.some((k) => plainFigure(ctx.match(r.cells[k] ?? '')) !== null));
  if (parts.length < 2) return false;
  // Rows of different units (个 and 万户), or of rates and averages, are no sum.
  const units = new Set(parts.map((r) => ctx.match(r.unit ?? '').trim()));
  if (units.size > 1 || parts.some((r) => rowNonAdditive(ctx, table, r))) return false;
  const totalUnit = ctx.match(total.unit ?? '').trim();
  if (totalUnit && !units.has(totalUnit)) return false;
  for (const k of figureColumns) {
    const column = table.columns[k]!;
    const sum$ = plainFigure(ctx.match(total.cells[k] ?? ''));
    if (!sum$ || sum$.dash) continue;
    const figures = parts.map((r) => plainFigure(ctx.match(r.cells[k] ?? '')));
    if (figures.some((f) => f === null)) continue;
    const known = figures as Figure[];
    if (addsUp(known, sum$) || addsByLevel(ctx, parts, k, sum$)) continue;
    // A 合计 that adds the 小计s above it is right by them: a wrong 小计 is reported at the 小计, once.
    const bySubtotals = subtotals.map((r) => plainFigure(ctx.match(r.cells[k] ?? '')));
    if (bySubtotals.length > 1 && bySubtotals.every((f) => f !== null) && addsUp(bySubtotals as Figure[], sum$)) continue;
    const at = cellPosition(ctx, total, k);
    // Category rows that carry their own sums stand for their items: the total adds them, not both levels.
    const added = categoryRows(ctx, parts) ?? parts;
    const addedFigures = added.map((r) => plainFigure(ctx.match(r.cells[k] ?? ''))!);
    const first = rowName(added[0]!).replace(/^row /, '');
    const last = rowName(added[added.length - 1]!).replace(/^row /, '');
    ctx.report(
      `${total.cells[label]!.trim()} row: ${column.trim()} is ${total.cells[k]!.trim()}, but the ${added.length} rows it totals (rows ${first} to ${last}) sum to ${format(sum(addedFigures), addedFigures, sum$)}`,
      at ?? total.position.start,
    );
    reported = true;
  }
  return reported;
}

/** A row's label: its indicator, or else its first cell written. */
function rowLabel(row: AnnexRow): string {
  return row.indicator.trim() || row.cells.map((c) => c.trim()).find((c) => c !== '') || '';
}

/**
 * Whether the total is the sum of one level of the rows alone: a project list whose category rows
 * (一、交通项目) carry their own sums above their projects (1, 2, …) adds either level, not both.
 */
function addsByLevel(ctx: RuleContext, rows: readonly AnnexRow[], k: number, total: Figure): boolean {
  const levels = [(r: AnnexRow) => categoryRow(ctx, r), (r: AnnexRow) => itemRow(ctx, r)];
  return levels.some((level) => {
    const some = rows.filter(level);
    return some.length > 0 && some.length < rows.length && addsUp(some.map((r) => plainFigure(ctx.match(r.cells[k] ?? ''))!), total);
  });
}

/** A category row (一、交通项目), numbered with a Chinese numeral. */
function categoryRow(ctx: RuleContext, row: AnnexRow): boolean {
  return /^[一二三四五六七八九十]+$/.test(ctx.match(row.number).replace(/[、.．\s]/g, ''));
}

/** A project or item row under a category (1, 2, …). */
function itemRow(ctx: RuleContext, row: AnnexRow): boolean {
  return /^\d+$/.test(ctx.match(row.number).trim());
}

/**
 * The rows of one level, of rows of two (一 … 1 2 … 二 … 1 2) whose categories carry the sums of
 * their items: the categories, or the items under a single category; null when the rows are of one level.
 */
function categoryRows(ctx: RuleContext, rows: readonly AnnexRow[]): AnnexRow[] | null {
  const categories = rows.filter((r) => categoryRow(ctx, r));
  if (categories.length === 0 || !rows.some((r) => itemRow(ctx, r))) return null;
  return categories.length >= 2 ? categories : rows.filter((r) => !categoryRow(ctx, r));
}

/** The kind of total a row is, by its first cell that names one: a 小计, or a 合计 (总计). */
function rowTotalKind(ctx: RuleContext, row: AnnexRow): 'sub' | 'grand' | null {
  const first = row.cells.find((c) => c.trim() !== '');
  const label = first === undefined ? null : totalLabel(ctx.match(first), true);
  return label === null ? null : label === '小计' ? 'sub' : 'grand';
}

/** A row whose figures add up to no total: a rate, a ratio, an index, an average, a running total, by its indicator or unit. */
function rowNonAdditive(ctx: RuleContext, table: AnnexTable, row: AnnexRow): boolean {
  const unitColumn = table.columns.findIndex((c) => /^(?:计量)?单位$/.test(ctx.match(c).trim()));
  const unit = row.unit ?? (unitColumn >= 0 ? row.cells[unitColumn] ?? '' : '');
  return isNonAdditive(ctx.match(row.indicator)) || isNonAdditive(ctx.match(unit)) || /^(?:%|‰|％|个百分点|倍)$/.test(ctx.match(unit).trim());
}

/** Whether the figures add up to the total, within what rounding each figure's last decimal place allows. */
function addsUp(figures: readonly Figure[], total: Figure): boolean {
  // Counts written without decimals are exact; a figure with decimals may be rounded by half its last place.
  const slack = [...figures, total].reduce((s, f) => s + (f.decimals > 0 ? 0.5 * 10 ** -f.decimals : 0), 0);
  return Math.abs(sum(figures) - total.value) <= slack + 1e-9;
}

function sum(figures: readonly Figure[]): number {
  return figures.reduce((s, f) => s + f.value, 0);
}

/** A sum written with the decimals of its figures (0.6 + 0.8 + 1.0 is 2.4, not 2.4000000000000004). */
function format(value: number, figures: readonly Figure[], total: Figure): string {
  const decimals = Math.max(total.decimals, ...figures.map((f) => f.decimals));
  return value.toFixed(decimals);
}

/** 2023年, 2024年 and 2025年. */
function listed(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Where cell `k` of a row is written, found in order within the row's span. */
function cellPosition(ctx: RuleContext, row: AnnexRow, k: number): Position | null {
  let cursor = row.position.start.offset;
  let found: Position | null = null;
  for (let j = 0; j <= k; j++) {
    const cell = row.cells[j] ?? '';
    found = cell ? ctx.find(cell, row.position, cursor) : null;
    if (found) cursor = found.end.offset;
  }
  return found;
}
