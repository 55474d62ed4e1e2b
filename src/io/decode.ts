import { InputError } from './errors.js';

export interface DecodeProblem {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Byte offset in the input. */
  byteOffset: number;
}

export interface Decoded {
  text: string;
  /** Canonical name of the encoding used: utf-8, utf-16le, utf-16be, gb18030, or an iconv-lite name. */
  encoding: string;
  /** How the encoding was chosen. */
  detectedBy: 'bom' | 'utf-8' | 'declared' | 'utf-16-heuristic' | 'fallback' | 'option';
  problems: DecodeProblem[];
}

export interface DecodeOptions {
  /** `auto` (the default) or an encoding label to use regardless of content. */
  encoding?: string;
  /** Name used in error messages. */
  name?: string;
}

/** Labels that browsers decode as GB18030 (the WHATWG Encoding standard's gbk family). */
const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'csgb2312', 'chinese', 'iso-ir-58', 'gb_2312', 'gb_2312-80']);

/** Normalises an encoding label the way browsers do for the labels notices use. */
export function canonicalEncoding(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (GB_FAMILY.has(l)) return 'gb18030';
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (l === 'utf-16' || l === 'utf16' || l === 'utf-16le' || l === 'utf16le' || l === 'ucs-2') return 'utf-16le';
  if (l === 'utf-16be' || l === 'utf16be') return 'utf-16be';
  if (l === 'big5' || l === 'big5-hkscs' || l === 'cn-big5' || l === 'x-x-big5') return 'big5';
  return l;
}

/**
 * Detects the encoding of notice bytes and decodes them.
 *
 * Order: byte-order mark, strict UTF-8, a charset the document declares, UTF-16 without a mark,
 * then GB18030 (the superset of GBK/GB2312) as the Chinese fallback. Binary files are refused.
 */
export async function decode(bytes: Uint8Array, options: DecodeOptions = {}): Promise<Decoded> {
  const name = options.name ?? 'input';
  const requested = options.encoding && options.encoding !== 'auto' ? canonicalEncoding(options.encoding) : null;
  if (requested) return decodeWith(bytes, requested, 'option', name);

  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeWith(bytes.subarray(3), 'utf-8', 'bom', name, 3);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeWith(bytes.subarray(2), 'utf-16le', 'bom', name, 2);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeWith(bytes.subarray(2), 'utf-16be', 'bom', name, 2);
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeWith(bytes, utf16, 'utf-16-heuristic', name);

  refuseBinary(bytes, name);

  const strict = strictUtf8(bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8', detectedBy: 'utf-8', problems: [] };

  const declared = declaredCharset(bytes);
  if (declared) return decodeWith(bytes, declared, 'declared', name);

  const gbError = firstInvalidGb18030(bytes);
  if (gbError < 0) return decodeWith(bytes, 'gb18030', 'fallback', name);

  // Neither UTF-8 nor GB18030 accounts for every byte. Choose the one that explains more of the
  // input and report where it breaks, so the damage is visible rather than silently replaced.
  const badUtf8 = countInvalidUtf8(bytes);
  const badGb = countInvalidGb18030(bytes);
  if (badUtf8 <= badGb) return decodeWith(bytes, 'utf-8', 'fallback', name);
  return decodeWith(bytes, 'gb18030', 'fallback', name);
}

async function decodeWith(
  bytes: Uint8Array,
  encoding: string,
  detectedBy: Decoded['detectedBy'],
  name: string,
  byteBase = 0,
): Promise<Decoded> {
  const problems: DecodeProblem[] = [];
  let text: string;
  if (encoding === 'utf-8') {
    text = new TextDecoder('utf-8').decode(bytes);
    for (const offset of invalidUtf8Offsets(bytes, 20)) problems.push(undecodable(offset + byteBase, 'utf-8'));
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    if (bytes.length % 2 === 1) {
      problems.push({
        ruleId: 'encoding-truncated',
        severity: 'warning',
        message: `the input ends in the middle of a ${encoding.toUpperCase()} character; the last byte was dropped`,
        byteOffset: bytes.length - 1 + byteBase,
      });
    }
    text = new TextDecoder(encoding).decode(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  } else {
    const iconv = (await import('iconv-lite')).default;
    if (!iconv.encodingExists(encoding)) {
      throw new InputError('EENCODING', `${name}: unknown encoding "${encoding}"`);
    }
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
    if (encoding === 'gb18030') {
      for (const offset of invalidGb18030Offsets(bytes, 20)) problems.push(undecodable(offset + byteBase, 'gb18030'));
    } else if (text.includes('\uFFFD')) {
      problems.push({
        ruleId: 'encoding-undecodable',
        severity: 'error',
        message: `some bytes are not valid ${encoding} and were replaced by U+FFFD`,
        byteOffset: byteBase,
      });
    }
  }
  if (problems.length >= 20) {
    problems.push({
      ruleId: 'encoding-undecodable',
      severity: 'error',
      message: `many more bytes are not valid ${encoding}; is the encoding right? (try --encoding)`,
      byteOffset: problems[problems.length - 1]!.byteOffset,
    });
  }
  return { text, encoding, detectedBy, problems };
}

function undecodable(byteOffset: number, encoding: string): DecodeProblem {
  return {
    ruleId: 'encoding-undecodable',
    severity: 'error',
    message: `byte ${byteOffset} is not valid ${encoding}; it was replaced by U+FFFD`,
    byteOffset,
  };
}

const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file (extract its text first, e.g. with pdftotext)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a .docx or .xlsx?)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.doc/.xls)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
];

function refuseBinary(bytes: Uint8Array, name: string): void {
  for (const [magic, what] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw new InputError('EBINARY', `${name}: this is ${what}, not a text notice`);
  }
  // Text has no NUL bytes and few C0 controls; sample the head, where a binary header shows.
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) throw new InputError('EBINARY', `${name}: binary data (a NUL byte at offset ${i}), not a text notice`);
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  if (n > 0 && controls / n > 0.1) throw new InputError('EBINARY', `${name}: binary data (control bytes), not a text notice`);
}

/** UTF-16 without a byte-order mark shows as NUL bytes in every other position for ASCII. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // CJK text in UTF-16 has few NULs, but its line breaks and ASCII digits do; require a pattern.
  if (oddZero > pairs * 0.05 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.05 && oddZero === 0) return 'utf-16be';
  return null;
}

/** The charset an HTML/XML document declares in its first kilobytes, canonicalised. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  const xml = /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.-]+)/i.exec(head);
  const label = meta?.[1] ?? xml?.[1];
  return label ? canonicalEncoding(label) : null;
}

/** Length of a valid UTF-8 sequence at i, or 0 if the bytes there are not valid UTF-8. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function invalidUtf8Offsets(bytes: Uint8Array, limit: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length && out.length < limit; ) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) {
      out.push(i);
      i++;
    } else i += n;
  }
  return out;
}

/** The text if the bytes are valid UTF-8 (checked natively), else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function countInvalidUtf8(bytes: Uint8Array): number {
  return invalidUtf8Offsets(bytes, Number.MAX_SAFE_INTEGER).length;
}

/** Length of a valid GB18030 sequence at i, or 0. */
function gbSequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  if (b === 0x80 || b === 0xff) return 0;
  const b1 = bytes[i + 1];
  if (b1 === undefined) return 0;
  if ((b1 >= 0x40 && b1 <= 0x7e) || (b1 >= 0x80 && b1 <= 0xfe)) return 2;
  if (b1 >= 0x30 && b1 <= 0x39) {
    const b2 = bytes[i + 2];
    const b3 = bytes[i + 3];
    if (b2 !== undefined && b3 !== undefined && b2 >= 0x81 && b2 <= 0xfe && b3 >= 0x30 && b3 <= 0x39) return 4;
  }
  return 0;
}

function invalidGb18030Offsets(bytes: Uint8Array, limit: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length && out.length < limit; ) {
    const n = gbSequenceLength(bytes, i);
    if (n === 0) {
      out.push(i);
      i++;
    } else i += n;
  }
  return out;
}

function firstInvalidGb18030(bytes: Uint8Array): number {
  return invalidGb18030Offsets(bytes, 1)[0] ?? -1;
}

function countInvalidGb18030(bytes: Uint8Array): number {
  return invalidGb18030Offsets(bytes, Number.MAX_SAFE_INTEGER).length;
}
