import type { MetadataField, Position } from '../../model/types.js';
import { findDates, parseDate, parseFieldDate, type ParsedDate } from '../../text/date.js';
import { squeeze } from '../../text/fold.js';
import { blockSpan } from '../block-span.js';
import type { Rule, RuleContext } from '../rule.js';

/**
 * Dates are real calendar dates wherever they are written. The dates the document itself prints
 * (成文日期 under the signature, dates in its text) follow GB/T 9704-2012 7.3.5.1: Arabic
 * numerals, month and day without a leading zero. A header field's value is the site's record
 * of the date, in the site's format (gov.cn's 2019年01月12日), so its style is not checked. The
 * written date (in the header or under the signature) is not later than the publication date,
 * and the header and the signature give the same one.
 */
export const dateValid: Rule = {
  id: 'date-valid',
  description: 'dates are real; the document writes them in Arabic numerals without zero padding; 成文日期 and the signature date not after 发文日期, and the same in header and signature',
  defaultSeverity: 'error',
  check(ctx) {
    const meta = ctx.doc.metadata;
    const notice = ctx.doc.notice;
    // Spans whose dates are not the document's own writing: the header, and the signature date, which is checked on its own below.
    const notOwnText = [meta.position, ...meta.fields.map((f) => f.position), notice?.datePosition].filter((p): p is Position => !!p);
    const ownText = (start: number, end: number): boolean => !notOwnText.some((p) => p.start.offset < end && start < p.end.offset);
    for (const block of ctx.blocks) {
      for (const date of findDates(block.text)) {
        const at = (): Position => blockSpan(ctx, block, date.index, date.index + date.raw.length);
        if (!date.valid) ctx.report(`"${date.raw}" is not a real date`, at());
        else if (date.style === 'arabic' && date.zeroPadded) {
          const span = at();
          if (ownText(span.start.offset, span.end.offset)) ctx.report(paddedMessage('the date', date), span, { severity: 'warning' });
        }
      }
    }
    for (const field of meta.fields) {
      if ((field.key !== 'writtenDate' && field.key !== 'publishedDate') || field.value === null) continue;
      // A site's record may give the time of day too (2024-03-18 10:22), or the weekday, or eight digits: still a date.
      if (!parseFieldDate(field.value)) ctx.report(`${squeeze(field.label)} "${field.value.trim()}" is not a date`, valuePosition(ctx, field));
    }

    if (notice?.datePosition) {
      const written = parseDate(ctx.text.slice(notice.datePosition.start.offset, notice.datePosition.end.offset));
      if (written) checkStyle(ctx, written, notice.datePosition);
    }

    const writtenField = meta.fields.find((f) => f.key === 'writtenDate' && f.value !== null);
    // The header's 成文日期 only: one taken from under the signature (metadata.derived) is that date.
    const headerWritten = meta.derived?.includes('writtenDate') ? null : meta.writtenDate;
    // Only a 成文日期 the header itself gives is reported at the header: one taken from under the
    // signature (the header's own not a real date) is the signature's, reported there below.
    if (writtenField && headerWritten && meta.publishedDate && headerWritten > meta.publishedDate) {
      ctx.report(`成文日期 ${headerWritten} is after the publication date ${meta.publishedDate}`, valuePosition(ctx, writtenField));
    }
    // Signed after it was published: one of the two dates is wrong. When the header's 成文日期 is
    // the signature date, the finding above has said so already.
    if (notice?.date && notice.datePosition && meta.publishedDate && notice.date > meta.publishedDate && notice.date !== headerWritten) {
      const label = squeeze(meta.fields.find((f) => f.key === 'publishedDate')?.label ?? '发布日期');
      ctx.report(`the date under the signature (${notice.date}) is after the header's ${label} (${meta.publishedDate})`, notice.datePosition);
    }
    if (headerWritten && notice?.date && notice.datePosition && notice.date !== headerWritten) {
      ctx.report(`the date under the signature (${notice.date}) differs from the header's 成文日期 (${headerWritten})`, notice.datePosition);
    }
  },
};

/** GB/T 9704: 2022年7月2日, not 2022年07月02日 nor 二〇二二年七月二日. */
function checkStyle(ctx: RuleContext, date: ParsedDate, at: Position): void {
  if (!date.valid) return; // reported as not a real date
  if (date.style === 'chinese') {
    ctx.report(`成文日期 "${date.raw}" is in Chinese numerals; GB/T 9704-2012 writes it in Arabic numerals`, at, { severity: 'warning' });
  } else if (date.style === 'arabic' && date.zeroPadded) {
    ctx.report(paddedMessage('成文日期', date), at, { severity: 'warning' });
  }
}

function paddedMessage(what: string, date: ParsedDate): string {
  return `${what} "${date.raw}" pads the month or day with a zero; write ${date.year}年${date.month}月${date.day}日`;
}

function valuePosition(ctx: RuleContext, field: MetadataField): Position {
  return (field.value !== null && ctx.find(field.value.trim(), field.position, field.position.start.offset + field.label.length)) || field.position;
}
