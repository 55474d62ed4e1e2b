import { decode } from '../io/decode.js';
import { InputError } from '../io/errors.js';
import { sha256Hex } from '../io/sha256.js';
import type { SourceFormat } from '../model/types.js';
import { detectFormat } from './detect-format.js';
import { dropInvisibles } from './invisible.js';
import { normaliseLineEnds } from './line-ends.js';
import { splitRunOnText } from './run-on-text.js';
import { textToBlocks } from './text-adapter.js';
import type { Block, SourceDocument, SourceExtras } from './types.js';
import { asBytes, optionalString, optionsObject } from '../util/arguments.js';

export interface LoadOptions {
  /** Name for messages and `source.name`; `-` for standard input. */
  name?: string;
  /** Force an adapter instead of detecting one. */
  format?: SourceFormat | 'auto';
  /** `auto` or an encoding label. */
  encoding?: string;
}

/** An adapter reads a text into blocks, and may report what it could not read in `problems`. */
type Adapter = (text: string, problems: SourceDocument['problems'], extras: SourceExtras) => Block[] | Promise<Block[]>;

/** Adapters load on demand: cheerio and unified are only imported for inputs that need them. */
const ADAPTERS: Record<SourceFormat, () => Promise<Adapter>> = {
  text: async () => textToBlocks,
  html: async () => (await import('./html-adapter.js')).htmlToBlocks,
  markdown: async () => (await import('./markdown-adapter.js')).markdownToBlocks,
};

/**
 * The load options' types (name, format, encoding), as a public entry point checks them. A format
 * or encoding no adapter or decoder knows is an InputError where it is looked up, as it is for a
 * user's --from or --encoding.
 */
export function checkLoadOptions(fn: string, options: LoadOptions): void {
  optionalString(fn, 'options.name', options.name);
  optionalString(fn, 'options.format', options.format);
  optionalString(fn, 'options.encoding', options.encoding);
}

/**
 * Decodes input bytes and splits them into blocks with the adapter for their format. Bytes may
 * come as an ArrayBuffer or any view of one, read by its byteOffset and byteLength.
 */
export async function loadSource(input: Uint8Array | ArrayBuffer | ArrayBufferView, options: LoadOptions = {}): Promise<SourceDocument> {
  const bytes = asBytes('loadSource', 'bytes', input);
  options = optionsObject('loadSource', options);
  checkLoadOptions('loadSource', options);
  const name = options.name ?? 'input';
  const decoded = await decode(bytes, { encoding: options.encoding ?? 'auto', name });
  // Same length as the decoded text: positions point into either alike.
  const text = normaliseLineEnds(decoded.text);
  const format = options.format && options.format !== 'auto' ? options.format : detectFormat(name, text);
  const adapterLoader = ADAPTERS[format];
  if (!adapterLoader) throw new InputError('EFORMAT', `${name}: unknown input format "${format}" (use text, html or markdown)`);
  const adapter = await adapterLoader();
  const problems: SourceDocument['problems'] = [];
  const extras: SourceExtras = {};
  // A text read as HTML (--from html on a plain text) has no tags to break its lines: said plainly, as
  // its line breaks, all lost, are what the reading misses.
  const unmarked = format === 'html' && !/<[a-zA-Z!/]/.test(text);
  if (unmarked) {
    problems.push({
      ruleId: 'html-no-markup',
      severity: 'warning',
      message: `read as HTML but it has no markup (no tags): its line breaks count for nothing in HTML; read it as text (without --from html) to keep them`,
      offset: 0,
    });
  }
  const blocks = splitRunOnText(dropInvisibles(await adapter(text, problems, extras), problems), problems, unmarked);
  return {
    name,
    format,
    encoding: decoded.encoding,
    sha256: sha256Hex(bytes),
    bytes: bytes.length,
    text,
    blocks,
    ...extras,
    problems: decoded.problems.map((p) => ({
      ruleId: p.ruleId,
      severity: p.severity,
      message: p.message,
      offset: p.textOffset,
    })).concat(problems),
  };
}
