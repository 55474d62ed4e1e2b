import type { PlanDocument } from '../model/types.js';

type Reported = Pick<PlanDocument, 'diagnostics' | 'source'>;

/**
 * One line for standard error when an annex holds a second plan that the model does not read, or
 * null. A query (tasks --dept 省商务厅) answers from the model only and would just not find that
 * plan's tasks; `parse` and `validate` carry the diagnostic in their output already.
 */
export function unreadAnnexPlansNote(doc: Reported): string | null {
  const unread = doc.diagnostics.filter((d) => d.ruleId === 'annex-plan-unread');
  const first = unread[0];
  if (!first) return null;
  const more = unread.length > 1 ? ` (${unread.length - 1} more such annexes in the diagnostics)` : '';
  return `${doc.source.name}:${first.line}: warning: ${first.message}${more}`;
}
