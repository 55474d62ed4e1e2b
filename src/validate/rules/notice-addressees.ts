import type { Rule } from '../rule.js';

/** Titles of documents addressed to bodies below the issuer, which name them in a 主送 line. */
const ADDRESSED = /(?:通知|意见|批复|函)$/;

/**
 * GB/T 9704-2012 7.3.2: a 通知 names the bodies it is sent to (主送机关) above its text. A notice
 * with its title, text and signature but no addressees lost its 主送 line in the copy, or was
 * published without one. 公告, 通告 and 决定 are addressed to nobody in particular and need none.
 */
export const noticeAddressees: Rule = {
  id: 'notice-addressees',
  description: 'a 通知 (意见, 批复, 函) names its addressees (主送) above its text',
  defaultSeverity: 'warning',
  check(ctx) {
    const notice = ctx.doc.notice;
    if (!notice || notice.addressees.length > 0 || notice.body.length === 0 || notice.signatories.length === 0) return;
    if (!ADDRESSED.test(ctx.match(notice.title).replace(/\s+/g, ''))) return;
    const first = notice.body[0]!.position;
    ctx.report(`the notice names no addressees (主送) above its text`, ctx.span(first.start.offset, Math.min(first.start.offset + 1, first.end.offset)));
  },
};
