import type { TextVisitor } from './inline-text.js';
import { superscriptKind, toSuperscript } from '../text/superscript.js';

/** One pandoc attribute: `.class`, `#id` or `key=value` (the value may be quoted). */
const ATTR = String.raw`(?:[.#][\w:.-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+))`;
/** A pandoc attribute block after a span or heading: `{.underline}`, `{#_Toc1 .anchor}`, `{custom-style="Strong"}`. */
const ATTRS = String.raw`\{\s*${ATTR}(?:\s+${ATTR})*\s*\}`;
/** A bracketed span (`[260]{.underline}`) or an empty bookmark (`[]{#_Toc150002 .anchor}`); the words have no brackets. */
const SPAN = new RegExp(String.raw`\[([^\[\]\n]*)\]${ATTRS}`, 'g');
/** Superscript as pandoc writes it (`m^2^`, `区科技局^1^`): no spaces inside. */
const SUPERSCRIPT = /\^([^\s^]{1,8})\^/g;
/** A heading's trailing attributes (`一、工作目标 {.unnumbered}`, `{-}`). */
const HEADING_ATTRS = new RegExp(String.raw`\s*(?:${ATTRS}|\{-\})\s*$`);

/** What becomes of each character of a text value: kept (undefined), dropped (''), or replaced. */
type Edits = Map<number, string>;

/**
 * The edits that turn pandoc's inline markup in a text value into the text a reader sees, for
 * Markdown converted from Word (.docx): a span's brackets and attributes go and its words stay
 * (`[区科技局]{.underline}` → 区科技局); an empty bookmark goes whole (`[]{#_Toc1 .anchor}`); a
 * superscript is read as superscriptKind reads an HTML page's <sup>: an exponent after a Latin
 * letter (`m^2^` → m²), a note mark Word set beside a name or figure (`区科技局^1^`), which goes,
 * or else its text without the carets; a heading's attributes go. `before` is the block's text
 * so far, for a superscript at the value's start.
 */
export function pandocEdits(value: string, heading: boolean, before = ''): Edits | null {
  if (!value.includes('{') && !value.includes('^')) return null;
  const edits: Edits = new Map();
  const drop = (from: number, to: number): void => {
    for (let i = from; i < to; i++) edits.set(i, '');
  };
  SPAN.lastIndex = 0;
  for (let m = SPAN.exec(value); m; m = SPAN.exec(value)) {
    const words = m[1] as string;
    drop(m.index, m.index + 1);
    drop(m.index + 1 + words.length, m.index + m[0].length);
  }
  SUPERSCRIPT.lastIndex = 0;
  for (let m = SUPERSCRIPT.exec(value); m; m = SUPERSCRIPT.exec(value)) {
    if (edits.has(m.index)) continue;
    const body = m[1] as string;
    const kind = superscriptKind(m.index > 0 ? value.slice(Math.max(0, m.index - 8), m.index) : before, body);
    if (kind === 'note') {
      drop(m.index, m.index + m[0].length);
      continue;
    }
    drop(m.index, m.index + 1);
    if (kind === 'exponent') for (let i = 0; i < body.length; i++) edits.set(m.index + 1 + i, toSuperscript(body[i] as string));
    drop(m.index + m[0].length - 1, m.index + m[0].length);
  }
  if (heading) {
    const tail = HEADING_ATTRS.exec(value);
    if (tail) drop(tail.index, value.length);
  }
  return edits.size > 0 ? edits : null;
}

/**
 * A visitor that applies `pandocEdits` to the value visitMarkdownText walks: it counts the value's
 * characters as they arrive (runs and single characters come in the value's order), so a kept
 * character keeps its source offset and a replaced one takes the span of the character it replaces.
 */
export function withPandocEdits(visitor: TextVisitor, edits: Edits | null): TextVisitor {
  if (!edits) return visitor;
  let k = 0;
  return {
    run(text, start) {
      let from = 0;
      for (let i = 0; i < text.length; i++) {
        const edit = edits.get(k + i);
        if (edit === undefined) continue;
        if (i > from) visitor.run(text.slice(from, i), start + from);
        if (edit) visitor.char(edit, start + i, start + i + 1);
        from = i + 1;
      }
      if (from < text.length) visitor.run(from === 0 ? text : text.slice(from), start + from);
      k += text.length;
    },
    char(c, start, end) {
      const edit = edits.get(k);
      k++;
      if (edit === undefined) visitor.char(c, start, end);
      else if (edit) visitor.char(edit, start, end);
    },
  };
}
