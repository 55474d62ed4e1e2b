import type { Diagnostic, Severity } from '../model/types.js';

export type SeverityCounts = Record<Severity, number>;

/** How many diagnostics there are of each severity. */
export function countSeverities(diagnostics: Iterable<Diagnostic>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** The end of a diagnostic's span, when it has one. */
export function endOf(d: Diagnostic): { line: number; column: number } | null {
  return d.position ? { line: d.position.end.line, column: d.position.end.column } : null;
}
