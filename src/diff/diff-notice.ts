import type { Notice, PlanDocument, Position } from '../model/types.js';
import { compareFields, listField, proseField, valueField, type CompareContext, type FieldRule } from './fields.js';
import type { Change } from './types.js';
import { headerIssuerPosition, issuedByNotice, signingOrgans } from './signing-organs.js';
import { datedByNotice, headerWrittenDatePosition, signedDate } from './written-date.js';

/** The notice's own paragraphs (印发/修订 wording, repeal clause) as one text. */
export function noticeBody(n: Notice): string {
  return n.body.map((p) => p.text).join('\n');
}

const RULES: ReadonlyArray<FieldRule<Notice>> = [
  proseField('title', (n) => n.title),
  valueField('documentNumber', (n) => n.documentNumber),
  listField('otherDocumentNumbers', (n) => (n.otherDocumentNumbers ?? []).map((d) => d.raw)),
  listField('addressees', (n) => n.addressees),
  proseField('body', noticeBody),
  listField('signatories', (n) => n.signatories),
  valueField('date', (n) => n.date),
  valueField('disclosure', (n) => n.disclosure),
  listField('supersedes', (n) => n.supersedes.map((d) => d.raw)),
  // The files it lists (附件：1.… 2.…), by title: a list, so a different order is no change.
  listField('attachments', (n) => n.attachments.map((a) => a.title), { text: true }),
  // The notes under its date (a contact to call), one a line.
  proseField('notes', (n) => (n.notes ?? []).map((p) => p.text.trim()).join('\n')),
  valueField('registrationNumber', (n) => n.registrationNumber?.text ?? null),
  // Its imprint (版记): who else receives it, who printed it and when.
  listField('copiedTo', (n) => n.imprint?.copiedTo ?? []),
  valueField('printedBy', (n) => n.imprint?.printedBy ?? null),
  valueField('printedDate', (n) => n.imprint?.printedDate ?? null),
];

/** Where each field of the notice stands, for pointing at the first change. */
function fieldPosition(n: Notice, field: string): Position | null {
  switch (field) {
    case 'addressees':
      return n.addresseesPosition;
    case 'body':
      return n.body[0]?.position ?? null;
    case 'signatories':
      return n.signaturePosition;
    case 'date':
      return n.datePosition;
    case 'disclosure':
      return n.disclosurePosition;
    case 'supersedes':
      return n.supersedes[0]?.position ?? n.body[0]?.position ?? null;
    case 'attachments':
      return n.attachments[0]?.position ?? null;
    case 'notes':
      return n.notes?.[0]?.position ?? null;
    case 'registrationNumber':
      return n.registrationNumber?.position ?? null;
    case 'copiedTo':
    case 'printedBy':
    case 'printedDate':
      return n.imprint?.position ?? null;
    case 'otherDocumentNumbers':
      return n.otherDocumentNumbers?.[0]?.position ?? n.documentNumberPosition ?? null;
    default:
      return n.titlePosition;
  }
}

/** The notice wrapper (title, addressees, body, signature, date, repeals, attachments, notes, imprint) as one element. */
export function diffNotice(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): Change[] {
  const a = oldDoc.notice;
  const b = newDoc.notice;
  if (!a && !b) return [];
  if (!a || !b) {
    // A removed notice stood before everything else in the new document too.
    return [{ kind: 'notice', op: b ? 'added' : 'removed', old: a, new: b, line: b?.position.start.line ?? 1, column: b?.position.start.column ?? 1 }];
  }
  // A notice without a date under its signature is dated by its header's 成文日期, which is that
  // date: the date is compared once, here (diffMetadata leaves the header's out; see written-date.ts).
  const byNotice = datedByNotice(oldDoc, newDoc);
  // So is a notice without a signature signed by its header's 发布机构 (see signing-organs.ts).
  const signedByNotice = issuedByNotice(oldDoc, newDoc, ctx);
  const fields = compareFields(
    RULES,
    { ...a, date: signedDate(oldDoc, byNotice), signatories: signingOrgans(oldDoc, newDoc, signedByNotice, ctx) },
    { ...b, date: signedDate(newDoc, byNotice), signatories: signingOrgans(newDoc, oldDoc, signedByNotice, ctx) },
    ctx,
  );
  // The document's number is compared once: as the header's when either version has one there
  // (diffMetadata falls back to the number under the title), as the notice's otherwise.
  if (fields && (oldDoc.metadata.documentNumber || newDoc.metadata.documentNumber)) delete fields.documentNumber;
  if (!fields || Object.keys(fields).length === 0) return [];
  const first = Object.keys(fields)[0] as string;
  // A date or an issuer only the new header gives is pointed at there.
  const inHeader =
    first === 'date' && !b.date ? headerWrittenDatePosition(newDoc.metadata) : first === 'signatories' && b.signatories.length === 0 ? headerIssuerPosition(newDoc.metadata) : null;
  const position = inHeader ?? fieldPosition(b, first) ?? b.position;
  return [{ kind: 'notice', op: 'modified', old: a, new: b, fields, line: position.start.line, column: position.start.column }];
}
