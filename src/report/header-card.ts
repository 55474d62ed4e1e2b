import type { MetadataValues, PlanDocument, Position } from '../model/types.js';
import type { HeaderCard, HeaderField } from './types.js';

/** Where the metadata header writes a value, if it does. */
function metadataPosition(doc: PlanDocument, key: keyof MetadataValues): Position | null {
  return doc.metadata.fields.find((f) => f.key === key && f.value)?.position ?? null;
}

/**
 * The header card: what identifies the notice and says whether it still applies. A value the
 * metadata header lacks is taken from the notice itself (a scraped page often leaves 成文日期
 * empty while the notice is signed and dated), and a field neither gives is left out.
 */
export function buildHeaderCard(doc: PlanDocument): HeaderCard {
  const { metadata: m, notice, plan } = doc;
  const fields: HeaderField[] = [];
  const add = (key: string, label: string, value: string | null | undefined, position: Position | null): void => {
    if (value) fields.push({ key, label, value, position });
  };

  // A header without a 发文字号 takes the number printed by the notice's title (parse fills it in).
  if (m.documentNumber) add('documentNumber', '发文字号', m.documentNumber.raw, metadataPosition(doc, 'documentNumber') ?? notice?.titlePosition ?? null);
  else add('documentNumber', '发文字号', notice?.documentNumber?.raw, notice?.titlePosition ?? null);

  // The header's own issuer and date, at its lines; those parse took from the notice (metadata.derived)
  // are shown where the notice writes them, all the organs of a joint signature with them.
  const fromHeader = (key: keyof MetadataValues): boolean => m[key] !== null && !m.derived?.includes(key);
  if (fromHeader('issuer')) add('issuer', '发布机构', m.issuer ?? undefined, metadataPosition(doc, 'issuer'));
  else add('issuer', '发布机构', notice?.signatories.join('、'), notice?.signaturePosition ?? null);

  if (fromHeader('writtenDate')) add('writtenDate', '成文日期', m.writtenDate ?? undefined, metadataPosition(doc, 'writtenDate'));
  else add('writtenDate', '成文日期', notice?.date, notice?.datePosition ?? null);
  add('publishedDate', '发布日期', m.publishedDate, metadataPosition(doc, 'publishedDate'));
  add('validity', '有效性', m.validity, metadataPosition(doc, 'validity'));

  const period = plan?.period;
  if (period && (period.start !== null || period.end !== null)) {
    const span = period.start === period.end ? `${period.start}年` : `${period.start ?? '?'}—${period.end ?? '?'}年`;
    add('period', '实施期限', span, plan?.titlePosition ?? null);
  }
  add('indexNumber', '索引号', m.indexNumber, metadataPosition(doc, 'indexNumber'));
  add('subject', '主题分类', m.subject, metadataPosition(doc, 'subject'));
  add('disclosure', '公开方式', notice?.disclosure, notice?.disclosurePosition ?? null);

  const title = notice?.title || m.title || plan?.title || doc.source.name;
  return {
    anchor: 'header',
    title,
    planTitle: plan?.title && plan.title !== title ? plan.title : null,
    fields,
    supersedes: (notice?.supersedes ?? []).map((s) => ({ raw: s.raw, position: s.position })),
  };
}
