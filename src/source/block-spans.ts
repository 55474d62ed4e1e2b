
/**
 * The text with the spans of the blocks (in source order) turned into spaces, line breaks kept: a
 * table an adapter has read itself, hidden from the reading of the rest, every offset unchanged.
 */
export function maskSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let out = '';
  let from = 0;
  for (const { start, end } of spans) {
    // A span inside the one before (a page's number set aside inside a table printed across pages) is masked with it.
    if (start < from) continue;
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    from = end;
  }
  return out + text.slice(from);
}

/** Two lists of blocks in source order merged into one. */
export function mergeByStart<T extends { start: number }>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let j = 0;
  for (const block of a) {
    while (j < b.length && b[j]!.start < block.start) out.push(b[j++]!);
    out.push(block);
  }
  while (j < b.length) out.push(b[j++]!);
  return out;
}
