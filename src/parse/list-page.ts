import type { Item } from './context.js';
import type { Notice } from '../model/types.js';
import { hasNoticeTitleShape } from '../text/notice-title.js';

/**
 * A list's date beside its headline, before or after it (关于…的通知　2024-03-12, [2024-03-12] 关于…,
 * 关于…的通知（2024年3月12日）): the list's column, not part of the headline.
 */
const DATE = String.raw`\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?`;
const LEADING_DATE = new RegExp(String.raw`^[\[【(（]?\s*${DATE}\s*[\]】)）]?\s*`);
const TRAILING_DATE = new RegExp(String.raw`\s*[\[【(（]?\s*${DATE}\s*[\]】)）]?$`);
/** A list's bullet before its headline (· 关于…, ▪ 关于…). */
const BULLET = /^[·•▪▫◆◇■□●○►▶>\-*]\s*/;

/**
 * A headline of a list: a notice's title alone on its line, a date and bullet of the list allowed
 * beside it. Short and with no sentence end, so most lines of a page fail it cheaply; a table's
 * cell is not a line of a list.
 */
export function headlineOf(item: Item): string | null {
  const t = item.match.trim();
  if (t.length < 8 || t.length > 110 || item.block.kind === 'table' || /[。；;:：]/.test(t)) return null;
  if (!t.includes('关于')) return null;
  // The matching copy is as long as the text: the cut found in one is the cut in the other.
  let from = t.match(BULLET)?.[0].length ?? 0;
  let to = t.length;
  // Only a line with a digit can carry a date; the regexes stay off the others.
  if (/\d/.test(t)) {
    from += t.slice(from).match(LEADING_DATE)?.[0].length ?? 0;
    to -= t.slice(from).match(TRAILING_DATE)?.[0].length ?? 0;
  }
  const bare = t.slice(from, to);
  if (bare.length < 8 || bare.length > 90 || !hasNoticeTitleShape(bare)) return null;
  const lead = item.match.length - item.match.trimStart().length;
  return item.text.slice(lead + from, lead + to);
}

/**
 * The headlines of a site's list page (政策文件, 通知公告): two or more notices' titles, each a
 * line of its own, often a link with a teaser, a date or the notice's header line beside or under
 * it. Such a page has no notice of its own; its teasers (到2026年…达到150亿元, 一、总体要求 二、…)
 * would otherwise read as a plan's goals and parts, and the first teaser's 发文字号 as the page's.
 *
 * Asked only when the page gave no title of its own, or when the title it gave is no evidence of
 * a notice (see titleFromHeadlines, isBareHeadline), so a notice page with a box of related notices
 * (相关文件) under its article is never taken for a list.
 */
export function listPageHeadlines(items: readonly Item[]): string[] {
  const seen = new Set<string>();
  for (const item of items) {
    const headline = headlineOf(item);
    if (headline !== null) seen.add(headline);
  }
  return seen.size >= 2 ? [...seen] : [];
}

/**
 * Whether a title was read from two or more lines that are each a whole notice's headline
 * (政策文件 / 关于A的通知 / 关于B的通知 joined): a notice's title wrapped over lines leaves its
 * first line short of 的通知, so two whole headlines stacked are a list's, not one title.
 */
export function titleFromHeadlines(titleItems: readonly Item[]): boolean {
  if (titleItems.length < 2) return false;
  const seen = new Set<string>();
  for (const item of titleItems) {
    const headline = headlineOf(item);
    if (headline !== null) seen.add(headline);
  }
  return seen.size >= 2;
}

/**
 * A notice that is nothing but a headline (and perhaps its date): no 发文字号, addressees, text or
 * signature under its title. On a page with other headlines, the first entry of a list.
 */
export function isBareHeadline(notice: Notice, titleItems: readonly Item[]): boolean {
  return (
    notice.body.length === 0 &&
    notice.addressees.length === 0 &&
    notice.signatories.length === 0 &&
    notice.documentNumber === null &&
    titleItems.length > 0 &&
    titleItems.every((it) => headlineOf(it) !== null)
  );
}

/** The refusal of a list page, naming its first headlines. */
export function listPageMessage(headlines: readonly string[]): string {
  const shown = headlines.slice(0, 2).map((h) => `"${h.length > 30 ? `${h.slice(0, 30)}…` : h}"`).join(', ');
  return `the page lists ${headlines.length} notices (${shown}) with no notice of its own: a list page, which does not read as a policy notice`;
}
