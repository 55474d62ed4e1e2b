import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const title = '某港区管理委员会关于印发《某港区夜间经济发展行动方案》的通知';
const body = [title, '各部门、各社区：', '现将《某港区夜间经济发展行动方案》印发给你们，请认真贯彻执行。', '某港区管理委员会', '2025年2月12日', '某港区夜间经济发展行动方案', '一、重点任务', '（一）打造夜间街区。建成夜间街区3条。（牵头单位：港区商务局）'];
const parse = (...header: string[]) => parseNotice([...header, ...body].join('\n'));

describe('bare header labels left empty', () => {
  it('should read a bare label with another label under it as an empty field, and the header and notice around it', async () => {
    const doc = await parse('名称', title, '发文单位', '某港区管理委员会', '文号', '发布时间', '2025-02-14');
    expect(doc.metadata.fields.map((f) => [f.label, f.value])).toEqual([
      ['名称', title],
      ['发文单位', '某港区管理委员会'],
      ['文号', null],
      ['发布时间', '2025-02-14'],
    ]);
    expect(doc.metadata).toMatchObject({ issuer: '某港区管理委员会', documentNumber: null, publishedDate: '2025-02-14' });
    expect(doc.notice).toMatchObject({ title, addressees: ['各部门', '各社区'], signatories: ['某港区管理委员会'], date: '2025-02-12' });
    expect(doc.plan?.title).toBe('某港区夜间经济发展行动方案');
  });

  it('should not make a header of two lone label words with no value under them', async () => {
    const doc = await parse('文号', '发布时间');
    expect(doc.metadata.fields).toEqual([]);
    expect(doc.notice?.title).toBe(title);
  });
});

describe('a title field wrapped over lines', () => {
  it('should join the lines of a bare 名称 value up to the next label when the last ends as a title', async () => {
    const doc = await parse('名称', '某港区管理委员会关于印发《某港区夜间经济', '发展行动方案》的通知', '发文单位', '某港区管理委员会', '文号', '某港管发〔2025〕3号', '发布时间', '2025-02-14');
    expect(doc.metadata).toMatchObject({ title, issuer: '某港区管理委员会', documentNumber: { raw: '某港管发〔2025〕3号' }, publishedDate: '2025-02-14' });
    expect(doc.metadata.fields[0]).toMatchObject({ label: '名称', value: title, position: { start: { line: 1 }, end: { line: 3 } } });
    expect(doc.notice).toMatchObject({ title, addressees: ['各部门', '各社区'] });
    expect(doc.chrome).toEqual([]);
  });

  it('should join a 名称： value wrapped the same way', async () => {
    const doc = await parse('名称：某港区管理委员会关于印发《某港区夜间经济', '发展行动方案》的通知', '发文单位：某港区管理委员会', '发布时间：2025-02-14');
    expect(doc.metadata).toMatchObject({ title, issuer: '某港区管理委员会', publishedDate: '2025-02-14' });
  });

  it('should not join a line that does not end as a title, nor one with no label after it', async () => {
    const cut = await parse('名称：某港区管理委员会关于印发《某港区夜间经济', '发展行动方案》', '发文单位：某港区管理委员会', '发布时间：2025-02-14');
    expect(cut.metadata.fields.find((f) => f.label === '名称')?.value).not.toBe(title);
    const done = await parse('发文单位：某港区管理委员会', '名称：' + title, '发布时间：2025-02-14');
    expect(done.metadata.title).toBe(title);
  });
});

describe('the line under a breadcrumb that ends with it', () => {
  it('should keep the plan\'s own title under a breadcrumb ending with it when no other title follows', async () => {
    const doc = await parseNotice(
      ['当前位置：首页 > 政策文件 > 某区节能降碳行动方案', '某区节能降碳行动方案', '发布时间：2024-09-05', '一、总体要求', '到2025年，全区单位地区生产总值能耗下降13.5%。', '二、重点任务', '（一）推进工业节能。完成节能改造项目10个。（牵头单位：区发展改革委）'].join('\n'),
    );
    expect(doc.metadata.title).toBe('某区节能降碳行动方案');
    expect(doc.plan?.title).toBe('某区节能降碳行动方案');
    expect(doc.chrome.map((c) => c.kind)).toEqual(['breadcrumb']);
  });
});

describe('a tool bar of fields apart by gaps', () => {
  it('should read the publication date of 发布时间  2025-04-12 09:30    来源  …    浏览次数  …    字号  大  中  小', async () => {
    const doc = await parseNotice(
      [title, '发布时间  2025-04-12 09:30    来源  某港区办    浏览次数  1268    字号  大  中  小', ...body.slice(1)].join('\n'),
    );
    expect(doc.metadata.publishedDate).toBe('2025-04-12');
    expect(doc.metadata.fields.map((f) => [f.label, f.value])).toEqual([['发布时间', '2025-04-12 09:30']]);
    expect(doc.notice?.title).toBe(title);
  });
});
