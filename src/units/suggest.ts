/** Edit distance (Levenshtein) between two strings, by UTF-16 unit; CJK text is all BMP. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

export interface SuggestOptions {
  /**
   * How many characters more than a candidate the name may have and still be offered it because
   * it contains it (default: any). A validator passes 1: a name that contains a candidate with
   * more around it (镇应急管理办公室 and 办公室 or 管理办) is a body of that kind, not a misspelling
   * of it; one character more (区科技局局, -区人社局) is a slip.
   */
  containedSlack?: number;
}

/**
 * Names close to `name` among `candidates`, best first: within a third of the name's length in
 * edit distance, or containing it, or contained in it (see `containedSlack`).
 */
export function suggest(name: string, candidates: Iterable<string>, limit = 3, options: SuggestOptions = {}): string[] {
  const slack = options.containedSlack ?? Infinity;
  const scored: Array<{ c: string; d: number }> = [];
  for (const c of candidates) {
    // A candidate that ends the name after more than the slack names the kind of body it is.
    if (c === name || (name.length - c.length > slack && name.endsWith(c))) continue;
    const d = editDistance(name, c);
    const max = Math.max(1, Math.floor(Math.max(name.length, c.length) / 3));
    const inside = name.includes(c) && name.length - c.length <= slack;
    if (d <= max || (name.length >= 2 && (c.includes(name) || inside))) scored.push({ c, d });
  }
  return scored
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c, 'zh'))
    .slice(0, limit)
    .map((s) => s.c);
}
