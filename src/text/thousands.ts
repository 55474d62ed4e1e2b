/**
 * Thousands separators in figures (1,200亿元, 12,000人), told apart from the commas between clauses.
 */

/**
 * Where a copy for matching has a thousands separator (see markThousands): a character of its
 * own, so that the comma that ends a clause and the one inside 1,200 are told apart.
 */
export const THOUSANDS_MARK = '\u066c';
/** Digits in groups of three after a comma: a figure written with thousands separators (1,200, 12,000). */
const GROUPED = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d])/g;

/**
 * `match`, the folded copy of `text`, with the thousands separators of its figures (1,200亿元,
 * 12,000人) replaced by THOUSANDS_MARK. Only a half-width comma as written, with exactly three
 * digits after it: the full-width ，, which the folded copy writes as `,` too, ends a clause, and
 * 5,6月 or 3,4家 are two figures.
 */
export function markThousands(text: string, match: string): string {
  // Runs on every goal paragraph: a cheap test before the regex.
  if (!text.includes(',')) return match;
  return match.replace(GROUPED, (run, at: number) => {
    for (let k = run.indexOf(','); k >= 0; k = run.indexOf(',', k + 1)) if (text.charAt(at + k) !== ',') return run;
    return run.replace(/,/g, THOUSANDS_MARK);
  });
}

/** The value of a figure as written, with thousands separators or their mark (1,200 is 1200). */
export function figureNumber(written: string): number {
  return Number(written.replace(/[,\u066c]/g, ''));
}

/**
 * `text` with the thousands separators of its figures taken out (1,200 → 1200), for comparing two
 * renderings of a notice: the same rule as markThousands, on the text as written.
 */
export function withoutThousands(text: string): string {
  return text.includes(',') ? text.replace(GROUPED, (run) => run.replace(/,/g, '')) : text;
}

/**
 * A figure read from a copy without separators (2500) as `text` writes it (2,500): the first
 * figure of `text` with half-width separators whose digits are the figure's; the figure itself
 * when `text` writes it without any. `match` is `text`'s folded copy (see markThousands).
 */
export function writtenFigure(figure: string, text: string, match: string): string {
  if (!text.includes(',')) return figure;
  const marked = markThousands(text, match);
  for (const m of marked.matchAll(/\d{1,3}(?:\u066c\d{3})+(?:\.\d+)?/g)) {
    if (m[0].replace(/\u066c/g, '') === figure) return m[0].replace(/\u066c/g, ',');
  }
  return figure;
}
