import { CHARACTER_REFERENCE } from './inline-text.js';

/**
 * Visits the characters of a Markdown text value with the source offset each came from.
 *
 * mdast gives a text node's value and the span of its source; between the two, Markdown removes
 * container prefixes (indentation, `>` of block quotes), backslash escapes and character
 * references. The value's characters appear in the source in order, so each is found by walking
 * the source forward; anything that cannot be found keeps the last known place.
 */
export function forEachMarkdownChar(
  value: string,
  source: string,
  from: number,
  to: number,
  visit: (c: string, start: number, end: number) => void,
): void {
  let p = from;
  for (let j = 0; j < value.length; j++) {
    const c = value[j] as string;
    let placed = false;
    while (p < to) {
      const s = source[p] as string;
      // A character reference (&amp; for &) unless the value holds it as written (&foo; is no reference).
      const ref = s === '&' ? CHARACTER_REFERENCE.exec(source.slice(p, p + 40)) : null;
      if (ref && !value.startsWith(ref[0], j)) {
        visit(c, p, p + ref[0].length);
        // A reference above U+FFFF decodes to two UTF-16 units; both come from it.
        if (j + 1 < value.length && /[\ud800-\udbff]/.test(c)) visit(value[++j] as string, p, p + ref[0].length);
        p += ref[0].length;
        placed = true;
        break;
      }
      if (s === c) {
        visit(c, p, p + 1);
        p++;
        placed = true;
        break;
      }
      // Escapes and container prefixes are markup, not text.
      if (s === '\\' || s === '>' || s === ' ' || s === '\t' || s === '\n' || s === '\r') {
        p++;
        continue;
      }
      break;
    }
    if (!placed) {
      const at = Math.min(p, Math.max(from, to - 1));
      visit(c, at, Math.min(at + 1, to));
    }
  }
}
