import { describe, expect, it } from 'vitest';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { siteFooter, topBar } from '../../src/parse/site-furniture.js';
import { classifyChrome } from '../../src/parse/chrome.js';
import { fold } from '../../src/text/fold.js';

const page = (body: string, after = ''): string => `<html><head><meta charset="utf-8"></head><body><div class="article">\n${body}\n</div>${after}</body></html>`;
const COVER = [
  '<h1>某区人民政府办公室关于印发某区数字经济发展行动计划的通知</h1>',
  '<p>各街道办事处，区政府各部门：</p>',
  '<p>《某区数字经济发展行动计划》已经区政府同意，现印发给你们，请认真贯彻执行。</p>',
  '<p>某区人民政府办公室</p><p>2024年3月5日</p>',
].join('\n');

describe('furniture words that are the document\'s own', () => {
  it('should read a counter and a view count whose number a script fills in as furniture', () => {
    expect(siteFooter(fold('您是第位访问者'))).toBe('footer');
    expect(siteFooter(fold('阅读：加载中'))).toBe('share');
    expect(siteFooter(fold('阅读：全文'))).toBeNull();
  });

  it('should read a greeting with switches, a lunar date widget and a bar waiting for its date as a top bar', () => {
    expect(topBar(fold('您好，欢迎来到某市人民政府网站！ 无障碍 | 长者模式 | 繁體 | English'))).toBe('accessibility');
    expect(classifyChrome(fold('2024年3月18日 星期一 农历二月初九'))).toBe('date-widget');
    expect(classifyChrome(fold('欢迎访问某区人民政府门户网站 今天是'))).toBe('date-widget');
  });

  it('should keep a builder line under a plain-text notice\'s contact note as a note', async () => {
    const text = [
      '某区人民政府办公室关于做好政府网站年度报表填报工作的通知',
      '各街道办事处，区政府各部门：',
      '请各单位于2024年1月15日前通过报表系统完成填报。系统操作问题请联系技术支持单位。',
      '某区人民政府办公室',
      '2024年1月5日',
      '联系人：区大数据局 王某，电话：0571-12345678',
      '技术支持：某某科技有限公司',
    ].join('\n');
    const doc = await parseNotice(text, { format: 'text' });
    expect(doc.chrome).toEqual([]);
    expect(doc.notice!.notes!.map((n) => n.text)).toEqual(['联系人：区大数据局 王某，电话：0571-12345678', '技术支持：某某科技有限公司']);
  });

  it('should keep builder and IPv6 lines inside the article and take the footer\'s', async () => {
    const doc = await parseFile('fixtures/styles/footer-words-inside-article.html');
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['accessibility', '您好，欢迎来到东岭区人民政府网站！ 无障碍 | 长者模式 | 繁體 | English'],
      ['date-widget', '2024年5月20日 星期一 农历四月十三'],
      ['footer', '技术支持：某某网络科技有限公司'],
      ['footer', '您是第位访问者'],
      ['share', '阅读：加载中'],
    ]);
    expect(doc.plan!.tasks[0]!.text).toBe('统一标识。集约化平台上的网站在首页底部统一标注以下字样：\n本网站支持IPv6');
    expect(doc.plan!.tasks[1]!.text).toBe('统一统计。各网站接入统一访问统计，2024年底前接入率达到100%。');
    expect(doc.plan!.safeguards[0]!.text).toBe('技术支持：东岭数字科技有限公司');
    expect(doc.unparsed).toEqual([]);
  });
});

describe('an attachment given as images', () => {
  it('should warn of a plan\'s attachment given as images under a bare 附件：', async () => {
    for (const annex of ['<p>附件：</p><p><img src="/u/p1.jpg"></p><p><img src="/u/p2.jpg"></p>', '<div class="fj"><p>附件：</p><a href="/u/p1.jpg"><img src="/u/p1_s.jpg"></a></div>']) {
      const doc = await parseNotice(page(`${COVER}\n${annex}`), { format: 'html' });
      expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['attachment-as-images']);
    }
  });

  it('should not warn of a meeting notice\'s site map given as an image', async () => {
    const body = [
      '<h1>某区人民政府办公室关于召开全区政府网站工作会议的通知</h1>',
      '<p>各街道办事处，区政府各部门：</p>',
      '<p>经研究，定于2024年3月12日上午9时在区行政中心召开全区政府网站工作会议，请各单位分管领导参加。</p>',
      '<p>某区人民政府办公室</p><p>2024年3月5日</p>',
      '<p>附件：1.参会回执</p><p>2.会场示意图</p><p><img src="/u/map.jpg"></p>',
    ].join('\n');
    const doc = await parseNotice(page(body), { format: 'html' });
    expect(doc.diagnostics.filter((d) => d.ruleId === 'attachment-as-images')).toEqual([]);
  });
});
