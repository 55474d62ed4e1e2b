/**
 * A task's title as a row of a task table and the text's task are compared by. A 分解表 restates
 * the text's tasks with small differences of print that say nothing of the task: width (“免申即享”
 * / "免申即享"), punctuation and spaces (a closing 。), the item's number written into the cell
 * (（二）推行… beside the text's （二） label, 2.推行…), or a closing 工作 / 行动 (推行“免申即享”工作
 * for 推行“免申即享”). The key leaves all of these out; a title that would be left shorter than
 * MIN_TITLE_KEY by the closing word keeps it (党建工作 stays whole, so 党建行动 is another title).
 *
 * `copy` is the matching copy (folded, simplified); the key is only for equality and prefix tests.
 */
export function taskTitleKey(copy: string): string {
  const number = LEADING_NUMBER.exec(copy);
  const key = (number ? copy.slice(number[0].length) : copy).replace(PRINT, '');
  if (!CLOSING_WORD.test(key)) return key;
  const shorter = key.replace(CLOSING_WORD, '');
  return shorter.length >= MIN_TITLE_KEY ? shorter : key;
}

/** The fewest characters of a key that name one task: shorter ones (推进, 党建) would pair by chance. */
export const MIN_TITLE_KEY = 4;

/**
 * An item's number at the start of a cell, in the folded copy: (二), (2), 二、, 2., 2、, ①. Never a
 * figure (1.5万户), nor a numeral that opens a word (一体化, 十大工程), which no 、 or bracket follows.
 */
const LEADING_NUMBER = /^\s*(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、](?!\d)|[①-⑳])\s*/u;

/** Spaces, punctuation and symbols (quotes, brackets, stops): print, not words. */
const PRINT = /[\s\u200b\ufeff\p{P}\p{S}]+/gu;

/** A closing word of the kind a 分解表 adds or leaves off a task's title. */
const CLOSING_WORD = /(?:工作|行动)$/;
