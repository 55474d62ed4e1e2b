import { sourceOffset } from '../source/anchors.js';
import type { Block } from '../source/types.js';
import { CHINESE_NUMERAL_CHARS, parseNumeral } from '../text/chinese-numeral.js';
import { CIRCLED, DOTTED_DIGITS, PAREN_DIGITS } from '../text/markers.js';
import type { Item } from './context.js';
import { itemMarker } from './decimal-chapters.js';
import { labelStarts } from './responsibility.js';

type InlineKind = 'paren-chinese' | 'paren-arabic' | 'arabic';

/**
 * Where the item that follows an item's own marker on the same line starts ((一)加强组织领导。(二)加强
 * 督促考核。), or -1. Only the next number of the same style counts ((一) → (二), (1) → (2), 1. → 2.),
 * and only right after a sentence's end (。 or ;) or after the responsibility clause that closes the
 * item ((一)…。(牵头单位:A)(二)…), outside any bracket or quotation: (二) elsewhere in a sentence
 * refers to an item, it does not open one, and 2.5万 or 2023.9 are figures, not numbers of items.
 */
export function nextInlineItem(match: string, from: number, kind: InlineKind, ordinal: number): number {
  if (kind !== 'arabic' && match.indexOf('(', from) < 0) return -1;
  // Most items hold no second number at all: one native search spares them the scan below.
  if (kind === 'arabic') {
    ARABIC_ANYWHERE.lastIndex = from;
    if (!ARABIC_ANYWHERE.test(match)) return -1;
  }
  let depth = 0;
  // Where the bracket that is open at depth 1 opened, to tell a closing clause.
  let opened = -1;
  // Where the last sentence ended or the last closing clause closed, at depth 0.
  let boundary = -1;
  // Char codes, not one-character strings: every CJK character read as match[i] is a new string
  // for the garbage collector, and this loop reads every character of every item.
  for (let i = from; i < match.length; i++) {
    const code = match.charCodeAt(i);
    if (depth === 0 && boundary === i && markerAt(match, i, kind) === ordinal + 1) return i;
    if (isOpener(code)) {
      if (depth === 0) opened = i;
      depth++;
      continue;
    }
    if (isCloser(code)) {
      if (depth > 0) depth--;
      // (牵头单位:A) that closes the item, after its last sentence; or right before the item's next
      // number (1.培育…(牵头单位:A)2.发展…), which ends the item whether a stop stood before it or not.
      if (depth === 0 && code === CLOSE_PAREN && opened >= 0 && (ordinal > 0 || endsSentence(match, opened)) && isClause(match.slice(opened + 1, i))) boundary = skipSpace(match, i + 1);
      continue;
    }
    if (depth === 0 && (code === FULL_STOP || code === SEMICOLON || isHalfStop(match, i))) boundary = skipSpace(match, i + 1);
  }
  return -1;
}

// Brackets and quotes, folded: a marker inside them is quoted or cited, never an item of its own.
// Switches, not a Set of codes: V8 turns these into a few comparisons, four times as fast in this loop.
function isOpener(code: number): boolean {
  switch (code) {
    case 0x28: // (
    case 0x5b: // [
    case 0x3010: // 【
    case 0x201c: // “
    case 0x2018: // ‘
    case 0x300c: // 「
    case 0x300e: // 『
    case 0x300a: // 《
    case 0x3014: // 〔
      return true;
    default:
      return false;
  }
}

function isCloser(code: number): boolean {
  switch (code) {
    case 0x29: // )
    case 0x5d: // ]
    case 0x3011: // 】
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x300d: // 」
    case 0x300f: // 』
    case 0x300b: // 》
    case 0x3015: // 〕
      return true;
    default:
      return false;
  }
}

const CLOSE_PAREN = 0x29;
const FULL_STOP = 0x3002;
const SEMICOLON = 0x3b;

function skipSpace(match: string, at: number): number {
  while (match[at] === ' ') at++;
  return at;
}

function endsSentence(match: string, at: number): boolean {
  let k = at - 1;
  while (match[k] === ' ') k--;
  return match[k] === '。' || match[k] === ';' || isHalfStop(match, k);
}

/**
 * A half-width full stop that ends a sentence (发展乡村旅游.): after words, not after a digit or a
 * Latin letter, where it is a decimal's point (2.5万), a date's (2023.9) or an address's.
 */
function isHalfStop(match: string, at: number): boolean {
  if (match.charCodeAt(at) !== 0x2e || at === 0) return false;
  const before = match.charCodeAt(at - 1);
  return before > 0x7f || before === CLOSE_PAREN;
}

function isClause(inner: string): boolean {
  return labelStarts(inner.trim())[0] === 0;
}

const CHINESE_AT = new RegExp(`^\\( ?([${CHINESE_NUMERAL_CHARS}]{1,3}) ?\\)`);
const PAREN_ARABIC_AT = /^\( ?(\d{1,3}) ?\)/;
// 2.建设… but not 2.5万 or 2023.9: no digit after the dot, and words (or a quote) after it.
// Anything ARABIC_AT could match, searched from a position on.
const ARABIC_ANYWHERE = /\d ?[.、]/g;
const ARABIC_AT = /^(\d{1,3}) ?[.、] ?(?=[\u4e00-\u9fff“‘"《【(])/;
const AT: Record<InlineKind, RegExp> = { 'paren-chinese': CHINESE_AT, 'paren-arabic': PAREN_ARABIC_AT, arabic: ARABIC_AT };

/** The number of a (二), (2) or 2. of the style given that starts at `at`, or null. */
function markerAt(match: string, at: number, kind: InlineKind): number | null {
  const m = AT[kind].exec(match.slice(at, at + 8));
  if (!m) return null;
  return kind === 'paren-chinese' ? parseNumeral(m[1] as string) : Number(m[1]);
}

/** The block's text from `from` to `to`, its anchors and span following it. */
function sliceBlock(block: Block, from: number, to: number): Block {
  const anchors = [
    { text: 0, source: sourceOffset(block.anchors, from) },
    ...block.anchors.filter((a) => a.text > from && a.text < to).map((a) => ({ text: a.text - from, source: a.source })),
  ];
  const start = from === 0 ? block.start : sourceOffset(block.anchors, from);
  const end = to >= block.text.length ? block.end : sourceOffset(block.anchors, to - 1) + 1;
  return { ...block, text: block.text.slice(from, to), anchors, start, end };
}

/**
 * Items written one after another on one line ((一)加强组织领导。(二)加强督促考核。) become items of
 * their own, as they would on lines of their own. Each keeps the block's index (what the block was
 * claimed as is the line's) and positions into its own part of the line.
 */
export function splitInlineItems(items: readonly Item[]): Item[] {
  let out: Item[] | null = null;
  for (const [k, item] of items.entries()) {
    const parts = item.block.kind === 'paragraph' && !item.block.bullet ? splitHeading(item, items[k + 1]) ?? splitItem(item) : null;
    if (parts) out ??= items.slice(0, k);
    if (out) out.push(...(parts ?? [item]));
  }
  return out ?? (items as Item[]);
}

// A heading's title: a few words up to the full stop that ends them, no clause or comma inside.
const HEADING_TITLE = /^[^。.,;:!?()“”"]{2,24}[。.] ?/;
const FIRST_SUB = /^(?:\( ?1 ?\)|①)/;
const SECOND_SUB: Record<string, RegExp> = { '(': /^\s*\( ?2 ?\)/, '①': /^\s*②/ };

/**
 * A heading and the first item under it run together on one line (1.加强改厕质量管控。（1）严格执行…),
 * as two lines: the heading's short title ends at its full stop, (1) or ① follows at once, and the
 * next line goes on with (2) or ②. A (1) that a sentence goes on after, or that no (2) line follows,
 * is the line's own words.
 */
export function splitHeading(item: Item, next: Item | undefined): Item[] | null {
  if (!next || next.block.kind !== 'paragraph') return null;
  const marker = itemMarker(item);
  if (!marker || marker.kind !== 'arabic' || item.chapter) return null;
  const title = HEADING_TITLE.exec(item.match.slice(marker.length));
  if (!title) return null;
  const at = marker.length + title[0].length;
  const sub = FIRST_SUB.exec(item.match.slice(at));
  if (!sub) return null;
  if (!SECOND_SUB[sub[0][0] as string]!.test(next.match)) return null;
  const rest = slice(item, at, item.text.length);
  return [cut(item, at), ...(splitItem(rest) ?? [rest])];
}

function splitItem(item: Item): Item[] | null {
  const parts: Item[] = [];
  let rest = item;
  for (;;) {
    const marker = itemMarker(rest);
    if (!marker || (marker.kind !== 'paren-chinese' && marker.kind !== 'paren-arabic') || marker.ordinal === null) break;
    // (1) but not 1) : the bracketed style only.
    if (!/^[(（﹙]/.test(marker.label)) break;
    const at = nextInlineItem(rest.match, marker.length, marker.kind, marker.ordinal);
    if (at < 0) break;
    parts.push(cut(rest, at));
    rest = slice(rest, at, rest.text.length);
  }
  parts.push(rest);
  const out = parts.flatMap(splitArabic).flatMap(splitCircled);
  return out.length > 1 ? out : null;
}

// The first of each run of enclosed numbers Word writes as one character: ① ⑴ ⒈ (each set counts up by one code).
const ENCLOSED_ONES = [CIRCLED, PAREN_DIGITS, DOTTED_DIGITS].map((set) => set.charCodeAt(0));
const COLON = 0x3a;

/** The code of the ① ⑴ or ⒈ that starts the set `code` belongs to, or -1. */
function enclosedSet(code: number): number {
  for (const one of ENCLOSED_ONES) if (code >= one && code < one + 20) return one;
  return -1;
}

/** An enclosed number at an offset of the folded line: its ordinal in its run's style and its length. */
type RunNumber = (match: string, at: number) => { ordinal: number; length: number } | null;

/** A number of the enclosed set that starts at `one` (① ⑴ ⒈), one character each. */
function enclosedNumber(one: number): RunNumber {
  return (match, at) => {
    const code = match.charCodeAt(at);
    return code >= one && code < one + 20 ? { ordinal: code - one + 1, length: 1 } : null;
  };
}

/** A number in round brackets, (1) (2), as a writer without Word's enclosed numbers types it. */
const parenNumber: RunNumber = (match, at) => {
  if (match.charCodeAt(at) !== 0x28) return null;
  const m = PAREN_ARABIC_AT.exec(match.slice(at, at + 7));
  return m ? { ordinal: Number(m[1]), length: m[0].length } : null;
};

/**
 * Where the ① ② ③ (or ⑴ ⑵, ⒈ ⒉, or (1) (2) typed in brackets) run on in an item's line start, when
 * each closes with a clause of its own ((1)开展以旧换新:①对…(责任单位:A、B);②对…(责任单位:A)。 /
 * 1.实施…工程。(1)新建…(牵头单位:A);(2)推进…(牵头单位:B)。): then they are measures, each with its
 * units, as on lines of their own. The first follows a sentence's end, a colon or a closing clause; each next
 * number follows the clause that closed the one before, and the last closes with one too. A run that
 * a clause after it covers (①…;②…。(责任单位:A)) or that names no units is the item's own words: [].
 * `opened` is the ordinal of the line's own marker when it is one of ① ⑴ ⒈ (①…(A);②…(B)), else null;
 * `ownParen` says the line's own marker is a (1) of that style, whose next numbers are read elsewhere.
 */
export function circledRun(match: string, from: number, opened: number | null, ownParen = false): number[] {
  // The set the run is written in: the line's own marker's, or the first one found after it.
  let one = opened === 1 ? enclosedSet(match.charCodeAt(ownMarkerEnd(match, from))) : -1;
  if (opened === 1) {
    if (one < 0 || match.indexOf(String.fromCharCode(one + 1), from) < 0) return [];
    // The line's own ① counts as the first.
    return runOf(match, from, enclosedNumber(one), 1);
  }
  let first = -1;
  for (const code of ENCLOSED_ONES) {
    const at = match.indexOf(String.fromCharCode(code), from);
    if (at >= 0 && (first < 0 || at < first)) {
      first = at;
      one = code;
    }
  }
  // (1) typed in brackets, tried first when it comes before any enclosed number (most lines have none);
  // a (1) that opens no run may still stand over a ① run of its own.
  const paren = ownParen ? -1 : firstParenOne(match, from);
  const typed = paren >= 0 && (first < 0 || paren < first) ? runOf(match, from, parenNumber, 0) : [];
  if (typed.length > 0 || one < 0) return typed;
  return runOf(match, from, enclosedNumber(one), 0);
}

/** The run of numbers read by `numberAt` (see circledRun); `before` counts the line's own first one. */
function runOf(match: string, from: number, numberAt: RunNumber, before: number): number[] {
  const hits: number[] = [];
  let depth = 0;
  let bracket = -1;
  // Where the last sentence ended (or a colon stood) and where the last closing clause closed, at depth 0.
  let boundary = -1;
  let clauseEnd = -1;
  for (let i = from; i < match.length; i++) {
    const code = match.charCodeAt(i);
    const number = depth === 0 && i === boundary ? numberAt(match, i) : null;
    if (number) {
      if (number.ordinal !== before + hits.length + 1) break;
      // ② and after: only right after the clause that closed the one before.
      if (number.ordinal > 1 && clauseEnd !== i) return [];
      hits.push(i);
      i += number.length - 1;
      continue;
    }
    if (isOpener(code)) {
      if (depth === 0) bracket = i;
      depth++;
      continue;
    }
    if (isCloser(code)) {
      if (depth > 0) depth--;
      if (depth === 0 && code === CLOSE_PAREN && bracket >= 0 && isClause(match.slice(bracket + 1, i))) {
        clauseEnd = skipSeparator(match, i + 1);
        boundary = clauseEnd;
      }
      continue;
    }
    if (depth === 0 && (code === FULL_STOP || code === SEMICOLON || code === COLON)) boundary = skipSpace(match, i + 1);
  }
  if (before + hits.length < 2) return [];
  // The last one's clause ends the line (but for the stop after it).
  const last = hits[hits.length - 1] as number;
  return clauseEnd > last && clauseEnd >= match.length ? hits : [];
}

/** Where the first (1) after `from` stands, or -1. */
function firstParenOne(match: string, from: number): number {
  for (let at = match.indexOf('(', from); at >= 0; at = match.indexOf('(', at + 1)) if (parenNumber(match, at)?.ordinal === 1) return at;
  return -1;
}

/** Where the last character of the marker that ends (with spaces after it) at `from` stands. */
function ownMarkerEnd(match: string, from: number): number {
  let k = from - 1;
  while (k > 0 && match[k] === ' ') k--;
  return k;
}

/** Past the stop and spaces after a closing clause: (牵头单位:A); ② and (牵头单位:A)② alike. */
function skipSeparator(match: string, at: number): number {
  at = skipSpace(match, at);
  const code = match.charCodeAt(at);
  if (code === FULL_STOP || code === SEMICOLON || code === 0x2c /* , */) at = skipSpace(match, at + 1);
  return at;
}

function isEnclosed(label: string): boolean {
  return label.length === 1 && enclosedSet(label.charCodeAt(0)) >= 0;
}

/** ①…(责任单位:A);②…(责任单位:B) run on after an item's heading or sentence, as items of their own. */
function splitCircled(item: Item): Item[] {
  const marker = itemMarker(item);
  if (!marker) return [item];
  const hits = circledRun(item.match, marker.length, isEnclosed(marker.label) ? marker.ordinal : null, marker.kind === 'paren-arabic');
  if (hits.length === 0) return [item];
  const parts: Item[] = [];
  let start = 0;
  for (const at of hits) {
    // A line that opens with its ① is the first item itself, not a heading before it.
    if (at > start) parts.push(cut(slice(item, start, item.text.length), at - start));
    start = at;
  }
  parts.push(slice(item, start, item.text.length));
  for (const part of parts.slice(parts.length - hits.length)) RUN_ON.add(part);
  return parts;
}

/** The measures a run split off their item's line (see circledRun). */
const RUN_ON = new WeakSet<Item>();

/** Whether an item is a measure of a run on its item's line (1.…。(1)…(A);(2)…(B)), not a line of its own. */
export function isRunOnMeasure(item: Item): boolean {
  return RUN_ON.has(item);
}

/**
 * 1.…。2.…。 run on in one line, as items of their own: after the line's own 1. (1.推动…。2.建设…),
 * or under the (一) or 一、 that opens the line ((一)实施…工程。1.推动…。(牵头单位:A)2.建设…). Under a
 * heading the run must start at 1. and go on to 2., each after a sentence's end or a closing clause:
 * a lone 1. after a sentence may be anything, a run counting up is a list.
 */
function splitArabic(item: Item): Item[] {
  const marker = itemMarker(item);
  if (!marker) return [item];
  const parts: Item[] = [];
  let rest = item;
  let from = marker.length;
  let ordinal: number;
  if (marker.kind === 'arabic' && marker.ordinal !== null) ordinal = marker.ordinal;
  else if (marker.kind === 'chinese' || marker.kind === 'paren-chinese') {
    const first = nextInlineItem(item.match, marker.length, 'arabic', 0);
    if (first < 0) return [item];
    const head = itemMarker(slice(item, first, item.text.length));
    if (!head || nextInlineItem(item.match, first + head.length, 'arabic', 1) < 0) return [item];
    parts.push(cut(item, first));
    rest = slice(item, first, item.text.length);
    from = head.length;
    ordinal = 1;
  } else return [item];
  for (;;) {
    const at = nextInlineItem(rest.match, from, 'arabic', ordinal);
    if (at < 0) break;
    parts.push(cut(rest, at));
    rest = slice(rest, at, rest.text.length);
    from = itemMarker(rest)?.length ?? 0;
    ordinal++;
  }
  parts.push(rest);
  return parts;
}

/** The item's part before `at`, without the space that separates it from what follows. */
function cut(item: Item, at: number): Item {
  let end = at;
  while (end > 0 && /\s/.test(item.text[end - 1] as string)) end--;
  return slice(item, 0, end);
}

function slice(item: Item, from: number, to: number): Item {
  return { index: item.index, block: sliceBlock(item.block, from, to), text: item.text.slice(from, to), match: item.match.slice(from, to) };
}
