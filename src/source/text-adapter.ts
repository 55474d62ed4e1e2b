import { namesCategory } from '../text/category-column.js';
import { AnchoredText } from './anchors.js';
import { maskSpans, mergeByStart } from './block-spans.js';
import { numberedGroupCells, numberedGroupRow } from './tab-group-row.js';
import { brokenRowAt, brokenRowCells, MAX_PIECE } from './broken-tab-row.js';
import { dropSpacingBlanks } from './double-spacing.js';
import { drawnTableBlocks } from './drawn-tables.js';
import { spacedTableBlocks } from './spaced-table.js';
import { wholeDocumentNumber } from '../text/document-number.js';
import { matchMarker } from '../text/markers.js';
import { isLetterhead, isPageNumber, isTableContinuationMark } from '../text/page-furniture.js';
import { isPrintedLine } from '../text/printed-line.js';
import { attachmentRunOnLines } from './attachment-run-on.js';
import { type FootnoteRef, markPageFootnotes } from './page-footnotes.js';
import { openBrackets, piecesClosing } from './open-brackets.js';
import { SENTENCE_END, findWrap, indentsParagraphs, labelledApart, standsApart, stopsInSentence, wrapsInto } from './line-wrap.js';
import { markersInWraps } from './wrapped-markers.js';
import { decimalChapterLines } from './chapter-lines.js';
import { runningHeadLines } from './running-heads.js';
import { flatTableLines } from './flat-table-lines.js';
import { expandSpans } from './table-grid.js';
import { figureUnitAt } from '../text/measure-units.js';
import { isHeaderFieldCell, isHeaderLabelName } from '../text/header-labels.js';
import type { Block, CellBlock, SourceDocument, SourceExtras } from './types.js';

interface Line {
  start: number;
  /** Offset after the last character, before the line break. */
  end: number;
  /** The line's text without surrounding whitespace. */
  text: string;
  /** Offset of the first non-space character. */
  textStart: number;
  /** The spaces before the text, when there are any. */
  indent?: string;
  /**
   * The line with the tabs before its text kept (`\t全市\t3.5\t30.5`, a row whose first cell is
   * empty), when it has any: a table's cells are counted on it.
   */
  tabbed?: { text: string; textStart: number };
  /**
   * The line with the tabs before and after its text kept (`\t\t落实稳岗返还政策\t区人社局\t\t`, a
   * row of merged cells, empty but for its measure and lead), when it has tabs after its text.
   */
  padded?: { text: string; textStart: number };
}

/** Whitespace as it appears in scraped notices: ASCII, NBSP, EN/EM spaces, the ideographic space. */
export const SPACE = /[\s\u00a0\u2000-\u200b\u3000\ufeff]/;

/** Splits plain text into lines, dropping the whitespace around each. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    let a = start;
    let b = end;
    while (a < b && SPACE.test(text[a] as string)) a++;
    while (b > a && SPACE.test(text[b - 1] as string)) b--;
    const line: Line = { start, end, text: text.slice(a, b), textStart: a };
    if (a > start && a < b) line.indent = text.slice(start, a);
    // Only the tabs before the text: a tab after it is as often left over from a copy as an empty
    // last cell (名称：\t… | 废止日期：\t in a page's header grid).
    let ta = start;
    while (ta < a && text[ta] !== '\t') ta++;
    if (ta < a && a < b) line.tabbed = { text: text.slice(ta, b), textStart: ta };
    let tb = end;
    while (tb > b && text[tb - 1] !== '\t') tb--;
    if (tb > b && a < b) line.padded = { text: text.slice(ta < a ? ta : a, tb), textStart: ta < a ? ta : a };
    lines.push(line);
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

/**
 * Characters after or before which a line break is not a word space: Han, kana, full-width forms,
 * CJK punctuation, and the dashes, quotes, ellipsis and middle dot that Chinese text sets with them.
 */
export const CJK = /[\u00b7\u2014-\u2026\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Turns plain text into blocks: one per line, except that lines hard-wrapped inside a paragraph
 * (see line-wrap: full-width lines not ending a sentence, a line cut inside a clause) are joined
 * back into one block, across page breaks too; the running heads of a PDF's pages are blocks of
 * their own marked as furniture. Tables drawn as pandoc writes them (grid, simple and multiline
 * tables, pasted from its output) are read as in Markdown, their lines kept out of the rest (the
 * wrap width too); one that cannot be read stays lines of text and is reported in `problems`. So
 * are tables laid out with runs of spaces, as a PDF's text keeps them (see spaced-table).
 */
export function textToBlocks(text: string, problems: SourceDocument['problems'] = [], extras?: SourceExtras): Block[] {
  const pandoc = drawnTableBlocks(text, problems);
  // Tables laid out with runs of spaces (pdftotext -layout), where no pandoc table stands.
  const drawn = mergeByStart(pandoc, spacedTableBlocks(text, pandoc, problems));
  const lines = dropSpacingBlanks(splitLines(drawn.length === 0 ? text : maskSpans(text, drawn)));
  // The cells of a flattened table are whole lines: never joined by a width, nor measured for one.
  const cellLines = flatTableLines(lines);
  const wrap = findWrap(cellLines.size === 0 ? lines : lines.filter((_, k) => !cellLines.has(k)));
  const indents = indentsParagraphs(lines, wrap);
  const heads = runningHeadLines(lines);
  // The lines of the tables read above, blank here: no paragraph runs across one at a page break.
  const tableLines = linesWithin(lines, drawn);
  // Lines opening with a numeral that reads as a marker but goes on from the line above.
  const wrappedMarkers = markersInWraps(lines, (prev, next) => stopsInSentence(prev, next, wrap));
  // 1 工作目标 over 2.1 …: a chapter's heading is a line of its own, though a title as wide as the wrap stands above it.
  const chapterLines = decimalChapterLines(lines, cellLines);
  // A title in the list of annexes run on to a line set in under it (附件：…项目 | 　　调度表).
  const annexRunOns = attachmentRunOnLines(lines);
  const blocks: Block[] = [];
  // The lines read as page furniture inside a paragraph so far.
  const pageLines = new Set<number>();
  // `open`: round brackets the block leaves open so far, counted line by line as it grows.
  // `furniture`: the page number and running head of a page break the paragraph ran across, kept
  // as blocks of their own right after it, so that they are still seen (and named as chrome).
  // `wrapped`: the block has taken a line after its first, so its last line may be a wrap's short rest.
  let current: { acc: AnchoredText; start: number; end: number; lastLine: Line; open: number; furniture: Block[]; wrapped: boolean } | null = null;

  const flush = (): void => {
    if (!current) return;
    blocks.push({ kind: 'paragraph', text: current.acc.text, anchors: current.acc.anchors, start: current.start, end: current.end });
    for (const block of current.furniture) blocks.push(block);
    current = null;
  };
  const goesOn = (k: number): boolean => {
    if (!current) return false;
    if (chapterLines.has(lines[k]!) || chapterLines.has(current.lastLine)) return false;
    if (annexRunOns.has(k) && current.lastLine === lines[k - 1]) return true;
    const closing = current.open > 0 && piecesClosing(current.open, current.lastLine.text, lines.slice(k, k + 3).map((l) => l.text)) > 0;
    if (closing) return true;
    if (cellLines.has(k) && cellLines.has(k - 1)) return /[，、,]$/.test(current.lastLine.text);
    if (heads.has(k)) return false;
    return (wrappedMarkers.has(k) && current.lastLine === lines[k - 1]) || wrapsInto(current.lastLine, lines[k]!, wrap, indents, lines[k + 1]);
  };
  const furnitureBlock = (l: Line, head: boolean): Block => ({
    kind: 'paragraph',
    text: l.text,
    anchors: [{ text: 0, source: l.textStart }],
    start: l.textStart,
    end: l.textStart + l.text.length,
    ...(head ? { chrome: true } : {}),
  });

  // The width of the tab table read on the line before, 0 after any other line; the line its last row ends on.
  let tableWidth = 0;
  let tableLast = -1;
  let lastTable: Block | null = null;
  for (let k = 0; k < lines.length; k++) {
    // A paragraph broken by a page break (text taken from a PDF) goes on after the page's number
    // and the next page's running head.
    const pageBreak = current !== null ? (pageBreakAt(lines, k, heads, tableLines, bareNumberBreaks(current)) ?? bareNumberInSentence(current.lastLine, lines, k, pageLines)) : null;
    const across =
      pageBreak !== null &&
      (pageBreak.inSentence === true ||
        (pageBreak.bare ? closesAfter(current!, lines, pageBreak.next) : goesOn(pageBreak.next) || cutMidSentence(current!.lastLine, lines[pageBreak.next]!, current!.wrapped)));
    if (across) {
      // A bare number is furniture only as read here: marked so, since alone it reads as a number.
      for (const f of pageBreak.furniture) {
        current!.furniture.push(furnitureBlock(lines[f]!, heads.has(f) || pageBreak.bare));
        pageLines.add(f);
      }
      k = pageBreak!.next;
    }
    const line = lines[k]!;
    if (line.text.length === 0) {
      flush();
      continue;
    }
    // A running head that no paragraph runs across stands alone, set aside as furniture.
    if (heads.has(k)) {
      flush();
      blocks.push(furnitureBlock(line, true));
      continue;
    }
    // Rows of cells separated by tabs (a table copied out of a page or a spreadsheet).
    const table = tabTable(lines, k);
    if (table) {
      flush();
      blocks.push(table.block);
      k = table.last;
      // A page's header grid of labels and values (标题：\t…, 索引号：…\t主题分类：… pairs, or 索引号\t… on
      // every row) is no table of rows: a line after it may be a field.
      const rows = table.block.rows ?? [];
      const labelled =
        rows.some((r) => r.some((c) => /[：:]$/.test(c.text) || isHeaderFieldCell(c.text))) ||
        (rows.length > 0 && rows.every((r) => isHeaderLabelName((r[0]?.text ?? '').replace(/[\s\u3000]+/g, ''))));
      tableWidth = labelled ? 0 : (table.block.rows?.[table.block.rows.length - 1]?.length ?? 0);
      tableLast = k;
      lastTable = table.block;
      continue;
    }
    // One row under a page break alone (a page's number, a 续表 mark) below a table as wide: the
    // table's last row printed on the next page without its header, a table block of its own that
    // the parse reads as that table's part when its serial numbers on.
    if (tableWidth > 0 && lastTable && line.text.includes('\t') && cellCount(line.text) === tableWidth && onlyPageFurnitureSince(lines, tableLast, k) && numbersOn(lastTable, tabCells(line))) {
      flush();
      blocks.push({ kind: 'table', text: line.text, anchors: [{ text: 0, source: line.textStart }], start: line.textStart, end: line.textStart + line.text.length, rows: [tabCells(line)] });
      tableLast = k;
      lastTable = blocks[blocks.length - 1]!;
      continue;
    }
    // A line of cells right under a table that none of its rows could read: kept as text, but said;
    // not a line of header fields (文号：…\t成文日期：…), which the header reads.
    // Nor the imprint's printing line, its office and date parted by tabs (…办公室\t\t2024年4月3日印发), which the imprint reads.
    if (tableWidth > 0 && textCells(line) >= 2 && !nonEmptyCells(line).some((c) => /[：:]$/.test(c) || isHeaderFieldCell(c)) && !isPrintedLine(line.text)) {
      problems.push({
        ruleId: 'tab-row-unread',
        severity: 'warning',
        message: `a line of tab-separated cells right under a table of ${tableWidth} columns is not read as one of its rows (its cells do not stand in the table's columns); kept as text`,
        offset: line.textStart,
      });
    }
    // A short line without tabs may be a cell's line of a row broken over lines (区交通运输局) that
    // was not read: a line of cells after it is still said.
    if (line.text.includes('\t') || line.text.length > MAX_PIECE) tableWidth = 0;
    // A line that leaves a bracket open (a clause broken over lines) goes on in the lines right
    // after it when they close it soon.
    // Only the end of the block matters here: its last line has it, without flattening the block.
    if (current && (across || goesOn(k))) {
      // A fixed-width wrap cuts anywhere, inside numbers too (2.5|9%); only between two Latin
      // letters does the break stand for a word space. (The last line, not the block so far: looking
      // at the end of a block built by appending would copy it whole at every line.)
      const needsSpace = /[A-Za-z]$/.test(current.lastLine.text) && /^[A-Za-z]/.test(line.text);
      if (needsSpace) current.acc.append(' ', current.lastLine.textStart + current.lastLine.text.length);
      current.acc.append(line.text, line.textStart);
      current.end = line.textStart + line.text.length;
      current.lastLine = line;
      current.open = openBrackets(line.text, current.open);
      current.wrapped = true;
      continue;
    }
    flush();
    const acc = new AnchoredText();
    acc.append(line.text, line.textStart);
    current = { acc, start: line.textStart, end: line.textStart + line.text.length, lastLine: line, open: openBrackets(line.text), furniture: [], wrapped: false };
  }
  flush();
  // A PDF's footnotes at a page's foot (① …), only where its text holds a circled number at all.
  const refs: FootnoteRef[] = [];
  const noted = text.includes('\u2460') || /[\u2461-\u2473]/.test(text) ? markPageFootnotes(blocks, refs) : blocks;
  if (extras && refs.length > 0) extras.footnoteRefs = refs;
  return drawn.length === 0 ? noted : mergeByStart(noted, drawn);
}

/**
 * Whether a row's serial follows the last serial of `table` (1 | 2 above, 3 here), in the column its
 * header names 序号 (编号), else its first.
 */
function numbersOn(table: Block, row: readonly CellBlock[]): boolean {
  const rows = table.rows ?? [];
  const named = (rows[0] ?? []).findIndex((c) => /^(?:序号|编号)$/.test(c.text.replace(/\s+/g, '')));
  const col = Math.max(0, named);
  const serial = (r: readonly CellBlock[] | undefined): number | null => {
    const t = (r?.[col]?.text ?? '').trim();
    return /^\d{1,3}$/.test(t) ? Number(t) : null;
  };
  const last = serial([...rows].reverse().find((r) => serial(r) !== null));
  return last !== null && serial(row) === last + 1;
}

/** Whether the lines between line `from` and line `to` (both excluded) are blank, a page's number or a table's 续表 mark. */
function onlyPageFurnitureSince(lines: readonly Line[], from: number, to: number): boolean {
  if (from < 0 || to - from > 8) return false;
  let furniture = false;
  for (let j = from + 1; j < to; j++) {
    const t = lines[j]!.text.trim();
    if (t === '') continue;
    if (!isPageNumber(t) && !isTableContinuationMark(t)) return false;
    furniture = true;
  }
  return furniture;
}

/** A page's number printed bare (2), as some PDFs set it: no dashes, no 第…页. */
const BARE_PAGE_NUMBER = /^[0-9０-９]{1,3}$/;

/**
 * Whether a bare number between blank lines may be read as a page's number inside the block
 * (`current`): only while the block leaves a bracket open and has not ended its sentence, a task's
 * clause cut by the page break (（牵头单位：市 | 2 | 金融工作局；…）). Anywhere else a number alone
 * on its line may be an item's (1 above its text) or a table's cell.
 */
function bareNumberBreaks(current: { open: number; lastLine: Line } | null): boolean {
  return current !== null && current.open > 0 && !/[。！？!?]$/.test(current.lastLine.text);
}

/** What may stand right after a page's number in a sentence: the rest of a figure (8 | 座, 2024 | 年), not text. */
const FIGURE_GOES_ON = /^[年月日号期季届次批]/;

/**
 * A page's number printed bare (3) on a line of its own between the two halves of a sentence that a
 * PDF's page break cut (…推进乡镇污水处理厂提标改造，新建 | 3 | 管网20公里。), no blank line around
 * it: the line before is prose cut inside a sentence (see cutMidSentence), and the line after starts
 * with text that does not go on from a figure (no unit, no 年, after no 第). A number alone on its
 * line elsewhere stays text: an item's number above its text follows a sentence's end or a heading,
 * a table's cell follows a short cell.
 */
function bareNumberInSentence(prev: Line, lines: Line[], k: number, pageLines: ReadonlySet<number>): { furniture: number[]; next: number; bare: boolean; inSentence: boolean } | null {
  const line = lines[k]!;
  const next = lines[k + 1];
  if (!BARE_PAGE_NUMBER.test(line.text) || lines[k - 1] !== prev || !next || !/^[\u4e00-\u9fff]/.test(next.text)) return null;
  if (!/[\u4e00-\u9fff，、]$/.test(prev.text) || /第$/.test(prev.text) || FIGURE_GOES_ON.test(next.text) || figureUnitAt(next.text, 0) !== '') return null;
  if (serialBefore(lines, k, pageLines)) return null;
  return cutMidSentence(prev, next) ? { furniture: [k], next: k + 1, bare: true, inSentence: true } : null;
}

/**
 * Whether the number alone on line k follows the number before it alone on a line a few lines up,
 * not read as a page's (1 | 区发改委 | 推进…工作 | 2): the serials of a table flattened one cell per
 * line, whose long last cell may stop without a mark as a cut sentence does.
 */
function serialBefore(lines: Line[], k: number, pageLines: ReadonlySet<number>): boolean {
  const value = (t: string): number => Number(t.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const before = value(lines[k]!.text) - 1;
  for (let j = Math.max(0, k - 12); j < k; j++) {
    if (BARE_PAGE_NUMBER.test(lines[j]!.text) && value(lines[j]!.text) === before && !pageLines.has(j)) return true;
  }
  return false;
}

/** Whether the lines from `next` close the bracket the block leaves open, soon, with no item or blank line first. */
function closesAfter(current: { open: number; lastLine: Line }, lines: Line[], next: number): boolean {
  return piecesClosing(current.open, current.lastLine.text, lines.slice(next, next + 3).map((l) => l.text)) > 0;
}

/**
 * The lines a page break puts inside a paragraph of PDF text, from line k: blank lines, the page's
 * number, and the running heads and feet around it (`heads`: a gazette's head, a line the pages
 * repeat; after the number also the document number or the letterhead). A page number or a
 * running head makes it a page break; returns the furniture lines and the line the text goes on at.
 * With `bare`, a number alone between blank lines counts as a page number too; `bare` in the
 * result tells that it is all that made the break, which the caller must then confirm.
 */
function pageBreakAt(lines: Line[], k: number, heads: ReadonlySet<number>, tableLines: ReadonlySet<number>, bare = false): { furniture: number[]; next: number; bare: boolean; inSentence?: boolean } | null {
  const first = lines[k]!.text;
  // Most lines are text: only a blank line, a page number or a running head can start a page break.
  if (first.length > 0 && !heads.has(k) && !isPageNumber(first)) return null;
  const furniture: number[] = [];
  let numbered = false;
  let bareOnly = false;
  let j = k;
  for (; j < lines.length && j - k < 8; j++) {
    const t = lines[j]!.text;
    // A table stands between the text before and after: the page break is not inside a paragraph.
    if (tableLines.has(j)) return null;
    if (t.length === 0) continue;
    if (isPageNumber(t)) numbered = true;
    else if (bare && !numbered && furniture.length === 0 && BARE_PAGE_NUMBER.test(t) && lines[j - 1]?.text === '' && lines[j + 1]?.text === '') {
      numbered = true;
      bareOnly = true;
    }
    else if (!heads.has(j) && !(numbered && t.length <= 40 && (wholeDocumentNumber(t) !== null || isLetterhead(t.replace(/\s+/g, ''))))) break;
    furniture.push(j);
  }
  const broken = numbered || furniture.some((f) => heads.has(f));
  return broken && j < lines.length && lines[j]!.text.length > 0 ? { furniture, next: j, bare: bareOnly && !furniture.some((f) => heads.has(f)) } : null;
}

/** The indexes of the lines that lie in one of `spans` (source order), found in one walk over both. */
function linesWithin(lines: readonly Line[], spans: readonly { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  let s = 0;
  for (let k = 0; k < lines.length && s < spans.length; k++) {
    const line = lines[k]!;
    while (s < spans.length && spans[s]!.end <= line.start) s++;
    const span = spans[s];
    // A blank line inside a span (between two rows) counts, its start then inside it.
    if (span && line.start < span.end && (span.start < line.end || (line.start === line.end && span.start <= line.start))) out.add(k);
  }
  return out;
}

/**
 * Whether a page break fell inside a sentence: the line before it is a line of prose that stops
 * short of any closing mark (…快递业务量达到 | — 2 — | 50亿件。), and the two lines do not stand apart
 * (an item, an annex, a date after it; columns in it; a clause's 责任单位：A，B before its 完成时限：…).
 * Text from a PDF is not always wrapped at one width. A short line is prose too when it is the rest of
 * a paragraph a hard wrap cut (`wrapped`: …规模以上工业企 | 业达到3000 | — 12 — | 家；…) and the line
 * after the break is not set in as a new paragraph's first line is: the wrap's join and the page
 * break's compose.
 */
function cutMidSentence(prev: Line, next: Line, wrapped = false): boolean {
  const prose = prev.text.length >= 15 || (wrapped && next.textStart === next.start);
  return prose && !SENTENCE_END.test(prev.text) && !standsApart(prev, next) && !labelledApart(prev, next);
}

/** How many cells a line's text has, split at its tabs. */
const cellCount = (text: string): number => text.split('\t').length;

/**
 * The line's text as a row of `width` cells: as trimmed, or with the tabs before it kept when
 * that makes the row as wide (an empty first cell, `\t全市\t3.5\t30.5` under 序号 | 区县 | …).
 */
function rowOf(line: Line | undefined, width: number, padded = false): { text: string; textStart: number; pad?: number } | null {
  if (!line || line.text.length === 0) return null;
  if (line.text.includes('\t') && cellCount(line.text) === width) return line;
  if (line.tabbed && cellCount(line.tabbed.text) === width) return line.tabbed;
  if (padded && line.padded && cellCount(line.padded.text) === width) return line.padded;
  // A row whose empty last cells lost their tabs (trailing whitespace trimmed) but kept those of its
  // empty first cells: its cells stand from the left in order, so the missing ones are the last.
  if (padded && line.tabbed && !line.padded && cellCount(line.tabbed.text) < width && line.tabbed.text.trim().includes('\t')) {
    return { ...line.tabbed, pad: width - cellCount(line.tabbed.text) };
  }
  return null;
}

/** The cells of a line split at its tabs, with their offsets in the source. */
function tabCells(line: { text: string; textStart: number; pad?: number }): CellBlock[] {
  const cells: CellBlock[] = [];
  let at = 0;
  for (const raw of line.text.split('\t')) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = line.textStart + at + lead;
    cells.push({ text, anchors: [{ text: 0, source: start }], start, end: start + text.length });
    at += raw.length + 1;
  }
  // Empty last cells whose tabs were trimmed stand at the line's end.
  const end = line.textStart + line.text.length;
  for (let k = 0; k < (line.pad ?? 0); k++) cells.push({ text: '', anchors: [], start: end, end });
  return cells;
}

/**
 * A line without tabs between two rows of a tab table that are as wide as each other and the
 * table (一、面向企业的"一件事" between task rows): a row spanning the table, as a group row is in the
 * table's HTML form. Short and saying no sentence, and neither a caption nor followed by the table's
 * first row again (both start a second table).
 */
function groupLineAt(lines: Line[], j: number, width: number, first: Line): boolean {
  const t = lines[j]?.text ?? '';
  const next = lines[j + 1];
  return (
    t.length > 0 &&
    t.length <= 60 &&
    !t.includes('\t') &&
    !/[。；;：:]$/.test(t) &&
    !/^(?:附件|附?表 ?[0-9一二三四五六七八九十])|(?:表|清单|一览)$/.test(t) &&
    rowOf(next, width) !== null &&
    next!.text !== first.text
  );
}

/** A group line's row: its one cell over every column, laid out on the grid as a colspan is. */
function spanningRow(line: Line, width: number): CellBlock[] {
  const cell: CellBlock = { text: line.text, anchors: [{ text: 0, source: line.textStart }], start: line.textStart, end: line.textStart + line.text.length, colspan: width };
  return [cell, ...Array.from({ length: width - 1 }, () => ({ ...cell, spanned: true }))];
}

/** A header cell over several columns of years (目标值, 年度目标, 分年度计划). */
const SPANNING_HEADER = /目标|年度|年份|计划|指标值|进度|预期/;

/**
 * A header of two lines whose first has fewer cells than the rows below, one of them over the
 * columns the second names (序号 | 指标 | 单位 | 目标值 above 2023年 | 2024年 | 2025年): a merged cell
 * copied out of Word or Excel, the empty cells beside it lost with the line's surrounding tabs.
 * The second line must name years, so that two short rows of a table are never read as one.
 * Returns the two rows laid out as a rowspan/colspan header is, and the table's width.
 */
function twoLineHeader(lines: Line[], k: number): { rows: CellBlock[][]; width: number } | null {
  const [top, bottom, row] = [lines[k], lines[k + 1], lines[k + 2]];
  if (!top || !bottom || !row || !bottom.text.includes('\t') || !row.text.includes('\t')) return null;
  const upper = tabCells(top);
  const lower = tabCells(bottom);
  const width = upper.length - 1 + lower.length;
  if (upper.length < 3 || lower.length < 2 || row.text.split('\t').length !== width) return null;
  const labels = lower.map((c) => c.text);
  const years = labels.filter((t) => /^(?:19|20)\d{2}(?!\d)/.test(t)).length;
  // Bare years (2023 | 2024 | 2025) are labels only as a run of consecutive years; other figures are a row's.
  const bareYears = labels.every((t, i) => /^(?:19|20)\d{2}$/.test(t) && (i === 0 || Number(t) === Number(labels[i - 1]) + 1));
  if (!bareYears && (labels.some((t) => t === '' || t.length > 12 || /^[-+]?\d+(?:\.\d+)?%?$/.test(t)) || years * 2 < labels.length)) return null;
  const named = upper.map((c) => SPANNING_HEADER.test(c.text) && c.text !== '指标');
  const span = named.lastIndexOf(true) >= 0 ? named.lastIndexOf(true) : upper.length - 1;
  const first = upper.map((c, i) => (i === span ? { ...c, colspan: lower.length } : { ...c, rowspan: 2 }));
  return { rows: expandSpans([first, lower]), width };
}

/**
 * A header of two lines laid out on the table's grid, as Word or Excel copies a merged cell with the
 * tabs of every column kept: the first line names each column, a cell over several columns followed
 * by the empty cells it covers (序号 | 重点任务 | 责任单位 | | 完成时限), and the second names those
 * columns only, empty elsewhere ( | | 牵头单位 | 配合单位 | ). Tabs a copy drops at a line's end are
 * empty cells. The second line must fill each covered column with a short label and nothing else,
 * so that a row of the table is never read as one. Returns the rows laid out as a rowspan/colspan
 * header is, and the table's width (that of the first row below).
 */
function gridTwoLineHeader(lines: Line[], k: number): { rows: CellBlock[][]; width: number } | null {
  // A group row numbered in the 序号 column (一\t产业发展) may open the rows: the row after it sets the width.
  const [top, bottom, row] = [lines[k], lines[k + 1], numberedGroupCells(lines[k + 2], 3, lines[k + 3]) ? lines[k + 3] : lines[k + 2]];
  if (!top || !bottom || !row || !bottom.text.includes('\t') || !row.text.includes('\t')) return null;
  const width = cellCount(row.text);
  const pad = (line: Line): CellBlock[] | null => {
    const cells = tabCells(line.tabbed ?? line);
    if (cells.length > width) return null;
    const end = line.textStart + line.text.length;
    return [...cells, ...Array.from({ length: width - cells.length }, () => ({ text: '', anchors: [], start: end, end }))];
  };
  const upper = pad(top);
  const lower = pad(bottom);
  if (!upper || !lower || width < 3) return null;
  const first: CellBlock[] = [];
  const second: CellBlock[] = [];
  for (let i = 0; i < width; ) {
    const head = upper[i]!;
    let j = i + 1;
    while (j < width && !upper[j]!.text) j++;
    const labels = lower.slice(i, j);
    if (!head.text) return null;
    if (j - i === 1 && labels[0]!.text && SINGLE_SPAN.test(head.text) && YEAR_LABEL.test(labels[0]!.text)) {
      // A label over one year's column (基期值 over 2022年 beside 目标值 over 2023年…2025年).
      first.push(head);
      second.push(labels[0]!);
    } else if (j - i === 1) {
      // A column of its own: named on the first line only.
      if (labels[0]!.text) return null;
      first.push({ ...head, rowspan: 2 });
    } else {
      if (labels.some((c) => !c.text || c.text.length > 12 || /^[-+]?\d+(?:\.\d+)?%?$/.test(c.text))) return null;
      first.push({ ...head, colspan: j - i });
      second.push(...labels);
    }
    i = j;
  }
  if (second.length === 0) return null;
  return { rows: expandSpans([first, second]), width };
}

/** A label that may stand over one year's column only: the base year's figure (基期值 over 2022年). */
const SINGLE_SPAN = /^(?:基期|基准|现状|实际|目标|预期|预计)(?:值|年)?$/;
const YEAR_LABEL = /^(?:19|20)\d{2} ?年?(?:末|底)?$/;

/** A serial number in a table's 序号 column. */
const SERIAL = /^\d{1,3}$/;

/**
 * A line one cell short of the table's rows, read as a row all the same when its serial follows
 * the row above's (`lastSerial`) in the 序号 column the header names (`serialCol`): the empty last
 * cell a copy dropped with the line's trailing tab (`trail`: 2 | 婴儿死亡率 | ‰ | 3.1 | ≤5 under a
 * 属性 column), or the cell of a merged category column printed on its group's first row only:
 * the serial standing one column to the left, the category column first (`lead`: 领域 | 序号 | … over
 * 健康水平 | 1 | … then 2 | 婴儿死亡率 | …), or the category column right after 序号 (`category`:
 * 序号 | 领域 | 项目内容 | … over 1 | 教育 | … then 2 | 改造农村薄弱学校10所 | …), which the header names.
 * Without a 序号 column, or with a serial that does not follow, the line ends the table as before:
 * a shorter line may as well start another table.
 */
function shortRowAt(line: Line | undefined, width: number, serialCol: number, lastSerial: number | null, categoryCol: number): ShortFill | null {
  if (!line || width < 4 || serialCol < 0 || lastSerial === null || !line.text.includes('\t')) return null;
  const cells = line.text.split('\t').map((c) => c.trim());
  if (cells.length !== width - 1) return null;
  const follows = (i: number): boolean => SERIAL.test(cells[i] ?? '') && Number(cells[i]) === lastSerial + 1;
  // A leading cell takes the group's value from the row above: there must be a row above it.
  if (serialCol >= 1 && lastSerial >= 1 && follows(serialCol - 1)) return serialCol === 1 ? 'lead' : null;
  if (serialCol < width - 1 && follows(serialCol)) return categoryCol === serialCol + 1 ? (lastSerial >= 1 ? 'category' : null) : 'trail';
  return null;
}

/** Which cell a row one short of the table lacks (see shortRowAt). */
type ShortFill = 'lead' | 'trail' | 'category';

/** A short row's cells laid out on the table's grid (see shortRowAt). */
function shortRowCells(line: Line, fill: ShortFill, above: readonly CellBlock[]): CellBlock[] {
  const cells = tabCells(line);
  if (fill === 'trail') {
    const end = line.textStart + line.text.length;
    // One tab after the last cell (亿元\t40\t45\t) writes the empty last cell the trimmed line lost:
    // a cell of the row as written, not one the source adds for a row that lacks it.
    const tail = line.padded ? line.padded.text.slice(line.padded.text.lastIndexOf(line.text) + line.text.length) : '';
    if (tail.replace(/[^\t]/g, '') === '\t') return [...cells, { text: '', anchors: [], start: end + 1, end: end + 1 }];
    return [...cells, { text: '', anchors: [], start: end, end, added: true }];
  }
  // The merged cell's text, as a rowspan is laid out on the grid: a copy of the cell above.
  if (fill === 'category') return [cells[0]!, { ...above[1]!, spanned: true }, ...cells.slice(1)];
  return [{ ...above[0]!, spanned: true }, ...cells];
}

/** The cells of a line split at its tabs that hold any text. */
const nonEmptyCells = (line: Line): string[] => (line.tabbed ?? line).text.split('\t').map((c) => c.trim()).filter((c) => c.length > 0);
const textCells = (line: Line): number => nonEmptyCells(line).length;

/**
 * Whether a line with tabs is a line of prose laid out with them, not a table's row: a Word paste
 * sets paragraphs in with a tab (\t1.推进…。) or puts one after an item's number (1.\t推进…). Its
 * cells, empty ones and a first cell that is only an item's number aside, are one text, and that
 * text is an item or a sentence: numbered, or long or punctuated as prose. A table has two columns
 * of text at least; a lone short cell (\t2023年 over a column of figures) may still head one.
 */
function proseRow(line: Line): boolean {
  const cells = nonEmptyCells(line);
  const number = cells.length > 1 ? matchMarker(cells[0]!, true) : null;
  const numbered = number !== null && number.length >= cells[0]!.length;
  const rest = numbered ? cells.slice(1) : cells;
  if (rest.length !== 1) return false;
  const text = rest[0]!;
  return numbered || matchMarker(text) !== null || text.length > 30 || /[。；;！？!?]/.test(text);
}

/**
 * Two or more consecutive lines with the same number (two or more) of tab-separated cells make a
 * table block, unless the first is a line of prose (see proseRow: a table's first row is its header
 * or a row of cells), with any group lines between them (see groupLineAt), rows one cell short between
 * them (see shortRowAt), and a header of two lines before them (see twoLineHeader); returns it
 * and the index of its last line.
 */
function tabTable(lines: Line[], k: number): { block: Block; last: number } | null {
  const first = lines[k]!;
  if (!(first.tabbed ?? first).text.includes('\t') || proseRow(first)) return null;
  const header = twoLineHeader(lines, k) ?? gridTwoLineHeader(lines, k);
  // A first line with an empty first cell (\t2023年\t2024年 over 指标 | … rows) counts it when the
  // next line has as many cells, and not as many as the line trimmed.
  const trimmed = cellCount(first.text);
  const tabbed = first.tabbed ? cellCount(first.tabbed.text) : trimmed;
  const wide = first.text.includes('\t') && rowOf(lines[k + 1], trimmed) ? trimmed : rowOf(lines[k + 1], tabbed) ? tabbed : trimmed;
  const width = header?.width ?? wide;
  // Past the lines that set the width, a line's tabs after its text count too: empty last cells
  // of a row of merged cells (\t\t落实稳岗返还政策\t区人社局\t\t), which a copy keeps inside a table.
  const isRow = (j: number): boolean => rowOf(lines[j], width, j > k + 1) !== null;
  const from = header ? k + 1 : k;
  let last = from;
  const groups = new Set<number>();
  // Group rows numbered in the 序号 column (一\t产业规模): their number, and their name spanning the rest.
  const numbered = new Set<number>();
  const short = new Map<number, ShortFill>();
  // Rows short of the table between two of its rows, kept as written (see shortBetweenRows).
  const loose = new Set<number>();
  // Rows whose cells hold line breaks: the first line's index, and the last's.
  const broken = new Map<number, number>();
  const headCells = header ? [] : tabCells(rowOf(first, width) ?? first);
  const serialCol = headCells.findIndex((c) => /^(?:序号|编号)$/.test(c.text));
  // A category column (领域) after 序号: its cell merged down the group's rows is written on the first only.
  const categoryCol = headCells.findIndex((c) => namesCategory(c.text));
  // The serial of the last row read: 0 under the header, none after a row without one.
  let lastSerial: number | null = serialCol >= 0 ? 0 : null;
  const serialOf = (j: number): number | null => {
    const cell = (rowOf(lines[j], width, j > k + 1)?.text.split('\t')[serialCol] ?? '').trim();
    return SERIAL.test(cell) ? Number(cell) : null;
  };
  for (;;) {
    if (isRow(last + 1)) {
      last++;
      lastSerial = serialCol >= 0 ? serialOf(last) : null;
    }
    else if (width >= 3 && groupLineAt(lines, last + 1, width, first)) groups.add(++last);
    else if (numberedGroupCells(lines[last + 1], width, lines[last + 2]) && rowOf(lines[last + 2], width) !== null) numbered.add(++last);
    else {
      // A row broken over lines first: its first line alone may look like a row one cell short.
      const end = brokenRowAt(lines, last + 1, width, serialCol, lastSerial);
      const fill = end === null ? shortRowAt(lines[last + 1], width, serialCol, lastSerial, categoryCol) : null;
      if (end !== null) {
        broken.set(last + 1, end);
        last = end;
      } else if (fill) short.set(++last, fill);
      // A numbered row one short is shortRowAt's to place or refuse (a category cell missing with no row above).
      else if (shortBetweenRows(lines, last + 1, width, isRow) && (serialCol < 0 || cellCount(lines[last + 1]!.text) < width - 1)) loose.add(++last);
      else break;
      lastSerial = lastSerial === null ? null : lastSerial + 1;
    }
  }
  if (last === from) return null;
  // Lines set in by a tab that each hold one text (\t工作目标 over \t到2025年，…) are a column of
  // prose, not a table: a table has a row of two texts at least.
  if (lines.slice(k, last + 1).every((l) => textCells(l) <= 1)) return null;
  const body: CellBlock[][] = [];
  let inside = -1;
  lines.slice(k, last + 1).forEach((line, j) => {
    const fill = short.get(k + j);
    const brokenTo = broken.get(k + j);
    if (k + j <= inside) return;
    if (brokenTo !== undefined) {
      inside = brokenTo;
      body.push(brokenRowCells(lines.slice(k + j, brokenTo + 1)));
    } else if (groups.has(k + j)) body.push(spanningRow(line, width));
    else if (numbered.has(k + j)) body.push(numberedGroupRow(numberedGroupCells(line, width, lines[k + j + 1])!, width));
    else if (fill) body.push(shortRowCells(line, fill, body[body.length - 1]!));
    else if (loose.has(k + j)) body.push(tabCells(line));
    else body.push(tabCells(rowOf(line, width, j > 1) ?? line));
  });
  const rows = header ? [...header.rows, ...body.slice(2)] : body;
  const end = lines[last]!.textStart + lines[last]!.text.length;
  const text = rows.map((r) => r.filter((c) => !c.spanned).map((c) => c.text).join('\t')).join('\n');
  const block: Block = { kind: 'table', text, anchors: [{ text: 0, source: first.textStart }], start: first.textStart, end, rows };
  if (loose.size > 0 || [...short.values()].includes('trail')) block.looseRows = true;
  return { block, last };
}

/**
 * Whether line `j` is a row of a tab table short of its width between two of its rows: two cells of
 * text at least, fewer cells than the table, and the next line a row as wide as the table. A row
 * that lost a cell (a year's figure left out, its tab with it) stays in its table, as written, rather
 * than ending it and leaving the rows below as loose lines.
 */
function shortBetweenRows(lines: readonly Line[], j: number, width: number, isRow: (j: number) => boolean): boolean {
  const line = lines[j];
  if (!line || width < 3 || !line.text.includes('\t') || proseRow(line)) return false;
  const count = cellCount(line.text);
  // A header grid's line of fields (标　　题：⇥…) is no row of figures or tasks: the header reads it.
  if (count >= width || textCells(line) < 2 || nonEmptyCells(line).some((c) => /[：:]$/.test(c) || isHeaderFieldCell(c))) return false;
  return isRow(j + 1);
}
