import { CHINESE_NUMERAL_CHARS, parseNumeral } from './chinese-numeral.js';
import { fold } from './fold.js';

export interface ParsedDate {
  /** ISO YYYY-MM-DD. */
  iso: string;
  year: number;
  month: number;
  day: number;
  /** How it was written: Arabic numerals, Chinese numerals, or a numeric form such as 2022-07-22. */
  style: 'arabic' | 'chinese' | 'numeric';
  /** True when the month or day is written with a leading zero (07月). */
  zeroPadded: boolean;
  /** True when the year, month and day make a real calendar date. */
  valid: boolean;
  raw: string;
  /** Offset of the date in the text it was found in. */
  index: number;
}

const CN = '[〇零一二三四五六七八九十两○Ｏ]';
/**
 * A year written in Chinese numerals as a signature's date line has it, its 〇 perhaps read by OCR
 * or typed as O, o or 0 (二O二三年, 二0二三年; the text is folded, so Ｏ and ０ are among them).
 */
const CN_DATE_YEAR = '[一二][〇零○Oo0九][〇零○Oo0一二三四五六七八九]{2}';
const DATE_PATTERNS: Array<{ re: RegExp; style: ParsedDate['style'] }> = [
  { re: /(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/g, style: 'arabic' },
  { re: new RegExp(`(${CN_DATE_YEAR}) ?年 ?(${CN}{1,3}) ?月 ?(${CN}{1,3}) ?日`, 'g'), style: 'chinese' },
  { re: /(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/g, style: 'numeric' },
];

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] as number);
}

function numeral(s: string): number {
  return parseNumeral(/^\d+$/.test(s) ? s : s.replace(/[○ＯOo0]/g, '〇')) ?? NaN;
}

/**
 * A year of this or the last century written digit by digit in Chinese numerals (二〇二五, 二零二五,
 * 一九九八; a scraped page may write its 〇 as ○, Ｏ or a Latin O).
 */
const CN_YEAR = '[一二][〇零○ＯO九][〇零○ＯO一二三四五六七八九]{2}';
const RANGE_DASH = ' ?[—–\\-~～至到] ?';
const NUMERAL_CHARS = `${CHINESE_NUMERAL_CHARS}○ＯO万亿`;
/**
 * Such a year where a year is read: before 年 (到二〇二七年), or at either end of a span of years
 * ((二〇二五—二〇二七年)); not among other numerals (一二〇〇〇 is no year).
 */
const CN_YEAR_IN_TEXT = new RegExp(
  `(?<![${NUMERAL_CHARS}])(?:${CN_YEAR}(?= ?年|${RANGE_DASH}${CN_YEAR})|(?<=${CN_YEAR}${RANGE_DASH})${CN_YEAR}(?![${NUMERAL_CHARS}]))`,
  'g',
);

/**
 * The text with every year written in Chinese numerals rewritten in Arabic digits (到二〇二七年 →
 * 到2027年), for the readers of target years and plan periods that look for `\d{4}年`. A year
 * takes four characters either way, so offsets in the copy stay those of the text.
 */
export function arabicYears(text: string): string {
  if (!/[〇零○ＯO九]/.test(text)) return text;
  return text.replace(CN_YEAR_IN_TEXT, (y) => String(numeral(y.replace(/O/g, '〇'))));
}

/** Every date in a text, in order. */
export function findDates(text: string): ParsedDate[] {
  const f = fold(text);
  const out: ParsedDate[] = [];
  for (const { re, style } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      const [raw, y, mo, d] = m as unknown as [string, string, string, string];
      const year = numeral(y);
      const month = numeral(mo);
      const day = numeral(d);
      if (!Number.isFinite(year) || !Number.isFinite(month) || !Number.isFinite(day)) continue;
      out.push({
        iso: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        year,
        month,
        day,
        style,
        zeroPadded: style !== 'chinese' && (/^0\d/.test(mo) || /^0\d/.test(d)),
        valid: isRealDate(year, month, day),
        raw: text.slice(m.index, m.index + raw.length),
        index: m.index,
      });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The date a text consists of (allowing surrounding spaces), or null. */
export function parseDate(text: string): ParsedDate | null {
  const t = text.trim();
  const dates = findDates(t);
  const d = dates[0];
  if (!d || d.index !== 0 || d.raw.length !== t.length) return null;
  return d;
}

/** A year and month without a day, as a signature or byline may be dated (2024年10月, 二〇二四年十月). */
const YEAR_MONTH = /^((?:19|20)\d{2}) ?年 ?(\d{1,2}|[一二三四五六七八九十]{1,3}) ?月$/;

/** The year and month a text consists of, when it names no day (2024年10月, 二〇二四年十月), or null. */
export function parseYearMonth(text: string): { year: number; month: number } | null {
  const t = text.trim();
  if (!t.endsWith('月')) return null;
  const m = YEAR_MONTH.exec(arabicYears(fold(t)));
  if (!m) return null;
  const month = numeral(m[2]!);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

/** A time of day after a date, as sites record when a page went up: 10:22, 10:22:05, T10:22:05+08:00, 10时22分. */
const TIME_OF_DAY = /^(?:\s*|T)(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?)\s*$/;

/** The date a text consists of, allowing a time of day after it (2024-03-18 10:22), or null. */
export function parseDateTime(text: string): ParsedDate | null {
  const whole = parseDate(text);
  if (whole) return whole;
  const t = text.trim();
  const d = findDates(t)[0];
  if (!d || d.index !== 0 || !TIME_OF_DAY.test(t.slice(d.raw.length))) return null;
  return d;
}

/** A day of the week after a date, as some sites' headers add it: 星期五, 周五, (星期五), 礼拜五. */
const WEEKDAY_AFTER = /^\s*[（(]?\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]\s*[）)]?/;
/** A date written as eight digits, YYYYMMDD (20240105), as a site's database may print a date field. */
const COMPACT_DATE = /^((?:19|20)\d{2})(\d{2})(\d{2})$/;

/**
 * The date a header's date field holds: as parseDateTime reads it, or followed by its day of the
 * week (2024年01月05日星期五), or as eight digits (20240105) that make a real date. Only for a value
 * the label says is a date: eight digits elsewhere are as likely a serial number.
 */
export function parseFieldDate(text: string): ParsedDate | null {
  const found = parseDateTime(text);
  if (found) return found;
  const t = text.trim();
  const compact = COMPACT_DATE.exec(fold(t));
  if (compact) {
    const [, y, mo, d] = compact as unknown as [string, string, string, string];
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (!isRealDate(year, month, day)) return null;
    return { iso: `${y}-${mo}-${d}`, year, month, day, style: 'numeric', zeroPadded: mo.startsWith('0') || d.startsWith('0'), valid: true, raw: t, index: 0 };
  }
  if (!/[星周週礼禮]/.test(t)) return null;
  const d = findDates(t)[0];
  if (!d || d.index !== 0) return null;
  const weekday = WEEKDAY_AFTER.exec(t.slice(d.raw.length));
  if (!weekday) return null;
  const rest = t.slice(d.raw.length + weekday[0].length);
  return rest.trim() === '' || TIME_OF_DAY.test(rest) ? d : null;
}
