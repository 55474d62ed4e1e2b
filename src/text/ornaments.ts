import { matchMarker } from './markers.js';

/**
 * Ornaments that WeChat articles and CMS editors set before a heading or a list's lines (▌一、,
 * ■ 二、, ◆, ★, ● …, 🔹1., 📌, ✅, ▶（一）): typography, as bold is, no part of what the line says.
 * The ranges: bullets (• ‣ ⁃ ∙ · ・), arrows (→ ➤), block elements (▌ █), geometric shapes (■ ◆ ●
 * ▶), miscellaneous symbols and dingbats (★ ☑ ✅ ✔ ❖) and the emoji planes (🔹 📌 👉), with
 * the variation selector that asks for a glyph's emoji form. Dingbat numbers (❶ ➊) are numbers,
 * not ornaments; ○ □ ◯ stand for a name left out in a template (○○区, □□局), and are left alone.
 */
function isOrnamentCode(c: number): boolean {
  if (c < 0xb7) return false;
  return (
    c === 0xb7 ||
    c === 0x2022 || c === 0x2023 || c === 0x2043 || c === 0x2219 || c === 0x30fb ||
    (c >= 0x2190 && c <= 0x21ff) ||
    (c >= 0x2580 && c <= 0x25ff && c !== 0x25a1 && c !== 0x25cb && c !== 0x25ef) ||
    (c >= 0x2600 && c <= 0x27bf && !(c >= 0x2776 && c <= 0x2793)) ||
    (c >= 0x2b00 && c <= 0x2bff) ||
    (c >= 0x1f300 && c <= 0x1faff) ||
    c === 0xfe0f
  );
}

const SPACE = ' \u3000\u00a0\t';

/**
 * The length of the run of ornaments (and the spaces after them) that opens `text` at `from`, or 0.
 * An ornament counts only before words: a line that is nothing else (★★★), or that closes with the
 * same glyph (·3·, a page's number; ■ 目录 ■), is left as it is.
 */
function ornamentRun(text: string, from: number): number {
  let at = from;
  let glyphs = 0;
  let first = -1;
  while (at < text.length && glyphs < 4) {
    const c = text.codePointAt(at) as number;
    if (!isOrnamentCode(c)) break;
    if (first < 0) first = c;
    at += c > 0xffff ? 2 : 1;
    if (c !== 0xfe0f) glyphs++;
  }
  if (at === from) return 0;
  while (at < text.length && SPACE.includes(text[at] as string)) at++;
  const end = lineEndOf(text, at);
  const rest = text.slice(at, end).trimEnd();
  if (rest.length === 0) return 0;
  const tail = rest.charCodeAt(rest.length - 1);
  const last = tail >= 0xdc00 && tail <= 0xdfff && rest.length >= 2 ? (rest.codePointAt(rest.length - 2) as number) : tail;
  if (last === first) return 0;
  return at - from;
}

function lineEndOf(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** A heading wrapped whole in 【】 or 〖〗 (【（一）夯实数字基础设施】): the brackets are its decoration. */
const WRAPS: Record<string, string> = { '【': '】', '〖': '〗' };

/**
 * The offsets of the brackets of a line that is a numbered heading wrapped whole in 【】, or null:
 * the line is the bracket's text and nothing more, and that text opens with an outline marker and
 * says something after it. A clause's label (【牵头单位】), an item's tag (【任务1】) or a box's
 * title (【专栏1】) opens with no marker, and is left alone.
 */
function wrappedHeading(text: string, from: number): [number, number] | null {
  const close = WRAPS[text[from] as string];
  if (!close) return null;
  const end = lineEndOf(text, from);
  let last = end - 1;
  while (last > from && SPACE.includes(text[last] as string)) last--;
  if (text[last] !== close || last - from > 80) return null;
  const inner = text.slice(from + 1, last);
  if (inner.includes(text[from] as string) || inner.includes(close)) return null;
  return matchMarker(inner) ? [from, last] : null;
}

/**
 * The offsets in a block's text of the ornaments that open its lines, and of the brackets that wrap
 * a numbered heading whole, or an empty list. Cheap for the common line: one look at its first
 * character.
 */
export function ornamentOffsets(text: string): number[] {
  const out: number[] = [];
  for (let start = 0; start < text.length; ) {
    let at = start;
    while (at < text.length && SPACE.includes(text[at] as string)) at++;
    const c = text.charCodeAt(at);
    if (c >= 0xb7) {
      const run = isOrnamentCode(text.codePointAt(at) as number) && !nameDotAt(text, start, at) ? ornamentRun(text, at) : 0;
      for (let k = 0; k < run; k++) out.push(at + k);
      const wrapped = wrappedHeading(text, at + run);
      if (wrapped) out.push(wrapped[0], wrapped[1]);
    }
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/**
 * Whether the middle dot at `at`, opening the line that starts at `start`, is a name's that the
 * line before in the same block was cut before (see dotInWrappedName): text, not a bullet.
 */
function nameDotAt(text: string, start: number, at: number): boolean {
  if (start === 0 || !MIDDLE_DOT.test(text.charAt(at))) return false;
  const prevStart = text.lastIndexOf('\n', start - 2) + 1;
  return dotInWrappedName(text.slice(prevStart, start - 1).trimEnd(), text.slice(at, lineEndOf(text, at)), text.slice(lineEndOf(text, at) + 1, lineEndOf(text, lineEndOf(text, at) + 1)));
}

/**
 * Whether a line opens with an ornament before its words, or is a numbered heading wrapped in 【】:
 * such a line starts a paragraph of its own, as a line that opens with an item's number does.
 */
export function opensDecorated(line: string): boolean {
  const t = line.trimStart();
  const c = t.charCodeAt(0);
  if (!(c >= 0xb7)) return false;
  return (isOrnamentCode(t.codePointAt(0) as number) && ornamentRun(t, 0) > 0) || wrappedHeading(t, 0) !== null;
}

/** The middle dots that part a name's words (金创河东·津韵家园, 马克思·韦伯) as well as mark a list's lines. */
const MIDDLE_DOT = /^[\u00b7\u2022\u2219\u30fb]/;
/** A character of a name a middle dot parts: Han, or a Latin letter (C·罗纳尔多). */
const NAME_CHAR = /[\u4e00-\u9fffA-Za-z]/;

/**
 * Whether a middle dot opening a line is a name's, the wrap having fallen before it (…“金创河东 |
 * ·津韵家园”…), not a bullet: the line before stops on a name's character, the dot stands right
 * before the next word (a bullet sets a space after it, or heads each line of a list: the line
 * before or after opens with the same dot), and the line before is a sentence's, cut inside it: it
 * leaves a quotation open, or it is prose (a comma or a stop inside it), not a heading over a list.
 */
export function dotInWrappedName(prev: string, line: string, after?: string): boolean {
  const dot = line.trimStart();
  if (!MIDDLE_DOT.test(dot) || !NAME_CHAR.test(dot.charAt(1)) || !NAME_CHAR.test(prev.charAt(prev.length - 1))) return false;
  if (prev.trimStart().startsWith(dot[0] as string) || (after ?? '').trimStart().startsWith(dot[0] as string)) return false;
  return quoteOpen(prev) || /[，。；、,;]/.test(prev);
}

/** Whether a line leaves a quotation mark or a book title's bracket open at its end. */
function quoteOpen(text: string): boolean {
  const open = Math.max(text.lastIndexOf('“'), text.lastIndexOf('《'), text.lastIndexOf('「'), text.lastIndexOf('『'));
  return open >= 0 && !/[”》」』]/.test(text.slice(open));
}
