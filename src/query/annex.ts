import type { Annex, AnnexRow, AnnexTable, PlanDocument } from '../model/types.js';
import { asList, grepRows } from './context.js';
import type { AnnexTableRow, QueryOptions } from './types.js';
import { queryArguments } from '../util/arguments.js';
import { YEAR_HEADER, yearKey } from '../parse/annex.js';
import { fold } from '../text/fold.js';

/** One table of an annex: its first (`annex.table`), or one after it (a 重点项目表 under its caption). */
export interface AnnexTableOf {
  annex: Annex;
  table: AnnexTable;
  /** The caption of a table after the annex's first, as written; null for the first. */
  caption: string | null;
}

/**
 * Every table of the document's annexes, in order: each annex's first table, then the tables after it,
 * which the model keeps in `tables` under the annex's label (their path's first element).
 */
export function annexTables(doc: PlanDocument): AnnexTableOf[] {
  const later = doc.tables ?? [];
  return doc.annexes.flatMap((annex) => [
    ...(annex.table ? [{ annex, table: annex.table, caption: null }] : []),
    ...later.filter((t) => t.path[0] === annex.label).map((t) => ({ annex, table: t.table, caption: t.caption ?? '' })),
  ]);
}

/**
 * The rows of the documents' annex tables (the yearly breakdowns, and tables of text with their
 * own columns), each with its annex; optionally only the rows with `grep` in a cell: the indicator's,
 * or any other (a unit under 牵头单位, a word of a 建设内容), each searched on its own.
 */
export function queryAnnex(docs: PlanDocument | readonly PlanDocument[], filters: { grep?: string } = {}, options: QueryOptions = {}): Promise<AnnexTableRow[]> {
  queryArguments('queryAnnex', docs, filters, options);
  return grepRows(
    docs,
    filters.grep,
    options,
    (doc) =>
      annexTables(doc).flatMap(({ annex, table, caption }) => {
        const keys = ownColumns(table);
        return table.rows.map((row): AnnexTableRow => {
          const out: AnnexTableRow = { ...row, source: doc.source.name, annex: { label: annex.label, title: annex.title } };
          if (caption !== null) out.caption = caption;
          if (keys.size > 0 && (table.kind === 'text' || row.cells.length === table.columns.length)) {
            // 一、夯实数字基础设施 spanning the table, or 一 | 项目谋划 with the name spanning the rest (each laid
            // out on the grid as the same text in every cell it covers), heads the rows under it: its name
            // shown once, not under 牵头单位 and 完成时限 as well.
            const cells = table.kind === 'text' ? (groupRowCells(row.cells, row.number) ?? row.cells) : row.cells;
            out.columns = Object.fromEntries([...keys].flatMap(([i, key]) => (i < cells.length ? [[key, cells[i] as string]] : [])));
          }
          return out;
        });
      }),
    // Cells joined by NUL, which no search key holds (a line break would be folded away with the
    // spaces), so that no match runs across two of them.
    (row) => [row.indicator, ...row.cells].join('\u0000'),
  );
}

/**
 * A group row's cells as shown: a row of one text spanning the table (a category heading row, every
 * cell a copy of the first) keeps it under its first column; a row numbered in its first column whose
 * name spans the rest (一 | 项目谋划, every cell after the number a copy of the name) keeps the number
 * and the name once, the columns after it empty. Null for any other row.
 */
export function groupRowCells(cells: readonly string[], number: string): string[] | null {
  const first = cells[0]?.trim() ?? '';
  if (cells.length < 2 || first === '') return null;
  if (cells.every((c) => c === cells[0])) return cells.map((c, i) => (i === 0 ? c : ''));
  // At least two copies: one cell after the number is a row of two columns, no span to tell.
  const name = cells[1]!;
  if (cells.length < 3 || first !== number || name.trim() === '' || !cells.every((c, i) => i === 0 || c === name)) return null;
  return cells.map((c, i) => (i <= 1 ? c : ''));
}

/**
 * The keys a text table's cells go by: its headers as written, an empty header by its place
 * (`列2`), a repeated one with its count (`备注(2)`), so that no cell hides another.
 */
function columnKeys(table: AnnexTable): string[] {
  const seen = new Map<string, number>();
  return table.columns.map((header, i) => {
    const base = header.trim() || `列${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n > 1 ? `${base}(${n})` : base;
  });
}

/**
 * The columns a table's rows show by their own headers (`columns.牵头单位`), by index: every column of
 * a table of text; the columns of words of a table of figures (a 责任单位, 属性 or 备注 beside the
 * years), which its `number`, `indicator`, `unit` and `values` do not show. A table read turned has
 * none (its columns are 指标 and the years).
 */
function ownColumns(table: AnnexTable): Map<number, string> {
  const keys = columnKeys(table);
  if (table.kind === 'text') return new Map(keys.map((key, i) => [i, key]));
  const out = new Map<number, string>();
  if (table.transposed) return out;
  const valueKeys = new Set(table.rows.flatMap((row) => Object.keys(row.values)));
  table.columns.forEach((column, i) => {
    const header = column.trim();
    // A year column is keyed by its year (2023年 → 2023), another by its header as written.
    const year = YEAR_HEADER.exec(yearKey(fold(header).replace(/\s+/g, '')))?.[1];
    if (valueKeys.has(header) || (year !== undefined && valueKeys.has(year)) || NUMBER_OR_UNIT_HEADER.test(fold(header).replace(/\s+/g, ''))) return;
    const cells = wholeRows(table).map((row) => ({ row, cell: (row.cells[i] ?? '').trim() })).filter(({ cell }) => cell !== '');
    // The serial's, the indicator's (less the unit in brackets after it, or without the note its 单位
    // cell gave it, 省级以上企业技术中心（累计）) and the unit's columns are shown as those.
    const shown = cells.every(
      ({ row, cell }) => cell === row.number || (row.indicator !== '' && (cell.startsWith(row.indicator) || row.indicator.replace(/[（(][^（）()]*[)）]$/, '') === cell)) || cell === row.unit,
    );
    if (cells.length > 0 && !shown) out.set(i, keys[i]!);
  });
  return out;
}

/**
 * The rows of a table of figures whose cells can be told by column: as many as its header has. A
 * row short of it (a cell lost in a flattened table) may have any cell missing, so which of its
 * words is its 责任单位 is not known: it shows none (the parser says so with `annex-row-width`).
 */
function wholeRows(table: AnnexTable): AnnexRow[] {
  return table.rows.filter((row) => row.cells.length === table.columns.length);
}

/** Headers of the columns a row of figures shows as its number and unit. */
const NUMBER_OR_UNIT_HEADER = /^(?:序号|编号|(?:计量)?单位)$/;

/**
 * The value columns of the annex tables (the years of a yearly table), as the keys of the rows'
 * `values`, in table order; only columns that hold values in some row.
 */
export function annexValueColumns(docs: PlanDocument | readonly PlanDocument[]): string[] {
  const columns = new Set<string>();
  for (const doc of asList(docs)) {
    // The keys of `values`, not the headers as written: a header 2023年 keys its values as 2023.
    for (const { table } of annexTables(doc)) for (const row of table.rows) for (const key of Object.keys(row.values)) columns.add(key);
  }
  return [...columns];
}

/**
 * The columns of the annexes' tables shown by their own headers (every column of a table of text, the
 * columns of words of a table of figures), as the keys of the rows' `columns`, in table order.
 * `beyondNumberAndIndicator` leaves out the columns whose every cell is its row's `number` or
 * `indicator` (序号, 重点任务), for a view that shows those beside a table of figures.
 */
export function annexTextColumns(docs: PlanDocument | readonly PlanDocument[], beyondNumberAndIndicator = false): string[] {
  const columns = new Set<string>();
  const covered = new Map<string, boolean>();
  for (const doc of asList(docs)) {
    for (const { table } of annexTables(doc)) {
      const keys = ownColumns(table);
      for (const key of keys.values()) columns.add(key);
      for (const row of table.rows) {
        keys.forEach((key, i) => {
          const cell = row.cells[i];
          const same = cell === undefined || cell === row.number || cell === row.indicator;
          covered.set(key, (covered.get(key) ?? true) && same);
        });
      }
    }
  }
  return [...columns].filter((key) => !beyondNumberAndIndicator || !covered.get(key));
}
