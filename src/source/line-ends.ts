/**
 * Line ends that are not LF, CR or CRLF but end a line all the same, written over in place by
 * characters of the same length, so that every offset still points at the same character:
 *
 * - CR CR LF: a CRLF file converted again by a tool that wrote LF as CRLF. Read as lines
 *   followed by blank lines, it parts every wrapped line from the next; `wc -l` and `grep -n`
 *   count one line, and so does this (the first CR becomes a space before the CRLF).
 * - a vertical tab (Word's manual line break, as Range.Text and some exports give it), and the
 *   Unicode LINE SEPARATOR and PARAGRAPH SEPARATOR: each becomes an LF.
 */
const OTHER_BREAK = /\r\r\n|[\v\u2028\u2029]/g;

export function normaliseLineEnds(text: string): string {
  // One native search each; most inputs have none and are returned as they are.
  if (text.indexOf('\r\r\n') < 0 && text.indexOf('\v') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) return text;
  return text.replace(OTHER_BREAK, (m) => (m.length === 3 ? ' \r\n' : '\n'));
}
