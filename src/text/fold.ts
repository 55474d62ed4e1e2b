/**
 * A copy of a text for matching: full-width ASCII folded to half-width, every kind of space to
 * an ASCII space. The copy has exactly the same length, so an offset found in it is an offset in
 * the original; the model always keeps the original.
 */
export function fold(text: string): string {
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, foldChar) : text;
}

// Full-width ASCII, every Unicode space, small-form brackets and commas, the ratio sign.
const FOLDABLE_SOURCE = '[\\uff01-\\uff5e\\u3000\\u00a0\\u2000-\\u200a\\u202f\\u205f\\t\\ufe59\\ufe5a\\ufe50\\ufe51\\u2236]';
const FOLDABLE = new RegExp(FOLDABLE_SOURCE);
const FOLDABLE_ALL = new RegExp(FOLDABLE_SOURCE, 'g');

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  switch (c) {
    case 0xfe59:
      return '(';
    case 0xfe5a:
      return ')';
    case 0xfe50:
      return ',';
    case 0xfe51:
      return '、';
    case 0x2236:
      return ':';
    default:
      return ' ';
  }
}

/** Removes every space, for comparing labels written with padding (`名    称`). */
export function squeeze(text: string): string {
  return fold(text).replace(/ +/g, '');
}

/**
 * A heading's words with its letter-spacing taken out (工　作　目　标 → 工作目标, as PDFs and Word
 * set short headings): the spaces between two Han characters or full-width marks, for matching the
 * words a heading is known by. Not length-preserving; the model keeps the heading as written.
 */
export function closeLetterSpacing(text: string): string {
  return SPACED.test(text) ? text.replace(SPACED_ALL, '') : text;
}

const SPACED_SOURCE = '(?<=[\\u3001-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff01-\\uff5e])[ \\t\\u3000\\u00a0\\u2000-\\u200a]+(?=[\\u3001-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff01-\\uff5e])';
const SPACED = new RegExp(SPACED_SOURCE);
const SPACED_ALL = new RegExp(SPACED_SOURCE, 'g');

/**
 * A key for comparing texts by substance: width folded, spaces removed, and the punctuation that
 * varies between renderings unified. Not length-preserving; only for equality tests.
 */
export function substanceKey(text: string): string {
  return fold(text)
    .replace(/[ \r\n\u200b\ufeff]+/g, '')
    .replace(/[，]/g, ',')
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[—–－―]+/g, '—')
    .replace(/[〔［【\[]/g, '〔')
    .replace(/[〕］】\]]/g, '〕');
}
