/** A text without the UTF-16 units at `offsets` (what a source-stage reader says to drop), for comparing with the text as it should read. */
export function withoutOffsets(text: string, offsets: Iterable<number>): string {
  const drop = new Set(offsets);
  return text
    .split('')
    .filter((_, i) => !drop.has(i))
    .join('');
}
