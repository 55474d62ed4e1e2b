import { endsAsDocumentTitle } from '../text/notice-title.js';
import type { Item } from './context.js';
import { classifyChrome, isNavigationMenu } from './chrome.js';
import { isHeaderLine } from './site-name-line.js';
import { isBareNameLine } from '../text/site-banner.js';

/** A menu item's length at most, in characters: 首页, 政务公开, 政府信息公开, 走进某某县. */
const ITEM_LENGTH = 8;

/**
 * A line that may be one item of a site's menu scraped one item a line: a few Han characters and
 * nothing else (no sentence punctuation, no number), and none of what else a short line above the
 * notice may be: a title or its first line (…通知, 关于…), a body's name (the banner's or the
 * issuer's over the title), a header's label alone on its line (主题分类, 发文机关).
 */
function menuItemLine(item: Item): string | null {
  if (item.block.kind === 'table' || item.match.length > 24) return null;
  const t = item.match.replace(/[\s\u3000]+/g, '');
  if (t.length < 2 || t.length > ITEM_LENGTH || !/^[\u4e00-\u9fff]+$/.test(t)) return null;
  if (t.startsWith('关于') || endsAsDocumentTitle(t) || isBareNameLine(t) || isHeaderLine(t)) return null;
  return t;
}

/** How many words a menu on one line has at least to be taken wherever it stands above the first sentence. */
const LINE_MENU_WORDS = 4;

/**
 * A site's whole menu on one line (网站首页 政务公开 政务服务 互动交流): four short words or more
 * parted by spaces or bars, a menu by the same vocabulary as the menu's lines (isNavigationMenu).
 * Above the content's start any such line of three is chrome (see classifyChrome); this reading
 * also holds under a line the reader does not know (a banner of its own wording), where the content
 * would otherwise be taken to start.
 */
function isMenuLine(item: Item): boolean {
  if (item.block.kind === 'table' || item.match.length > 80) return false;
  const words = item.match.trim().split(/[\s\u3000|｜]+/).filter(Boolean);
  // A bar of switches (无障碍 简体 | 繁体 长者模式) is read by what it is, as classifyChrome names it.
  if (words.length < LINE_MENU_WORDS || !isNavigationMenu(words)) return false;
  const kind = classifyChrome(item.match);
  return kind === null || kind === 'navigation';
}

/**
 * The lines of a site's menu printed one item a line above the notice (首页 / 政务公开 / 政务服务 /
 * 互动交流), as a page's text copy gives it: a run of three such lines or more that reads as a menu
 * as a whole (see isNavigationMenu: enough of its words are a government site's menu items), or
 * a whole menu on one line of four words or more (see isMenuLine). Only
 * looked for above the first sentence, where the page's furniture and header stand; a run of short
 * lines in the text is the text's.
 */
export function menuLines(items: readonly Item[], isFree: (i: number) => boolean): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let words: string[] = [];
  const close = (): void => {
    if (run.length >= 3 && isNavigationMenu(words)) for (const i of run) out.add(i);
    run = [];
    words = [];
  };
  for (const item of items) {
    // The first sentence is the notice's or the plan's: no menu below it.
    if (item.match.includes('。')) break;
    const word = isFree(item.index) ? menuItemLine(item) : null;
    if (word === null) {
      close();
      if (isFree(item.index) && isMenuLine(item)) out.add(item.index);
      continue;
    }
    run.push(item.index);
    words.push(word);
  }
  close();
  return out;
}
