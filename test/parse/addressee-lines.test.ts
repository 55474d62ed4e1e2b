import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const TITLE = '某区人民政府办公室关于印发某区促进消费三年行动方案（2024—2026年）的通知';
const BODY = '现将《某区促进消费三年行动方案（2024—2026年）》印发给你们，请认真贯彻执行。';
const SIGNED = ['某区人民政府办公室', '2024年3月1日'];

/** A short notice whose addressees are the given lines, as text (each line a line). */
const text = (lines: readonly string[], sep = '\n'): string => [TITLE, '', lines.join(sep), BODY, '', ...SIGNED].join('\n');
/** The same as a page, each line a paragraph. */
const html = (paragraphs: readonly string[]): string =>
  `<html><body><h1>${TITLE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}<p>${BODY}</p>${SIGNED.map((s) => `<p style="text-align:right">${s}</p>`).join('')}</body></html>`;
/** The same as Markdown, each line a paragraph of its own. */
const markdown = (paragraphs: readonly string[]): string => [`# ${TITLE}`, '', ...paragraphs.flatMap((p) => [p, '']), BODY, '', SIGNED[0], '', SIGNED[1], ''].join('\n');

const ALL = ['各镇人民政府', '各街道办事处', '区政府各委、办、局', '区各直属机构', '各有关单位'];

describe('an addressee list wrapped over several lines', () => {
  const cases: Array<[string, string[]]> = [
    ['cut inside a name', ['各镇人民政府、街道办事处，区政府各委、办、局，区各直属', '机构，各有关单位：']],
    ['cut after a comma', ['各镇人民政府、街道办事处，区政府各委、办、局，', '区各直属机构，各有关单位：']],
    ['cut after a 、', ['各镇人民政府、', '街道办事处，区政府各委、办、局，区各直属机构，各有关单位：']],
    ['cut at a whole name without its comma', ['各镇人民政府、街道办事处，区政府各委、办、局，区各直属机构', '各有关单位：']],
    ['over three lines', ['各镇人民政府、街道办事处，', '区政府各委、办、局，区各直属机构，', '各有关单位：']],
  ];

  it.each(cases)('should read a list %s in text as one list', (_how, lines) => {
    return parseNotice(text(lines)).then((doc) => {
      expect(doc.notice?.addressees).toEqual(ALL);
      expect(doc.notice?.body.map((p) => p.text)).toEqual([BODY]);
    });
  });

  it.each(cases)('should read a list %s over paragraphs of a page as one list', async (_how, lines) => {
    const doc = await parseNotice(html(lines), { name: 'notice.html' });
    expect(doc.notice?.addressees).toEqual(ALL);
    expect(doc.notice?.body.map((p) => p.text)).toEqual([BODY]);
  });

  it.each(cases)('should read a list %s over Markdown paragraphs as one list', async (_how, lines) => {
    const doc = await parseNotice(markdown(lines), { format: 'markdown' });
    expect(doc.notice?.addressees).toEqual(ALL);
    expect(doc.notice?.body.map((p) => p.text)).toEqual([BODY]);
  });

  it('should read a line of a page broken by <br> at a whole name as the list going on', async () => {
    const page = html(['各镇人民政府、街道办事处，区政府各委、办、局，区各直属机构<br>各有关单位：']);
    const doc = await parseNotice(page, { name: 'notice.html' });
    expect(doc.notice?.addressees).toEqual(ALL);
  });

  it('should read names of bodies the genre adds to a list (人民团体, 群团组织, 民主党派)', async () => {
    const doc = await parseNotice(text(['各镇人民政府、街道办事处，区政府各委、办、局，', '各人民团体，各群团组织，各民主党派，', '各有关单位：']));
    expect(doc.notice?.addressees).toEqual(['各镇人民政府', '各街道办事处', '区政府各委、办、局', '各人民团体', '各群团组织', '各民主党派', '各有关单位']);
  });

  it('should give the names after a 、 at the cut the 各 and place of the names before it', async () => {
    const doc = await parseNotice(html(['各乡镇党委、', '人民政府，县直各单位：']), { name: 'notice.html' });
    expect(doc.notice?.addressees).toEqual(['各乡镇党委', '各乡镇人民政府', '县直各单位']);
  });

  it('should read a wrapped list in a notice in traditional characters', async () => {
    const page = [
      '<html><body><h1>某區人民政府辦公室關於印發某區促進消費三年行動方案（2024—2026年）的通知</h1>',
      '<p>各鎮人民政府、街道辦事處，區政府各委、辦、局，區各直屬</p><p>機構，各有關單位：</p>',
      '<p>現將《某區促進消費三年行動方案（2024—2026年）》印發給你們，請認真貫徹執行。</p>',
      '<p>某區人民政府辦公室</p><p>2024年3月1日</p></body></html>',
    ].join('');
    const doc = await parseNotice(page, { name: 'notice.html' });
    expect(doc.notice?.addressees).toEqual(['各鎮人民政府', '各街道辦事處', '區政府各委、辦、局', '區各直屬機構', '各有關單位']);
  });

  it.each([
    ['a sentence ending with a comma', ['为推动科技创新，', '各部门：']],
    ['an issuer\'s line', ['某区人民政府办公室', '各镇人民政府：']],
    ['a line of prose', ['各镇人民政府要高度重视，', '各部门：']],
  ])('should not take %s over a line ending with a colon for the start of a list', async (_what, lines) => {
    const doc = await parseNotice(html(lines), { name: 'notice.html' });
    expect(doc.notice?.addressees ?? []).not.toContain(lines[0]!.replace(/，$/, ''));
    expect(doc.notice?.body.map((p) => p.text)).toContain(lines[0]);
  });
});

describe('an addressee list without its closing colon', () => {
  const missing = (d: { ruleId: string }): boolean => d.ruleId === 'addressees-colon-missing';

  it.each([
    ['text', (lines: string[]) => parseNotice(text(lines)), 3],
    ['a page', (lines: string[]) => parseNotice(html(lines), { name: 'notice.html' }), 1],
    ['Markdown', (lines: string[]) => parseNotice(markdown(lines), { format: 'markdown' }), 3],
  ])('should read the names right above the text as the addressees in %s and say the colon is missing', async (_form, parse, line) => {
    const doc = await parse(['各区人民政府，市政府各委、办、局']);
    expect(doc.notice?.addressees).toEqual(['各区人民政府', '市政府各委、办、局']);
    expect(doc.notice?.body.map((p) => p.text)).toEqual([BODY]);
    const found = doc.diagnostics.filter(missing);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', line });
  });

  it('should read such a list above a text that opens with 通知如下：', async () => {
    const doc = await parseNotice([TITLE, '', '各区人民政府，市政府各委、办、局', '现将有关事项通知如下：', '一、加强组织领导。', '', ...SIGNED].join('\n'));
    expect(doc.notice?.addressees).toEqual(['各区人民政府', '市政府各委、办、局']);
    expect(doc.diagnostics.filter(missing)).toHaveLength(1);
  });

  it('should read such a list wrapped over two lines', async () => {
    const doc = await parseNotice(text(['各区人民政府，', '市政府各委、办、局，各有关单位']));
    expect(doc.notice?.addressees).toEqual(['各区人民政府', '市政府各委、办、局', '各有关单位']);
    expect(doc.diagnostics.filter(missing)).toHaveLength(1);
  });

  it('should read it with half-width commas and in traditional characters', async () => {
    const doc = await parseNotice(html(['各區人民政府,市政府各委、辦、局']), { name: 'notice.html' });
    expect(doc.notice?.addressees).toEqual(['各區人民政府', '市政府各委、辦、局']);
  });

  it.each([
    ['more than names', '各区人民政府，市政府各委、办、局和驻区各单位积极参与'],
    ['a name the parser does not know for a body\'s', '各区人民政府，市政府各委、办、局，各大型国企'],
  ])('should leave a line that opens as a list but holds %s as the text, and say so', async (_what, line) => {
    const doc = await parseNotice(text([line]));
    expect(doc.notice?.addressees).toEqual([]);
    expect(doc.notice?.body[0]?.text).toBe(line);
    expect(doc.diagnostics.filter(missing)).toHaveLength(1);
  });

  it.each([
    ['an organ\'s name alone (an issuer\'s line)', ['某区人民政府办公室']],
    ['an issuer\'s line over a line of names', ['某区人民政府办公室', '各镇人民政府']],
    ['a sentence that opens with 各', ['各镇人民政府要高度重视，切实加强组织领导']],
    ['a date under the title', ['（2024年3月1日）']],
    ['a sentence ending in a full stop', ['各区人民政府，市政府各委、办、局要认真落实。']],
  ])('should not read %s as addressees, nor warn', async (_what, lines) => {
    const doc = await parseNotice(text(lines));
    expect(doc.notice?.addressees ?? []).toEqual([]);
    expect(doc.diagnostics.filter(missing)).toEqual([]);
  });

  it('should not warn about a list that ends with its colon', async () => {
    const doc = await parseNotice(text(['各区人民政府，市政府各委、办、局：']));
    expect(doc.notice?.addressees).toEqual(['各区人民政府', '市政府各委、办、局']);
    expect(doc.diagnostics.filter(missing)).toEqual([]);
  });
});
