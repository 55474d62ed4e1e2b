import { CHINESE_NUMERAL_CHARS, parseNumeral } from './chinese-numeral.js';
import { fold } from './fold.js';
import type { OutlineKind } from '../model/types.js';

export interface Marker {
  kind: OutlineKind;
  /** The numeral as written. */
  number: string;
  ordinal: number | null;
  /** The marker as written, e.g. `（一）`. */
  label: string;
  /** Length of the marker in the text, including spaces after it. */
  length: number;
}

const N = `[${CHINESE_NUMERAL_CHARS}]+`;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

// All patterns run on fold()ed text, so ( ) : , . are half-width here whatever the source used.
const PATTERNS: Array<{ kind: OutlineKind; re: RegExp }> = [
  { kind: 'part', re: new RegExp(`^第 ?(${N}|\\d{1,3}) ?(?:编|部分)`) },
  { kind: 'chapter', re: new RegExp(`^第 ?(${N}|\\d{1,3}) ?章`) },
  { kind: 'section', re: new RegExp(`^第 ?(${N}|\\d{1,3}) ?节`) },
  { kind: 'article', re: new RegExp(`^第 ?(${N}|\\d{1,3}) ?条`) },
  { kind: 'chinese', re: new RegExp(`^(${N}) ?[、.,]`) },
  { kind: 'paren-chinese', re: new RegExp(`^\\( ?(${N}) ?\\)`) },
  { kind: 'paren-arabic', re: /^\( ?(\d{1,3}) ?\)/ },
  { kind: 'paren-arabic', re: /^(\d{1,3})\)/ },
  // 1.1 / 2.3.1 before the item's words (not 1.5倍 or 2.59%, a figure opening a sentence).
  { kind: 'decimal', re: /^(\d{1,2}(?:\.\d{1,2}){1,2})(?: |(?=[\u4e00-\u9fff])(?![倍亿万千百个件家项人名所座台套户份篇次批条支张处辆公米亩年月日天元吨%]))/ },
  { kind: 'arabic', re: /^(\d{1,6}) ?[.、](?![\d])/ },
  { kind: 'circled', re: new RegExp(`^([${CIRCLED}])`) },
  { kind: 'enumeration', re: /^([一二三四五六七八九十]{1,3})是(?=[^是])/ },
];

const LEAD_SPACE = ' \u3000\u00a0';
/** The characters a marker can start with, in either width: 第, an opening bracket, a digit, a numeral, a circled number. */
const MARKER_START = new Set([...`第(（﹙0123456789０１２３４５６７８９${CHINESE_NUMERAL_CHARS}${CIRCLED}`]);

/** The outline marker a block of text starts with (一、 (一) 1. (1) ① 第一条 一是), if any. */
export function matchMarker(text: string): Marker | null {
  let lead = 0;
  while (lead < text.length && LEAD_SPACE.includes(text[lead] as string)) lead++;
  // Most blocks are prose: one look at the first character rules them out without any pattern.
  if (!MARKER_START.has(text[lead] as string)) return null;
  // Markers stand at the start and are short: folding a prefix is enough, and keeps this cheap
  // however long the paragraph.
  const f = fold(text.slice(lead, lead + 40));
  const rest = text.length - lead;
  for (const { kind, re } of PATTERNS) {
    const m = re.exec(f);
    if (!m) continue;
    const number = (m[1] as string).trim();
    let length = m[0].length;
    while (f[length] === ' ') length++;
    const ordinal = kind === 'circled' ? CIRCLED.indexOf(number) + 1 : kind === 'decimal' ? Number(number.split('.').pop()) : parseNumeral(number);
    // A numeral followed by nothing is a stray number (a table cell, a page number), not an item.
    if (length >= rest && kind !== 'article' && kind !== 'chapter' && kind !== 'section' && kind !== 'part') continue;
    return { kind, number, ordinal, label: text.slice(lead, lead + m[0].length).trim(), length: lead + length };
  }
  return null;
}

export function isOutlineStart(text: string): boolean {
  return matchMarker(text) !== null;
}
