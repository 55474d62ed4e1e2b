import type { Metadata } from '../model/types.js';
import type { ParseContext } from './context.js';
import { isImprintLine, isKeywordsLine, KEYWORDS } from './imprint-lines.js';

/**
 * The 主题词 line of the imprint (版记) that closes a document (主题词：教育　工作要点, over 抄送 and
 * 印发, or alone under the text on a page that prints it last): the document's keywords, as a
 * header's 主题词 gives them, not a line of the last item's text. Only where nothing but the rest of
 * the imprint and the page's furniture (already set aside) follows it; a field of `metadata.fields`
 * as the 发布时间 line outside a header is, and `metadata.keywords` where the header gave none.
 */
export function readClosingKeywords(ctx: ParseContext, meta: Metadata): void {
  for (let i = ctx.items.length - 1; i >= 0; i--) {
    const claim = ctx.claims[i];
    if (claim === 'chrome' || claim === 'note') continue;
    const item = ctx.items[i]!;
    if (claim !== null || item.block.kind === 'table') return;
    if (isImprintLine(item.match)) continue;
    if (!isKeywordsLine(item.match)) return;
    const lead = item.match.length - item.match.trimStart().length;
    const written = (KEYWORDS.exec(item.match.trim())![1] as string).trim();
    const valueAt = written ? lead + item.match.trim().lastIndexOf(written) : -1;
    const value = valueAt >= 0 ? item.text.slice(valueAt, valueAt + written.length) : null;
    const label = item.text.slice(lead, lead + item.match.slice(lead).search(/\s*[:：]/));
    ctx.claim(i, 'metadata');
    meta.fields.push({ label, key: 'keywords', value, position: ctx.blockPosition(item) });
    if (meta.keywords === null && value !== null) meta.keywords = value;
    return;
  }
}
