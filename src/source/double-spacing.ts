import { findWrap, type WrapLine } from './line-wrap.js';

/** The fewest lines of text that show a spacing (fewer could be a short text's paragraphs). */
const MIN_LINES = 8;

/**
 * The lines of a double-spaced text without the blank line that only spaces them: a hard-wrapped
 * text saved with a blank line after every line (a copy from a double-spaced page, a file whose
 * LF became LF LF) parts each wrapped line from the next, as though each were a paragraph. When
 * text lines are (nearly) never next to each other and the text lines alone show a wrap width, one
 * blank line of each run is spacing: a single blank goes, and a paragraph's wider gap stays a gap.
 * A text of one paragraph a line with a blank between (scraped web text) shows no wrap width and
 * keeps its blank lines.
 */
export function dropSpacingBlanks<L extends WrapLine>(lines: L[]): L[] {
  let text = 0;
  let adjacent = 0;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.text.length === 0) continue;
    text++;
    if (k > 0 && lines[k - 1]!.text.length > 0) adjacent++;
  }
  if (text < MIN_LINES || adjacent > text * 0.05) return lines;
  const textLines = lines.filter((l) => l.text.length > 0);
  if (findWrap(textLines) === null) return lines;
  // The first blank of each run goes.
  return lines.filter((l, k) => l.text.length > 0 || (k > 0 && lines[k - 1]!.text.length === 0));
}
