/**
 * What a superscript says, however a form marks it (an HTML page's <sup>, pandoc's `^2^`), so that
 * every form gives the same text: an exponent of a unit written in Latin letters (m<sup>2</sup>,
 * km^2^, L<sup>-1</sup>), which is written as the superscript character (m², km², L⁻¹); a note's
 * mark set beside a word or a figure (市科技局<sup>3</sup>, 2.8%<sup>1</sup>, 1200家<sup>[2]</sup>,
 * <sup>①</sup>, <sup>*</sup>), which is no part of the sentence and is left out of it; or neither,
 * kept as written (a mark that opens its line or follows 注：, where it numbers the note itself).
 */
export type SuperscriptKind = 'exponent' | 'note' | 'text';

/** The marks of notes: a number, an asterisk or dagger, a circled number, a letter, a number in brackets, 注2. */
const NOTE_MARK = /^(?:\d{1,3}|[*＊†‡#]{1,3}|[①-⑳]|[a-z]|[[［(（]\d{1,2}[\]］)）]|注\d{0,2})$/;
/** Exponents of units: area and volume, and a per-unit's negative power (mg·L⁻¹). */
const EXPONENT = /^(?:[23]|[-−][1-3])$/;
/** Before which a mark numbers what follows rather than refers to a note: nothing, a space, a colon, an opening bracket. */
const OPENING = /^$|[\s:：（(【[「“‘、，,;；]$/;

/** `before` is the text so far on the line (its last visible character is what counts), `body` the superscript's text. */
export function superscriptKind(before: string, body: string): SuperscriptKind {
  const b = body.trim();
  const last = before.trimEnd().slice(-1);
  if (/[A-Za-z]/.test(last) && EXPONENT.test(b)) return 'exponent';
  if (NOTE_MARK.test(b) && !OPENING.test(last)) return 'note';
  return 'text';
}

const SUPERSCRIPT_CHARS: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '−': '⁻',
};

/** A character of an exponent as the superscript character (2 → ², - → ⁻); others as they are. */
export function toSuperscript(c: string): string {
  return SUPERSCRIPT_CHARS[c] ?? c;
}
