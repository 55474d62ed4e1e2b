import type { ChromeNode, DocumentNumber, MetadataField, Notice, Position, TextNode } from '../model/types.js';
import type { PublicationDate } from '../text/dateline-fields.js';
import { parseDate, type ParsedDate } from '../text/date.js';
import { documentNumbersSideBySide, findDocumentNumbers, toDocumentNumber, wholeDocumentNumber } from '../text/document-number.js';
import { matchRegistrationNumber } from '../text/registration-number.js';
import { noticeTitleInPageTitle } from '../text/page-title.js';
import { splitTrailingNumber, titleSubstance } from '../text/title-substance.js';
import { itemMarker } from './decimal-chapters.js';
import { matchAnnexHead } from './annex.js';
import { startsAnnexes } from './attachments.js';
import { repealsIn } from './supersedes.js';
import { disposesOfDocuments, opensDocumentList } from './amendment-list.js';
import { classifyChrome } from './chrome.js';
import { hasNoticeTitleShape, isLeadIn, isPostByline } from './headline.js';
import { headFurniture } from './head-furniture.js';
import { numberBesideDateline } from './number-dateline.js';
import { bracketedDateLine } from './byline-date.js';
import type { Item, ParseContext } from './context.js';
import { ADDRESSEE_END, isAddresseeLine, LEVEL_PLACE } from './addressees.js';
import { addresseeRun, addresseesUnsure } from './addressee-lines.js';
import {
  isPersonSignature,
  isSignatureLine,
  isSignatureText,
  nextSignedGroup,
  signatureDates,
  signatoriesOf,
  signatureWithDate,
  splitSignatories,
  sealNote,
  undatedSignature,
  signatureAbove,
  type SignatureDate,
  type SignedGroup,
} from './signature.js';
import { isAbridgedNote, isSupportNote, notesIn, takeNotes, type NoticeNotes } from './notice-notes.js';

/**
 * Document types (文种) a title ends with; a page may add the document number after it, in brackets
 * or after spaces (…的通知　国发〔2023〕24号), read apart by numberAfterTitle.
 */
const DOC_TYPE =
  /(?:通知|通报|意见|决定|办法|方案|规定|细则|计划|规划|纲要|函|批复|复函|报告|公告|通告|命令|令|决议|指示|条例|措施|要点|指引|指南|规则|章程|纪要|答复|清单|目录|标准|实施意见|工作方案|行动方案|行动计划)(?:\s*[(（][^()（）]{1,20}[)）]|\s+[^\s()（）]{1,20}[〔［【﹝[]\d{4}[〕］】﹞\]]\d{1,5}号)?$/;

/** Document types of the notice that carries a plan, as opposed to the plan's own (方案, 计划). */
const WRAPPER_TYPE = /(?:通知|通报|决定|意见|批复|复函|函|公告|通告|令)$/;


export interface NoticeResult {
  notice: Notice | null;
  /** Index of the first block after the notice's signature, date and disclosure. */
  end: number;
  /** Blocks between the addressees and the signature; the plan's outline may be among them. */
  bodyItems: Item[];
  /** The index where the notice title was found, or -1. */
  start: number;
  /** A reposting page's headline and lead-in above the notice's title, set aside as page chrome. */
  chrome: ChromeNode[];
  /**
   * The publication date the page printed beside the notice's number under its title
   * (中府办〔2024〕21号　发布日期：2024-07-09): a field for `metadata`, read where the header gave none.
   */
  published?: { field: MetadataField; iso: string };
}

/** Titles are Chinese text: more Han characters than Latin letters and odd symbols together. */
export function mostlyHan(text: string): boolean {
  const han = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const foreign = text.match(/[^\u4e00-\u9fff\s\d()（）〔〕《》“”"'、—–\-.,:;，：；·<>]/g)?.length ?? 0;
  return han > 0 && foreign < han;
}

function isTitleLine(item: Item): boolean {
  const t = item.match.trim();
  if (t.length === 0 || t.length > 80 || item.block.kind === 'table' || !mostlyHan(t)) return false;
  if (/[。;,:]$/.test(t) || /[。]/.test(t) || isLeadIn(t)) return false;
  // Nor a post's byline (原创 江北发布 2024年05月21日 17:05 重庆): a headline's, set aside with it.
  if (parseDate(t) || isPostByline(t) || itemMarker(item) || matchAnnexHead(t) || numberLine(item) || numbersSideBySide(item)) return false;
  // （2024年3月12日） on a line of its own under the title is the document's date, not more of its title.
  if (bracketedDateLine(t)) return false;
  // Page furniture left above the title (a site's menu, search box or breadcrumb the chrome
  // reader did not know) is not joined into it: a title has no | or > between its words.
  if (/[|｜>»›]/.test(t) || classifyChrome(t) !== null) return false;
  // Nor a row of short words set apart by spaces (县情 机构 资讯 服务): a title's line is a phrase.
  const words = t.split(/\s+/);
  if (words.length >= 3 && words.every((w) => w.length >= 2 && w.length <= 6)) return false;
  return true;
}

/**
 * A block that is one document number and nothing else (浙政办发〔2023〕18号), or the number with
 * the signer a red-headed document prints beside it (某政发〔2024〕5号　　签发人：张三).
 */
function numberLine(item: Item): DocumentNumber | null {
  const signer = /\s+签发人\s*:\s*[\u4e00-\u9fff、 ]{2,20}$/.exec(item.match);
  const end = signer ? signer.index : item.text.length;
  return wholeDocumentNumber(item.text.slice(0, end), item.match.slice(0, end));
}

/**
 * A joint document's numbers printed side by side on one line, each issuer's own
 * (江发改产业〔2021〕88号　江工信发〔2021〕45号), with their offsets in the block's text; the lead
 * issuer's first. Null for any other line.
 */
function numbersSideBySide(item: Item): Array<DocumentNumber & { from: number; to: number }> | null {
  const found = documentNumbersSideBySide(item.text, item.match.length === item.text.length ? item.match : undefined);
  return found ? found.map((n) => ({ ...toDocumentNumber(n), from: n.index, to: n.index + n.raw.length })) : null;
}

/** A title found, and the page's headline above it that it was preferred to (none, mostly). */
interface FoundTitle {
  lines: Item[];
  headline: Item[];
}

/** How many blocks below a page's headline the notice's own title is looked for. */
const HEADLINE_REACH = 6;

/** The title lines that start at `free[start]`: up to four adjacent title lines of one kind. */
function titleLinesFrom(free: Item[], start: number): Item[] {
  const run: Item[] = [];
  // The lines of one title stand together: furniture set aside between two lines parts them.
  const adjacent = (k: number): boolean => k === start || free[k]!.index === free[k - 1]!.index + 1;
  for (let k = start; k < free.length && run.length < 4 && isTitleLine(free[k]!) && sameKind(free[start]!, free[k]!) && adjacent(k); k++) run.push(free[k]!);
  return run;
}

/**
 * The notice title: one to four short lines, the last ending with a document type. Of the
 * candidate runs, the one that spells the header's 名称 wins; otherwise the longest.
 */
function findTitle(free: Item[], metaTitle: string | null): FoundTitle | null {
  const wanted = metaTitle ? squeeze(metaTitle) : null;
  const runs: Item[][] = [];
  for (let start = 0; start < Math.min(free.length, 4); start++) runs.push(titleLinesFrom(free, start));
  // The lines that spell the header's 名称 are the title, wherever they start.
  if (wanted) {
    for (let start = 0; start < runs.length; start++) {
      const run = runs[start]!;
      for (let n = run.length; n >= 1; n--) {
        if (squeeze(run.slice(0, n).map((l) => l.match.trim()).join('')) !== wanted) continue;
        const lines = run.slice(0, n);
        const below = isHeadline(lines) ? noticeBelowHeadline(free, start + n, lines) : null;
        if (below) return { lines: below, headline: lines };
        return { lines: [...issuerAbove(runs, start, lines), ...lines], headline: [] };
      }
    }
  }
  for (let start = 0; start < runs.length; start++) {
    const run = runs[start]!;
    const typed = titleRun(run);
    // A Markdown/HTML top heading is a title whatever it ends with, though it may be broken over
    // lines (<h1>…关于印发<br>…的通知</h1>), unless it is a page's headline over the notice's own title.
    if (free[start]!.block.kind === 'heading' && (free[start]!.block.depth ?? 1) <= 1) {
      const lines = typed ?? [free[start]!];
      const below = noticeBelowHeadline(free, start + lines.length, lines);
      return below ? { lines: below, headline: lines } : { lines, headline: [] };
    }
    if (typed) return (free[start]!.block.kind === 'heading' ? null : headlineInText(free, start, typed)) ?? { lines: typed, headline: [] };
  }
  return null;
}

/**
 * A post copied as text (a WeChat article) keeps its headline as a line of its own above the
 * notice's title (重磅！我区出台数字经济三年行动方案), with nothing to mark it as a heading. It is
 * told from the title by the notice's own title that follows it: on the next line (the two read
 * at first as one title over two lines), or a few lines below with only the post's byline,
 * lead-in or page furniture between them. Also a headline above a title found lower down.
 */
function headlineInText(free: Item[], start: number, typed: Item[]): FoundTitle | null {
  // The headline run on into the title: a later line starts a notice's title of its own.
  const split = splitAtNoticeTitle(typed);
  if (split) return { lines: split.title, headline: split.lead };
  const own = joinTitleLines(typed.map((l) => l.match));
  if (hasNoticeTitleShape(own)) {
    // A notice's title lower down: a headline that ends with no document type stands above it.
    const head = headlineLinesAbove(free, start);
    return head ? { lines: typed, headline: head } : null;
  }
  for (let s = start + typed.length; s < Math.min(free.length, start + typed.length + HEADLINE_REACH); s++) {
    if (isRepostLine(free[s]!)) continue;
    const below = titleRun(titleLinesFrom(free, s));
    return below && isHeadlineAbove(typed, below) ? { lines: below, headline: typed } : null;
  }
  return null;
}

/**
 * A run of title-like lines whose later line starts a notice's title of its own (关于…, or the
 * issuing bodies and 关于), the lines before it being no part of that title: a post's headline
 * in text, or under a headline marked as one, a line of the page the reader did not know (a
 * byline of another form). Null when the run is one title from its first line.
 */
function splitAtNoticeTitle(typed: Item[]): { lead: Item[]; title: Item[] } | null {
  for (let j = 1; j < typed.length; j++) {
    const title = typed.slice(j);
    const lead = typed.slice(0, j);
    if (!opensNoticeTitle(title[0]!.match) || !hasNoticeTitleShape(joinTitleLines(title.map((l) => l.match)))) continue;
    if (isHeadlineAbove(lead, title)) return { lead, title };
  }
  return null;
}

/** A post's byline, its lead-in to the text or page furniture: lines between a headline and the title. */
function isRepostLine(item: Item): boolean {
  return isPostByline(item.match) || isLeadIn(item.match) || headFurniture(item.match) !== null;
}

/**
 * Title-like lines at the top of the free blocks, above a notice's title at `start` with only a
 * byline, lead-in or furniture between: a post's headline. Null when anything else stands there.
 */
function headlineLinesAbove(free: Item[], start: number): Item[] | null {
  let end = start;
  while (end > 0 && isRepostLine(free[end - 1]!)) end--;
  if (end === 0 || end > 2) return null;
  const head = free.slice(0, end);
  if (!head.every(isTitleLine)) return null;
  return isHeadlineAbove(head, free.slice(start, start + 1)) ? head : null;
}

/**
 * Whether title-like lines are a post's headline over a notice's title, not the first lines of
 * that title: they are not the issuing bodies (某区人民政府办公室 / 关于…), do not lead on into it
 * (…转发 / 关于…), are no notice's title themselves, and neither title names the other whole.
 */
function isHeadlineAbove(head: Item[], title: Item[]): boolean {
  const own = squeeze(joinTitleLines(head.map((l) => l.match)));
  const below = squeeze(joinTitleLines(title.map((l) => l.match)));
  if (!hasNoticeTitleShape(below) || hasNoticeTitleShape(own) || below.includes(own) || own.includes(below)) return false;
  if (head.every(isIssuerLine)) return false;
  return !/(?:转发|印发|批转|关于|的|和|与|及|、)$/.test(own);
}

/** Whether a line starts a notice's title: 关于…, or the issuing bodies' names and 关于. */
function opensNoticeTitle(match: string): boolean {
  const t = match.trim();
  const at = t.indexOf('关于');
  return at === 0 || (at > 0 && isIssuerLine(t.slice(0, at)));
}

function isHeadline(lines: Item[]): boolean {
  return lines[0]!.block.kind === 'heading' && (lines[0]!.block.depth ?? 1) <= 1;
}

/**
 * The notice's own title (关于…的通知) a little below a page's headline that is not one
 * (重磅！《某措施》印发): a reposting page's headline does not stand for the notice it reprints.
 * None when the headline is itself a notice's title, or the title below repeats it or is
 * repeated by it (a page heading the text with a shortened title: see repeatedTitle).
 */
function noticeBelowHeadline(free: Item[], from: number, headline: Item[]): Item[] | null {
  const own = squeeze(joinTitleLines(headline.map((l) => l.match)));
  if (hasNoticeTitleShape(own)) return null;
  for (let s = from; s < Math.min(free.length, from + HEADLINE_REACH); s++) {
    const run = titleRun(titleLinesFrom(free, s));
    if (!run) continue;
    // A line run on into the notice's title from above is not its first line: it stays unread.
    const typed = splitAtNoticeTitle(run)?.title ?? run;
    const title = squeeze(joinTitleLines(typed.map((l) => l.match)));
    // The first titled line decides: a plan's title under the headline means no notice below it.
    if (!hasNoticeTitleShape(title) || title.includes(own) || own.includes(title)) return null;
    return typed;
  }
  return null;
}

/**
 * The issuing body's name on the line above a title that starts with 关于 (石泉县人民政府办公室 /
 * 关于印发…的通知, an <h1> broken by <br>): the header's 名称 often leaves the issuer out, while the
 * title as printed is both lines, as a title over two lines is read wherever no header names it.
 */
function issuerAbove(runs: Item[][], start: number, lines: Item[]): Item[] {
  if (!/^关于/.test(lines[0]!.match.trim())) return [];
  const out: Item[] = [];
  // A joint title names its issuers on up to three lines; each line above must run on into the title.
  for (let s = start - 1; s >= 0 && out.length < 3; s--) {
    const run = runs[s]!;
    if (run.length < start - s + 1 || run[start - s] !== lines[0]) break;
    const line = run[0]!;
    if (!isIssuerLine(line)) break;
    out.unshift(line);
  }
  return out;
}

/** A line that names only issuing bodies (某县人民政府办公室, 某区财政局　某区发展和改革委员会). */
function isIssuerLine(item: Item | string): boolean {
  const names = (typeof item === 'string' ? item : item.match).trim().split(/\s+/);
  return names.every((n) => n.length >= 4 && isSignatureText(n, n) && !isPersonSignature(n) && !/^(?:各|有关|相关|其他)/.test(n));
}

/** The longest start of a run of title lines that ends with a document type (…的通知), or null. */
function titleRun(run: Item[]): Item[] | null {
  for (let n = run.length; n >= 1; n--) {
    if (DOC_TYPE.test(run.slice(0, n).map((l) => l.match.trim()).join(''))) return run.slice(0, n);
  }
  return null;
}

/**
 * The title printed again at the head of the text, below the page's own title (often the same
 * title, or the full one under a shortened heading): the lines right after the title that spell
 * it, or contain it, or that it contains.
 */
function repeatedTitle(free: Item[], k: number, title: string): Item[] | null {
  const run: Item[] = [];
  for (let j = k; j < free.length && run.length < 4 && isTitleLine(free[j]!); j++) run.push(free[j]!);
  const typed = run.length > 0 ? titleRun(run) : stoppedTitle(free[k]);
  if (!typed) return null;
  // Read by substance: the page's heading and the printed title may differ in quotes, a year
  // range's dash, a period of years or a full stop (see titleSubstance).
  const again = titleSubstance(typed.map((l) => l.match.trim()).join(''));
  const own = titleSubstance(title);
  // A shorter line inside the title is a repeat only if it is itself a notice's title: after
  // 关于印发…方案的通知, a line 某方案 is the plan's own title.
  return again.includes(own) || (own.includes(again) && WRAPPER_TYPE.test(again)) ? typed : null;
}

/** A notice's title printed on one line with a full stop after it (关于…的通知。), as a run of its own. */
function stoppedTitle(item: Item | undefined): Item[] | null {
  const t = item?.match.trim();
  if (!item || !t || !/。$/.test(t) || t.indexOf('。') < t.length - 1 || item.block.kind === 'table') return null;
  return hasNoticeTitleShape(t.slice(0, -1)) ? [item] : null;
}

/**
 * Lines of one title are blocks of one kind: a page's sidebar heading (<h3>热点专题) does not run
 * on into the title (<h2>) after it.
 */
function sameKind(first: Item, line: Item): boolean {
  return first.block.kind === line.block.kind && (first.block.depth ?? 0) === (line.block.depth ?? 0);
}

/**
 * A title printed over several lines is one line of text: its line breaks, and the spaces that set
 * side by side the offices of a joint title (中共某县委办公室　某县人民政府办公室 / 关于…), are
 * layout. Only a space between two Latin letters or digits is a word space and stays. `wrapped`:
 * the lines came as one block that the text adapter joined from several lines of the source.
 */
export function joinTitleLines(lines: readonly string[], wrapped = false): string {
  const joined = lines.map((l) => l.trim()).join('');
  if (!/[\s\u3000]/.test(joined)) return joined;
  if (lines.length < 2 && !wrapped) return withoutIssuerSpaces(joined);
  return joined.replace(/[\s\u3000\u00a0]+/g, (space, at: number) =>
    /[A-Za-z0-9]/.test(joined[at - 1] ?? '') && /[A-Za-z0-9]/.test(joined[at + space.length] ?? '') ? space : '',
  );
}

/**
 * A title printed on one line keeps its spaces, as its site wrote them, except those that set the
 * offices of a joint title side by side (中共某县委办公室　某县人民政府办公室关于…): the same title
 * reads the same whether the offices stand on a line of their own or before 关于.
 */
function withoutIssuerSpaces(title: string): string {
  const m = /^(.+?)(关于|印发|转发)/.exec(title);
  if (!m || !/[\s\u3000]/.test(m[1]!.trim())) return title;
  const names = m[1]!.trim().split(/[\s\u3000\u00a0]+/);
  if (names.length < 2 || !isIssuerLine(names.join(' '))) return title;
  return names.join('') + title.slice(m[1]!.length);
}

function squeeze(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/**
 * The number under the title of a 令 (中华人民共和国国务院令 / 第707号): the line gives only the serial,
 * the title names the issuing 令, so the number reads as the two together.
 */
function orderNumber(title: string, item: Item): DocumentNumber | null {
  const m = /^(?:((?:19|20)\d{2}) ?年 ?)?第 ?(\d{1,5}) ?号$/.exec(item.match.trim());
  if (!m || !/令$/.test(title)) return null;
  return { raw: `${title}${item.text.trim()}`, agency: title, year: m[1] ? Number(m[1]) : null, serial: Number(m[2]) };
}

/**
 * A reposting page's headline, passed over for the notice's own title below it, and the lead-in
 * lines right above that title (全文如下↓↓↓) and the post's byline under the headline are the
 * page's, not the notice's: claimed as chrome, the headline with a note of what was read as the
 * title in its place.
 */
function setAsideAbove(ctx: ParseContext, free: Item[], titleFirst: Item, headline: Item[], title: string): ChromeNode[] {
  const out: ChromeNode[] = [];
  const setAside = (item: Item): void => {
    ctx.claim(item.index, 'chrome');
    out.push({ kind: 'other', text: item.text, position: ctx.blockPosition(item) });
  };
  for (let k = free.indexOf(titleFirst) - 1; k >= 0 && ctx.isFree(free[k]!.index) && isLeadIn(free[k]!.match); k--) setAside(free[k]!);
  if (headline.length > 0) {
    for (const item of headline) setAside(item);
    // The post's byline between its headline and the text it reprints (青川发布 2024-05-20 18:30).
    for (let k = free.indexOf(headline[headline.length - 1]!) + 1; free[k] && free[k] !== titleFirst; k++) {
      if (ctx.isFree(free[k]!.index) && (isPostByline(free[k]!.match) || headFurniture(free[k]!.match))) setAside(free[k]!);
    }
    const heading = joinTitleLines(headline.map((l) => l.text));
    ctx.report(
      'headline-not-title',
      'info',
      `the page's headline "${heading}" is not a notice's title; the notice's own title below it is read instead: "${title}"`,
      ctx.rangePosition(headline[0]!, headline[headline.length - 1]!),
    );
  }
  return out;
}

function docNumbersIn(ctx: ParseContext, items: Item[], filter: (sentence: string) => boolean): Array<DocumentNumber & { position: Position }> {
  const out: Array<DocumentNumber & { position: Position }> = [];
  for (const item of items) {
    const sentences = /[^。]+。?/g;
    for (let s = sentences.exec(item.match); s; s = sentences.exec(item.match)) {
      if (!filter(s[0])) continue;
      const original = item.text.slice(s.index, s.index + s[0].length);
      for (const found of findDocumentNumbers(original, s[0])) {
        out.push({ ...toDocumentNumber(found), position: ctx.spanPosition(item, s.index + found.index, s.index + found.index + found.raw.length) });
      }
    }
  }
  return out;
}

/**
 * Reads the notice wrapper: title, document number, addressees, body, signature, date and
 * disclosure. `free` are the unclaimed blocks after the header, in order.
 */
export function parseNotice(ctx: ParseContext, free: Item[], metaTitle: string | null, outside: OutsideTitles = {}): NoticeResult {
  // Text that opens with its addressees has no title above them: a title-like line further down
  // (the plan's own, 某某实施方案) is not the notice's.
  const untitled = untitledNotice(ctx, free, outside);
  if (untitled) return untitled;
  const found = findTitle(free, metaTitle);
  if (!found) return { notice: null, end: free[0]?.index ?? ctx.items.length, bodyItems: [], start: -1, chrome: [] };
  const titleLines = found.lines;
  let k = free.indexOf(titleLines[titleLines.length - 1]!) + 1;
  let titleFirst = titleLines[0]!;
  let titleLast = titleLines[titleLines.length - 1]!;
  for (const t of titleLines) ctx.claim(t.index, 'notice-title');
  let title = joinTitleLines(
    titleLines.map((t) => t.text),
    titleLines.length === 1 && spansLines(ctx, titleLines[0]!),
  );
  // A page may add the document number after the title (<h1>…的通知（某政办发〔2024〕40号）</h1>).
  const titleNumber = numberAfterTitle(ctx, titleLast, title);
  if (titleNumber) title = titleNumber.title;
  // A reprinting page's dateline, source or tool bar under the title (see head-furniture.ts).
  const furniture: HeadLine[] = [];
  const skipFurniture = (): void => {
    const run = headFurnitureRun(free, k, title);
    furniture.push(...run);
    k += run.length;
  };
  skipFurniture();
  const again = repeatedTitle(free, k, title);
  if (again) {
    for (const t of again) ctx.claim(t.index, 'notice-title');
    k += again.length;
    // The fuller of the two is the title (a page heads the text with a shortened one); a full
    // stop after either is no part of it.
    title = title.replace(/。$/, '');
    const repeated = joinTitleLines(again.map((t) => t.text)).replace(/。$/, '');
    if (squeeze(repeated).length > squeeze(title).length) {
      title = repeated;
      titleFirst = again[0]!;
      titleLast = again[again.length - 1]!;
    }
  }

  skipFurniture();
  // A Party committee's document (and the 中共中央's) is dated in brackets under its title, not under a signature.
  let headDate: NoticeHead['headDate'];
  const takeHeadDate = (): void => {
    const item = free[k];
    const date = !headDate && item && ctx.isFree(item.index) ? bracketedDateLine(item.match) : null;
    if (!item || !date) return;
    headDate = { date, item };
    ctx.claim(item.index, 'date');
    k++;
  };
  takeHeadDate();

  let documentNumber: DocumentNumber | null = null;
  let registrationNumber: Notice['registrationNumber'] | undefined;
  // The registration number (ZJSP01-2023-0003) stands above or below the document number.
  const takeRegistration = (item: Item | undefined): boolean => {
    const at = item && !registrationNumber && ctx.isFree(item.index) ? matchRegistrationNumber(item.match) : null;
    if (!item || !at) return false;
    registrationNumber = { text: item.text.slice(at.from, at.to), position: ctx.spanPosition(item, at.from, at.to) };
    ctx.claim(item.index, 'notice-number');
    return true;
  };
  if (takeRegistration(free[k])) k++;
  let documentNumberPosition: Position | undefined;
  let published: NoticeResult['published'];
  const otherNumbers: NonNullable<Notice['otherDocumentNumbers']> = [];
  const numberItem = free[k];
  if (numberItem) {
    const whole = wholeDocumentNumber(numberItem.text, ctx.normalize(numberItem.text));
    const order = orderNumber(title, numberItem);
    const sideBySide = whole ? null : numbersSideBySide(numberItem);
    const beside = whole || sideBySide || order || numberItem.block.kind === 'table' ? null : numberBesideDateline(numberItem.text, numberItem.match);
    if (whole) {
      documentNumber = whole;
      documentNumberPosition = ctx.blockPosition(numberItem);
      ctx.claim(numberItem.index, 'notice-number');
      k++;
      // A second number on the next line (a 规范性文件's 某政规〔2023〕3号 over its 文号, each joint
      // issuer's own number) is the notice's too, not the first line of its text.
      if (takeRegistration(free[k])) k++;
      for (let next = free[k]; next; next = free[k]) {
        const also = wholeDocumentNumber(next.text, ctx.normalize(next.text));
        const several = also ? null : numbersSideBySide(next);
        if (!also && !several) break;
        if (also) otherNumbers.push({ ...also, position: ctx.blockPosition(next) });
        for (const { from, to, ...n } of several ?? []) otherNumbers.push({ ...n, position: ctx.spanPosition(next, from, to) });
        ctx.claim(next.index, 'notice-number');
        k++;
      }
    } else if (sideBySide) {
      // The lead issuer's number comes first (GB/T 9704-2012 numbers a joint document by it); the
      // others are the notice's too, each at its own place on the line.
      const [first, ...rest] = sideBySide.map(({ from, to, ...n }) => ({ ...n, position: ctx.spanPosition(numberItem, from, to) }));
      const { position, ...lead } = first!;
      documentNumber = lead;
      documentNumberPosition = position;
      otherNumbers.push(...rest);
      ctx.claim(numberItem.index, 'notice-number');
      k++;
    } else if (order) {
      documentNumber = order;
      documentNumberPosition = ctx.blockPosition(numberItem);
      ctx.claim(numberItem.index, 'notice-number');
      k++;
    } else if (beside) {
      // The page's fields beside the number are no text of the notice; its publication date is the page's record.
      documentNumber = toDocumentNumber(beside.number);
      documentNumberPosition = ctx.spanPosition(numberItem, beside.number.index, beside.number.index + beside.number.raw.length);
      if (beside.published) published = publishedField(ctx, numberItem, beside.published);
      ctx.claim(numberItem.index, 'notice-number');
      k++;
    }
  }
  if (takeRegistration(free[k])) k++;
  skipFurniture();
  // A red-headed document prints its number above the title, under the letterhead.
  let aboveAt = free.indexOf(titleFirst) - 1;
  if (takeRegistration(free[aboveAt])) aboveAt--;
  const above = free[aboveAt];
  const aboveNumber = !documentNumber && above && ctx.isFree(above.index) ? numberLine(above) : null;
  // …and a joint document its issuers' numbers side by side there (江发改产业〔2024〕18号　江经信发〔2024〕9号).
  const aboveSeveral = !documentNumber && !aboveNumber && above && ctx.isFree(above.index) ? numbersSideBySide(above) : null;
  if (above && aboveNumber) {
    documentNumber = aboveNumber;
    documentNumberPosition = ctx.blockPosition(above);
    ctx.claim(above.index, 'notice-number');
    if (takeRegistration(free[aboveAt - 1])) aboveAt--;
  } else if (above && aboveSeveral) {
    const [first, ...rest] = aboveSeveral.map(({ from, to, ...n }) => ({ ...n, position: ctx.spanPosition(above, from, to) }));
    const { position, ...lead } = first!;
    documentNumber = lead;
    documentNumberPosition = position;
    otherNumbers.push(...rest);
    ctx.claim(above.index, 'notice-number');
  }
  // Failing a number in the text, the one the page's heading gave after the title.
  if (!documentNumber && titleNumber) {
    documentNumber = titleNumber.number;
    documentNumberPosition = titleNumber.position;
  }

  takeHeadDate();

  const result = readFromAddressees(ctx, free, k, {
    title,
    ...(headDate ? { headDate } : {}),
    titlePosition: ctx.rangePosition(titleFirst, titleLast),
    titleLines,
    titleFirst,
    documentNumber,
    ...(registrationNumber ? { registrationNumber } : {}),
    ...(documentNumberPosition ? { documentNumberPosition } : {}),
    ...(otherNumbers.length > 0 ? { otherDocumentNumbers: otherNumbers } : {}),
    chrome: () => [...setAsideAbove(ctx, free, titleLines[0]!, found.headline, title), ...setAsideInHead(ctx, furniture)],
  });
  if (result.notice && published) result.published = published;
  return result;
}

/** The publication date a page printed beside the notice's number, as the header's field it stands for. */
function publishedField(ctx: ParseContext, item: Item, found: PublicationDate): NonNullable<NoticeResult['published']> {
  return {
    field: {
      label: item.text.slice(found.labelFrom, found.labelTo),
      key: 'publishedDate',
      value: item.text.slice(found.valueFrom, found.valueTo),
      position: ctx.spanPosition(item, found.labelFrom, found.valueTo),
    },
    iso: found.iso,
  };
}

/**
 * The document number a page prints in brackets after the title, on its last line: the title
 * without it, the number, and where the number stands.
 */
function numberAfterTitle(ctx: ParseContext, last: Item, title: string): { title: string; number: DocumentNumber; position: Position } | null {
  const split = splitTrailingNumber(title, (t) => wholeDocumentNumber(t, ctx.normalize(t)) !== null);
  if (!split) return null;
  const raw = title.slice(split.from, split.to);
  const at = last.text.lastIndexOf(raw);
  const number = wholeDocumentNumber(raw, ctx.normalize(raw));
  if (at < 0 || !number) return null;
  return { title: split.title, number, position: ctx.spanPosition(last, at, at + raw.length) };
}

/** A line of page furniture in the notice's head, and what kind it is. */
interface HeadLine {
  item: Item;
  kind: ChromeNode['kind'];
}

/**
 * The page furniture at `free[k]` on, between the notice's title and its number or addressees
 * (2024-04-15, 来源：某区人民政府网站, 打印本页 关闭窗口): up to three lines. A bare date or a byline
 * counts only where the notice's head goes on under the run (its number or its addressees): alone
 * under a title it may be the document's own date.
 */
function headFurnitureRun(free: Item[], k: number, title: string): HeadLine[] {
  const run: HeadLine[] = [];
  let needsHead = false;
  for (let j = k; j < free.length && run.length < 3; j++) {
    const item = free[j]!;
    if (item.block.kind === 'table') break;
    const found = headFurniture(item.match);
    if (!found) break;
    run.push({ item, kind: found.kind });
    needsHead ||= found.needsHead;
  }
  if (!needsHead || run.length === 0) return run;
  return opensNoticeHead(free, k + run.length, title) ? run : [];
}

/** Whether `free[j]` goes on with the notice's head: its number, its addressees, or its title printed again. */
function opensNoticeHead(free: Item[], j: number, title: string): boolean {
  const item = free[j];
  if (!item) return false;
  if (numberLine(item) || numbersSideBySide(item) || orderNumber(title, item) || matchRegistrationNumber(item.match)) return true;
  return addresseeRun(free, j) !== null || repeatedTitle(free, j, title) !== null;
}

/** Claims the furniture of the notice's head as chrome, once the notice is known to be one. */
function setAsideInHead(ctx: ParseContext, lines: HeadLine[]): ChromeNode[] {
  return lines.map(({ item, kind }) => {
    ctx.claim(item.index, 'chrome');
    return { kind, text: item.text, position: ctx.blockPosition(item) };
  });
}

/** Whether an item was printed over several lines of the source (a wrapped text joins them). */
function spansLines(ctx: ParseContext, item: Item): boolean {
  const at = ctx.blockPosition(item);
  return at.end.line > at.start.line;
}

/** How the notice's title was found, for reading the rest of it from its addressees on. */
interface NoticeHead {
  title: string;
  titlePosition: Position;
  /** The title's lines in the text: none for a title printed only outside it (see untitledNotice). */
  titleLines: Item[];
  titleFirst: Item | null;
  /** With the title printed outside the text: the notice's first block there (its 发文字号 line). */
  opening?: Item;
  titleFrom?: Notice['titleFrom'];
  documentNumber: DocumentNumber | null;
  registrationNumber?: Notice['registrationNumber'];
  documentNumberPosition?: Position;
  otherDocumentNumbers?: Notice['otherDocumentNumbers'];
  /** Sets aside what stands above the title as chrome, once the notice is known to be one. */
  chrome: () => ChromeNode[];
  /** The date printed in brackets under the title (（2024年3月12日）), the notice's when no signature dates it. */
  headDate?: { date: ParsedDate; item: Item };
}

/** Addressees, body, signature, date and disclosure, read from `free[k]` on. */
function readFromAddressees(ctx: ParseContext, free: Item[], k: number, head: NoticeHead): NoticeResult {
  const { title, titleLines, documentNumber } = head;
  let addressees: string[] = [];
  let addresseesPosition: Position | null = null;
  const addresseeItem = free[k];
  // Split on the matching copy (各街道辦事處及相關單位 splits as 及相关单位 does), cut as written.
  const run = addresseeItem ? addresseeRun(free, k) : null;
  if (run) {
    const lines = free.slice(k, k + run.count);
    addressees = run.names;
    addresseesPosition = ctx.rangePosition(lines[0]!, lines[lines.length - 1]!);
    for (const line of lines) ctx.claim(line.index, 'addressees');
    if (run.colonMissing) {
      ctx.report('addressees-colon-missing', 'warning', `the addressees (主送) have no colon after them; read as the addressees: ${addressees.join('、')}`, addresseesPosition);
    }
    k += run.count;
  } else if (addresseeItem) {
    const unsure = addresseesUnsure(free, k);
    if (unsure > 0) {
      const position = ctx.rangePosition(addresseeItem, free[k + unsure - 1]!);
      ctx.report('addressees-colon-missing', 'warning', 'this line reads like the addressees (主送) without the colon that ends them, but not all of it names bodies: it is left as the text; add the colon if they are the addressees', position);
    }
  }

  // The signature date: the first block after the addressees that is only a date (or the dates of
  // a joint signature side by side), or a signature followed by its date.
  let dateAt = -1;
  let firstDates: SignatureDate[] | null = null;
  let combined: ReturnType<typeof signatureWithDate> = null;
  for (let j = k; j < free.length; j++) {
    firstDates = signatureDates(free[j]!);
    if (firstDates) {
      dateAt = j;
      break;
    }
    combined = signatureWithDate(free[j]!);
    if (combined) {
      dateAt = j;
      break;
    }
    // An annex heading ends the search: a date after it belongs to the annex.
    if (startsAnnexes(free, j)) break;
  }

  let signatories: string[] = [];
  let signaturePosition: Position | null = null;
  let date: string | null = null;
  let datePosition: Position | null = null;
  // The notes: a seal note by the signature, and the 附注 under the date (disclosure, contact).
  const noted: NoticeNotes = { disclosure: null, disclosurePosition: null, notes: [] };
  let bodyEnd = free.length;
  let end = free.length;
  if (dateAt >= 0) {
    let sigStart = dateAt;
    while (sigStart - 1 >= k && isSignatureLine(free[sigStart - 1]!) && dateAt - sigStart < 12) sigStart--;
    const groups: SignedGroup[] = [{ sig: free.slice(sigStart, dateAt), dateAt, dates: firstDates, combined }];
    // A joint signature may date each issuer's name: the next issuer and its date follow.
    for (let next = nextSignedGroup(free, dateAt + 1); next; next = nextSignedGroup(free, next.dateAt + 1)) groups.push(next);
    const dated: Array<{ date: ParsedDate; text: string; position: Position }> = [];
    for (const group of groups) {
      const dateItem = free[group.dateAt]!;
      signatories.push(...group.sig.flatMap(signatoriesOf));
      for (const s of group.sig) {
        ctx.claim(s.index, 'signature');
        sealNoteOf(ctx, s, noted);
      }
      const sigPositions = group.sig.length ? [ctx.rangePosition(group.sig[0]!, group.sig[group.sig.length - 1]!)] : [];
      if (group.combined) {
        const own = dateItem.text.slice(group.combined.sigFrom, group.combined.sigTo);
        signatories.push(...(isPersonSignature(own) ? [own] : splitSignatories(own)));
        sigPositions.push(ctx.spanPosition(dateItem, group.combined.sigFrom, group.combined.sigTo));
        const { date: d, dateFrom, dateTo } = group.combined;
        dated.push({ date: d, text: dateItem.text.slice(dateFrom, dateTo), position: ctx.spanPosition(dateItem, dateFrom, dateTo) });
      }
      for (const d of group.dates ?? []) {
        const position = d.whole ? ctx.blockPosition(dateItem) : ctx.spanPosition(dateItem, d.from, d.to);
        dated.push({ date: d.date, text: dateItem.text.slice(d.from, d.to), position });
      }
      if (sigPositions.length) {
        const to = sigPositions[sigPositions.length - 1]!.end;
        signaturePosition = signaturePosition ? { start: signaturePosition.start, end: to } : { start: sigPositions[0]!.start, end: to };
      }
      ctx.claim(dateItem.index, group.combined ? 'signature' : 'date');
    }
    for (const d of dated) {
      if (!d.date.valid) ctx.report('date-invalid', 'warning', `the signature date "${d.text}" is not a real date`, d.position);
    }
    // A joint document is dated by its last signing (党政机关公文处理工作条例, art. 9: 联合行文时，署最后
    // 签发机关负责人签发的日期), so of the issuers' own dates the notice's is the latest.
    const real = dated.filter((d) => d.date.valid);
    const chosen = real.length > 0 ? real.reduce((a, b) => (b.date.iso > a.date.iso ? b : a)) : dated[0]!;
    date = chosen.date.valid ? chosen.date.iso : null;
    datePosition = chosen.position;
    if (dated.length > 1) {
      ctx.report(
        'signature-dates-joint',
        'info',
        `the joint signature dates each issuer's name (${dated.map((d) => d.text.trim()).join(', ')}); the notice's date is the last of them`,
        chosen.position,
      );
    }
    bodyEnd = sigStart;
    const last = groups[groups.length - 1]!;
    end = last.dateAt + 1;
    // Notes printed on the date's own line after it (2023年5月8日（此件公开发布）).
    const lastDate = last.dates?.[last.dates.length - 1];
    if (lastDate && !lastDate.whole) takeNotes(ctx, noted, free[last.dateAt]!, lastDate.to);
    // The notes under the date (附注): the disclosure and a contact to call, in either order.
    for (let note = free[end]; note && end - last.dateAt <= 3; note = free[end]) {
      if (takeNotes(ctx, noted, note)) ctx.claim(note.index, 'disclosure');
      else if ((noted.notes.length > 0 && !note.block.outside && isSupportNote(note.match)) || isAbridgedNote(note.match)) {
        noted.notes.push({ text: note.text.trim(), position: ctx.blockPosition(note) });
        ctx.claim(note.index, 'disclosure');
      } else break;
      end++;
    }
  }

  if (dateAt < 0) {
    // The body ends where the annexes begin.
    const annexAt = free.findIndex((_, j) => j >= k && startsAnnexes(free, j));
    // No signature date: the issuing body's name may still close the text (某镇人民政府 alone on the
    // last line), the notice's signature rather than text of the last item.
    const limit = annexAt >= 0 ? annexAt : free.length;
    let sig = undatedSignature(free, k, limit);
    // Its notes may stand under it as under a date (某镇人民政府 | （此件主动公开）): the name above them signs.
    const notesAt = notesAbove(free, k, limit);
    if (sig.length === 0 && notesAt < limit) {
      sig = undatedSignature(free, k, notesAt);
      if (sig.length > 0) takeNotesAbove(ctx, free, notesAt, limit, noted);
    }
    // Without a signature, addressees or a number, the title is a bare plan's, not a notice's.
    if ((sig.length === 0 && addressees.length === 0 && documentNumber === null) || !head.titleFirst) {
      for (const t of titleLines) ctx.claims[t.index] = null;
      // A registration number alone does not make a notice: its line goes back to the text.
      for (const it of free.slice(0, k)) if (ctx.claims[it.index] === 'notice-number') ctx.claims[it.index] = null;
      if (head.headDate) ctx.claims[head.headDate.item.index] = null;
      return { notice: null, end: head.titleFirst?.index ?? free[0]?.index ?? ctx.items.length, bodyItems: [], start: -1, chrome: [] };
    }
    if (annexAt >= 0) bodyEnd = end = annexAt;
    if (sig.length > 0) {
      signatories = sig.flatMap(signatoriesOf);
      signaturePosition = ctx.rangePosition(sig[0]!, sig[sig.length - 1]!);
      for (const s of sig) ctx.claim(s.index, 'signature');
      bodyEnd = free.indexOf(sig[0]!);
    }
  }
  if (dateAt < 0 && head.headDate) {
    const { date: d, item } = head.headDate;
    date = d.valid ? d.iso : null;
    datePosition = ctx.blockPosition(item);
    if (!d.valid) ctx.report('date-invalid', 'warning', `the date under the title "${item.text.trim()}" is not a real date`, datePosition);
  }
  // Unsigned, the notice's text has no end of its own: the title of the document it hands on, on a
  // line of its own (关于印发X的通知 … X) before any numbered item, starts that document.
  // So does a notice signed and dated only after that document (…印发给你们。| X | 一、… | issuer,
  // date): its own text ends above X's title, the signature and date at the end still its own.
  const signedAfter = dateAt >= 0 && free.slice(k, bodyEnd).some((it) => itemMarker(it) !== null);
  const handedOn = (dateAt < 0 && signatories.length === 0) || signedAfter ? handedOnTitle(title) : null;
  if (handedOn) {
    for (let j = k + 1; j < bodyEnd && !itemMarker(free[j]!); j++) {
      if (namesTitle(free[j]!.text, handedOn)) {
        bodyEnd = end = j;
        if (signedAfter) break;
        // Its notes (（此件主动公开）) may stand right above that title, as they stand under a date.
        const notesAt = notesAbove(free, k, j);
        takeNotesAbove(ctx, free, notesAt, j, noted);
        bodyEnd = notesAt;
        // Dated under its title or not dated at all, the notice still signs above the document it
        // hands on: whole organs' names standing last there, right after its text and above its
        // notes, are its signature, a seal note after them its note.
        const sig = signatureAbove(free, k, notesAt);
        if (sig.length > 0) {
          signatories = sig.flatMap(signatoriesOf);
          signaturePosition = ctx.rangePosition(sig[0]!, sig[sig.length - 1]!);
          for (const s of sig) {
            ctx.claim(s.index, 'signature');
            sealNoteOf(ctx, s, noted);
          }
          bodyEnd = free.indexOf(sig[0]!);
        }
        break;
      }
    }
  }
  const { disclosure, disclosurePosition, notes } = noted;
  const bodyItems = free.slice(k, bodyEnd);
  const body: TextNode[] = [];
  // The first item starts the plan the notice carries, unless the notice says item by item what it
  // does to documents (现对《X》(号)作如下修改：一、…, 下列文件予以废止：（一）…, a 决定 whose first
  // item is 一、下列规范性文件予以废止：): then the items are its own text, to the signature.
  let ownItems = false;
  for (const item of bodyItems) {
    if (itemMarker(item) && !ownItems && !disposesOfDocuments(item)) break;
    ownItems ||= itemMarker(item) !== null;
    body.push({ text: item.text, position: ctx.blockPosition(item) });
    ownItems ||= opensDocumentList(item.match);
  }
  // With no title in the text the notice starts at its first block there: the 发文字号 line, else
  // the addressees, which are the notice's own text as its body is.
  const firstItem = head.titleFirst ?? head.opening ?? addresseeItem ?? free[k]!;
  const lastItem = free[end - 1] ?? titleLines[titleLines.length - 1] ?? firstItem;
  const notice: Notice = {
    title,
    titlePosition: head.titlePosition,
    ...(head.titleFrom ? { titleFrom: head.titleFrom } : {}),
    documentNumber,
    ...(head.registrationNumber ? { registrationNumber: head.registrationNumber } : {}),
    ...(head.documentNumberPosition ? { documentNumberPosition: head.documentNumberPosition } : {}),
    ...(head.otherDocumentNumbers ? { otherDocumentNumbers: head.otherDocumentNumbers } : {}),
    addressees,
    addresseesPosition,
    body,
    signatories,
    signaturePosition,
    date,
    datePosition,
    disclosure,
    disclosurePosition,
    ...(notes.length > 0 ? { notes } : {}),
    supersedes: repealsIn(ctx, bodyItems.slice(0, body.length)),
    cites: docNumbersIn(ctx, bodyItems.slice(0, body.length), () => true),
    attachments: [],
    position: ctx.rangePosition(firstItem, lastItem),
  };
  return { notice, end: free[end]?.index ?? ctx.items.length, bodyItems, start: firstItem.index, chrome: head.chrome() };
}

/**
 * Where the notes standing right above `at` begin (a disclosure, 此件主动公开, and a contact's
 * line, at most two lines, one disclosure among them), none at or above `k`: the notice's closing
 * notes above the document it hands on, or under an undated signature. `at` when there are none.
 */
function notesAbove(free: readonly Item[], k: number, at: number): number {
  let first = at;
  let disclosed = false;
  while (first - 1 > k && at - first < 2) {
    const parts = notesIn(free[first - 1]!.match);
    if (!parts || (parts.disclosure && disclosed)) break;
    disclosed ||= parts.disclosure !== null;
    first--;
  }
  return first;
}

/** Takes the notes of `free[from]`…`free[to - 1]` (see notesAbove) as the notice's. */
function takeNotesAbove(ctx: ParseContext, free: readonly Item[], from: number, to: number, into: NoticeNotes): void {
  for (let n = from; n < to; n++) if (takeNotes(ctx, into, free[n]!)) ctx.claim(free[n]!.index, 'disclosure');
}

/** A signature line's seal note ((县农业农村局代章), (印)), kept as written among the notice's notes. */
function sealNoteOf(ctx: ParseContext, item: Item, into: NoticeNotes): void {
  const seal = sealNote(item.match);
  if (!seal) return;
  into.notes.push({ text: item.text.slice(seal.from, seal.to), position: ctx.spanPosition(item, seal.from, seal.to) });
}

/** Where a notice's title may be printed outside its text: the page header's 名称, the page's <title>. */
export interface OutsideTitles {
  header?: { text: string; position: Position };
  page?: { text: string; position: Position; spanOf?: (from: number, to: number) => Position };
}

/** The document a notice's title hands on (关于印发X的通知 → X), without its 《》; null if none. */
function handedOnTitle(title: string): string | null {
  const m = /(?:印发|转发)《?(.+?)》?的(?:通知|函|决定)$/.exec(title.replace(/\s+/g, ''));
  return m ? (m[1] as string) : null;
}

/** Whether a line is that title and nothing else (its 《》, spaces and a year's bracket aside). */
function namesTitle(text: string, title: string): boolean {
  const t = text.replace(/[\s《》]/g, '');
  return t === title || (t.startsWith(title) && /^[(（][^()（）]{0,16}[)）]$/.test(t.slice(title.length)));
}

/** What a notice's first paragraph does: hands a document on (现将《X》印发给你们, 现转发…). */
const HANDS_ON = /现将|印发给你|转发给你|印发|转发/;

/**
 * A notice whose title is printed only in the page's header or <title> (the body starts at
 * 各乡镇人民政府，县政府各部门：): the first block is an addressee line, the next is prose (handing a
 * document on, 现将《X》印发给你们…, when the title comes from the <title>), and a signature and its
 * date follow within a few blocks. The title is the
 * header's 名称 or, failing that, the page's <title>, when it reads as a notice's title (关于…的通知);
 * without one nothing is read, the blocks staying the plan's preamble as before.
 */
function untitledNotice(ctx: ParseContext, free: Item[], outside: OutsideTitles): NoticeResult | null {
  // A document converted from Word keeps its title in the front matter, the 发文字号 as the body's first line.
  const number = free[0] && ctx.isFree(free[0].index) ? numberLine(free[0]) : null;
  const at = number ? 1 : 0;
  const first = free[at];
  // The addressees may run over several lines (see addresseeRun): the prose follows the last.
  const run = first ? addresseeRun(free, at) : null;
  if (!run || run.colonMissing) return null;
  const last = free[at + run.count - 1];
  const prose = free[at + run.count];
  if (!first || !last || !prose || /[《》]/.test(first.match + last.match)) return null;
  const names = run.names;
  if (names.length === 0 || !names.some((n) => ADDRESSEE_END.test(ctx.normalize(n)) || LEVEL_PLACE.test(ctx.normalize(n)))) return null;
  if (itemMarker(prose) || isAddresseeLine(prose)) return null;
  if (!signedWithin(free, at + run.count + 1, 8)) return null;
  const titled = outsideTitle(outside);
  if (!titled) return null;
  // The header's 名称 is the page's own record of the document, so its notice may say anything
  // (延长…有效期, 废止…); a <title> is weaker evidence and needs the text to hand a document on.
  if (titled.from === 'page-title' && !HANDS_ON.test(prose.match)) return null;
  if (number) ctx.claim(free[0]!.index, 'notice-number');
  return readFromAddressees(ctx, free, at, {
    title: titled.text,
    titlePosition: titled.position,
    titleFrom: titled.from,
    titleLines: [],
    titleFirst: null,
    ...(number ? { opening: free[0]! } : {}),
    documentNumber: number,
    ...(number ? { documentNumberPosition: ctx.blockPosition(free[0]!) } : {}),
    chrome: () => [],
  });
}

/** Whether a signature and its date close the blocks free[from…] within `reach` blocks. */
function signedWithin(free: Item[], from: number, reach: number): boolean {
  for (let j = from; j < Math.min(free.length, from + reach); j++) {
    if (signatureWithDate(free[j]!)) return true;
    if (signatureDates(free[j]!)) return j - 1 >= from && isSignatureLine(free[j - 1]!);
    if (matchAnnexHead(free[j]!.match) || itemMarker(free[j]!)) return false;
  }
  return false;
}

/**
 * The notice title printed outside the text: the header's 名称 when it names a covering document
 * (…的通知), else the part of the page's <title> that is a notice's title (关于…的通知_某县人民政府).
 */
function outsideTitle(outside: OutsideTitles): { text: string; position: Position; from: 'metadata' | 'page-title' } | null {
  const header = outside.header?.text.trim();
  if (header && outside.header && WRAPPER_TYPE.test(squeeze(header)) && mostlyHan(header)) return { text: header, position: outside.header.position, from: 'metadata' };
  if (!outside.page) return null;
  const { text, position, spanOf } = outside.page;
  const at = noticeTitleInPageTitle(text, (part) => hasNoticeTitleShape(part) && mostlyHan(part));
  // The part read as the title, not the whole <title> with the site's name.
  if (at) return { text: text.slice(at.from, at.to), position: spanOf ? spanOf(at.from, at.to) : position, from: 'page-title' };
  return null;
}
