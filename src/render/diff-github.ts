import type { Change, DiffResult, FieldChange, RedlineSegment } from '../diff/types.js';
import { changeLabel, entityText, formatValue, idChangeLabels, unitPlaces } from './diff-describe.js';
import { githubData, githubProperty, terminalSafe } from './escape.js';

function marked(segments: readonly RedlineSegment[]): string {
  return segments.map((s) => (s.op === 'delete' ? `[-${s.text}-]` : s.op === 'insert' ? `{+${s.text}+}` : s.text)).join('');
}

function fieldText(name: string, f: FieldChange): string {
  if (f.redline) return `${name}: ${marked(f.redline)}`;
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
 * at the line where the element used to stand). Document text is escaped for workflow commands
 * and stripped of control characters.
 */
export function renderDiffGithub(result: DiffResult, options: DiffGithubOptions): string {
  return result.changes
    .map((change) => {
      const props = [
        ...(options.file ? [`file=${githubProperty(options.file)}`] : []),
        `line=${change.line}`,
        `col=${change.column}`,
        `title=${githubProperty(`plan diff: ${change.kind} ${change.op}`)}`,
      ];
      return `::notice ${props.join(',')}::${githubData(terminalSafe(message(change)))}\n`;
    })
    .join('');
}
