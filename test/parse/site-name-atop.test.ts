import { describe, expect, it } from 'vitest';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { isHeaderLine } from '../../src/parse/site-name-line.js';
import { isBareNameLine } from '../../src/text/site-banner.js';

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

describe('a 信息公开 portal\'s banner and its sidebar menu\'s heading', () => {
  const page = (titleRow: boolean) => `<html><head><meta charset="utf-8"><title>x</title></head><body>
<div class="gk-top"><span>某市某区人民政府信息公开平台</span></div>
<div class="gk-main"><div class="gk-left"><h3>信息公开目录</h3>
<ul><li><a href="/zn/">政府信息公开指南</a></li><li><a href="/zd/">政府信息公开制度</a></li><li><a href="/wj/">政策文件</a></li></ul></div>
<div class="gk-right"><table border="1"><tr><th>信息索取号</th><td>002500453/2023-125631</td><th>发布机构</th><td>某区政府办公室</td></tr>
${titleRow ? '<tr><th>信息名称</th><td colspan="3">某区人民政府办公室关于印发某区城市更新行动方案的通知</td></tr>' : ''}
<tr><th>公开时间</th><td>2024-06-02</td><th>文件编号</th><td>某政办〔2024〕41号</td></tr></table>
<div class="body"><p>某区人民政府办公室关于印发某区城市更新行动方案的通知</p><p>各街道办事处，区政府各部门：</p>
<p>现将《某区城市更新行动方案》印发给你们，请认真组织实施。</p><p>某区人民政府办公室</p><p>2024年5月30日</p>
<p>某区城市更新行动方案</p><p>一、重点任务</p><p>1.推进老旧小区改造。每年完成老旧小区改造40个。（牵头单位：区住建局；配合单位：区财政局）</p></div></div></div></body></html>`;

  it.each([[true], [false]])('should set the portal\'s name and the menu\'s heading aside as chrome (header with a title row: %s)', async (titleRow) => {
    const doc = await parseNotice(page(titleRow), { format: 'html' });
    expect(doc.chrome.slice(0, 2).map((c) => [c.kind, c.text])).toEqual([['other', '某市某区人民政府信息公开平台'], ['navigation', '信息公开目录']]);
    expect(doc.unparsed).toEqual([]);
    expect(doc.notice!.title).toBe('某区人民政府办公室关于印发某区城市更新行动方案的通知');
  });

  it('should take a 信息公开 portal\'s or 政务公开 site\'s name for a banner', () => {
    expect(['某市某区人民政府信息公开平台', '某县政务公开网', '某市人民政府　某区政府信息公开专栏'].map(isBareNameLine)).toEqual([true, true, true]);
  });

  it('should not set a short title outside the article aside over a share bar', async () => {
    const doc = await parseNotice(`<html><body><div class="t"><h1>某区2024年教育工作要点</h1></div><div class="share"><a href="#">微信</a> <a href="#">微博</a></div><div class="share2"><a href="#">打印</a></div>
<div class="body"><p>一、重点任务</p><p>1.扩大学前教育资源。新建公办幼儿园3所。（牵头单位：区教育局）</p><p>2.加强经费保障。区财政足额保障教育经费投入。（牵头单位：区财政局）</p></div></body></html>`, { format: 'html' });
    expect(doc.plan!.title).toBe('某区2024年教育工作要点');
  });
});

describe('the banner of a 盟\'s or 地区\'s 行政公署 over the page\'s furniture', () => {
  const page = (banner: string) => [
    banner,
    `您好，欢迎来到${banner}网站！ 无障碍 | 长者模式`,
    '首页 > 信息公开 > 政策文件 > 行署办文件',
    '索引号：11152500MB0123456P/2023-00067',
    '发布机构：锡林郭勒盟行政公署办公室',
    '文　　号：锡署办发〔2023〕37号',
    '锡林郭勒盟行政公署办公室关于印发锡林郭勒盟污染防治攻坚战实施方案的通知',
    '各旗县市（区）人民政府：',
    '现将方案印发给你们。',
    '锡林郭勒盟行政公署办公室',
    '2023年8月22日',
  ].join('\n');

  it.each(['锡林郭勒盟行政公署', '大兴安岭地区行政公署', '某某经济技术开发区管理委员会', '某县人大常委会'])('should set %s, the greeting bar and the breadcrumb aside, the breadcrumb giving the category', async (banner) => {
    const doc = await parse(page(banner));
    expect(doc.chrome.slice(0, 3).map((c) => c.text)).toEqual([banner, `您好，欢迎来到${banner}网站！ 无障碍 | 长者模式`, '首页 > 信息公开 > 政策文件 > 行署办文件']);
    expect(doc.metadata.category).toEqual(['信息公开', '政策文件', '行署办文件']);
    expect(doc.unparsed).toEqual([]);
  });
});

describe('a banner that prints its name again in another script or language', () => {
  const BANNER = '天祝藏族自治县人民政府';
  const TIBETAN = 'དཔའ་རིས་བོད་རིགས་རང་སྐྱོང་རྫོང་མི་དམངས་སྲིད་གཞུང་།';
  const CRUMB = '首页 > 政务公开 > 政策文件';
  const BODY = [
    '天祝藏族自治县人民政府办公室关于印发天祝藏族自治县养老服务体系建设实施方案（2024—2026年）的通知',
    '天政办发〔2024〕58号',
    '各乡镇人民政府，县直各部门：',
    '《天祝藏族自治县养老服务体系建设实施方案（2024—2026年）》已经县政府同意，现印发给你们，请认真贯彻落实。',
    '天祝藏族自治县人民政府办公室',
    '2024年8月12日',
    '天祝藏族自治县养老服务体系建设实施方案（2024—2026年）',
    '一、重点任务',
    '（一）发展农村互助养老。建设农村互助幸福院。（牵头单位：县民政局）',
  ];
  const read = async (top: string[]) => {
    const doc = await parse([...top, '', ...BODY].join('\n'));
    return { chrome: doc.chrome.map((c) => [c.kind, c.text]), category: doc.metadata.category, unparsed: doc.unparsed.map((u) => u.text), title: doc.notice?.title };
  };
  const title = BODY[0];

  it.each([
    ['Tibetan', [BANNER, TIBETAN]],
    ['Mongolian', ['阿拉善盟行政公署', 'ᠠᠯᠠᠱᠠ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠷᠤᠭᠤᠯᠭ᠎ᠠ']],
    ['Uyghur', ['伊宁市人民政府', 'غۇلجا شەھەرلىك خەلق ھۆكۈمىتى']],
    ['English', [BANNER, "Tianzhu Tibetan Autonomous County People's Government"]],
    ['Tibetan and English', [BANNER, TIBETAN, 'Tianzhu County']],
    ['Tibetan above the name', [TIBETAN, BANNER]],
  ])('should set the banner aside with its line in %s, and the breadcrumb under it', async (_script, banner) => {
    expect(await read([...banner, CRUMB])).toEqual({
      chrome: [...banner.map((t) => ['other', t]), ['breadcrumb', CRUMB]],
      category: ['政务公开', '政策文件'],
      unparsed: [],
      title,
    });
  });

  it('should set aside the name and its Tibetan line over the title, with no breadcrumb between', async () => {
    expect(await read([BANNER, TIBETAN])).toEqual({ chrome: [['other', BANNER], ['other', TIBETAN]], category: [], unparsed: [], title });
  });

  it('should read as before the banner without its second line', async () => {
    expect(await read([BANNER, CRUMB])).toEqual({ chrome: [['other', BANNER], ['breadcrumb', CRUMB]], category: ['政务公开', '政策文件'], unparsed: [], title });
  });
});
