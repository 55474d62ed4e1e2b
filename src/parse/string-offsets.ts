import type { PlanDocument } from '../model/types.js';

/**
 * A string handed to the library is indexed as the caller holds it. `readFileSync(f, 'utf8')`
 * keeps a file's byte-order mark as U+FEFF at index 0, while decoding sets the mark aside (it is no
 * content), so every offset of a model read from such a string is one short of the caller's
 * string. Lines and columns are counted without the mark either way, as editors count them.
 */
export function leadingMarkLength(input: string): number {
  return input.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** Moves every offset of the model by `by` UTF-16 units, each point once however often it is shared. */
export function shiftOffsets(doc: PlanDocument, by: number): void {
  if (by === 0) return;
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.offset === 'number' && typeof record.line === 'number' && typeof record.column === 'number') {
      record.offset += by;
      return;
    }
    for (const key in record) visit(record[key]);
  };
  visit(doc);
}
