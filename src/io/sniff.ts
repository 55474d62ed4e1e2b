import { InputError } from './errors.js';
import { canonicalEncoding } from './encoding-label.js';

/** File signatures of formats people hand to a text tool by mistake. */
const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file (extract its text first, e.g. with pdftotext)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a .docx or .xlsx?)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.doc/.xls)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
];

/** Refuses a file that starts with the signature of a known binary format. */
export function refuseKnownFormat(bytes: Uint8Array, name: string): void {
  for (const [magic, what] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) {
      throw new InputError('EBINARY', `${name}: this is ${what}, not a text notice`);
    }
  }
}

/** Refuses input that is plainly not text: a known file signature, NUL bytes, many control bytes. */
export function refuseBinary(bytes: Uint8Array, name: string): void {
  refuseKnownFormat(bytes, name);
  // Text has no NUL bytes, anywhere (a native search, cheap on the whole input: a NUL past the head
  // would otherwise end up inside a title); UTF-16, which has them by nature, is detected before this.
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError('EBINARY', `${name}: binary data (a NUL byte at offset ${nul}), not a text notice`);
  // Few C0 controls; sample the head, where a binary header shows.
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  if (n > 0 && controls / n > 0.1) throw new InputError('EBINARY', `${name}: binary data (control bytes), not a text notice`);
}

/** Whether a UTF-16 code unit is something a notice is made of. */
function plausibleUnit(u: number): boolean {
  if (u === 9 || u === 10 || u === 11 || u === 13) return true; // 11: Word's manual line break
  if (u >= 0x20 && u < 0x7f) return true; // ASCII
  if (u >= 0xa0 && u < 0x250) return true; // Latin-1 and Latin Extended
  if (u >= 0x370 && u < 0x500) return true; // Greek, Cyrillic
  if (u >= 0x2000 && u < 0x2070) return true; // spaces, dashes, quotes
  if (u >= 0x2e80 && u < 0xa000) return true; // CJK radicals, punctuation, kana, ideographs
  if (u >= 0xf900 && u < 0xfb00) return true; // compatibility ideographs
  if (u >= 0xfe30 && u < 0xfe70) return true; // CJK compatibility forms
  if (u >= 0xff00 && u < 0xfff0) return true; // full-width forms
  return false;
}

/**
 * UTF-16 without a byte-order mark: its ASCII characters (line breaks, digits) put NUL bytes in
 * every other position. Which half holds them suggests the byte order; the decoded text must then
 * read as text (CJK ideographs such as 一 U+4E00 put NULs in the other half too, so the NUL pattern
 * alone is not enough).
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 65536);
  if (n < 4) return null;
  // Text in an 8-bit encoding has no NUL: one native search instead of a count over every byte.
  if (bytes.subarray(0, n).indexOf(0) === -1) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  if (evenZero + oddZero === 0) return null;
  const score = (littleEndian: boolean): number => {
    let good = 0;
    for (let i = 0; i < n; i += 2) {
      const u = littleEndian ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
      if (plausibleUnit(u)) good++;
    }
    return good / (n / 2);
  };
  const le = score(true);
  const be = score(false);
  // ASCII puts its NULs in the high byte: the second of a pair in little-endian order.
  if (le >= be && oddZero > 0) return le >= 0.9 ? 'utf-16le' : null;
  if (be > le && evenZero > 0) return be >= 0.9 ? 'utf-16be' : null;
  return null;
}

/**
 * The charset an HTML or XML document declares in its first kilobytes, canonicalised; null when
 * there is none. As in browsers, a page that declares UTF-16 in its markup is ASCII-compatible
 * bytes and is read as UTF-8.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  return charsetDeclaration(bytes)?.encoding ?? null;
}

/** A page's charset declaration: the label as written (gb2312), its encoding (gb18030), and the byte offset of its element. */
export interface CharsetDeclaration {
  label: string;
  encoding: string;
  byteOffset: number;
}

/** The charset declaration of an HTML or XML document (see declaredCharset), with where it stands. */
export function charsetDeclaration(bytes: Uint8Array): CharsetDeclaration | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  const xml = meta ? null : /^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.-]+)/i.exec(head);
  const found = meta ?? xml;
  if (!found) return null;
  const label = found[1] as string;
  const canonical = canonicalEncoding(label);
  const byteOffset = found.index + (xml ? (found[0].length - found[0].trimStart().length) : 0);
  return { label, encoding: canonical.startsWith('utf-16') ? 'utf-8' : canonical, byteOffset };
}
