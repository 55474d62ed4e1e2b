import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding, decode } from '../../src/io/decode.js';
import { InputError } from '../../src/io/errors.js';

const SEED = readFileSync('fixtures/hedong-2022.txt', 'utf8');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const gbk = (s: string): Uint8Array => iconv.encode(s, 'gbk');
const utf16le = (s: string): Uint8Array => Buffer.from(s, 'utf16le');
const utf16be = (s: string): Uint8Array => Buffer.from(s, 'utf16le').swap16();

describe('decode: choosing the encoding', () => {
  it('should follow a UTF-8 byte-order mark and drop it from the text', async () => {
    const d = await decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('一、总体要求')]));
    expect([d.encoding, d.detectedBy, d.text, d.problems]).toEqual(['utf-8', 'bom', '一、总体要求', []]);
  });

  it('should follow UTF-16 byte-order marks in both byte orders', async () => {
    const le = await decode(new Uint8Array([0xff, 0xfe, ...utf16le('一、总体要求\r\n')]));
    const be = await decode(new Uint8Array([0xfe, 0xff, ...utf16be('一、总体要求\r\n')]));
    expect([le.encoding, le.detectedBy, le.text]).toEqual(['utf-16le', 'bom', '一、总体要求\r\n']);
    expect([be.encoding, be.detectedBy, be.text]).toEqual(['utf-16be', 'bom', '一、总体要求\r\n']);
  });

  it('should recognise UTF-16 without a mark, although 一 (U+4E00) puts NULs where ASCII does not', async () => {
    const text = '一、总体要求\n(一)指导思想\n一是坚持一张蓝图绘到底。\n';
    const le = await decode(utf16le(text));
    const be = await decode(utf16be(text));
    expect([le.encoding, le.detectedBy, le.text]).toEqual(['utf-16le', 'utf-16-heuristic', text]);
    expect([be.encoding, be.detectedBy, be.text]).toEqual(['utf-16be', 'utf-16-heuristic', text]);
  });

  it('should take valid UTF-8 as UTF-8', async () => {
    const d = await decode(utf8(SEED));
    expect([d.encoding, d.detectedBy, d.text === SEED, d.problems]).toEqual(['utf-8', 'utf-8', true, []]);
  });

  it('should follow a declared charset when the bytes are not UTF-8, reading gb2312 as GB18030', async () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>河东区科技局</p></body></html>';
    const d = await decode(gbk(page));
    expect([d.encoding, d.detectedBy, d.text, d.problems]).toEqual(['gb18030', 'declared', page, []]);
  });

  it('should fall back to GB18030 for Chinese bytes that are not UTF-8 and declare nothing', async () => {
    // GBK has no en space or no-break space; the GB18030 form below keeps them.
    const text = SEED.replace(/[\u2002\u00a0]/g, ' ');
    const d = await decode(gbk(text));
    expect([d.encoding, d.detectedBy, d.problems]).toEqual(['gb18030', 'fallback', []]);
    expect(d.text).toBe(text);
  });

  it.each([
    ['the traditional notice in Big5', 'fixtures/forms/traditional.txt', 'big5', 'big5'],
    ['the traditional notice in GBK (which has traditional characters too)', 'fixtures/forms/traditional.txt', 'gbk', 'gb18030'],
    ['the simplified seed in GBK', 'fixtures/hedong-2022.txt', 'gbk', 'gb18030'],
    ['a few Chinese words in Big5, too few to tell', null, 'big5', 'gb18030'],
  ])('should tell Big5 from GB18030 by which reading is Chinese: %s', async (_what, file, written, read) => {
    const text = file ? readFileSync(file, 'utf8') : 'Version 2 (草案)\n';
    // Only what the legacy encoding can hold: the rest would come back as ? either way.
    const bytes = iconv.encode(text, written);
    const d = await decode(bytes);
    expect(d.encoding).toBe(read);
    expect(d.text).toBe(iconv.decode(bytes, read));
    expect(d.problems.map((p) => [p.ruleId, p.severity])).toEqual(read === 'big5' ? [['encoding-guessed', 'info']] : []);
  });

  it('should read GB18030 four-byte sequences (the seed has en spaces, which GBK lacks)', async () => {
    const d = await decode(iconv.encode(SEED, 'gb18030'));
    expect([d.encoding, d.text === SEED]).toEqual(['gb18030', true]);
  });

  it('should read the UTF-8 bytes of a page that declares gb2312 as UTF-8, and say so', async () => {
    const page = '<meta charset="gb2312"><p>河东区科技局</p>';
    const d = await decode(utf8(page));
    expect([d.encoding, d.text]).toEqual(['utf-8', page]);
    expect(d.problems.map((p) => [p.ruleId, p.severity, p.message, p.byteOffset, p.textOffset])).toEqual([
      ['encoding-mismatch', 'warning', 'the page declares gb2312 but its bytes are UTF-8; it was read as UTF-8', 0, 0],
    ]);
  });

  it('should name the charset as the page writes it and point at its declaration', async () => {
    const page = '<html><head><title>x</title>\n<meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><p>河东区科技局</p>';
    const d = await decode(utf8(page));
    const at = page.indexOf('<meta');
    expect(d.problems.map((p) => [p.message, p.byteOffset, p.textOffset])).toEqual([['the page declares GBK but its bytes are UTF-8; it was read as UTF-8', at, at]]);
  });

  it('should read a page with a UTF-8 byte-order mark as UTF-8 whatever it declares, and say so where it declares gb2312', async () => {
    const page = '<html><head><meta charset="gb2312"></head><p>河东区科技局</p>';
    const d = await decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page)]));
    expect([d.encoding, d.detectedBy, d.text]).toEqual(['utf-8', 'bom', page]);
    expect(d.problems.map((p) => [p.ruleId, p.severity, p.message, p.byteOffset, p.textOffset])).toEqual([
      ['encoding-mismatch', 'warning', 'the page declares gb2312 but starts with a UTF-8 byte-order mark; it was read as UTF-8', 3 + page.indexOf('<meta'), page.indexOf('<meta')],
    ]);
    const agreeing = await decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page.replace('gb2312', 'utf-8'))]));
    expect(agreeing.problems).toEqual([]);
  });

  it('should read the GBK bytes of a page that declares utf-8 as GB18030, which reads them all, and say so', async () => {
    const page = '<meta charset="utf-8"><p>河东区科技局牵头，各街道办事处配合。</p>';
    const d = await decode(gbk(page));
    expect([d.encoding, d.detectedBy, d.text]).toEqual(['gb18030', 'fallback', page]);
    expect(d.problems.map((p) => [p.ruleId, p.severity, p.message])).toEqual([
      ['encoding-mismatch', 'warning', 'the page declares utf-8 but its bytes are not utf-8; they read cleanly as GB18030 and were read as GB18030'],
    ]);
  });

  it('should read the bytes of a page cut in its last character in their own encoding whatever the page declares, as the whole page', async () => {
    const page = '<p>河东区科技局牵头，各街道办事处配合。区人社局';
    // GBK under utf-8, cut after the lead byte of 局; UTF-8 under gbk, cut inside 局 after one and after two bytes.
    const cases: Array<[string, Uint8Array, string, string]> = [
      ['gbk under utf-8', gbk(`<meta charset="utf-8">${page}`).slice(0, -1), 'gb18030', 'the page declares utf-8 but its bytes are not utf-8; they read cleanly as GB18030 (but for a last character cut off) and were read as GB18030'],
      ['utf-8 under gbk, two bytes of three', utf8(`<meta charset="gbk">${page}`).slice(0, -1), 'utf-8', 'the page declares gbk but its bytes are UTF-8; it was read as UTF-8'],
      ['utf-8 under gbk, one byte of three', utf8(`<meta charset="gbk">${page}`).slice(0, -2), 'utf-8', 'the page declares gbk but its bytes are UTF-8; it was read as UTF-8'],
    ];
    for (const [, bytes, encoding, mismatch] of cases) {
      const d = await decode(bytes);
      expect(d.encoding).toBe(encoding);
      expect(d.text.endsWith('各街道办事处配合。区人社\uFFFD')).toBe(true);
      expect(d.problems.map((p) => [p.ruleId, p.severity, p.ruleId === 'encoding-mismatch' ? p.message : ''])).toEqual([
        ['encoding-mismatch', 'warning', mismatch],
        ['encoding-truncated', 'error', ''],
      ]);
    }
  });

  it('should keep a page declared in its own charset and cut in its last character in that charset', async () => {
    const d = await decode(gbk('<meta charset="gbk"><p>河东区科技局牵头，各街道办事处配合。').slice(0, -1));
    expect([d.encoding, d.detectedBy]).toEqual(['gb18030', 'declared']);
    expect(d.problems.map((p) => p.ruleId)).toEqual(['encoding-truncated']);
  });

  it('should read the Big5 bytes of a page that declares gb2312 as Big5, which GB18030 reads only as nonsense, and say so', async () => {
    const page = `<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>${readFileSync('fixtures/forms/traditional.txt', 'utf8').slice(0, 400).replace(/[\u2002\u00a0]/g, ' ')}</p>`;
    const d = await decode(iconv.encode(page, 'big5'));
    expect([d.encoding, d.detectedBy, d.text]).toEqual(['big5', 'fallback', page]);
    expect(d.problems.map((p) => [p.ruleId, p.severity, p.message])).toEqual([
      ['encoding-mismatch', 'warning', 'the page declares gb2312 but its bytes read as Chinese text only in Big5 (traditional Chinese); they were read as Big5'],
    ]);
  });

  it.each([
    ['<meta charset="iso-8859-1">', 'iso-8859-1'],
    ['<meta charset=windows-1252>', 'windows-1252'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'ISO-8859-1'],
    ['<meta http-equiv=content-type content="text/html;charset=latin1">', 'latin1'],
  ])('should read the GBK bytes of a page that declares a Western charset (%s) as GB18030, and say so at its <meta>', async (meta, written) => {
    const page = `<html><head>${meta}<title>某县人民政府办公室关于印发某县2024年就业工作要点的通知</title></head><body><p>${SEED.slice(0, 300).replace(/[\u2002\u00a0]/g, ' ')}</p></body></html>`;
    const d = await decode(gbk(page));
    expect([d.encoding, d.detectedBy, d.text]).toEqual(['gb18030', 'fallback', page]);
    const at = page.indexOf('<meta');
    expect(d.problems.map((p) => [p.ruleId, p.severity, p.message, p.byteOffset, p.textOffset])).toEqual([
      ['encoding-mismatch', 'warning', `the page declares ${written} but its bytes read as Chinese text only in GB18030; they were read as GB18030`, at, at],
    ]);
  });

  it('should read the Big5 bytes of a page that declares iso-8859-1 as Big5', async () => {
    const page = `<meta charset="iso-8859-1"><p>${readFileSync('fixtures/forms/traditional.txt', 'utf8').slice(0, 400).replace(/[\u2002\u00a0]/g, ' ')}</p>`;
    const d = await decode(iconv.encode(page, 'big5'));
    expect([d.encoding, d.text]).toEqual(['big5', page]);
    expect(d.problems.map((p) => [p.ruleId, p.message])).toEqual([
      ['encoding-mismatch', 'the page declares iso-8859-1 but its bytes read as Chinese text only in Big5 (traditional Chinese); they were read as Big5'],
    ]);
  });

  it('should keep a page really in its Western charset: accented letters, ©, curly quotes, stray high bytes', async () => {
    const pages: Array<[string, string]> = [
      ['iso-8859-1', '<meta charset="iso-8859-1"><p>Le conseil départemental a décidé de réformer les procédures. Les élèves étrangers reçoivent une aide. Ça coûte cher à l\'État.</p><p>©2024 Société Générale - naïve façade</p>'],
      ['windows-1252', '<meta charset="windows-1252"><p>“Größe” – Straße, Fußgängerzone, Mädchen; Þórður, Ísland… ©2024</p>'],
      ['iso-8859-1', '<meta charset="iso-8859-1"><p>Price: 5£ · 10¥ · 20€</p>'.replace('€', 'E')],
    ];
    for (const [charset, page] of pages) {
      const d = await decode(iconv.encode(page, charset));
      expect([d.encoding, d.detectedBy, d.text, d.problems]).toEqual([charset, 'declared', page, []]);
    }
  });

  it('should keep a page in its Western charset whose accented letters happen to pair up as GB18030, which reads them as no Chinese', async () => {
    // Every high byte is followed by a letter GB18030 takes as its second byte: the page reads cleanly as GB18030, as rare characters.
    const page = '<meta charset="iso-8859-1"><p>Une réunion: fêtes, crème brûlée, élèves, âme, Noël</p>';
    const bytes = iconv.encode(page, 'latin1');
    expect(iconv.decode(bytes, 'gb18030')).not.toContain('\uFFFD');
    const d = await decode(bytes);
    expect([d.encoding, d.detectedBy, d.text, d.problems]).toEqual(['iso-8859-1', 'declared', page, []]);
  });

  it('should keep the declared Western charset of a GBK page with too little Chinese to tell, with a note at its <meta> that it may be Chinese', async () => {
    const page = '<meta charset="iso-8859-1"><p>关于工作的通知</p>';
    const d = await decode(gbk(page));
    expect([d.encoding, d.detectedBy]).toEqual(['iso-8859-1', 'declared']);
    expect(d.problems.map((p) => [p.ruleId, p.severity, p.message, p.byteOffset])).toEqual([
      ['encoding-mismatch', 'info', 'the page declares iso-8859-1 and was read so, but its bytes read as a little Chinese text in GB18030 too: if it is Chinese, try --encoding gb18030', 0],
    ]);
  });

  it('should obey --encoding latin1 for GBK bytes, which is the user\'s word', async () => {
    const d = await decode(gbk(SEED.slice(0, 300)), { encoding: 'latin1' });
    expect([d.encoding, d.detectedBy, d.problems]).toEqual(['latin1', 'option', []]);
  });

  it('should keep the declared gb2312 of a page in simplified characters, and of one with too few Chinese words to tell', async () => {
    for (const body of [SEED.slice(0, 400).replace(/[\u2002\u00a0]/g, ' '), '科技局']) {
      const page = `<meta charset="gb2312"><p>${body}</p>`;
      const d = await decode(gbk(page));
      expect([d.encoding, d.detectedBy, d.text, d.problems]).toEqual(['gb18030', 'declared', page, []]);
    }
  });

  it('should keep the declared charset of a UTF-8 page with a damaged byte, which GB18030 would read as nonsense', async () => {
    // C0 C0 (a damaged character) is no UTF-8, but GB18030 reads it, and the UTF-8 characters around it in pairs, without an error.
    const body = '河东区科技局牵头，各街道办事处配合，确保各项任务落到实处。';
    const bytes = new Uint8Array([...utf8(`<meta charset="utf-8"><p>${body.slice(0, 10)}`), 0xc0, 0xc0, ...utf8(`${body.slice(11, 21)}</p>`)]);
    expect(iconv.decode(Buffer.from(bytes), 'gb18030')).not.toContain('\uFFFD');
    const d = await decode(bytes);
    expect([d.encoding, d.detectedBy]).toEqual(['utf-8', 'declared']);
    expect(d.problems.map((p) => [p.ruleId, p.byteOffset])).toEqual([['encoding-undecodable', 55], ['encoding-undecodable', 56]]);
  });

  it('should keep the declared charset when no other encoding reads every byte', async () => {
    const bytes = new Uint8Array([...utf8('<meta charset="utf-8"><p>区科技局'), 0xff, 0x3c, ...utf8('/p>')]);
    const d = await decode(bytes);
    expect([d.encoding, d.detectedBy]).toEqual(['utf-8', 'declared']);
    expect(d.problems.map((p) => p.ruleId)).toEqual(['encoding-undecodable']);
  });

  it('should not overrule an encoding given with --encoding, even when another reads every byte', async () => {
    const d = await decode(gbk('<meta charset="utf-8"><p>河东区科技局牵头。</p>'), { encoding: 'utf-8' });
    expect([d.encoding, d.detectedBy]).toEqual(['utf-8', 'option']);
    expect(d.problems[0]!.ruleId).toBe('encoding-undecodable');
  });

  it('should use --encoding whatever the content, and warn when UTF-8 bytes are read as something else', async () => {
    const forced = await decode(utf8('区科技局'), { encoding: 'gbk' });
    expect([forced.encoding, forced.detectedBy]).toEqual(['gb18030', 'option']);
    expect(forced.text).not.toBe('区科技局');
    expect(forced.problems.map((p) => p.ruleId)).toEqual(['encoding-mismatch']);
  });

  it('should warn when Big5 bytes are read as GB18030 on request, which reads them without an error', async () => {
    const bytes = iconv.encode(readFileSync('fixtures/forms/traditional.txt', 'utf8'), 'big5');
    const d = await decode(bytes, { encoding: 'gbk' });
    expect([d.encoding, d.detectedBy]).toEqual(['gb18030', 'option']);
    expect(d.problems.map((p) => [p.ruleId, p.severity, p.message])).toEqual([
      ['encoding-mismatch', 'warning', 'the input was decoded as GB18030 as requested, but it reads as Chinese text only in Big5 (traditional Chinese): try --encoding big5'],
    ]);
  });

  it('should warn when GBK bytes that Big5 reads without an error are read as Big5 on request', async () => {
    const bytes = gbk('各委办局，各街道办事处：现将计划印发给你们，请认真贯彻落实。'.repeat(3));
    const d = await decode(bytes, { encoding: 'big5' });
    expect(d.text).not.toContain('\uFFFD');
    expect(d.problems.map((p) => [p.ruleId, p.message])).toEqual([
      ['encoding-mismatch', 'the input was decoded as Big5 as requested, but it reads as Chinese text only in GB18030: try --encoding gb18030'],
    ]);
  });

  it.each([
    ['the traditional notice in Big5', 'big5'],
    ['the traditional notice in GBK', 'gbk'],
  ])('should not warn when %s is read as it is written', async (_what, written) => {
    const d = await decode(iconv.encode(readFileSync('fixtures/forms/traditional.txt', 'utf8'), written), { encoding: written });
    expect(d.problems).toEqual([]);
  });

  it('should map the labels browsers treat as GB18030, and the common spellings of the others', () => {
    expect(['gb2312', 'GBK', 'x-gbk', 'cp936', 'GB18030', '"gb2312"'].map(canonicalEncoding)).toEqual(Array(6).fill('gb18030'));
    expect(['UTF8', 'utf-8', 'utf-16', 'UTF-16BE', 'Big5-HKSCS'].map(canonicalEncoding)).toEqual(['utf-8', 'utf-8', 'utf-16le', 'utf-16be', 'big5']);
  });
});

describe('decode: bytes that cannot be read', () => {
  it('should give each undecodable place with its byte and text offset when GBK bytes are read as UTF-8', async () => {
    const bytes = gbk('2022年7月');
    const d = await decode(bytes, { encoding: 'utf-8', name: 'n.txt' });
    // 年 is C4 EA in GBK: C4 starts a two-byte UTF-8 sequence that EA does not continue; EA then
    // starts a three-byte sequence that 7 (0x37) does not continue; 月 (D4 C2) likewise.
    expect(d.text).toBe('2022\uFFFD\uFFFD7\uFFFD\uFFFD');
    expect(d.problems.map((p) => [p.ruleId, p.byteOffset, p.textOffset])).toEqual([
      ['encoding-undecodable', 4, 4],
      ['encoding-undecodable', 5, 5],
      ['encoding-undecodable', 7, 7],
      ['encoding-undecodable', 8, 8],
    ]);
    expect(d.problems[0]!.message).toBe(
      'byte 4 (0xC4) is not valid UTF-8; it was replaced by U+FFFD (decoded as requested); the input reads cleanly as GB18030: try --encoding gb18030',
    );
  });

  it('should name the encoding auto-detection reads the bytes in, not the first that reads them (Big5 is valid GB18030 too)', async () => {
    const bytes = iconv.encode(readFileSync('fixtures/forms/traditional.txt', 'utf8'), 'big5');
    const d = await decode(bytes, { encoding: 'utf-8' });
    expect(d.problems[0]!.message).toMatch(/^byte 0 \(0x[0-9A-F]{2}\) is not valid UTF-8; it was replaced by U\+FFFD \(decoded as requested\); the input reads cleanly as Big5: try --encoding big5$/);
    expect((await decode(bytes)).encoding).toBe('big5');
  });

  it('should name GB18030 for GBK bytes read as Big5 that Big5 cannot read', async () => {
    const d = await decode(gbk(SEED.replace(/[\u2002\u00a0]/g, ' ')), { encoding: 'big5' });
    expect(d.problems[0]!.message).toMatch(/; the input reads cleanly as GB18030: try --encoding gb18030$/);
  });

  it('should count byte offsets from the start of the file and text offsets after the byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('区科'), 0xff, ...utf8('技局')]);
    const d = await decode(bytes);
    expect(d.text).toBe('区科\uFFFD技局');
    expect(d.problems.map((p) => [p.byteOffset, p.textOffset])).toEqual([[9, 2]]);
  });

  it('should report a truncated last character and unpaired surrogates in UTF-16', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...utf16le('区'), 0x00, 0xd8, ...utf16le('局'), 0x41]);
    const d = await decode(bytes);
    expect(d.text).toBe('区\uFFFD局\uFFFD');
    expect(d.problems.map((p) => [p.ruleId, p.byteOffset, p.textOffset])).toEqual([
      ['encoding-undecodable', 4, 1],
      ['encoding-truncated', 8, 3],
    ]);
  });

  it('should report a character cut off by the end of the input as an error in UTF-8, UTF-16 and GB18030 alike', async () => {
    const cut = (bytes: Uint8Array, drop: number): Uint8Array => bytes.subarray(0, bytes.length - drop);
    const inputs: Array<[string, Uint8Array, string]> = [
      ['utf-8', cut(utf8('区科技局'), 1), 'utf-8'],
      ['utf-8, one lead byte', cut(utf8('区科技局'), 2), 'utf-8'],
      ['utf-16le', new Uint8Array([0xff, 0xfe, ...cut(utf16le('区科技局'), 1)]), 'utf-16le'],
      ['gb18030', new Uint8Array([...gbk('区科技局'), 0xb2]), 'gb18030'],
    ];
    for (const [, bytes, encoding] of inputs) {
      const d = await decode(bytes, { encoding });
      expect(d.problems.map((p) => [p.ruleId, p.severity])).toEqual([['encoding-truncated', 'error']]);
    }
  });

  it('should keep a wrong byte at the very end an undecodable byte, not a cut character', async () => {
    const d = await decode(new Uint8Array([...utf8('区科技局'), 0x80]), { encoding: 'utf-8' });
    expect(d.problems.map((p) => p.ruleId)).toEqual(['encoding-undecodable']);
  });

  it('should report GB18030 bytes that map to nothing, which iconv-lite alone would turn into stray surrogates', async () => {
    const bytes = new Uint8Array([...gbk('区'), 0xe4, 0x32, 0x81, 0x30, ...gbk('局')]);
    const d = await decode(bytes, { encoding: 'gb18030' });
    expect(d.text).toBe('区\uFFFD局');
    expect(d.problems.map((p) => [p.byteOffset, p.textOffset])).toEqual([[2, 1]]);
  });

  it('should summarise after twenty places instead of listing thousands', async () => {
    const d = await decode(gbk('科技'.repeat(100)), { encoding: 'utf-8' });
    expect(d.problems).toHaveLength(21);
    expect(d.problems[20]!.message).toMatch(/^\d+ more places are not valid UTF-8, from byte \d+; is the encoding right\?/);
  });

  it('should locate undecodable bytes in encodings it has no scanner for (Big5)', async () => {
    const bytes = new Uint8Array([...iconv.encode('科技', 'big5'), 0xff, ...iconv.encode('局', 'big5')]);
    const d = await decode(bytes, { encoding: 'big5' });
    expect(d.text).toBe('科技\uFFFD局');
    expect(d.problems.map((p) => [p.byteOffset, p.textOffset])).toEqual([[4, 2]]);
  });

  it('should decode exactly as the WHATWG decoder does, with one problem per U+FFFD (UTF-8)', async () => {
    await fc.assert(
      // Bytes of text: no C0 controls but line breaks, which would be refused as binary.
      fc.asyncProperty(fc.array(fc.oneof(fc.constant(0x0a), fc.integer({ min: 0x20, max: 0xff })), { maxLength: 64 }), async (list) => {
        const bytes = new Uint8Array(list);
        const d = await decode(bytes, { encoding: 'utf-8' });
        const expected = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, '');
        expect(d.text).toBe(expected);
        const replaced = [...d.text].filter((c) => c === '\uFFFD').length;
        // A character cut off by the end is encoding-truncated: one problem per U+FFFD still, of either id.
        expect(d.problems.filter((p) => p.ruleId === 'encoding-undecodable' || p.ruleId === 'encoding-truncated').length).toBe(Math.min(replaced, 20) + (replaced > 20 ? 1 : 0));
        for (const p of d.problems.slice(0, 20)) expect(d.text[p.textOffset]).toBe('\uFFFD');
      }),
      { numRuns: 500 },
    );
  });

  it('should put one U+FFFD where the WHATWG GB18030 decoder does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(0x20, 0x30, 0x39, 0x41, 0x7f, 0x80, 0x81, 0x84, 0x90, 0xa1, 0xd6, 0xd0, 0xe3, 0xe4, 0xfe, 0xff), { maxLength: 40 }), async (list) => {
        const bytes = new Uint8Array(list);
        const d = await decode(bytes, { encoding: 'gb18030' });
        const expected = new TextDecoder('gb18030').decode(bytes);
        // Offsets in UTF-16 code units, as the model counts them (a four-byte sequence may give two).
        const holes = (s: string): number[] => s.split('').flatMap((c, i) => (c === '\uFFFD' ? [i] : []));
        expect(holes(d.text)).toEqual(holes(expected));
        expect(d.problems.filter((p) => p.ruleId === 'encoding-undecodable' || p.ruleId === 'encoding-truncated').map((p) => p.textOffset)).toEqual(holes(d.text).slice(0, 20));
      }),
      { numRuns: 500 },
    );
  });
});

describe('decode: what is not text', () => {
  const refusal = async (bytes: Uint8Array, options = {}): Promise<string> => {
    try {
      await decode(bytes, { name: 'x', ...options });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  it('should refuse known binary formats by their signature, even with --encoding', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refusal(png)).toBe('x: this is a PNG image, not a text notice');
    expect(await refusal(png, { encoding: 'utf-8' })).toBe('x: this is a PNG image, not a text notice');
    expect(await refusal(utf8('%PDF-1.7\n'))).toMatch(/a PDF file/);
    expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0]))).toMatch(/ZIP archive \(a \.docx/);
  });

  it('should refuse NUL bytes that are not UTF-16, and text full of control bytes', async () => {
    expect(await refusal(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x13, 0x37, 0x00, 0xff]))).toMatch(/^x: binary data \(a NUL byte at offset 1\)/);
    expect(await refusal(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 0x41))))).toBe('x: binary data (control bytes), not a text notice');
  });

  it('should refuse a NUL byte anywhere in the input, not only in its first kilobytes', async () => {
    const late = utf8(`${SEED}\u0000${SEED}`);
    const at = utf8(SEED).length;
    expect(await refusal(late)).toBe(`x: binary data (a NUL byte at offset ${at}), not a text notice`);
    expect(await refusal(utf8(`${SEED}\u0000`), { encoding: 'gb18030' })).toBe(`x: binary data (a NUL byte at offset ${at}), not a text notice`);
  });

  it('should refuse a NUL character in UTF-16 text, whose bytes have NULs by nature', async () => {
    const bom = new Uint8Array([0xff, 0xfe, ...utf16le(`${SEED}\u0000尾`)]);
    expect(await refusal(bom)).toBe(`x: binary data (a NUL character at text offset ${SEED.length}), not a text notice`);
    expect((await decode(utf16le(SEED))).encoding).toBe('utf-16le');
  });

  it('should say that UTF-16 asked to be read as GBK or UTF-8 is UTF-16, rather than binary data', async () => {
    const bom = new Uint8Array([0xff, 0xfe, ...utf16le(SEED)]);
    expect(await refusal(bom, { encoding: 'gbk' })).toBe('x: the input starts with a UTF-16LE byte-order mark; as GB18030 its NUL bytes read as binary data: try --encoding utf-16le, or leave --encoding out');
    expect(await refusal(utf16be(SEED), { encoding: 'utf-8' })).toBe('x: the input reads as UTF-16BE; as UTF-8 its NUL bytes read as binary data: try --encoding utf-16be, or leave --encoding out');
    // Bytes that are no UTF-16 keep the plain refusal.
    expect(await refusal(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x13, 0x37, 0x00, 0xff]), { encoding: 'gbk' })).toMatch(/^x: binary data \(a NUL byte at offset 1\)/);
  });

  it('should refuse an encoding it does not know', async () => {
    expect(await refusal(utf8('abc'), { encoding: 'klingon' })).toBe('x: unknown encoding "klingon"');
  });
});
