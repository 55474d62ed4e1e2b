import { fold } from '../text/fold.js';

/**
 * The key an indicator is compared by: what varies between the way a plan's text and its annex
 * name the same figure is removed. 全区有效发明专利 ~ 有效发明专利; 高新技术企业总量 ~
 * 高新技术企业数量; 研发支出与地区生产总值之比 ~ …比值; 科技领军(培育)企业 ~ 科技领军(领军培育)企业.
 */
export function indicatorKey(indicator: string): string {
  return fold(indicator)
    .replace(/\([^()]*\)|（[^（）]*）|“|”|"|‘|’|'|\s/g, '')
    .replace(/^(?:全区|全市|全县|全省|全国|本区|本市|本县)/, '')
    .replace(/总量|数量|总数|个数/g, '')
    .replace(/总(?=额)/g, '')
    .replace(/之比|比值/g, '比')
    .replace(/数$/, '');
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice similarity of character bigrams, 0..1. */
export function bigramSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [g, n] of y) {
    total += n;
    shared += Math.min(n, x.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** How alike two indicators are, 0..1: equal keys, one key inside the other, or shared bigrams. */
export function indicatorSimilarity(a: string, b: string): number {
  const ka = indicatorKey(a);
  const kb = indicatorKey(b);
  if (!ka || !kb) return 0;
  if (ka === kb) return 1;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  const contained = long.includes(short) ? short.length / long.length : 0;
  return Math.max(contained, bigramSimilarity(ka, kb));
}

/** Similarity below which two indicators are taken to be different figures. */
export const MATCH_THRESHOLD = 0.6;

/**
 * Pairs items of two lists that are each other's best match above the threshold, so that a
 * goal matches at most one row and a near-namesake (每万家企业法人中高新技术企业数 beside
 * 高新技术企业总量) does not steal another goal's row.
 */
export function mutualBestPairs<A, B>(as: readonly A[], bs: readonly B[], score: (a: A, b: B) => number): Array<[A, B]> {
  const scores = as.map((a) => bs.map((b) => score(a, b)));
  const bestB = scores.map((row) => argmax(row));
  const bestA = bs.map((_, j) => argmax(scores.map((row) => row[j] as number)));
  const pairs: Array<[A, B]> = [];
  bestB.forEach((j, i) => {
    if (j >= 0 && bestA[j] === i && (scores[i]![j] as number) >= MATCH_THRESHOLD) pairs.push([as[i] as A, bs[j] as B]);
  });
  return pairs;
}

function argmax(values: number[]): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (best < 0 || (values[i] as number) > (values[best] as number)) best = i;
  return best;
}
