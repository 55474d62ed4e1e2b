import type { Item } from './context.js';

/**
 * What a page's explanation of the notice is called: 政策解读, 相关解读, 图文解读, 视频解读, 解读材料,
 * 图解, 政策图解, 一图读懂. Written on a line of its own, in the brackets of a box's heading (【政策解读】,
 * 〔图解〕) or not, or before a colon and the explanation's own title (图解：某区…行动计划).
 */
const READING = '(?:相关)?(?:(?:政策|图文|图片|视频|文字|专家|媒体|部门|动漫|漫画|音频|新闻)?解读(?:材料|文章)?|(?:政策)?图解|一图(?:读懂|看懂|解读))';
/** The brackets a site sets a box's heading in. */
const OPEN = '[【〔［\\[〖]';
const CLOSE = '[】〕］\\]〗]';
/** What may follow the label: the title of what it heads (《某方案》解读), no sentence. */
const REST = '[^。；;，,]{1,60}';
/** What a link's label may be followed by: the title it links to, which may hold a comma. */
const LINKED = '[^。；;]{1,60}';

/**
 * A link to the notice's explanation, as sites print it under the article: 政策解读：《某方案》解读,
 * 相关政策解读：…, 图文解读：…, 视频解读：…; or the heading of a box of such links (政策解读, 【政策解读】,
 * 相关解读：) on a line of its own. A plan may name its own 政策解读 work, so only in the run of
 * furniture that ends the page.
 */
export const READING_LINK = new RegExp(`^(?:${OPEN}\\s*${READING}\\s*${CLOSE}\\s*[:：]?\\s*(?:${LINKED})?|${READING}(?:\\s*[:：]\\s*(?:${LINKED})?)?)$`);

/**
 * The heading of a page's explanation of the notice, printed under the article, on a line of its
 * own: the label (政策解读, 【政策解读】, 相关解读：, 图解：某区…计划), or the explanation's title
 * (关于《某方案》的政策解读, 《某方案》解读, 图解《某方案》, 一图读懂《某方案》).
 */
const HEADING = new RegExp(
  `^(?:${OPEN}\\s*${READING}\\s*${CLOSE}\\s*[:：]?\\s*(?:${REST})?|${READING}\\s*(?:[:：]\\s*(?:${REST})?)?` +
    `|(?:关于)?《[^》]{2,60}》(?:的)?(?:政策)?(?:解读|图解)(?:材料)?\\s*[:：]?` +
    `|(?:政策)?图解《[^》]{2,60}》|一图(?:读懂|看懂)《[^》]{2,60}》)$`,
);

/** How far up from the page's end the heading is looked for: an explanation runs to a few dozen paragraphs. */
const REACH = 60;

/** Whether a line may be the heading of an explanation (see HEADING). */
export function isInterpretationHeading(line: string): boolean {
  const t = line.trim();
  return t.length <= 70 && (t.includes('解读') || t.includes('图解') || t.includes('一图')) && HEADING.test(t);
}

/**
 * The index of the heading of the explanation (政策解读) that ends at `last`, when every line from
 * there to `last` is a free paragraph or heading, else -1. Sites print it in a box of its own under
 * the article; its 一、出台背景 / 二、主要内容 would otherwise read on as parts of the plan. Only in the
 * run of furniture that ends the page (see chrome.ts), so a plan's own 做好政策解读 never counts.
 */
export function interpretationAbove(items: readonly Item[], last: number, from: number, free: (i: number) => boolean): number {
  for (let i = last; i > from && last - i <= REACH; i--) {
    const item = items[i]!;
    if (!free(i) || item.block.kind === 'table') return -1;
    if (i < last && isInterpretationHeading(item.match)) return i;
  }
  return -1;
}
