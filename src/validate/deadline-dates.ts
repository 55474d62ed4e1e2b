/**
 * The dates a task's deadline names, each its year and month (or none): `2024年6月底前`,
 * `2025年底前`, and the dotted forms a 完成时限 cell or clause is often written in (`2025.6`,
 * `2025.06`, `2025.12.31`, `2025年12.31`). A deadline written over two lines (`2025年6月底前启动` /
 * `2026年12月底前完成`) names each of its dates. Read only from a deadline's own text (its cell or
 * clause), where a dotted figure after a year is a month; anywhere else `2025.5` may be a figure.
 * The text is the matching copy, its years in digits.
 */
export interface DeadlineDate {
  year: number;
  month: number | null;
}

/** 2024年6月 / 2024年 / 2024年12.31 / 2024.6 / 2024.06.30: a year, maybe a month after it. */
const DATE = /(?<![\d.．])((?:19|20)\d{2})(?: ?年(?: ?(\d{1,2})(?: ?月|[.．]\d{1,2}(?![\d.．%])))?|[.．](\d{1,2})(?:[.．]\d{1,2})?(?![\d.．%]))/g;

export function deadlineDates(text: string): DeadlineDate[] {
  // Most deadlines name a year with 年; the dotted form is looked for only where a dot stands.
  if (!text.includes('年') && !text.includes('.') && !text.includes('．')) return [];
  const out: DeadlineDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const month = m[2] ?? m[3];
    out.push({ year: Number(m[1]), month: month !== undefined ? Number(month) : null });
  }
  return out;
}
