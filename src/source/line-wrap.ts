import { isOutlineStart, matchChapterNumber } from '../text/markers.js';
import { dotInWrappedName, opensDecorated } from '../text/ornaments.js';
import { DUTY_WORD, LEAD_WORD, PART_WORD, ROLE_BODY_OR_SUBJECT } from '../text/role-words.js';
import { isHeaderLabelName } from '../text/header-labels.js';
import { parseDate } from '../text/date.js';
import { documentNumbersSideBySide, wholeDocumentNumber } from '../text/document-number.js';
import { isLetterhead, isPageNumber } from '../text/page-furniture.js';
import { isPrintedLine } from '../text/printed-line.js';
import { signsAboveDate } from '../text/body-name.js';
import { WRAPPED_NAME_END } from '../text/body-name-endings.js';
import { isBannerWithAddress } from '../text/site-banner.js';
import { TARGET_VERB_END, figureCutAcrossLines } from './figure-cut.js';

/** A line of plain text, trimmed (as the text adapter splits it). */
export interface WrapLine {
  text: string;
  /** Where the line starts and where its text does (after the spaces of an indent), when known. */
  start?: number;
  textStart?: number;
  /** The spaces before the text (　　 setting a paragraph in), when known. */
  indent?: string;
}

/** Whether a line's text is set in from its start (　　 before a paragraph's first line). */
const indented = (line: WrapLine): boolean => line.start !== undefined && line.textStart !== undefined && line.textStart > line.start;

/** The marks a paragraph (or a line of its own: a title, a heading's clause) may end with. */
export const SENTENCE_END = /[。！？!?；;：:」』”"）)】]$/;

/**
 * A mark that closes a quote or bracket, or parts a sentence, opening a line (a title's 》 or a
 * wrapped clause's ，), the sentence's words going on after it: a run of marks (：，。) is a page's debris.
 */
const OPENS_WITH_CLOSER = /^[，。、；：！？》」』”）】〕,;:!?)]{1,2}(?=[\u4e00-\u9fff“《（(〔])/;

/** How a text measures its lines, in half-width units (a Han character counts 2). */
type Measure = (text: string) => number;

/** A fixed-width wrap (a script cutting every 35 characters) counts characters, whatever their width. */
const byCharacters: Measure = (text) => 2 * text.length;

/**
 * A page's width counts what the characters take on the page: a Han character or a full-width
 * mark twice a digit or a Latin letter. Text taken from a PDF wraps at the page's width, so a
 * line with a year or a percentage in it holds more characters than one without.
 */
const byWidth: Measure = (text) => {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += fullWidth(text.charCodeAt(i)) ? 2 : 1;
  return width;
};

/** Han, kana, hangul, full-width forms, CJK punctuation, and the dashes and quotes Chinese sets full width. */
function fullWidth(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0x2014 && c <= 0x2026) || (c >= 0xd800 && c <= 0xdbff)
  );
}

/** The widest indent (half-width units) that sets a paragraph in; wider ones place a line (a centred title, a date set right). */
const INDENT_MAX = 8;

/**
 * How wide a line stands on the page: its text and the indent that sets a paragraph's first line
 * in. A PDF wraps every line at the page's width, so a set-in first line holds two characters fewer
 * than the lines wrapped after it; measured without its indent it would not look full.
 */
function lineWidth(line: WrapLine, measure: Measure): number {
  const width = measure(line.text);
  if (!line.indent || line.indent.includes('\t')) return width;
  const indent = measure(line.indent);
  return indent <= INDENT_MAX ? width + indent : width;
}

/** The most characters a line of a printed page holds (a landscape page in small type). */
const PAGE_LINE_MAX = 100;

/** How far (half-width units) a wrapped line may fall short of the wrap width: an indent, a mark pushed to the next line. */
const SHORT = 4;
/** How far it may pass it: a closing mark hung at the margin. */
const OVER = 4;

/** The width a text was hard-wrapped at, and how it was measured. */
export interface Wrap {
  width: number;
  measure: Measure;
  /** Whether a blank line follows each paragraph. */
  separated: boolean;
  /** Whether the lines a wrap starts are flush with the margin, so that a set-in line starts a paragraph. */
  flush?: boolean;
}

/**
 * The width a hard-wrapped text was wrapped at. A script wraps at a fixed number of characters:
 * many long lines share one length exactly. Text from a PDF wraps at a page width that varies by a
 * character (a mark may not start a line, a number is not cut): many long lines reach the same
 * width give or take a character, and most of those stop inside a sentence. Scraped notices
 * usually have one paragraph per line: no width, and their long lines end sentences.
 */
export function findWrap(lines: readonly WrapLine[]): Wrap | null {
  // A line set out in columns (a table laid out with runs of spaces, a signature beside its date)
  // was never wrapped: its width is the layout's, not the page's.
  const long: WrapLine[] = [];
  const after = new Map<WrapLine, WrapLine>();
  for (const [k, l] of lines.entries()) {
    if (l.text.length < 16 || LAYOUT_GAP.test(l.text)) continue;
    long.push(l);
    const next = lines[k + 1];
    if (next) after.set(l, next);
  }
  const found = fixedWidth(long) ?? pageWidth(long, after);
  return found && { ...found, separated: blankLineParagraphs(lines, found.width, found.measure), flush: wrapsFlush(lines, found.width, found.measure) };
}

/**
 * Whether a wrap starts its lines flush with the margin, as a PDF's text does under paragraphs set
 * in by 　　: the lines right after full lines that stop inside a sentence are flush, hardly any
 * set in. A text that sets in every line (a copy indenting the whole page) does not tell
 * paragraphs by their indent.
 */
function wrapsFlush(lines: readonly WrapLine[], width: number, measure: Measure): boolean {
  let flush = 0;
  let setIn = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const prev = lines[k]!;
    const next = lines[k + 1]!;
    if (next.text.length === 0 || !isFull(prev, width, measure) || SENTENCE_END.test(prev.text) || LAYOUT_GAP.test(prev.text)) continue;
    if (indented(next)) setIn++;
    else flush++;
  }
  return flush >= 3 && setIn * 5 <= flush;
}

/** The length most long lines share exactly, if enough of them do. */
function fixedWidth(long: readonly WrapLine[]): { width: number; measure: Measure } | null {
  const length = (l: WrapLine): number => lineWidth(l, byCharacters) / 2;
  const counts = new Map<number, number>();
  for (const l of long) counts.set(length(l), (counts.get(length(l)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [len, count] of counts) {
    if (count > bestCount || (count === bestCount && len > best)) {
      best = len;
      bestCount = count;
    }
  }
  if (bestCount < 3 || bestCount < long.length * 0.3) return null;
  // Most lines near that length have it exactly; a page width spreads them over two or three lengths.
  const near = long.filter((l) => Math.abs(length(l) - best) <= 2).length;
  if (bestCount < near * 0.5) return null;
  return { width: 2 * best, measure: pageSetLength(long, 2 * best) ? byWidth : byCharacters };
}

/**
 * Whether lines all of Han characters, one length by either measure, were set at a page's width
 * rather than cut at a count of characters. The two measures part only on lines holding digits or
 * Latin letters: of those cut inside a sentence, the ones that look full by one measure only tell
 * it. A PDF's line reaches the page's width with two characters more than the Han lines hold
 * (…计划（2020—2022年）重点), and a script's cut leaves a line with figures the count of
 * characters, narrower on the page (…力争达到2.59％以上；重点实验).
 */
function pageSetLength(long: readonly WrapLine[], width: number): boolean {
  let byCount = 0;
  let byPage = 0;
  for (const l of long) {
    if (SENTENCE_END.test(l.text)) continue;
    const count = isFull(l, width, byCharacters);
    if (count !== isFull(l, width, byWidth)) {
      if (count) byCount++;
      else byPage++;
    }
  }
  return byPage > byCount;
}

/**
 * The width most long lines reach give or take a character, counted either way, if most of them
 * stop in a sentence. Where two widths are reached by as many lines (a short text: its titles and
 * the ends of its paragraphs may be as many as its wrapped lines), the one whose lines stop inside
 * sentences is the wrap's. A line counts as stopped inside its sentence only where the line after
 * it does not start one of its own (see opensOwnLine): a title or a unit clause (配合单位：A、B) is
 * ended by no mark, and a short text's few of them, as wide as each other by chance, over the
 * next item (1 工作目标, 2.2 …), are no wrap.
 */
function pageWidth(long: readonly WrapLine[], after: ReadonlyMap<WrapLine, WrapLine>): { width: number; measure: Measure } | null {
  const windows: { width: number; measure: Measure; count: number; order: number }[] = [];
  // No page holds a line of more than 100 characters: longer lines are paragraphs, not wrapped
  // lines, and need not be measured (web text has hundreds of them).
  const fits = long.filter((l) => l.text.length <= PAGE_LINE_MAX);
  [byCharacters, byWidth].forEach((measure, order) => {
    const widths = fits.map((l) => lineWidth(l, measure)).sort((a, b) => a - b);
    // The window of widths [w - SHORT, w] ending at each line's width, and how many lines it holds.
    let from = 0;
    for (let to = 0; to < widths.length; to++) {
      while (widths[from]! < widths[to]! - SHORT) from++;
      windows.push({ width: widths[to]!, measure, count: to - from + 1, order });
    }
  });
  const count = windows.reduce((most, w) => Math.max(most, w.count), 0);
  if (count < 3 || count < long.length * 0.3) return null;
  // The windows holding the most lines: counted by characters first, the widest first.
  const best = windows.filter((w) => w.count === count).sort((x, y) => x.order - y.order || y.width - x.width);
  for (const [k, { width, measure }] of best.entries()) {
    if (k > 0 && best[k - 1]!.width === width && best[k - 1]!.measure === measure) continue;
    const full = fits.filter((l) => isFull(l, width, measure));
    const cut = full.filter((l) => !SENTENCE_END.test(l.text) && !opensOwnLine(after.get(l))).length;
    if (cut >= 2 && cut >= full.length * 0.4) return { width, measure };
  }
  return null;
}

/**
 * Whether a line starts a paragraph of its own, whatever ends the line before: an item's marker, a
 * chapter's number over its title (1 工作目标, which a figure's line never reads as), or a clause
 * of a task's units or deadline.
 */
function opensOwnLine(line: WrapLine | undefined): boolean {
  if (!line) return false;
  const t = line.text;
  return isOutlineStart(t) || matchChapterNumber(t) !== null || CLAUSE_LINE.test(t);
}

function isFull(line: WrapLine, width: number, measure: Measure): boolean {
  const w = lineWidth(line, measure);
  return w >= width - SHORT && w <= width + OVER;
}

/**
 * Whether a line is full before the line after it: as wide as the wrap, or, measured by the page's
 * width, one column short of it where the next line opens with a full-width character, which the
 * column left could not hold (an odd count of digits in the line: …压缩至0.5个工作日以内，工程 |
 * 建设项目…).
 */
function fullBefore(prev: WrapLine, next: WrapLine, wrap: Wrap): boolean {
  if (isFull(prev, wrap.width, wrap.measure)) return true;
  return wrap.measure === byWidth && lineWidth(prev, byWidth) === wrap.width - SHORT - 1 && fullWidth(next.text.charCodeAt(0));
}

/**
 * Whether a line stops inside its sentence, so that a line opening with what reads as a marker
 * may be its rest (see wrapped-markers): it ends with a comma or an enumeration comma (…推动一、),
 * or, ending with no mark of a sentence's end, it is as wide as the wrap, or a line of prose (a
 * clause before its end) that stops on a word (…依据该条例).
 */
export function stopsInSentence(prev: WrapLine, next: WrapLine, wrap: Wrap | null): boolean {
  const t = prev.text;
  // A half-width full stop ends a sentence after a word (…保持在10%以上.), not in a figure.
  if (SENTENCE_END.test(t) || /[^0-9０-９]\.$/.test(t) || LAYOUT_GAP.test(t) || LABEL_START.test(next.text)) return false;
  if (/[、，,]$/.test(t)) return true;
  if (wrap !== null && !wrap.separated && fullBefore(prev, next, wrap)) return true;
  return t.length >= 15 && /[\u4e00-\u9fff]$/.test(t) && /[，。；、,;]/.test(t);
}

/**
 * Whether a text leaves a blank line after each paragraph: its lines that surely end a paragraph
 * (shorter than the wrap width, ending a sentence) are followed by a blank line.
 */
function blankLineParagraphs(lines: readonly WrapLine[], width: number, measure: Measure): boolean {
  let ends = 0;
  let blank = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const t = lines[k]!.text;
    if (t.length === 0 || lineWidth(lines[k]!, measure) >= width - SHORT || !/[。！？!?]$/.test(t)) continue;
    ends++;
    if (lines[k + 1]!.text.length === 0) blank++;
  }
  return ends >= 3 && blank >= ends * 0.8;
}

/**
 * Whether a text sets in the first line of each paragraph (text taken from a PDF keeps the 　　
 * before a paragraph; its wrapped lines start flush): several lines are set in, and none of the
 * long lines after a sentence's end (surely starting a paragraph) starts flush. Title, signature
 * and date lines, short, are flush in any text. Where the text's wrap width is known, a line as
 * wide as it that ends a sentence is no evidence: the wrap may fall right after the stop, the
 * sentence after it going on flush in the paragraph.
 */
export function indentsParagraphs(lines: readonly WrapLine[], wrap: Wrap | null = null): boolean {
  let setIn = 0;
  let flush = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.text.length === 0) continue;
    if (indented(l)) setIn++;
    else if (k > 0 && l.text.length >= 15 && /[。！？!?]$/.test(lines[k - 1]!.text) && !(wrap && isFull(lines[k - 1]!, wrap.width, wrap.measure))) flush++;
  }
  return setIn >= 3 && flush <= setIn * 0.1;
}

/**
 * A deadline alone on its line (2024年12月, 2025年底, 2024年6月底前): a table's 完成时限 cell flattened
 * one cell a line, never the rest of a sentence wrapped before it, which would end with its mark.
 */
const DEADLINE_LINE = /^(?:19|20)\d{2}年(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?|底|末|年底|上半年|下半年)(?:前|以前)?(?:完成)?$/;

/** The 号 a document number ends with, simplified or traditional (號). */
const HAO = /[号號]/;

/**
 * A line that is a document number or a date (a day's, or a deadline's month) and nothing else, or
 * a joint document's numbers side by side (江发改产业〔2024〕18号　江经信发〔2024〕9号).
 */
export function numberOrDate(line: WrapLine): boolean {
  if (line.text.length > 30) return line.text.length <= 60 && HAO.test(line.text) && documentNumbersSideBySide(line.text) !== null;
  return wholeDocumentNumber(line.text) !== null || parseDate(line.text) !== null || DEADLINE_LINE.test(line.text) || (HAO.test(line.text) && documentNumbersSideBySide(line.text) !== null);
}

/**
 * Whether a full-width line `prev` goes on in the line after it. Where blank lines separate
 * paragraphs, a full line followed directly by another is wrapped whatever it ends with (a wrap
 * may fall after 。 or after the colon of 牵头单位:); otherwise a line ending a sentence ends it.
 */
function continuesFullLine(prev: WrapLine, next: WrapLine, wrap: Wrap, indents: boolean): boolean {
  // A line shorter than the width ended its paragraph; one longer than it (beyond a hanging
  // punctuation mark or two) was never wrapped at that width, e.g. a header value.
  if (!fullBefore(prev, next, wrap)) return false;
  // Nor does a line far wider than the wrap go on from one (a title as wide as it by chance, over a
  // paragraph on one line): the rest of a wrapped paragraph is no wider than its lines, give or take
  // a clause kept whole, and one that opens with a mark (。（牵头单位：…）) goes on whatever its width.
  if (lineWidth(next, wrap.measure) > wrap.width * 1.25 + OVER && !/^[。，、；：,;:)）」』”]/.test(next.text)) return false;
  // A line that opens with a label (发布机构：…, 完成时限：…) is the next field of a list: a header's
  // field may be as long as the width by chance, with no wrap after it.
  if (LABEL_START.test(next.text)) return false;
  // Where paragraphs start set in and a wrap starts its lines flush, the indent tells paragraphs
  // apart as blank lines do: a set-in line starts a paragraph, after a heading or title as long as
  // the width too, and a flush line goes on from a full line whatever that ends with
  // (…（南开政办发〔2023〕6号） | 同时废止。, …来津发展。 | 为“海河英才”…); but a bracketed clause
  // after a sentence's stop (…水费计收制度。 | （牵头单位：…）) may be set on a line of its own.
  const byIndent = indents && wrap.flush === true;
  if (!wrap.separated && SENTENCE_END.test(prev.text) && !(byIndent && !(/[。！？!?]$/.test(prev.text) && /^[（(【[]/.test(next.text)))) return false;
  if (byIndent && indented(next)) return false;
  // The addressees (各市、县（市、区）人民政府，省政府直属各单位：) end their line, however long.
  if (/^各.*[:：]$/.test(prev.text) && !/[。；;]/.test(prev.text)) return false;
  return true;
}

/**
 * Whether a line of prose ending in ； goes on in the next: a wrap falls after the mark as anywhere
 * else, inside an enumeration of clauses (…改造提升6万亩；高效节水灌溉面积达到12万亩； | 耕地质量等级
 * 提升0.5个等级以上。). Items of a list end in ； too, so the line must have a clause before its
 * last and be wrapped: as wide as the text's wrap, or, where paragraphs start set in, followed by a
 * line flush with the margin. The next line must not start an item (no marker, checked before)
 * nor with a label of its own (完成时限：).
 */
function semicolonGoesOn(prev: WrapLine, next: WrapLine, wrap: Wrap | null, indents: boolean): boolean {
  const t = prev.text;
  if (!/[；;]$/.test(t) || t.length < 20 || !/[，、；,;]/.test(t.slice(0, -1)) || LABEL_START.test(next.text)) return false;
  if (indents) return !indented(next);
  return wrap !== null && !wrap.separated && isFull(prev, wrap.width, wrap.measure);
}

/**
 * Whether, in text whose paragraphs start set in, a line flush with the margin goes on with the
 * set-in line of prose before it that stops inside a sentence: a paragraph's first line is narrower
 * by its indent than the lines wrapped after it (…推进垃圾分类示范片区建 | 设，完善再生资源回收网络。).
 * Only after a set-in line: a table flattened one cell per line starts its cells flush.
 */
function flushAfterProse(prev: WrapLine, next: WrapLine, indents: boolean): boolean {
  const t = prev.text;
  if (!indents || !indented(prev) || indented(next) || t.length < 15 || SENTENCE_END.test(t) || !/[，。；、,;]/.test(t)) return false;
  return !LABEL_START.test(next.text);
}

/**
 * A line that starts with a label of its own (完成时限：, 牵头单位:, 附件：): a line of a list, not the
 * rest of one. A header sets its short labels letter-spaced to the width of the long ones (有 效 性：,
 * 索　引　号：): spaces between each of its characters, which prose never has.
 */
const LABEL_START = /^(?:[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff](?:[ \u3000\u00a0]{1,3}[\u4e00-\u9fff]){1,5})[ \u3000\u00a0]*[:：]/;

let segmenter: Intl.Segmenter | null = null;

/** Whether a word of Chinese runs across the break between two lines (…及更 | 新车辆…: 更新). */
function cutsWord(prev: string, next: string): boolean {
  const before = prev.slice(-6);
  const after = next.slice(0, 6);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let at = 0;
  for (const { segment } of segmenter.segment(before + after)) {
    const start = at;
    at += segment.length;
    if (start < before.length && at > before.length) return /^[\u4e00-\u9fff]+$/.test(segment);
    if (at >= before.length) return false;
  }
  return false;
}

/**
 * Whether a line stops inside a clause, so that the line right after it goes on with it: it ends
 * with a comma or an enumeration comma (…建成公共充电桩2万个以上，| …省财政厅、), or it is a line
 * of prose (a comma or a full stop inside it), at least as wide as the line after it, that stops
 * inside a word (…公共领域新增及更 | 新车辆中…) or, in a text wrapped at a known width, near that
 * width. A short notice from a PDF shows no width; a table flattened one cell per line has lines
 * of prose followed by shorter ones (…完善工作机制 | 市发展改革委), but its cells end on whole words.
 */
function brokenInClause(prev: WrapLine, next: WrapLine, wrap: Wrap | null): boolean {
  const t = prev.text;
  if (LABEL_START.test(next.text)) return false;
  if (/[，、]$/.test(t) || /[\u4e00-\u9fff],$/.test(t)) return true;
  if (t.length < 20 || !/[\u4e00-\u9fff0-9A-Za-z%]$/.test(t) || !/[，。；,;]/.test(t)) return false;
  const measure = wrap?.measure ?? byWidth;
  const width = lineWidth(prev, measure);
  if (width < lineWidth(next, measure) - SHORT) return false;
  return (wrap !== null && width >= wrap.width - SHORT - 2) || cutsWord(t, next.text);
}

/** An annex's heading (附件, 附件2：), alone on its line. */
const ANNEX_HEADING = /^附件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：]?$/;
/** A gap of spaces inside a line: columns set apart by the layout (某市人民政府办公室　　　　2024年3月8日印发). */
const LAYOUT_GAP = /\S(?:\u3000{2,}|[ \u00a0\u3000]{4,})\S/;

/**
 * Whether two lines stand apart whatever their widths: the second starts an item or an annex (or
 * opens with an ornament, ▌ ● 🔹, as a list's lines and headings do), is a page number, or only a document number or a date,
 * or the imprint's printing line (…2024年7月10日印发, which no 抄送 list cut over lines runs into); or the first is set out in columns.
 */
export function standsApart(prev: WrapLine, next: WrapLine, after?: WrapLine): boolean {
  const t = next.text;
  // A red head (…局文件, two issuers side by side: 某局　某局文件) is a line of its own, and so is a
  // document number (the title below it starts its own).
  return isOutlineStart(t) || (opensDecorated(t) && !dotInWrappedName(prev.text, t, after?.text)) || numberOrDate(next) || isPrintedLine(t) || isPageNumber(t) || ANNEX_HEADING.test(t) || LAYOUT_GAP.test(prev.text) || (prev.text.endsWith('文件') && prev.text.length <= 60 && isLetterhead(prev.text.replace(/\s+/g, ''))) || (/[号號]$/.test(prev.text) && numberOrDate(prev)) || wholeFieldLine(prev.text);
}

/** A header's field opening a line: a label it knows and its colon (成文日期：, 发文字号：). */
const FIELD_START = /^([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,10})[:：]\s*/;

/**
 * Whether a line is a header's field whose value is whole: a known label with a date or a document
 * number after it (成文日期：2023年09月15日, 发文字号：鄂政办发〔2023〕31号). Nothing a wrap cut goes on
 * after it, however wide the text's lines are (a short menu item under it is a line of its own).
 */
function wholeFieldLine(t: string): boolean {
  if (t.length > 40 || !/[号號日0-9０-９]$/.test(t)) return false;
  const m = FIELD_START.exec(t);
  return m !== null && isHeaderLabelName(squeezed(m[1] as string)) && numberOrDate({ text: t.slice(m[0].length) });
}

/**
 * Whether the line `next`, right after `prev` (no blank line between), goes on with its paragraph
 * in a hard-wrapped text. Never before an item, a page number, or a line that is only a document
 * number or a date (a title as long as the width is followed by them, in text from a PDF).
 */
export function wrapsInto(prev: WrapLine, next: WrapLine, wrap: Wrap | null, indents = false, after?: WrapLine): boolean {
  if (headerLabelAlone(next.text)) return false;
  if (figureGoesOn(prev, next, wrap, indents) || clauseRoleGoesOn(prev.text, next.text) || deadlineLabelCut(prev.text, next.text) || addresseeNameCut(prev.text, next.text) || documentNumberCut(prev.text, next.text)) return true;
  if (linesApart(prev, next, after)) return false;
  // A line never opens with a mark that closes or parts what comes before it (》(河东政办函…, ,形成…):
  // the wrap moved it from the line before.
  if (OPENS_WITH_CLOSER.test(next.text) && /[\u4e00-\u9fff0-9%”」』）)》〕]$/.test(prev.text)) return true;
  if (unitNameCut(prev.text, next.text) || labelGoesOn(prev.text, next.text) || targetFigureCut(prev.text, next.text) || figureCutAcrossLines(prev.text, next.text)) return true;
  return (
    (wrap !== null && continuesFullLine(prev, next, wrap, indents)) || brokenInClause(prev, next, wrap) || semicolonGoesOn(prev, next, wrap, indents) || flushAfterProse(prev, next, indents)
  );
}

/**
 * Whether two lines stand apart whatever a text's wrap width, as wrapsInto reads them once no cut
 * inside a figure, clause or name joins them: the second starts an item, a field, a date or a
 * number of its own, or each is a whole line (a title over its addressees, a signature over its
 * date, a page's bar).
 */
export function linesApart(prev: WrapLine, next: WrapLine, after?: WrapLine): boolean {
  return (
    headerLabelAlone(next.text) || standsApart(prev, next, after) || labelledApart(prev, next) || NUMBER_LINE.test(next.text) || wholeLinesApart(prev, next, after) || pageBarsApart(prev.text, next.text)
  );
}

/**
 * Whether a line is a header's label alone with its colon (发文机关：, 发 布 机 构:), its value on the
 * line under it, as a site's grid flattened one cell per line gives it. Such a line never goes on
 * from the value above it, however that value ends (城乡建设、环境保护 | 发文机关： is no addressee
 * list cut inside a name).
 */
function headerLabelAlone(text: string): boolean {
  if (!text.endsWith('：') && !text.endsWith(':')) return false;
  return isHeaderLabelName(squeezed(text.slice(0, -1)));
}

/** A breadcrumb's start: where the page says it is (当前位置：), or its home page before a separator (首页 > …). */
const CRUMB_START = /^(?:(?:[您你](?:现在|当前|目前)?(?:所在)?的?|当前|目前|所在)?位置(?:是)?\s*[:：]|(?:首页|网站首页|主页|门户首页)\s*(?:[>＞»›→/／]|->))/;
/** A site's menu on one line, from its home page on (网站首页　政务公开　政务服务　互动交流): no paragraph's rest opens so. */
const MENU_START = /^(?:网站|網站|门户|門戶)?首[页頁](?:[ \u3000]+[\u4e00-\u9fff]{2,8}){3,}\s*$/;
/** A portal's greeting opening its top bar (您好，欢迎访问某县人民政府网站！). */
const WELCOME_START = /^(?:(?:您好|你好)\s*[，,！!]?\s*)?欢迎(?:您)?(?:访问|来到|光临|浏览)/;

/** A breadcrumb's separator, at the end of a line it goes on from or the start of one that goes on. */
const CRUMB_SEP_END = /(?:[>＞»›→/／]|->)\s*$/;
const CRUMB_SEP_START = /^\s*(?:[>＞»›→/／]|->)/;

/**
 * Whether two lines are a page's bars, each a line of its own whatever its width: a top bar's
 * greeting (欢迎访问…网站！ 无障碍 | 长者模式) or a breadcrumb under it (首页 > 政务公开). A page's bar
 * may be as wide as a text's wrapped lines by chance; no paragraph goes on into a breadcrumb nor
 * from a greeting, nor does a breadcrumb go on into the line under it (…> 华阳镇 > 政策文件 over
 * 华阳镇, the sub-site's name) unless a separator between them says it was cut. A site's menu on one
 * line (网站首页　政务公开 …) is no paragraph's rest, and a banner giving the site's address beside its
 * name (某市人民政府 www.….gov.cn) goes on into no line.
 */
function pageBarsApart(prev: string, next: string): boolean {
  if ((next.includes('首页') || next.includes('主页') || next.includes('位置')) && CRUMB_START.test(next)) return true;
  if ((next.includes('首页') || next.includes('首頁')) && MENU_START.test(next)) return true;
  if (prev.includes('.') && isBannerWithAddress(prev)) return true;
  if (prev.includes('欢迎') && WELCOME_START.test(prev)) return true;
  return (prev.includes('首页') || prev.includes('主页') || prev.includes('位置')) && CRUMB_START.test(prev) && !CRUMB_SEP_END.test(prev) && !CRUMB_SEP_START.test(next);
}

/** The names of a task table's columns (序号, 重点任务, 牵头单位, 完成时限 …), as its header cells hold them. */
export const HEADER_CELL_LINE =
  /^(?:序号|编号|重点任务|主要任务|工作任务|具体任务|任务内容|任务名称|工作内容|工作措施|具体措施|主要措施|重点工作|工作目标|目标任务|项目名称|建设内容|牵头单位|责任单位|配合单位|参与单位|协办单位|牵头部门|责任部门|配合部门|完成时限|完成时间|时间节点|时限|备注|指标|指标名称|目标值|属性|类别|领域)$/;

/** The addressees of a notice, a line of their own (各镇党委、政府，各村（社区），镇直各单位：). */
const ADDRESSEE_LINE = /^各[^。；;！？!?]*[:：]$/;

/**
 * A notice's title, a line of its own: 关于…的通知 (or 意见, 决定 …) and nothing more, with no
 * sentence's mark in it nor a book title's brackets, which prose sets around a title it cites.
 */
const NOTICE_TITLE_LINE = /^[^，。；：:;《》]*关于[^，。；：:;《》]*的(?:通知|意见|实施意见|指导意见|决定|通报|批复|复函|函|报告|公告|通告|请示)$/;

/** Squeezed of the spaces a header sets between a short label's characters (索 引 号). */
const squeezed = (text: string): string => text.replace(/[ \u3000\u00a0]/g, '');

/**
 * Whether two lines are each a whole line of their own, whatever the text's wrap width: a header
 * label on its line without a colon follows a value that may be as wide as the page; a table's
 * header flattened one cell per line opens with 序号 (or with two column names one after the
 * other) under its title; a notice's addressees follow its title, and nothing goes on from the
 * title itself but a bracket or a mark closing it (…的通知 | （试行）) or the title of a notice
 * that forwards it (…的通知 | 的通知). A wrap never leaves such a
 * word alone on the next line: the rest of a paragraph ends with its sentence.
 */
function wholeLinesApart(prev: WrapLine, next: WrapLine, after?: WrapLine): boolean {
  const t = squeezed(next.text);
  if (isHeaderLabelName(t) || /^(?:序号|编号)$/.test(t)) return true;
  // A signature over its date line starts a line of its own, unless the line before stops at a
  // separator or a label that its name goes on (牵头单位：区民政局、 | 区财政局).
  if (signsAboveDate(next.text, after?.text) && !/[、，,：:；;]$/.test(prev.text)) return true;
  if (HEADER_CELL_LINE.test(t) && after !== undefined && HEADER_CELL_LINE.test(squeezed(after.text))) return true;
  // An addressee list cut over two lines goes on (各市、县人民政府，省政府直属 | 各单位：).
  if (ADDRESSEE_LINE.test(next.text) && !/^各/.test(prev.text) && !/[，、,]$/.test(prev.text)) return true;
  // A title that forwards another goes on (关于转发…关于…的通知 | 的通知).
  return NOTICE_TITLE_LINE.test(prev.text) && !/^(?:[（(〔【》”）)]|的)/.test(next.text);
}

/**
 * Whether two lines are apart as parts of a labelled clause or header: the second starts a part of
 * its own (完成时限：…, 配合单位：…, 【标题】…), or the first lists units under a role label that it
 * ends with whole names. A page break between them joins them no more than a line break does.
 */
export function labelledApart(prev: WrapLine, next: WrapLine): boolean {
  if (CLAUSE_LINE.test(next.text) || BRACKET_LABEL_LINE.test(next.text)) return true;
  return UNIT_LINE.test(prev.text) && !unitListGoesOn(prev.text, next.text);
}

/**
 * A line that is a number and nothing else: an item's number, a table's serial or a page's number
 * alone on its line, never the rest of the line before (a figure a wrap moves goes with its unit).
 */
const NUMBER_LINE = /^[0-9０-９]{1,3}$/;

/** A decimal figure opening a line, the text going on right after it (2.5级, 1.2亿 …), no space between. */
const DECIMAL_FIGURE_START = /^[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){1,2}(?![\s\u3000.．0-9０-９])/;

/**
 * Whether a line opening with a decimal number (3.5级 …) goes on with the line before it: a decimal
 * item's number (2.1加强…) and a figure look alike, but an item follows a line that ends its
 * sentence or its heading. After a line wrapped at the text's width, cut inside a clause, or set in
 * with the next flush (a paragraph's first line from a PDF), that stops inside a sentence, the
 * number is a figure the wrap moved to the line's start (…完善标准厂房 | 3.5版建设标准。).
 */
function figureGoesOn(prev: WrapLine, next: WrapLine, wrap: Wrap | null, indents: boolean): boolean {
  if (!DECIMAL_FIGURE_START.test(next.text) || SENTENCE_END.test(prev.text) || LAYOUT_GAP.test(prev.text)) return false;
  return (wrap !== null && isFull(prev, wrap.width, wrap.measure)) || brokenInClause(prev, next, wrap) || flushAfterProse(prev, next, indents);
}

/** The role labels of a task's units (牵头单位, 配合部门, 责任单位 …), before a colon or in brackets of their own. */
const ROLE_LABEL = `[【\\[]?(?:${LEAD_WORD}|${PART_WORD}|${DUTY_WORD})${ROLE_BODY_OR_SUBJECT}(?:[】\\]]\\s*[:：]?|\\s*[:：])`;
/** A line that names a task's units under a role label (责任单位：A、B / 【配合单位】C). */
const UNIT_LINE = new RegExp(`^${ROLE_LABEL}`);
/**
 * A line that starts a part of a task's clause: its units under a role label, or when it is due
 * (完成时限：2025年底). Such a line is one of the clause's own, never the rest of the line before it.
 */
const CLAUSE_LINE = new RegExp(`^(?:${ROLE_LABEL}|(?:完成)?时限\\s*[:：]|(?:时间节点|完成时间)\\s*[:：])`);
/**
 * A line that starts with a label in square brackets (【发文机关】…, 【标　　题】…, [索引号] … in a 信息公开 header):
 * a field of its own, even when a header's lines happen to be as long as the text's wrap width.
 */
const BRACKET_LABEL_LINE = /^[【[［][ \u3000]*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,10}[\u4e00-\u9fff][ \u3000]*[】\]］]/;
/** How the whole name of a body ends: a list of units broken after one has not been cut inside a name (see WRAPPED_NAME_END). */
const WHOLE_NAME_END = WRAPPED_NAME_END;

/**
 * Whether the units listed on a labelled line (责任单位：A、B) go on in the line after it: only when
 * the line was cut inside the list (after a separator, before one, or inside a name). A line after
 * whole names is the next part of the item (what the task says), not more units.
 */
function unitListGoesOn(prev: string, next: string): boolean {
  if (/[、，,；;]$/.test(prev) || /^[、，,；;)）]/.test(next)) return true;
  if (/[。.]$/.test(prev)) return false;
  return !WHOLE_NAME_END.test(prev) || cutsWord(prev, next);
}

/** A last sentence that is a labelled clause stopped at a separator (…。牵头单位：区经信局；): its next role follows. */
const CLAUSE_STOPPED = new RegExp(`(?:^|[。！？!?])\\s*${ROLE_LABEL}[^。！？!?]*[；;，,]$`);

/**
 * Whether the line after a clause that stops at ； goes on with it: its next role under a label of
 * its own (…牵头单位：区经信局； | 参与单位：区发改局). A line opening with a label stands apart from
 * the one before, but a clause does not end at ；: the wrap fell between its roles.
 */
function clauseRoleGoesOn(prev: string, next: string): boolean {
  return UNIT_LINE.test(next) && CLAUSE_STOPPED.test(prev);
}

/**
 * A line that ends with a role label and nothing after it (…产业集聚区。牵头单位：): its units are on the
 * next line. The label stands after a mark, a space or the line's start; after a character it is the
 * end of a name (各区商务主管部门：, 各县教育主管部门：, addressees ending their own line).
 */
const ROLE_LABEL_END = new RegExp(`(?<![\\u4e00-\\u9fff])${ROLE_LABEL}$`);

/**
 * Whether a role label of a task's clause runs on into the next line, whatever the text's wrap
 * width: the line ends with the label, its units on the next line (…集聚区。牵头单位： | 区科技局；…),
 * or the label is cut inside (…培育数据服务企业。牵 | 头单位：区数据局；…). A wrap cuts a line
 * anywhere; a writer never ends a line on a label, nor starts one with a label's rest. The next
 * line must not be a label of its own (配合单位：…, checked before), so that a label's rest is only
 * what makes the whole label with the end of the line.
 */
export function labelGoesOn(prev: string, next: string): boolean {
  if (ROLE_LABEL_END.test(prev)) return true;
  if (!/[\u4e00-\u9fff]$/.test(prev) || CLAUSE_LINE.test(next) || !/^[\u4e00-\u9fff]{1,4}[】\]]?\s*[:：]/.test(next)) return false;
  for (let n = 1; n <= 4 && n < prev.length; n++) {
    if (CLAUSE_LINE.test(prev.slice(-n) + next)) return true;
  }
  return false;
}

/** A figure opening a line with its unit or sign right after it (90亿元。, 35%, 1.2万人次). */
const FIGURE_WITH_UNIT_START = /^[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％‰]|[\u4e00-\u9fff])/;

/**
 * Whether a target is cut between its verb and its figure (…旅游总收入突破 | 90亿元。), whatever
 * the text's wrap width: no sentence ends on 达到 or 突破, so the figure on the next line is its own.
 */
export function targetFigureCut(prev: string, next: string): boolean {
  return TARGET_VERB_END.test(prev) && FIGURE_WITH_UNIT_START.test(next);
}

/** A name's rest at the start of the next line, or one more name: Han characters, maybe a bracket of its own. */
const NAME_PIECE = /^[\u4e00-\u9fff][\u4e00-\u9fff()（）]{0,19}$/;

/**
 * Whether a labelled line of units stops inside a name that the next line ends (责任单位：…县发改局、
 * 县财 | 政局、县自然资源局), whatever the text's wrap width: the line ends in no whole name, and the
 * next line is only names, its first the rest of the cut one. A PDF cuts such a line at the page's
 * width, which a short notice, or a set-in line, does not show.
 */
export function unitNameCut(prev: string, next: string): boolean {
  if (!UNIT_LINE.test(prev) || !/[\u4e00-\u9fff]$/.test(prev) || WHOLE_NAME_END.test(prev)) return false;
  const pieces = next.replace(/[。.；;）)]$/, '').split(/[、，,；;]/);
  const [first] = pieces;
  return first !== undefined && first.length <= 8 && WHOLE_NAME_END.test(first) && pieces.every((p) => NAME_PIECE.test(p));
}

/**
 * Whether a wrap cuts the label 完成时限 after its 完成 (…区财政局；完成 | 时限：长期坚持。), whatever
 * the text's wrap width: 时限： opens a line of its own as a label, but a clause never ends on a bare
 * 完成 after its separator, so the two make the one label.
 */
export function deadlineLabelCut(prev: string, next: string): boolean {
  return prev.endsWith('完成') && /(?:^|[；;。，,\s\u3000])完成$/.test(prev) && /^时限\s*[:：]/.test(next);
}

/** A line of a notice's addressees that a wrap cut inside its last name: names, each whole, then the cut one's start. */
const ADDRESSEES_CUT = /^[^。；;！？!?:：]{0,100}[，、,][^。；;！？!?:：，、,]{0,20}[\u4e00-\u9fff]$/;
/** The rest of an addressee list, ending the list with its colon (直属机构：, 直属机构，各学校：). */
const ADDRESSEES_REST = /^[\u4e00-\u9fff][^。；;！？!?:：]{0,60}[:：]$/;

/**
 * Whether a notice's addressees are cut inside a name (…市政府各部门，各 | 直属机构：), whatever the
 * text's wrap width: the line lists bodies' names up to the cut one, and the next line ends the list
 * with its colon, its first piece ending the cut name as a body's name ends. The rest reads as a
 * label (直属机构：) but no label follows a list of names cut in a name.
 */
export function addresseeNameCut(prev: string, next: string): boolean {
  if (!/[:：]$/.test(next) || !ADDRESSEES_CUT.test(prev) || !ADDRESSEES_REST.test(next) || next.startsWith('各')) return false;
  const pieces = prev.split(/[，,]/);
  const cut = pieces.pop()!;
  if (!pieces.every((p) => WHOLE_NAME_END.test(p.trim()))) return false;
  const rest = /^[^，、,:：]*/.exec(next)![0];
  return WHOLE_NAME_END.test(cut.slice(cut.search(/[^、]*$/)) + rest);
}

/**
 * Whether a document number is cut over two lines (沧政办字〔2025〕 | 14号, 沧政办字 | 〔2025〕14号,
 * 〔20 | 25〕14号, even 〔2025〕1 | 4号), whatever the text's wrap width: the second line is short and
 * ends on the 号, is no whole number itself, and the two make one whole number. A number the first
 * line reads as whole but for its 号 (〔2025〕1) is no number when the next line ends it with more digits.
 * An order's 第N号 under its name is no cut.
 */
export function documentNumberCut(prev: string, next: string): boolean {
  if (next.length > 12 || prev.length > 24 || !HAO.test(next.slice(-1)) || HAO.test(prev.slice(-1))) return false;
  // An order's number under its name (中华人民共和国国务院令 | 第707号) is printed so: only a bracketed year's number is cut.
  if (!/[〔\[【(（［﹝〖〘]/.test(prev + next)) return false;
  return wholeDocumentNumber(next) === null && wholeDocumentNumber(prev + next) !== null;
}
