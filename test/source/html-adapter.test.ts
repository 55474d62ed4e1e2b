import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/source/html-adapter.js';
import type { Block } from '../../src/source/types.js';
import { brief, readChecked } from '../helpers/blocks.js';

const read = (source: string): Promise<Block[]> => readChecked(htmlToBlocks, source);

describe('htmlToBlocks: text', () => {
  it('should make a block of each paragraph and heading, joining inline elements without spaces', async () => {
    const html = '<h1>河东区科技创新三年行动计划</h1><p><span style="font-weight:bold">1.实现创新平台提质增效。</span><span>依托<a href="#">天津市配电自动化工程中心</a>等现有资源。</span></p>';
    expect(brief(await read(html))).toEqual(['heading1: 河东区科技创新三年行动计划', 'paragraph: 1.实现创新平台提质增效。依托天津市配电自动化工程中心等现有资源。']);
  });

  it('should join lines wrapped in the source without a space next to Han characters, and keep spaces between Latin words', async () => {
    const html = '<p>为深入实施创新驱动\n      发展战略,到2022年\n      末达到2.59%以上;\n  covers Open\n  Source work</p>';
    // Between ; and a Latin letter the break is a space, as a browser shows it.
    expect(brief(await read(html))).toEqual(['paragraph: 为深入实施创新驱动发展战略,到2022年末达到2.59%以上; covers Open Source work']);
  });

  it('should decode character references, keep padding spaces inside a block and trim them at its edges', async () => {
    const html = '<p>&emsp;&emsp;名&emsp;&emsp;称&ensp;:&nbsp;</p><p>A&amp;B &lt;C&gt; &#x4E2D;&#22269; &foo;</p>';
    expect(brief(await read(html))).toEqual(['paragraph: 名\u2003\u2003称\u2002:', 'paragraph: A&B <C> 中国 &foo;']);
  });

  it('should join lines a <br> parts inside a clause (a paste of hard-wrapped text), and keep lines that end a sentence or start an item apart', async () => {
    const html = `<div>　　一、工作目标<br>　　到2026年，全区核心产业增加值达到120亿元，<br>规模以上软件企业达到80家以上。<br>　　二、重点任务<br>　　1.推进数字化改造，<br>建设智能工厂10家。<br>区科技局<br>2024年3月15日</div><p>某区方案，</p><p>一、总体要求</p>`;
    expect(brief(await read(html))).toEqual([
      'paragraph: 一、工作目标',
      'paragraph: 到2026年，全区核心产业增加值达到120亿元，规模以上软件企业达到80家以上。',
      'paragraph: 二、重点任务',
      'paragraph: 1.推进数字化改造，建设智能工厂10家。',
      'paragraph: 区科技局',
      'paragraph: 2024年3月15日',
      // Paragraphs of their own are what the page meant, whatever they end with.
      'paragraph: 某区方案，',
      'paragraph: 一、总体要求',
    ]);
  });

  it('should give the length of a leading <span> that sets a label apart from its value, and none for a block all in one span', async () => {
    const blocks = await read('<ul><li><span>文号</span>某政办发〔2024〕7号</li><li><b>某区方案</b></li><li>某区<span>方案</span></li></ul>');
    expect(blocks.map((b) => b.lead)).toEqual([2, undefined, undefined]);
  });

  it('should join lines a <br> parts in mid-phrase, and keep an item and a short line apart', async () => {
    const html = `<div>　　到2027年，全区经常参加体育锻炼人数比例达到42%，人均体育场地<br>面积达到2.8平方米，<br>每千人拥有社会体育指导员2.5名。<br>　　二、主要任务<br>　　推进全民健身，建设体育公园<br>　　区体育局负责。</div>`;
    expect(brief(await read(html))).toEqual([
      'paragraph: 到2027年，全区经常参加体育锻炼人数比例达到42%，人均体育场地面积达到2.8平方米，每千人拥有社会体育指导员2.5名。',
      'paragraph: 二、主要任务',
      'paragraph: 推进全民健身，建设体育公园',
      'paragraph: 区体育局负责。',
    ]);
  });

  it('should split lines at <br> and drop scripts, styles, templates, iframes and hidden elements', async () => {
    const html = `<div>河东区人民政府办公室<br>关于修订河东区科技创新三年行动计划<br/>(2020—2022年)的通知
      <script>document.write('统计')</script><style>p{color:red}</style><noscript>请启用脚本</noscript>
      <template><p>模板</p></template><iframe src="x">框架</iframe><p style="display: none">隐藏</p><p hidden>隐藏</p></div>`;
    expect(brief(await read(html))).toEqual([
      'paragraph: 河东区人民政府办公室',
      'paragraph: 关于修订河东区科技创新三年行动计划',
      'paragraph: (2020—2022年)的通知',
    ]);
  });

  it.each([
    ['a <br> inside a clause', '<p>1.建设平台。（牵头单位：区科技局，参与单位：区发展改革委、<br>区楼宇办）</p>', ['paragraph: 1.建设平台。（牵头单位：区科技局，参与单位：区发展改革委、区楼宇办）']],
    ['a clause over two paragraphs', '<p>2.引进人才。（牵头单位：区人社局，</p><p>参与单位：区科技局）</p>', ['paragraph: 2.引进人才。（牵头单位：区人社局，参与单位：区科技局）']],
    ['a bracket left open over full stops', '<p>现将方案(2023—</p><p>2025年印发给你们。</p><p>请认真贯彻落实。)</p>', ['paragraph: 现将方案(2023—', 'paragraph: 2025年印发给你们。', 'paragraph: 请认真贯彻落实。)']],
    ['an item after it', '<p>1.建设平台（2023—</p><p>2.引进人才）</p>', ['paragraph: 1.建设平台（2023—', 'paragraph: 2.引进人才）']],
    ['a heading after it', '<p>（牵头单位：区科技局，</p><h2>参与单位：区财政局）</h2>', ['paragraph: （牵头单位：区科技局，', 'heading2: 参与单位：区财政局）']],
  ])('should join paragraphs that close a bracket left open only when they do so soon: %s', async (_what, html, expected) => {
    expect(brief(await read(html))).toEqual(expected);
  });

  it('should keep the numbers of an ordered list, which the browser renders, unless the items carry their own', async () => {
    const html = '<ol start="3"><li>实现军民融合双向发力。</li><li>大力发展信创产业。</li></ol><ol><li>1.已有编号</li></ol><ul><li>无编号</li></ul>';
    const blocks = await htmlToBlocks(html);
    expect(brief(blocks)).toEqual(['paragraph: 3.实现军民融合双向发力。', 'paragraph: 4.大力发展信创产业。', 'paragraph: 1.已有编号', 'paragraph: 无编号']);
    // The number is placed at its <li>, the text where it is.
    expect(html.slice(blocks[0]!.start, blocks[0]!.start + 4)).toBe('<li>');
  });

  it('should place every block at its text in the source', async () => {
    const html = '<div>\n  <p>  第一段</p>\n  <p>第二&amp;段</p>\n</div>';
    const blocks = await read(html);
    expect(blocks.map((b) => html.slice(b.start, b.end))).toEqual(['第一段', '第二&amp;段']);
  });

  it('should read a page nested 10,000 elements deep without exhausting the stack', async () => {
    const html = `${'<div>'.repeat(10_000)}<p>深层文字</p>${'</div>'.repeat(10_000)}`;
    expect(brief(await htmlToBlocks(html))).toEqual(['paragraph: 深层文字']);
  });
});

describe('htmlToBlocks: tables', () => {
  it('should read a data table with its spans expanded, copies marked, and header cells', async () => {
    const html = `<table>
      <tr><th rowspan="2">序号</th><th rowspan="2">指标</th><th colspan="3">年度目标</th></tr>
      <tr><th>2020</th><th>2021</th><th>2022</th></tr>
      <tr><td>1</td><td>研发支出与地区生产总值比值(%)</td><td>2.57</td><td>2.58</td><td>2.59</td></tr>
    </table>`;
    const [table] = await read(html);
    expect(table!.kind).toBe('table');
    const rows = table!.rows!.map((r) => r.map((c) => `${c.text}${c.spanned ? '*' : ''}${c.header ? '^' : ''}`));
    expect(rows).toEqual([
      ['序号^', '指标^', '年度目标^', '年度目标*^', '年度目标*^'],
      ['序号*^', '指标*^', '2020^', '2021^', '2022^'],
      ['1', '研发支出与地区生产总值比值(%)', '2.57', '2.58', '2.59'],
    ]);
    expect([table!.rows![0]![0]!.rowspan, table!.rows![0]![2]!.colspan]).toEqual([2, 3]);
  });

  it.each([
    ['a row of &nbsp; cells', '<tr><td>&nbsp;</td><td>&nbsp;</td></tr>'],
    ['two rows of empty cells', '<tr><td></td><td> </td></tr><tr><td><p>&nbsp;</p></td><td></td></tr>'],
  ])('should read no row from %s that a Word export leaves at the end of a table', async (_what, tail) => {
    const [table] = await read(`<table><tr><th>指标</th><th>2025年</th></tr><tr><td></td><td>90</td></tr>${tail}</table>`);
    // The empty cell of a row that holds something stays; the empty rows after the last one go.
    expect(table!.rows!.map((r) => r.map((c) => c.text))).toEqual([['指标', '2025年'], ['', '90']]);
  });

  it('should give the text of a cell of several paragraphs as one, and an empty cell an empty text', async () => {
    const html = '<table><tr><td><p>研发支出与</p><p>地区生产总值</p></td><td></td></tr><tr><td>a</td><td>b</td></tr></table>';
    const [table] = await read(html);
    expect(table!.rows!.map((r) => r.map((c) => c.text))).toEqual([['研发支出与地区生产总值', ''], ['a', 'b']]);
  });

  it('should read a layout table (one that holds tables or long text) as the blocks inside it', async () => {
    const html = `<table><tr><td>
      <table><tr><td>索 引 号：</td><td>000014349/2018-00212</td></tr><tr><td>发文机关：</td><td>国务院</td></tr></table>
      <p>第一段。</p><p>第二段。</p></td></tr></table>`;
    const blocks = await read(html);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'paragraph']);
    expect(blocks[0]!.rows!.map((r) => r.map((c) => c.text))).toEqual([['索 引 号：', '000014349/2018-00212'], ['发文机关：', '国务院']]);
  });

  it.each([
    ['paragraphs cut by <br>', '<tr><td>某镇2025年人居环境整治提升方案</td></tr><tr><td>一、工作目标<br>2025年底前，全镇农村卫生厕所普及率达到95%以上。<br>二、重点任务</td></tr>'],
    ['one <p> with <br> in each cell', '<tr><td><p>某镇2025年人居环境整治提升方案</p></td></tr><tr><td><p>一、工作目标<br>2025年底前，全镇农村卫生厕所普及率达到95%以上。<br>二、重点任务</p></td></tr>'],
    ['empty spacer cells beside the text', '<tr><td width="20"></td><td>某镇2025年人居环境整治提升方案</td></tr><tr><td>&nbsp;</td><td>一、工作目标<br>2025年底前，全镇农村卫生厕所普及率达到95%以上。<br>二、重点任务</td></tr>'],
  ])('should read a stack of one-cell rows with running text (%s) as the blocks inside it', async (_what, rows) => {
    expect(brief(await read(`<table>${rows}</table>`))).toEqual([
      'paragraph: 某镇2025年人居环境整治提升方案',
      'paragraph: 一、工作目标',
      'paragraph: 2025年底前，全镇农村卫生厕所普及率达到95%以上。',
      'paragraph: 二、重点任务',
    ]);
  });

  it('should read a layout table with a row of several cells beside a body of many lines as text, that row too', async () => {
    const body = ['一、工作目标', '2025年底前，全镇农村卫生厕所普及率达到95%以上，生活垃圾无害化处理率达到100%。', '二、重点任务', '（一）推进农村改厕。完成改厕300户，建立改厕后续管护机制。（牵头单位：镇农业服务中心）', '（二）治理生活垃圾。完善收运体系。（牵头单位：镇城管办）'];
    const html = `<table><tr><td colspan="2">某镇2025年人居环境整治提升方案</td></tr><tr><td>发布时间：2025-02-12</td><td>来源：某镇人民政府</td></tr><tr><td colspan="2">${body.join('<br>')}</td></tr></table>`;
    expect(brief(await read(html))).toEqual([
      'paragraph: 某镇2025年人居环境整治提升方案',
      'paragraph: 发布时间：2025-02-12',
      'paragraph: 来源：某镇人民政府',
      ...body.map((line) => `paragraph: ${line}`),
    ]);
  });

  it('should keep a data table with a note row of several sentences under it a table', async () => {
    const rows = Array.from({ length: 6 }, (_, k) => `<tr><td>${k + 1}</td><td>农村卫生厕所普及率（%）</td><td>8${k}</td><td>9${k}</td></tr>`).join('');
    const note = '注：1.本表数据来源于统计年鉴。<br>2.目标值为年度目标。<br>3.普及率按户计算。<br>4.数据截至年底。';
    const blocks = await read(`<table><tr><td>序号</td><td>指标</td><td>2024年</td><td>2025年</td></tr>${rows}<tr><td colspan="4">${note}</td></tr></table>`);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
    expect(blocks[0]!.rows).toHaveLength(8);
  });

  it.each([
    ['a one-column list of names, with no sentence in it', '<tr><td>区科技局</td></tr><tr><td>区发展改革委</td></tr>', 'table: 区科技局\n区发展改革委'],
    ['a task table whose group rows span all columns', '<tr><td>序号</td><td>重点任务</td></tr><tr><td colspan="2">一、推进农村改厕，完成改厕300户，建立改厕后续管护机制。</td></tr><tr><td>1</td><td>治理生活垃圾</td></tr>', 'table: 序号\t重点任务\n一、推进农村改厕，完成改厕300户，建立改厕后续管护机制。\n1\t治理生活垃圾'],
  ])('should keep %s a table', async (_what, rows, expected) => {
    expect(brief(await read(`<table>${rows}</table>`))).toEqual([expected]);
  });

  it.each([
    ['a title row over a dateline row', '<tr><td>某县人民政府办公室关于印发某县节水方案的通知</td></tr><tr><td>发布时间：2024-03-08&nbsp;&nbsp;来源：县政府办</td></tr>', ['paragraph: 某县人民政府办公室关于印发某县节水方案的通知', 'paragraph: 发布时间：2024-03-08\u00a0\u00a0来源：县政府办']],
    ['a title row over a dateline spread over cells', '<tr><td colspan="2">某县节水方案</td></tr><tr><td>发布日期：2024年3月8日</td><td>来源：县政府办</td></tr>', ['paragraph: 某县节水方案', 'paragraph: 发布日期：2024年3月8日', 'paragraph: 来源：县政府办']],
    ['a notice title over a row of its source', '<tr><td>某县人民政府关于调整某项政策的通知</td></tr><tr><td>来源：县政府办</td></tr>', ['paragraph: 某县人民政府关于调整某项政策的通知', 'paragraph: 来源：县政府办']],
  ])('should read the title block an old CMS nests in its layout table (%s) as the blocks inside it', async (_what, rows, expected) => {
    const html = `<table><tr><td><table>${rows}</table></td></tr><tr><td><p>各乡镇人民政府：</p><p>现将方案印发给你们，请认真组织实施。</p></td></tr></table>`;
    expect(brief(await read(html))).toEqual([...expected, 'paragraph: 各乡镇人民政府：', 'paragraph: 现将方案印发给你们，请认真组织实施。']);
  });

  it.each([
    ['a one-column list of documents', '<tr><td>关于开展某项检查的通知</td></tr><tr><td>关于调整某项政策的通知</td></tr>', 'table: 关于开展某项检查的通知\n关于调整某项政策的通知'],
    ['a metadata table whose first cell is a 发布日期', '<tr><td>发布日期：2024-03-08</td><td>文号：某政发〔2024〕1号</td></tr><tr><td>索引号：1234</td><td>分类：综合政务</td></tr>', 'table: 发布日期：2024-03-08\t文号：某政发〔2024〕1号\n索引号：1234\t分类：综合政务'],
  ])('should keep %s a table, no title block', async (_what, rows, expected) => {
    expect(brief(await read(`<table>${rows}</table>`))).toEqual([expected]);
  });

  it('should give a table caption as a paragraph before the table', async () => {
    const html = '<table><caption>重点任务工作目标年度分解表</caption><tr><td>序号</td><td>2020</td></tr></table>';
    expect(brief(await read(html))).toEqual(['paragraph: 重点任务工作目标年度分解表', 'table: 序号\t2020']);
  });
});

describe('htmlToBlocks: page furniture', () => {
  const page = `<html><head><title>标题_网站</title><meta name="ArticleTitle" content="关于印发某方案的通知"><meta name="PubDate" content="2022-07-25 15:30"><meta name="keywords" content="网站"></head><body>
    <header><div>某某区人民政府</div></header>
    <div class="topnav"><a href="/">首页</a> <a href="/a">政务公开</a></div>
    <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/z">政策文件</a></div>
    <div class="wrap"><div class="left"><ul><li><a href="/1">通知公告</a></li><li><a href="/2">关于开展某项工作的通知</a></li></ul></div>
    <div class="content">
      <article><header><h1>关于印发某方案的通知</h1></header>
      <p>各街道办事处，区政府各委、办、局：</p>
      <p>现将《某方案》印发给你们，请认真贯彻执行。各单位要加强组织领导，确保各项任务落到实处。</p>
      <p>附件：<a href="/f.docx">某某区某项工作实施方案任务分解表</a></p>
      <p>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">打印</a></p></article>
    </div></div>
    <footer><p>主办单位：某某区人民政府办公室</p></footer>
    <form><label>搜索</label><input name="q"></form>
    </body></html>`;

  it('should mark navigation, landmarks, link lists outside the content and share bars as chrome, and nothing else', async () => {
    expect(brief(await read(page))).toEqual([
      'frontmatter: ArticleTitle: 关于印发某方案的通知\nPubDate: 2022-07-25 15:30',
      'paragraph*: 某某区人民政府',
      'paragraph*: 首页 政务公开',
      'paragraph*: 当前位置：首页 > 政策文件',
      'paragraph*: 通知公告',
      'paragraph*: 关于开展某项工作的通知',
      'heading1: 关于印发某方案的通知',
      'paragraph: 各街道办事处，区政府各委、办、局：',
      'paragraph: 现将《某方案》印发给你们，请认真贯彻执行。各单位要加强组织领导，确保各项任务落到实处。',
      'paragraph: 附件：某某区某项工作实施方案任务分解表',
      'paragraph*: 分享到：微信 微博 打印',
      'paragraph*: 主办单位：某某区人民政府办公室',
      'paragraph*: 搜索',
    ]);
  });

  it.each([
    ['<div id="header">'],
    ['<div class="head">'],
    ['<div class="top clearfix">'],
    ['<div class="header">'],
  ])('should mark a site banner in %s outside the content as chrome, links or not', async (open) => {
    const html = `<body>${open}某区人民政府门户网站 | 首页 | 政务公开 | 政务服务</div><div class="article"><p>各街道办事处，区政府各部门：</p><p>现将《某方案》印发给你们，请认真贯彻执行。各单位要加强组织领导，确保各项任务落到实处。</p></div></body>`;
    expect((await read(html)).filter((b) => b.chrome).map((b) => b.text)).toEqual(['某区人民政府门户网站 | 首页 | 政务公开 | 政务服务']);
  });

  it('should keep a title, a label line or a sentence in a banner-named element as text', async () => {
    const html = [
      '<body><div class="head"><h1>某区人民政府办公室关于印发某方案的通知</h1></div>',
      '<div class="top"><p>某区人民政府办公室关于印发某方案的通知</p><p>发布机构：某区人民政府办公室</p></div>',
      '<div class="article"><p>各街道办事处，区政府各部门：</p><p>现将《某方案》印发给你们，请认真贯彻执行。各单位要加强组织领导，确保各项任务落到实处。</p></div></body>',
    ].join('');
    expect((await read(html)).some((b) => b.chrome)).toBe(false);
  });

  it('should not take a page-wide wrapper named top for a banner', async () => {
    const html = '<body><div id="top"><div class="sitename">某区人民政府门户网站</div><div class="article"><p>各街道办事处，区政府各部门：</p><p>现将《某方案》印发给你们，请认真贯彻执行。各单位要加强组织领导，确保各项任务落到实处。</p></div></div></body>';
    expect((await read(html)).some((b) => b.chrome)).toBe(false);
  });

  it('should keep a download of a document file labelled 附件 below the article as text, and other link blocks there as chrome', async () => {
    const body = '<div class="TRS_Editor"><p>各乡镇人民政府，县直各部门：</p><p>经县人民政府同意，现将《某县大气污染防治工作方案》印发给你们，请认真抓好贯彻落实。</p></div>';
    const html = `<body>${body}<div class="fj">附件：<a href="/u/2024/a.pdf">某县大气污染防治工作方案.pdf</a></div><div><p>相关附件：</p><p><a href="/u/2024/b.docx">某县资金管理细则.docx</a></p></div><div><a href="/u/2024/c.pdf">另一份通知.pdf</a></div></body>`;
    const blocks = await read(html);
    expect(brief(blocks).slice(2)).toEqual(['paragraph: 附件：某县大气污染防治工作方案.pdf', 'paragraph: 相关附件：', 'paragraph: 某县资金管理细则.docx', 'paragraph*: 另一份通知.pdf']);
    expect(blocks.flatMap((b) => b.files ?? [])).toEqual([
      { text: '某县大气污染防治工作方案.pdf', href: '/u/2024/a.pdf' },
      { text: '某县资金管理细则.docx', href: '/u/2024/b.docx' },
      { text: '另一份通知.pdf', href: '/u/2024/c.pdf' },
    ]);
  });

  it('should report the page metadata <meta> tags as front-matter fields at their tags', async () => {
    const [meta] = await htmlToBlocks(page);
    expect(meta!.fields!.map((f) => [f.key, f.value, page.slice(f.start, f.end).startsWith('<meta name="' + f.key)])).toEqual([
      ['ArticleTitle', '关于印发某方案的通知', true],
      ['PubDate', '2022-07-25 15:30', true],
    ]);
  });
});

describe('htmlToBlocks: real pages', () => {
  it('should read the district page fixture (GBK, gb2312) into positioned blocks with its metadata table', async () => {
    const html = iconv.decode(readFileSync('fixtures/forms/district-page.html'), 'gb18030');
    const blocks = await read(html);
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.rows!.map((r) => r.filter((c) => !c.spanned).map((c) => c.text))).toEqual([
      ['名\u2003\u2003称：', '河东区人民政府办公室关于修订河东区科技创新三年行动计划(2020—2022年)的通知'],
      ['索\u2002引\u2002号：', '11120102MB1715518C/2022-00014', '发布机构：', '天津市河东区人民政府办公室'],
      ['发文字号：', '河东政办函〔2022〕10号', '主\u2003\u2003题：', '科技工业信息化\\科技'],
      ['成文日期：', '', '发文日期：', ''],
      ['有\u2002效\u2002性：', '有效'],
    ]);
    expect(blocks.filter((b) => b.chrome).map((b) => b.text)).toEqual([
      '无障碍 无障碍 简体 | 繁体 长者模式 长者模式',
      '首页',
      '走进河东',
      '政务公开',
      '政务服务',
      '互动交流',
      '通知公告',
      '政务公开\u00a0\u00a0>\u00a0\u00a0政策文件\u00a0\u00a0>\u00a0\u00a0河东区文件\u00a0\u00a0>\u00a0\u00a0区政府办公室文件',
      '分享到：微信 微博 QQ空间',
      '【打印本页】 【关闭窗口】',
      '网站地图 | 联系我们',
      // <div id="bottom"> outside the region of sentences is the page's footer.
      '主办单位：天津市河东区人民政府办公室\u2003网站标识码：1201020001',
      '津ICP备05003839号\u2003津公网安备 12010202000001号',
    ]);
  });

  const govcn = '../shared/corpus/govcn';
  it.skipIf(!existsSync(govcn))('should read the gov.cn pages: metadata table with label cells, then the document as paragraphs (skipped without ../shared/corpus)', async () => {
    for (const file of readdirSync(govcn).filter((f) => f.endsWith('.htm'))) {
      const html = readFileSync(join(govcn, file), 'utf8');
      const blocks = await read(html);
      const first = blocks[0]!;
      expect(first.kind, file).toBe('table');
      expect(first.rows![0]![0]!.text.replace(/[\s\u3000]/g, ''), file).toBe('索引号：');
      expect(blocks.filter((b) => b.kind === 'paragraph').length, file).toBeGreaterThan(5);
      expect(blocks.some((b) => b.chrome), file).toBe(false);
    }
  });
});

describe('htmlToBlocks: Word footnotes', () => {
  const page = [
    '<p>达到<span>90%</span><a style="mso-footnote-id:ftn1" href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference><![if !supportFootnotes]>[1]<![endif]></span></a>以上。</p>',
    '<table><tr><td>指标<a href="#_ftn1" name="_ftnref1"><span>[1]</span></a></td><td>2025年</td></tr><tr><td>通达率</td><td>90</td></tr></table>',
    '<div style="mso-element:footnote-list"><hr>',
    '<div style="mso-element:footnote" id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><span>[1]</span></a>通达率指比例。</p><p>第二段。</p></div>',
    '<div style="mso-element:endnote" id=edn1><p><a href="#_ednref1" name="_edn1">[i]</a>尾注。</p></div>',
    '</div>',
  ].join('\n');

  it('should leave a footnote reference out of the sentence and of a table cell, keeping where it stands', async () => {
    const extras: { footnoteRefs?: Array<{ mark: string; start: number; end: number }> } = {};
    const blocks = await htmlToBlocks(page, [], extras);
    expect(blocks[0]!.text).toBe('达到90%以上。');
    expect(blocks[0]!.footnote).toBeUndefined();
    expect(blocks[1]!.rows![0]![0]!.text).toBe('指标');
    expect(extras.footnoteRefs!.map((r) => [r.mark, page.slice(r.start, r.start + 2), page.slice(r.end - 4, r.end)])).toEqual([
      ['1', '<a', '</a>'],
      ['1', '<a', '</a>'],
    ]);
  });

  it('should give every paragraph of a footnote its mark, without the mark in the text', async () => {
    const notes = (await htmlToBlocks(page)).filter((b) => b.footnote !== undefined);
    expect(notes.map((b) => [b.footnote, b.text])).toEqual([
      ['1', '通达率指比例。'],
      ['1', '第二段。'],
      ['i', '尾注。'],
    ]);
  });
});

describe('htmlToBlocks: note marks in table cells', () => {
  it.each([
    ['120<sup>1</sup>', '120'],
    ['98.5%<sup>*</sup>', '98.5%'],
    ['30<sup>①</sup>', '30'],
    ['45<sup>[2]</sup>', '45'],
    ['12<sup>注1</sup>', '12'],
    ['区科技局<sup>3</sup>', '区科技局'],
    // A unit's exponent is the superscript character, as pandoc's m^2^ gives it.
    ['万m<sup>2</sup>', '万m²'],
    ['万m<sup>3</sup>/日', '万m³/日'],
    ['mg·L<sup>-1</sup>', 'mg·L⁻¹'],
    // A mark that opens the cell numbers it: it stays.
    ['<sup>1</sup>', '1'],
  ])('should read the cell %s as %s', async (cell, expected) => {
    const blocks = await htmlToBlocks(`<table><tr><td>指标</td><td>2025年</td></tr><tr><td>增加值</td><td>${cell}</td></tr></table>`);
    expect(blocks[0]!.rows![1]![1]!.text).toBe(expected);
  });

  it('should keep where a dropped mark stood, as a footnote reference', async () => {
    const page = '<table><tr><td>指标</td><td>2025年</td></tr><tr><td>增加值</td><td>120<sup>1</sup></td></tr></table>';
    const extras: { footnoteRefs?: Array<{ mark: string; start: number; end: number }> } = {};
    await htmlToBlocks(page, [], extras);
    expect(extras.footnoteRefs!.map((r) => [r.mark, page.slice(r.start, r.end)])).toEqual([['1', '<sup>1</sup>']]);
  });
});

describe('htmlToBlocks: superscripts in paragraphs', () => {
  it.each([
    ['（牵头单位：市科技局<sup>3</sup>；配合单位：市财政局）', '（牵头单位：市科技局；配合单位：市财政局）'],
    ['投入强度达到2.8%<sup>1</sup>，企业达到1200家<sup>[2]</sup>。', '投入强度达到2.8%，企业达到1200家。'],
    ['覆盖率达到45%<sup>①</sup>以上', '覆盖率达到45%以上'],
    ['人均公园绿地面积达到15m<sup>2</sup>，新增120万m<sup>2</sup>以上', '人均公园绿地面积达到15m²，新增120万m²以上'],
    ['日处理能力60万m<sup><span>3</span></sup>', '日处理能力60万m³'],
    ['注：<sup>1</sup>研发经费投入强度指研发经费占地区生产总值比重。', '注：1研发经费投入强度指研发经费占地区生产总值比重。'],
  ])('should read %s as %s', async (p, expected) => {
    const blocks = await htmlToBlocks(`<p>${p}</p>`);
    expect(blocks.map((b) => b.text)).toEqual([expected]);
  });

  it('should keep an exponent at the source span of its digit, and a note mark as a footnote reference', async () => {
    const page = '<p>达到15m<sup>2</sup>，由区科技局<sup>3</sup>牵头</p>';
    const extras: { footnoteRefs?: Array<{ mark: string; start: number; end: number }> } = {};
    const [block] = await htmlToBlocks(page, [], extras);
    const at = block!.text.indexOf('²');
    const anchor = [...block!.anchors!].reverse().find((a) => a.text <= at)!;
    expect(page[anchor.source + (at - anchor.text)]).toBe('2');
    expect(extras.footnoteRefs!.map((r) => [r.mark, page.slice(r.start, r.end)])).toEqual([['3', '<sup>3</sup>']]);
  });
});
