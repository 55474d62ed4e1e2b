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
