import type { PlanDocument } from '../model/types.js';
import { readInput } from '../io/read-input.js';
import { loadSource, type LoadOptions } from '../source/load-source.js';
import type { SourceDocument } from '../source/types.js';
import { loadSimplifier, looksTraditional } from '../text/simplify.js';
import { parseSource } from './parse-source.js';
import { leadingMarkLength, shiftOffsets } from './string-offsets.js';

export interface ParseNoticeOptions extends LoadOptions {
  /** Convert traditional characters for matching: `auto` (when the text has them), always, never. */
  traditional?: 'auto' | 'always' | 'never';
}

/** Parses a loaded source, converting traditional characters for matching when there are any. */
export async function parseLoaded(source: SourceDocument, options: ParseNoticeOptions = {}): Promise<PlanDocument> {
  const mode = options.traditional ?? 'auto';
  const simplify = mode === 'always' || (mode === 'auto' && looksTraditional(source.text)) ? await loadSimplifier() : undefined;
  return parseSource(source, simplify ? { simplify } : {});
}

/**
 * Parses a notice from its text or bytes into the PlanDocument model.
 *
 * A string is taken as already-decoded text, and the model's offsets index it as passed (a leading
 * U+FEFF included); bytes go through encoding detection, and offsets index the decoded text.
 */
export async function parseNotice(input: string | Uint8Array, options: ParseNoticeOptions = {}): Promise<PlanDocument> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const source = await loadSource(bytes, { ...options, encoding: typeof input === 'string' ? 'utf-8' : options.encoding });
  const doc = await parseLoaded(source, options);
  // Decoding sets a leading U+FEFF aside; the caller's string still holds it, and offsets index that string.
  if (typeof input === 'string') shiftOffsets(doc, leadingMarkLength(input));
  return doc;
}

export interface ParseFileOptions extends ParseNoticeOptions {
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** Read the file with blocking calls (see ReadOptions.sync). */
  sync?: boolean;
}

/** Reads a file (or `-` for standard input) and parses it. */
export async function parseFile(path: string, options: ParseFileOptions = {}): Promise<PlanDocument> {
  const bytes = await readInput(path, { maxBytes: options.maxBytes, stdin: options.stdin, sync: options.sync });
  return parseNotice(bytes, { ...options, name: options.name ?? path });
}
