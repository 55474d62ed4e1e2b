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

/**
 * Names close to `name` among `candidates`, best first: within a third of the name's length in
 * edit distance, or containing it / contained by it.
 */
export function suggest(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: Array<{ c: string; d: number }> = [];
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(name, c);
    const max = Math.max(1, Math.floor(Math.max(name.length, c.length) / 3));
    if (d <= max || (name.length >= 2 && (c.includes(name) || name.includes(c)))) scored.push({ c, d });
  }
  return scored
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c, 'zh'))
    .slice(0, limit)
    .map((s) => s.c);
}
