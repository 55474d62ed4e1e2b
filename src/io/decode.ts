import { isUtf8 } from 'node:buffer';
import { type BadRun, scanGb18030, scanUtf16, scanUtf8 } from './byte-scan.js';
import { canonicalEncoding } from './encoding-label.js';
import { InputError } from './errors.js';
import { type CharsetDeclaration, charsetDeclaration, declaredCharset, guessUtf16, refuseBinary, refuseKnownFormat } from './sniff.js';
import { frequentHan } from './han-frequency.js';
import { asBytes, optionalString, optionsObject } from '../util/arguments.js';
import type { ParserDiagnosticId } from '../model/parser-diagnostic-ids.js';

export { canonicalEncoding };

export interface DecodeProblem {
  ruleId: ParserDiagnosticId;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Byte offset in the input. */
  byteOffset: number;
  /** Offset in the decoded text (after any byte-order mark) where the damage shows. */
  textOffset: number;
}

export interface Decoded {
  /** The decoded text, without a byte-order mark. */
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

/** How many damaged places are reported one by one before a summary. */
const REPORT_LIMIT = 20;

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const [mark, encoding] of BOMS) {
    if (bytes.length >= mark.length && mark.every((b, i) => bytes[i] === b)) return { encoding, length: mark.length };
  }
  return null;
}

/**
 * Detects the encoding of notice bytes and decodes them.
 *
 * Order: a byte-order mark; UTF-16 without a mark (its NUL bytes would otherwise read as binary);
 * strict UTF-8 validity; the charset an HTML page declares (unless the fallback reads bytes it
 * cannot); GB18030 (the superset of GBK and GB2312) as the Chinese fallback. Binary files are refused. Bytes that the chosen encoding cannot
 * decode become U+FFFD in the text and a problem with their byte offset each, never silently.
 */
export async function decode(input: Uint8Array | ArrayBuffer | ArrayBufferView, options: DecodeOptions = {}): Promise<Decoded> {
  const bytes = asBytes('decode', 'bytes', input);
  options = optionsObject('decode', options);
  optionalString('decode', 'options.encoding', options.encoding);
  optionalString('decode', 'options.name', options.name);
  const decoded = await detectAndDecode(bytes, options);
  // UTF-16 has NUL bytes by nature, so its text is searched instead: a U+0000 is no text either.
  if (decoded.encoding.startsWith('utf-16')) {
    const nul = decoded.text.indexOf('\u0000');
    if (nul >= 0) throw new InputError('EBINARY', `${options.name ?? 'input'}: binary data (a NUL character at text offset ${nul}), not a text notice`);
  }
  return decoded;
}

async function detectAndDecode(bytes: Uint8Array, options: DecodeOptions): Promise<Decoded> {
  const name = options.name ?? 'input';
  const bom = bomOf(bytes);
  if (options.encoding && options.encoding !== 'auto') {
    const requested = canonicalEncoding(options.encoding);
    if (!requested.startsWith('utf-16')) {
      refuseUtf16As(bytes, bom, requested, name);
      refuseBinary(bytes, name);
    }
    // A byte-order mark that agrees with the requested encoding is not part of the text.
    const decoded = await decodeAs(bytes, requested, 'option', name, bom && bom.encoding === requested ? bom.length : 0);
    // Bytes in some encodings (GB18030 among them) take almost any input without an error: a
    // UTF-8 file read as GB18030 decodes "cleanly" into nonsense. Say so when the bytes are UTF-8.
    if (requested !== 'utf-8' && !requested.startsWith('utf-16') && decoded.problems.length === 0 && looksUtf8(bytes)) {
      decoded.problems.push(mismatch(`the input is valid UTF-8 but was decoded as ${label(requested)} as requested; is --encoding right?`));
    } else if (decoded.problems.length === 0 && (requested === 'gb18030' || requested === 'big5')) {
      // The same holds between GB18030 and Big5: each reads most of the other's bytes, as rare characters.
      const other = requested === 'gb18030' ? 'big5' : 'gb18030';
      if (await readsBetterAs(bytes, decoded.text, other)) {
        decoded.problems.push(mismatch(`the input was decoded as ${label(requested)} as requested, but it reads as Chinese text only in ${label(other)}${other === 'big5' ? ' (traditional Chinese)' : ''}: try --encoding ${other}`));
      }
    }
    return decoded;
  }
  if (bom) {
    const decoded = await decodeAs(bytes, bom.encoding, 'bom', name, bom.length);
    // The mark wins over a page's charset, as in browsers; a declaration that says otherwise is said.
    const declared = bom.encoding === 'utf-8' ? charsetDeclaration(bytes) : null;
    if (declared && declared.encoding !== 'utf-8') {
      decoded.problems.unshift(mismatch(`the page declares ${declared.label} but starts with a UTF-8 byte-order mark; it was read as UTF-8`, declaredAt(bytes, declared, bom.length)));
    }
    return decoded;
  }

  refuseKnownFormat(bytes, name);
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeAs(bytes, utf16, 'utf-16-heuristic', name, 0);

  refuseBinary(bytes, name);

  const declaration = charsetDeclaration(bytes);
  const declared = declaration?.encoding ?? null;
  const strict = strictUtf8(bytes);
  if (strict !== null) {
    const problems = declaration && declared !== 'utf-8' && bytes.some((b) => b >= 0x80)
      ? [mismatch(`the page declares ${declaration.label} but its bytes are UTF-8; it was read as UTF-8`, declaredAt(bytes, declaration, 0))]
      : [];
    return { text: strict, encoding: 'utf-8', detectedBy: 'utf-8', problems };
  }
  // UTF-8 but for its last character, cut in half (a download broken off): still UTF-8, whatever the
  // page declares, as the whole file would be; the cut is reported where it is decoded.
  if (utf8CutAtEnd(bytes)) {
    const decoded = await decodeAs(bytes, 'utf-8', 'utf-8', name, 0);
    if (declaration && declared !== 'utf-8') decoded.problems.unshift(mismatch(`the page declares ${declaration.label} but its bytes are UTF-8; it was read as UTF-8`, declaredAt(bytes, declaration, 0)));
    return decoded;
  }
  if (declaration && declared && (await isSupported(declared))) {
    const decoded = await decodeAs(bytes, declared, 'declared', name, 0);
    if (!decoded.problems.some((p) => p.severity === 'error')) return (await chineseUnderDeclared(bytes, declaration, decoded, name)) ?? decoded;
    return (await overDeclared(bytes, declaration, decoded, name)) ?? decoded;
  }

  const chosen = await byContent(bytes);
  if (chosen.encoding === 'big5') {
    const decoded = await decodeAs(bytes, 'big5', 'fallback', name, 0);
    decoded.problems.unshift({
      ruleId: 'encoding-guessed',
      severity: 'info',
      message: 'no charset is declared and the bytes are not UTF-8; they read as Big5 (traditional Chinese) text, not as GB18030',
      byteOffset: 0,
      textOffset: 0,
    });
    return decoded;
  }
  return decodeAs(bytes, chosen.encoding, 'fallback', name, 0, chosen.bad);
}

/**
 * Pages often declare a charset their bytes are not in (a template's utf-8 over GBK text). When the
 * declared one cannot read the bytes, and the encoding auto-detection would choose without the
 * declaration reads every byte and more of it as Chinese, the bytes are read in that one and the
 * declaration is a warning. Otherwise (a damaged page in its own charset) the declared reading stays,
 * with its undecodable bytes reported.
 */
async function overDeclared(bytes: Uint8Array, declaration: CharsetDeclaration, failed: Decoded, name: string): Promise<Decoded | null> {
  const declared = declaration.encoding;
  const auto = await autoEncoding(bytes, false);
  if (auto === declared || !(await readsCleanlyToCut(bytes, auto))) return null;
  const decoded = await decodeAs(bytes, auto, 'fallback', name, 0);
  if (frequentHan(decoded.text) <= frequentHan(failed.text)) return null;
  const cut = !(await readsCleanly(bytes, auto)) ? ' (but for a last character cut off)' : '';
  decoded.problems.unshift(mismatch(`the page declares ${declaration.label} but its bytes are not ${declaration.label}; they read cleanly as ${label(auto)}${cut} and were read as ${label(auto)}`, declaredAt(bytes, declaration, 0)));
  return decoded;
}

/**
 * A declared charset that reads every byte can still read them wrong. GB18030 and Big5 each read
 * nearly all of the other's bytes without an error, as strings of rare characters (Big5 text under a
 * template's charset=gb2312); a single-byte charset (iso-8859-1, windows-1252: an old editor's
 * default over GBK text) reads any byte at all, as accented letters. When the bytes read as Chinese
 * in the encoding detection would choose by content, and not in the declared one, they are read
 * in that one and the declaration is a warning at its element (a page's charset never overrules the
 * bytes). A page really in its charset stays: Western text whose accented letters stand between
 * ASCII ones is no GB18030, and a few that happen to pair up read as no Chinese.
 */
async function chineseUnderDeclared(bytes: Uint8Array, declaration: CharsetDeclaration, decoded: Decoded, name: string): Promise<Decoded | null> {
  const declared = declaration.encoding;
  if (declared === 'gb18030' || declared === 'big5') {
    const other = declared === 'gb18030' ? 'big5' : 'gb18030';
    if (!(await readsBetterAs(bytes, decoded.text, other)) || !(await readsCleanly(bytes, other))) return null;
    return readInstead(bytes, declaration, other, name);
  }
  const other = (await byContent(bytes)).encoding;
  if (other === 'utf-8' || !(await readsCleanlyToCut(bytes, other))) return null;
  // A Western reading has no Chinese to weigh against, so the other must be Chinese on its own:
  // mostly common characters, as real text is (a wrong reading's fall evenly over the tables).
  const reading = await chineseReading(bytes, other);
  const declaredFrequent = frequentHan(decoded.text);
  if (reading.frequent >= 20 && reading.frequent > 3 * declaredFrequent && reading.frequent * 4 >= reading.han) return readInstead(bytes, declaration, other, name);
  if (declaredFrequent > 0) return null;
  // Too little text to tell: the declared reading stays, with a note that the refusal of a text
  // that reads as no notice leads with (it is the likelier news than the refusal itself).
  if (reading.frequent >= 2 && reading.frequent * 2 >= reading.han) {
    decoded.problems.push({
      ruleId: 'encoding-mismatch',
      severity: 'info',
      message: `the page declares ${declaration.label} and was read so, but its bytes read as a little Chinese text in ${label(other)} too: if it is Chinese, try --encoding ${other}`,
      ...declaredAt(bytes, declaration, 0),
    });
  }
  return null;
}

/** The bytes read in `other` instead of the charset the page declares, with the declaration a warning at its element. */
async function readInstead(bytes: Uint8Array, declaration: CharsetDeclaration, other: string, name: string): Promise<Decoded> {
  const read = await decodeAs(bytes, other, 'fallback', name, 0);
  const cut = !(await readsCleanly(bytes, other)) ? ' (but for a last character cut off)' : '';
  read.problems.unshift(mismatch(`the page declares ${declaration.label} but its bytes read as Chinese text only in ${label(other)}${other === 'big5' ? ' (traditional Chinese)' : ''}${cut}; they were read as ${label(other)}`, declaredAt(bytes, declaration, 0)));
  return read;
}

/** How many of the first 20,000 characters of the bytes read in an encoding are Chinese, and how many of those are frequent. */
async function chineseReading(bytes: Uint8Array, encoding: string): Promise<{ han: number; frequent: number }> {
  const iconv = (await import('iconv-lite')).default;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 40_000)), encoding).slice(0, 20_000);
  return { han: text.match(HAN)?.length ?? 0, frequent: frequentHan(text) };
}

const HAN = /\p{Script=Han}/gu;

/**
 * The encoding bytes that are not UTF-8, and declare no charset that can be used, are read in, by
 * their content: Big5 (traditional Chinese) bytes are nearly all valid GB18030 as well, where they read
 * as strings of rare characters, so of the two readings the one that reads as Chinese is taken;
 * otherwise GB18030 when it reads every byte, else whichever of UTF-8 and GB18030 explains more of
 * the input, so that the damage is reported rather than silently replaced.
 */
async function byContent(bytes: Uint8Array): Promise<{ encoding: 'big5' | 'gb18030' | 'utf-8'; bad?: BadRun[] }> {
  if (await readsAsBig5(bytes)) return { encoding: 'big5' };
  const gbBad = scanGb18030(bytes);
  if (gbBad.length === 0) return { encoding: 'gb18030', bad: gbBad };
  const utf8Bad = scanUtf8(bytes);
  return badBytes(utf8Bad) <= badBytes(gbBad) ? { encoding: 'utf-8', bad: utf8Bad } : { encoding: 'gb18030', bad: gbBad };
}

/**
 * What auto-detection reads the bytes as, leaving out the page's declared charset when that is what
 * failed: a byte-order mark, UTF-16 by its NUL bytes, UTF-8, the declared charset, then by content.
 */
async function autoEncoding(bytes: Uint8Array, withDeclared: boolean): Promise<string> {
  const bom = bomOf(bytes);
  if (bom) return bom.encoding;
  const utf16 = guessUtf16(bytes);
  if (utf16) return utf16;
  if (isUtf8(bytes)) return 'utf-8';
  const declared = withDeclared ? declaredCharset(bytes) : null;
  if (declared && (await isSupported(declared))) return declared;
  return (await byContent(bytes)).encoding;
}

/**
 * Whether bytes read as Chinese in Big5 and not in GB18030: many more frequent characters in the
 * Big5 reading. Text with too few Chinese characters to tell stays with GB18030.
 */
async function readsAsBig5(bytes: Uint8Array): Promise<boolean> {
  const iconv = (await import('iconv-lite')).default;
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 40_000));
  return readsBetterAs(bytes, iconv.decode(sample, 'gb18030'), 'big5');
}

/**
 * Whether bytes, read as `text` in one encoding, read as Chinese in `other` and not in that one:
 * many more frequent characters in the other reading. Text with too few to tell stays as it is.
 */
async function readsBetterAs(bytes: Uint8Array, text: string, other: string): Promise<boolean> {
  const iconv = (await import('iconv-lite')).default;
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 40_000));
  const better = frequentHan(iconv.decode(sample, other));
  if (better < 20) return false;
  return better > 3 * frequentHan(text);
}

async function isSupported(encoding: string): Promise<boolean> {
  if (encoding === 'utf-8' || encoding === 'gb18030' || encoding.startsWith('utf-16')) return true;
  const iconv = (await import('iconv-lite')).default;
  return iconv.encodingExists(encoding);
}

/** The text if the bytes are valid UTF-8 (checked natively: the common case stays fast), else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** Valid UTF-8 with multi-byte characters in it: text that is UTF-8, not ASCII that any encoding reads. */
function looksUtf8(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80) && strictUtf8(bytes) !== null;
}

function mismatch(message: string, at: { byteOffset: number; textOffset: number } = { byteOffset: 0, textOffset: 0 }): DecodeProblem {
  return { ruleId: 'encoding-mismatch', severity: 'warning', message, ...at };
}

/**
 * Where a page's charset declaration stands, in bytes and in the text (after a byte-order mark of
 * `skip` bytes): the text offset is known without decoding when the bytes before it are ASCII, as
 * they nearly always are; else the finding stays at the start.
 */
function declaredAt(bytes: Uint8Array, declaration: CharsetDeclaration, skip: number): { byteOffset: number; textOffset: number } {
  const at = declaration.byteOffset;
  for (let k = skip; k < at; k++) if ((bytes[k] as number) >= 0x80) return { byteOffset: at, textOffset: 0 };
  return { byteOffset: at, textOffset: at - skip };
}

function badBytes(runs: BadRun[]): number {
  return runs.reduce((n, r) => n + r.length, 0);
}

/** A decoder of byte runs known to be valid. */
type RunDecoder = (run: Uint8Array) => string;

/**
 * Decodes the valid runs between the bad ones and puts one U+FFFD in place of each bad run, as a
 * browser does; returns the text and the text offset of each bad run.
 */
function decodeAround(bytes: Uint8Array, bad: BadRun[], decodeRun: RunDecoder): { text: string; offsets: number[] } {
  const parts: string[] = [];
  const offsets: number[] = [];
  let length = 0;
  let from = 0;
  for (const run of bad) {
    const piece = decodeRun(bytes.subarray(from, run.start));
    parts.push(piece, '\uFFFD');
    length += piece.length;
    offsets.push(length);
    length += 1;
    from = run.start + run.length;
  }
  parts.push(decodeRun(bytes.subarray(from)));
  return { text: parts.join(''), offsets };
}

async function decodeAs(
  all: Uint8Array,
  encoding: string,
  detectedBy: Decoded['detectedBy'],
  name: string,
  skip: number,
  knownBad?: BadRun[],
): Promise<Decoded> {
  const bytes = all.subarray(skip);
  let bad: BadRun[];
  let decoded: { text: string; offsets: number[] };
  if (encoding === 'utf-8') {
    bad = knownBad ?? scanUtf8(bytes);
    const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
    decoded = decodeAround(bytes, bad, (run) => utf8.decode(run));
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    bad = scanUtf16(bytes, encoding === 'utf-16le');
    const utf16 = new TextDecoder(encoding, { ignoreBOM: true });
    decoded = decodeAround(bytes, bad, (run) => utf16.decode(run));
  } else {
    const iconv = (await import('iconv-lite')).default;
    if (!iconv.encodingExists(encoding)) throw new InputError('EENCODING', `${name}: unknown encoding "${encoding}"`);
    const toText = (run: Uint8Array): string => iconv.decode(Buffer.from(run.buffer, run.byteOffset, run.byteLength), encoding, { stripBOM: false });
    if (encoding === 'gb18030') {
      bad = knownBad ?? scanGb18030(bytes);
      decoded = decodeAround(bytes, bad, toText);
    } else {
      const text = toText(bytes);
      const located = text.includes('\uFFFD') ? await locateReplacements(bytes, encoding) : { bad: [], offsets: [] };
      bad = located.bad;
      decoded = { text, offsets: located.offsets };
    }
  }

  let { text } = decoded;
  let offsets = decoded.offsets;
  // A byte-order mark written in the text's own encoding (GB18030 has one too) is not content.
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    offsets = offsets.map((o) => Math.max(0, o - 1));
  }
  const problems = await describe(bad, offsets, bytes, skip, encoding, detectedBy);
  return { text, encoding, detectedBy, problems };
}

/**
 * For encodings without a scanner here: feeds the bytes one at a time to a streaming decoder and
 * notes which bytes produced each U+FFFD.
 */
async function locateReplacements(bytes: Uint8Array, encoding: string): Promise<{ bad: BadRun[]; offsets: number[] }> {
  const iconv = (await import('iconv-lite')).default;
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad: BadRun[] = [];
  const offsets: number[] = [];
  let produced = 0;
  let pending = 0;
  const take = (s: string, end: number): void => {
    for (let k = s.indexOf('\uFFFD'); k >= 0; k = s.indexOf('\uFFFD', k + 1)) {
      bad.push({ start: pending, length: Math.max(1, end - pending) });
      offsets.push(produced + k);
    }
    produced += s.length;
    pending = end;
  };
  for (let i = 0; i < buf.length; i++) {
    const s = decoder.write(buf.subarray(i, i + 1));
    if (s.length > 0) take(s, i + 1);
  }
  take(decoder.end() ?? '', buf.length);
  return { bad, offsets };
}

/**
 * UTF-16 asked to be read in an 8-bit encoding: its NUL bytes would refuse it as binary data, which
 * hides the news, that the file is UTF-16 (by its byte-order mark, or by its bytes) and reads as such.
 */
function refuseUtf16As(bytes: Uint8Array, bom: { encoding: string } | null, requested: string, name: string): void {
  const utf16 = bom?.encoding.startsWith('utf-16') ? bom.encoding : guessUtf16(bytes);
  if (!utf16 || bytes.indexOf(0) === -1) return;
  const how = bom?.encoding === utf16 ? `starts with a ${label(utf16)} byte-order mark` : `reads as ${label(utf16)}`;
  throw new InputError('EBINARY', `${name}: the input ${how}; as ${label(requested)} its NUL bytes read as binary data: try --encoding ${utf16}, or leave --encoding out`);
}

function label(encoding: string): string {
  return encoding === 'big5' ? 'Big5' : encoding.toUpperCase();
}

function hex(bytes: Uint8Array, run: BadRun): string {
  return [...bytes.subarray(run.start, run.start + Math.min(run.length, 4))].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}

/** Whether every byte of the input is a character in the encoding. */
async function readsCleanly(bytes: Uint8Array, encoding: string): Promise<boolean> {
  if (encoding === 'utf-8') return isUtf8(bytes);
  if (encoding === 'gb18030') return scanGb18030(bytes).length === 0;
  if (encoding.startsWith('utf-16')) return scanUtf16(bytes, encoding === 'utf-16le').length === 0;
  const iconv = (await import('iconv-lite')).default;
  return !iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding).includes('\uFFFD');
}

/**
 * Whether every byte of the input is a character in the encoding but the last, cut short by the end
 * of the input: a truncated page is as much in its encoding as the whole one.
 */
async function readsCleanlyToCut(bytes: Uint8Array, encoding: string): Promise<boolean> {
  if (await readsCleanly(bytes, encoding)) return true;
  if (encoding !== 'utf-8' && encoding !== 'gb18030') return false;
  const bad = encoding === 'utf-8' ? scanUtf8(bytes) : scanGb18030(bytes);
  return bad.length === 1 && cutAtEnd(bytes, bad[0] as BadRun, encoding, 1);
}

/**
 * Whether the bytes are UTF-8 with characters beyond ASCII, but for a last multi-byte character
 * whose end is cut off. Checked from the end (at most three bytes back), so only the cheap native
 * validity check runs over the whole input.
 */
function utf8CutAtEnd(bytes: Uint8Array): boolean {
  const end = bytes.length;
  for (let p = end - 1; p >= Math.max(0, end - 3); p--) {
    const b = bytes[p] as number;
    if (b >= 0x80 && b <= 0xbf) continue;
    if (b < 0xc2 || b > 0xf4) return false;
    const need = b <= 0xdf ? 2 : b <= 0xef ? 3 : 4;
    if (end - p >= need) return false;
    const head = bytes.subarray(0, p);
    return isUtf8(head) && head.some((c) => c >= 0x80) && scanUtf8(bytes.subarray(p)).length === 1;
  }
  return false;
}

/**
 * When the chosen encoding fails, the encoding worth naming is the one auto-detection would read
 * the bytes in (a Big5 file is valid GB18030 too, but reads as nonsense there), if it reads every
 * byte; failing that, one that does.
 */
async function alternative(bytes: Uint8Array, encoding: string, detectedBy: Decoded['detectedBy']): Promise<string | null> {
  const auto = await autoEncoding(bytes, detectedBy !== 'declared');
  if (auto !== encoding && (await readsCleanly(bytes, auto))) return auto;
  if (encoding !== 'utf-8' && strictUtf8(bytes) !== null) return 'utf-8';
  if (encoding !== 'gb18030' && scanGb18030(bytes).length === 0) return 'gb18030';
  return null;
}

/**
 * Whether a bad run is a character cut off by the end of the input: the start of a valid sequence
 * with nothing after it (a file cut at a byte count, a download broken off), not bytes that are wrong.
 */
function cutAtEnd(bytes: Uint8Array, run: BadRun, encoding: string, runs: number): boolean {
  if (run.start + run.length !== bytes.length) return false;
  const lead = bytes[run.start] as number;
  // An odd last byte of UTF-16 can be nothing else; in UTF-8 or GB18030, a lead byte at the end of
  // bytes damaged elsewhere too is more likely one more sign of the wrong encoding.
  if (encoding.startsWith('utf-16')) return run.length === 1;
  if (runs > 1) return false;
  // A run the scanner ends at the input's end, after a lead byte, is cut: a wrong byte would have ended it sooner.
  if (encoding === 'utf-8') return lead >= 0xc2 && lead <= 0xf4;
  if (encoding === 'gb18030') {
    if (lead < 0x81 || lead > 0xfe) return false;
    const b1 = bytes[run.start + 1];
    const b2 = bytes[run.start + 2];
    if (run.length === 1) return true;
    // The start of a four-byte sequence: a figure, then (for three bytes) a lead byte again.
    return b1 !== undefined && b1 >= 0x30 && b1 <= 0x39 && (run.length === 2 || (b2 !== undefined && b2 >= 0x81 && b2 <= 0xfe));
  }
  return false;
}

async function describe(
  bad: BadRun[],
  offsets: number[],
  bytes: Uint8Array,
  skip: number,
  encoding: string,
  detectedBy: Decoded['detectedBy'],
): Promise<DecodeProblem[]> {
  const problems: DecodeProblem[] = [];
  if (bad.length === 0) return problems;
  const other = detectedBy === 'option' || detectedBy === 'declared' ? await alternative(bytes, encoding, detectedBy) : null;
  const how = detectedBy === 'option' ? 'as requested' : detectedBy === 'declared' ? 'as the page declares' : '';
  bad.slice(0, REPORT_LIMIT).forEach((run, k) => {
    const byteOffset = run.start + skip;
    const textOffset = offsets[k] ?? 0;
    if (cutAtEnd(bytes, run, encoding, bad.length)) {
      // A lost character is as much a fault as an unreadable one: the same exit, whichever encoding.
      problems.push({
        ruleId: 'encoding-truncated',
        severity: 'error',
        message: `the input ends in the middle of a ${label(encoding)} character (byte ${byteOffset}); it was replaced by U+FFFD`,
        byteOffset,
        textOffset,
      });
      return;
    }
    let message = `byte ${byteOffset} (${hex(bytes, run)}) is not valid ${label(encoding)}; it was replaced by U+FFFD`;
    if (k === 0 && how) message += ` (decoded ${how})`;
    if (k === 0 && other) message += `; the input reads cleanly as ${label(other)}: try --encoding ${other}`;
    problems.push({ ruleId: 'encoding-undecodable', severity: 'error', message, byteOffset, textOffset });
  });
  if (bad.length > REPORT_LIMIT) {
    const rest = bad.slice(REPORT_LIMIT);
    const first = rest[0] as BadRun;
    problems.push({
      ruleId: 'encoding-undecodable',
      severity: 'error',
      message: `${rest.length} more places are not valid ${label(encoding)}, from byte ${first.start + skip}; is the encoding right? (try --encoding)`,
      byteOffset: first.start + skip,
      textOffset: offsets[REPORT_LIMIT] ?? 0,
    });
  }
  return problems;
}
