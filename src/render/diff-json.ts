import type { DiffResult } from '../diff/types.js';

/** The JSON format: `{ summary, changes[] }` as the contract in README ("plan diff") describes. */
export function renderDiffJson(result: DiffResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
