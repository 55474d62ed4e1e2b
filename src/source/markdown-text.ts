import { CHARACTER_REFERENCE, type TextVisitor } from './inline-text.js';

/**
 * Visits the text of a Markdown text value with the source offsets it came from.
 *
 * mdast gives a text node's value and the span of its source; between the two, Markdown removes
 * container prefixes (indentation, `>` of block quotes), backslash escapes and character
 * references. The value's characters appear in the source in order, so each is found by walking
 * the source forward; anything that cannot be found keeps the last known place. Characters found
 * at consecutive offsets reach the visitor as one run.
 */
export function visitMarkdownText(value: string, source: string, from: number, to: number, visitor: TextVisitor): void {
  let p = from;
  let runFrom = -1;
  let runAt = 0;
  const flush = (j: number): void => {
    if (runFrom >= 0 && j > runFrom) visitor.run(value.slice(runFrom, j), runAt);
    runFrom = -1;
  };
  for (let j = 0; j < value.length; j++) {
    const c = value[j] as string;
    let placed = false;
    while (p < to) {
      const s = source[p] as string;
      // A character reference (&amp; for &) unless the value holds it as written (&foo; is no reference).
      const ref = s === '&' ? CHARACTER_REFERENCE.exec(source.slice(p, p + 40)) : null;
      if (ref && !value.startsWith(ref[0], j)) {
        flush(j);
        visitor.char(c, p, p + ref[0].length);
        // A reference above U+FFFF decodes to two UTF-16 units; both come from it.
        if (j + 1 < value.length && /[\ud800-\udbff]/.test(c)) visitor.char(value[++j] as string, p, p + ref[0].length);
        p += ref[0].length;
        placed = true;
        break;
      }
      if (s === c) {
        if (runFrom < 0 || runAt + (j - runFrom) !== p) {
          flush(j);
          runFrom = j;
          runAt = p;
        }
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
      flush(j);
      const at = Math.min(p, Math.max(from, to - 1));
      visitor.char(c, at, Math.min(at + 1, to));
    }
  }
  flush(value.length);
}
