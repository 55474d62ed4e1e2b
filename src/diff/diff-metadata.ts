import type { Metadata, MetadataValues, PlanDocument, Position } from '../model/types.js';
import { compareFields, proseField, valueField, type CompareContext, type FieldRule } from './fields.js';
import { statedValues, type StatedValues } from '../parse/document-metadata.js';
import type { Change, MetadataEntity } from './types.js';
import { issuedByNotice } from './signing-organs.js';
import { datedByNotice } from './written-date.js';

const KEYS: ReadonlyArray<keyof MetadataValues> = [
  'title',
  'indexNumber',
  'issuer',
  'documentNumber',
  'subject',
  'writtenDate',
  'publishedDate',
  'validity',
  'keywords',
];

const RULES: ReadonlyArray<FieldRule<MetadataValues>> = KEYS.map((key) =>
  key === 'title' ? proseField<MetadataValues>(key, (m) => m.title) : valueField<MetadataValues>(key, (m) => m[key]),
);

/** The header's values, without the positions of the label lines they were read from. */
export function metadataValues(m: Metadata): MetadataValues {
  const out = {} as Record<keyof MetadataValues, unknown>;
  for (const key of KEYS) out[key] = m[key];
  return out as MetadataValues;
}

/**
 * The header's own values: those the document's text filled in (`metadata.derived`) left out. The
 * document number stays: it is compared once, as the header's, wherever it is printed (the
 * notice's comparison leaves it out), so two text versions' numbers are compared here.
 */
function headerValues(m: Metadata): MetadataValues {
  const out = metadataValues(m);
  for (const key of m.derived ?? []) if (key !== 'documentNumber') (out as unknown as Record<string, unknown>)[key] = null;
  return out;
}

/**
 * The header's values as the document gives them anywhere: a text version prints its number under
 * the title (notice.documentNumber) where a Markdown copy has it in front matter, and a page
 * without a header still has a title, an issuer and a date in its notice. Where only the other
 * version's header has a field, this one's own statement of it stands in, so that no field reads
 * as added or removed only because the two versions put it in different places. (Where neither
 * header has it, the notice's own comparison covers it, and it is not reported twice.)
 */
function givenValues(doc: PlanDocument, other: PlanDocument): MetadataValues {
  const m = headerValues(doc.metadata);
  const o = headerValues(other.metadata);
  const stated = statedValues(doc.notice, doc.plan);
  const fill = <K extends keyof StatedValues>(key: K): MetadataValues[K] => (m[key] ?? (o[key] ? stated[key] : null)) as MetadataValues[K];
  return { ...m, title: fill('title'), documentNumber: fill('documentNumber'), issuer: fill('issuer'), writtenDate: fill('writtenDate') };
}

/**
 * Where a document without a header states the first of these fields: the number under (or
 * above) the notice's title, the title, the signature, the date; null where it states none.
 */
function statedAt(doc: PlanDocument, keys: readonly string[]): Position | null {
  const n = doc.notice;
  if (!n) return null;
  const at: Partial<Record<keyof StatedValues, Position | null | undefined>> = {
    title: n.titlePosition,
    documentNumber: n.documentNumberPosition,
    issuer: n.signaturePosition,
    writtenDate: n.datePosition,
  };
  const found = keys.map((k) => at[k as keyof StatedValues]).filter((p): p is Position => !!p);
  return found.sort((a, b) => a.start.offset - b.start.offset)[0] ?? null;
}

/** Whether a version states none of the header's values, in a header or anywhere else. */
function stateless(values: MetadataValues): boolean {
  return KEYS.every((key) => {
    const v = values[key];
    return v === null || v === undefined || v === '';
  });
}

/** The header (名称, 索引号, 发文字号 …) as one element: one change naming every field that differs. */
export function diffMetadata(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): Change[] {
  const a = metadataValues(oldDoc.metadata);
  const b = metadataValues(newDoc.metadata);
  const [given, other] = [givenValues(oldDoc, newDoc), givenValues(newDoc, oldDoc)];
  // A version stating only what the notice's comparison reports (a text copy: its signature and
  // date) still states it: it is no header added or removed whole.
  const [givesNone, otherGivesNone] = [stateless(given), stateless(other)];
  // The 成文日期 is the date under the signature: the notice's comparison reports it (see written-date.ts).
  if (datedByNotice(oldDoc, newDoc)) given.writtenDate = other.writtenDate = null;
  // So is the 发布机构 the organ signing it: the notice's comparison reports it (see signing-organs.ts).
  if (issuedByNotice(oldDoc, newDoc, ctx)) given.issuer = other.issuer = null;
  const fields = compareFields(RULES, given, other, ctx);
  if (!fields) return [];
  // A version that gives none of it (a notice added from nothing, or deleted to nothing): the
  // header is added or removed whole, not every field changed from or to nothing, as the values
  // that would have been compared (not those the notice's own text fills in and reports itself).
  if (givesNone || otherGivesNone) {
    // The side that gives the values carries where it gives them, as a removed element's entity
    // does: a removal's line is in the new document, which has no header.
    const added = givesNone;
    const doc = added ? newDoc : oldDoc;
    const position = doc.metadata.position ?? statedAt(doc, Object.keys(fields));
    const entity: MetadataEntity = { ...(added ? other : given), ...(position ? { position } : {}) };
    const at = added ? position : null;
    return [{ kind: 'metadata', op: added ? 'added' : 'removed', old: added ? null : entity, new: added ? entity : null, line: at?.start.line ?? 1, column: at?.start.column ?? 1 }];
  }
  const firstChanged = newDoc.metadata.fields.find((f) => f.key !== null && f.key in fields);
  const position: Position | null = firstChanged?.position ?? newDoc.metadata.position ?? statedAt(newDoc, Object.keys(fields));
  return [
    {
      kind: 'metadata',
      op: 'modified',
      old: a,
      new: b,
      fields,
      line: position?.start.line ?? 1,
      column: position?.start.column ?? 1,
    },
  ];
}
