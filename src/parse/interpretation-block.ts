import type { Item } from './context.js';
import { matchMarker } from '../text/markers.js';
import { parseDate, parseYearMonth } from '../text/date.js';
import { bylineDateText } from './byline-date.js';
import { isImprintLine } from './imprint-lines.js';
import { isSignatureText } from './signature.js';
import { namesSafeguards } from './safeguard-heading.js';

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

/**
 * How far up from the page's end a heading is taken without more evidence: an explanation runs to a
 * few dozen paragraphs. A longer one is found by its heading as far up as the run of free lines
 * goes, when the plan's end stands right above that heading (see afterPlanEnd).
 */
const REACH = 60;

/** How far up from a heading its plan's last part heading (四、保障措施) is looked for. */
const LAST_PART_REACH = 200;

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
  // One pass up: the caller goes on above the block found, so each line is looked at once more at most.
  for (let i = last; i > from; i--) {
    const item = items[i]!;
    if (!free(i) || item.block.kind === 'table') return -1;
    if (i < last && isInterpretationHeading(item.match) && (last - i <= REACH || afterPlanEnd(items, i, from))) return i;
  }
  return -1;
}

/**
 * Whether the plan ends right above the heading at `at`: the nearest line that says something is its
 * date (2023年3月1日), its signature (某区人民政府办公室) or its printing line (…2023年3月1日印发);
 * or the nearest part heading above it names the plan's closing part (四、保障措施, 五、组织实施),
 * its last safeguard's text between. A heading further into a plan's text has its parts above it.
 */
function afterPlanEnd(items: readonly Item[], at: number, from: number): boolean {
  let k = at - 1;
  while (k > from && items[k]!.match.trim() === '') k--;
  const above = items[k];
  if (!above || k <= from || above.block.kind === 'table') return false;
  const t = above.match.trim();
  if (isImprintLine(t) || isSignatureText(t, above.text) || isBylineDate(t)) return true;
  for (let j = k; j > from && at - j <= LAST_PART_REACH; j--) {
    const item = items[j]!;
    if (item.block.kind === 'table') continue;
    const marker = matchMarker(item.text);
    if (marker?.kind !== 'chinese') continue;
    const title = item.match.trim().slice(marker.length).split(/[。；;]/)[0]!;
    return namesSafeguards(title);
  }
  return false;
}

/** 2023年3月1日, 二〇二三年三月: a date alone on its line. */
function isBylineDate(match: string): boolean {
  const t = bylineDateText(match);
  return parseDate(t) !== null || parseYearMonth(t) !== null;
}
