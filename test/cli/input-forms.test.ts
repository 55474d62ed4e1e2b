import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.js';

const FORMS = 'fixtures/forms';
const dir = mkdtempSync(join(tmpdir(), 'plan-forms-'));

function model(r: CliResult): { source: { format: string; encoding: string }; plan: { tasks: unknown[]; sections: unknown[] }; diagnostics: Array<{ ruleId: string; message: string; line: number; column: number }> } {
  expect(r.stdout).not.toBe('');
  return JSON.parse(r.stdout);
}

/** One line on stderr, exit 2, nothing on stdout, no stack trace. */
function expectRefusal(r: CliResult, message: RegExp): void {
  expect([r.status, r.stdout]).toEqual([2, '']);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('plan parse: input forms and encodings', () => {
  it('should choose the adapter by extension and report the encoding it used', () => {
    const html = model(runCli(['parse', `${FORMS}/district-page.html`]));
    const md = model(runCli(['parse', `${FORMS}/collection.md`]));
    const utf16 = model(runCli(['parse', `${FORMS}/utf16le-bom-crlf.txt`]));
    expect([html.source, md.source, utf16.source].map((s) => [s.format, s.encoding])).toEqual([
      ['html', 'gb18030'],
      ['markdown', 'utf-8'],
      ['text', 'utf-16le'],
    ]);
    expect([html, md, utf16].map((d) => d.plan.tasks.length)).toEqual([20, 20, 20]);
  });

  it('should choose the adapter by content on standard input and for unknown extensions', () => {
    const html = model(runCli(['parse', '-'], { input: readFileSync(`${FORMS}/district-page.html`) }));
    const md = model(runCli(['parse', '-'], { input: readFileSync(`${FORMS}/collection.md`) }));
    const page = join(dir, 'notice.do');
    writeFileSync(page, readFileSync(`${FORMS}/district-page.html`));
    const unknown = model(runCli(['parse', page]));
    expect([html, md, unknown].map((d) => d.source.format)).toEqual(['html', 'markdown', 'html']);
  });

  it('should read a whole saved page named .txt as HTML', () => {
    const file = join(dir, 'saved-page.txt');
    writeFileSync(file, readFileSync(`${FORMS}/district-page.html`));
    expect(model(runCli(['parse', file])).source.format).toBe('html');
  });

  it('should force the adapter with --from', () => {
    const md = model(runCli(['parse', `${FORMS}/collection.md`]));
    const doc = model(runCli(['parse', '--from', 'text', `${FORMS}/collection.md`]));
    expect(doc.source.format).toBe('text');
    // Read as text, `## 一、总体要求` and `### (一)…` are no outline markers: no task groups.
    expect([md.plan.sections.length, doc.plan.sections.length]).toEqual([6, 0]);
    expectRefusal(runCli(['parse', '--from', 'pdf', `${FORMS}/collection.md`]), /^plan: .*pdf.*\(see plan --help\)$/);
  });

  it('should decode with --encoding and name the encoding an unknown label is not', () => {
    const doc = model(runCli(['parse', '--encoding', 'gb2312', `${FORMS}/gb18030.txt`]));
    expect(doc.source.encoding).toBe('gb18030');
    expectRefusal(runCli(['parse', '--encoding', 'klingon', `${FORMS}/gb18030.txt`]), /^plan: fixtures\/forms\/gb18030\.txt: unknown encoding "klingon"$/);
  });

  it('should fail loudly when GBK bytes are forced to be UTF-8: the decoding problem with its byte offset, exit 2', () => {
    expectRefusal(
      runCli(['parse', '--encoding', 'utf-8', `${FORMS}/gb18030.txt`]),
      /^plan: fixtures\/forms\/gb18030\.txt: byte 0 \(0xCC\) is not valid UTF-8; .*try --encoding gb18030; .*does not read as a policy notice$/,
    );
  });

  it('should fail loudly when UTF-8 is forced to be GB18030, which decodes without a single error', () => {
    expectRefusal(runCli(['parse', '--encoding', 'gbk', 'fixtures/hedong-2022.txt']), /^plan: fixtures\/hedong-2022\.txt: .*try --encoding utf-8; .*does not read as a policy notice$/);
  });

  it.each([
    ['utf-8', /^plan: .*big5\.txt: byte 0 \(0x..\) is not valid UTF-8; .*the input reads cleanly as Big5: try --encoding big5; .*does not read as a policy notice$/],
    ['gbk', /^plan: .*big5\.txt: the input was decoded as GB18030 as requested, but it reads as Chinese text only in Big5 \(traditional Chinese\): try --encoding big5; .*does not read as a policy notice$/],
  ])('should name Big5 when a Big5 notice is forced to be %s', (encoding, message) => {
    const file = join(dir, 'big5.txt');
    writeFileSync(file, iconv.encode(readFileSync(`${FORMS}/traditional.txt`, 'utf8'), 'big5'));
    expectRefusal(runCli(['parse', '--encoding', encoding, file]), message);
  });

  it('should parse a notice with a few damaged bytes, list each with its byte offset, say so on stderr and exit 1', () => {
    const bytes = readFileSync('fixtures/hedong-2022.txt');
    const at = bytes.indexOf(Buffer.from('区科技局'));
    const damaged = join(dir, 'damaged.txt');
    writeFileSync(damaged, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at + 1)]));
    const r = runCli(['parse', damaged]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`plan: ${damaged}: byte ${at} (0xFF) is not valid UTF-8; it was replaced by U+FFFD (2 more decoding problems in the diagnostics)\n`);
    const io = model(r).diagnostics.filter((d) => d.ruleId === 'encoding-undecodable');
    expect(io.map((d) => d.message.replace(/ \(0x..\).*/, ''))).toEqual([`byte ${at}`, `byte ${at + 1}`, `byte ${at + 2}`]);
  });

  it('should parse a GBK page that declares gb2312 without any decoding diagnostic', () => {
    const r = runCli(['parse', `${FORMS}/district-page.html`]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(model(r).diagnostics.map((d) => d.ruleId)).toEqual(['annex-unit-unclosed']);
  });

  it.each([
    ['GBK bytes under a declared utf-8', 'utf-8', 'gb18030', 'the page declares utf-8 but its bytes are not utf-8; they read cleanly as GB18030 and were read as GB18030'],
    ['UTF-8 bytes under a declared gb2312', 'gb2312', 'utf-8', 'the page declares gb2312 but its bytes are UTF-8; it was read as UTF-8'],
    ['GBK bytes under a declared iso-8859-1', 'iso-8859-1', 'gb18030', 'the page declares iso-8859-1 but its bytes read as Chinese text only in GB18030; they were read as GB18030'],
    ['GBK bytes under a declared windows-1252', 'windows-1252', 'gb18030', 'the page declares windows-1252 but its bytes read as Chinese text only in GB18030; they were read as GB18030'],
  ])('should read a page whose charset lies (%s) in its bytes\' encoding, warn on stderr and exit 0', (_what, declared, written, message) => {
    const page = join(dir, `lying-${declared}.html`);
    const html = iconv.decode(readFileSync(`${FORMS}/district-page.html`), 'gb18030').replace('charset="gb2312"', `charset="${declared}"`);
    writeFileSync(page, iconv.encode(html, written));
    const r = runCli(['parse', page]);
    expect([r.status, r.stderr]).toEqual([0, `plan: ${page}: ${message}\n`]);
    const doc = model(r);
    expect([doc.source.encoding, doc.plan.tasks.length]).toEqual([written, 20]);
    expect(doc.diagnostics.filter((d) => d.ruleId.startsWith('encoding-')).map((d) => d.ruleId)).toEqual(['encoding-mismatch']);
  });

  it.each([
    ['with enough Chinese to tell, read as GB18030', '<p>关于进一步做好全县政务公开工作有关事项的说明：各单位要按照统一部署，认真组织开展自查，及时更新公开内容，确保信息准确完整。</p>', 'the page declares iso-8859-1 but its bytes read as Chinese text only in GB18030; they were read as GB18030'],
    ['with too little Chinese to tell, kept in iso-8859-1', '<p>工作的说明</p>', 'the page declares iso-8859-1 and was read so, but its bytes read as a little Chinese text in GB18030 too: if it is Chinese, try --encoding gb18030'],
  ])('should refuse a GBK page under a declared iso-8859-1 that is no notice (%s) with the decoding problem leading', (_what, body, cause) => {
    const page = join(dir, 'western-no-notice.html');
    writeFileSync(page, iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>${body}</body></html>`, 'gbk'));
    expectRefusal(runCli(['parse', page]), new RegExp(`^plan: ${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${cause.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; no header, notice title or numbered items found: this does not read as a policy notice$`));
  });

  it('should read a page really in iso-8859-1 as declared, with no decoding word', () => {
    const page = join(dir, 'western.html');
    writeFileSync(page, iconv.encode('<html><head><meta charset="iso-8859-1"><title>Café</title></head><body><p>Le conseil a décidé.</p></body></html>', 'latin1'));
    expectRefusal(runCli(['parse', page]), /^plan: .*western\.html: no header, notice title or numbered items found: this does not read as a policy notice$/);
  });

  it('should not overrule --encoding: GBK bytes forced to be UTF-8 stay an error (exit 1), whatever the page declares', () => {
    const page = join(dir, 'lying-forced.html');
    const html = iconv.decode(readFileSync(`${FORMS}/district-page.html`), 'gb18030').replace('charset="gb2312"', 'charset="utf-8"');
    writeFileSync(page, iconv.encode(html, 'gb18030'));
    const r = runCli(['parse', '--encoding', 'utf-8', page]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^plan: .*lying-forced\.html: byte \d+ \(0x..\) is not valid UTF-8; .*try --encoding gb18030 \(\d+ more decoding problems in the diagnostics\)\n$/);
    expect(model(r).source.encoding).toBe('utf-8');
  });

  it('should refuse a PNG, with or without --encoding, in one line', () => {
    const png = join(dir, 'scan.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    expectRefusal(runCli(['parse', png]), /^plan: .*scan\.png: this is a PNG image, not a text notice$/);
    expectRefusal(runCli(['parse', '--encoding', 'utf-8', png]), /^plan: .*scan\.png: this is a PNG image, not a text notice$/);
  });

  it('should read a traditional-character page in Big5 by its declared charset', async () => {
    const { Converter } = await import('opencc-js');
    const page = join(dir, 'big5.html');
    const simplified = iconv.decode(readFileSync(`${FORMS}/district-page.html`), 'gb18030').replace('charset="gb2312"', 'charset="big5"');
    const html = Converter({ from: 'cn', to: 'tw' })(simplified);
    expect(iconv.decode(iconv.encode(html, 'big5'), 'big5')).toBe(html);
    writeFileSync(page, iconv.encode(html, 'big5'));
    const doc = model(runCli(['parse', page]));
    expect([doc.source.format, doc.source.encoding, doc.plan.tasks.length]).toEqual(['html', 'big5', 20]);
  });
});
