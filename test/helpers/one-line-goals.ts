import type { Goal } from '../../src/model/types.js';
import { extractGoals } from '../../src/parse/goals/extract-goals.js';
import { fold } from '../../src/text/fold.js';

const nowhere = () => ({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });

/** The goals the reader finds in a sentence standing alone (positions left out), for tests that map the fields they check. */
export function goalsIn(text: string, periodEnd?: number): Goal[] {
  return extractGoals({ text, match: fold(text), position: nowhere, ...(periodEnd !== undefined ? { periodEnd } : {}) });
}
