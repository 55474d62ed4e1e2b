import type { Attachment } from '../model/types.js';
import { matchAnnexHead } from './annex.js';
import { readAttachmentList, readDownloadList } from './attachments.js';
import { DOWNLOAD_LABEL_ALONE, DOWNLOAD_LABEL_BEFORE_FILE, isFileLine } from './download-lines.js';
import type { Item, ParseContext } from './context.js';

/** How far up from the region's end a label over the downloads may stand (相关附件： / 1.… / 2.…). */
const MOST_LINES = 8;

const squeeze = (t: string): string => t.replace(/[\s\u3000《》]+/g, '');

/**
 * The page's downloads of the annexes printed above them (TRS's <div class="fj">相关附件：<a
 * href="x.doc">某分解表.doc</a></div> after the article): the last lines of the annexes' region
 * that link to files, under a download label (相关附件：, 附件下载：) or a 附件： that names a
 * listed or printed annex. They are the downloads, not the last annex's text nor an annex of their
 * own. Returns the region without them (claimed as the list of annexes) and their entries.
 */
export function takeTrailingDownloads(ctx: ParseContext, region: Item[], listed: readonly Attachment[]): { region: Item[]; entries: Attachment[] } {
  const last = region[region.length - 1];
  // Only a link to a file (HTML's, Markdown's), or a file's name where a text page keeps a link's
  // text (某清单.docx), is told from an annex's own last line.
  if (!last || !isFileLine(last)) return { region, entries: [] };
  const linked = Boolean(last.block.files?.length);
  const printed = new Set(region.map((it) => squeeze(matchAnnexHead(it.match)?.title || it.match)));
  for (const t of listed) printed.add(squeeze(t.title));
  for (let k = region.length - 1; k >= Math.max(0, region.length - MOST_LINES); k--) {
    const downloads = readDownloadList(ctx, region, k);
    const list = downloads ?? readAttachmentList(ctx, region, k);
    if (!list || k + list.count !== region.length) continue;
    // 附件：某分解表.doc names an annex of the list or the region; another title is an annex of its own.
    // A file's name without its link is a download under a download label only (相关附件：, 附件下载：).
    if (!downloads && !list.entries.every((e) => e.href && printed.has(squeeze(e.title)))) continue;
    if (!linked && !DOWNLOAD_LABEL_ALONE.test(region[k]!.match.trim()) && !DOWNLOAD_LABEL_BEFORE_FILE.test(region[k]!.match)) continue;
    for (let j = k; j < region.length; j++) ctx.claim(region[j]!.index, 'annex-list');
    return { region: region.slice(0, k), entries: list.entries };
  }
  return { region, entries: [] };
}
