import { describe, expect, it } from 'vitest';
import { spacedFields } from '../../src/parse/header-spaced.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const body = ['各单位：', '现将《某某办法》印发给你们，请认真贯彻执行。', '某区人民政府办公室', '2024年6月18日'];
const withHeader = (...lines: string[]) => parseNotice([...lines, '某区人民政府办公室关于印发某某办法的通知', ...body].join('\n'));
const title = '某区人民政府办公室关于印发某某办法的通知';

describe('header fields set apart by gaps, without colons', () => {
  it('should split a line at tabs and runs of two spaces or more into labels and values', () => {
    const line = '索引号  1141/2024-00321    发布机构  某区政府办\t成文日期\t2024-06-18';
    expect(spacedFields(line, line)?.map((f) => [f.label, f.key, f.value, line.slice(f.from, f.to)])).toEqual([
      ['索引号', 'indexNumber', '1141/2024-00321', '索引号  1141/2024-00321'],
      ['发布机构', 'issuer', '某区政府办', '发布机构  某区政府办'],
      ['成文日期', 'writtenDate', '2024-06-18', '成文日期\t2024-06-18'],
    ]);
  });

  it('should read a letter-spaced label (名　　称) before its gap, and keep a value with single spaces whole', () => {
    const line = '名　　称\t关于印发某某办法的通知    发布时间  2024-06-18 10:22';
    expect(spacedFields(line, line)?.map((f) => [f.label, f.value])).toEqual([
      ['名称', '关于印发某某办法的通知'],
      ['发布时间', '2024-06-18 10:22'],
    ]);
  });

  it('should not read a line that opens with no known label, has no gap, or whose value ends a sentence', () => {
    for (const line of ['中共某镇委员会　　某镇人民政府', '名称 某某办法', '主题  各部门要认真贯彻落实。', '一、重点任务  加快建设']) {
      expect(spacedFields(line, line)).toBeNull();
    }
  });

  it('should read a header of fields apart by spaces and take the printed title once, without the header', async () => {
    const doc = await withHeader('索引号  1141/2024-00321    发布机构  某区人民政府办公室', '发文字号  某政办〔2024〕12号    成文日期  2024-06-18', `标题  ${title}`);
    expect(doc.metadata).toMatchObject({ indexNumber: '1141/2024-00321', issuer: '某区人民政府办公室', documentNumber: { raw: '某政办〔2024〕12号' }, writtenDate: '2024-06-18', title });
    expect(doc.notice?.title).toBe(title);
  });

  it('should read a 名称 line apart by a tab under a header table of tab-separated pairs, with no warning for it', async () => {
    const doc = await withHeader('索引号\t0025/2022-098765\t分类\t城乡建设', '文号\t某政办发〔2022〕31号\t有效性\t有效', `名称\t${title}`);
    expect(doc.metadata.fields.map((f) => [f.label, f.value])).toEqual([
      ['索引号', '0025/2022-098765'], ['分类', '城乡建设'], ['文号', '某政办发〔2022〕31号'], ['有效性', '有效'], ['名称', title],
    ]);
    expect(doc.notice?.title).toBe(title);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('tab-row-unread');
  });
});

describe('header fields parted by bars', () => {
  it('should leave the bar between fields on one line out of their values', async () => {
    const doc = await withHeader('发布机构：某区人民政府办公室 | 生成日期：2024-06-20 ｜ 文号：某政办〔2024〕12号');
    expect(doc.metadata.fields.map((f) => [f.label, f.value])).toEqual([
      ['发布机构', '某区人民政府办公室'], ['生成日期', '2024-06-20'], ['文号', '某政办〔2024〕12号'],
    ]);
    expect(doc.metadata.publishedDate).toBe('2024-06-20');
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('header-date-unreadable');
  });
});

describe('bare labels over values that start the title', () => {
  it('should read four bare labels when the issuer\'s value begins the title, and the notice after them', async () => {
    const doc = await withHeader('名称', title, '发文单位', '某区人民政府办公室', '文号', '某政办〔2024〕12号', '发布时间', '2024-06-20');
    expect(doc.metadata).toMatchObject({ title, issuer: '某区人民政府办公室', documentNumber: { raw: '某政办〔2024〕12号' }, publishedDate: '2024-06-20' });
    expect(doc.notice).toMatchObject({ title, addressees: ['各单位'], date: '2024-06-18' });
  });
});
