import { itemMarker } from './decimal-chapters.js';
import type { Item } from './context.js';
import { OPENS_LIST, POINTED_DOCUMENTS, repealedIn } from './repeal-sentence.js';

/**
 * A paragraph that opens a notice's list of amendments to a document it names: 现对《X》(号)作如下修改：,
 * 决定对《X》部分条款修订如下：. The items after it (一、将第三条修改为：“…” / 二、删去第七条。) amend X
 * article by article: they are the notice's own text, not a plan, and what they quote (a 责任单位
 * inside a new article) is no task. The document must be named by its 《title》 and the paragraph
 * must end with the opening, so that an ordinary 现将有关事项调整如下： keeps its items a plan's.
 * (match() copy.)
 */
const OPENS_AMENDMENTS = /《[^《》]+》.*(?:(?:作|作出|进行)如下(?:修改|修订)|(?:修改|修订)如下)\s*:?\s*$/;

/**
 * A paragraph that opens a list of documents the notice revises, each named in an item after it:
 * 下列规范性文件予以修改：, 对以下3件文件作如下修改：, 对下列规章作出修改：; without the colon as a list
 * heading (一、对以下3件规范性文件予以修改). The documents must be named (文件, 规章), so that
 * 现将有关事项调整如下： is no such list. (match() copy.)
 */
const OPENS_REVISIONS = new RegExp(
  '(?:下列|以下)[^。;:《》]{0,16}(?:文件|规章)[^。;:《》]{0,10}(?:修改|修订)(?:如下)?\\s*:\\s*$' +
    `|${POINTED_DOCUMENTS}[^。;,:《》]{0,10}(?:修改|修订)(?:如下)?\\s*:?\\s*$`,
);

/**
 * An item that amends a numbered document itself: 将《X》(号)第十二条中的“A”修改为“B”, 删去《X》(号)第七条,
 * 《X》(号)第三条修改为…. (match() copy, its marker taken off.)
 */
const AMENDS_DOCUMENT = /^\s*(?:将|把|对|删去|删除)?\s*《[^《》]+》\s*\([^()]*\d+\s*号\)[^。]*(?:修改为|修订为|调整为|删去|删除|增加|增写)/;

/** An item that repeals a document it begins with: 废止《X》(号), 《X》(号)予以废止, 原《X》(号)停止执行. (marker off) */
const BEGINS_WITH_DOCUMENT = /^\s*(?:废止|废除|原|将|对)?\s*《/;

/** Whether a paragraph (its match() copy) opens a list of amendments to a named document. */
export function opensAmendments(match: string): boolean {
  return OPENS_AMENDMENTS.test(match);
}

/**
 * Whether a paragraph (its match() copy) opens a list of what the notice does to documents: the
 * amendments to one (现对《X》(号)作如下修改：), the documents it repeals (下列规范性文件予以废止：,
 * 决定废止以下文件：) or revises (下列规范性文件予以修改：). The items after such an opening are the
 * notice's own text to its signature.
 */
export function opensDocumentList(match: string): boolean {
  return OPENS_AMENDMENTS.test(match) || OPENS_LIST.test(match) || OPENS_REVISIONS.test(match);
}

/**
 * Whether a notice's first item says what it does to documents, so that its items are the
 * notice's own text and not a plan: it opens such a list (一、下列规范性文件予以废止：), amends a
 * numbered document (一、将《X》(号)第三条修改为…) or repeals one it begins with (一、废止《X》(号)).
 * A 决定 on documents is no action plan; a plan opens with its aims, not with a document's number.
 */
export function disposesOfDocuments(item: Item): boolean {
  if (opensDocumentList(item.match)) return true;
  const marker = itemMarker(item);
  // The marker's length counts the spaces before and after it.
  const from = marker ? marker.length : 0;
  const rest = item.match.slice(from);
  if (AMENDS_DOCUMENT.test(rest)) return true;
  return BEGINS_WITH_DOCUMENT.test(rest) && repealedIn(item.text.slice(from), rest).some((d) => d.number !== null);
}
