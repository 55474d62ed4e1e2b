import type { ChalkInstance } from 'chalk';
import { countAll } from '../diff/summarize.js';
import { CHANGE_OPS, type Change, type ChangeOp, type DiffResult, type FieldChange, type OpCounts, type RedlineSegment } from '../diff/types.js';
import { loadChalk } from './color.js';
import { changeLabel, changePlace, columnNote, entityText, formatValue, idChangeLabels, restatedPlaces, scaledFigure, unitPlaces } from './diff-describe.js';
import { terminalSafe } from './escape.js';

export interface DiffTextOptions {
  color: boolean;
}

/** `1 removed, 4 modified, 12 renumbered`. */
export function opList(counts: OpCounts): string {
  return CHANGE_OPS.filter((op) => counts[op] > 0)
    .map((op) => `${counts[op]} ${op}`)
    .join(', ');
}

/**
 * Deletions as `[-…-]`, insertions as `{+…+}` (the wdiff convention), so a redline reads the same
 * with NO_COLOR or in a log; colour only adds to the markers.
 */
export function markedRedline(segments: readonly RedlineSegment[], c: ChalkInstance): string {
  return segments
    .map((s) => {
      const text = terminalSafe(s.text);
      if (s.op === 'delete') return c.red(`[-${text}-]`);
      if (s.op === 'insert') return c.green(`{+${text}+}`);
      return text;
    })
    .join('');
}

function fieldLine(name: string, f: FieldChange, c: ChalkInstance): string {
  let value: string;
  // A cell of a column one version lacks has no old (or new) figure to strike: not [-—-] → {+30+}.
  if (f.columnChange === 'added') value = `${c.green(`{+${terminalSafe(formatValue(f.new))}+}`)} ${columnNote('added')}`;
  else if (f.columnChange === 'removed') value = `${c.red(`[-${terminalSafe(formatValue(f.old))}-]`)} ${columnNote('removed')}`;
  else if (f.redline) value = markedRedline(f.redline, c);
  else if (f.unit !== undefined && f.written) {
    // A figure changed with its scale: each side as written, then in the unit both are counted in.
    const side = (which: 'old' | 'new'): string => {
      const figure = scaledFigure(f, which);
      const text = terminalSafe(figure?.written ?? '');
      const marked = which === 'old' ? c.red(`[-${text}-]`) : c.green(`{+${text}+}`);
      return figure?.note ? `${marked} ${c.dim(terminalSafe(figure.note))}` : marked;
    };
    value = `${side('old')} → ${side('new')}`;
  }
  else if (f.added || f.removed) {
    value = [...(f.added ?? []).map((u) => c.green(`{+${terminalSafe(u)}+}`)), ...(f.removed ?? []).map((u) => c.red(`[-${terminalSafe(u)}-]`))].join(' ');
  } else value = `${c.red(`[-${terminalSafe(formatValue(f.old))}-]`)} → ${c.green(`{+${terminalSafe(formatValue(f.new))}+}`)}`;
  return `    ${c.bold(name)}: ${value.replace(/\r\n|\r|\n/g, '\n      ')}`;
}

const OP_COLOUR: Record<ChangeOp, 'green' | 'red' | 'yellow' | 'cyan' | 'blue' | 'gray'> = {
  added: 'green',
  removed: 'red',
  modified: 'yellow',
  moved: 'cyan',
  renumbered: 'blue',
  // Not a difference of substance: shown, but quietly.
  respelled: 'gray',
};

function changeBlock(change: Change, c: ChalkInstance): string {
  const head = `${c[OP_COLOUR[change.op]](change.op.padEnd(10))} ${terminalSafe(changeLabel(change))} ${c.dim(`(${changePlace(change)})`)}`;
  const lines = [head];
  if (change.op === 'added' || change.op === 'removed') {
    const text = terminalSafe(entityText(change, change.new ?? change.old)).replace(/\r\n|\r|\n/g, '\n      ');
    lines.push(`    ${change.op === 'added' ? c.green(`{+${text}+}`) : c.red(`[-${text}-]`)}`);
  }
  for (const [name, f] of Object.entries(change.fields ?? {})) {
    // The label already says `9 → 8`.
    if (name !== 'number') lines.push(fieldLine(name, f, c));
  }
  const places = unitPlaces(change);
  if (places.length) lines.push(`    ${c.bold('in')}: ${terminalSafe(places.join('; '))}`);
  const restated = restatedPlaces(change);
  if (restated.length) lines.push(`    ${c.bold('restated')}: ${terminalSafe(restated.join('; '))}`);
  const ids = idChangeLabels(change).map((i) => `${terminalSafe(i.task)} ${c.red(`[-${i.old}-]`)} → ${c.green(`{+${i.new}+}`)}`);
  if (ids.length) lines.push(`    ${c.bold('ids')}: ${ids.join('; ')}`);
  return lines.join('\n');
}

/** The summary: which two documents, how many changes, and per kind of element. */
export function summaryLines(result: DiffResult): string[] {
  const { summary } = result;
  const name = (ref: DiffResult['summary']['old']): string =>
    terminalSafe([ref.name, ref.documentNumber].filter(Boolean).join(' ') || ref.name);
  const head = `${name(summary.old)} → ${name(summary.new)}: ${
    summary.changes === 0 ? 'no changes' : `${summary.changes} change${summary.changes === 1 ? '' : 's'} (${opList(summary.ops)})`
  }${summary.strict ? ' [strict]' : ''}`;
  // Every kind either version has, those with nothing changed too (`part: 6 unchanged`): no tasks
  // changed is not no tasks read.
  const kinds = Object.entries(summary.kinds)
    .filter(([, k]) => countAll(k) + k.unchanged > 0)
    .map(([kind, k]) => `${kind}: ${[opList(k), k.unchanged ? `${k.unchanged} unchanged` : ''].filter(Boolean).join(', ')}`);
  return kinds.length ? [head, `  ${kinds.join('; ')}`] : [head];
}

/** The text format: a summary, then each change with its fields; redlines marked [-…-]{+…+}. */
export async function renderDiffText(result: DiffResult, options: DiffTextOptions): Promise<string> {
  const c = await loadChalk(options.color);
  const out = summaryLines(result).map((l, k) => (k === 0 ? c.bold(l) : l));
  if (result.changes.length) out.push('');
  for (const change of result.changes) out.push(changeBlock(change, c));
  return `${out.join('\n')}\n`;
}
