import type { Metadata, PlanDocument, Position } from '../model/types.js';

/**
 * A header's 成文日期 and the date under a notice's signature are one fact written twice: the
 * date the document was signed. The diff reports a change of it once, as the notice's `date`
 * (see datedByNotice for when it stays two reports).
 */

/** The header's own 成文日期, not the one filled in from the signature (`metadata.derived`). */
export function headerWrittenDate(m: Metadata): string | null {
  return m.derived?.includes('writtenDate') ? null : m.writtenDate;
}

/** Where the header writes its 成文日期, for pointing at a date only the header gives. */
export function headerWrittenDatePosition(m: Metadata): Position | null {
  if (!headerWrittenDate(m)) return null;
  return m.fields.find((f) => f.key === 'writtenDate')?.position ?? m.position;
}

/**
 * Whether the date is compared once, as the notice's: both versions have a notice and at least
 * one dates it under its signature (where neither does, the headers' 成文日期 are the only dates,
 * compared as the header's), and not both versions give it in both places, one of them two
 * different dates (each place's change is then its own report).
 */
export function datedByNotice(oldDoc: PlanDocument, newDoc: PlanDocument): boolean {
  if (!oldDoc.notice || !newDoc.notice) return false;
  if (!oldDoc.notice.date && !newDoc.notice.date) return false;
  const sides = [oldDoc, newDoc].map((d) => ({ header: headerWrittenDate(d.metadata), signed: d.notice?.date ?? null }));
  return !(sides.every((s) => s.header && s.signed) && sides.some((s) => s.header !== s.signed));
}

/**
 * The date a version signs its notice with, as the notice's comparison takes it: under the
 * signature, or else (where the date is compared once, as the notice's) its header's 成文日期.
 */
export function signedDate(doc: PlanDocument, byNotice: boolean): string | null {
  return doc.notice?.date ?? (byNotice ? headerWrittenDate(doc.metadata) : null);
}
