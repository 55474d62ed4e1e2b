import type { Item } from './context.js';
import { hasNoticeTitleShape } from '../text/notice-title.js';

/**
 * The headlines of a site's list page (政策文件, 通知公告): two or more notices' titles, each a
 * line of its own, often a link with a teaser or the notice's header line under it. Such a page
 * has no notice of its own; its teasers (到2026年…达到150亿元, 一、总体要求 二、…) would otherwise
 * read as a plan's goals and parts, and the first teaser's 发文字号 as the page's.
 *
 * Asked only when the page gave no notice and no plan title, so a notice page with a box of
 * related notices (相关文件) under its article is never taken for a list.
 */
export function listPageHeadlines(items: readonly Item[]): string[] {
  const seen = new Set<string>();
  for (const item of items) {
    const t = item.match.trim();
    // A headline is short and has no sentence end; most lines of a page fail that cheaply.
    if (t.length < 8 || t.length > 90 || item.block.kind === 'table' || /[。；;:：]/.test(t)) continue;
    if (!hasNoticeTitleShape(t)) continue;
    seen.add(item.text.trim());
  }
  return seen.size >= 2 ? [...seen] : [];
}

/** The refusal of a list page, naming its first headlines. */
export function listPageMessage(headlines: readonly string[]): string {
  const shown = headlines.slice(0, 2).map((h) => `"${h.length > 30 ? `${h.slice(0, 30)}…` : h}"`).join(', ');
  return `the page lists ${headlines.length} notices (${shown}) with no notice of its own: a list page, which does not read as a policy notice`;
}
