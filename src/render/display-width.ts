/**
 * Terminal display width of text: East Asian wide and full-width characters take two columns,
 * combining marks and zero-width characters none, ANSI colour codes none.
 */

// Colour and other SGR/CSI sequences that a terminal does not print.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** Ranges of wide characters (Unicode East Asian Width W and F), as [first, last] code points. */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

/** Punctuation that closes a phrase and so never starts a line (禁则). */
const CLOSING = /^[、，。；：！？）》」』”,.;:!?)]$/;

const ZERO_WIDTH = /[\u0300-\u036f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]/;

/** Columns one character takes. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) as number;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || ZERO_WIDTH.test(char)) return 0;
  for (const [first, last] of WIDE) {
    if (code < first) return 1;
    if (code <= last) return 2;
  }
  return 1;
}

/** Columns a one-line text takes on a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) width += charWidth(char);
  return width;
}

/** A phrase up to and including its closing punctuation, a run of spaces, or a run of other text. */
const PHRASE = /[^、，；,;\s]*[、，；,;]|\s+|[^、，；,;\s]+/g;

/**
 * Breaks a one-line text into lines of at most `width` columns. Lines break after a phrase
 * (`区发展改革委、`) when the phrase fits; a longer one breaks between any two characters, as
 * Chinese text may, except that closing punctuation (、，。) never starts a line (禁则).
 */
export function wrapToWidth(text: string, width: number): string[] {
  if (width < 1 || displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const add = (piece: string): void => {
    line += piece;
    used += displayWidth(piece);
  };
  const flush = (): void => {
    lines.push(line.trimEnd());
    line = '';
    used = 0;
  };
  for (const token of text.match(PHRASE) ?? []) {
    const w = displayWidth(token);
    if (/^\s+$/.test(token)) {
      if (used > 0 && used + w <= width) add(token);
      else if (used > 0) flush();
    } else if (used + w <= width) {
      add(token);
    } else if (w <= width) {
      flush();
      add(token);
    } else {
      for (const char of token) {
        if (used > 0 && used + charWidth(char) > width) {
          const last = [...line].pop() as string;
          if (CLOSING.test(char) && last.length < line.length && !/\s/.test(last) && charWidth(last) + charWidth(char) <= width) {
            line = line.slice(0, -last.length);
            flush();
            add(last);
          } else {
            flush();
          }
        }
        add(char);
      }
    }
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
}
