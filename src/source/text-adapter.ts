import { AnchoredText } from './anchors.js';
import { isOutlineStart } from '../text/markers.js';
import { parseDate } from '../text/date.js';
import { wholeDocumentNumber } from '../text/document-number.js';
import { isLetterhead, isPageNumber } from '../text/page-furniture.js';
import { openBrackets, piecesClosing } from './open-brackets.js';
import type { Block, CellBlock } from './types.js';

interface Line {
  start: number;
  /** Offset after the last character, before the line break. */
  end: number;
  /** The line's text without surrounding whitespace. */
  text: string;
  /** Offset of the first non-space character. */
  textStart: number;
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
    lines.push({ start, end, text: text.slice(a, b), textStart: a });
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

const SENTENCE_END = /[。！？!?；;：:」』”"）)】]$/;

/**
 * The width a hard-wrapped text was wrapped at: the most common length among long lines, if
 * enough lines share it. Scraped notices usually have one paragraph per line and no such width.
 */
function wrapWidth(lines: Line[]): number | null {
  const counts = new Map<number, number>();
  for (const l of lines) {
    if (l.text.length >= 16) counts.set(l.text.length, (counts.get(l.text.length) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [len, count] of counts) {
    if (count > bestCount || (count === bestCount && len > best)) {
      best = len;
      bestCount = count;
    }
  }
  const longLines = [...counts.values()].reduce((a, b) => a + b, 0);
  return bestCount >= 3 && bestCount >= longLines * 0.3 ? best : null;
}

/**
 * Characters after or before which a line break is not a word space: Han, kana, full-width forms,
 * CJK punctuation, and the dashes, quotes, ellipsis and middle dot that Chinese text sets with them.
 */
export const CJK = /[\u00b7\u2014-\u2026\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Turns plain text into blocks: one per line, except that lines hard-wrapped inside a paragraph
 * (a run of full-width lines not ending a sentence) are joined back into one block.
 */
export function textToBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  const separated = width !== null && blankLineParagraphs(lines, width);
  const blocks: Block[] = [];
  // `open`: round brackets the block leaves open so far, counted line by line as it grows.
  // `furniture`: the page number and running head of a page break the paragraph ran across, kept
  // as blocks of their own right after it, so that they are still seen (and named as chrome).
  let current: { acc: AnchoredText; start: number; end: number; lastLine: Line; open: number; furniture: Block[] } | null = null;

  const flush = (): void => {
    if (!current) return;
    blocks.push({ kind: 'paragraph', text: current.acc.text, anchors: current.acc.anchors, start: current.start, end: current.end });
    for (const block of current.furniture) blocks.push(block);
    current = null;
  };
  const goesOn = (k: number): boolean => {
    if (!current) return false;
    const closing = current.open > 0 && piecesClosing(current.open, current.lastLine.text, lines.slice(k, k + 3).map((l) => l.text)) > 0;
    return closing || (width !== null && continues(current.lastLine, lines[k]!, width, separated));
  };

  for (let k = 0; k < lines.length; k++) {
    // A paragraph broken by a page break (text taken from a PDF) goes on after the page's number
    // and the next page's running head.
    const pageBreak = current !== null ? pageBreakAt(lines, k) : null;
    const across = pageBreak !== null && (goesOn(pageBreak.next) || cutMidSentence(current!.lastLine, lines[pageBreak.next]!));
    if (across) {
      for (const f of pageBreak.furniture) {
        const l = lines[f]!;
        current!.furniture.push({ kind: 'paragraph', text: l.text, anchors: [{ text: 0, source: l.textStart }], start: l.textStart, end: l.textStart + l.text.length });
      }
      k = pageBreak!.next;
    }
    const line = lines[k]!;
    if (line.text.length === 0) {
      flush();
      continue;
    }
    // Rows of cells separated by tabs (a table copied out of a page or a spreadsheet).
    const table = tabTable(lines, k);
    if (table) {
      flush();
      blocks.push(table.block);
      k = table.last;
      continue;
    }
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
      continue;
    }
    flush();
    const acc = new AnchoredText();
    acc.append(line.text, line.textStart);
    current = { acc, start: line.textStart, end: line.textStart + line.text.length, lastLine: line, open: openBrackets(line.text), furniture: [] };
  }
  flush();
  return blocks;
}

/**
 * The lines a page break puts inside a paragraph of PDF text, from line k: blank lines, the page's
 * number and the next page's running head (the document number or the letterhead). Only a page
 * number makes it a page break; returns the furniture lines and the line the text goes on at.
 */
function pageBreakAt(lines: Line[], k: number): { furniture: number[]; next: number } | null {
  const first = lines[k]!.text;
  // Most lines are text: only a blank line or a short one can start a page break.
  if (first.length > 12) return null;
  const furniture: number[] = [];
  let numbered = false;
  let j = k;
  for (; j < lines.length && j - k < 8; j++) {
    const t = lines[j]!.text;
    if (t.length === 0) continue;
    if (isPageNumber(t)) numbered = true;
    else if (!(numbered && t.length <= 40 && (wholeDocumentNumber(t) !== null || isLetterhead(t.replace(/\s+/g, ''))))) break;
    furniture.push(j);
  }
  return numbered && j < lines.length && lines[j]!.text.length > 0 ? { furniture, next: j } : null;
}

/**
 * Whether a page break fell inside a sentence: the line before it is a line of prose that stops
 * short of any closing mark (…快递业务量达到 | — 2 — | 50亿件。), and the line after it starts no item
 * and is no document number or date. Text from a PDF is not always wrapped at one width.
 */
function cutMidSentence(prev: Line, next: Line): boolean {
  return prev.text.length >= 15 && !SENTENCE_END.test(prev.text) && !isOutlineStart(next.text) && !numberOrDate(next);
}

/** A line that is a document number or a date and nothing else. */
function numberOrDate(line: Line): boolean {
  return line.text.length <= 30 && (wholeDocumentNumber(line.text) !== null || parseDate(line.text) !== null);
}

/** The cells of a line split at its tabs, with their offsets in the source. */
function tabCells(line: Line): CellBlock[] {
  const cells: CellBlock[] = [];
  let at = 0;
  for (const raw of line.text.split('\t')) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = line.textStart + at + lead;
    cells.push({ text, anchors: [{ text: 0, source: start }], start, end: start + text.length });
    at += raw.length + 1;
  }
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
    next !== undefined &&
    next.text.includes('\t') &&
    next.text.split('\t').length === width &&
    next.text !== first.text
  );
}

/** A group line's row: its one cell over every column, laid out on the grid as a colspan is. */
function spanningRow(line: Line, width: number): CellBlock[] {
  const cell: CellBlock = { text: line.text, anchors: [{ text: 0, source: line.textStart }], start: line.textStart, end: line.textStart + line.text.length, colspan: width };
  return [cell, ...Array.from({ length: width - 1 }, () => ({ ...cell, spanned: true }))];
}

/**
 * Two or more consecutive lines with the same number (two or more) of tab-separated cells make a
 * table block, with any group lines between them (see groupLineAt); returns it and the index of
 * its last line.
 */
function tabTable(lines: Line[], k: number): { block: Block; last: number } | null {
  const first = lines[k]!;
  if (!first.text.includes('\t')) return null;
  const width = first.text.split('\t').length;
  const isRow = (j: number): boolean => lines[j] !== undefined && lines[j]!.text.includes('\t') && lines[j]!.text.split('\t').length === width;
  let last = k;
  const groups = new Set<number>();
  for (;;) {
    if (isRow(last + 1)) last++;
    else if (width >= 3 && groupLineAt(lines, last + 1, width, first)) groups.add(++last);
    else break;
  }
  if (last === k) return null;
  const rows = lines.slice(k, last + 1).map((line, j) => (groups.has(k + j) ? spanningRow(line, width) : tabCells(line)));
  const end = lines[last]!.textStart + lines[last]!.text.length;
  const text = rows.map((r) => r.filter((c) => !c.spanned).map((c) => c.text).join('\t')).join('\n');
  return { block: { kind: 'table', text, anchors: [{ text: 0, source: first.textStart }], start: first.textStart, end, rows }, last };
}

/**
 * Whether a text leaves a blank line after each paragraph: its lines that surely end a paragraph
 * (shorter than the wrap width, ending a sentence) are followed by a blank line.
 */
function blankLineParagraphs(lines: Line[], width: number): boolean {
  let ends = 0;
  let blank = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const t = lines[k]!.text;
    if (t.length === 0 || t.length >= width - 2 || !/[。！？!?]$/.test(t)) continue;
    ends++;
    if (lines[k + 1]!.text.length === 0) blank++;
  }
  return ends >= 3 && blank >= ends * 0.8;
}

/**
 * Whether `next` continues the paragraph of a full-width line `prev`. Where blank lines separate
 * paragraphs, a full line followed directly by another is wrapped whatever it ends with (a wrap
 * may fall after 。 or after the colon of 牵头单位:); otherwise a line ending a sentence ends it.
 */
function continues(prev: Line, next: Line, width: number, separated: boolean): boolean {
  // A line shorter than the width ended its paragraph; one longer than it (beyond a hanging
  // punctuation mark or two) was never wrapped at that width, e.g. a header value.
  if (prev.text.length < width - 2 || prev.text.length > width + 2) return false;
  if (!separated && SENTENCE_END.test(prev.text)) return false;
  if (isOutlineStart(next.text)) return false;
  // A title as long as the wrap width is followed by the document number or the date on a line
  // of their own (PDF text without blank lines), and neither continues a sentence.
  if (numberOrDate(next)) return false;
  // The addressees (各市、县（市、区）人民政府，省政府直属各单位：) end their line, however long.
  if (/^各.*[:：]$/.test(prev.text) && !/[。；;]/.test(prev.text)) return false;
  return true;
}

