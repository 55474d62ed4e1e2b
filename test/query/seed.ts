import { readFile } from 'node:fs/promises';
import type { PlanDocument } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const cache = new Map<string, Promise<PlanDocument>>();

/** A fixture notice parsed once per test file. */
export function fixture(path: string): Promise<PlanDocument> {
  let doc = cache.get(path);
  if (!doc) {
    doc = readFile(path).then((bytes) => parseNotice(bytes, { name: path }));
    cache.set(path, doc);
  }
  return doc;
}

export const SEED = 'fixtures/hedong-2022.txt';

/** Task numbers of rows, for comparing with what the notice says. */
export function numbers(rows: ReadonlyArray<{ number: string }>): string[] {
  return rows.map((row) => row.number);
}

/** `1..3` → ['1', '2', '3'] */
export function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}
