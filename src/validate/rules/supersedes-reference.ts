import type { Position } from '../../model/types.js';
import { repealedIn } from '../../parse/repeal-sentence.js';
import { blockSpan } from '../block-span.js';
import type { Rule } from '../rule.js';

/** A title that announces a revision or repeal: …关于修订X的通知, 关于废止《X》的决定. */
const REVISING_TITLE = /关于(?:修订|修改|废止|废除|撤销)(.+?)的(?:通知|决定|批复|公告|通告|意见)$/;

/**
 * A notice that replaces or repeals another names it by its document number, so that the
 * document can be found and marked as no longer in force. A 《title》 repealed in a sentence
 * (as the parser reads repeals: 原《X》(号)同时废止, 废止《X》(号)) needs its number after it; a
 * notice whose title says it revises or repeals a document must cite a number somewhere. The
 * number's form is document-number-format's concern.
 */
export const supersedesReference: Rule = {
  id: 'supersedes-reference',
  description: 'a notice that revises or repeals a document gives that document’s number, and not its own',
  defaultSeverity: 'error',
  check(ctx) {
    const doc = ctx.doc;
    const own = doc.metadata.documentNumber?.raw ?? doc.notice?.documentNumber?.raw ?? null;
    const titles = [doc.metadata.position, doc.notice?.titlePosition, doc.plan?.titlePosition].filter((p): p is Position => !!p);
    let repeals = false;
    for (const block of ctx.blocks) {
      if (titles.some((t) => t.start.offset <= block.start && block.end <= t.end.offset)) continue;
      for (const { title, number } of repealedIn(block.text, ctx.match(block.text))) {
        repeals = true;
        if (title && !number) {
          const at = blockSpan(ctx, block, title.index, title.index + title.text.length);
          ctx.report(`${title.text} is repealed without its document number`, at);
        }
      }
    }
    for (const cited of doc.notice?.supersedes ?? []) {
      if (own && ctx.match(cited.raw) === ctx.match(own)) ctx.report(`the notice repeals its own number ${cited.raw}`, cited.position);
    }
    const title = doc.notice?.title ?? doc.metadata.title;
    const titleAt = doc.notice?.titlePosition ?? doc.metadata.fields.find((f) => f.key === 'title')?.position;
    const revised = title ? REVISING_TITLE.exec(ctx.match(title).replace(/\s+/g, '')) : null;
    // A repeal sentence has had its say; the title only matters when the text names nothing.
    if (revised && titleAt && !repeals && (doc.notice?.supersedes.length ?? 0) === 0) {
      ctx.report(`the notice revises or repeals ${revised[1]} but never gives that document's number`, titleAt);
    }
  },
};
