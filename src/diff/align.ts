import { bestAssignment, type WeightedPair } from './assign.js';
import { BigramIndex, bigrams, dice } from './similarity.js';

/**
 * How to pair the elements of two versions of a list (tasks, goals, articles, rows …) by content
 * rather than by position or number.
 */
export interface AlignSpec<T> {
  /**
   * Exact keys, strongest first. The first pairs equal keys in document order (so duplicates pair
   * up one by one); each later key only pairs a key that is unique among the elements still
   * unpaired on both sides, so a weak key never guesses between look-alikes. Null: no key.
   */
  keys: Array<(item: T) => string | null>;
  /** The text to compare what the keys leave unpaired by similarity; omit to stop after the keys. */
  similarity?: (item: T) => string;
  /** The least similarity (Dice over character bigrams, 0–1) that pairs two elements. */
  threshold?: number;
  /**
   * Texts (a task's title, its text) compared again without the list's template, the wording most
   * elements of both versions share (全面排查…建立…清单), which is no evidence that a dropped task
   * and a new one are one: a pair found by similarity counts only where, summed over these texts,
   * what is left is alike enough (CONTRAST_FLOOR), and the pairs are then taken as the best
   * assignment overall (the greatest summed likeness), not the best pair first.
   */
  contrast?: Array<(item: T) => string>;
  /**
   * Keys tried last, after similarity, each pairing only keys unique on both sides: where an
   * element stands (a group's number in its part), for what content and title no longer tell.
   */
  lastKeys?: Array<(item: T) => string | null>;
  /**
   * Whether an old and a new element may be one at all, whatever a key or likeness says: a pair
   * the list's own sense rules out (a goal's target carried across a year both versions keep) is
   * left unpaired at every stage. Omit to admit every pair.
   */
  admits?: (oldItem: T, newItem: T) => boolean;
}

export interface Alignment {
  /** Pairs of old and new indices, in new-document order. */
  pairs: Array<[number, number]>;
  /** Old indices with no partner, in order. */
  removed: number[];
  /** New indices with no partner, in order. */
  added: number[];
}

/** One step through both versions: a pair, or an element that only one of them has. */
export interface AlignedStep {
  old: number | null;
  new: number | null;
}

/** How many most-similar candidates, and how many positional neighbours each side, to score. */
const CANDIDATES = 8;
const WINDOW = 4;
const DEFAULT_THRESHOLD = 0.5;

/**
 * Pairs two lists in near-linear time: hash maps for the exact keys, then for what is left a bigram
 * index proposes a few candidates per element (plus its neighbours by position), and only those are
 * scored; the best-scoring pairs are taken greedily. Never compares all pairs.
 */
export function align<T>(oldItems: readonly T[], newItems: readonly T[], spec: AlignSpec<T>): Alignment {
  const oldPartner = new Array<number>(oldItems.length).fill(-1);
  const newPartner = new Array<number>(newItems.length).fill(-1);
  const pair = (i: number, j: number): void => {
    oldPartner[i] = j;
    newPartner[j] = i;
  };
  const admits = spec.admits;
  const admitted = (i: number, j: number): boolean => !admits || admits(oldItems[i] as T, newItems[j] as T);

  const byKey = (keyOf: (item: T) => string | null, all: boolean): void => {
    const oldKeys = keyBuckets(oldItems, oldPartner, keyOf);
    for (const [key, js] of keyBuckets(newItems, newPartner, keyOf)) {
      const is = oldKeys.get(key);
      if (!is) continue;
      if (all) {
        for (let k = 0; k < Math.min(is.length, js.length); k++) if (admitted(is[k] as number, js[k] as number)) pair(is[k] as number, js[k] as number);
      } else if (is.length === 1 && js.length === 1 && admitted(is[0] as number, js[0] as number)) pair(is[0] as number, js[0] as number);
    }
  };
  spec.keys.forEach((keyOf, stage) => byKey(keyOf, stage === 0));

  if (spec.similarity) {
    const threshold = spec.threshold ?? DEFAULT_THRESHOLD;
    const scored = similarPairs(oldItems, newItems, oldPartner, newPartner, spec.similarity, threshold).filter((s) => admitted(s.o, s.n));
    const chosen = spec.contrast ? contrastedPairs(oldItems, newItems, scored, spec.contrast) : mostAlikeFirst(scored);
    for (const p of chosen) pair(p.o, p.n);
  }
  for (const keyOf of spec.lastKeys ?? []) byKey(keyOf, false);

  const pairs: Array<[number, number]> = [];
  const added: number[] = [];
  newPartner.forEach((i, j) => (i === -1 ? added.push(j) : pairs.push([i, j])));
  const removed: number[] = [];
  oldPartner.forEach((j, i) => {
    if (j === -1) removed.push(i);
  });
  return { pairs, removed, added };
}

/** The still unpaired elements of a list by key, each key's elements in document order. */
function keyBuckets<T>(items: readonly T[], partner: readonly number[], keyOf: (item: T) => string | null): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (partner[i] !== -1) return;
    const key = keyOf(item);
    if (key === null) return;
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  });
  return buckets;
}

interface Scored {
  score: number;
  distance: number;
  o: number;
  n: number;
}

/** The scored pairs taken most alike first, each element in one pair at most. */
function mostAlikeFirst(scored: Scored[]): Array<{ o: number; n: number }> {
  scored.sort((a, b) => b.score - a.score || a.distance - b.distance || a.n - b.n || a.o - b.o);
  const olds = new Set<number>();
  const news = new Set<number>();
  const out: Array<{ o: number; n: number }> = [];
  for (const s of scored) {
    if (olds.has(s.o) || news.has(s.n)) continue;
    olds.add(s.o);
    news.add(s.n);
    out.push(s);
  }
  return out;
}

/** How alike, summed over the contrast texts without their template, a pair must be at least. */
const CONTRAST_FLOOR = 0.2;

/**
 * The scored pairs that stay alike without the list's template (CONTRAST_FLOOR), chosen as the best
 * assignment over all of them rather than most alike first.
 */
function contrastedPairs<T>(oldItems: readonly T[], newItems: readonly T[], scored: readonly Scored[], contrast: Array<(item: T) => string>): Array<{ o: number; n: number }> {
  if (scored.length === 0) return [];
  const sides = contrast.map((f) => distinctive(memoised(oldItems, f), memoised(newItems, f)));
  const weighted: WeightedPair[] = [];
  for (const s of scored) {
    let likeness = 0;
    for (const [olds, news] of sides) likeness += dice(olds(s.o), news(s.n));
    // Of equally alike pairs, the one nearer where the element stood.
    if (likeness >= CONTRAST_FLOOR) weighted.push({ o: s.o, n: s.n, weight: likeness + 1e-6 / (1 + s.distance) });
  }
  return bestAssignment(weighted);
}

/** The bigram set of each element's text by `f`, made when first asked for. */
function memoised<T>(items: readonly T[], f: (item: T) => string): { length: number; at: (k: number) => Set<string> } {
  const done = new Map<number, Set<string>>();
  return {
    length: items.length,
    at: (k) => {
      let set = done.get(k);
      if (!set) done.set(k, (set = bigrams(f(items[k] as T))));
      return set;
    },
  };
}

/** How many elements of a version the template is told from: evenly spread over a longer list. */
const TEMPLATE_SAMPLE = 64;

/**
 * Each version's bigram sets without the list's template: the bigrams more than half of the
 * elements of each version have (开展…专项整治, 建立…清单), told from up to TEMPLATE_SAMPLE elements
 * spread over the list (a template is in most of them, so a long list needs no more; reading
 * every task of a 2,000-task plan doubled the time of its diff). With one element a side there is
 * no template to tell, and all is kept. Sets are stripped as the scored pairs ask for them.
 */
function distinctive(olds: ReturnType<typeof memoised>, news: ReturnType<typeof memoised>): [(k: number) => Set<string>, (k: number) => Set<string>] {
  if (olds.length < 2 || news.length < 2) return [olds.at, news.at];
  const common = (sets: ReturnType<typeof memoised>): Set<string> => {
    const step = Math.max(1, sets.length / TEMPLATE_SAMPLE);
    const counts = new Map<string, number>();
    let read = 0;
    for (let x = 0; Math.floor(x) < sets.length; x += step, read++) for (const g of sets.at(Math.floor(x))) counts.set(g, (counts.get(g) ?? 0) + 1);
    const out = new Set<string>();
    for (const [g, count] of counts) if (count * 2 > read) out.add(g);
    return out;
  };
  const oldCommon = common(olds);
  const newCommon = common(news);
  const lazily = (sets: ReturnType<typeof memoised>): ((k: number) => Set<string>) => {
    const done = new Map<number, Set<string>>();
    return (k) => {
      let out = done.get(k);
      if (!out) {
        out = new Set<string>();
        for (const g of sets.at(k)) if (!(oldCommon.has(g) && newCommon.has(g))) out.add(g);
        done.set(k, out);
      }
      return out;
    };
  };
  return [lazily(olds), lazily(news)];
}

/** The pairs of unpaired elements worth scoring (a few candidates each) that reach the threshold. */
function similarPairs<T>(
  oldItems: readonly T[],
  newItems: readonly T[],
  oldPartner: readonly number[],
  newPartner: readonly number[],
  textOf: (item: T) => string,
  threshold: number,
): Scored[] {
  const oldRest = oldItems.map((_, i) => i).filter((i) => oldPartner[i] === -1);
  const newRest = newItems.map((_, j) => j).filter((j) => newPartner[j] === -1);
  if (oldRest.length === 0 || newRest.length === 0) return [];
  const oldSets = oldRest.map((i) => bigrams(textOf(oldItems[i] as T)));
  const index = new BigramIndex(oldSets);

  // Where each unpaired new element would sit in the old list, judging by the nearest pair before it.
  const expected = new Map<number, number>();
  let anchorOld = -1;
  let anchorNew = -1;
  newItems.forEach((_, j) => {
    if (newPartner[j] !== -1) {
      anchorOld = newPartner[j] as number;
      anchorNew = j;
    } else {
      expected.set(j, anchorNew < 0 ? Math.round((j * oldItems.length) / Math.max(1, newItems.length)) : anchorOld + (j - anchorNew));
    }
  });

  const scored: Scored[] = [];
  for (const j of newRest) {
    const set = bigrams(textOf(newItems[j] as T));
    const want = expected.get(j) ?? 0;
    const candidates = new Set(index.candidates(set, CANDIDATES));
    const near = lowerBound(oldRest, want);
    for (let k = Math.max(0, near - WINDOW); k < Math.min(oldRest.length, near + WINDOW); k++) candidates.add(k);
    for (const k of candidates) {
      const score = dice(oldSets[k] as Set<string>, set);
      if (score >= threshold) scored.push({ score, distance: Math.abs((oldRest[k] as number) - want), o: oldRest[k] as number, n: j });
    }
  }
  return scored;
}

/** The first index in a sorted list whose value is at least `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Both versions as one sequence in new-document order: each removed element is placed after the
 * partner of the old element before it, so it appears where it used to stand.
 */
export function alignedSteps(alignment: Alignment, oldCount: number): AlignedStep[] {
  const partnerOfOld = new Array<number>(oldCount).fill(-1);
  for (const [i, j] of alignment.pairs) partnerOfOld[i] = j;
  // For each removed old element: the new index it follows (-1: before everything).
  const after = new Map<number, number[]>();
  let lastNew = -1;
  for (let i = 0; i < oldCount; i++) {
    const j = partnerOfOld[i] as number;
    if (j !== -1) {
      lastNew = Math.max(lastNew, j);
      continue;
    }
    const list = after.get(lastNew);
    if (list) list.push(i);
    else after.set(lastNew, [i]);
  }
  const steps: AlignedStep[] = (after.get(-1) ?? []).map((i) => ({ old: i, new: null }));
  const newToOld = new Map(alignment.pairs.map(([i, j]) => [j, i]));
  const newCount = alignment.pairs.length + alignment.added.length;
  for (let j = 0; j < newCount; j++) {
    steps.push({ old: newToOld.get(j) ?? null, new: j });
    for (const i of after.get(j) ?? []) steps.push({ old: i, new: null });
  }
  return steps;
}
