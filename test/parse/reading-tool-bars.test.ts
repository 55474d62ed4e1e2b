import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../src/parse/chrome.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { readingToolsKind } from '../../src/parse/site-furniture.js';
import { fold } from '../../src/text/fold.js';

/** Reading-tool bars as portals of several site systems print them, and lines that only look like them. */
describe('a line made only of the article\'s reading tools', () => {
  it.each([
    // Font steps with the print and close buttons (成都 portals).
    ['A+ A A-  |  打印  |  关闭', 'accessibility'],
    ['Ａ＋　Ａ　Ａ－　｜　打印　｜　关闭', 'accessibility'],
    ['A+ A A-', 'accessibility'],
    ['A+AA-', 'accessibility'],
    ['字号：A+ A A-', 'accessibility'],
    ['【A+ A A-】', 'accessibility'],
    // The colour widget before its script has drawn its swatches, or with them.
    ['视力保护色：', 'accessibility'],
    ['视力保护色', 'accessibility'],
    ['视力保护色：■ ■ ■ ■', 'accessibility'],
    ['护眼模式： 默认 豆沙绿 杏仁黄', 'accessibility'],
    ['視力保護色：', 'accessibility'],
    // Sizes in words, in brackets, with the buttons and the voice and script switches in any separators.
    ['【大】【中】【小】', 'accessibility'],
    ['[大 中 小]', 'accessibility'],
    ['大 中 小 | 打印 | 关闭', 'accessibility'],
    ['字体：大 中 小 · 打印 · 关闭', 'accessibility'],
    ['【字号：大 中 小】【打印】【关闭】', 'accessibility'],
    ['语音播报 | 打印 | 关闭', 'accessibility'],
    ['朗读 丨 视力保护色 丨 打印', 'accessibility'],
    ['无障碍 · 繁体 · 打印', 'accessibility'],
    ['無障礙 | 繁體 | 列印 | 關閉', 'accessibility'],
    ['【语音播报】', 'accessibility'],
    // The buttons alone: the share bar's.
    ['打印 | 关闭', 'share'],
    ['打印本页关闭窗口', 'share'],
    ['[打印] [关闭]', 'share'],
    ['收藏 | 分享 | 纠错', 'share'],
  ])('should read %s as reading tools of kind %s', (line, kind) => {
    expect(readingToolsKind(fold(line))).toBe(kind);
  });

  it.each([
    // Sentences and headings that name a tool's word.
    ['关闭落后产能企业10家'],
    ['打印机采购'],
    ['关闭 落后产能企业'],
    ['（三）全民阅读：'],
    ['推行大字版、护眼模式等适老化改造。'],
    // Words a header or a table prints alone: the number's label, sizes without brackets or steps.
    ['字号：'],
    ['字号'],
    ['大 中 小'],
    ['中'],
    ['【标准】'],
    // A single button, a bare 朗读, swatch colours without the colour tool.
    ['打印'],
    ['朗读'],
    ['绿 黄 蓝'],
  ])('should not read %s as reading tools', (line) => {
    expect(readingToolsKind(fold(line))).toBe(null);
  });

  it.each([
    ['A+ A A-  |  打印  |  关闭', 'accessibility'],
    ['视力保护色：', 'accessibility'],
    ['关闭落后产能企业10家', null],
    ['打印 关闭落后产能', null],
  ])('should classify %s above the content as %s', (line, kind) => {
    expect(classifyChrome(fold(line))).toBe(kind);
  });
});

describe('reading-tool bars in a notice', () => {
  const CRUMB = '首页 > 政务公开 > 政策文件';
  const TITLE = '某区人民政府办公室关于印发某区科技创新三年行动计划（2024—2026年）的通知';
  const HEAD = ['各街道办事处，区政府各部门：', '    现将《某区科技创新三年行动计划（2024—2026年）》印发给你们，请认真贯彻落实。', '某区人民政府办公室', '2024年3月1日'];
  const PLAN = ['某区科技创新三年行动计划（2024—2026年）', '一、重点任务', '1.建设创新平台。建设孵化器。（牵头单位：区科技局）'];

  it.each([['A+ A A-  |  打印  |  关闭'], ['视力保护色：'], ['视力保护色']])('should set %s under the breadcrumb aside as page chrome', async (bar) => {
    const doc = await parseNotice([CRUMB, bar, '', TITLE, '', ...HEAD, '', ...PLAN].join('\n'));
    expect([doc.chrome.map((c) => [c.kind, c.text]), doc.unparsed, doc.notice?.title]).toEqual([
      [['breadcrumb', CRUMB], ['accessibility', bar]], [], TITLE,
    ]);
  });

  it('should set a reading-tool bar at the end of the page aside, not add it to the last task', async () => {
    const doc = await parseNotice([TITLE, ...HEAD, ...PLAN, '语音播报 | 打印 | 关闭'].join('\n'));
    expect([doc.plan?.tasks.at(-1)?.text, doc.chrome.map((c) => c.text)]).toEqual(['建设创新平台。建设孵化器。', ['语音播报 | 打印 | 关闭']]);
  });

  it('should keep a task that closes or prints something as the plan\'s text', async () => {
    const doc = await parseNotice([TITLE, ...HEAD, ...PLAN, '2.关闭落后产能企业10家。（牵头单位：区经信局）'].join('\n'));
    expect([doc.plan?.tasks.map((t) => t.text), doc.chrome]).toEqual([['建设创新平台。建设孵化器。', '关闭落后产能企业10家。'], []]);
  });
});
