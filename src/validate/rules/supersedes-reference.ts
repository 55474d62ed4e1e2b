import type { Position } from '../../model/types.js';
import { repealedIn, titledNumbersIn } from '../../parse/repeal-sentence.js';
import { blockSpan } from '../block-span.js';
import type { Rule } from '../rule.js';

/** A title that announces a revision or repeal: …关于修订X的通知, 关于废止《X》的决定. */
const REVISING_TITLE = /关于(?:修订|修改|废止|废除|撤销)(.+?)的(?:通知|决定|批复|公告|通告|意见)$/;

/**
 * A notice that replaces or repeals another names it by its document number, so that the
 * document can be found and marked as no longer in force. A 《title》 repealed in a sentence
 * (as the parser reads repeals: 原《X》(号)同时废止, 废止《X》(号)) needs its number after it; a
 * notice whose title says it revises or repeals a document must cite a number somewhere: in a
 * repeal, or after that document's 《title》 (现对《X》(号)作如下修改, where an amendment takes
 * nothing out of force). The number's form is document-number-format's concern.
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
    const numbered: string[] = [];
    for (const block of ctx.blocks) {
      if (titles.some((t) => t.start.offset <= block.start && block.end <= t.end.offset)) continue;
      const match = ctx.match(block.text);
      numbered.push(...titledNumbersIn(block.text, match).map((c) => bare(match.slice(c.title.index, c.title.index + c.title.text.length))));
      for (const { title, number } of repealedIn(block.text, match)) {
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
    if (revised && titleAt && !repeals && (doc.notice?.supersedes.length ?? 0) === 0 && !revisedNumbered(revised[1]!, numbered)) {
      ctx.report(`the notice revises or repeals ${revised[1]} but never gives that document's number`, titleAt);
    }
  },
};

/** A document title without its marks (《》, 「」 …) and spaces, for comparing titles written in different places. */
function bare(title: string): string {
  return title.replace(/[《》「」『』〈〉“”\s]/g, '');
}

/**
 * Whether a document the title revises (关于修改《X》的通知, 关于修订X的通知) is cited with its number
 * in the text. A title cited with or without its years (《X(2023—2025年)》 for X) is the same
 * document; the shorter must be long enough to be a title and not a word (办法) of one.
 */
function revisedNumbered(revised: string, numbered: readonly string[]): boolean {
  const inTitle = [...revised.matchAll(/《([^《》]+)》/g)].map((m) => bare(m[1]!));
  const names = inTitle.length > 0 ? inTitle : [bare(revised)];
  const same = (a: string, b: string): boolean => Math.min(a.length, b.length) >= 6 && (a.includes(b) || b.includes(a));
  return names.some((name) => numbered.some((cited) => same(name, cited)));
}
