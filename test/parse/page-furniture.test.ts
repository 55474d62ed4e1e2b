import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../src/parse/chrome.js';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';

const NOTICE = `<div class="article">
<p align=center>青山区人民政府办公室关于印发青山区数字经济行动方案的通知</p>
<p>各街道办事处，区政府各部门：</p>
<p>现将《青山区数字经济行动方案》印发给你们，请认真贯彻落实。</p>
<p align=right>青山区人民政府办公室</p>
<p align=right>2024年3月15日</p>
<p align=center>青山区数字经济行动方案</p>
<p>一、工作目标</p>
<p>到2026年，全区数字经济核心产业增加值达到150亿元。</p>
<p>二、重点任务</p>
<p>1.加快5G网络建设。推进重点区域5G网络深度覆盖。（牵头单位：区工业和信息化局；参与单位：区城管局）</p>
<p>三、工作要求</p>
<p>各牵头单位要于每季度末报送工作进展情况。</p>
</div>`;
const page = (before: string, after = '') => parseNotice(`<html><body>${before}${NOTICE}${after}</body></html>`, { name: 'page.html' });

describe('page furniture around the article', () => {
  it.each([
    ['主办：临河县人民政府办公室　电话：0471-1234567', 'footer'],
    ['主办单位：某区政府办 地址：某路1号 邮编：100000', 'footer'],
    ['承办：某区大数据中心　技术支持：某公司', 'footer'],
    ['主办：县农业农村局', null],
    ['主办：县农业农村局。电话：0471-1234567', null],
    ['今天是：2024年3月18日 星期一 无障碍浏览 | 长者模式', 'date-widget'],
    ['今天是：2024年3月18日 星期一 全区召开推进会', null],
    ['当前位置：首页 → 政务公开 → 区政府文件', 'breadcrumb'],
    ['首页/政务公开/政策文件', 'breadcrumb'],
    ['区发改委/区财政局', null],
    ['2024/03/18', null],
    ['11420107MB0123456X/2024-00031', null],
  ])('should classify %s as %s', (text, kind) => {
    expect(classifyChrome(text)).toBe(kind);
  });

  it('should set a site footer of 主办 and 电话 aside, not read it as a part of the plan', async () => {
    const doc = await page('', '<div class="bottom">主办：青山区人民政府办公室　电话：027-1234567<br>鄂ICP备05001234号</div>');
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['footer', '主办：青山区人民政府办公室　电话：027-1234567'],
      ['footer', '鄂ICP备05001234号'],
    ]);
    expect(doc.plan!.tasks.map((t) => t.lead)).toEqual([['区工业和信息化局']]);
    expect(JSON.stringify(doc.outline)).not.toContain('电话');
  });

  it('should set a 政策解读 box under the article aside, its 一、二、 no parts of the plan', async () => {
    const doc = await page('', '<div class="zcjd"><div>政策解读</div><p>一、出台背景：为贯彻落实国家战略，印发了本方案。</p><p>二、主要内容：方案明确了5项重点任务。</p></div>');
    expect(doc.plan!.parts.map((p) => p.title)).toEqual(['工作目标', '重点任务', '工作要求']);
    expect(doc.chrome.map((c) => c.kind)).toEqual(['other', 'other', 'other']);
    expect(doc.chrome[0]!.text).toBe('政策解读');
  });

  const READING_BODY = '<p>一、出台背景</p><p>为加快数字经济发展，区政府制定了本方案。</p><p>二、主要内容</p><p>方案明确了1项重点任务。</p>';

  it.each([
    '<p>【政策解读】</p>',
    '<h3>【政策解读】</h3>',
    '<p>〔政策解读〕</p>',
    '<p>[政策解读]</p>',
    '<p>相关解读：</p>',
    '<p>图解：</p>',
    '<p>图解：青山区数字经济行动方案</p>',
    '<p>【图文解读】《青山区数字经济行动方案》</p>',
    '<p>《青山区数字经济行动方案》政策解读</p>',
    '<h3>政策解读</h3>',
  ])('should set an explanation under %s aside, its 一、二、 no parts of the plan, and say so in an info', async (heading) => {
    const doc = await page('', `<div class="zcjd">${heading}${READING_BODY}</div>`);
    expect(doc.plan!.parts.map((p) => p.title)).toEqual(['工作目标', '重点任务', '工作要求']);
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['各牵头单位要于每季度末报送工作进展情况。']);
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([heading.replace(/<[^>]+>/g, ''), '一、出台背景', '为加快数字经济发展，区政府制定了本方案。', '二、主要内容', '方案明确了1项重点任务。'].map((t) => ['other', t]));
    const info = doc.diagnostics.filter((d) => d.ruleId === 'interpretation-set-aside');
    expect(info.map((d) => [d.severity, d.message.includes('over 4 lines'), d.message.includes('2 numbered lines')])).toEqual([['info', true, true]]);
  });

  // An explanation longer than 60 paragraphs, its heading found wherever it stands after the plan's end.
  const LONG_READING = [
    '<p>一、出台背景</p>',
    ...Array.from({ length: 35 }, (_, i) => `<p>为加快数字经济发展，第${i + 1}段说明出台背景。</p>`),
    '<p>二、主要内容</p>',
    ...Array.from({ length: 35 }, (_, i) => `<p>方案明确了第${i + 1}项重点任务。</p>`),
  ].join('');

  it.each([
    ['the last safeguard', ''],
    ['the plan\'s signature and date', '<p align=right>青山区发展和改革局</p><p align=right>2024年3月15日</p>'],
    ['the plan\'s printing line', '<p>青山区人民政府办公室　　2024年3月15日印发</p>'],
  ])('should find the heading of an explanation of 72 paragraphs right after %s, its 一、二、 no parts', async (_, end) => {
    const doc = await page('', `${end}<div class="zcjd"><h3>政策解读</h3>${LONG_READING}</div>`);
    expect(doc.plan!.parts.map((p) => p.title)).toEqual(['工作目标', '重点任务', '工作要求']);
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['各牵头单位要于每季度末报送工作进展情况。']);
    const info = doc.diagnostics.filter((d) => d.ruleId === 'interpretation-set-aside');
    expect(info.map((d) => [d.message.includes('over 72 lines'), d.message.includes('2 numbered lines')])).toEqual([[true, true]]);
  });

  it('should not take a bare 政策解读 line more than 60 paragraphs above the page\'s end for an explanation when a task part stands above it', async () => {
    const long = Array.from({ length: 70 }, (_, i) => `<p>${i + 1}.推进第${i + 1}项工作。（牵头单位：区工业和信息化局）</p>`).join('');
    const doc = await parseNotice(`<html><body>${NOTICE.replace('<p>三、工作要求</p>', `<p>政策解读</p>${long}<p>三、工作要求</p>`)}</body></html>`, { name: 'page.html' });
    expect(doc.diagnostics.filter((d) => d.ruleId === 'interpretation-set-aside')).toEqual([]);
    expect(doc.plan!.parts.map((p) => p.title)).toEqual(['工作目标', '重点任务', '工作要求']);
    expect(doc.plan!.tasks.length).toBeGreaterThanOrEqual(70);
  });

  it('should set a bare 政策解读： label over the explanation\'s title aside with it, not add it to the last item', async () => {
    const doc = await page('', `<p>政策解读：</p><p>《青山区数字经济行动方案》政策解读</p>${READING_BODY}`);
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['各牵头单位要于每季度末报送工作进展情况。']);
    expect(doc.chrome.map((c) => c.kind)).toEqual(['navigation', 'other', 'other', 'other', 'other', 'other']);
  });

  it.each([
    ['（一）做好政策解读', '区发改委要及时开展政策解读，回应社会关切。'],
    ['（一）加强政策图解', '图解：区融媒体中心要制作图解，提高知晓率。'],
  ])('should keep the plan\'s own item %s with its text in the plan, no explanation', async (item, text) => {
    const doc = await parseNotice(`<html><body>${NOTICE.replace('<p>各牵头单位要于每季度末报送工作进展情况。</p>', `<p>${item}</p><p>${text}</p>`)}</body></html>`, { name: 'page.html' });
    expect(doc.chrome).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'interpretation-set-aside')).toEqual([]);
    expect(doc.plan!.safeguards.map((s) => s.title)).toEqual([item.slice(3)]);
  });

  it('should keep a plan\'s own 政策解读 heading with a marker in the plan', async () => {
    const doc = await page('', '');
    const text = await parseNotice(
      ['青山区数字经济行动方案', '', '一、重点任务', '', '1.加快5G网络建设。（牵头单位：区工业和信息化局）', '', '二、政策解读', '', '区政府办要做好政策解读。'].join('\n'),
    );
    expect(doc.chrome).toEqual([]);
    expect(text.plan!.parts.map((p) => p.title)).toEqual(['重点任务', '政策解读']);
  });

  it('should read each label pair of a header cell that holds several', async () => {
    const doc = await page(
      '<table><tr><td>索引号：1142/2024-00031　　发文机关：青山区人民政府办公室</td></tr><tr><td>发文字号：青政办发〔2024〕12号　　发布日期：2024-03-18</td></tr><tr><td>有效性：有效　　废止日期：2029-03-14</td></tr></table>',
    );
    expect(doc.metadata.fields.map((f) => [f.label, f.value])).toEqual([
      ['索引号', '1142/2024-00031'],
      ['发文机关', '青山区人民政府办公室'],
      ['发文字号', '青政办发〔2024〕12号'],
      ['发布日期', '2024-03-18'],
      ['有效性', '有效'],
      ['废止日期', '2029-03-14'],
    ]);
    expect([doc.metadata.indexNumber, doc.metadata.publishedDate, doc.metadata.validity]).toEqual(['1142/2024-00031', '2024-03-18', '有效']);
  });

  it('should give publishedDate from 公开日期, not from a 生成日期 after it, nor before it', async () => {
    const lines = (a: string, b: string) => [a, b, '发布机构：某县人民政府办公室', '', '某县人民政府办公室关于印发某县方案的通知', '', '各乡镇：', '', '现印发给你们。'].join('\n');
    expect((await parseNotice(lines('公开日期：2024-05-20', '生成日期：2024-05-16'))).metadata.publishedDate).toBe('2024-05-20');
    expect((await parseNotice(lines('生成日期：2024-05-16', '公开日期：2024-05-20'))).metadata.publishedDate).toBe('2024-05-20');
    expect((await parseNotice(lines('索引号：1/2024-1', '生成日期：2024-05-16'))).metadata.publishedDate).toBe('2024-05-16');
  });

  it('should read a breadcrumb parted by arrows or slashes as the category', async () => {
    const arrow = await page('<div>当前位置：<a href="/">首页</a> → <a href="/zwgk/">政务公开</a> → <a href="/x/">区政府文件</a></div>');
    expect(arrow.metadata.category).toEqual(['政务公开', '区政府文件']);
    const slash = await page('<div class="bread"><a href="/">首页</a><span>/</span><a href="/zwgk/">政务公开</a><span>/</span><a href="/x/">政策文件</a></div>');
    expect(slash.metadata.category).toEqual(['政务公开', '政策文件']);
  });

  it('should set a top bar\'s date with its links, and a site name the title repeats, aside', async () => {
    const bar = await page('<div class="top"><span>今天是：2024年3月18日 星期一</span><a href="/wza/">无障碍浏览</a> | <a href="/z/">长者模式</a></div>');
    expect(bar.unparsed).toEqual([]);
    expect(bar.chrome.map((c) => c.kind)).toEqual(['date-widget']);
    const name = await page('<div class="top">青山区人民政府办公室</div>');
    expect(name.notice!.title).toBe('青山区人民政府办公室关于印发青山区数字经济行动方案的通知');
    expect(name.chrome.map((c) => [c.kind, c.text])).toEqual([['other', '青山区人民政府办公室']]);
  });

  it('should keep an issuer line over a title that starts with 关于 as the title\'s first line', async () => {
    const doc = await parseNotice(['青山区人民政府办公室', '关于印发青山区数字经济行动方案的通知', '', '各街道办事处：', '', '现印发给你们。'].join('\n'));
    expect(doc.notice!.title).toBe('青山区人民政府办公室关于印发青山区数字经济行动方案的通知');
    expect(doc.chrome).toEqual([]);
  });

  it('should keep the 发文字号 under the title when a <dl> header names it with a bare 文号 label', async () => {
    const doc = await parseNotice(
      `<dl><dt>索引号</dt><dd>XL-2024-0007</dd><dt>文号</dt><dd>青政办发〔2024〕12号</dd></dl>${NOTICE.replace('</p>\n<p>各街道', '</p>\n<p align=center>青政办发〔2024〕12号</p>\n<p>各街道')}`,
      { name: 'page.html' },
    );
    expect(doc.notice!.documentNumber?.raw).toBe('青政办发〔2024〕12号');
    expect(doc.chrome).toEqual([]);
  });

  it('should refuse a list page of notices\' headlines over teasers as no notice', async () => {
    const doc = await parseNotice(
      `<div class="list">
<div><h4><a href="/a1.html">青山区人民政府办公室关于印发青山区数字经济三年行动方案的通知</a></h4>
<p>索引号：1142/2024-00031　发文字号：青政办发〔2024〕12号</p><p>到2026年，全区数字经济核心产业增加值达到150亿元……</p></div>
<div><h4><a href="/a2.html">青山区人民政府关于印发青山区设备更新实施方案的通知</a></h4>
<p>一、总体要求 二、重点任务 三、保障措施……</p></div>
<div>共12条 1/2页 <a href="?p=2">下一页</a></div></div>`,
      { name: 'list.html' },
    );
    const refusal = doc.diagnostics.find((d) => d.ruleId === 'not-a-notice');
    expect(refusal?.severity).toBe('error');
    expect(refusal?.message).toContain('list page');
  });

  it('should not take a notice page with a box of related notices under it for a list page', async () => {
    const doc = await page('', '<div class="related"><h3>相关文件</h3><ul><li><a href="/a">青山区人民政府关于印发某方案的通知</a></li><li><a href="/b">青山区人民政府关于印发某办法的通知</a></li></ul></div>');
    expect(doc.diagnostics.filter((d) => d.ruleId === 'not-a-notice')).toEqual([]);
  });
});

describe('page furniture of the style fixtures', () => {
  it('should set the top bar, the 政策解读 box and the site footer aside and give the arrow breadcrumb as the category', async () => {
    const doc = await parseFile('fixtures/styles/page-cell-pairs-reading-box-imprint.html');
    expect(doc.chrome.map((c) => c.kind)).toEqual(['date-widget', 'breadcrumb', 'other', 'other', 'other', 'footer', 'footer']);
    expect(doc.metadata.category).toEqual(['政务公开', '区政府办文件']);
  });

  it('should set the bare 政策解读： label and the 【政策解读】 box aside, with one info over the box', async () => {
    const doc = await parseFile('fixtures/styles/page-reading-box-bracketed-heading.html');
    expect(doc.chrome.map((c) => [c.kind, c.position.start.line])).toEqual([
      ['navigation', 17],
      ['other', 18],
      ...[19, 20, 21, 22, 23, 24].map((line) => ['other', line]),
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'interpretation-set-aside').map((d) => [d.severity, d.position?.start.line, d.position?.end.line])).toEqual([['info', 18, 24]]);
  });

  it('should set the site name and the footer aside and give the slash breadcrumb as the category', async () => {
    const doc = await parseFile('fixtures/styles/page-dl-docno-slash-crumb-site-name.html');
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['other', '西岭区科学技术局'],
      ['breadcrumb', '首页/信息公开/通知公告'],
      ['footer', '主办：西岭区科学技术局　地址：西岭区科技路8号'],
      ['footer', '蜀ICP备06001234号'],
    ]);
    expect(doc.metadata.category).toEqual(['信息公开', '通知公告']);
  });
});
