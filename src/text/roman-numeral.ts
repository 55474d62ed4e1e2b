/**
 * Roman numerals as older city sites number a plan's parts (Ⅰ、工作目标 / Ⅱ、重点任务): the one-character
 * forms Ⅰ–Ⅻ (U+2160–U+216B), or the same numbers in capital letters (II、, full-width ＩＩ folded first).
 */
export const ROMAN_CHARS = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';

/** I to XX in capitals, each the one way it is written (no IIII, no VV). */
export const ASCII_ROMAN = '(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})';

const ASCII_FORMS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * A Roman numeral in capitals (Ⅱ → II), as full-width digits are folded to half-width: Ⅱ、 and II、
 * number the same part. Other text is returned as it is.
 */
export function foldRoman(text: string): string {
  const k = text.length === 1 ? ROMAN_CHARS.indexOf(text) : -1;
  return k >= 0 ? (ASCII_FORMS[k] as string) : text;
}

const WHOLE_ASCII = new RegExp(`^${ASCII_ROMAN}$`);
const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** The value of a Roman numeral (Ⅲ → 3, XIV → 14), or null when the text is none. */
export function romanOrdinal(text: string): number | null {
  const t = text.trim();
  if (t.length === 1 && ROMAN_CHARS.includes(t)) return ROMAN_CHARS.indexOf(t) + 1;
  if (!WHOLE_ASCII.test(t)) return null;
  let total = 0;
  for (let k = 0; k < t.length; k++) {
    const value = VALUES[t[k] as string] as number;
    const next = VALUES[t[k + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
