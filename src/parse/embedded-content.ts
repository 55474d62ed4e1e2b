import type { Annex, Notice, Plan } from '../model/types.js';
import { PLAN_TITLE } from './annex-plan-unread.js';
import type { ParseContext } from './context.js';

/**
 * What a page shows but its text does not hold: the document in a viewer (a pdf.js <iframe>), or
 * an attachment given as scanned images under its 附件 line. With no plan read, the model would be
 * an empty plan and a query of its tasks an empty table; the warning says where the plan went, as
 * plan-in-attachment does for a linked file.
 */
export function reportEmbeddedContent(ctx: ParseContext, notice: Notice | null, plan: Plan | null, annexes: readonly Annex[]): void {
  const embeds = ctx.source.embeds;
  if (!embeds || embeds.length === 0) return;
  // A plan read from the text is the content; a viewer beside it shows the same document.
  if (plan && (plan.tasks.length > 0 || plan.goals.length > 0)) return;
  const nothing = 'its text is not in this input, so the model has no plan, tasks or goals from it';
  for (const doc of embeds.filter((e) => e.kind === 'document')) {
    ctx.report('embedded-document', 'warning', `the page shows a document in a viewer (${doc.src}): ${nothing}`, ctx.lines.position(doc.start, doc.end));
  }
  if (!notice) return;
  const squeeze = (t: string): string => ctx.normalize(t).replace(/[\s《》〈〉]+/g, '');
  const printed = new Set(annexes.map((a) => squeeze(a.title)));
  const unprinted = notice.attachments.filter((a) => !a.href && !printed.has(squeeze(a.title)));
  const last = unprinted[unprinted.length - 1];
  // A plan's pages, not a meeting's site map: the attachment's title or the notice's names a plan,
  // as plan-in-attachment asks of a linked file.
  const coversPlan = PLAN_TITLE.test(squeeze(notice.title).replace(/的?通知$/, ''));
  let from: number;
  let what: string;
  if (last) {
    if (!coversPlan && !PLAN_TITLE.test(squeeze(last.title))) return;
    from = last.position.end.offset;
    what = `${last.label}《${last.title}》`;
  } else {
    // 附件： with no title over its images (<p>附件：</p><p><img></p>, TRS's <div class="fj">).
    const label = coversPlan ? bareAttachmentLabel(ctx) : null;
    if (label === null) return;
    from = label;
    what = '附件';
  }
  // The images under the last attachment line the text does not print: the attachment's scanned pages.
  const images = embeds.filter((e) => e.kind === 'image' && e.start >= from);
  if (images.length === 0) return;
  const first = images[0]!;
  const srcs = images.slice(0, 3).map((e) => e.src).join(', ') + (images.length > 3 ? ', …' : '');
  ctx.report(
    'attachment-as-images',
    'warning',
    `the attachment ${what} is given as ${images.length} image${images.length > 1 ? 's' : ''} (${srcs}): ${nothing}`,
    ctx.lines.position(first.start, images[images.length - 1]!.end),
  );
}

const BARE_LABEL = /^附\s*件\s*:?$/;

/** The end offset of the last bare 附件： line of the text (no title after it), if any. */
function bareAttachmentLabel(ctx: ParseContext): number | null {
  for (let i = ctx.items.length - 1; i >= 0; i--) {
    const item = ctx.items[i]!;
    if (item.match.length <= 8 && item.block.kind !== 'table' && BARE_LABEL.test(item.match.trim())) return item.block.end;
  }
  return null;
}
