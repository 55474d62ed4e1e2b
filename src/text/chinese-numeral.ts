const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, Ｏ: 0, O: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾佰仟兩貳參陸';

/**
 * The value of a Chinese numeral (十五 → 15, 一百零三 → 103, 二〇二二 → 2022 read digit by digit),
 * or of an Arabic one; null if the text is not a numeral.
 */
export function parseNumeral(text: string): number | null {
  const t = text.trim();
  if (t.length === 0) return null;
  if (/^[0-9０-９]+$/.test(t)) return Number(t.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  // Digit-by-digit form used in years: 二〇二二.
  if (t.length > 1 && [...t].every((c) => c in DIGITS)) {
    return Number([...t].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of t) {
    if (c in DIGITS) {
      digit = DIGITS[c] as number;
    } else if (c in UNITS) {
      total += (digit ?? 1) * (UNITS[c] as number);
      digit = null;
    } else if (c === '廿') {
      total += 20;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes an integer from 0 to 9999 as a Chinese numeral (15 → 十五). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return SMALL[n] as string;
  if (n < 20) return '十' + (n % 10 ? SMALL[n % 10] : '');
  const parts: string[] = [];
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let zero = false;
  let started = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (started) zero = true;
      return;
    }
    if (zero) parts.push('零');
    zero = false;
    started = true;
    parts.push((SMALL[d] as string) + units[i]);
  });
  return parts.join('');
}

/**
 * A count written by place (千, 百, 十) with a digit before each place but a leading 十: 两千,
 * 一百零三, 十五, 三十. Not the digit-by-digit form of years (二〇二二), runs of digits that
 * estimate (两三, 三四十), nor a list of numbers read as one (十四五 is the fourteenth five-year plan,
 * not 15), nor a place without its digit (百家, 千家万户).
 */
const CARDINAL =
  /^(?:两|(?:[一二三四五六七八九两]千)?(?:零?[一二三四五六七八九两]百)?(?:零?[一二三四五六七八九]?十)?(?:零?[一二三四五六七八九])?)$/;

/**
 * A count with a fraction read digit by digit after 点 (六点五 is 6.5, 十五点零五 15.05), or a count
 * without one (see parseCardinal); null for anything else.
 */
export function parseDecimalCount(text: string): number | null {
  const point = text.indexOf('点');
  if (point < 0) return parseCardinal(text);
  const whole = parseCardinal(text.slice(0, point));
  const fraction = text.slice(point + 1);
  if (whole === null || !/^[零〇一二三四五六七八九]+$/.test(fraction)) return null;
  return Number(`${whole}.${[...fraction].map((c) => DIGITS[c]).join('')}`);
}

/**
 * The value of a count in Chinese numerals (see CARDINAL), or null for anything else. Tens of
 * thousands are counted before 万 when a count of thousands or 零 follows it (一万二千 is 12000,
 * 三万零五百 30500): 一万二 says 12000 in speech but reads as 10002, and is refused.
 */
export function parseCardinal(text: string): number | null {
  const tenThousand = text.indexOf('万');
  if (tenThousand >= 0) {
    const high = parseCardinal(text.slice(0, tenThousand));
    const rest = text.slice(tenThousand + 1);
    if (high === null || !(rest.startsWith('零') || rest.includes('千'))) return null;
    const low = parseCardinal(rest.replace(/^零/, ''));
    return low === null ? null : high * 10000 + low;
  }
  if (text === '' || text.startsWith('零') || !CARDINAL.test(text)) return null;
  // 十 without its digit opens a numeral only (十五), not a later place (一百十五 is written 一百一十五).
  if (text.indexOf('十') > 0 && !/[一二三四五六七八九]十/.test(text)) return null;
  // 零 stands for a place skipped between two written ones (一百零三), not after a place (一千零).
  if (/零$/.test(text)) return null;
  return parseNumeral(text);
}
