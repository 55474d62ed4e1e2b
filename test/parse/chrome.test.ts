import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../src/parse/chrome.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

describe('page furniture', () => {
  it.each([
    ['天津市河东区人民政府 2019年12月3日星期二', 'date-widget'],
    ['无障碍 简体 | 繁体 长者模式', 'accessibility'],
    ['当前位置：首页 > 政务公开 > 县政府办文件', 'breadcrumb'],
    ['发布时间：2024-05-06 来源：区政府办公室 浏览次数：123', 'share'],
    ['【打印本页】【关闭窗口】', 'share'],
    ['扫一扫在手机打开当前页', 'footer'],
    ['相关文件', 'navigation'],
    ['相关链接：', 'navigation'],
    ['相关文件的报送要求', null],
    ['一、重点任务', null],
    ['各部门要认真贯彻落实相关文件精神。', null],
  ])('should classify %s as %s', (text, kind) => {
    expect(classifyChrome(text)).toBe(kind);
  });

  it('should set aside the heading of a related-files box below the content, not make it an item', async () => {
    const html = `<div class="content"><p>某区方案</p><p>一、重点任务</p><p>（一）推进工业节能。（牵头单位：区工信局）</p></div>
      <div class="related"><h3>相关文件</h3><ul><li><a href="/a">关于印发某区2023年节能工作要点的通知</a></li><li><a href="/b">某区碳达峰实施方案</a></li></ul></div>`;
    const doc = await parseNotice(html, { name: 'page.html' });
    expect(doc.chrome.map((c) => [c.kind, c.text])).toContainEqual(['navigation', '相关文件']);
    expect(JSON.stringify(doc.outline)).not.toContain('相关文件');
  });
});
