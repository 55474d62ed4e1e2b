/**
 * A paragraph that opens a notice's list of amendments to a document it names: 现对《X》(号)作如下修改：,
 * 决定对《X》部分条款修订如下：. The items after it (一、将第三条修改为：“…” / 二、删去第七条。) amend X
 * article by article: they are the notice's own text, not a plan, and what they quote (a 责任单位
 * inside a new article) is no task. The document must be named by its 《title》 and the paragraph
 * must end with the opening, so that an ordinary 现将有关事项调整如下： keeps its items a plan's.
 * (match() copy.)
 */
const OPENS_AMENDMENTS = /《[^《》]+》.*(?:(?:作|作出|进行)如下(?:修改|修订)|(?:修改|修订)如下)\s*:?\s*$/;

/** Whether a paragraph (its match() copy) opens a list of amendments to a named document. */
export function opensAmendments(match: string): boolean {
  return OPENS_AMENDMENTS.test(match);
}
