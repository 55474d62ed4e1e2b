import type { PlanDocument } from '../model/types.js';
import { readInput } from '../io/read-input.js';
import { loadSource, type LoadOptions } from '../source/load-source.js';
import type { SourceDocument } from '../source/types.js';
import { simplifierFor } from '../text/simplify.js';
import { parseSource } from './parse-source.js';
import { leadingMarkLength, shiftOffsets } from './string-offsets.js';
import { asTextOrBytes, optionalBoolean, optionalByteCount, optionsObject, oneOf, pathLike, describe } from '../util/arguments.js';
import { checkLoadOptions } from '../source/load-source.js';

export interface ParseNoticeOptions extends LoadOptions {
  /** Convert traditional characters for matching: `auto` (when the text has them), always, never. */
  traditional?: 'auto' | 'always' | 'never';
}

/**
 * Parses a loaded source, converting traditional characters for matching when there are any: the
 * whole text of a 繁体 page, the lines of a traditional passage in a simplified one (simplifierFor).
 */
export async function parseLoaded(source: SourceDocument, options: ParseNoticeOptions = {}): Promise<PlanDocument> {
  const mode = options.traditional ?? 'auto';
  oneOf('parseLoaded', 'options.traditional', mode, TRADITIONAL);
  const simplify = await simplifierFor(source.text, mode);
  return parseSource(source, simplify ? { simplify } : {});
}

const TRADITIONAL = ['auto', 'always', 'never'] as const;

/** The parse options' values, checked before any work (see util/arguments). */
function checkParseOptions(fn: string, options: ParseNoticeOptions | undefined): ParseNoticeOptions {
  const checked = optionsObject(fn, options);
  checkLoadOptions(fn, checked);
  oneOf(fn, 'options.traditional', checked.traditional, TRADITIONAL);
  return checked;
}

/**
 * Parses a notice from its text or bytes into the PlanDocument model.
 *
 * A string is taken as already-decoded text, and the model's offsets index it as passed (a leading
 * U+FEFF included); bytes go through encoding detection, and offsets index the decoded text. Bytes
 * may come as an ArrayBuffer or any view of one (a Buffer, a typed array, a DataView): its bytes
 * are read, by its byteOffset and byteLength. Anything else is a TypeError.
 */
export async function parseNotice(input: string | Uint8Array | ArrayBuffer | ArrayBufferView, options: ParseNoticeOptions = {}): Promise<PlanDocument> {
  input = asTextOrBytes('parseNotice', 'input', input);
  options = checkParseOptions('parseNotice', options);
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const source = await loadSource(bytes, { ...options, encoding: typeof input === 'string' ? 'utf-8' : options.encoding });
  const doc = await parseLoaded(source, options);
  // Decoding sets a leading U+FEFF aside; the caller's string still holds it, and offsets index that string.
  if (typeof input === 'string') shiftOffsets(doc, leadingMarkLength(input));
  return doc;
}

export interface ParseFileOptions extends ParseNoticeOptions {
  /** Refuse inputs larger than this many bytes (64 MiB by default). */
  maxBytes?: number;
  /** Where `-` reads from; standard input by default. */
  stdin?: NodeJS.ReadableStream;
  /** Read the file with blocking calls (see ReadOptions.sync). */
  sync?: boolean;
}

/** Reads a file (or `-` for standard input) and parses it. */
export async function parseFile(path: string, options: ParseFileOptions = {}): Promise<PlanDocument> {
  pathLike('parseFile', 'path', path);
  options = checkParseOptions('parseFile', options);
  optionalByteCount('parseFile', 'options.maxBytes', options.maxBytes);
  optionalBoolean('parseFile', 'options.sync', options.sync);
  if (options.stdin !== undefined && (options.stdin === null || typeof (options.stdin as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== 'function')) {
    throw new TypeError(`parseFile: options.stdin must be a readable stream; got ${describe(options.stdin)}`);
  }
  const bytes = await readInput(path, { maxBytes: options.maxBytes, stdin: options.stdin, sync: options.sync });
  return parseNotice(bytes, { ...options, name: options.name ?? String(path) });
}
