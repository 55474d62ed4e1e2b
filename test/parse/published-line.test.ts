import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const TITLE = '某区人民政府办公室关于印发某区节水行动方案的通知';
const BODY = ['各街道办事处，区政府各部门：', '', '现将《某区节水行动方案》印发给你们，请认真贯彻落实。', '', '某区人民政府办公室', '2024年3月15日'];
const page = (...top: string[]): string => [...top, '', ...BODY].join('\n');

describe('a publication date printed outside the header', () => {
  it.each([
    ['under the title', page(TITLE, '', '发布时间：2024-03-18'), '2024-03-18'],
    ['in Chinese', page(TITLE, '', '发布日期：2024年3月18日'), '2024-03-18'],
    ['with a time of day', page(TITLE, '', '发布时间：2024-03-18 10:22'), '2024-03-18'],
    ['with seconds and a full-width colon and spaces', page(TITLE, '', '发 布 时 间 ： 2024-03-18 10:22:05'), '2024-03-18'],
    ['above the title', page('发布时间：2024-03-18 10:22', '', TITLE), '2024-03-18'],
    ['in the tool bar', page(TITLE, '', '发布时间：2024-03-18　来源：区政府办公室　浏览次数：356'), '2024-03-18'],
    ['in a tool bar that names the source first', page(TITLE, '', '来源：区政府办　发布时间：2024-03-12 10:21　浏览量：1234'), '2024-03-12'],
  ])('should give the publication date from a line %s', async (_where, text, date) => {
    const doc = await parseNotice(text);
    expect(doc.metadata.publishedDate).toBe(date);
    expect(doc.metadata.position).toBeNull();
    expect(doc.notice?.title).toBe(TITLE);
    expect(doc.notice?.addressees).toEqual(['各街道办事处', '区政府各部门']);
    expect(doc.notice?.body.some((p) => p.text.includes('发布'))).toBe(false);
  });

  it('should keep the line as written among the metadata fields, at its place', async () => {
    const doc = await parseNotice(page(TITLE, '', '发布时间：2024-03-18 10:22'));
    expect(doc.metadata.fields.map((f) => [f.label, f.key, f.value, f.position.start.line])).toEqual([['发布时间', 'publishedDate', '2024-03-18 10:22', 3]]);
  });

  it('should keep the date of a header that has one', async () => {
    const header = ['名称：某区节水行动方案', '索引号：11120102MB1715518C/2024-00011', '发布日期：2024-03-20'];
    const doc = await parseNotice(page(...header, '', TITLE, '', '发布时间：2024-03-18　来源：区政府办公室'));
    expect(doc.metadata.publishedDate).toBe('2024-03-20');
  });

  it.each([
    ['a date that is no date', page(TITLE, '', '发布时间：2024-02-30')],
    ['more than a date after the label', page(TITLE, '', '发布时间：2024-03-18 区政府办公室')],
    ['a label that is not the publication', page(TITLE, '', '实施日期：2024-03-18')],
    ['a line in the text', [TITLE, '', ...BODY.slice(0, 3), '', '发布日期：2024-03-18', '', ...BODY.slice(3)].join('\n')],
  ])('should give no publication date for %s', async (_what, text) => {
    expect((await parseNotice(text)).metadata.publishedDate).toBeNull();
  });
});

describe('a line under the title holding the document number beside the page fields', () => {
  const NUMBER = '某区府办〔2024〕21号';
  it.each([
    ['after spaces', `${NUMBER}　　发布日期：2024-03-18`],
    ['after a bar', `${NUMBER} | 发布时间：2024年3月18日`],
    ['with the date first', `发布日期：2024-03-18　　${NUMBER}`],
    ['beside the source and a counter', `${NUMBER}　来源：某区人民政府办公室　发布时间：2024-03-18 10:22　浏览次数：12`],
    ['with the reading tools closing the line', `${NUMBER}　　发布时间：2024-03-18　　【 大 中 小 】`],
    ['run together with the date, as separate elements of a page come out', `${NUMBER}发布日期：2024-03-18`],
  ])('should read the number as the notice\'s and the date as the publication date, %s', async (_how, line) => {
    const doc = await parseNotice(page(TITLE, '', line));
    expect(doc.notice?.documentNumber?.raw).toBe(NUMBER);
    expect(doc.metadata.documentNumber?.raw).toBe(NUMBER);
    expect(doc.metadata.publishedDate).toBe('2024-03-18');
    expect(doc.notice?.addressees).toEqual(['各街道办事处', '区政府各部门']);
    expect(doc.notice?.body.map((p) => p.text)).toEqual(['现将《某区节水行动方案》印发给你们，请认真贯彻落实。']);
    expect(doc.chrome).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('should place the number and the date each at its own span of the line', async () => {
    const doc = await parseNotice(page(TITLE, '', `${NUMBER}　　发布日期：2024-03-18`));
    expect(doc.notice?.documentNumberPosition).toMatchObject({ start: { line: 3, column: 1 }, end: { line: 3, column: 14 } });
    expect(doc.metadata.fields.map((f) => [f.label, f.key, f.value, f.position.start.column, f.position.end.column])).toEqual([['发布日期', 'publishedDate', '2024-03-18', 16, 31]]);
  });

  it('should read the number beside a source without a date, and give no publication date', async () => {
    const doc = await parseNotice(page(TITLE, '', `${NUMBER}　　来源：某区人民政府办公室`));
    expect(doc.notice?.documentNumber?.raw).toBe(NUMBER);
    expect(doc.metadata.publishedDate).toBeNull();
    expect(doc.notice?.body.map((p) => p.text)).toEqual(['现将《某区节水行动方案》印发给你们，请认真贯彻落实。']);
  });

  it('should read it from an HTML page whose number and date stand in elements of their own', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><div class="tit">${TITLE}</div>
<div class="info"><span>${NUMBER}</span><span>发布日期：2024-03-18</span></div>
<div class="txt"><p>各街道办事处，区政府各部门：</p><p>现将《某区节水行动方案》印发给你们，请认真贯彻落实。</p>
<p style="text-align:right">某区人民政府办公室</p><p style="text-align:right">2024年3月15日</p></div></body></html>`;
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.notice?.documentNumber?.raw).toBe(NUMBER);
    expect(doc.metadata.publishedDate).toBe('2024-03-18');
    expect(doc.notice?.addressees).toEqual(['各街道办事处', '区政府各部门']);
  });

  it('should keep the date of a header that has one', async () => {
    const header = ['名称：某区节水行动方案', '索引号：11120102MB1715518C/2024-00011', '发布日期：2024-03-20'];
    const doc = await parseNotice(page(...header, '', TITLE, '', `${NUMBER}　　发布日期：2024-03-18`));
    expect(doc.metadata.publishedDate).toBe('2024-03-20');
    expect(doc.notice?.documentNumber?.raw).toBe(NUMBER);
  });

  it('should read a labelled number beside the date as the header\'s fields, not as a font-size bar (发文字号：中…)', async () => {
    const doc = await parseNotice(page('某市人民政府办公室关于印发某市节水行动方案的通知', '', '发文字号：中府办〔2024〕21号　　发布时间：2024-03-18'));
    expect(doc.metadata.documentNumber?.raw).toBe('中府办〔2024〕21号');
    expect(doc.metadata.publishedDate).toBe('2024-03-18');
    expect(doc.chrome).toEqual([]);
  });

  it('should read a tool bar whose fields include the labelled number as the header, the number kept', async () => {
    const doc = await parseNotice(page(TITLE, '', `发布时间：2024-03-18　来源：某区人民政府办公室　文号：${NUMBER}　浏览次数：12`));
    expect(doc.metadata.documentNumber?.raw).toBe(NUMBER);
    expect(doc.metadata.publishedDate).toBe('2024-03-18');
    expect(doc.notice?.body.map((p) => p.text)).toEqual(['现将《某区节水行动方案》印发给你们，请认真贯彻落实。']);
  });

  it.each([
    ['a bare date, which may be the document\'s own', `${NUMBER}　　2024-03-18`],
    ['words that are no field', `${NUMBER}　　发布日期：2024-03-18　　请各单位认真落实`],
    ['two numbers', `${NUMBER}　某区府办〔2024〕22号　发布日期：2024-03-18`],
  ])('should not read a publication date beside the number with %s', async (_what, line) => {
    const doc = await parseNotice(page(TITLE, '', line));
    expect(doc.metadata.publishedDate).toBeNull();
  });
});
