import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-notice.js';

const load = (file: string) => parseFile(`fixtures/styles/${file}`);

describe('an HTML annex table headed by its title and unit rows, and its download below the article', () => {
  it('should read the title row as the annex\'s title and the unit row as the unit of every row', async () => {
    const doc = await load('annex-table-title-unit-rows-download.html');
    const annex = doc.annexes[0]!;
    expect(annex.title).toBe('南湖县文旅消费指标分解表');
    expect(annex.table!.caption).toBe('南湖县文旅消费指标分解表');
    expect(annex.table!.unit).toBe('亿元');
    expect(annex.table!.rows.map((r) => [r.indicator, r.unit, r.values])).toEqual([
      ['旅游总收入', '亿元', { 2024: 42, 2025: 50, 2026: 60 }],
      ['文化产业增加值', '亿元', { 2024: 8, 2025: 9, 2026: 11 }],
    ]);
  });

  it('should give the listed annex the download\'s address, and keep the download out of the annex\'s text', async () => {
    const doc = await load('annex-table-title-unit-rows-download.html');
    expect(doc.plan!.attachments.map((a) => [a.title, a.href])).toEqual([['南湖县文旅消费指标分解表', '/files/2024/nh0603.docx']]);
    expect(doc.annexes).toHaveLength(1);
    expect(doc.annexes[0]!.body).toEqual([]);
  });

  it('should keep every download listed on after the first, after <br> or in <li>', async () => {
    const doc = await load('downloads-after-br-and-in-list.html');
    expect(doc.notice!.attachments.map((a) => [a.label, a.href])).toEqual([
      ['附件1', '/up/nh01.xls'],
      ['附件2', '/up/nh02.doc'],
      ['附件3', '/up/nh03.xlsx'],
      ['附件4', '/up/nh04.pdf'],
    ]);
    expect(doc.chrome).toEqual([]);
  });
});
