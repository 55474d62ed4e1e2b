import type { Rule } from '../rule.js';

/**
 * The year in a document number (〔2024〕) is the year the document was issued: a notice numbered
 * 〔2023〕 and written on 2024年3月15日 has one of the two mistyped. Compared with the 成文日期 of
 * the header, or else the date under the signature.
 */
export const documentNumberYear: Rule = {
  id: 'document-number-year',
  description: "the year in the notice's document number is the year of its 成文日期",
  defaultSeverity: 'warning',
  check(ctx) {
    const { metadata, notice } = ctx.doc;
    const written = metadata.writtenDate && !metadata.derived?.includes('writtenDate') ? metadata.writtenDate : (notice?.date ?? metadata.writtenDate);
    const year = written ? Number(written.slice(0, 4)) : null;
    if (!year) return;
    const numbers = [
      { number: metadata.documentNumber, at: metadata.fields.find((f) => f.key === 'documentNumber')?.position },
      { number: notice?.documentNumber ?? null, at: notice?.documentNumberPosition },
    ];
    for (const { number, at } of numbers) {
      if (!number || number.year === null || number.year === year || !at) continue;
      const place = ctx.find(String(number.year), at) ?? at;
      ctx.report(`${number.raw} is numbered in ${number.year}, but the notice was written in ${year} (${written})`, place);
      return;
    }
  },
};
