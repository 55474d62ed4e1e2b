import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/source/html-adapter.js';
import type { Block, SourceDocument } from '../../src/source/types.js';
import { brief, readChecked } from '../helpers/blocks.js';

const read = (source: string): Promise<Block[]> => readChecked(htmlToBlocks, source);

describe('htmlToBlocks: an article hidden until a script shows it', () => {
  it('should read an article under visibility:hidden (WeChat\'s #js_content), and drop a hidden menu and a display:none box', async () => {
    const html = `<div id="js_content" style="visibility: hidden;"><section>某区人民政府关于印发某区若干措施的通知</section>
<section>现将《某区若干措施》印发给你们，请认真贯彻落实。</section><section>1.对首次认定的企业给予一次性奖励20万元。</section>
<div class="menu" style="visibility:hidden"><a href="#">分享</a> 收藏</div></div>
<div style="display:none;visibility:hidden"><p>请长按识别二维码关注公众号。扫一扫下载客户端。再扫一扫看更多内容。</p></div>`;
    expect(brief(await read(html))).toEqual([
      'paragraph: 某区人民政府关于印发某区若干措施的通知',
      'paragraph: 现将《某区若干措施》印发给你们，请认真贯彻落实。',
      'paragraph: 1.对首次认定的企业给予一次性奖励20万元。',
    ]);
  });
});

describe('htmlToBlocks: hard-wrapped text one line a block', () => {
  const lines = [
    '到2026年，全区数字经济核心产业增加值达到120亿元，年均',
    '增长15%以上；规模以上工业企业数字化改造覆盖率达到90%；',
    '新增省级工业互联网平台5个。',
    '二、重点任务',
    '1.培育数字核心企业。实施数字经济“雄鹰”培育计划，每年新增',
    '国家级专精特新“小巨人”企业2家以上。（牵头单位：区经信局；',
    '参与单位：区科技局、区发改局）',
  ];
  const joined = [
    'paragraph: 一、工作目标',
    'paragraph: 到2026年，全区数字经济核心产业增加值达到120亿元，年均增长15%以上；规模以上工业企业数字化改造覆盖率达到90%；新增省级工业互联网平台5个。',
    'paragraph: 二、重点任务',
    'paragraph: 1.培育数字核心企业。实施数字经济“雄鹰”培育计划，每年新增国家级专精特新“小巨人”企业2家以上。（牵头单位：区经信局；参与单位：区科技局、区发改局）',
  ];

  it('should join a PDF pasted one <p> a line where a line goes on in the next, as plain text\'s wrapped lines are', async () => {
    const html = `<div class="TRS_Editor"><p>一、工作目标</p>${lines.map((l) => `<p>${l}</p>`).join('\n')}</div>`;
    expect(brief(await read(html))).toEqual(joined);
  });

  it('should join the lines of a <pre> as it joins lines a <br> parts', async () => {
    const html = `<div><pre>\n一、工作目标\n${lines.join('\n')}\n</pre></div>`;
    expect(brief(await read(html))).toEqual(joined);
  });

  it('should join pdf2htmlEX\'s line <div>s, a word cut at the line\'s end (中药 | 材)', async () => {
    const html = `<div class="pc"><div class="t">一、发展目标</div><div class="t">到2026年，全县中药材种植面积稳定在10万亩以上，中药</div><div class="t">材全产业链产值达到150亿元。</div><div class="t">二、重点任务</div></div>`;
    expect(brief(await read(html))).toEqual(['paragraph: 一、发展目标', 'paragraph: 到2026年，全县中药材种植面积稳定在10万亩以上，中药材全产业链产值达到150亿元。', 'paragraph: 二、重点任务']);
  });

  it('should join addressees cut inside a name over two <p>s, and a part\'s number set apart from its heading\'s words', async () => {
    const html = `<p>各乡镇人民政府、街道办事处，县政府各部门、各直属</p><p>单位：</p><p>现将方案印发给你们。</p><p>一、</p><p>加大财政支持</p>
<section><section>二、</section><section><strong>优化营商环境</strong></section></section>`;
    expect(brief(await read(html))).toEqual([
      'paragraph: 各乡镇人民政府、街道办事处，县政府各部门、各直属单位：',
      'paragraph: 现将方案印发给你们。',
      'paragraph: 一、加大财政支持',
      'paragraph: 二、优化营商环境',
    ]);
  });

  it('should keep a page\'s own paragraphs, list items and a footer\'s lines apart where no line stops inside a sentence', async () => {
    const html = `<div class="article"><p>某区人民政府办公室关于印发某区养老服务提升行动方案的通知</p><p>现将《某区养老服务提升行动方案》印发给你们，请认真贯彻执行。</p>
<p>一、出台背景：为积极应对人口老龄化，区政府办公室印发了本方案。</p></div><ul><li>推进物联网感知设施部署</li><li>培育数字产业集群</li></ul>
<div class="contact">主办：某区人民政府办公室　电话：0871-1234567<br>滇ICP备05001234号</div>`;
    expect(brief(await read(html))).toEqual([
      'paragraph: 某区人民政府办公室关于印发某区养老服务提升行动方案的通知',
      'paragraph: 现将《某区养老服务提升行动方案》印发给你们，请认真贯彻执行。',
      'paragraph: 一、出台背景：为积极应对人口老龄化，区政府办公室印发了本方案。',
      'paragraph: 推进物联网感知设施部署',
      'paragraph: 培育数字产业集群',
      'paragraph: 主办：某区人民政府办公室　电话：0871-1234567',
      'paragraph: 滇ICP备05001234号',
    ]);
  });
});

describe('htmlToBlocks: an article carried twice', () => {
  const article = '<p>某县人民政府办公室关于印发某县数字乡村建设实施方案的通知</p><p>各乡镇人民政府，县政府直属各单位：</p><p>《某县数字乡村建设实施方案》已经县政府同意，现印发给你们，请认真贯彻执行。</p><p>（一）完善乡村数字基础设施。推进5G基站建设。（牵头单位：县经信局）</p>';

  it('should read the first copy of a page that carries the article for PC and for phones, set the second aside as chrome and say so', async () => {
    const html = `<body><div class="content-pc">${article}</div><div class="content-wap">${article}</div></body>`;
    const problems: SourceDocument['problems'] = [];
    const blocks = await htmlToBlocks(html, problems);
    expect(blocks.filter((b) => !b.chrome).map((b) => b.text)).toEqual([...article.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]));
    expect(blocks.filter((b) => b.chrome)).toHaveLength(4);
    expect(problems.map((p) => [p.ruleId, p.severity, p.offset])).toEqual([['html-article-copy', 'info', html.indexOf('<div class="content-wap">')]]);
  });

  it('should keep two halves of a page that differ, and a short repeated line', async () => {
    const other = article.replace('推进5G基站建设', '推进千兆光网建设');
    const html = `<body><div class="a">${article}</div><div class="b">${other}</div><p>返回顶部</p><p>返回顶部</p></body>`;
    const problems: SourceDocument['problems'] = [];
    const blocks = await htmlToBlocks(html, problems);
    expect(blocks.filter((b) => b.chrome)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('htmlToBlocks: hard-wrapped text in <pre> with blank lines between paragraphs', () => {
  // Full lines of 22 characters, each paragraph's last one shorter; a blank line parts paragraphs.
  const paragraphs = [
    ['区政府同意，现将修订的《某区数字经济行动方案', '》印发给你们，请认真组织实施。原《某区数字经', '济发展行动方案》（某政办发〔二〇二三〕六号）', '同时废止。'],
    ['为深入贯彻落实国家、我市关于发展数字经济的决', '策部署，加快推动数字产业化、产业数字化，结合', '我区实际，制定本方案。'],
    ['以习近平新时代中国特色社会主义思想为指导，全', '面贯彻落实党的二十大精神，完整、准确、全面贯', '彻新发展理念。'],
    ['各部门要加强协同配合，压实工作责任，确保各项', '任务落到实处。'],
  ];

  it('should join a full line that ends in a bracket with the line under it, as plain text does where blank lines part paragraphs', async () => {
    expect(paragraphs.flatMap((p) => p.slice(0, -1)).every((l) => l.length === 22)).toBe(true);
    const html = `<pre>${paragraphs.map((p) => p.join('\n')).join('\n\n')}\n</pre>`;
    expect((await read(html)).map((b) => b.text)).toEqual(paragraphs.map((p) => p.join('')));
  });

  it('should keep the lines of two paragraphs apart at a blank line even where the first stops inside a clause', async () => {
    const html = '<pre>一、工作目标\n\n到2025年，全区新增企业10家，\n\n新增省级工业互联网平台5个。\n</pre>';
    expect((await read(html)).map((b) => b.text)).toEqual(['一、工作目标', '到2025年，全区新增企业10家，', '新增省级工业互联网平台5个。']);
  });
});
