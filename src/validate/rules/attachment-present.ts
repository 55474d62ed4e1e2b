import type { Attachment } from '../../model/types.js';
import { squeeze } from '../../text/fold.js';
import type { Rule, RuleContext } from '../rule.js';

/**
 * A 附件 the notice lists (附件：1.主要指标表) is printed after it, as an annex, or is the plan itself
 * (附件：某区行动方案 over the plan's text), or is a file the page links to. One listed and found
 * nowhere was left out of the copy, or the list names a document that does not exist.
 */
export const attachmentPresent: Rule = {
  id: 'attachment-present',
  description: 'every 附件 the notice lists is in the document (an annex, or the plan itself) or linked from the page',
  defaultSeverity: 'warning',
  check(ctx) {
    const listed = [...(ctx.doc.notice?.attachments ?? []), ...(ctx.doc.plan?.attachments ?? [])];
    const seen = new Set<string>();
    for (const attachment of listed) {
      const key = words(ctx, attachment.title);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      // 某名单（略）: left out of the copy on purpose, and said so.
      if (attachment.omitted || attachment.href !== undefined || isPresent(ctx, attachment, key)) continue;
      ctx.report(`附件 ${attachment.title} is listed, but its text is not in the document`, attachment.position);
    }
  },
};

/**
 * A title's words for comparison: width folded, spaces, brackets and marks of title taken out, and
 * a period in brackets too (the list names 某行动计划年度分解表, the annex 某行动计划(2020—2022年)年度分解表).
 */
function words(ctx: RuleContext, title: string): string {
  return squeeze(ctx.match(title))
    .replace(/[(（〔]?\d{4} ?年? ?[—–\-~～至到]+ ?\d{4} ?年?[)）〕]?/g, '')
    .replace(/[《》“”"「」『』()（）〔〕【】,，、.。:：;；\-—–]/g, '');
}

function isPresent(ctx: RuleContext, attachment: Attachment, key: string): boolean {
  const same = (title: string | null | undefined): boolean => {
    if (!title) return false;
    const other = words(ctx, title);
    return other.length > 0 && (other === key || (Math.min(other.length, key.length) >= 4 && (other.includes(key) || key.includes(other))));
  };
  const plan = ctx.doc.plan;
  if (same(plan?.title)) return true;
  // The list's 2. (or 附件2) is the annex headed 附件2, whatever title each gives it.
  const number = (label: string): string => /\d+/.exec(squeeze(ctx.match(label)))?.[0] ?? '';
  const listedNumber = number(attachment.label);
  return ctx.doc.annexes.some((annex) => same(annex.title) || (listedNumber !== '' && /附件|附表/.test(annex.label) && number(annex.label) === listedNumber));
}
