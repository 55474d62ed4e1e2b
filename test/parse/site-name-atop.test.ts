import { describe, expect, it } from 'vitest';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { isBareNameLine, isHeaderLine } from '../../src/parse/site-name-line.js';

const parse = (text: string) => parseNotice(Buffer.from(text), { name: 'page.txt' });

const NOTICE = [
  '湖州市吴兴区民政局关于印发《吴兴区2024年社区养老服务提升行动方案》的通知',
  '吴民〔2024〕6号',
  '各乡镇（街道）社会事务办：',
  '现将《吴兴区2024年社区养老服务提升行动方案》印发给你们，请认真贯彻落实。',
  '湖州市吴兴区民政局',
  '2024年2月28日',
  '吴兴区2024年社区养老服务提升行动方案',
  '一、主要任务',
  '1.完善社区养老服务设施。（责任科室：养老服务科）',
].join('\n');

describe('isBareNameLine', () => {
  it('should take one or two names of bodies or sites for a banner', () => {
    expect(['湖州市人民政府', '金华市人民政府　婺城区人民政府', '湖州市人民政府门户网站', '浙江政务服务网'].map(isBareNameLine)).toEqual([true, true, true, true]);
  });

  it('should not take a sentence, a title or a group for one', () => {
    expect(['湖州市人民政府关于印发某方案的通知', '各乡镇人民政府', '请报区民政局。', '湖州市人民政府：'].map(isBareNameLine)).toEqual([false, false, false, false]);
  });
});

describe('isHeaderLine', () => {
  it('should take a known label with its value, or alone, for the start of a header', () => {
    expect(['索引号：002637861/2024-00105', '发布机构', '成文日期：2024-04-08'].map(isHeaderLine)).toEqual([true, true, true]);
  });

  it('should not take a sentence or an unknown label for one', () => {
    expect(['现将《方案》印发给你们。', '责任科室：养老服务科'].map(isHeaderLine)).toEqual([false, false]);
  });
});

describe('a site\'s name atop a page', () => {
  it('should set aside the name of another body over the page\'s breadcrumb as furniture', async () => {
    const doc = await parse(`湖州市人民政府\n当前位置：首页 > 信息公开 > 部门文件\n索引号：11330502002607431H/2024-00031\n发布机构：湖州市吴兴区民政局\n${NOTICE}\n`);
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([['other', '湖州市人民政府'], ['breadcrumb', '当前位置：首页 > 信息公开 > 部门文件']]);
    expect(doc.unparsed).toEqual([]);
    expect(doc.metadata.issuer).toBe('湖州市吴兴区民政局');
  });

  it('should set aside the name right over the page\'s header', async () => {
    const doc = await parse(`湖州市人民政府\n索引号：11330502002607431H/2024-00031\n发布机构：湖州市吴兴区民政局\n${NOTICE}\n`);
    expect(doc.chrome.map((c) => c.text)).toEqual(['湖州市人民政府']);
    expect(doc.unparsed).toEqual([]);
    expect(doc.metadata.indexNumber).toBe('11330502002607431H/2024-00031');
  });

  it('should set aside the portal\'s names and its menu above a bare-label header', async () => {
    const doc = await parseFile('fixtures/styles/site-name-of-city-atop-district-page.txt');
    expect(doc.chrome.map((c) => c.kind)).toEqual(['other', 'navigation']);
    expect(doc.chrome[0]!.text).toBe('金华市人民政府　婺城区人民政府');
  });

  it('should keep an issuer\'s name that opens a title split over two lines in the title', async () => {
    const doc = await parse(`湖州市吴兴区民政局\n关于印发《吴兴区2024年社区养老服务提升行动方案》的通知\n${NOTICE.split('\n').slice(1).join('\n')}\n`);
    expect(doc.chrome).toEqual([]);
    expect(doc.notice?.title).toBe('湖州市吴兴区民政局关于印发《吴兴区2024年社区养老服务提升行动方案》的通知');
  });
});
