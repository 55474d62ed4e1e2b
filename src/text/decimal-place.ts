/**
 * Whether a decimal item's number (2.1, 3.12, 2.1.1) stands where the outline's numbering puts one,
 * given the number of the last decimal item read (null before any). Its shape alone cannot tell an
 * item from a figure a wrap moved to a line's start (…面积 | 3.12平方公里 under item 2.): the
 * numbering can. A number fits when it opens a list (its last part 1: 1.1, 3.1, 2.1.1), or goes on
 * from the last item at its level: the same parent and a number one or two on (one item skipped by
 * a typo still reads as the list's), or, at the same depth, the same number again (a repeated
 * number is outline-sequence's to report, not a figure).
 */
export function decimalInPlace(number: string, last: readonly number[] | null): boolean {
  const parts = number.split('.').map(Number);
  const own = parts[parts.length - 1]!;
  if (own === 1) return true;
  if (!last || last.length < parts.length) return false;
  const depth = parts.length - 1;
  for (let k = 0; k < depth; k++) if (parts[k] !== last[k]) return false;
  const before = last[depth]!;
  // Up a level (2.4 after 2.3.2), the number must pass the item it closes: 2.3 again is its parent's.
  const least = last.length === parts.length ? before : before + 1;
  return own >= least && own <= before + 2;
}
