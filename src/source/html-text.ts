import type { DomText } from './html-dom.js';
import { CHARACTER_REFERENCE, type TextVisitor } from './inline-text.js';

/**
 * Visits the text of a text node with the source span it came from.
 *
 * The parser gives the text with character references decoded (&emsp; → U+2003) and the span of
 * the whole node. Outside references the decoded text is the source verbatim; a reference is
 * matched to the decoded characters it produced by finding where the verbatim source resumes.
 * The text is always exactly what the parser decoded; only the spans are reconstructed.
 */
export function visitText(node: DomText, source: string, visitor: TextVisitor): void {
  const decoded = node.data;
  const base = node.startIndex ?? 0;
  const rawEnd = node.endIndex === null ? base + decoded.length : node.endIndex + 1;
  const raw = source.slice(base, rawEnd);
  let i = 0;
  let j = 0;
  while (j < decoded.length) {
    const ref = raw.charCodeAt(i) === 0x26 ? CHARACTER_REFERENCE.exec(raw.slice(i, i + 40)) : null;
    // An unknown name (&foo;) stays in the decoded text as written and is read as verbatim text.
    if (ref && !decoded.startsWith(ref[0], j)) {
      const after = i + ref[0].length;
      const n = producedBy(raw, after, decoded, j, ref[0]);
      for (let k = 0; k < n; k++) visitor.char(decoded[j + k] as string, base + i, base + after);
      i = after;
      j += n;
      continue;
    }
    // Verbatim up to the next reference (an ampersand that is none is taken as one character).
    const amp = raw.indexOf('&', i + 1);
    const length = Math.min((amp < 0 ? raw.length : amp) - i, decoded.length - j);
    if (length > 0) {
      visitor.run(decoded.slice(j, j + length), base + i);
      i += length;
      j += length;
      continue;
    }
    // Decoded text the source has run out of (it should not happen): placed at the node's end.
    visitor.char(decoded[j] as string, rawEnd, rawEnd);
    i++;
    j++;
  }
}

/** How many decoded characters a reference produced: up to where the following verbatim source resumes. */
function producedBy(raw: string, after: number, decoded: string, j: number, ref: string): number {
  let next = after;
  while (next < raw.length && raw.charCodeAt(next) !== 0x26) next++;
  const tail = raw.slice(after, Math.min(next, after + 16));
  if (tail.length === 0) {
    if (next >= raw.length) return Math.max(1, decoded.length - j);
    // Another reference follows directly; a numeric one above U+FFFF gives two UTF-16 units.
    const cp = /^&#[xX]?([0-9a-fA-F]+)/.exec(ref);
    const value = cp ? Number.parseInt(cp[1] as string, /^&#[xX]/.test(ref) ? 16 : 10) : 0;
    return value > 0xffff ? 2 : 1;
  }
  for (let n = 1; n <= ref.length; n++) if (decoded.startsWith(tail, j + n)) return n;
  return 1;
}
