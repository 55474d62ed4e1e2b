import type { PlanDocument } from '../model/types.js';

type Reported = Pick<PlanDocument, 'diagnostics' | 'source'>;

/**
 * One line for standard error when an annex holds a second plan that the model does not read, or
 * the plan is an attachment not in the input at all, or null. A query (tasks --dept 省商务厅) answers from the model only and would just not find that
 * plan's tasks; `parse` and `validate` carry the diagnostic in their output already.
 */
export function unreadAnnexPlansNote(doc: Reported): string | null {
  // A plan left in a linked file (plan-in-attachment) is missing from the answer in the same way.
  // So is one shown in a viewer or as scanned images (embedded-document, attachment-as-images).
  for (const ruleId of ['annex-plan-unread', 'plan-in-attachment', 'embedded-document', 'attachment-as-images']) {
    const unread = doc.diagnostics.filter((d) => d.ruleId === ruleId);
    const first = unread[0];
    if (!first) continue;
    const more = unread.length > 1 ? ` (${unread.length - 1} more such ${ruleId === 'annex-plan-unread' ? 'annexes' : ruleId === 'embedded-document' ? 'documents' : 'attachments'} in the diagnostics)` : '';
    return `${doc.source.name}:${first.line}: warning: ${first.message}${more}`;
  }
  return null;
}
