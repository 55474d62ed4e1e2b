/**
 * Words every diff renderer shares: what to call a changed element, how to print a field value,
 * which text stands for an element added or removed. Plain strings; escaping is each renderer's.
 */
import { goalFigureWritten } from '../diff/goal-figure-pattern.js';
import { baseYearText } from '../model/goal-figure.js';
import { SUFFIX_QUALIFIERS } from '../parse/goals/target-figure.js';
import type { Goal, Task } from '../model/types.js';
import { CHANGE_OPS, type AnnexEntity, type AnnexRowEntity, type ArticleEntity, type MetadataEntity, type PlanTextEntity, type Change, type ChangeOp, type DiffEntity, type DiffSummary, type FieldChange, type RedlineSegment, type RestatedCell, type TableEntity, type TableRowEntity, type UnitEntity, type UnparsedEntity } from '../diff/types.js';

type Numbered = { number?: string; title?: string };

/** `9 → 8` when the element was renumbered, else its number. */
function numberOf(change: Change): string {
  const a = change.places?.old ?? (change.old as Numbered | null)?.number;
  const b = change.places?.new ?? (change.new as Numbered | null)?.number;
  if (a !== undefined && b !== undefined && a !== b) return `${a} → ${b}`;
  return b ?? a ?? '';
}

/**
 * The year a goal's target is for (` 2021年`, or ` 2025年 → 2026年` when it moved): an indicator
 * may have a target for several years, and the label must tell them apart.
 */
function goalYear(change: Change): string {
  const a = (change.old as Goal | null)?.year;
  const b = (change.new as Goal | null)?.year;
  if (a !== undefined && b !== undefined && a !== b) return ` ${a}年 → ${b}年`;
  const year = b ?? a;
  return year === undefined ? '' : ` ${year}年`;
}

/**
 * What the change is about, e.g. `task 9 → 8 推动科技成果转移转化`, `goal 全区有效发明专利 2022年`
 * (`goal 全区高新技术企业 2025年 (力争)` for the stretch target beside it),
 * `annex row 2 全区有效发明专利`, `table row 1 光伏装机容量`.
 */
export function changeLabel(change: Change): string {
  const entity = (change.new ?? change.old) as DiffEntity;
  switch (change.kind) {
    case 'metadata':
      return 'metadata';
    case 'notice':
      return 'notice';
    case 'plan':
      return 'plan';
    case 'unit':
      return `unit ${(entity as UnitEntity).name}`;
    case 'unparsed':
      return `unparsed ${excerpt((entity as UnparsedEntity).text)}`;
    case 'goal':
      return `goal ${(entity as Goal).indicator}${goalYear(change)}${change.stretch ? ` (${change.stretch})` : ''}`;
    case 'annex':
      if (change.element === 'row') return `annex row ${numberOf(change)} ${(entity as AnnexRowEntity).indicator}`;
      return `annex ${(entity as AnnexEntity).label} ${(entity as AnnexEntity).title}`.replace(/ +$/, '');
    case 'table':
      if (change.element === 'row') return `table row ${numberOf(change)} ${(entity as TableRowEntity).indicator}`;
      // A table without a caption is known by its columns.
      return `table ${(entity as TableEntity).caption ?? (entity as TableEntity).columns.join(' | ')}`.replace(/ +$/, '');
    default: {
      const title = (entity as Numbered).title ?? '';
      return `${change.kind} ${numberOf(change)} ${title}`.replace(/ +/g, ' ').trim();
    }
  }
}

/** The first words of a text, for a label: an unparsed passage has no title to name it by. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 20 ? `${line.slice(0, 20)}…` : line;
}

/** Where the change is: its line in the new document, or for a removal its line in the old one. */
export function changePlace(change: Change): string {
  const old = change.old as { position?: { start: { line: number } } } | null;
  if (change.op === 'removed' && old?.position) return `old line ${old.position.start.line}`;
  return `line ${change.line}`;
}

/** A field value as a reader wants it: lists joined with 、, document numbers as written, none as —. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join('、') : '—';
  if (typeof value === 'object') {
    const v = value as { raw?: unknown; number?: unknown; label?: unknown; title?: unknown; value?: unknown; upTo?: unknown };
    if (typeof v.raw === 'string') return v.raw;
    // A table cell's range (ranges.2025), written as a range is.
    if (typeof v.value === 'number' && typeof v.upTo === 'number') return `${v.value}—${v.upTo}`;
    // A group as written (二、提升政务服务, （一）…); a bare number is put in brackets.
    if (typeof v.title === 'string' && typeof v.label === 'string') return `${v.label}${v.title}`;
    if (typeof v.title === 'string') return `${typeof v.number === 'string' && v.number ? `(${v.number})` : ''}${v.title}`;
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * The note that stands on the side of a cell whose column that version of the table lacks
 * (`column added` on the old side): said in words, not as a struck or inserted dash, since no
 * figure was blanked or filled in.
 */
export function columnNote(columnChange: 'added' | 'removed'): string {
  return `(column ${columnChange})`;
}

/**
 * A figure changed with its scale (8000个 → 1万个, see FieldChange.unit), one side of it: the
 * figure as that version writes it, which a reader finds in the text, and after it, where that
 * is not already so, the figure in the unit both sides are counted in (`1万个` and `(10000个)`).
 */
export function scaledFigure(f: FieldChange, side: 'old' | 'new'): { written: string; note: string } | null {
  if (f.unit === undefined || !f.written) return null;
  const written = f.written[side];
  const common = `${formatValue(f[side])}${f.unit}`;
  return { written, note: written === common ? '' : `(${common})` };
}

/** The text that stands for a whole element, shown when it was added or removed. */
export function entityText(change: Change, entity: DiffEntity | null): string {
  if (!entity) return '';
  switch (change.kind) {
    case 'task': {
      const t = entity as Task;
      // The clause as the model reads it: who leads, who takes part, and by when.
      const clause = [
        t.lead.length ? `牵头: ${t.lead.join('、')}` : '',
        t.participants.length ? `参与: ${t.participants.join('、')}` : '',
        t.deadline ? `完成时限: ${t.deadline}` : '',
      ].filter(Boolean);
      return `${t.text}${clause.length ? ` (${clause.join('; ')})` : ''}`;
    }
    case 'goal':
      return goalText(entity as Goal);
    case 'safeguard':
    case 'box':
    case 'article': {
      // An item whose text opens with its title (an article without a heading of its own, its
      // first sentence its title) is shown once, not as the title and again as the text.
      const { title, text } = entity as ArticleEntity;
      return text.trimStart().startsWith(title.trim()) ? text.trim() : `${title}\n${text}`.trim();
    }
    case 'annex': {
      if (change.element === 'row') return (entity as AnnexRowEntity).cells.join(' | ');
      const a = entity as AnnexEntity;
      // An annex added or removed takes its text with it (its conditions, its roster).
      const head = `${a.title}${a.columns.length ? ` (${a.columns.join(' | ')})` : ''}`;
      return a.text ? `${head}\n${a.text}` : head;
    }
    case 'table': {
      if (change.element === 'row') return (entity as TableRowEntity).cells.join(' | ');
      const t = entity as TableEntity;
      return [t.caption, t.columns.length ? `(${t.columns.join(' | ')})` : ''].filter(Boolean).join(' ');
    }
    case 'notice':
      return (entity as { title: string }).title;
    case 'metadata':
      return metadataText(entity as MetadataEntity);
    case 'plan':
      return planText(entity as PlanTextEntity);
    case 'unit':
      return (entity as UnitEntity).name;
    case 'unparsed':
      return (entity as UnparsedEntity).text;
    case 'part':
    case 'section': {
      // A part added or removed takes its prose (指导思想 …) with it.
      const h = entity as { title: string; text?: string };
      return h.text ? `${h.title}\n${h.text}` : h.title;
    }
    default:
      return (entity as Numbered).title ?? '';
  }
}

/** A header added or removed: each value it gives, one a line, named as a changed field is. */
function metadataText(m: MetadataEntity): string {
  return Object.entries(m)
    .filter(([key, v]) => key !== 'position' && v !== null && v !== undefined && v !== '')
    .map(([key, v]) => `${key}: ${formatValue(v)}`)
    .join('\n');
}

/**
 * A plan's own text added or removed: its title (which writes its years: the period is read from
 * it), the paragraphs before its first item and after its last, its notes and its 附件.
 */
function planText(p: PlanTextEntity): string {
  return [
    p.title,
    ...p.preamble.map((t) => t.text),
    ...p.closing.map((t) => t.text),
    ...p.footnotes.map((f) => `${f.mark}${f.text}`),
    ...(p.attachments.length ? [`附件: ${p.attachments.map((a) => a.title).join('、')}`] : []),
  ].join('\n');
}

/**
 * A goal as a reader writes it: `全区研发经费投入强度 力争 3.2%以上 (2026)`, the words that qualify
 * the figure before it (力争, 突破, ≥) and those that follow a figure after it (以上, 左右), a range
 * with both its ends (3—5个), a floor written with 余 inside the figure (5000余人次).
 */
function goalText(g: Goal): string {
  const qualifiers = (g.qualifier ?? '').split('、').filter(Boolean);
  const after = qualifiers.filter((q) => (SUFFIX_QUALIFIERS as readonly string[]).includes(q));
  const over = qualifiers.filter((q) => q === '余' || q === '多') as string[];
  const before = qualifiers.filter((q) => !after.includes(q) && !over.includes(q));
  const figure = `${goalFigureWritten(g)}${after.join('')}`;
  const base = g.baseYear !== undefined ? `${baseYearText(g)} ` : '';
  return `${g.indicator} ${base}${before.length ? `${before.join('、')} ` : ''}${figure}${g.year ? ` (${g.year})` : ''}`;
}

/** A piece of one side of an old/new comparison, marked when only that side has it. */
export interface SidePiece {
  text: string;
  mark?: 'del' | 'ins';
}

export interface FieldSides {
  field: string;
  old: SidePiece[];
  new: SidePiece[];
}

function listSide(values: unknown, marked: readonly string[] | undefined, mark: 'del' | 'ins'): SidePiece[] {
  const list = Array.isArray(values) ? (values as unknown[]).map(formatValue) : [];
  if (list.length === 0) return [{ text: '—' }];
  const set = new Set(marked ?? []);
  return list.flatMap((name, k) => [...(k > 0 ? [{ text: '、' }] : []), set.has(name) ? { text: name, mark } : { text: name }]);
}

function redlineSide(redline: readonly RedlineSegment[], side: 'old' | 'new'): SidePiece[] {
  const skip = side === 'old' ? 'insert' : 'delete';
  return redline
    .filter((s) => s.op !== skip)
    .map((s) => (s.op === 'equal' ? { text: s.text } : { text: s.text, mark: s.op === 'delete' ? ('del' as const) : ('ins' as const) }));
}

function fieldSides(field: string, change: FieldChange): FieldSides {
  // A cell of a column one version lacks: its figure or text on one side, the note on the other.
  if (change.columnChange === 'added') return { field, old: [{ text: columnNote('added') }], new: [{ text: formatValue(change.new), mark: 'ins' }] };
  if (change.columnChange === 'removed') return { field, old: [{ text: formatValue(change.old), mark: 'del' }], new: [{ text: columnNote('removed') }] };
  if (change.redline) return { field, old: redlineSide(change.redline, 'old'), new: redlineSide(change.redline, 'new') };
  const [oldFigure, newFigure] = [scaledFigure(change, 'old'), scaledFigure(change, 'new')];
  if (oldFigure && newFigure) {
    const side = (figure: { written: string; note: string }, mark: 'del' | 'ins'): SidePiece[] => [{ text: figure.written, mark }, ...(figure.note ? [{ text: ` ${figure.note}` }] : [])];
    return { field, old: side(oldFigure, 'del'), new: side(newFigure, 'ins') };
  }
  if (change.added || change.removed) {
    return { field, old: listSide(change.old, change.removed, 'del'), new: listSide(change.new, change.added, 'ins') };
  }
  return { field, old: [{ text: formatValue(change.old), mark: 'del' }], new: [{ text: formatValue(change.new), mark: 'ins' }] };
}

/**
 * Where a respelled unit is written the new way: `task 1 实现创新平台提质增效 (participants)`, one
 * entry per element and field.
 */
export function unitPlaces(change: Change): string[] {
  return (change.where ?? []).map((p) => `${`${p.kind}${p.element === 'row' ? ' row' : ''} ${p.number} ${p.title}`.replace(/ +/g, ' ').trim()} (${p.field})`);
}

/** The task (`task 15 加强知识产权创造保护运用`) whose id changed with a task added or removed, per entry. */
export function idChangeLabels(change: Change): Array<{ task: string; old: string; new: string }> {
  return (change.idsChanged ?? []).map((c) => ({ task: `task ${c.number} ${c.title}`.replace(/ +/g, ' ').trim(), old: c.old, new: c.new }));
}

/**
 * The op columns a summary table shows: every op, except `respelled` when no unit was respelled,
 * so that tables of diffs without one keep their columns.
 */
export function summaryOps(summary: Pick<DiffSummary, 'ops'>): ChangeOp[] {
  return CHANGE_OPS.filter((op) => op !== 'respelled' || summary.ops.respelled > 0);
}

/**
 * The old and new side of a change, field by field, for side-by-side views (新旧对照): an added or
 * removed element is one row with its whole text on its side.
 */
export function changeSides(change: Change): FieldSides[] {
  const sides: FieldSides[] = [];
  if (change.op === 'added') sides.push({ field: '', old: [], new: [{ text: entityText(change, change.new), mark: 'ins' }] });
  else if (change.op === 'removed') sides.push({ field: '', old: [{ text: entityText(change, change.old), mark: 'del' }], new: [] });
  else {
    // A new number is in the label already (`9 → 8`).
    for (const [field, f] of Object.entries(change.fields ?? {})) if (field !== 'number' || change.op === 'renumbered') sides.push(fieldSides(field, f));
  }
  // The ids that changed with a task added or removed: old ids on the old side, new on the new.
  const ids = idChangeLabels(change);
  if (ids.length) {
    const side = (pick: 'old' | 'new'): SidePiece[] =>
      ids.flatMap((c, k) => [...(k > 0 ? [{ text: '; ' }] : []), { text: `${c.task}: ` }, { text: c[pick], mark: pick === 'old' ? ('del' as const) : ('ins' as const) }]);
    sides.push({ field: 'ids', old: side('old'), new: side('new') });
  }
  // A respelled unit's places are where the new version writes it, numbered as the new version
  // numbers them: said once, on the new side (the old side's numbers may differ).
  const places = unitPlaces(change).join('; ');
  if (places) sides.push({ field: 'in', old: [], new: [{ text: places }] });
  // A table cell restating the goal: each side at that version's line.
  const restated = change.restated ?? [];
  if (restated.length) {
    const side = (pick: 'old' | 'new'): SidePiece[] =>
      restated.flatMap((r, k) => {
        const at = r[pick];
        return at ? [...(k > 0 ? [{ text: '; ' }] : []), { text: `${restatedCell(r)}, line ${at.line}` }] : [];
      });
    sides.push({ field: 'restated', old: side('old'), new: side('new') });
  }
  return sides;
}

/** A table cell restating a goal, named by its table and column: `表1 主要发展指标 2026年`. */
function restatedCell(r: RestatedCell): string {
  return `${r.table ?? 'table'} ${r.column}`;
}

/**
 * The table cells restating a goal, each at its line in each version: `表1 主要发展指标 2026年, line
 * 29 (old line 29)`; a cell only one version's table restates the goal in says so.
 */
export function restatedPlaces(change: Change): string[] {
  return (change.restated ?? []).map((r) => {
    if (r.new && r.old) return `${restatedCell(r)}, line ${r.new.line} (old line ${r.old.line})`;
    if (r.new) return `${restatedCell(r)}, line ${r.new.line} (not restated in the old version)`;
    return `${restatedCell(r)}, old line ${r.old?.line ?? '?'} (not restated in the new version)`;
  });
}

/**
 * A renumbered element says nothing beyond its label (`9 → 8`); views list these compactly. One
 * whose id changed too (its twin went) is shown in full, so the id can be followed.
 */
export function isRenumberOnly(change: Change): boolean {
  return change.op === 'renumbered' && Object.keys(change.fields ?? {}).every((field) => field === 'number');
}
