import { CJK, SPACE } from './text-adapter.js';
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

/**
 * Collects the characters of a block from markup (HTML text nodes, Markdown inline nodes), each
 * with its place in the source, and applies the whitespace rules both formats share with the text
 * adapter: runs of ASCII whitespace collapse to one space; a run that contains a line break is a
 * wrapped line and disappears next to a Han character or full-width punctuation, so wrapped
 * Chinese is joined without spaces; no-break, em, en and ideographic spaces are content and stay
 * (they pad labels such as 名&emsp;&emsp;称) except at the edges of the block.
 */
export class InlineText {
  #chars: string[] = [];
  #starts: number[] = [];
  #ends: number[] = [];
  #inLink: boolean[] = [];
  #pending: { start: number; lineBreak: boolean } | null = null;

  /** Appends one character (one UTF-16 unit) that came from source offsets [start, end). */
  char(c: string, start: number, end: number, inLink = false): void {
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      this.space(start, c === '\n' || c === '\r');
      return;
    }
    const pending = this.#pending;
    this.#pending = null;
    const prev = this.#chars[this.#chars.length - 1];
    if (pending && prev !== undefined && !(pending.lineBreak && (CJK.test(prev) || CJK.test(c)))) {
      this.#push(' ', pending.start, pending.start + 1, inLink);
    }
    this.#push(c, start, end, inLink);
  }

  /** Whitespace at a source offset; `lineBreak` when it is (or contains) a line break. */
  space(start: number, lineBreak: boolean): void {
    if (this.#pending) this.#pending.lineBreak ||= lineBreak;
    else this.#pending = { start, lineBreak };
  }

  /** Appends a stretch of source text character by character. */
  verbatim(text: string, start: number, inLink = false): void {
    for (let i = 0; i < text.length; i++) this.char(text[i] as string, start + i, start + i + 1, inLink);
  }

  get empty(): boolean {
    return this.#chars.every((c) => SPACE.test(c));
  }

  /** Returns the collected text without the spaces at its edges, and starts afresh; null if blank. */
  take(): InlineResult | null {
    const chars = this.#chars;
    let a = 0;
    let b = chars.length;
    while (a < b && SPACE.test(chars[a] as string)) a++;
    while (b > a && SPACE.test(chars[b - 1] as string)) b--;
    let result: InlineResult | null = null;
    if (a < b) {
      // Anchors as AnchoredText would make them appending one character at a time, built in one
      // pass: a new anchor wherever a character does not follow on from the one before.
      const anchors: OffsetAnchor[] = [];
      const starts = this.#starts;
      let expected = -1;
      let links = 0;
      for (let i = a; i < b; i++) {
        const start = starts[i] as number;
        if (start !== expected) anchors.push({ text: i - a, source: start });
        expected = start + 1;
        if (this.#inLink[i]) links++;
      }
      const text = (a === 0 && b === chars.length ? chars : chars.slice(a, b)).join('');
      result = { text, anchors, start: starts[a] as number, end: this.#ends[b - 1] as number, linkShare: links / (b - a) };
    }
    this.#chars = [];
    this.#starts = [];
    this.#ends = [];
    this.#inLink = [];
    this.#pending = null;
    return result;
  }

  #push(c: string, start: number, end: number, inLink: boolean): void {
    this.#chars.push(c);
    this.#starts.push(start);
    this.#ends.push(end);
    this.#inLink.push(inLink);
  }
}

/** A character reference at the start of a string: &name; &#123; &#x1F; (the semicolon may be missing). */
export const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)/;
