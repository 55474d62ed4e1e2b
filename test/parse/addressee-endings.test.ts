import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { labelGoesOn, wrapsInto, type WrapLine } from '../../src/source/line-wrap.js';
import { validateDocument } from '../../src/validate/validate.js';

const line = (text: string): WrapLine => ({ text });

/** A short notice with no blank lines, its addressees on the line under its title. */
const notice = (addressees: string): string =>
  ['某市商务局关于印发《某措施》的通知', addressees, '现将《某措施》印发给你们，请遵照执行。', '某市商务局', '2026年4月2日'].join('\n');

describe('addressees ending in a word that is also a role label (主管部门)', () => {
  it.each([
    ['各区商务主管部门：', ['各区商务主管部门']],
    ['各市（区）商务主管部门：', ['各市（区）商务主管部门']],
    ['各设区市商务主管部门：', ['各设区市商务主管部门']],
    ['各县（市、区）教育主管部门：', ['各县（市、区）教育主管部门']],
    ['各区教育行政主管部门:', ['各区教育行政主管部门']],
    ['各有关单位：', ['各有关单位']],
    ['市政府各直属机构：', ['市政府各直属机构']],
  ])('should read %s as the addressees, the body starting at 现将', async (addressees, expected) => {
    const doc = await parseNotice(notice(addressees));
    expect(doc.notice?.addressees).toEqual(expected);
    expect(doc.notice?.body[0]?.text).toBe('现将《某措施》印发给你们，请遵照执行。');
  });

  it('should read them in a page whose paragraphs are its lines too', async () => {
    const doc = await parseNotice(
      '<html><body><h1>某市商务局关于印发《某措施》的通知</h1><p>各区商务主管部门：</p><p>现将《某措施》印发给你们，请遵照执行。</p><p>某市商务局</p><p>2026年4月2日</p></body></html>',
      { name: 'notice.html' },
    );
    expect(doc.notice?.addressees).toEqual(['各区商务主管部门']);
    expect(doc.notice?.body[0]?.text).toBe('现将《某措施》印发给你们，请遵照执行。');
  });

  it('should not warn that such a notice names no addressees', async () => {
    const text = notice('各区商务主管部门：');
    const doc = await parseNotice(text);
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'notice-addressees')).toEqual([]);
  });

  it('should not take a line ending a name in 主管部门： for a role label whose units are on the next line', () => {
    expect(labelGoesOn('各区商务主管部门：', '现将《某措施》印发给你们，请遵照执行。')).toBe(false);
    expect(wrapsInto(line('各县（市、区）教育主管部门：'), line('现将《某方案》印发给你们。'), null)).toBe(false);
  });

  it('should still join a role label ending a line, alone or after a sentence, to its units below', () => {
    expect(labelGoesOn('推动产业集聚发展。主管部门：', '区商务局；')).toBe(true);
    expect(labelGoesOn('推动产业集聚发展。牵头单位：', '区科技局；')).toBe(true);
    expect(labelGoesOn('责任单位：', '市商务局、市财政局')).toBe(true);
  });

  it('should not take a sentence of the body that ends with a colon for addressees', async () => {
    const doc = await parseNotice(
      ['某市商务局关于印发《某措施》的通知', '各区商务主管部门：', '现将《某措施》印发给你们，请结合实际认真做好以下工作：', '一、加强组织领导。', '某市商务局', '2026年4月2日'].join('\n'),
    );
    expect(doc.notice?.addressees).toEqual(['各区商务主管部门']);
    expect(doc.notice?.body[0]?.text).toBe('现将《某措施》印发给你们，请结合实际认真做好以下工作：');
  });
});
