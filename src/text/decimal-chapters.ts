import { decimalInPlace } from './decimal-place.js';
import { matchChapterNumber, matchMarker, type Marker } from './markers.js';

/** A chapter heading found by findDecimalChapters: where it stands in the texts, and its number. */
export interface DecimalChapter {
  readonly at: number;
  readonly marker: Marker;
}

/** A decimal item's number opening a line (2.1, ２．１), of either width: most texts have none. */
const DECIMAL_START = /^\s*[0-9０-９]{1,2}[.．][0-9０-９]/;

/**
 * The chapter headings a decimal outline numbers without a dot, GB/T 1.1 style (`1 总体目标`,
 * `2 重点任务` over `2.1 …`, `2.1.1 …`), among a document's paragraphs or lines in order (null: one
 * that takes no part, such as a table's cell, yet stands between). A line `2 重点任务` alone could be
 * a figure opening a line or a table's row, so the texts must read as such an outline throughout:
 * the headings run 1, 2, 3 … with text between them (rows of a table or list stand side by side),
 * there are two or more, decimal items stand under them, and every decimal item has the number of
 * the chapter it follows (2.1 after 2; a figure shaped as a decimal item out of the numbering, 3.12平方公里
 * opening a wrapped line under 2.2, is none: see decimalInPlace). Anything else finds none. Shared by the text adapter, which
 * keeps such a heading a line of its own whatever a hard wrap's width, and the parser, which marks
 * it as the outline's chapter.
 */
export function findDecimalChapters(texts: ReadonlyArray<string | null>): DecimalChapter[] {
  if (!texts.some((t) => t !== null && DECIMAL_START.test(t))) return [];
  const chapters: DecimalChapter[] = [];
  let decimals = 0;
  let last: number[] | null = null;
  for (const [k, text] of texts.entries()) {
    if (text === null) continue;
    const current = chapters.length;
    const marker = matchMarker(text);
    if (marker) {
      if (marker.kind !== 'decimal') continue;
      // …面积 | 3.12平方公里 under 2.2: a figure a wrap put at a line's start, which numbers nothing.
      if (!decimalInPlace(marker.number, last)) continue;
      last = marker.number.split('.').map(Number);
      // 1.1 before any chapter, or 3.2 under chapter 2: the decimal items are not numbered by such chapters.
      if (Number(marker.number.split('.')[0]) !== current) return [];
      decimals++;
      continue;
    }
    const chapter = matchChapterNumber(text);
    if (!chapter || chapter.ordinal !== current + 1) continue;
    if (current > 0 && chapters[current - 1]!.at === k - 1) return [];
    chapters.push({ at: k, marker: chapter });
  }
  return chapters.length < 2 || decimals === 0 ? [] : chapters;
}
