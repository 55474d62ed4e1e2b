import type { Item } from './context.js';

/**
 * The heading of a page's explanation of the notice, printed under the article (政策解读, 相关解读,
 * 图文解读, 关于《某方案》的政策解读), on a line of its own.
 */
const HEADING = /^(?:(?:相关)?(?:政策|图文|图片|视频|文字|专家|部门)?解读(?:材料|文章)?|(?:关于)?《[^》]{2,60}》(?:的)?(?:政策)?解读)\s*[:：]?$/;

/** How far up from the page's end the heading is looked for: an explanation runs to a few dozen paragraphs. */
const REACH = 60;

/**
 * The index of the heading of the explanation (政策解读) that ends at `last`, when every line from
 * there to `last` is a free paragraph, else -1. Sites print it in a box of its own under the
 * article; its 一、出台背景 / 二、主要内容 would otherwise read on as parts of the plan. Only in the
 * run of furniture that ends the page (see chrome.ts), so a plan's own 做好政策解读 never counts.
 */
export function interpretationAbove(items: readonly Item[], last: number, from: number, free: (i: number) => boolean): number {
  for (let i = last; i > from && last - i <= REACH; i--) {
    const item = items[i]!;
    if (!free(i) || item.block.kind === 'table') return -1;
    const t = item.match.trim();
    if (i < last && t.length <= 70 && t.includes('解读') && HEADING.test(t)) return i;
  }
  return -1;
}
