import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { classifyChrome } from '../../src/parse/chrome.js';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { htmlToBlocks } from '../../src/source/html-adapter.js';

describe('page chrome whose parts run together on one line', () => {
  it.each([
    ['今天是：2024年3月18日 星期一无障碍长者模式', 'date-widget'],
    ['2024年3月18日 星期一无障碍浏览繁体版English', 'date-widget'],
    ['今天是：2024年3月18日 星期一 | 无障碍长者模式', 'date-widget'],
    ['今天是：2024年3月18日 星期一无障碍设施建设', null],
    ['发布时间：2024-03-12 09:30　　阅读：1234次　　【 大 中 小 】', 'share'],
    ['发布日期：2024年3月12日　【大 中 小】', 'share'],
    ['2024-03-12　来源：区民政局　【 字号：大 中 小 】', 'share'],
    ['推进适老化改造　【 大 中 小 】', null],
    ['阅读：《某方案》　【 大 中 小 】', null],
  ])('should classify %s as %s', (text, kind) => {
    expect(classifyChrome(text)).toBe(kind);
  });

  it('should read the title under a date widget run on into its links, not leave both in the preamble', async () => {
    const doc = await parseFile('fixtures/styles/page-widget-run-on-dateline-reading-tools.txt');
    expect(doc.plan!.title).toBe('松溪区老旧小区改造三年行动计划（2024—2026年）');
    expect(doc.chrome.map((c) => c.kind)).toEqual(['date-widget', 'breadcrumb', 'share']);
    expect(doc.plan!.preamble.map((p) => p.text)).toEqual(['为改善居民居住条件，制定本行动计划。']);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should take the published date from a dateline with a read counter and reading tools, and not diff its counter', async () => {
    const file = 'fixtures/styles/page-widget-run-on-dateline-reading-tools.txt';
    const text = readFileSync(file, 'utf8');
    const before = await parseNotice(text, { name: 'a.txt' });
    const after = await parseNotice(text.replace('阅读：856次', '阅读：1302次'), { name: 'b.txt' });
    expect(before.metadata.publishedDate).toBe('2024-04-15');
    expect((await diffDocuments(before, after)).changes).toEqual([]);
  });
});

describe('a notice\'s title block in a banner-named element', () => {
  const article = '<div class="article"><p>各街道办事处，区政府各部门：</p><p>现将《某方案》印发给你们，请认真贯彻执行。各单位要加强组织领导，确保各项任务落到实处。</p></div>';

  it.each([['head'], ['top']])('should keep the number, issuer and date under the title in a <div class="%s"> as text', async (name) => {
    const html = `<body><div class="${name}"><h1>某区人民政府办公室关于印发某方案的通知</h1><p>某政办发〔2024〕12号</p><p>某区人民政府办公室</p><p>2024年4月8日</p></div>${article}</body>`;
    const blocks = await htmlToBlocks(html);
    expect(blocks.filter((b) => b.chrome).map((b) => b.text)).toEqual([]);
  });

  it('should keep a document number alone in a banner-named element as text', async () => {
    const html = `<body><div class="head"><p>某政办发〔2024〕12号</p></div><h1>某区人民政府办公室关于印发某方案的通知</h1>${article}</body>`;
    const blocks = await htmlToBlocks(html);
    expect(blocks.filter((b) => b.chrome).map((b) => b.text)).toEqual([]);
  });

  it('should still set the site\'s banner aside beside a title block of its own', async () => {
    const html = `<body><div id="header"><div class="logo">某区人民政府门户网站 | 首页 | 政务公开</div><div class="head"><h1>某区人民政府办公室关于印发某方案的通知</h1><p>某政办发〔2024〕12号</p></div></div>${article}</body>`;
    const blocks = await htmlToBlocks(html);
    expect(blocks.filter((b) => b.chrome).map((b) => b.text)).toEqual(['某区人民政府门户网站 | 首页 | 政务公开']);
  });

  it('should read the number in a div.head title block as the notice\'s (01-head-docnumber)', async () => {
    const doc = await parseFile('fixtures/styles/page-top-widget-head-title-block.html');
    expect(doc.notice!.documentNumber!.raw).toBe('青政办发〔2024〕9号');
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([['date-widget', '今天是：2024年5月6日 星期一无障碍长者模式']]);
  });
});
