import { describe, expect, it } from 'vitest';
import { hasNoticeTitleShape } from '../../src/text/notice-title.js';
import { noticeTitleInPageTitle } from '../../src/text/page-title.js';

const titleIn = (text: string): string | null => {
  const at = noticeTitleInPageTitle(text, hasNoticeTitleShape);
  return at ? text.slice(at.from, at.to) : null;
};

describe('the notice title in a page <title>', () => {
  it.each([
    ['关于印发某方案的通知_某县人民政府', '关于印发某方案的通知'],
    ['关于印发某方案的通知 - 某县人民政府', '关于印发某方案的通知'],
    ['关于印发某方案的通知-某县人民政府', '关于印发某方案的通知'],
    ['关于印发某方案的通知——某县人民政府门户网站', '关于印发某方案的通知'],
    ['关于印发某方案的通知－某县人民政府', '关于印发某方案的通知'],
    ['某县人民政府--关于印发某方案的通知', '关于印发某方案的通知'],
    ['某县人民政府-政府文件-关于印发某方案的通知', '关于印发某方案的通知'],
  ])('should part the title from the site name in %s', (text, title) => {
    expect(titleIn(text)).toBe(title);
  });

  it.each([
    ['关于印发某计划（2024-2026年）的通知-某县人民政府', '关于印发某计划（2024-2026年）的通知'],
    ['关于开展“安全生产——从我做起”活动的通知——某县人民政府', '关于开展“安全生产——从我做起”活动的通知'],
    ['关于推进“5G-A”网络建设的通知_某县人民政府', '关于推进“5G-A”网络建设的通知'],
  ])('should keep a dash inside the title in %s', (text, title) => {
    expect(titleIn(text)).toBe(title);
  });

  it('should find no title when no part reads as a notice\'s', () => {
    expect(titleIn('某县厕所革命实施方案-某县人民政府')).toBeNull();
  });
});
