import { sourceOffset } from '../source/anchors.js';
import type { Block } from '../source/types.js';
import { CHINESE_NUMERAL_CHARS, parseNumeral } from '../text/chinese-numeral.js';
import type { Item } from './context.js';
import { itemMarker } from './decimal-chapters.js';
import { labelStarts } from './responsibility.js';

// Brackets and quotes, folded: a marker inside them is quoted or cited, never an item of its own.
const OPENERS = '([【“‘「『《〔';
const CLOSERS = ')]】”’」』》〕';

/**
 * Where the item that follows an item's own marker on the same line starts ((一)加强组织领导。(二)加强
 * 督促考核。), or -1. Only the next number of the same bracketed style counts ((一) → (二), (1) → (2)),
 * and only right after a sentence's end (。 or ;) or after the responsibility clause that closes the
 * item ((一)…。(牵头单位:A)(二)…), outside any bracket or quotation: (二) elsewhere in a sentence
 * refers to an item, it does not open one.
 */
export function nextInlineItem(match: string, from: number, kind: 'paren-chinese' | 'paren-arabic', ordinal: number): number {
  if (match.indexOf('(', from) < 0) return -1;
  let depth = 0;
  // Where the bracket that is open at depth 1 opened, to tell a closing clause.
  let opened = -1;
  // Where the last sentence ended or the last closing clause closed, at depth 0.
  let boundary = -1;
  for (let i = from; i < match.length; i++) {
    const ch = match[i] as string;
    if (OPENERS.includes(ch)) {
      if (depth === 0) {
        if (ch === '(' && boundary === i && markerAt(match, i, kind) === ordinal + 1) return i;
        opened = i;
      }
      depth++;
      continue;
    }
    if (CLOSERS.includes(ch)) {
      if (depth > 0) depth--;
      // (牵头单位:A) that closes the item, after its last sentence.
      if (depth === 0 && ch === ')' && opened >= 0 && isClause(match.slice(opened + 1, i)) && endsSentence(match, opened)) boundary = skipSpace(match, i + 1);
      continue;
    }
    if (depth === 0 && (ch === '。' || ch === ';')) boundary = skipSpace(match, i + 1);
  }
  return -1;
}

function skipSpace(match: string, at: number): number {
  while (match[at] === ' ') at++;
  return at;
}

function endsSentence(match: string, at: number): boolean {
  let k = at - 1;
  while (match[k] === ' ') k--;
  return match[k] === '。' || match[k] === ';';
}

function isClause(inner: string): boolean {
  return labelStarts(inner.trim())[0] === 0;
}

const CHINESE_AT = new RegExp(`^\\( ?([${CHINESE_NUMERAL_CHARS}]{1,3}) ?\\)`);
const ARABIC_AT = /^\( ?(\d{1,2}) ?\)/;

/** The number of a (二) or (2) of the style given that starts at `at`, or null. */
function markerAt(match: string, at: number, kind: 'paren-chinese' | 'paren-arabic'): number | null {
  const m = (kind === 'paren-chinese' ? CHINESE_AT : ARABIC_AT).exec(match.slice(at, at + 8));
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
    const parts = item.block.kind === 'paragraph' && !item.block.bullet ? splitItem(item) : null;
    if (parts) out ??= items.slice(0, k);
    if (out) out.push(...(parts ?? [item]));
  }
  return out ?? (items as Item[]);
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
    let end = at;
    while (end > 0 && /\s/.test(rest.text[end - 1] as string)) end--;
    parts.push(slice(rest, 0, end));
    rest = slice(rest, at, rest.text.length);
  }
  if (parts.length === 0) return null;
  parts.push(rest);
  return parts;
}

function slice(item: Item, from: number, to: number): Item {
  return { index: item.index, block: sliceBlock(item.block, from, to), text: item.text.slice(from, to), match: item.match.slice(from, to) };
}
