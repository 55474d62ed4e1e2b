import { arabicYears, parseDate, type ParsedDate } from '../text/date.js';

/** A date and the meeting or body that adopted, issued or revised the text on it. */
const ADOPTED_ON = /^((?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日)[^()。,;]{2,40}(?:通过|印发|发布|修订|修正)$/;

/**
 * A byline's date as a date parser reads it: years in digits, and out of the brackets a Party
 * committee's and government's joint document prints it in under its title (（2024年3月1日）), with
 * the meeting that adopted the text after it or not (（2023年12月29日区政府第45次常务会议审议通过）).
 */
export function bylineDateText(match: string): string {
  const inner = arabicYears(match.trim()).replace(/^\( ?([^()]+?) ?\)$/, '$1');
  return ADOPTED_ON.exec(inner)?.[1] ?? inner;
}

/**
 * The date of a line that is only a date in brackets (（2024年3月12日）, （二〇二四年三月十二日）, or
 * with the meeting that adopted the text), on the matching copy: the style of the 中共中央's and a
 * Party committee's documents, dated under their title rather than under a signature. Null for any
 * other line, an unbracketed date included (a reprinting page's dateline may stand there).
 */
export function bracketedDateLine(match: string): ParsedDate | null {
  const t = match.trim();
  if (!t.startsWith('(') || !t.endsWith(')') || !t.includes('年')) return null;
  // 二〇二四年五月六日 reads whole; its year alone in digits (2024年五月六日) would not.
  return parseDate(t.slice(1, -1)) ?? parseDate(bylineDateText(t));
}
