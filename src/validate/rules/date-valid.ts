import type { MetadataField, Position } from '../../model/types.js';
import { findDates, parseDate, type ParsedDate } from '../../text/date.js';
import { squeeze } from '../../text/fold.js';
import { blockSpan } from '../block-span.js';
import type { Rule, RuleContext } from '../rule.js';

/**
 * Dates are real calendar dates wherever they are written. 成文日期 (in the header and under
 * the signature) follows GB/T 9704-2012 7.3.5.1: Arabic numerals, month and day without a
 * leading zero. It is not later than the publication date, and the header and the signature
 * give the same one.
 */
export const dateValid: Rule = {
  id: 'date-valid',
  description: 'dates are real; 成文日期 in Arabic numerals without zero padding, not after 发文日期, and the same in header and signature',
  defaultSeverity: 'error',
  check(ctx) {
    for (const block of ctx.blocks) {
      for (const date of findDates(block.text)) {
        if (!date.valid) ctx.report(`"${date.raw}" is not a real date`, blockSpan(ctx, block, date.index, date.index + date.raw.length));
      }
    }
    const meta = ctx.doc.metadata;
    for (const field of meta.fields) {
      if ((field.key !== 'writtenDate' && field.key !== 'publishedDate') || field.value === null) continue;
      const date = parseDate(field.value);
      const at = valuePosition(ctx, field);
      if (!date) ctx.report(`${squeeze(field.label)} "${field.value.trim()}" is not a date`, at);
      else if (field.key === 'writtenDate') checkStyle(ctx, date, at);
    }

    const notice = ctx.doc.notice;
    if (notice?.datePosition) {
      const written = parseDate(ctx.text.slice(notice.datePosition.start.offset, notice.datePosition.end.offset));
      if (written) checkStyle(ctx, written, notice.datePosition);
    }

    const writtenField = meta.fields.find((f) => f.key === 'writtenDate' && f.value !== null);
    if (writtenField && meta.writtenDate && meta.publishedDate && meta.writtenDate > meta.publishedDate) {
      ctx.report(`成文日期 ${meta.writtenDate} is after the publication date ${meta.publishedDate}`, valuePosition(ctx, writtenField));
    }
    if (meta.writtenDate && notice?.date && notice.datePosition && notice.date !== meta.writtenDate) {
      ctx.report(`the date under the signature (${notice.date}) differs from the header's 成文日期 (${meta.writtenDate})`, notice.datePosition);
    }
  },
};

/** GB/T 9704: 2022年7月2日, not 2022年07月02日 nor 二〇二二年七月二日. Numeric forms (2022-07-02) are how sites store dates, not how a notice writes them. */
function checkStyle(ctx: RuleContext, date: ParsedDate, at: Position): void {
  if (!date.valid) return; // reported as not a real date
  if (date.style === 'chinese') {
    ctx.report(`成文日期 "${date.raw}" is in Chinese numerals; GB/T 9704-2012 writes it in Arabic numerals`, at, { severity: 'warning' });
  } else if (date.style === 'arabic' && date.zeroPadded) {
    ctx.report(`成文日期 "${date.raw}" pads the month or day with a zero; write ${date.year}年${date.month}月${date.day}日`, at, { severity: 'warning' });
  }
}

function valuePosition(ctx: RuleContext, field: MetadataField): Position {
  return (field.value !== null && ctx.find(field.value.trim(), field.position, field.position.start.offset + field.label.length)) || field.position;
}
