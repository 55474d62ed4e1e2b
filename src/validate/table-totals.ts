/** A cell written as a plain number (`110`, `2.4`, `1,200`), or a dash for no figure (counted as 0). */
export interface Figure {
  value: number;
  /** Decimal places as written: how far the figure may be rounded. */
  decimals: number;
  /** Written `—` (no figure), not as a number. */
  dash?: true;
}

const NUMBER = /^-?\d+(?:\.(\d+))?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DASH = /^[—–\-－―─/／]+$/;

/**
 * The figure a cell writes, when it writes nothing else: no 约, 以上, range or unit beside it, which
 * make it no exact sum. `cell` is the width-folded copy.
 */
export function plainFigure(cell: string): Figure | null {
  const text = cell.replace(/\s+/g, '');
  if (text === '') return null;
  if (DASH.test(text)) return { value: 0, decimals: 0, dash: true };
  const bare = GROUPED.test(text) ? text.replace(/,/g, '') : text;
  const m = NUMBER.exec(bare);
  if (!m) return null;
  return { value: Number(bare), decimals: m[1]?.length ?? 0 };
}

/** 合计, 总计, 小计, 共计 closing a header (2023—2025年合计, 合计（万元）), or a row's label (全区合计). */
const TOTAL_COLUMN = /^[^累]{0,12}?(合计|总计|小计|共计)$/;
const TOTAL_ROW = /^[^\d累]{0,4}?(合计|总计|小计|共计)$/;
/** A unit in brackets after the label: 合计（万元）. */
const BRACKETED_TAIL = /[（(][^（）()]{1,12}[）)]$/;

/**
 * The word a table's total is labelled with (`合计`, `总计`, `小计`, `共计`), when `text` (the
 * width-folded copy of a header, or of a row's label when `row`) is one; else null. A running total
 * (累计) is no sum of the cells beside it.
 */
export function totalLabel(text: string, row = false): string | null {
  const squeezed = text.replace(/\s+/g, '').replace(BRACKETED_TAIL, '').replace(/[:：]$/, '');
  if (squeezed.length === 0 || squeezed.length > 16) return null;
  return (row ? TOTAL_ROW : TOTAL_COLUMN).exec(squeezed)?.[1] ?? null;
}

/** An indicator, header or unit whose figures are no amounts to add: a rate, share, ratio, index, average, density, price or running total. */
const NON_ADDITIVE = /率|比重|比例|占比|之比|比值|指数|平均|均值|人均|年均|累计|增速|增幅|增长|下降|提高|密度|强度|系数|单价|价格|%|‰|百分点|倍/;

/** Whether figures under this indicator, header or unit (width-folded) do not add up to a total. */
export function isNonAdditive(text: string): boolean {
  return NON_ADDITIVE.test(text);
}
