import type { AnnexTable } from '../model/types.js';
import type { Item, ParseContext } from './context.js';

/**
 * The column names of a blank form's header (企业名称 | 统一社会信用代码 | 上年度研发投入（万元）): two
 * cells at least, each a short name, no sentence, no label with its value (名称：), no figure but a
 * year's; null for any other row. An empty cell among them is a cell of data, not a header's.
 */
export function formHeaderCells(cells: readonly string[]): string[] | null {
  const names = cells.map((c) => c.trim());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  if (names.length < 2) return null;
  const isName = (c: string): boolean =>
    c.length > 0 && c.length <= 30 && !/[。；;！？!?]|[:：]$/.test(c) && !/\d/.test(c.replace(/(?:19|20)\d{2}/g, ''));
  return names.every(isName) ? names : null;
}

/** A line of text whose tabs set out a form's header (a spreadsheet row copied as text), else null. */
export function formHeaderLine(item: Item): string[] | null {
  if (item.block.kind === 'table' || !item.text.includes('\t') || item.text.includes('\n')) return null;
  return formHeaderCells(item.text.split('\t'));
}

/**
 * A blank form in an annex (申请表, 登记表 to be filled in): its header row and no row with any text,
 * either a table block whose other rows are all empty or a line of tab-separated names alone. Read
 * as a table with its columns and no rows, rather than gluing its names onto the annex's title or
 * dropping the table; null for anything else, a table with a filled row included.
 */
export function blankFormTable(ctx: ParseContext, item: Item): AnnexTable | null {
  let columns: string[] | null;
  if (item.block.kind === 'table') {
    const rows = item.block.rows ?? [];
    if (rows.length === 0 || rows.slice(1).some((r) => r.some((c) => c.text.trim() !== ''))) return null;
    columns = formHeaderCells(rows[0]!.filter((c) => !c.spanned).map((c) => c.text));
  } else columns = formHeaderLine(item);
  if (!columns) return null;
  // A form holds no figures yet: a table of text, whatever its columns will hold.
  return { columns, rows: [], kind: 'text', position: ctx.blockPosition(item) };
}
