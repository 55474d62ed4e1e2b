import type { OutlineNode, Responsibility } from '../model/types.js';
import { parseNumeral } from '../text/chinese-numeral.js';
import type { Item, ParseContext } from './context.js';

/** A paragraph of an item, with where its own text starts in its block (after the item's marker). */
export interface ItemParagraph {
  item: Item;
  from: number;
  /** Where the paragraph's own text ends: before the item's responsibility clause, if it closes it. */
  to?: number;
}

// 一是 … ;二是 … inside a sentence: the marker follows the start or a punctuation mark, so 统一是 or
// 其一是 are not markers; or the clause that closed the one before (…。（牵头单位：A）二是…). Runs on
// the folded copy, where , ; : ( ) are half-width.
// 第一，…；第二，… is the same enumeration, its numbers set off by a comma. A half-width stop ends a
// sentence too (抓好粮食生产.一是…), but not after a digit, where it is a decimal's point or a number's.
const INLINE = /(^|[。;,:!?)】]|(?<![\d.])\.)\s*(?:([一二三四五六七八九十]{1,2})是(?!是)|第([一二三四五六七八九十]{1,2}),)/g;

interface Hit {
  at: number;
  end: number;
  number: string;
}

/** An enumeration's own clause: it closes the text at `open`, or (opening it) the text starts at `after`. */
export interface EnumerationClause {
  responsibility: Responsibility;
  open: number;
  after?: number;
}

/** The 一是/二是/三是 markers of a paragraph, when they count up from 一 (at least two of them). */
function inlineMarkers(match: string, from: number): Hit[] {
  const hits: Hit[] = [];
  if (!mayEnumerateInline(match, from)) return hits;
  INLINE.lastIndex = from;
  let style = '';
  let last = 0;
  let skipped = false;
  for (let m = INLINE.exec(match); m; m = INLINE.exec(match)) {
    const number = (m[2] ?? m[3]) as string;
    // 一是 numbers its items, or 第一， does: one style a run.
    const written = m[2] ? '是' : '第';
    const at = m[2] ? m.index + m[0].length - number.length - 1 : m.index + m[0].length - number.length - 2;
    const ordinal = parseNumeral(number) ?? 0;
    // 一是…；三是…: one number left out is still the run's next item (validate's outline-sequence says
    // it skips one), not the end of the enumeration with the rest of it read as text.
    const skip = last > 0 && !skipped && ordinal === last + 2;
    if ((ordinal !== last + 1 && !skip) || (last > 0 && written !== style)) {
      if (hits.length >= 2) break;
      hits.length = 0;
      last = 0;
      skipped = false;
      if (ordinal !== 1) continue;
    } else if (skip) skipped = true;
    style = written;
    last = ordinal;
    hits.push({ at, end: m.index + m[0].length, number });
  }
  return hits.length >= 2 ? hits : [];
}

/**
 * Whether a paragraph may hold an inline enumeration from `from` on: every one starts at 一是 or
 * 第一，, and most paragraphs have neither — the cheap test before any pattern.
 */
export function mayEnumerateInline(match: string, from = 0): boolean {
  return match.indexOf('一是', from) >= 0 || match.indexOf('第一,', from) >= 0;
}

/** Whether a paragraph runs through an enumeration of its own (一是…；二是…；三是…). */
export function enumeratesInline(match: string): boolean {
  return inlineMarkers(match, 0).length >= 2;
}

/**
 * Enumerations written inside a paragraph (一是加强组织领导；二是…；三是…) become items of kind
 * `enumeration` under the item they stand in, as 一是 paragraphs of their own do.
 */
export function inlineEnumerations(
  ctx: ParseContext,
  parent: OutlineNode,
  paragraphs: ItemParagraph[],
  /**
   * Reads the clause of an enumeration's text (between `from` and `to` of the block): one that ends it,
   * with where it opens, or one that opens it (一是区科技局牵头，实施…), with where the text after it starts.
   */
  clauseOf?: (item: Item, from: number, to: number) => EnumerationClause | null,
): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const { item, from, to } of paragraphs) {
    const limit = to ?? item.text.length;
    const hits = inlineMarkers(item.match.slice(0, limit), from);
    hits.forEach((hit, k) => {
      const next = hits[k + 1];
      let end = next ? next.at : limit;
      // The segment ends before the punctuation that separates it from the next marker.
      while (end > hit.end && /[\s;；,，。.]/.test(item.match[end - 1] as string)) end--;
      const clause = clauseOf?.(item, hit.end, end) ?? null;
      const responsibility = clause?.responsibility ?? null;
      // Its own clause is not part of what the enumeration says.
      const textFrom = clause?.after ?? hit.end;
      const textEnd = clause ? clause.open : end;
      // …3000户，由A牵头: the comma before a clause that closes the text is none of the text's.
      const text = item.text
        .slice(textFrom, textEnd)
        .replace(/[\s。.]+$/, (m) => (m.includes('。') ? '。' : ''))
        .replace(clause && clause.after === undefined ? /[\s,，、]+$/ : /$^/, '');
      const stop = item.match.slice(textFrom, end).search(/[。;!?]/);
      out.push({
        kind: 'enumeration',
        depth: parent.depth + 1,
        number: hit.number,
        ordinal: parseNumeral(hit.number),
        label: item.text.slice(hit.at, hit.end),
        title: (stop >= 0 ? text.slice(0, stop) : text).trim(),
        text: text.trim(),
        paragraphs: [{ text: text.trim(), position: ctx.spanPosition(item, textFrom, end) }],
        responsibility,
        position: ctx.spanPosition(item, hit.at, end),
        children: [],
        inline: true,
      });
    });
  }
  return out;
}
