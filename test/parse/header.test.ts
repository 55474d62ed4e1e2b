import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const header = (...lines: string[]) => parseNotice([...lines, '', '关于印发某某办法的通知', '', '各单位:', '', '现印发给你们。'].join('\n'));

describe('the metadata header', () => {
  it('should read labels with odd spacing and values on the next line', async () => {
    const doc = await header('名\u2002\u2002\u2002称 :', '关于印发某某办法的通知', '发\u2002文\u2002字\u2002号：', '某政发〔2023〕5号', '成文日期:', '2023年3月1日');
    expect(doc.metadata).toMatchObject({
      title: '关于印发某某办法的通知',
      documentNumber: { raw: '某政发〔2023〕5号', agency: '某政发', year: 2023, serial: 5 },
      writtenDate: '2023-03-01',
    });
  });

  it('should read a value on the same line as its label', async () => {
    const doc = await header('索引号：123/2023-001', '发布机构：某区人民政府', '有效性：有效');
    expect(doc.metadata).toMatchObject({ indexNumber: '123/2023-001', issuer: '某区人民政府', validity: '有效' });
  });

  it('should keep a value on the label line as written, full-width brackets and spaces included', async () => {
    const doc = await header('主题分类：工业、交通\\信息产业（含电信）', '发布机构：某区人民政府\u3000办公室');
    expect(doc.metadata).toMatchObject({ subject: '工业、交通\\信息产业（含电信）', issuer: '某区人民政府\u3000办公室' });
  });

  it('should leave an empty value null and never take the next label for it', async () => {
    const doc = await header('名称:', '关于印发某某办法的通知', '成 文 日 期 :', '发 文 日 期 :', '有效性:', '有效');
    expect(doc.metadata.writtenDate).toBeNull();
    expect(doc.metadata.publishedDate).toBeNull();
    expect(doc.metadata.validity).toBe('有效');
    expect(doc.metadata.fields.map((f) => [f.key, f.value])).toEqual([
      ['title', '关于印发某某办法的通知'],
      ['writtenDate', null],
      ['publishedDate', null],
      ['validity', '有效'],
    ]);
  });

  it('should not take the notice title for the value of an empty last date', async () => {
    const doc = await header('名称:', '关于印发某某办法的通知', '发文日期:');
    expect(doc.metadata.publishedDate).toBeNull();
    expect(doc.notice?.title).toBe('关于印发某某办法的通知');
  });
});
