import { substanceKey } from '../text/fold.js';

/**
 * The distinct character bigrams of a text's substance (so width and line breaks do not count).
 * Chinese has no spaces, so bigrams stand in for words. A one-character text is its own bigram.
 */
export function bigrams(text: string): Set<string> {
  const chars = Array.from(substanceKey(text));
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0] as string);
  for (let i = 0; i + 1 < chars.length; i++) out.add((chars[i] as string) + (chars[i + 1] as string));
  return out;
}

/** Dice coefficient of two bigram sets: 1 for the same text, 0 for nothing in common. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * An inverted index from bigram to the items that contain it, for finding the few items worth
 * scoring against a given one without scoring all of them.
 */
export class BigramIndex {
  private readonly postings = new Map<string, number[]>();
  /** A bigram in more items than this is boilerplate (单位, 加强) and not evidence of a match. */
  private readonly maxPosting: number;

  constructor(sets: ReadonlyArray<Set<string>>) {
    sets.forEach((set, item) => {
      for (const g of set) {
        const list = this.postings.get(g);
        if (list) list.push(item);
        else this.postings.set(g, [item]);
      }
    });
    this.maxPosting = Math.max(8, 2 * Math.ceil(Math.sqrt(sets.length)));
  }

  /** The items sharing the most informative bigrams with `set`, best first, at most `limit`. */
  candidates(set: Set<string>, limit: number): number[] {
    const counts = new Map<number, number>();
    for (const g of set) {
      const list = this.postings.get(g);
      if (!list || list.length > this.maxPosting) continue;
      for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    // The best `limit` by count (ties: earlier item first), without sorting them all.
    const best: Array<[number, number]> = [];
    for (const entry of counts) {
      let k = best.length;
      while (k > 0 && (best[k - 1] as [number, number])[1] < entry[1]) k--;
      if (k >= limit) continue;
      best.splice(k, 0, entry);
      if (best.length > limit) best.pop();
    }
    return best.map(([item]) => item);
  }
}
