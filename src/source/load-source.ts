import { createHash } from 'node:crypto';
import { decode, type Decoded } from '../io/decode.js';
import { InputError } from '../io/errors.js';
import type { SourceFormat } from '../model/types.js';
import { detectFormat } from './detect-format.js';
import { textToBlocks } from './text-adapter.js';
import type { Block, SourceDocument } from './types.js';

export interface LoadOptions {
  /** Name for messages and `source.name`; `-` for standard input. */
  name?: string;
  /** Force an adapter instead of detecting one. */
  format?: SourceFormat | 'auto';
  /** `auto` or an encoding label. */
  encoding?: string;
}

type Adapter = (text: string) => Block[] | Promise<Block[]>;

/** Adapters load on demand: cheerio and unified are only imported for inputs that need them. */
const ADAPTERS: Partial<Record<SourceFormat, () => Promise<Adapter>>> = {
  text: async () => textToBlocks,
};

/** Byte offset in the input → offset in the decoded text, for placing decoding problems. */
function textOffsetOf(bytes: Uint8Array, decoded: Decoded, byteOffset: number): number {
  if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') return Math.floor(byteOffset / 2);
  const prefix = bytes.subarray(0, Math.max(0, Math.min(byteOffset, bytes.length)));
  if (decoded.encoding === 'utf-8') return new TextDecoder('utf-8').decode(prefix).length;
  // GB18030: one or two bytes per BMP character; count lead bytes.
  let chars = 0;
  for (let i = 0; i < prefix.length; i++) {
    const b = prefix[i] as number;
    if (b < 0x80) chars++;
    else {
      const b1 = prefix[i + 1];
      if (b1 !== undefined && b1 >= 0x30 && b1 <= 0x39) i += 3;
      else i += 1;
      chars++;
    }
  }
  return chars;
}

/** Decodes input bytes and splits them into blocks with the adapter for their format. */
export async function loadSource(bytes: Uint8Array, options: LoadOptions = {}): Promise<SourceDocument> {
  const name = options.name ?? 'input';
  const decoded = await decode(bytes, { encoding: options.encoding ?? 'auto', name });
  const text = decoded.text.replace(/^\ufeff/, '');
  const format = options.format && options.format !== 'auto' ? options.format : detectFormat(name, text);
  const adapterLoader = ADAPTERS[format];
  if (!adapterLoader) throw new InputError('EFORMAT', `${name}: ${format} input is not supported by this version (use --from text)`);
  const adapter = await adapterLoader();
  const blocks = await adapter(text);
  return {
    name,
    format,
    encoding: decoded.encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    text,
    blocks,
    problems: decoded.problems.map((p) => ({
      ruleId: p.ruleId,
      severity: p.severity,
      message: p.message,
      offset: textOffsetOf(bytes, decoded, p.byteOffset),
    })),
  };
}
