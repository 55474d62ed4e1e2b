import { parseNumeral, toChineseNumeral } from '../text/chinese-numeral.js';

const FULL_WIDTH_ZERO = 0xff10;

/**
 * The item number `step` (1 or -1) from an item's number, written the same way: 1 → 2, １ → ２,
 * ① → ②, 一 → 二, a → b, and back; null where there is none (0, ⑳ + 1, z) or for no item number.
 */
export function stepItemNumber(number: string, step: 1 | -1): string | null {
  const code = number.charCodeAt(0);
  if (/^[0-9]{1,2}$/.test(number)) return Number(number) + step >= 1 ? String(Number(number) + step) : null;
  if (/^[０-９]{1,2}$/.test(number)) {
    const half = stepItemNumber([...number].map((c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_ZERO + 0x30)).join(''), step);
    return half === null ? null : [...half].map((c) => String.fromCharCode(c.charCodeAt(0) - 0x30 + FULL_WIDTH_ZERO)).join('');
  }
  if (/^[\u2460-\u2473]$/.test(number)) return /^[\u2460-\u2473]$/.test(String.fromCharCode(code + step)) ? String.fromCharCode(code + step) : null;
  if (/^[a-z]$/.test(number)) return /^[a-z]$/.test(String.fromCharCode(code + step)) ? String.fromCharCode(code + step) : null;
  const n = parseNumeral(number);
  return n !== null && n + step >= 1 ? toChineseNumeral(n + step) : null;
}
