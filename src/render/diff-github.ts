import type { Change, DiffResult, FieldChange, RedlineSegment } from '../diff/types.js';
import { changeLabel, columnNote, entityText, formatValue, idChangeLabels, isRenumberOnly, restatedPlaces, scaledFigure, unitPlaces } from './diff-describe.js';
import { githubData, githubProperty, terminalSafe } from './escape.js';

function marked(segments: readonly RedlineSegment[]): string {
  return segments.map((s) => (s.op === 'delete' ? `[-${s.text}-]` : s.op === 'insert' ? `{+${s.text}+}` : s.text)).join('');
}

function fieldText(name: string, f: FieldChange): string {
  // As the text format: a cell of a column one version lacks had no figure there to change.
  if (f.columnChange === 'added') return `${name}: {+${formatValue(f.new)}+} ${columnNote('added')}`;
  if (f.columnChange === 'removed') return `${name}: [-${formatValue(f.old)}-] ${columnNote('removed')}`;
  if (f.redline) return `${name}: ${marked(f.redline)}`;
  const [oldFigure, newFigure] = [scaledFigure(f, 'old'), scaledFigure(f, 'new')];
  if (oldFigure && newFigure) {
    const side = (figure: { written: string; note: string }): string => (figure.note ? `${figure.written} ${figure.note}` : figure.written);
    return `${name}: ${side(oldFigure)} → ${side(newFigure)}`;
  }
  if (f.added || f.removed) return `${name}: ${[...(f.added ?? []).map((u) => `{+${u}+}`), ...(f.removed ?? []).map((u) => `[-${u}-]`)].join(' ')}`;
  return `${name}: ${formatValue(f.old)} → ${formatValue(f.new)}`;
}

function message(change: Change): string {
  const lines = [changeLabel(change)];
  if (change.op === 'removed') lines.push(`[-${entityText(change, change.old)}-]`);
  if (change.op === 'added') lines.push(`{+${entityText(change, change.new)}+}`);
  for (const [name, f] of Object.entries(change.fields ?? {})) if (name !== 'number') lines.push(fieldText(name, f));
  const places = unitPlaces(change);
  if (places.length) lines.push(`in: ${places.join('; ')}`);
  const restated = restatedPlaces(change);
  if (restated.length) lines.push(`restated: ${restated.join('; ')}`);
  const ids = idChangeLabels(change).map((i) => `${i.task} ${i.old} → ${i.new}`);
  if (ids.length) lines.push(`ids: ${ids.join('; ')}`);
  return lines.join('\n');
}

export interface DiffGithubOptions {
  /** The new document's path as the workflow sees it; omitted for standard input. */
  file: string | null;
}

/**
 * The GitHub format: one `::notice` workflow command per change, on the NEW file's line (a removal
 * at the line where the element used to stand). GitHub shows only about ten annotations of a kind
 * per step, so the changes of substance come first and the items only renumbered (often the most)
 * share one annotation, as the Markdown format folds them into one block. Document text is escaped
 * for workflow commands and stripped of control characters.
 */
export function renderDiffGithub(result: DiffResult, options: DiffGithubOptions): string {
  const annotate = (line: number, column: number, title: string, text: string): string => {
    const props = [...(options.file ? [`file=${githubProperty(options.file)}`] : []), `line=${line}`, `col=${column}`, `title=${githubProperty(title)}`];
    return `::notice ${props.join(',')}::${githubData(terminalSafe(text))}\n`;
  };
  // Even one item only renumbered goes in that annotation: among the changes of substance it would
  // stand between them (before a unit respelled) as if it were one.
  const renumbered = result.changes.filter(isRenumberOnly);
  const out = result.changes
    .filter((change) => !isRenumberOnly(change))
    .map((change) => annotate(change.line, change.column, `plan diff: ${change.kind} ${change.op}`, message(change)));
  const first = renumbered[0];
  if (first) {
    const lines = renumbered.map((c) => `${changeLabel(c)} (line ${c.line})`);
    out.push(annotate(first.line, first.column, `plan diff: ${renumbered.length} renumbered only`, [`Renumbered only (${renumbered.length})`, ...lines].join('\n')));
  }
  return out.join('');
}
