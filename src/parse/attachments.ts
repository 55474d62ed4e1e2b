import type { Attachment } from '../model/types.js';
import { DOCUMENT_FILE_LINE } from '../text/file-names.js';
import { ANNEX_TITLE_END } from '../text/annex-title.js';
import { matchAnnexHead } from './annex.js';
import { headsAnnexTable } from './annex-head-table.js';
import type { Item, ParseContext } from './context.js';
import { DOWNLOAD_LABEL_BEFORE_FILE, DOWNLOAD_WORDS, isFileLine } from './download-lines.js';

/**
 * `1.标题` / `2、标题` / `(1)标题`: an entry of a numbered list of annexes (附件：1.… then 2.… on the
 * next lines). Group 1 or 2 is the number, group 3 the title. (match() copy.)
 */
const LISTED = /^(?:(\d{1,2}) ?[.、]|\((\d{1,2})\)) ?(\S.*)$/;

/** An entry's number, whichever way it is written. */
function serialOf(listed: RegExpExecArray): number {
  return Number(listed[1] ?? listed[2]);
}

/** What separates entries run on in one line (附件：1.A；2.B), and may close an entry on a line of its own. */
const ENTRY_END = /[\s;,、]+$/;

/**
 * A mark that the annex is left out of this copy on purpose (附件3：某名单（略）, （附件略）): the
 * annex is not looked for, and the mark is no part of its title. (match() copy.)
 */
const OMITTED = /\s*[(【\[]\s*(?:附件|此件|内容|全文|正文)?\s*略\s*[)】\]]$/;

/**
 * The words that end a document's title (see ANNEX_TITLE_END): a run of names apart by 、 after the
 * label (附件：某方案、某清单) lists several annexes only when every name ends so; a title itself may
 * hold a 、 (某区农业、林业发展规划).
 */
const TITLE_END = ANNEX_TITLE_END;

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
  if (!listed) return namedApart(ctx, item, label, from) ?? [entry(ctx, item, label, from)];
  const cuts: number[] = [];
  let serial = serialOf(listed);
  const paren = listed[2] !== undefined;
  for (;;) {
    // The next number written as the first is: 2. after 1., (2) after (1).
    const next = paren
      ? new RegExp(`\\(${serial + 1}\\) ?(?=[^\\d\\s])`, 'g')
      : new RegExp(`(?<![\\d.])${serial + 1} ?[.、] ?(?=[^\\d\\s])`, 'g');
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

/**
 * Titles after the label apart by 、 (附件：《A》、《B》, 附件：某方案、某清单), each an annex labelled
 * as the line is: only when every one is in 《》, or every one ends as a document's title does.
 * Null when the part after the label is one title.
 */
function namedApart(ctx: ParseContext, item: Item, label: string, from: number): Attachment[] | null {
  const rest = item.match.slice(from);
  if (!rest.includes('、')) return null;
  const parts = [...rest.matchAll(/[^、]+/g)];
  const marked = parts.every((p) => /^\s*《[^《》]+》\s*$/.test(p[0]));
  const titled = parts.every((p) => p[0].trim().length >= 4 && TITLE_END.test(p[0].trim().replace(OMITTED, '')) && !/[《》]/.test(p[0]));
  if (parts.length < 2 || !(marked || titled)) return null;
  return parts.map((p) => {
    const one = entry(ctx, item, label, from + p.index, from + p.index + p[0].length);
    one.position = ctx.spanPosition(item, p.index === 0 ? 0 : from + p.index, from + p.index + p[0].length);
    return one;
  });
}

/** An entry from the part of a line after its label; `from` is where that part starts in the line (and `to` where it ends). */
function entry(ctx: ParseContext, item: Item, label: string, from: number, to = item.text.length): Attachment {
  // Matched on the folded copy (１．标题 reads as 1.标题), cut from the text as written.
  let match = item.match.slice(from, to).trim().replace(ENTRY_END, '').replace(FILE_TYPE, '');
  const omitted = OMITTED.exec(match);
  if (omitted) match = match.slice(0, omitted.index);
  const lead = item.match.slice(from, to).length - item.match.slice(from, to).trimStart().length;
  const title = item.text.slice(from + lead, from + lead + match.length);
  const listed = LISTED.exec(match);
  const mark = omitted ? { omitted: true as const } : {};
  if (!listed) return withHref({ label, title, ...mark, position: ctx.blockPosition(item) }, item);
  // 附件：1.标题 names 附件1, as the annex itself is headed.
  const serial = String(serialOf(listed));
  return withHref({ label: `${label}${serial}`, title: title.slice(match.length - (listed[3] as string).length).trim(), ...mark, position: ctx.blockPosition(item) }, item);
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
  const opening = LISTED.exec(head.title.trim());
  const count = 1 + listedAfter(ctx, items, k + 1, label, opening ? Infinity : 0, found, opening ? opening[2] !== undefined : null);
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

/** A numbered line that names an annex (1.某指标表, (2)某清单；): short, no sentence in it, a separator after it at most. */
function listedTitle(item: Item | undefined): RegExpExecArray | null {
  const t = item?.match.trim().replace(ENTRY_END, '') ?? '';
  return t.length <= 60 && !/[。;；]/.test(t) ? LISTED.exec(t) : null;
}

/**
 * Adds the numbered lines from `items[from]` on (at most `most`) to `entries`, each numbered as the
 * first is (1. then 2., (1) then (2)); how many it took.
 */
function listedAfter(ctx: ParseContext, items: readonly Item[], from: number, label: string, most: number, entries: Attachment[], paren: boolean | null = null): number {
  let count = 0;
  for (let j = from; j < items.length && count < most; j++, count++) {
    const listed = listedTitle(items[j]);
    if (!listed || (paren !== null && (listed[2] !== undefined) !== paren)) break;
    paren = listed[2] !== undefined;
    entries.push(entry(ctx, items[j]!, label, 0));
  }
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
  for (let listed = listedTitle(items[k + 1]); listed && serialOf(listed) === count + 1; listed = listedTitle(items[k + 1 + count])) count++;
  // 附件： / 1.某指标表 right above its table (or its unit line, 单位：万元, over it) heads that annex, as 附件：某指标表 would.
  return count > 0 && headsAnnexTable(items, k + count, '') ? 0 : count;
}

/** A bare annex heading (附件, 附件2, 附件：) that starts the annexes printed under it, listing none. */
export function startsAnnexes(items: readonly Item[], k: number): boolean {
  const head = items[k] ? matchAnnexHead(items[k].match) : null;
  return head !== null && !head.title && listedUnderLabel(items, k) === 0;
}

/** A label over a page's downloads of the attachments, alone on its line (附件：, 相关附件：, 附件下载：). */
const DOWNLOAD_LABEL = new RegExp(`^(?:${DOWNLOAD_WORDS}|附 ?件) ?[:：]?$`);

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

/**
 * Adds the page's downloads to a list of attachments: a download of one the list already names
 * (附件：某清单 above, then 相关附件：某清单.xls below the article) is that attachment, given its file's
 * address, not a second one.
 */
export function addDownloads(list: Attachment[], downloads: readonly Attachment[]): void {
  for (const download of downloads) {
    const named = list.find((a) => a.title === download.title);
    if (!named) list.push(download);
    else if (download.href && !named.href) named.href = download.href;
  }
}
