import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseFile } from '../../src/parse/parse-notice.js';

/** The diff of two fixture files, by their paths from the project root. */
export async function diffFixtures(oldPath: string, newPath: string): Promise<DiffResult> {
  return diffDocuments(await parseFile(oldPath), await parseFile(newPath));
}

export const HEDONG = ['fixtures/hedong-2021-constructed.txt', 'fixtures/hedong-2022.txt'] as const;
export const HOSTILE = ['fixtures/diff/hostile/old.txt', 'fixtures/diff/hostile/new.txt'] as const;
