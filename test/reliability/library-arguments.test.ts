import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decode,
  departmentLoad,
  diffDocuments,
  loadSource,
  parseFile,
  parseNotice,
  queryGoals,
  queryMetadata,
  queryTasks,
  validateDocument,
  validateSource,
} from '../../src/index.js';

const TEXT = '一、总体要求\n1.推进工作。（牵头单位：区科技局）\n';
const utf8 = new TextEncoder().encode(TEXT);
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Calls a public function as a JavaScript caller can, with what its types refuse. */
const loose = <F extends (...args: never[]) => unknown>(fn: F) => fn as unknown as (...args: unknown[]) => ReturnType<F>;

describe('library arguments: bytes in any ArrayBuffer form', () => {
  it.each([
    ['an ArrayBuffer', () => utf8.slice().buffer],
    ['a Uint16Array over the bytes', () => new Uint16Array(utf8.slice().buffer, 0, utf8.length / 2)],
    ['a DataView', () => new DataView(utf8.slice().buffer)],
    ['a Uint8Array that views the middle of a larger buffer', () => {
      const big = new Uint8Array(utf8.length + 10);
      big.set(utf8, 7);
      return big.subarray(7, 7 + utf8.length);
    }],
    ['an Int16Array with a byte offset into its buffer', () => {
      const big = new Uint8Array(utf8.length + 8);
      big.set(utf8, 8);
      return new Int16Array(big.buffer, 8, utf8.length / 2);
    }],
  ])('should read %s as its own bytes, counting and hashing those bytes', async (_what, make) => {
    // 70 bytes of UTF-8: an even count, as the two-byte views need.
    expect(utf8.length).toBe(70);
    const input = make();
    const doc = await loose(parseNotice)(input);
    expect(doc.source.bytes).toBe(utf8.length);
    expect(doc.source.sha256).toBe(sha(utf8));
    expect(doc.plan?.tasks.map((t) => t.lead)).toEqual([['区科技局']]);
  });

  it('should decode and load an ArrayBuffer view by its bytes', async () => {
    const view = new Uint16Array(utf8.slice().buffer, 0, utf8.length / 2);
    expect((await loose(decode)(view)).text).toBe(TEXT);
    const source = await loose(loadSource)(view, { name: 'notice.txt' });
    expect([source.bytes, source.sha256, source.text]).toEqual([utf8.length, sha(utf8), TEXT]);
  });
});

describe('library arguments: a clear TypeError naming the function, what it takes and what it got', () => {
  const doc = parseNotice(TEXT);

  it.each<[string, () => unknown, RegExp]>([
    ['parseNotice()', () => loose(parseNotice)(), /^parseNotice: input must be a string or a Uint8Array .*ArrayBuffer.*; got undefined$/],
    ['parseNotice(null)', () => loose(parseNotice)(null), /^parseNotice: input must be .*; got null$/],
    ['parseNotice(123)', () => loose(parseNotice)(123), /; got a number \(123\)$/],
    ['parseNotice({})', () => loose(parseNotice)({}), /; got an empty object$/],
    ['parseNotice(a Blob)', () => loose(parseNotice)(new Blob([utf8])), /; got a Blob \(pass await blob\.arrayBuffer\(\) or its bytes\)$/],
    ['parseNotice(text, a string as options)', () => loose(parseNotice)(TEXT, 'html'), /^parseNotice: options must be an object; got the string "html"$/],
    ['parseNotice(text, { traditional: "yes" })', () => loose(parseNotice)(TEXT, { traditional: 'yes' }), /^parseNotice: options\.traditional must be one of 'auto', 'always', 'never'; got the string "yes"$/],
    ['parseNotice(text, { format: 5 })', () => loose(parseNotice)(TEXT, { format: 5 }), /^parseNotice: options\.format must be a string; got a number \(5\)$/],
    ['parseFile()', () => loose(parseFile)(), /^parseFile: path must be a file path .*; got undefined$/],
    ['parseFile(path, { maxBytes: "1k" })', () => loose(parseFile)('fixtures/hedong-2022.txt', { maxBytes: '1k' }), /^parseFile: options\.maxBytes must be a number of bytes .*; got the string "1k"/],
    ['parseFile(path, { sync: "yes" })', () => loose(parseFile)('fixtures/hedong-2022.txt', { sync: 'yes' }), /^parseFile: options\.sync must be true or false; got the string "yes"$/],
    ['parseFile(path, { stdin: 5 })', () => loose(parseFile)('-', { stdin: 5 }), /^parseFile: options\.stdin must be a readable stream; got a number \(5\)$/],
    ['loadSource(a string)', () => loose(loadSource)('一、总体要求'), /^loadSource: bytes must be a Uint8Array .*; got the string "一、总体要求"$/],
    ['decode(a string)', () => loose(decode)('abc'), /^decode: bytes must be a Uint8Array .*; got the string "abc"$/],
    ['validateSource(bytes)', () => loose(validateSource)(utf8), /^validateSource: source must be a loaded source \(from loadSource\); got a Uint8Array \(load it first: await loadSource\(bytes\)\)$/],
    ['validateSource(source, { rules: "x" })', async () => loose(validateSource)(await loadSource(utf8), { rules: 'x' }), /^validateSource: options\.rules must be an object; got the string "x"$/],
    ['validateDocument(doc) without a source', async () => loose(validateDocument)(await doc), /^validateDocument: source must be the text it was parsed from \(a string\) or its loaded source \(from loadSource\); got undefined$/],
    ['validateDocument(bytes, text)', () => loose(validateDocument)(utf8, TEXT), /^validateDocument: doc must be a parsed document \(from parseNotice or parseFile\); got a Uint8Array$/],
    ['queryTasks(null)', () => loose(queryTasks)(null), /^queryTasks: docs must be a parsed document .*; got null$/],
    ['queryTasks([doc, 5])', async () => loose(queryTasks)([await doc, 5]), /^queryTasks: docs\[1\] must be a parsed document .*; got a number \(5\)$/],
    ['queryTasks(docs, { dept: 123 })', async () => loose(queryTasks)([await doc], { dept: 123 }), /^queryTasks: filters\.dept must be a string; got a number \(123\)$/],
    ['queryTasks(docs, { role: "boss" })', async () => loose(queryTasks)(await doc, { dept: '区科技局', role: 'boss' }), /^queryTasks: filters\.role must be one of 'lead', 'participant', 'any'; got the string "boss"$/],
    ['departmentLoad(docs, "区科技局")', async () => loose(departmentLoad)(await doc, '区科技局'), /^departmentLoad: filters must be an object; got the string "区科技局"$/],
    ['queryGoals(undefined)', () => loose(queryGoals)(undefined), /^queryGoals: docs must be a parsed document .*; got undefined$/],
    ['queryMetadata("a.txt")', () => loose(queryMetadata)('a.txt'), /^queryMetadata: docs must be a parsed document .*; got the string "a\.txt"$/],
    ['diffDocuments(doc)', async () => loose(diffDocuments)(await doc), /^diffDocuments: newDoc must be a parsed document .*; got undefined$/],
  ])('should refuse %s', async (_call, call, message) => {
    const error: unknown = await (async () => call())().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
  });

  it('should still take what it always took: a string, a Buffer, no options, a document read back from JSON', async () => {
    const parsed = await parseNotice(TEXT);
    expect((await parseNotice(Buffer.from(TEXT))).source.sha256).toBe(parsed.source.sha256);
    const back = JSON.parse(JSON.stringify(parsed)) as typeof parsed;
    expect(validateDocument(back, TEXT)).toEqual(validateDocument(parsed, TEXT));
    expect((await queryTasks(back, { dept: '区科技局' })).map((t) => t.role)).toEqual(['lead']);
  });
});

describe('library errors in the library\'s words', () => {
  it('should name the filters, not the command line\'s flags, in a QueryError', async () => {
    const doc = await parseNotice(TEXT);
    await expect(queryTasks(doc, { role: 'lead' })).rejects.toMatchObject({ code: 'bad-filter', filter: 'role', message: 'filters.role: "lead" needs filters.dept: whose role?' });
    await expect(queryTasks(doc, { section: '一（人才）' })).rejects.toMatchObject({ code: 'bad-filter', filter: 'section', message: expect.stringMatching(/^filters\.section: "一（人才）" is not a section number or title/) });
  });

  it('should name the maxBytes option, not --max-size, when a file is over the limit', async () => {
    await expect(parseFile('fixtures/hedong-2022.txt', { maxBytes: 10 })).rejects.toMatchObject({
      code: 'ETOOBIG',
      message: expect.stringMatching(/^fixtures\/hedong-2022\.txt: \d+ kB is over the 10 bytes input limit \(raise it with the maxBytes option\)$/),
    });
  });
});
