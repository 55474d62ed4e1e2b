import { describe, expect, it } from 'vitest';
import { DOCUMENT_FILE_LINE, DOCUMENT_HREF } from '../../src/text/file-names.js';

describe('document files', () => {
  it.each([['/f/a.pdf'], ['/upload/x.DOCX'], ['/f/b.xlsx?v=2'], ['/f/c.ofd#page=1']])('should take %s for a link to a document file', (href) => {
    expect(DOCUMENT_HREF.test(href)).toBe(true);
  });

  it.each([['/art/2024/5/7/art_1.html'], ['/f/pdf'], ['/f/a.pdf.html']])('should take %s for a link to a page', (href) => {
    expect(DOCUMENT_HREF.test(href)).toBe(false);
  });

  it.each([
    ['某区节水型单位名单.xlsx', true],
    ['某区节水行动方案.pdf', true],
    ['详见附件，某区节水行动方案.pdf', false],
    ['某区节水行动方案', false],
  ])('should read %s as a line naming a file: %s', (line, expected) => {
    expect(DOCUMENT_FILE_LINE.test(line)).toBe(expected);
  });
});
