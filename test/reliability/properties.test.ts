import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/errors.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { decode } from '../../src/io/decode.js';
import { fixtureInputs } from '../helpers/fixture-inputs.js';
import { schemaErrors } from '../helpers/schema.js';

/** Every notice the project keeps as a test input, in every form. */
const FIXTURES = fixtureInputs();
/** The seed and its variants get the most cases; every other fixture a share. */
const MAIN = new Set(['fixtures/hedong-2022.txt', ...FIXTURES.filter((f) => f.startsWith('fixtures/variants/'))]);

/** PLAN_PROPERTY_RUNS=1000 npm test runs more; a failure prints the seed and path to replay it. */
const RUNS = Number(process.env.PLAN_PROPERTY_RUNS ?? 100);

const HALF = ',:;()!?';
const FULL = '，：；（）！？';

type Edit = (lines: string[]) => string[];

/** Random edits of a notice: what scrapers, old sites and copy-paste do to text. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.nat().map((i): Edit => (ls) => ls.filter((_, k) => k !== i % Math.max(ls.length, 1))),
  fc.nat().map((i): Edit => (ls) => {
    const k = i % Math.max(ls.length, 1);
    return [...ls.slice(0, k + 1), ls[k] ?? '', ...ls.slice(k + 1)];
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Edit => (ls) => {
    const out = [...ls];
    const i = a % Math.max(out.length, 1);
    const j = b % Math.max(out.length, 1);
    [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
    return out;
  }),
  fc.tuple(fc.nat(), fc.boolean()).map(([i, toFull]): Edit => (ls) => {
    const k = i % Math.max(ls.length, 1);
    const swap = (c: string): string => {
      const from = toFull ? HALF : FULL;
      const to = toFull ? FULL : HALF;
      const at = from.indexOf(c);
      return at >= 0 ? (to[at] as string) : c;
    };
    return ls.map((l, n) => (n === k ? [...l].map(swap).join('') : l));
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('\u0000', '\u001b[31m', '\u202e', '\r', '\t', '\ufeff', '〔', '（', '）', '、'))).map(
    ([i, at, junk]): Edit => (ls) => {
      const k = i % Math.max(ls.length, 1);
      return ls.map((l, n) => (n === k ? l.slice(0, at % (l.length + 1)) + junk + l.slice(at % (l.length + 1)) : l));
    },
  ),
);

async function parseOrRefuse(bytes: Uint8Array, name: string): Promise<string> {
  try {
    const doc = await parseNotice(bytes, { name });
    const errors = schemaErrors(doc);
    if (errors.length) throw new Error(`schema: ${errors.join('; ')}`);
    return JSON.stringify(doc);
  } catch (error) {
    if (error instanceof InputError && !error.message.includes('\n')) return `refused: ${error.message}`;
    throw error;
  }
}

describe('random edits of every fixture', () => {
  for (const path of FIXTURES) {
    const runs = MAIN.has(path) ? RUNS : Math.max(5, Math.round(RUNS / 5));
    // Edited copies keep the fixture's extension, so HTML and Markdown stay HTML and Markdown.
    const name = `edited${extname(path)}`;
    it(`should never throw, always fit the schema and parse deterministically (${path})`, async () => {
      const text = (await decode(readFileSync(path), { name: path })).text;
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
          const lines = edits.reduce((ls, e) => e(ls), text.split('\n'));
          const bytes = new TextEncoder().encode(lines.join('\n'));
          const first = await parseOrRefuse(bytes, name);
          expect(await parseOrRefuse(bytes, name)).toBe(first);
        }),
        { numRuns: runs },
      );
    });

    it(`should never throw when cut at any byte (${path})`, async () => {
      const bytes = readFileSync(path);
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: bytes.length }), async (cut) => {
          await parseOrRefuse(bytes.subarray(0, cut), name);
        }),
        { numRuns: runs },
      );
    });
  }
});
