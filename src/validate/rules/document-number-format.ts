import type { Block } from '../../source/types.js';
import { findDocumentNumbers, numberWithoutHao, type FoundDocumentNumber } from '../../text/document-number.js';
import { blockSpan } from '../block-span.js';
import { isNoneValue } from '../../text/none-value.js';
import type { Rule, RuleContext } from '../rule.js';

const OPENING = /[〔\[［【(（﹝〖〘]/;
const CLOSING = /[〕\]］】)）﹞〗〙]/;
/** A bracketed year that is not four digits: 国发〔18〕39号. Runs on match() copies. */
const SHORT_YEAR = /[\u4e00-\u9fff][〔\[【(﹝〖〘](\d{1,3}|\d{5,})[〕\]】)﹞〗〙] ?第? ?\d{1,5} ?号/;
const SHORT_YEARS = new RegExp(SHORT_YEAR.source, 'g');

/**
 * GB/T 9704-2012 7.2.4: 发文字号 is the agency code, the year in 〔〕 with all four digits, and the
 * serial without leading zeros or 第, then 号. Checked wherever a number is written: the header,
 * under the title, and every citation in the text.
 */
export const documentNumberFormat: Rule = {
  id: 'document-number-format',
  description: 'document numbers are written agency〔YYYY〕N号: four-digit year in 〔〕, serial without leading zeros or 第',
  defaultSeverity: 'error',
  check(ctx) {
    for (const block of ctx.blocks) {
      const matched = ctx.match(block.text);
      const numbers = findDocumentNumbers(matched);
      // A line that is a number but for its 号 (under a title, above it).
      const unfinished = numbers.length === 0 ? numberWithoutHao(block.text, matched.trim().length === block.text.trim().length ? matched.trim() : undefined) : null;
      if (unfinished) numbers.push({ ...unfinished, index: block.text.length - block.text.trimStart().length });
      for (const found of numbers) checkForm(ctx, block, found);
      SHORT_YEARS.lastIndex = 0;
      for (let m = SHORT_YEARS.exec(matched); m; m = SHORT_YEARS.exec(matched)) {
        const at = m.index + 2;
        ctx.report(`the year "${m[1]}" in "${block.text.slice(m.index + 1, m.index + m[0].length)}" is not four digits`, blockSpan(ctx, block, at, at + (m[1] as string).length));
      }
    }
    for (const field of ctx.doc.metadata.fields) {
      if (field.key !== 'documentNumber' || field.value === null) continue;
      const value = field.value.trim();
      const matched = ctx.match(value);
      if (isNoneValue(matched) || findDocumentNumbers(matched).length > 0 || SHORT_YEAR.test(matched)) continue;
      const at = ctx.find(value, field.position) ?? field.position;
      if (numberWithoutHao(value, matched)) ctx.report(`发文字号 "${value}" lacks its 号; write ${value}号`, at);
      else ctx.report(`发文字号 "${value}" is not a document number (agency〔YYYY〕N号)`, at);
    }
  },
};

/** `found` was read from the block's match() copy; messages quote the block's own text. */
function checkForm(ctx: RuleContext, block: Block, found: FoundDocumentNumber): void {
  const raw = block.text.slice(found.index, found.index + found.raw.length);
  const place = (from: number, length: number) => blockSpan(ctx, block, found.index + from, found.index + from + length);
  if (found.brackets !== null && found.brackets !== '〔〕') {
    const open = raw.search(OPENING);
    const brackets = `${raw[open] ?? ''}${raw[open + 1 + raw.slice(open + 1).search(CLOSING)] ?? ''}`;
    ctx.report(`"${raw}" puts the year in "${brackets}"; write 〔${found.year}〕`, place(open, 1));
  }
  if (found.brackets !== null && found.ordinalMark) {
    ctx.report(`"${raw}" has 第 before the serial; write ${found.serial}号 without it`, place(found.raw.lastIndexOf('第'), 1));
  }
  if (found.missingHao) {
    ctx.report(`"${raw}" lacks its 号; write ${raw}号`, place(found.raw.length - 1, 1));
  }
  if (found.zeroPadded) {
    const serial = /(\d+) ?号$/.exec(found.raw);
    ctx.report(`"${raw}" writes the serial with a leading zero; write ${found.serial}号`, place(serial?.index ?? 0, serial?.[1]?.length ?? raw.length));
  }
}
