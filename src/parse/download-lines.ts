import { DOCUMENT_FILE_LINE } from '../text/file-names.js';
import type { Item } from './context.js';

/*
 * The lines of a page's downloads (相关附件： over 某清单.docx, 附件下载：某方案.pdf): the label and
 * the files under it, told from a list of annexes (附件：1.…) and from an annex's own lines.
 */

/** The words of a label over a page's downloads (相关附件, 附件下载, 下载附件), not of a list of annexes. */
export const DOWNLOAD_WORDS = '(?:相关附 ?件|附 ?件下载|下载附件)';

/** A download label alone on its line (相关附件：, 附件下载：), which no bare 附件 is: that heads the annexes. */
export const DOWNLOAD_LABEL_ALONE = new RegExp(`^${DOWNLOAD_WORDS} ?[:：]?$`);

/** A line that links to a document file or names one (某细则.pdf, as a link's text stays in text or Markdown). */
export function isFileLine(item: Item): boolean {
  // Most lines hold no dot before an extension: the cheap test first.
  return Boolean(item.block.files?.length) || (item.match.includes('.') && DOCUMENT_FILE_LINE.test(item.match.trim()));
}

/**
 * A download label that a file follows on its line (附件下载：…, 相关附件：…, 下载附件：…); a plain 附件：
 * with a title is the list of annexes (readAttachmentList).
 */
export const DOWNLOAD_LABEL_BEFORE_FILE = new RegExp(`^\\s*${DOWNLOAD_WORDS} ?[:：] ?(?=\\S)`);

/**
 * Whether a line opens a page's downloads or is one: a download label (相关附件：, 附件下载：, alone or
 * before its file) or a line that links to a document file or names one (某清单.docx). A table
 * flattened one cell per line ends above it: no cell of a row is a file.
 */
export function isDownloadLine(item: Item): boolean {
  // 相关附件：某方案.pdf on one line is a file's line as a whole.
  return DOWNLOAD_LABEL_ALONE.test(item.match.trim()) || isFileLine(item);
}

/**
 * The page's downloads that end at `items[last]` (相关附件： over 某清单.docx, or 附件下载：某方案.pdf on
 * one line): the index of their label's line, else -1. Only a download label counts, never a bare
 * 附件, which heads an annex or lists the annexes.
 */
export function downloadsAbove(items: readonly Item[], last: number, from: number, free: (i: number) => boolean): number {
  let k = last;
  while (k >= from && free(k) && isFileLine(items[k]!)) {
    // 附件下载：某方案.pdf: the label and its file on one line.
    if (DOWNLOAD_LABEL_BEFORE_FILE.test(items[k]!.match)) return k;
    k--;
  }
  if (k === last || k < from || !free(k)) return -1;
  return DOWNLOAD_LABEL_ALONE.test(items[k]!.match.trim()) ? k : -1;
}
