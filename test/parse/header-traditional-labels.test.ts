import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const fields = (doc: Awaited<ReturnType<typeof parseNotice>>) => doc.metadata.fields.map((f) => [f.label, f.key, f.value]);

describe('header labels in traditional characters', () => {
  // A Markdown paragraph of fields on consecutive lines (soft breaks), as a 繁体 page saved as .md gives them.
  it('should read each field of a Markdown paragraph of traditional labels, not only the first', async () => {
    const md = ['# 某區工作要點', '', '發布機構：某區人民政府辦公室', '文號：某府辦〔2024〕3號', '索引號：123/2024-001', '', '## 一、重點任務', '', '1. 做好就業。（牽頭單位：區人社局）', ''].join('\n');
    const doc = await parseNotice(md, { format: 'markdown' });
    expect(fields(doc)).toEqual([
      ['發布機構', 'issuer', '某區人民政府辦公室'],
      ['文號', 'documentNumber', '某府辦〔2024〕3號'],
      ['索引號', 'indexNumber', '123/2024-001'],
    ]);
    expect(doc.metadata).toMatchObject({ issuer: '某區人民政府辦公室', indexNumber: '123/2024-001', documentNumber: { agency: '某府辦', year: 2024, serial: 3 } });
  });

  it('should read them in any order, a date among them (文號, 索引號, 發布日期, 發布機構)', async () => {
    const md = ['# 某區工作要點', '', '文號：某府辦〔2024〕3號', '索引號：123/2024-001', '發布日期：2024-03-01', '發布機構：某區人民政府辦公室', '', '## 一、重點任務', '', '1. 做好就業。（牽頭單位：區人社局）', ''].join('\n');
    const doc = await parseNotice(md, { format: 'markdown' });
    expect(doc.metadata).toMatchObject({ indexNumber: '123/2024-001', issuer: '某區人民政府辦公室', publishedDate: '2024-03-01', documentNumber: { raw: '某府辦〔2024〕3號' } });
  });

  // Too few traditional characters to read the page as 繁体: the label alone is in the other script.
  it('should read a traditional label in a simplified header (文號 under 发布机构), in Markdown and in plain text', async () => {
    const lines = ['发布机构：某区人民政府办公室', '文號：某府办〔2024〕3号'];
    const md = await parseNotice(['# 某区工作要点', '', ...lines, '', '## 一、重点任务', '', '1. 做好就业。（牵头单位：区人社局）', ''].join('\n'), { format: 'markdown' });
    const txt = await parseNotice(['某区工作要点', '', ...lines, '', '一、重点任务', '', '1.做好就业。（牵头单位：区人社局）', ''].join('\n'));
    for (const doc of [md, txt]) {
      expect(fields(doc)).toEqual([
        ['发布机构', 'issuer', '某区人民政府办公室'],
        ['文號', 'documentNumber', '某府办〔2024〕3号'],
      ]);
      expect(doc.plan?.preamble ?? []).toEqual([]);
    }
  });

  it('should key each field of a line that holds several by its label, traditional or not', async () => {
    const doc = await parseNotice(['索引號：123/2024-001　發布機構：某區人民政府辦公室　發文字號：某府辦〔2024〕3號', '', '關於印發某區工作要點的通知', '', '各單位：', '', '現印發給你們。'].join('\n'));
    expect(fields(doc)).toEqual([
      ['索引號', 'indexNumber', '123/2024-001'],
      ['發布機構', 'issuer', '某區人民政府辦公室'],
      ['發文字號', 'documentNumber', '某府辦〔2024〕3號'],
    ]);
  });
});
