import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../src/parse/chrome.js';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { isReadingTools, siteFooter } from '../../src/parse/site-furniture.js';
import { datelineFields } from '../../src/text/dateline-fields.js';
import { fold } from '../../src/text/fold.js';

describe('a page\'s dateline of labelled fields', () => {
  it.each([
    ['发布日期：2024-03-12　阅读：1234次', 'dated'],
    ['发布日期：2024-03-12　阅读：次', 'dated'],
    ['发表时间：2024-03-12 09:30　浏览：次', 'dated'],
    ['更新时间：2024-03-12　点击：568次', 'dated'],
    ['发布者：县政府办公室　发布时间：2024-03-12', 'dated'],
    ['阅读：1234次', 'labelled'],
    // A labelled date alone is the header's field, read as publishedDate there.
    ['发布日期：2024-03-12', null],
    // A header's own fields on one line are no page's dateline.
    ['成文日期：2024-03-08　发布日期：2024-03-12', null],
    ['阅读：《某方案》', null],
  ])('should read %s as a dateline of kind %s', (line, kind) => {
    expect(datelineFields(fold(line))).toBe(kind);
  });
});

describe('the article\'s reading tools and other furniture told by what it says', () => {
  it.each([
    ['【 大 中 小 】'],
    ['【视力保护色】'],
    ['【字号：默认 大 超大】　【视力保护色】'],
    ['字体：A+ A A-'],
    ['【语音播报】 【打印】'],
  ])('should read %s as reading tools', (line) => {
    expect(isReadingTools(fold(line))).toBe(true);
  });

  it.each([['大 中 小'], ['字号'], ['中'], ['（三）全民阅读：'], ['推行大字版、护眼模式等适老化改造。']])('should not read %s as reading tools', (line) => {
    expect(isReadingTools(fold(line))).toBe(false);
  });

  it.each([
    ['扫一扫在手机上查看当前页面', 'share'],
    ['扫一扫在手机打开当前页', 'share'],
    ['用手机浏览本页', 'share'],
    ['推动群众用手机查看办件进度', null],
    ['在手机上查看当前页面的办件进度', null],
  ])('should tell %s as footer furniture of kind %s', (line, kind) => {
    expect(siteFooter(fold(line))).toBe(kind);
  });

  it.each([
    ['今天是：', 'date-widget'],
    ['今天是', 'date-widget'],
    ['发表时间：2024-03-12　阅读：次', 'share'],
    ['【 大 中 小 】　【视力保护色】', 'accessibility'],
    ['【字号：默认 大 超大】', 'accessibility'],
    // A bar with the print and close buttons and a bracket of sizes is the article's tool bar.
    ['【字体：大 中 小】 打印 关闭', 'share'],
    ['今天是全民阅读日', null],
    ['阅读：', null],
  ])('should classify %s above the content as %s', (line, kind) => {
    expect(classifyChrome(fold(line))).toBe(kind);
  });
});

describe('furniture under the title and at the end of the page', () => {
  const TITLE = '某县人民政府办公室关于印发某县养老服务提升方案的通知';
  const HEAD = ['某政办发〔2024〕3号', '各乡镇人民政府，县政府各部门：', '《某县养老服务提升方案》已经县政府同意，现印发给你们。', '某县人民政府办公室', '2024年4月8日'];
  const PLAN = ['某县养老服务提升方案', '一、重点任务', '1.建设养老服务中心。依托敬老院改造建设服务中心。（牵头单位：县民政局）'];

  it.each([
    ['发布日期：2024-03-12　阅读：1234次', '2024-03-12'],
    ['发表时间：2024-03-12　浏览：次', '2024-03-12'],
    ['发布者：县政府办公室　发布时间：2024-03-12', '2024-03-12'],
    ['更新时间：2024-03-12　点击：次', null],
    ['【字号：默认 大 超大】　【视力保护色】', null],
    ['【 大 中 小 】', null],
  ])('should set %s under the title aside and read the number and addressees below it', async (line, published) => {
    const doc = await parseNotice([TITLE, line, ...HEAD, ...PLAN].join('\n'));
    expect([doc.notice?.documentNumber?.raw, doc.notice?.addressees, doc.metadata.publishedDate, doc.chrome.map((c) => c.text)]).toEqual([
      '某政办发〔2024〕3号', ['各乡镇人民政府', '县政府各部门'], published, [line],
    ]);
  });

  it.each([
    ['扫一扫在手机上查看当前页面'],
    ['打印正文　返回列表'],
    ['手机版'],
    ['本文链接：http://www.example.gov.cn/art/2024/4/8/art_1.html'],
    ['转载请注明出处'],
    ['【视力保护色】'],
    ['【字号：默认 大 超大】'],
  ])('should not add %s at the end of the page to the last task\'s text nor to the closing', async (line) => {
    const plain = await parseNotice([TITLE, ...HEAD, ...PLAN, line].join('\n'));
    expect([plain.plan?.tasks.at(-1)?.text, plain.chrome.map((c) => c.text)]).toEqual(['建设养老服务中心。依托敬老院改造建设服务中心。', [line]]);
    const closed = await parseNotice([TITLE, ...HEAD, ...PLAN, '二、附则', '本方案自印发之日起施行。', line].join('\n'));
    expect([closed.plan?.closing?.map((c) => c.text), closed.chrome.map((c) => c.text)]).toEqual([['本方案自印发之日起施行。'], [line]]);
  });

  it('should keep a plan\'s line that names a phone page or reading aloud as the plan\'s text', async () => {
    const line = '2.推广掌上办。群众可用手机查看当前办件进度，提供语音播报服务。（牵头单位：县数据局）';
    const doc = await parseNotice([TITLE, ...HEAD, ...PLAN, line].join('\n'));
    expect(doc.plan?.tasks.map((t) => t.label)).toEqual(['1.', '2.']);
    expect(doc.chrome).toEqual([]);
  });
});

describe('page furniture of the style fixtures', () => {
  it('should set the dateline, the reading tools and the end-of-page lines aside (page-dateline-counter-reading-tools.txt)', async () => {
    const doc = await parseFile('fixtures/styles/page-dateline-counter-reading-tools.txt');
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['accessibility', '您好，欢迎访问云岭县人民政府网站！ 无障碍 | 长者模式'],
      ['breadcrumb', '首页 > 政务公开 > 通知公告'],
      ['share', '发表时间：2024-04-10　阅读：次'],
      ['accessibility', '【 大 中 小 】　【视力保护色】'],
      // The page's link and the reposting note under it, one line after the text's wrap.
      ['share', '本文链接：http://www.yunling.gov.cn/art/2024/4/10/art_88.html转载请注明出处'],
      ['accessibility', '【字号：默认 大 超大】'],
      ['share', '打印正文　返回列表　手机版'],
      ['share', '扫一扫在手机上查看当前页面'],
    ]);
    expect(doc.plan?.tasks.at(-1)?.text).toBe('发展老年助餐服务。每个乡镇至少建成1个老年食堂。');
  });

  it('should keep a top bar as wide as the text\'s lines apart from the breadcrumb under it (top-bar-over-crumb-wrapped-text.txt)', async () => {
    const doc = await parseFile('fixtures/styles/top-bar-over-crumb-wrapped-text.txt');
    expect(doc.metadata.category).toEqual(['政务公开', '通知公告']);
    expect(doc.chrome.map((c) => c.kind)).toEqual(['accessibility', 'breadcrumb']);
  });

  it('should read 信息索取号 as the index number and an empty 今天是： as a date widget (header-suoquhao-empty-date-widget.html)', async () => {
    const doc = await parseFile('fixtures/styles/header-suoquhao-empty-date-widget.html');
    expect(doc.metadata.indexNumber).toBe('431126000000000/2024-00031');
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([['date-widget', '今天是：']]);
  });
});
