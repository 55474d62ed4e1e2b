/**
 * A page that reposts a notice (a WeChat article, a news item) heads it with a headline of its own
 * (重磅！《某措施》印发) and often a lead-in sentence (近日，…印发《某措施》，全文如下↓↓↓) before the
 * notice's own title. These helpers tell those from the notice's title.
 */

// Lives with the text helpers, as the HTML adapter asks it too (a layout table that holds the title).
export { hasNoticeTitleShape } from '../text/notice-title.js';

/**
 * A reposting page's lead-in to the text it reprints: a short line ending with 全文如下, 原文如下
 * (or 如下 and arrows pointing down to it). Only these: a notice's own 现将有关事项通知如下： or
 * 具体内容如下： opens its text, it does not announce a reprint.
 */
const LEAD_IN = /(?:(?:全文|原文)如下|如下\s*[:：]?\s*[↓⬇👇])\s*[:：]?\s*[↓⬇👇]*\s*$/u;

export function isLeadIn(match: string): boolean {
  const t = match.trim();
  return t.length > 0 && t.length <= 120 && !/。/.test(t) && LEAD_IN.test(t);
}

/**
 * The byline a post prints under its headline: the account or author and the time of posting
 * (青川发布 2024-05-20 18:30), nothing else on the line. A WeChat article's prints more around them:
 * its 原创 (or 转载) tag, the author beside the account (原创 江北发布 江北发布), and after the time
 * the place it was posted from (2024年05月21日 17:05 重庆), the IP location the platform adds.
 */
const NAME = '[\\u4e00-\\u9fffA-Za-z0-9·]{2,20}';
const POST_BYLINE = new RegExp(
  `^(?:(?:原创|转载)\\s+)?${NAME}(?:\\s+${NAME}){0,2}\\s+\\d{4}\\s*[-./年]\\s*\\d{1,2}\\s*[-./月]\\s*\\d{1,2}日?` +
    // The place only after a time: a line 某局 2024年5月17日 印发 is a signature's, not a byline.
    `(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+[\\u4e00-\\u9fff]{2,6})?)?$`,
);

export function isPostByline(match: string): boolean {
  const t = match.trim();
  return t.length <= 80 && /\d{4}/.test(t) && POST_BYLINE.test(t);
}
