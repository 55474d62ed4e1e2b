import { describe, expect, it } from 'vitest';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { siteFooter, siteTail, topBar } from '../../src/parse/site-furniture.js';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { fold } from '../../src/text/fold.js';

const load = (file: string) => parseFile(`fixtures/styles/${file}`);

const NOTICE = [
  '<h1>某区人民政府办公室关于印发某区节能降碳行动方案的通知</h1>',
  '<p>各街道办事处，区政府各部门：</p>',
  '<p>　　现将《某区节能降碳行动方案》印发给你们，请认真组织实施。</p>',
  '<p>某区人民政府办公室</p><p>2024年3月1日</p>',
  '<p>某区节能降碳行动方案</p>',
  '<p>　　一、重点任务</p>',
  '<p>　　（一）推进工业节能改造。（牵头单位：区经信局；配合单位：区发改局）</p>',
].join('\n');
const html = (body: string, after = ''): string => `<html><head><meta charset="utf-8"></head><body><div class="article">\n${body}\n</div>${after}</body></html>`;

describe('a portal\'s furniture told by what it says', () => {
  it.each([
    ['您是本站第12345678位访客', 'footer'],
    ['您是第1234567位访问者　当前在线人数：23', 'footer'],
    ['今日访问：120 总访问：34567', 'footer'],
    ['本网站支持IPv6　技术支持：某某科技有限公司', 'footer'],
    ['扫码关注“某区发布”微信公众号', 'share'],
    ['推进政府网站支持IPv6改造', null],
    ['政府网站访问量：500万人次', null],
    ['通过微信公众号扫码关注人数达到2万人。', null],
  ])('should read %s anywhere as %s', (line, kind) => {
    expect(siteFooter(fold(line))).toBe(kind);
  });

  it.each([
    ['共2页  1 2 下一页', 'navigation'],
    ['上一页 1 2 3 下一页 尾页', 'navigation'],
    ['技术支持：某某信息技术有限公司', 'footer'],
    ['共2页', null],
    ['技术支持：区大数据中心', null],
    ['1 2', null],
    ['关注“某市发布”微信公众号', 'share'],
    ['欢迎关注某区融媒官方微博！', 'share'],
    ['關注「某縣發布」微信公眾號', 'share'],
    ['关注群众急难愁盼问题', null],
    ['引导群众关注“某市发布”微信公众号。', null],
    ['积极关注、转发“某市发布”公众号', null],
  ])('should read %s at the end of the page as %s', (line, kind) => {
    expect(siteTail(fold(line))).toBe(kind);
  });

  it.each([
    ['欢迎访问某市人民政府门户网站！繁體版English登录注册', 'accessibility'],
    ['English', 'accessibility'],
    ['本网站支持IPv6', 'accessibility'],
    ['智能问答', 'navigation'],
    ['欢迎访问某市人民政府门户网站！', 'other'],
    ['欢迎社会各界积极参与。', null],
    ['某区节能降碳行动方案', null],
  ])('should read the top bar %s as %s', (line, kind) => {
    expect(topBar(fold(line))).toBe(kind);
  });
});

describe('page furniture on an HTML page', () => {
  it('should set a footer named bottom, foot, ft, bq or wrap_bottom aside rather than add it to the last task', async () => {
    for (const name of ['bottom', 'foot', 'ft', 'bq', 'wrap_bottom']) {
      const doc = await parseNotice(html(NOTICE, `<div class="${name}"><p>主办：某区人民政府办公室</p><p>地址：某区府前路1号</p></div>`), { format: 'html' });
      expect(doc.plan!.tasks.map((t) => t.text)).toEqual(['推进工业节能改造。']);
      expect(doc.chrome.map((c) => c.text)).toEqual(['主办：某区人民政府办公室', '地址：某区府前路1号']);
    }
  });

  it('should keep a box named bottom inside the article\'s region of sentences as text', async () => {
    const doc = await parseNotice(html(`${NOTICE}\n<div class="bottom"><p>　　二、保障措施</p><p>　　各部门要加强协作，形成工作合力。</p></div>`), { format: 'html' });
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['各部门要加强协作，形成工作合力。']);
    expect(doc.chrome).toEqual([]);
  });

  it('should set a pager, a visitor counter and a QR block with the credits above it aside, not add them to the last item', async () => {
    const tail = '<div class="page">共2页&nbsp;&nbsp;<a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=2">下一页</a></div><div class="editor">（责任编辑：王五）</div><div class="ewm"><img src="q.png"><span>手机扫一扫</span></div>';
    const doc = await parseNotice(html(NOTICE + tail, '<div class="visit">您是本站第<span>12345678</span>位访客</div>'), { format: 'html' });
    expect(doc.plan!.tasks.map((t) => t.text)).toEqual(['推进工业节能改造。']);
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['other', '共2页\u00a0\u00a01 2 下一页'],
      ['footer', '（责任编辑：王五）'],
      ['share', '手机扫一扫'],
      ['footer', '您是本站第12345678位访客'],
    ]);
  });

  it('should give no diff between two copies of a page whose visitor counters differ', async () => {
    const page = (n: number) => html(NOTICE, `<div class="visit">您是本站第${n}位访客</div>`);
    const a = await parseNotice(page(12345678), { format: 'html' });
    const b = await parseNotice(page(12345999), { format: 'html' });
    expect((await diffDocuments(a, b)).changes).toEqual([]);
  });

  it('should keep every content line of a last task or safeguard that speaks of the site, its account or a 技术支持 unit', async () => {
    const body = [
      NOTICE,
      '<p>　　（二）推进政府网站支持IPv6改造</p>',
      '<p>　　技术支持：区大数据中心</p>',
      '<p>　　二、保障措施</p>',
      '<p>　　加强宣传引导，通过政务微信公众号扫码关注等方式扩大知晓面。</p>',
      '<p>　　政府网站访问量：500万人次</p>',
    ].join('\n');
    const doc = await parseNotice(html(body, '<div class="ft"><p>您是第1234位访问者</p></div>'), { format: 'html' });
    const texts: string[] = [];
    const walk = (items: typeof doc.outline): void => {
      for (const item of items) {
        texts.push(...item.paragraphs.map((p) => p.text));
        walk(item.children);
      }
    };
    walk(doc.outline);
    expect(texts).toEqual([
      '重点任务',
      '推进工业节能改造。（牵头单位：区经信局；配合单位：区发改局）',
      '推进政府网站支持IPv6改造',
      '技术支持：区大数据中心',
      '保障措施',
      '加强宣传引导，通过政务微信公众号扫码关注等方式扩大知晓面。',
      '政府网站访问量：500万人次',
    ]);
    expect(doc.chrome.map((c) => c.text)).toEqual(['您是第1234位访问者']);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read a portal\'s top bar above the notice as chrome, not unparsed text', async () => {
    const doc = await parseNotice(html(NOTICE).replace('<div class="article">', '<div class="topbar"><span>欢迎访问某市人民政府门户网站！</span><a href="/big5/">繁體版</a><a href="/en/">English</a><a href="/login">登录</a><a href="/reg">注册</a></div><div class="article">'), { format: 'html' });
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([['accessibility', '欢迎访问某市人民政府门户网站！繁體版English登录注册']]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('an old table-layout page', () => {
  it('should read the body cell beside a sidebar of links as the notice, the sidebar as chrome', async () => {
    const doc = await load('layout-table-sidebar-body-cell.html');
    expect(doc.notice!.title).toBe('南屏区农业农村局关于印发南屏区农村人居环境整治提升行动方案的通知');
    expect(doc.plan!.tasks.map((t) => [t.text, t.lead, t.participants])).toEqual([
      ['推进农村厕所改造。', ['区农业农村局'], ['区卫生健康局']],
      ['治理农村生活污水。', ['区生态环境分局'], []],
    ]);
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['各镇（街道）要落实属地责任。']);
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['accessibility', '欢迎访问南屏区人民政府门户网站！繁體版English登录注册'],
      ['other', '机构职能'],
      ['other', '政策法规'],
      ['other', '通知公告'],
      ['navigation', '共2页\u00a0\u00a01\u00a02\u00a0下一页'],
      ['footer', '您是本站第1234567位访客　版权所有：南屏区人民政府办公室　网站标识码：3301000001'],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('should keep a one-row data table of a name and a long cell a table when its cells are not links', async () => {
    const lines = Array.from({ length: 6 }, (_, k) => `${k + 1}.完成第${k + 1}项改造任务。`).join('<br>');
    const doc = await parseNotice(html(`${NOTICE}\n<table><tr><td>区住建局</td><td>${lines}</td></tr></table>`), { format: 'html' });
    expect(doc.chrome).toEqual([]);
  });
});

describe('a footer named otherwise and a QR block', () => {
  it('should read every task of the page and set the top bar, the credits, the QR block and the footer aside', async () => {
    const doc = await load('footer-div-named-otherwise.html');
    expect(doc.plan!.tasks.map((t) => t.text)).toEqual([
      '新增国家高新技术企业40家。',
      '推进孵化载体建设，新建众创空间3家。',
      '落实研发费用加计扣除政策，扩大政策知晓面。',
      '办好科技活动周。通过政务微信公众号开展科普宣传，扫码关注人数达到2万人。',
    ]);
    expect(doc.chrome.map((c) => c.text)).toEqual([
      '本网站支持IPv6 智能问答',
      '（责任编辑：周宁）',
      '手机扫一扫',
      '主办单位：西湾区人民政府办公室',
      '本网站支持IPv6　技术支持：某某信息技术有限公司',
      '您是第7654321位访问者　当前在线人数：18',
      '扫码关注“西湾发布”微信公众号',
      '西湾区人民政府办公室承办',
    ]);
  });
});

describe('content a page shows but does not hold as text', () => {
  it('should warn of a document in a viewer when no plan is read', async () => {
    const page = html('<h1>某区人民政府办公室关于印发某区促进数字经济发展三年行动计划（2024—2026年）的通知</h1>\n<div class="pdf"><iframe src="/pdfjs/web/viewer.html?file=%2Fu%2F2024%2F0410.pdf" width="100%"></iframe></div>');
    const doc = await parseNotice(page, { format: 'html' });
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity])).toContainEqual(['embedded-document', 'warning']);
    expect(doc.diagnostics.find((d) => d.ruleId === 'embedded-document')!.message).toContain('/u/2024/0410.pdf');
  });

  it('should not warn of a viewer beside a plan read from the text, nor of a frame that shows no document', async () => {
    const beside = await parseNotice(html(`${NOTICE}\n<iframe src="/pdfjs/web/viewer.html?file=/u/x.pdf"></iframe>`), { format: 'html' });
    expect(beside.diagnostics.map((d) => d.ruleId)).not.toContain('embedded-document');
    const map = await parseNotice(html('<h1>某区人民政府办公室关于印发某区2024年重点项目建设计划的通知</h1>\n<iframe src="https://map.example.com/embed?id=3"></iframe>'), { format: 'html' });
    expect(map.diagnostics.map((d) => d.ruleId)).not.toContain('embedded-document');
  });

  it('should warn of an attachment given as images under its 附件 line', async () => {
    const page = html([
      '<h1>某区人民政府办公室关于印发某区2024年重点项目建设计划的通知</h1>',
      '<p>各街道办事处，区政府各部门：</p>',
      '<p>　　现将《某区2024年重点项目建设计划》印发给你们，请认真组织实施。</p>',
      '<p>某区人民政府办公室</p><p>2024年2月1日</p>',
      '<p>附件：某区2024年重点项目建设计划表</p>',
      '<p><img src="/upload/W1.jpg"></p><p><img src="/upload/W2.jpg"></p>',
    ].join('\n'), '<div class="logo"><img src="/logo.png"></div>');
    const doc = await parseNotice(page, { format: 'html' });
    const warning = doc.diagnostics.find((d) => d.ruleId === 'attachment-as-images')!;
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('附件《某区2024年重点项目建设计划表》 is given as 2 images');
  });
});
