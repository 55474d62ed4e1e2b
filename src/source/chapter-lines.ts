import { findDecimalChapters } from '../text/decimal-chapters.js';
import type { WrapLine } from './line-wrap.js';

/**
 * The lines of a plain text that head the chapters of a decimal outline numbered without a dot
 * (`1 工作目标`, `2 重点任务` over `2.1 …`), as the parser will read them (see findDecimalChapters).
 * Such a heading is a line of its own: a hard wrap never cut it from a title as wide as the wrap
 * above it, nor from the paragraph under it. Blank lines take no part; a flattened table's cells
 * (`skip`) stand between, as its rows are no chapters.
 */
export function decimalChapterLines<L extends WrapLine>(lines: readonly L[], skip: ReadonlySet<number>): Set<L> {
  const kept: L[] = [];
  const texts: Array<string | null> = [];
  for (const [k, line] of lines.entries()) {
    if (line.text.length === 0) continue;
    kept.push(line);
    texts.push(skip.has(k) ? null : line.text);
  }
  return new Set(findDecimalChapters(texts).map(({ at }) => kept[at]!));
}
