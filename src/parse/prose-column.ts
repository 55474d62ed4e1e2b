import { readTargetCell } from './goals/target-figure.js';

/** A cell that says "no figure" (—, /, ×) rather than words. */
const NO_FIGURE = /^[—–\-－―─/／×]+$/;
/** A run of Han characters as long as a phrase of prose, no unit or short label (约束性, 亿元). */
const PHRASE = /\p{Script=Han}{6}/u;

/**
 * Whether a column's cells are prose (a 建设内容 of a project list: 购置智能织网设备200台（套）,
 * 更新CT、MRI等大型影像设备): none reads as a figure, bounded or with its unit, and one at least
 * holds a phrase. A figure inside the words (200台) does not make the cell one.
 */
export function proseColumn(matches: readonly string[]): boolean {
  let phrase = false;
  let filled = 0;
  for (const raw of matches) {
    const t = raw.trim();
    if (t === '') continue;
    filled++;
    if (NO_FIGURE.test(t) || readTargetCell(t.replace(/[,，]/g, '')) !== null) return false;
    if (!phrase && PHRASE.test(t)) phrase = true;
  }
  return filled > 0 && phrase;
}
