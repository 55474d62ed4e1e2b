/**
 * Comparing a diff with an expected one written by hand: redlines are written in the wdiff
 * convention ([-old-]{+new+}) because that is what a person can write and check by eye, an
 * expected entity lists only the keys that identify it, and columns are left out (lines are kept).
 */
import type { Change, DiffResult, RedlineSegment } from '../../src/diff/types.js';

export function wdiff(segments: readonly RedlineSegment[]): string {
  return segments.map((s) => (s.op === 'delete' ? `[-${s.text}-]` : s.op === 'insert' ? `{+${s.text}+}` : s.text)).join('');
}

function pick(entity: unknown, like: unknown): unknown {
  if (entity === null || like === null || typeof like !== 'object' || typeof entity !== 'object') return entity;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(like as object)) out[key] = (entity as Record<string, unknown>)[key];
  return out;
}

/** The actual change in the shape of the expected one. */
export function project(actual: Change, expected: Record<string, unknown> | undefined): Record<string, unknown> {
  const { column: _column, old, new: newer, fields, ...rest } = actual;
  const out: Record<string, unknown> = { ...rest, old: pick(old, expected?.old ?? null), new: pick(newer, expected?.new ?? null) };
  if (fields) {
    out.fields = Object.fromEntries(
      Object.entries(fields).map(([name, f]) => [name, f.redline ? { ...f, redline: wdiff(f.redline) } : f]),
    );
  }
  return out;
}

export function projectResult(actual: DiffResult, expected: { changes: Array<Record<string, unknown>> }): unknown {
  return { summary: actual.summary, changes: actual.changes.map((c, k) => project(c, expected.changes[k])) };
}
