import { CHINESE_NUMERAL_CHARS, parseNumeral, toChineseNumeral } from './chinese-numeral.js';
import { fold } from './fold.js';
import { ASCII_ROMAN, foldRoman, ROMAN_CHARS, romanOrdinal } from './roman-numeral.js';
import type { OutlineKind } from '../model/types.js';

export interface Marker {
  readonly kind: OutlineKind;
  /** The numeral as written. */
  readonly number: string;
  readonly ordinal: number | null;
  /** The marker as written, e.g. `（一）`. */
  readonly label: string;
  /** Length of the marker in the text, including spaces after it. */
  readonly length: number;
}

const N = `[${CHINESE_NUMERAL_CHARS}]+`;
/** Words that make a number a figure (1.5倍, 2 万元, 3 个), not an item's number. */
const MEASURE_WORD = '[倍亿万千百个件家项人名所座台套户份篇次批条支张处辆公米亩年月日天元吨%]';
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
// Word's and WPS's numbering often writes (1) 1. (一) as one enclosed character each: ⑴ ⒈ ㈠. They are
// the same styles as the bracketed and dotted numbers, one character long.
export const PAREN_DIGITS = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
export const DOTTED_DIGITS = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
export const PAREN_IDEOGRAPHS = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';
/** The ordinal of ① ⑴ ⒈ ㈠ and the like, or 0 when the character is none of them. */
export function enclosedOrdinal(char: string): number {
  for (const set of [CIRCLED, PAREN_DIGITS, DOTTED_DIGITS, PAREN_IDEOGRAPHS]) {
    const k = set.indexOf(char);
    if (k >= 0) return k + 1;
  }
  return 0;
}

const ENCLOSED_PATTERNS: Array<{ kind: OutlineKind; re: RegExp }> = [
  { kind: 'circled', re: new RegExp(`^([${CIRCLED}])`) },
  { kind: 'paren-arabic', re: new RegExp(`^([${PAREN_DIGITS}])`) },
  { kind: 'arabic', re: new RegExp(`^([${DOTTED_DIGITS}])`) },
  { kind: 'paren-chinese', re: new RegExp(`^([${PAREN_IDEOGRAPHS}])`) },
];

const LATIN_PATTERNS: Array<{ kind: OutlineKind; re: RegExp }> = [
  { kind: 'latin', re: /^([a-z])[.)、](?= |[\u4e00-\u9fff])/ },
  { kind: 'latin', re: /^\(([a-z])\)(?= |[\u4e00-\u9fff])/ },
  // A. / A) / (A): the capital-letter numbering some offices give a list (a level of its own above a.).
  { kind: 'latin', re: /^([A-Z])[.)、](?= |[\u4e00-\u9fff])/ },
  { kind: 'latin', re: /^\(([A-Z])\)(?= |[\u4e00-\u9fff])/ },
];

// All patterns run on fold()ed text, so ( ) : , . are half-width here whatever the source used.
// They run on the text as written, not its simplified copy: 编/节/条 are matched in their
// traditional forms too (第三條, 第一節, 第二編), as 章 and 部分 are the same in both.
const PATTERNS: Array<{ kind: OutlineKind; re: RegExp }> = [
  { kind: 'part', re: new RegExp(`^第 ?(${N}|\\d{1,3}) ?(?:[编編]|部分)`) },
  { kind: 'chapter', re: new RegExp(`^第 ?(${N}|\\d{1,3}) ?章`) },
  { kind: 'section', re: new RegExp(`^第 ?(${N}|\\d{1,3}) ?[节節]`) },
  // Ⅰ、工作目标 / II、重点任务: the parts of older city sites' plans. A heading's words follow at once,
  // so a class of water or a grade (Ⅰ、Ⅱ类水体, Ⅲ、Ⅳ级) opening a wrapped line is no part.
  { kind: 'part', re: new RegExp(`^([${ROMAN_CHARS}]|${ASCII_ROMAN}) ?[、.,] ?(?=[\\u4e00-\\u9fff])`) },
  { kind: 'article', re: new RegExp(`^第 ?(${N}|\\d{1,3}) ?[条條]`) },
  { kind: 'chinese', re: new RegExp(`^(${N}) ?[、.,]`) },
  // (一)、 and (1)、: a 、 after the bracket is the marker's, not the title's.
  { kind: 'paren-chinese', re: new RegExp(`^\\( ?(${N}) ?\\)、?`) },
  { kind: 'paren-arabic', re: /^\( ?(\d{1,3}) ?\)、?/ },
  { kind: 'paren-arabic', re: /^(\d{1,3})\)/ },
  // 一) with only its closing bracket: the (一) level, as 1) is the (1) level.
  { kind: 'paren-chinese', re: new RegExp(`^(${N})\\)(?=[\\u4e00-\\u9fff])`) },
  // 1.1 / 2.3.1 before the item's words (not 1.5倍 or 2.59%, a figure opening a sentence). No item
  // is numbered 0 or 05 after a point: 3.0版, 2.05 are figures (a PDF's wrap puts them at a line's start).
  { kind: 'decimal', re: new RegExp(`^(\\d{1,2}(?:\\.(?!0)\\d{1,2}){1,2})(?: |(?=[\\u4e00-\\u9fff])(?!${MEASURE_WORD}))`) },
  { kind: 'arabic', re: /^(\d{1,6}) ?[.、](?![\d])/ },
  ...ENCLOSED_PATTERNS,
  // a. / a) / (a): a lettered sublist (Word's and pandoc's lower-alpha numbering). One lower-case
  // letter, then a space or Han text, so that words and abbreviations (e.g., a.m.) are none.
  ...LATIN_PATTERNS,
  { kind: 'enumeration', re: /^([一二三四五六七八九十]{1,3})是(?=[^是])/ },
  // 第一，…: the same enumeration, its number set off by a comma (第一条, 第一批 are none).
  // (A RegExp from a string, as the others starting with 第 are: the bundle writes a literal's 第 as \u7b2c, and BY_START goes by the source.)
  { kind: 'enumeration', re: new RegExp('^第([一二三四五六七八九十]{1,3}),(?=[^,])') },
  // 【任务1】, 【1】, 〔任务1〕, 任务1：— an item tagged with its number. A number inside the brackets,
  // never words: 【牵头单位】, 【责任单位】 label a clause, not an item.
  { kind: 'tagged', re: new RegExp(`^【 ?(?:任务 ?)?(\\d{1,3}) ?】`) },
  { kind: 'tagged', re: new RegExp(`^【任务 ?(${N}) ?】`) },
  { kind: 'tagged', re: new RegExp(`^〔任务 ?(\\d{1,3}|${N}) ?〕`) },
  { kind: 'tagged', re: new RegExp(`^任务 ?(\\d{1,3}|${N}) ?:`) },
];

/**
 * The patterns a marker can match by its first character (folded): a line opening with 第 is tried
 * only as 第N编/章/节/条, one opening with a bracket only as (一) or (1), and so on, in the order above.
 */
const BY_START = {
  di: PATTERNS.filter((p) => p.re.source.startsWith('^第')),
  paren: PATTERNS.filter((p) => p.re.source.startsWith('^\\(')),
  digit: PATTERNS.filter((p) => /^\^\(?\\d/.test(p.re.source)),
  enclosed: ENCLOSED_PATTERNS,
  numeral: PATTERNS.filter((p) => p.kind === 'chinese' || (p.kind === 'enumeration' && !p.re.source.startsWith('^第')) || (p.kind === 'paren-chinese' && !p.re.source.startsWith('^\\('))),
  tagged: PATTERNS.filter((p) => p.kind === 'tagged'),
  latin: [LATIN_PATTERNS[0]!, LATIN_PATTERNS[2]!],
  roman: PATTERNS.filter((p) => p.re.source.includes(ROMAN_CHARS)),
};

function patternsFor(first: string): ReadonlyArray<{ kind: OutlineKind; re: RegExp }> {
  if (first === '第') return BY_START.di;
  if (first === '(') return BY_START.paren;
  if (first >= '0' && first <= '9') return BY_START.digit;
  if (first === '【' || first === '〔' || first === '任') return BY_START.tagged;
  if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z' && !ROMAN_START.includes(first))) return BY_START.latin;
  if (ROMAN_START.includes(first)) return BY_START.roman;
  return ENCLOSED.includes(first) ? BY_START.enclosed : BY_START.numeral;
}

const ENCLOSED = CIRCLED + PAREN_DIGITS + DOTTED_DIGITS + PAREN_IDEOGRAPHS;
const LEAD_SPACE = ' \u3000\u00a0';
/** How many spaces of LEAD_SPACE open `text`. */
function leadingSpaces(text: string): number {
  let lead = 0;
  while (lead < text.length && LEAD_SPACE.includes(text[lead] as string)) lead++;
  return lead;
}
/** A Roman numeral's first character, folded (Ⅱ, or I V X in capitals of either width). */
const ROMAN_START = `${ROMAN_CHARS}IVX`;
/** The characters a marker can start with, in either width: 第, an opening bracket, a digit, a letter, a numeral, a circled number, a Roman numeral, 任(务). */
const MARKER_START = new Set([...`第(（﹙【〔任0123456789０１２３４５６７８９abcdefghijklmnopqrstuvwxyzａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚABCDEFGHJKLMNOPQRSTUWYZＡＢＣＤＥＦＧＨＪＫＬＭＮＯＰＱＲＳＴＵＷＹＺ${CHINESE_NUMERAL_CHARS}${ENCLOSED}${ROMAN_START}ＩＶＸ`]);

/**
 * The outline marker a block of text starts with (一、 (一) 1. (1) ① 第一条 一是 【任务1】 Ⅰ、), if any.
 * `bare` also takes a number that is all the block says (1. alone on its line), which the caller
 * must tell from a stray number by what follows it.
 */
export function matchMarker(text: string, bare = false): Marker | null {
  const memo = bare ? BARE_SEEN : SEEN;
  const seen = memo.get(text);
  if (seen !== undefined) return seen;
  const marker = findMarker(text, bare);
  // The parser asks about the same paragraph at several stages (outline, inline items, chapters,
  // annexes): one answer per text. Markers are never mutated by callers, so sharing one is safe;
  // the bound keeps a long batch from growing the memo without end.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, marker);
  return marker;
}

const MEMO_LIMIT = 4096;
const SEEN = new Map<string, Marker | null>();
const BARE_SEEN = new Map<string, Marker | null>();

/**
 * Forgets the answers, once a document is parsed: a paragraph's text is a slice of the document's,
 * and a remembered slice would keep the whole document in memory through a long batch.
 */
export function forgetMarkers(): void {
  SEEN.clear();
  BARE_SEEN.clear();
}

function findMarker(text: string, bare: boolean): Marker | null {
  const lead = leadingSpaces(text);
  // Most blocks are prose: one look at the first character rules them out without any pattern.
  if (!MARKER_START.has(text[lead] as string)) return null;
  // Markers stand at the start and are short: folding a prefix is enough, and keeps this cheap
  // however long the paragraph.
  const f = fold(text.slice(lead, lead + 40));
  const rest = text.length - lead;
  for (const { kind, re } of patternsFor(f[0] as string)) {
    const m = re.exec(f);
    if (!m) continue;
    // Ⅱ is numbered II, as a full-width digit is numbered by its half-width one.
    let number = kind === 'part' ? foldRoman((m[1] as string).trim()) : (m[1] as string).trim();
    let length = m[0].length;
    while (f[length] === ' ') length++;
    const enclosed = number.length === 1 ? enclosedOrdinal(number) : 0;
    // ㈠ is numbered 一 and ① 1, as (一) and (1) are: the glyph stays in the label.
    if (enclosed > 0) number = kind === 'paren-chinese' ? toChineseNumeral(enclosed) : String(enclosed);
    const ordinal = enclosed > 0 ? enclosed : kind === 'decimal' ? Number(number.split('.').pop()) : kind === 'latin' ? number.charCodeAt(0) - (number >= 'a' ? 0x60 : 0x40) : (parseNumeral(number) ?? romanOrdinal(number));
    // A numeral followed by nothing is a stray number (a table cell, a page number), not an item.
    if (length >= rest && !bare && kind !== 'article' && kind !== 'chapter' && kind !== 'section' && kind !== 'part') continue;
    return { kind, number, ordinal, label: text.slice(lead, lead + m[0].length).trim(), length: lead + length };
  }
  return null;
}

export function isOutlineStart(text: string): boolean {
  return matchMarker(text) !== null;
}

/** 1 总体目标: a number of one or two digits, spaces, then a title of 2–25 characters that starts with a word. */
const CHAPTER = new RegExp(`^([1-9]\\d?) +(?!${MEASURE_WORD})(?=[\\u4e00-\\u9fff][^\\s。,.;:!?、]{1,24}$)`);

/**
 * A chapter number without a dot before a heading, as GB/T 1.1 numbers them: `1 总体目标` over
 * `1.1 …`. A short line: the number, a space, and a title of words without sentence punctuation or
 * spaces (`2 万元`, `3 个`, a table row `1 地区生产总值 亿元` are none). Alone such a line could still
 * be a figure or a cell: it is a heading only where the document's decimal items stand under it,
 * which the parser decides (parse/decimal-chapters).
 */
export function matchChapterNumber(text: string): Marker | null {
  const lead = leadingSpaces(text);
  if (!/[1-9１-９]/.test(text[lead] ?? '') || text.length - lead > 40) return null;
  const f = fold(text.slice(lead)).trimEnd();
  const m = CHAPTER.exec(f);
  if (!m) return null;
  const number = m[1] as string;
  return { kind: 'decimal', number, ordinal: Number(number), label: text.slice(lead, lead + number.length), length: lead + m[0].length };
}

/** 7。加强… : a number of one or two digits, the ideographic full stop, then the item's words (never a figure's 3。5). */
const STOP_NUMBER = /^([1-9]\d?) ?[。｡] ?(?=[\u4e00-\u9fff“‘"《(【])/;

/**
 * An item's number written with a full stop, as OCR and some sites copy `7.`: `7。加强要素保障。…`.
 * Alone this is no marker: a line may open with a figure and a full stop, so only the outline, which
 * knows the number the list expects next, can take it as one (see parse/outline's expectedNumber).
 */
export function matchStopNumber(text: string): Marker | null {
  const lead = leadingSpaces(text);
  const first = text.charCodeAt(lead);
  // A digit of either width: most paragraphs are ruled out by their first character.
  if (!((first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19))) return null;
  const f = fold(text.slice(lead, lead + 8));
  const m = STOP_NUMBER.exec(f);
  if (!m) return null;
  const number = m[1] as string;
  let length = m[0].length;
  while (f[length] === ' ') length++;
  return { kind: 'arabic', number, ordinal: Number(number), label: text.slice(lead, lead + m[0].length).trim(), length: lead + length };
}

/** 3、 / 3. right before a digit: the number and its mark, the digit following (a figure's 3.5 reads so too). */
const NUMBER_BEFORE_DIGIT = /^([1-9]\d{0,2}) ?([.、])(?=\d)/;
/** What a title that opens with a figure starts with: the figure's digits, a code's capitals (5G, 4K, 3D), the character after. */
const FIGURE_OPENING = /^(\d{1,6})([A-Z]{0,2})(.?)/;
/** A year opening the title (2024年底前…): a figure before 年 that is no count of years. */
const YEAR_OPENING = /^(?:19|20)\d{2}年/;
/**
 * Characters after a figure that make it a quantity (3、5个, 2、3月份, 3.5亿元), in either script:
 * the measure words, and the words that count periods, grades and numbers (季, 期, 级, 号 …).
 */
const QUANTITY_WORD = new RegExp(`${MEASURE_WORD.slice(0, -1)}億萬個項條張處輛噸畝臺季周週期号號级級届屆轮輪星]`);
/** What may follow a code like 5G in a title: its words, a joining mark or an opening quote or bracket. */
const AFTER_CODE = /[\u4e00-\u9fff+、“"(]/;

/**
 * An item's number right before a title that opens with a figure: `3、5G网络向重点镇延伸`,
 * `3、12345热线提质增效`, `3、2024年底前完成…`, `3.5G网络…`, `3．5G…`. The pattern matchMarker
 * knows takes no digit after the mark, since `3.5亿元` opening a line is a decimal figure; alone
 * this is no marker either, so only the outline, which knows the number the list expects next,
 * can take it as one (see parse/outline's expectedNumber). The title must open as a title does:
 * a code's capitals (5G, 4K), a number that names something (12345热线), or a year before 年; a
 * figure before a measure word (3、5个, 2、3月份, 3.5亿元) is a quantity, never the title. After a
 * point, where a decimal reads as well, a figure of one or two digits before words (3.5平方公里)
 * and more than one capital (3.5GW) are read as the decimal.
 */
export function matchNumberBeforeFigure(text: string): Marker | null {
  const lead = leadingSpaces(text);
  const first = text.charCodeAt(lead);
  if (!((first >= 0x31 && first <= 0x39) || (first >= 0xff11 && first <= 0xff19))) return null;
  const f = fold(text.slice(lead, lead + 24));
  const m = NUMBER_BEFORE_DIGIT.exec(f);
  if (!m) return null;
  const point = m[2] === '.';
  const title = f.slice(m[0].length);
  if (!YEAR_OPENING.test(title)) {
    const [, digits, code, after] = FIGURE_OPENING.exec(title)!;
    if (point && digits!.startsWith('0')) return null;
    if (code) {
      if ((point && code.length > 1) || !AFTER_CODE.test(after!)) return null;
    } else if (!/[\u4e00-\u9fff]/.test(after!) || QUANTITY_WORD.test(after!) || (point && digits!.length < 3)) return null;
  }
  const number = m[1] as string;
  return { kind: 'arabic', number, ordinal: Number(number), label: text.slice(lead, lead + m[0].length), length: lead + m[0].length };
}
