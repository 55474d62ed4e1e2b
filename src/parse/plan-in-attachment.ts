import type { Annex, Attachment, Notice, Plan } from '../model/types.js';
import { PLAN_TITLE } from './annex-plan-unread.js';
import type { ParseContext } from './context.js';

/**
 * The notice's attachments that are the plan it hands on while the input holds no plan at all: a
 * page that prints only the covering notice and links the plan as a file (附件：<a href="x.pdf">某方案.pdf</a>).
 * Without a word, `plan` would be null and a query of its tasks an empty table.
 */
export function plansInAttachments(ctx: ParseContext, notice: Notice | null, plan: Plan | null, annexes: readonly Annex[]): Attachment[] {
  if (!notice || plan) return [];
  const squeeze = (t: string): string => ctx.normalize(t).replace(/[\s《》〈〉]+/g, '');
  const printed = new Set(annexes.map((a) => squeeze(a.title)));
  return notice.attachments.filter((a) => PLAN_TITLE.test(squeeze(a.title)) && !printed.has(squeeze(a.title)));
}

/** The diagnostic's words: which plan, and where it is. */
export function planInAttachmentMessage(a: Attachment): string {
  const where = a.href ? `an attachment not in this input (${a.href})` : 'an attachment not in this input';
  return `the plan ${a.label}《${a.title}》 is in ${where}: this input is only the notice that covers it, so the model has no plan, tasks or goals`;
}
