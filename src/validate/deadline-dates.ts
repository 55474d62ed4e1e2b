import { parseNumeral } from '../text/chinese-numeral.js';

/**
 * The dates a task's deadline names, each its year and month (or none): `2024年6月底前`,
 * `2025年底前`, `2025年六月`, and the dotted forms a 完成时限 cell or clause is often written in
 * (`2025.6`, `2025.06`, `2025.12.31`, `2025年12.31`). A deadline written over two lines or steps
 * (`2025年6月底前启动` / `2026年12月底前完成`) names each of its dates. Read only from a deadline's
 * own text (its cell or clause), where a dotted figure after a year is a month; anywhere else
 * `2025.5` may be a figure. The text is the matching copy, its years in digits.
 *
 * A step that leaves its year unsaid after one that gives it (`2025年6月底前完成方案，9月底前全面推开`,
 * `…，年底前完成`) is in the year of the nearest date before it: the writer gives the year once. Such a
 * date stands at the start of a step (after a comma, 、 or a line's break); with no date before it
 * in the deadline it is not read, since an annual 工作要点's `6月底前` is in a year only the plan's
 * context gives. Nor is one whose month comes before the date it follows (`2024年10月启动，3月底前完成`):
 * that is most likely the next year, which the text does not say.
 */
export interface DeadlineDate {
  year: number;
  month: number | null;
  /** The date as the deadline writes it, in the matching copy (`2024年6月`, `9月`, `年底`). */
  written: string;
  /** For a date written without its year, the date before it whose year it takes (`2024年6月`). */
  yearFrom?: string;
}

/** A month in digits or in numerals (6, 06, 十二, 九), as a deadline writes it. */
const MONTH_NUMERAL = '十[一二]?|[一二三四五六七八九]';
const DOTTED_END = '(?![\\d.．%])';

/**
 * 2024年6月 / 2024年六月 / 2024年 / 2024年12.31 / 2024.6 / 2024.06.30: a year, maybe a month after it
 * (groups 1–4: the year, a month in digits, a month in numerals, a dotted month); or, at the start
 * of a step, a month (6月, 十二月) or the year's end (年底, 年末) with no year (groups 5–7).
 */
const DATE = new RegExp(
  `(?<![\\d.．])((?:19|20)\\d{2})(?: ?年(?: ?(?:(\\d{1,2})(?: ?月|[.．]\\d{1,2}${DOTTED_END})|(${MONTH_NUMERAL}) ?月))?|[.．](\\d{1,2})(?:[.．]\\d{1,2})?${DOTTED_END})` +
    `|(?<=^|[\\s,;、。])(?:力争|确保|争取|务必)?(?:于|在)?(?:(\\d{1,2}|${MONTH_NUMERAL}) ?月|(年)(?:底|末))`,
  'g',
);

const monthOf = (written: string): number => (/^\d/.test(written) ? Number(written) : (parseNumeral(written) ?? Number.NaN));

export function deadlineDates(text: string): DeadlineDate[] {
  // Every date names a year with 年, a month with 月, or stands dotted: most deadlines hold one.
  if (!text.includes('年') && !text.includes('月') && !text.includes('.') && !text.includes('．')) return [];
  const out: DeadlineDate[] = [];
  let before: DeadlineDate | null = null;
  // The month the date before falls in, for the order of the steps: 2024年底 is the year's twelfth.
  let beforeMonth: number | null = null;
  for (const m of text.matchAll(DATE)) {
    const end = (m.index ?? 0) + m[0].length;
    if (m[1] !== undefined) {
      const month = m[2] ?? m[3] ?? m[4];
      before = { year: Number(m[1]), month: month !== undefined ? monthOf(month) : null, written: m[0] };
      beforeMonth = before.month ?? (/^ ?[底末]/.test(text.slice(end, end + 2)) ? 12 : null);
      out.push(before);
      continue;
    }
    if (before === null) continue;
    const month = m[5] !== undefined ? monthOf(m[5]) : 12;
    if (beforeMonth !== null && month < beforeMonth) continue;
    const written = m[0].replace(/^(?:力争|确保|争取|务必)?(?:于|在)?/, '');
    const date: DeadlineDate = { year: before.year, month, written, yearFrom: before.yearFrom ?? before.written };
    out.push(date);
    before = date;
    beforeMonth = month;
  }
  return out;
}
