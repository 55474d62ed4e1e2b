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
const INLINE = /(^|[。;,:!?)】])\s*([一二三四五六七八九十]{1,2})是(?!是)/g;

interface Hit {
  at: number;
  end: number;
  number: string;
}

/** The 一是/二是/三是 markers of a paragraph, when they count up from 一 (at least two of them). */
function inlineMarkers(match: string, from: number): Hit[] {
  const hits: Hit[] = [];
  // Every enumeration starts at 一是; most paragraphs have none, and this is the cheap test.
  if (match.indexOf('一是', from) < 0) return hits;
  INLINE.lastIndex = from;
  for (let m = INLINE.exec(match); m; m = INLINE.exec(match)) {
    const at = m.index + m[0].length - (m[2] as string).length - 1;
    const number = m[2] as string;
    if (parseNumeral(number) !== hits.length + 1) {
      if (hits.length >= 2) break;
      hits.length = 0;
      if (parseNumeral(number) !== 1) continue;
    }
    hits.push({ at, end: at + number.length + 1, number });
  }
  return hits.length >= 2 ? hits : [];
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
  /** Reads the clause that ends an enumeration's text (between `from` and `to` of the block), and where it opens. */
  clauseOf?: (item: Item, from: number, to: number) => { responsibility: Responsibility; open: number } | null,
): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const { item, from, to } of paragraphs) {
    const limit = to ?? item.text.length;
    const hits = inlineMarkers(item.match.slice(0, limit), from);
    hits.forEach((hit, k) => {
      const next = hits[k + 1];
      let end = next ? next.at : limit;
      // The segment ends before the punctuation that separates it from the next marker.
      while (end > hit.end && /[\s;；,，。]/.test(item.match[end - 1] as string)) end--;
      const clause = clauseOf?.(item, hit.end, end) ?? null;
      const responsibility = clause?.responsibility ?? null;
      // Its own clause is not part of what the enumeration says.
      const textEnd = clause ? clause.open : end;
      const text = item.text.slice(hit.end, textEnd).replace(/[\s。.]+$/, (m) => (m.includes('。') ? '。' : ''));
      const stop = item.match.slice(hit.end, end).search(/[。;!?]/);
      out.push({
        kind: 'enumeration',
        depth: parent.depth + 1,
        number: hit.number,
        ordinal: parseNumeral(hit.number),
        label: item.text.slice(hit.at, hit.end),
        title: (stop >= 0 ? text.slice(0, stop) : text).trim(),
        text: text.trim(),
        paragraphs: [{ text: text.trim(), position: ctx.spanPosition(item, hit.end, end) }],
        responsibility,
        position: ctx.spanPosition(item, hit.at, end),
        children: [],
        inline: true,
      });
    });
  }
  return out;
}
