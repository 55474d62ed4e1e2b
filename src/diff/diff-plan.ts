import type { Period, Plan, PlanDocument } from '../model/types.js';
import { compareFields, listField, proseField, valueField, type CompareContext, type FieldRule } from './fields.js';
import type { Change, PlanTextEntity } from './types.js';

/** `2023—2025`, or null for a plan without years. */
function periodText(p: Period): string | null {
  if (p.start === null && p.end === null) return null;
  return p.start === p.end ? String(p.start) : `${p.start ?? ''}—${p.end ?? ''}`;
}

/** What a plan says besides its items: its title and years, the paragraphs before the first and after the last. */
const RULES: ReadonlyArray<FieldRule<PlanTextEntity>> = [
  proseField('title', (p) => p.title),
  valueField('period', (p) => periodText(p.period)),
  proseField('preamble', (p) => p.preamble.map((t) => t.text).join('\n')),
  proseField('closing', (p) => p.closing.map((t) => t.text).join('\n')),
  // Its notes (注释: ①…) with their marks, and the files it lists as its own 附件, by title.
  proseField('footnotes', (p) => p.footnotes.map((f) => `${f.mark}${f.text}`).join('\n')),
  listField('attachments', (p) => p.attachments.map((a) => a.title), { text: true }),
];

function entity(p: Plan): PlanTextEntity {
  return { title: p.title, period: p.period, preamble: p.preamble, closing: p.closing ?? [], footnotes: p.footnotes ?? [], attachments: p.attachments, position: p.titlePosition };
}

/** The plan's own text outside its items (title, period, preamble, closing statements, notes, attachments), as one element. */
export function diffPlan(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): Change[] {
  const a = oldDoc.plan;
  const b = newDoc.plan;
  if (!a && !b) return [];
  // A plan only one version has (a notice added from nothing, or deleted): its own text is added
  // or removed with its tasks, goals and sections, as one element, not lost between them.
  if (!a || !b) {
    const text = entity((a ?? b) as Plan);
    const at = text.position?.start ?? { line: 1, column: 1 };
    const line = b ? { line: at.line, column: at.column } : { line: 1, column: 1 };
    return [{ kind: 'plan', op: b ? 'added' : 'removed', old: a ? text : null, new: b ? text : null, ...line }];
  }
  const [oldText, newText] = [entity(a), entity(b)];
  const fields = compareFields(RULES, oldText, newText, ctx);
  if (!fields) return [];
  const field = Object.keys(fields)[0];
  const first = field === 'closing' ? newText.closing[0] : field === 'preamble' ? newText.preamble[0] : null;
  const position = first?.position ?? newText.position;
  return [{ kind: 'plan', op: 'modified', old: oldText, new: newText, fields, line: position?.start.line ?? 1, column: position?.start.column ?? 1 }];
}
