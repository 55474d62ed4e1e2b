/**
 * A copy of a text for matching: full-width ASCII folded to half-width, every kind of space to
 * an ASCII space. The copy has exactly the same length, so an offset found in it is an offset in
 * the original; the model always keeps the original.
 */
export function fold(text: string): string {
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, foldChar) : text;
}

// Full-width ASCII, every Unicode space, small-form brackets and commas, the ratio sign and the
// vertical-form colon ︰ (U+FE30) that PDF and OCR copies set for ：.
const FOLDABLE_SOURCE = '[\\uff01-\\uff5e\\u3000\\u00a0\\u2000-\\u200a\\u202f\\u205f\\t\\ufe59\\ufe5a\\ufe50\\ufe51\\u2236\\ufe30]';
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
    case 0xfe30:
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
    // 「」 and 『』 are the quotes a Taiwan-style 繁体 page writes for “” and ‘’.
    .replace(/[“”„‟"「」]/g, '"')
    .replace(/[‘’'『』]/g, "'")
    .replace(/[—–－―]+/g, '—')
    .replace(/[〔［【\[]/g, '〔')
    .replace(/[〕］】\]]/g, '〕');
}

/**
 * The spaces OCR puts between the characters of a line (牵 头 单 位 ： 区 人 社 局, 2 0 2 4 年 5 月 6 日):
 * where a run of single Han characters (and the figures among them) stands separated by single
 * spaces, the offsets of those spaces. A run needs at least three single Han characters and two
 * such spaces beside them, so that a word space in ordinary text (到 2025 年，全市) is kept; two spaces
 * in a row (a column gap) end a run. Taking the spaces out reads the line as it was printed, as
 * closeLetterSpacing does for a heading's letter-spacing; the spaces between two figures stay
 * unless both are single digits (2 0 2 4, not 10 20).
 */
export function ocrSpaces(text: string): number[] {
  // Most paragraphs hold no ASCII space at all: a substring search spares them the pattern.
  if (!text.includes(' ') || !OCR_SPACED.test(text)) return [];
  const words: Array<{ from: number; to: number; kind: 'han1' | 'num' | 'digit' | 'latin1' | 'other' }> = [];
  for (const m of text.matchAll(WORD_ALL)) {
    const w = m[0];
    const from = m.index;
    const kind = HAN_CHAR.test(w) ? (w.length === 1 ? 'han1' : 'other') : /^[0-9０-９]$/.test(w) ? 'digit' : NUMBER.test(w) ? 'num' : w.length === 1 && /[A-Za-zＡ-Ｚａ-ｚ]/.test(w) ? 'latin1' : 'other';
    words.push({ from, to: from + w.length, kind });
  }
  const out: number[] = [];
  let run: number[] = [];
  let singles = 0;
  let spacedBeside = 0;
  let from = 0;
  let to = 0;
  const close = (): void => {
    // A short word set apart with its letters spaced (四、保 障 措 施; 索 引 号：) is a heading's or a
    // label's letter-spacing, kept as written (closeLetterSpacing reads it); OCR spacing runs on.
    const stretch = text.slice(from, to);
    const letterSpaced = (stretch.match(HAN_ALL) ?? []).length <= 4 && !/[0-9０-９]/.test(stretch) && SET_APART_BEFORE.test(text.slice(0, from)) && SET_APART_AFTER.test(text.slice(to));
    if (singles >= 3 && spacedBeside >= 2 && !letterSpaced) out.push(...run);
    run = [];
    singles = 0;
    spacedBeside = 0;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind === 'other') {
      close();
      continue;
    }
    const prev = i > 0 ? words[i - 1]! : null;
    const gap = prev ? text.slice(prev.to, w.from) : null;
    if (!prev || prev.kind === 'other' || gap === null || !JOINING_GAP.test(gap)) {
      close();
    } else {
      const spaces: number[] = [];
      for (let k = prev.to; k < w.from; k++) if (text[k] === ' ') spaces.push(prev.to + (k - prev.to));
      if (spaces.length > 0) {
        // The spaced stretch of the run, for telling a word set apart (四、保 障 措 施 has 四、 before it).
        if (spacedBeside === 0 && run.length === 0) from = prev.from;
        to = w.to;
        if (prev.kind === 'han1' || w.kind === 'han1') spacedBeside++;
        const bothFigures = prev.kind !== 'han1' && w.kind !== 'han1';
        if (!bothFigures || (prev.kind === 'digit' && w.kind === 'digit') || prev.kind === 'latin1' || w.kind === 'latin1') run.push(...spaces);
      }
    }
    if (w.kind === 'han1') singles++;
  }
  close();
  return out;
}

const HAN_RANGE = '\\u3400-\\u9fff\\uf900-\\ufaff〇○';
const HAN_CHAR = new RegExp(`^[${HAN_RANGE}]`);
const HAN_ALL = new RegExp(`[${HAN_RANGE}]`, 'g');
/** A Han character, a space, a Han character, a space: the least a spaced run shows. */
const OCR_SPACED = new RegExp(`[${HAN_RANGE}] [^ ]{0,3} ?[${HAN_RANGE}] `);
const WORD_ALL = new RegExp(`[${HAN_RANGE}]+|[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?|[A-Za-zＡ-Ｚａ-ｚ0-9０-９]+`, 'g');
/** What stands before a word set apart: the start of its block, an outline marker, a bracket or a colon. */
const SET_APART_BEFORE = /(?:^|[:：【\[])\s*$|^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])\s*$/;
/** What stands after it: the end of the block, a colon, a closing bracket. */
const SET_APART_AFTER = /^\s*(?:$|[:：】\]])/;
const NUMBER = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?$/;
/** What may stand between two words of a spaced run: one space, or punctuation with a space on either side of it. */
const JOINING_GAP = /^(?: |(?: ?[\u3001-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff1f\uff3b-\uff3d\uff5b-\uff5d\u2014-\u2026·,;:()]+ ?))?$/;
