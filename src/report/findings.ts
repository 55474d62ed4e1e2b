import type { Diagnostic, Position } from '../model/types.js';
import { LineMap } from '../source/line-map.js';
import { findingAnchor } from './anchors.js';
import type { Finding } from './types.js';

/** An element of the page a finding can point to: its anchor, a short label and its span in the input. */
export interface PlaceTarget {
  anchor: string;
  label: string;
  position: Position;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Characters of context shown before and after the marked place. */
const BEFORE = 24;
const AFTER = 48;
/** The longest marked stretch. */
const MARKED = 80;

type LineColumn = { line: number; column: number };
const compare = (a: LineColumn, b: LineColumn): number => a.line - b.line || a.column - b.column;

/**
 * The findings in the order of the document, each with the innermost page element that holds
 * its place (a task, an indicator, the header …) and an excerpt of the source line there.
 */
export function placeFindings(diagnostics: readonly Diagnostic[], targets: readonly PlaceTarget[], text: string): Finding[] {
  const lines = new LineMap(text);
  const sorted = [...diagnostics].sort(
    (a, b) => compare(a, b) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId),
  );
  return sorted.map((d, i) => {
    const target = innermostTarget(d, targets);
    return {
      anchor: findingAnchor(i),
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      line: d.line,
      column: d.column,
      target: target ? { anchor: target.anchor, label: target.label } : null,
      excerpt: excerpt(d, text, lines),
    };
  });
}

/** The smallest target whose span holds the finding's place. */
function innermostTarget(place: LineColumn, targets: readonly PlaceTarget[]): PlaceTarget | null {
  let best: PlaceTarget | null = null;
  let bestSize = Infinity;
  for (const t of targets) {
    const { start, end } = t.position;
    if (compare(start, place) > 0 || compare(place, end) > 0) continue;
    const size = end.offset - start.offset;
    if (size < bestSize) [best, bestSize] = [t, size];
  }
  return best;
}

/**
 * The finding's line, trimmed around its column. The span the finding names is marked: to its
 * end on this line, or one character when it names a point.
 */
function excerpt(d: Diagnostic, text: string, lines: LineMap): Finding['excerpt'] {
  const lastLine = lines.point(text.length).line;
  if (d.line < 1 || d.line > lastLine) return null;
  const start = lines.lineStart(d.line);
  const next = d.line < lastLine ? lines.lineStart(d.line + 1) : text.length;
  const line = text.slice(start, next).replace(/\r?\n$|\r$/, '');
  if (!line.trim()) return null;
  const from = Math.min(Math.max(0, d.column - 1), line.length);
  const end = d.position?.end;
  const spanEnd = !end ? from + 1 : end.line === d.line ? end.column - 1 : line.length;
  const to = Math.min(line.length, Math.max(from, spanEnd), from + MARKED);
  // Indentation before the text is not worth showing.
  const indent = line.length - line.trimStart().length;
  const cutStart = Math.min(from, Math.max(indent, from - BEFORE));
  const cutEnd = Math.min(line.length, to + AFTER);
  return {
    before: (cutStart > indent ? '…' : '') + line.slice(cutStart, from),
    marked: line.slice(from, to),
    after: line.slice(to, cutEnd) + (cutEnd < line.length ? '…' : ''),
  };
}
