import { CELL_UNIT_END } from '../text/body-name-endings.js';
import { SPACE } from './text-adapter.js';
import type { OffsetAnchor } from './types.js';

/** The text of one block or cell, with the source span of each character. */
export interface InlineResult {
  text: string;
  anchors: OffsetAnchor[];
  start: number;
  end: number;
  /** Share of the characters that came from inside links (0–1). */
  linkShare: number;
}

/** Receives text piece by piece: runs copied verbatim from the source, and decoded references. */
export interface TextVisitor {
  /** Text that stands in the source as it is, its first character at offset `start`. */
  run(text: string, start: number): void;
  /** A character a reference (or text past the node's end) produced, from source offsets [start, end). */
  char(c: string, start: number, end: number): void;
}

/** How the name of a body ends (局, 委, 办, 人民政府, 中心, 街道 …), in either script: see CELL_UNIT_END. */
const BODY_NAME_END = CELL_UNIT_END;

/** A body's name with its role after it in brackets (区城管局（牵头）): the cell's next line is another unit. */
const BODY_NAME_MARKED = new RegExp(`${BODY_NAME_END.source.slice(0, -1)}[（(](?:牵头|主责|主办|负责|配合|协办|参与)(?:单位|部门)?[)）]$`);

/** A body's name with its second name in brackets (区科技局（区知识产权局）): the cell's next line is another unit too. */
const BODY_NAME_SECOND = new RegExp(`${BODY_NAME_END.source.slice(0, -1)}[（(〔][^（()）〔〕]{2,20}${BODY_NAME_END.source.slice(0, -1)}[)）〕]$`);

/** ASCII whitespace as markup treats it: collapsible, and a line break when it is \n or \r. */
function isMarkupSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

/**
 * Characters after or before which a line break is not a word space (the text adapter's CJK
 * class, tested on a char code): Han, kana, full-width forms, CJK punctuation, and the dashes,
 * quotes, ellipsis and middle dot that Chinese text sets with them.
 */
function isCjk(code: number): boolean {
  return (
    code === 0x00b7 ||
    (code >= 0x2014 && code <= 0x2026) ||
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/**
 * Collects the characters of a block from markup (HTML text nodes, Markdown inline nodes), each
 * with its place in the source, and applies the whitespace rules both formats share with the text
 * adapter: runs of ASCII whitespace collapse to one space; a run that contains a line break is a
 * wrapped line and disappears next to a Han character or full-width punctuation, so wrapped
 * Chinese is joined without spaces; no-break, em, en and ideographic spaces are content and stay
 * (they pad labels such as 名&emsp;&emsp;称) except at the edges of the block.
 *
 * Text arrives as runs copied from the source (`run`) or as single characters with a span of
 * their own (`char`, for a decoded reference). Runs are kept whole: the anchors, link ranges and
 * spans are worked out per run, not per character, which is what makes a page of text cheap.
 */
export class InlineText implements TextVisitor {
  #text = '';
  #anchors: OffsetAnchor[] = [];
  /** Source offset the next character continues from without a new anchor. */
  #expected = -1;
  /** End offsets of the characters whose span is not one source character (text index → end). */
  #ends = new Map<number, number>();
  /** Text ranges that came from inside links, as flat [from, to) pairs. */
  #links: number[] = [];
  /** Whitespace not yet written; `unitBreak` when a cell's line break after a unit's name keeps it a space. */
  #pending: { start: number; lineBreak: boolean; unitBreak?: true } | null = null;

  /** Appends one character (one UTF-16 unit) that came from source offsets [start, end). */
  char(c: string, start: number, end: number, inLink = false): void {
    const code = c.charCodeAt(0);
    if (isMarkupSpace(code)) {
      this.space(start, code === 0x0a || code === 0x0d);
      return;
    }
    this.#settle(code, inLink);
    this.#append(c, start, inLink);
    if (end !== start + 1) this.#ends.set(this.#text.length - 1, end);
  }

  /** Appends text copied verbatim from the source, its first character at offset `start`. */
  run(text: string, start: number, inLink = false): void {
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isMarkupSpace(code)) {
        if (i === from) this.#settle(code, inLink);
        continue;
      }
      if (i > from) this.#append(text.slice(from, i), start + from, inLink);
      this.space(start + i, code === 0x0a || code === 0x0d);
      from = i + 1;
    }
    if (from < text.length) this.#append(from === 0 ? text : text.slice(from), start + from, inLink);
  }

  /** Whitespace at a source offset; `lineBreak` when it is (or contains) a line break. */
  space(start: number, lineBreak: boolean): void {
    if (this.#pending) this.#pending.lineBreak ||= lineBreak && !this.#pending.unitBreak;
    else this.#pending = { start, lineBreak };
  }

  /**
   * A line break inside a table cell (<br>, or a paragraph of the cell). Mostly a wrapped line, so
   * it disappears between Han characters (研发支出与 / 地区生产总值); after the name of a body it
   * stays a space, since cells list their units one per line (区住建局 / 区城管局, and after a second
   * name in brackets: 区科技局（区知识产权局） / 区金融局).
   */
  cellBreak(start: number): void {
    if (this.lineBreaks) {
      this.#unitLineBreak(start, this.lineBreaks);
      return;
    }
    const tail = this.#text.slice(-4);
    const unit = BODY_NAME_END.test(tail) || BODY_NAME_MARKED.test(this.#text.slice(-14)) || (/[)）〕]$/.test(tail) && BODY_NAME_SECOND.test(this.#text.slice(-30)));
    // The source's own line break next to a <br/> (…局<br/>⏎区金融局) is the same break: it does not join the units.
    if (!unit) this.space(start, true);
    else if (this.#pending) this.#pending = { ...this.#pending, lineBreak: false, unitBreak: true };
    else this.#pending = { start, lineBreak: false, unitBreak: true };
  }

  /**
   * How a cell of units breaks its lines (see unitCellLines): given the ordinal of each line break
   * (breaks with no text between them are one), true where the break parts two units, false where it
   * joins a name wrapped inside a word. Null for any other cell, read by the endings of its names.
   */
  lineBreaks: ((ordinal: number) => boolean) | null = null;
  /** Where each line break of a cell read with lineBreaks fell in the text: the lines' starts. */
  readonly breakAt: number[] = [];

  #unitLineBreak(start: number, parts: (ordinal: number) => boolean): void {
    const at = this.#text.length;
    if (at === 0 || this.breakAt[this.breakAt.length - 1] === at) return;
    this.breakAt.push(at);
    if (!parts(this.breakAt.length - 1)) this.space(start, true);
    else if (this.#pending) this.#pending = { ...this.#pending, lineBreak: false, unitBreak: true };
    else this.#pending = { start, lineBreak: false, unitBreak: true };
  }

  /** The last character collected so far ('' before any): what a superscript next stands after (see superscriptKind). */
  get last(): string {
    return this.#text.slice(-1);
  }

  get empty(): boolean {
    for (let i = 0; i < this.#text.length; i++) if (!SPACE.test(this.#text[i] as string)) return false;
    return true;
  }

  /** Returns the collected text without the spaces at its edges, and starts afresh; null if blank. */
  take(): InlineResult | null {
    const all = this.#text;
    let a = 0;
    let b = all.length;
    while (a < b && SPACE.test(all[a] as string)) a++;
    while (b > a && SPACE.test(all[b - 1] as string)) b--;
    const result = a < b ? this.#slice(a, b) : null;
    this.#text = '';
    this.#anchors = [];
    this.#expected = -1;
    this.#ends = new Map();
    this.#links = [];
    this.#pending = null;
    return result;
  }

  /** Text [a, b) with its anchors (the first at its start), span and link share. */
  #slice(a: number, b: number): InlineResult {
    const all = this.#anchors;
    let k = 0;
    while (k + 1 < all.length && (all[k + 1] as OffsetAnchor).text <= a) k++;
    const first = all[k] as OffsetAnchor;
    const anchors: OffsetAnchor[] = [{ text: 0, source: first.source + (a - first.text) }];
    for (k++; k < all.length && (all[k] as OffsetAnchor).text < b; k++) {
      const anchor = all[k] as OffsetAnchor;
      anchors.push({ text: anchor.text - a, source: anchor.source });
    }
    const last = anchors[anchors.length - 1] as OffsetAnchor;
    const end = this.#ends.get(b - 1) ?? last.source + (b - 1 - a - last.text) + 1;
    let links = 0;
    for (let i = 0; i < this.#links.length; i += 2) {
      links += Math.max(0, Math.min(b, this.#links[i + 1] as number) - Math.max(a, this.#links[i] as number));
    }
    const text = a === 0 && b === this.#text.length ? this.#text : this.#text.slice(a, b);
    return { text, anchors, start: (anchors[0] as OffsetAnchor).source, end, linkShare: links / (b - a) };
  }

  /**
   * Before a character that is not markup whitespace: the whitespace pending before it becomes
   * one space, unless it is a line break beside Chinese text (a wrapped line) or at the start.
   */
  #settle(code: number, inLink: boolean): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    const text = this.#text;
    if (text.length === 0) return;
    if (pending.lineBreak && (isCjk(text.charCodeAt(text.length - 1)) || isCjk(code))) return;
    this.#append(' ', pending.start, inLink);
  }

  /** Appends characters from consecutive source offsets starting at `start`. */
  #append(piece: string, start: number, inLink: boolean): void {
    const at = this.#text.length;
    if (start !== this.#expected) this.#anchors.push({ text: at, source: start });
    this.#expected = start + piece.length;
    this.#text += piece;
    if (!inLink) return;
    const links = this.#links;
    if (links.length > 0 && links[links.length - 1] === at) links[links.length - 1] = at + piece.length;
    else links.push(at, at + piece.length);
  }
}

/** A character reference at the start of a string: &name; &#123; &#x1F; (the semicolon may be missing). */
export const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)/;
