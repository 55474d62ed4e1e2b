/**
 * How a division by number (第1项由A牵头；第（二）项由B负责) writes the numbers of the items it names,
 * and the label it may open with (任务分工：…). A division names items as the outline numbers them:
 * 1, 一, (一), (1), ① (with 项, or 条 for a regulation's articles, 項 and 條 in traditional copies).
 * All patterns run on the folded copy, where （一） is (一) and ： is :.
 */
import { parseNumeral } from '../text/chinese-numeral.js';
import { enclosedOrdinal } from '../text/markers.js';

const DIGITS = '[\\d一二三四五六七八九十两]{1,3}';

/** One number of a division as the outline writes it: 1, 一, (一), (1), ①. */
export const DIVISION_NUMBER = `(?:${DIGITS}|\\( ?${DIGITS} ?\\)|[①-⑳㈠-㈩⑴-⒇])`;

/** The word after a division's numbers: 项 for a plan's items, 条 for a regulation's articles. */
export const NUMBERED_WORD = '[项項条條]';

/** 第3项, 第(三)项, 第五条: an item or article named by its number, as the outline numbers it. */
export const NAMED_NUMBER = new RegExp(`第${DIVISION_NUMBER}${NUMBERED_WORD}`);

/** Whether a part's word names articles (第二条) rather than items (第2项). */
export const ARTICLE_WORD = /[条條]/;

/** The value of one number as a division writes it (3, 三, (三), (3), ③), or null. */
export function divisionNumber(text: string): number | null {
  const t = text.trim().replace(/^\( ?| ?\)$/g, '');
  if (t.length === 1) {
    const enclosed = enclosedOrdinal(t);
    if (enclosed > 0) return enclosed;
  }
  return parseNumeral(t);
}

// 任务分工：/ 以上任务分工：/ 责任分工: / 职责分工：/ 分工安排：/ 具体分工如下：— the label a division
// line may open with, before its first 第…项 (or 以上第…项, or units first). Only with its colon: 任务分工
// alone is a heading's words.
const DIVISION_LABEL = /^\s*(?:以上|上述)?(?:具体)?(?:(?:重点|主要)?(?:工作)?任务|责任|职责|工作)?分工(?:安排|情况)?(?:如下)?\s*:\s*/;

/** The length of the label a division line opens with (任务分工：), or 0. */
export function divisionLabel(match: string): number {
  // Every label says 分工 near the start: most lines fail the cheap test.
  const at = match.indexOf('分工');
  if (at < 0 || at > 12) return 0;
  return DIVISION_LABEL.exec(match)?.[0].length ?? 0;
}

/**
 * Whether a line is labelled as a division and names items by number (任务分工：一是第1项由A牵头…):
 * one that then does not read as a division leaves those items without units, which is said.
 */
export function labelledDivision(match: string): boolean {
  const label = divisionLabel(match);
  return label > 0 && NAMED_NUMBER.test(match.slice(label));
}
