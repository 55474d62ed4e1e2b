import type { ChromeNode } from '../model/types.js';
import type { Item } from './context.js';
import { CREDIT_LABEL } from '../text/credit-labels.js';

/**
 * The furniture a reposting page (a WeChat article, a news portal, 学习强国) prints under the text,
 * which a government site's page does not: the article's credits, its end mark, the account's
 * buttons and counts, the comments box, a copyright note, and the boxes of other articles' headlines.
 * Each might be a sentence of a plan's text elsewhere (来源：区统计局 under a table, 审核：区财政局),
 * so they count only in the run of furniture that ends the page (see chrome.ts).
 */

const CREDIT = `${CREDIT_LABEL}\\s*[:：]\\s*[^\\s:：|丨/【】\\[\\]（）()。；;]{1,24}`;
/** Labelled credits and nothing else, one or several, apart by bars, slashes or spaces (本文来源：区政府办 | 编辑：李明). */
const CREDITS_LINE = new RegExp(`^${CREDIT}(?:\\s*[|丨/]?\\s*${CREDIT})*$`);
/** Credits in brackets, as news portals close an article: （责编：赵刚、孙丽）, 【责任编辑:张华】. */
const BRACKETED_CREDITS = new RegExp(`^[（(【\\[]\\s*${CREDIT}(?:\\s*[|丨/,，、]?\\s*${CREDIT})*\\s*[）)】\\]]$`);
/** The buttons portals print in brackets under an article (【纠错】 【打印】 【关闭】), credits among them. */
const BRACKET_BUTTON = new RegExp(`^(?:纠错|我要纠错|打印|打印本页|关闭|关闭窗口|收藏|分享|返回顶部|${CREDIT})$`);

/** An article's end mark: —— END ——, -END-, END, （完）. */
const END_MARK = /^[-—–_=~·•\s]*(?:END|End|end|完|全文完|结束)[-—–_=~·•\s]*$|^[（(【\[]\s*(?:完|全文完)\s*[）)】\]]$/;

/** The buttons and counts of a WeChat article and a portal's comments box. */
const BUTTON_WORDS = new Set([
  '阅读原文', '阅读全文', '网友评论', '发表评论', '我要评论', '评论', '写留言', '留言', '精选留言', '在看', '点赞', '赞', '分享', '转发',
  '收藏', '推荐', '喜欢此内容的人还喜欢', '扫码关注', '扫码关注我们', '关注我们', '点击关注', '微信扫一扫', '扫一扫', '关注该公众号',
  '手机扫一扫', '用手机扫一扫', '微信扫一扫分享', '扫一扫分享', '扫码阅读', '手机阅读', '手机浏览',
  '继续滑动看下一个', '轻触阅读原文', '预览时标签不可点', '向上滑动看下一个', '知道了', '取消', '允许',
]);
/** A count beside its word (阅读 2356, 阅读量：10万+, 在看 12, 点赞 8). */
const COUNT = /^(?:阅读|阅读量|浏览|浏览量|在看|点赞|赞|评论|留言|分享|转发)\s*[:：]?\s*(?:\d{1,9}|\d+(?:\.\d+)?万\+?|10万\+)$/;

/** A copyright or disclaimer note (版权声明：…, 免责声明：…), which may run to sentences. */
const RIGHTS_NOTE = /^[（(【\[]?\s*(?:版权声明|免责声明|版权说明|转载声明|声明)\s*[）)】\]]?\s*[:：]|^(?:本文|本文章|本内容|本篇文章)(?:系|为|由)?.{0,20}(?:转载|原创|版权)/;

/**
 * The words a WeChat page sets under every article for screen readers and its phone prompt, run
 * together in one line (：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过,
 * 微信扫一扫可打开此内容，使用完整服务), longest first so that 轻点两下取消赞 is not read as 赞.
 */
const WECHAT_UI_WORDS = /轻点两下取消在看|轻点两下取消赞|微信扫一扫可打开此内容|使用完整服务|使用小程序|关注该公众号|微信扫一扫|小程序|视频|在看|分享|留言|收藏|听过|写留言|赞|取消|允许|知道了/g;

function isWeChatUiLine(t: string): boolean {
  // Only a line holding two of its words at least: one alone is a button word above.
  if (t.length < 6 || !(t.includes('轻点两下') || t.includes('扫一扫') || t.includes('小程序'))) return false;
  return t.replace(WECHAT_UI_WORDS, '').replace(/[\s:：,，。、.|｜·]+/g, '') === '';
}

function isButtonLine(t: string): boolean {
  if (BUTTON_WORDS.has(t) || COUNT.test(t)) return true;
  if (isWeChatUiLine(t)) return true;
  const tokens = t.split(/[\s|｜丨/·]+/).filter(Boolean);
  return tokens.length > 1 && tokens.every((w) => BUTTON_WORDS.has(w) || COUNT.test(w));
}

function isBracketButtons(t: string): boolean {
  const parts = t.match(/[【\[][^【】\[\]]{1,40}[】\]]/g);
  if (!parts || parts.join('').length !== t.replace(/\s+/g, '').length) return false;
  return parts.every((p) => BRACKET_BUTTON.test(p.slice(1, -1).trim()));
}

/** The kind of a line of such furniture under the text, or null. `t` is the item's trimmed matching text. */
export function tailFurniture(t: string): ChromeNode['kind'] | null {
  if (t.length === 0) return null;
  if (t.length <= 300 && RIGHTS_NOTE.test(t)) return 'footer';
  if (t.length > 80) return null;
  if (END_MARK.test(t)) return 'other';
  if (LIST_HEADING.test(t)) return 'navigation';
  if (CREDITS_LINE.test(t) || BRACKETED_CREDITS.test(t)) return 'footer';
  if (isButtonLine(t)) return 'share';
  if (t.includes('【') || t.includes('[')) return isBracketButtons(t) ? 'share' : null;
  return null;
}

/** The heading of a box of other articles (往期回顾, 推荐阅读, 相关新闻), on a line of its own. */
const LIST_HEADING =
  /^(?:往期(?:回顾|推荐|精彩|精选|阅读)|精彩(?:推荐|回顾|阅读)|推荐阅读|延伸阅读|相关(?:新闻|阅读|文章|稿件|报道|推荐|链接|文件|政策|信息|解读)|热点(?:新闻|推荐|文章|信息|资讯)|热门(?:推荐|文章|新闻|信息|资讯)|更多精彩|猜你喜欢|最新(?:文章|新闻|信息|资讯)|今日推荐)\s*[:：]?$/;

/** A line of such a box: an article's headline, short and no sentence of a text. */
function isHeadline(item: Item): boolean {
  const t = item.match.trim();
  return item.block.kind !== 'table' && t.length >= 4 && t.length <= 48 && !/[。；;]/.test(t) && !/[:：]$/.test(t);
}

/**
 * The box of other articles' headlines that ends at `last`: the index of its heading (往期回顾, 相关新闻
 * …) when every line from there to `last` is a headline, else -1. Looks at most a dozen lines up.
 */
export function headlineBoxAbove(items: readonly Item[], last: number, from: number, free: (i: number) => boolean): number {
  for (let i = last; i >= from && last - i <= 12; i--) {
    const item = items[i]!;
    if (!free(i)) return -1;
    if (i < last && LIST_HEADING.test(item.match.trim())) return i;
    if (!isHeadline(item)) return -1;
  }
  return -1;
}
