import type { OutlineKind } from '../model/types.js';
import { CHINESE_NUMERAL_CHARS, toChineseNumeral } from '../text/chinese-numeral.js';
import { matchMarker } from '../text/markers.js';
import type { WrapLine } from './line-wrap.js';

/**
 * The kinds of marker whose numbers run in one sequence through a text: a number out of its place
 * tells a phrase that looks like a marker from an item. (一是 restarts in every paragraph, 1.1 is
 * numbered by its parent: neither says where it stands on its own.)
 */
const SEQUENCED: ReadonlySet<OutlineKind> = new Set(['chinese', 'paren-chinese', 'arabic', 'paren-arabic', 'circled', 'article', 'chapter', 'section']);

/** The kinds a sentence cites by number (依据第二十六条): never the first of a text's items past 1. */
const CITED_KINDS: ReadonlySet<OutlineKind> = new Set(['article', 'chapter', 'section']);

interface Entry {
  line: number;
  kind: OutlineKind;
  ordinal: number;
}

/**
 * The lines that open with what reads as an outline marker but are the rest of the line above them,
 * which a hard wrap (text taken from a PDF) cut before a numeral (…推动一、 | 二、三产业融合发展…;
 * …依据该条例 | 第二十六条规定，…). Two things must say so together: the line above stops inside
 * its sentence (`cutBefore`), and the marker is none by where it stands or what follows it:
 * - its number repeats or goes back from the last of its kind (二、 after 二、重点任务), and its
 *   words do not read as an item's own (see `readsAsItem`): a numbering typo repeats a number too;
 * - it is an article, chapter or section marker, the first of its kind, numbered past 1, and no
 *   item numbered after it follows (第二十六条 in a text without articles);
 * - items of a level below it number on across it (1. before it, 2. after), where that level
 *   restarts under each of its other markers, as items under a heading of theirs do;
 * - its words go on from the number as a phrase does (二、三产业: second and third; 第二十六条规定).
 * One pass over the lines' markers, each found by its first character.
 */
export function markersInWraps(lines: readonly WrapLine[], cutBefore: (prev: WrapLine, next: WrapLine) => boolean): Set<number> {
  const entries: Entry[] = [];
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.text;
    if (text.length === 0) continue;
    const m = matchMarker(text);
    if (m && m.ordinal !== null && SEQUENCED.has(m.kind)) entries.push({ line: k, kind: m.kind, ordinal: m.ordinal });
  }
  const joined = new Set<number>();
  if (entries.length === 0) return joined;
  const outline = new Outline(entries);
  // The markers read so far as items, the last of each kind (those joined to the line above are none).
  const last = new Map<OutlineKind, Entry>();
  for (const [i, e] of entries.entries()) {
    const prev = e.line > 0 ? lines[e.line - 1]! : undefined;
    const text = lines[e.line]!.text;
    if (prev && prev.text.length > 0 && cutBefore(prev, lines[e.line]!) && (phraseGoesOn(text, e) || outline.outOfPlace(i, last.get(e.kind), () => readsAsItem(text)))) {
      joined.add(e.line);
      continue;
    }
    last.set(e.kind, e);
  }
  return joined;
}

/** The markers of a text by kind, to look up the next of a kind and how a level numbers under another. */
class Outline {
  /** Each kind's entries, by their place in the text. */
  private readonly byKind = new Map<OutlineKind, number[]>();
  /** Where each kind is first met: a kind first met after another's first stands below it. */
  private readonly firstAt = new Map<OutlineKind, number>();
  /** How a lower kind's items start under each marker of an upper kind past its first: at 1, or numbering on. */
  private readonly starts = new Map<string, { restart: number; on: number }>();

  constructor(private readonly entries: readonly Entry[]) {
    for (const [i, e] of entries.entries()) {
      const list = this.byKind.get(e.kind);
      if (list) list.push(i);
      else {
        this.byKind.set(e.kind, [i]);
        this.firstAt.set(e.kind, i);
      }
    }
  }

  /** The first entry of a kind after entry i. */
  private nextOf(kind: OutlineKind, i: number): Entry | undefined {
    const list = this.byKind.get(kind)!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? this.entries[list[lo]!] : undefined;
  }

  /** The first entry of a lower kind right under entry j, before the next of j's own kind. */
  private under(j: number, lower: OutlineKind): Entry | undefined {
    const item = this.nextOf(lower, j);
    const sibling = this.nextOf(this.entries[j]!.kind, j);
    return item && (!sibling || item.line < sibling.line) ? item : undefined;
  }

  /**
   * Whether entry i does not stand in its kind's sequence where it is, `before` the last of its
   * kind read as an item: its number repeats or goes back from that one's; it is the first of its
   * kind, past 1, and no item numbered after it follows; the next of its kind numbers on from the
   * one before it, not from it (一、 | 二、 here | 二、保障措施); or a lower level runs across it.
   */
  outOfPlace(i: number, before: Entry | undefined, ownItem: () => boolean): boolean {
    const e = this.entries[i]!;
    if (e.ordinal === 1) return false;
    const after = this.nextOf(e.kind, i);
    // A repeated number with a title of its own is a numbering typo (outline-sequence reports it),
    // not a wrapped phrase: joining it would lose the item and give its clause to the one above.
    if (before && e.ordinal <= before.ordinal) return !ownItem();
    // Only 第…条/章/节 tell by a first number past 1: an item list may open at 2. under 附件：1.…, an excerpt at 二、.
    if (!before && CITED_KINDS.has(e.kind) && (!after || after.ordinal !== e.ordinal + 1)) return true;
    if (before && after && after.ordinal === e.ordinal && after.ordinal === before.ordinal + 1) return true;
    return this.lowerRunsAcross(i);
  }

  /**
   * Whether the items of a level below entry i number on across it (1. before, 2. after), where
   * that level restarts at 1 under the other markers of i's kind past the first (the first's items
   * start at 1 however a text numbers them). A text numbering its items on through its headings
   * (一、 1. 2. 二、 3.) never restarts them.
   */
  private lowerRunsAcross(i: number): boolean {
    const e = this.entries[i]!;
    const own = this.firstAt.get(e.kind)!;
    for (const [kind, first] of this.firstAt) {
      if (first <= own) continue;
      const list = this.byKind.get(kind)!;
      const after = this.under(i, kind);
      if (!after) continue;
      // The last of the lower kind before i, under the same marker of i's kind as i would close.
      const beforeAt = list.findLastIndex((x) => x < i);
      const before = beforeAt >= 0 ? this.entries[list[beforeAt]!]! : undefined;
      if (!before || after.ordinal !== before.ordinal + 1) continue;
      const starts = this.startsUnder(e.kind, kind);
      // i's own items number on (it is counted among those that do).
      if (starts.restart > 0 && starts.on === 1) return true;
    }
    return false;
  }

  private startsUnder(upper: OutlineKind, lower: OutlineKind): { restart: number; on: number } {
    const key = `${upper}>${lower}`;
    let found = this.starts.get(key);
    if (!found) {
      found = { restart: 0, on: 0 };
      for (const j of this.byKind.get(upper)!.slice(1)) {
        const item = this.under(j, lower);
        if (item?.ordinal === 1) found.restart++;
        else if (item) found.on++;
      }
      this.starts.set(key, found);
    }
    return found;
  }
}

/** The longest title an item gives before its 。 (压缩审批时限。), or a heading alone on its line. */
const MAX_ITEM_TITLE = 20;
/** Punctuation inside a sentence: a heading alone on its line has none. */
const SENTENCE_PUNCTUATION = /[，、；：,;:。！？!?（）()]/;

/**
 * Whether a line's words after its marker read as an item's own: a short title closed by 。 or ！
 * (（二）压缩审批时限。工程建设…), or a short heading that is the whole line (二、保障措施). A wrap
 * leaves the rest of a sentence there, which runs on past the length of a title before its stop.
 */
function readsAsItem(text: string): boolean {
  const m = matchMarker(text);
  if (!m) return false;
  const words = text.slice(m.length).trim();
  const stop = words.search(/[。！!]/);
  if (stop >= 2 && stop <= MAX_ITEM_TITLE) return true;
  return stop < 0 && words.length >= 2 && words.length <= MAX_ITEM_TITLE && !SENTENCE_PUNCTUATION.test(words);
}

/** A numeral, as 一、 and 第…条 write theirs. */
const NUMERAL = `[${CHINESE_NUMERAL_CHARS}0-9０-９]`;
/** A cited article goes on as the sentence citing it does (第二十六条规定, 第五条第二款, 第三条、第四条). */
const ARTICLE_CITED = new RegExp(`^第 ?${NUMERAL}{1,5} ?[条條](?:的|之)?(?:规定|規定|要求|所|第 ?${NUMERAL}{1,5} ?[款项項]|[、和至到及与與]第)`);

/**
 * Whether the words after a marker go on from its number as a phrase does: the next numeral right
 * after 一、 (二、三产业: the second and third; 一、二级: the first and second), or an article cited
 * by a sentence (第二十六条规定). A heading's words never open with its successor's number.
 */
function phraseGoesOn(text: string, e: Entry): boolean {
  if (e.kind === 'article') return ARTICLE_CITED.test(text);
  if (e.kind !== 'chinese') return false;
  const m = matchMarker(text);
  return m !== null && text.startsWith(toChineseNumeral(e.ordinal + 1), m.length);
}
