import type { Attachment } from '../model/types.js';
import { DOCUMENT_FILE_LINE } from '../text/file-names.js';
import { matchAnnexHead } from './annex.js';
import { headsAnnexTable } from './annex-head-table.js';
import type { Item, ParseContext } from './context.js';

/** `1.标题` / `2、标题`: an entry of a numbered list of annexes (附件：1.… then 2.… on the next lines). */
const LISTED = /^(\d{1,2}) ?[.、] ?(\S.*)$/;

/**
 * The file type a page's download link shows after an annex's name (…分解表.docx): the link's, not
 * part of the annex's title, which is how the annex is headed where it is printed.
 */
const FILE_TYPE = /\.(?:docx?|xlsx?|pptx?|pdf|wps|et|ofd|zip|rar|7z|txt|csv|jpe?g|png)$/i;

/**
 * The entries of the part of a line after its label: one, or the numbered titles a line runs on
 * (附件：1.某指标表2.某项目清单, as Markdown joins a `2.` line into the paragraph above it, a list
 * not being able to interrupt one at 2). A next number splits only where it counts up by one from
 * the one before, after no digit and before no digit: 2.0版 and 第2、3批 are words of a title.
 */
function entries(ctx: ParseContext, item: Item, label: string, from: number): Attachment[] {
  const listed = LISTED.exec(item.match.slice(from).trim());
  if (!listed) return [entry(ctx, item, label, from)];
  const cuts: number[] = [];
  let serial = Number(listed[1]);
  for (;;) {
    const next = new RegExp(`(?<![\\d.])${serial + 1} ?[.、] ?(?=[^\\d\\s])`, 'g');
    next.lastIndex = (cuts[cuts.length - 1] ?? from) + 2;
    const m = next.exec(item.match);
    if (!m) break;
    cuts.push(m.index);
    serial++;
  }
  if (cuts.length === 0) return [entry(ctx, item, label, from)];
  const bounds = [from, ...cuts, item.match.length];
  return bounds.slice(0, -1).map((start, i) => {
    const one = entry(ctx, item, label, start, bounds[i + 1]);
    // Each entry is placed at its own part of the line, the first from the label on.
    one.position = ctx.spanPosition(item, i === 0 ? 0 : start, bounds[i + 1] as number);
    return one;
  });
}

/** An entry from the part of a line after its label; `from` is where that part starts in the line (and `to` where it ends). */
function entry(ctx: ParseContext, item: Item, label: string, from: number, to = item.text.length): Attachment {
  const title = item.text.slice(from, to).trim().replace(FILE_TYPE, '');
  // Matched on the folded copy (１．标题 reads as 1.标题), cut from the text as written.
  const match = item.match.slice(from, to).trim().replace(FILE_TYPE, '');
  const listed = LISTED.exec(match);
  if (!listed) return withHref({ label, title, position: ctx.blockPosition(item) }, item);
  // 附件：1.标题 names 附件1, as the annex itself is headed.
  const serial = String(Number(listed[1]));
  return withHref({ label: `${label}${serial}`, title: title.slice(match.length - (listed[2] as string).length).trim(), position: ctx.blockPosition(item) }, item);
}

/** The entry with the address of the file its line links to under its title (附件：<a href="x.pdf">标题.pdf</a>), if any. */
function withHref(attachment: Attachment, item: Item): Attachment {
  const squeeze = (t: string): string => t.replace(/[\s\u3000《》]+/g, '');
  const title = squeeze(attachment.title);
  const link = title ? item.block.files?.find((f) => squeeze(f.text.replace(FILE_TYPE, '')).includes(title)) : undefined;
  return link ? { ...attachment, href: link.href } : attachment;
}

/**
 * Reads a line of the list of annexes (附件说明) at `items[k]` and the numbered lines that continue
 * it: the entries, and how many items they take. Null when the line does not list an annex.
 */
export function readAttachmentList(ctx: ParseContext, items: readonly Item[], k: number): { entries: Attachment[]; count: number } | null {
  const first = items[k];
  const head = first ? matchAnnexHead(first.match) : null;
  if (!first || !head) return null;
  const label = first.text.trim().replace(/[:：].*$/, '').trim();
  if (!head.title) {
    const most = listedUnderLabel(items, k);
    const entries: Attachment[] = [];
    if (most === 0) return null;
    const count = 1 + listedAfter(ctx, items, k + 1, label, most, entries);
    return { entries: underLabel(ctx, first, items[k + 1]!, entries), count };
  }
  const found = entries(ctx, first, label, first.match.search(/[:：]/) + 1);
  const count = 1 + listedAfter(ctx, items, k + 1, label, LISTED.test(head.title) ? Infinity : 0, found);
  return { entries: found, count };
}

/**
 * The entries of a list under a label alone on its line (附件： / 1.…), the first placed from the
 * label on, as 附件：1.… on one line is: the label is no part of the model otherwise.
 */
function underLabel(ctx: ParseContext, label: Item, first: Item, entries: Attachment[]): Attachment[] {
  if (entries[0]) entries[0].position = ctx.rangePosition(label, first);
  return entries;
}

/** A numbered line that names an annex (1.某指标表): short, no sentence in it. */
function listedTitle(item: Item | undefined): RegExpExecArray | null {
  const t = item?.match.trim() ?? '';
  return t.length <= 60 && !/[。;；]/.test(t) ? LISTED.exec(t) : null;
}

/** Adds the numbered lines from `items[from]` on (at most `most`) to `entries`; how many it took. */
function listedAfter(ctx: ParseContext, items: readonly Item[], from: number, label: string, most: number, entries: Attachment[]): number {
  let count = 0;
  for (let j = from; j < items.length && count < most && listedTitle(items[j]); j++, count++) entries.push(entry(ctx, items[j]!, label, 0));
  return count;
}

/**
 * How many numbered titles list the annexes under a bare label with its colon (附件： / 1.某指标表 /
 * 2.某项目清单): from 1 on, counting up, with no table right under them; 0 when the label has none.
 * Without the colon (附件, 附件1) the line heads the annex printed under it, whose text may itself
 * open with a numbered line.
 */
export function listedUnderLabel(items: readonly Item[], k: number): number {
  const head = items[k] ? matchAnnexHead(items[k].match) : null;
  if (!head || head.title || head.number || !/[:：]\s*$/.test(items[k]!.match)) return 0;
  let count = 0;
  while (Number(listedTitle(items[k + 1 + count])?.[1]) === count + 1) count++;
  // 附件： / 1.某指标表 right above its table (or its unit line, 单位：万元, over it) heads that annex, as 附件：某指标表 would.
  return count > 0 && headsAnnexTable(items, k + count, '') ? 0 : count;
}

/** A bare annex heading (附件, 附件2, 附件：) that starts the annexes printed under it, listing none. */
export function startsAnnexes(items: readonly Item[], k: number): boolean {
  const head = items[k] ? matchAnnexHead(items[k].match) : null;
  return head !== null && !head.title && listedUnderLabel(items, k) === 0;
}

/** The words of a label over a page's downloads (相关附件, 附件下载, 下载附件), not of a list of annexes. */
const DOWNLOAD_WORDS = '(?:相关附 ?件|附 ?件下载|下载附件)';

/** A download label alone on its line (相关附件：, 附件下载：), which no bare 附件 is: that heads the annexes. */
export const DOWNLOAD_LABEL_ALONE = new RegExp(`^${DOWNLOAD_WORDS} ?[:：]?$`);

/** A label over a page's downloads of the attachments, alone on its line (附件：, 相关附件：, 附件下载：). */
const DOWNLOAD_LABEL = new RegExp(`^(?:${DOWNLOAD_WORDS}|附 ?件) ?[:：]?$`);

/** A line that links to a document file or names one (某细则.pdf, as a link's text stays in text or Markdown). */
export function isFileLine(item: Item): boolean {
  return Boolean(item.block.files?.length) || DOCUMENT_FILE_LINE.test(item.match.trim());
}

/**
 * A download label that a file follows on its line (附件下载：…, 相关附件：…, 下载附件：…); a plain 附件：
 * with a title is the list of annexes (readAttachmentList).
 */
const DOWNLOAD_LABEL_BEFORE_FILE = new RegExp(`^\\s*${DOWNLOAD_WORDS} ?[:：] ?(?=\\S)`);

/**
 * Reads a page's downloads at `items[k]`: a label alone on its line (相关附件：) over lines that
 * link to document files (<a href="x.pdf">某细则.pdf</a>) or name one, each an attachment (with
 * the file's address when linked). Null when the label has no such line under it: a bare 附件
 * heads the annex printed below.
 */
export function readDownloadList(ctx: ParseContext, items: readonly Item[], k: number): { entries: Attachment[]; count: number } | null {
  const first = items[k];
  if (!first) return null;
  const entries: Attachment[] = [];
  // 附件下载：<a href="x.docx">某方案.docx</a> — the label and its first file on one line.
  const inline = DOWNLOAD_LABEL_BEFORE_FILE.exec(first.match);
  const labelAlone = DOWNLOAD_LABEL.test(first.match.trim());
  if (!labelAlone) {
    if (!inline || !(first.block.files?.length || DOCUMENT_FILE_LINE.test(first.match.slice(inline[0].length).trim()))) return null;
    entries.push(entry(ctx, first, '附件', inline[0].length));
  }
  for (let j = k + 1; j < items.length; j++) {
    const next = items[j]!;
    if (next.block.kind === 'table' || !ctx.isFree(next.index) || !isFileLine(next)) break;
    entries.push(entry(ctx, next, '附件', 0));
  }
  if (entries.length === 0) return null;
  if (labelAlone) underLabel(ctx, first, items[k + 1]!, entries);
  // The label's own line is one more item, unless it held the first file.
  return { entries, count: labelAlone ? entries.length + 1 : entries.length };
}
