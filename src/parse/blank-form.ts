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

/**
 * What an annex's own title ends with when it names a form or a list (…申请表, …联络员名单, …汇总表,
 * …清单, a bracketed note after it): a line under it is the content's, not more of the title.
 */
const ANNEX_TITLE_END = /(?:表|名单|名录|清单|目录|一览)(?:[(（][^()（）]{1,20}[)）])?$/;

export function endsAnnexTitle(title: string): boolean {
  return ANNEX_TITLE_END.test(title.replace(/[\s\u3000]+/g, ''));
}

/**
 * The name of a form's field or a roster's column on a line of its own (单位, 姓名, 联系电话, 统一社会信用代码,
 * 申请金额（万元）, 单位意见（盖章）, 年  月  日): never a line of an annex's title.
 */
const FIELD_NAME =
  /^(?:[\u4e00-\u9fff]{0,8}(?:单位|名称|代码|姓名|职务|职称|电话|手机|传真|邮箱|地址|联系人|负责人|经办人|性别|年龄|民族|学历|身份证号码?|邮编|金额|意见|签字|签章|盖章|备注|日期))(?:[(（][^()（）]{1,10}[)）])?$|^年 *月 *日$/;

export function isFieldName(t: string): boolean {
  const squeezed = t.replace(/[\s\u3000]+/g, ' ').trim();
  return squeezed.length <= 20 && FIELD_NAME.test(squeezed);
}
