import type { DocumentNumber, Position } from '../../model/types.js';
import type { Rule, RuleContext } from '../rule.js';

/**
 * The 发文字号 of a page's header is the site's record of the number printed with the notice's
 * title (gov.cn prints both; under the title, or above it under a red head's 文件 line, or in
 * brackets after it); when they differ, one of them is a typo and the notice cannot be
 * cited with confidence. Agency, year and serial are compared, not the way they are written
 * (〔〕 or [] is document-number-format's concern), and a 令's header (国令第707号) names its agency
 * shorter than its text (中华人民共和国国务院令第707号), so agencies are compared only when both
 * numbers have a year.
 */
export const documentNumberMatch: Rule = {
  id: 'document-number-match',
  description: "the header's 发文字号 is the number the notice prints with its title (under it, above it under a red head, or after it)",
  defaultSeverity: 'error',
  check(ctx) {
    const header = ctx.doc.metadata.documentNumber;
    const notice = ctx.doc.notice;
    const printed = notice?.documentNumber;
    if (!header || !notice || !printed || same(ctx, header, printed)) return;
    // A notice printed with two numbers (its 规 number and its 文号) matches a header giving either.
    if (notice.otherDocumentNumbers?.some((other) => same(ctx, header, other))) return;
    // Where the parser found it: under the title, above it in a red head, or in brackets after it.
    const line = notice.documentNumberPosition;
    const after: Position = { start: notice.titlePosition.end, end: notice.position.end };
    const at = (line ? (ctx.find(printed.raw, line) ?? line) : ctx.find(printed.raw, after)) ?? notice.titlePosition;
    ctx.report(`the number ${placeBy(at, notice.titlePosition)}, ${printed.raw}, differs from the header's 发文字号 ${header.raw}`, at);
  },
};

/** Where a number stands by the title, as a reader finds it: under, above, or after it on its line. */
function placeBy(at: Position, title: Position): string {
  if (at.end.offset <= title.start.offset) return 'above the title';
  if (at.start.line > title.end.line) return 'under the title';
  if (at.start.offset >= title.start.offset) return 'after the title';
  return 'printed with the title';
}

function same(ctx: RuleContext, a: DocumentNumber, b: DocumentNumber): boolean {
  const squeezed = (text: string): string => ctx.match(text).replace(/\s+/g, '');
  // A number the parser could not take apart is compared as written.
  if (a.serial === null || b.serial === null) return squeezed(a.raw) === squeezed(b.raw);
  if (a.serial !== b.serial) return false;
  if (a.year === null || b.year === null) return true;
  return a.year === b.year && squeezed(a.agency) === squeezed(b.agency);
}
