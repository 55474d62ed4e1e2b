import type { DocumentNumber, Metadata, MetadataValues, Notice, Plan } from '../model/types.js';

/** The metadata values a document states in its own text, whatever header it came with. */
export interface StatedValues {
  title: string | null;
  issuer: string | null;
  documentNumber: DocumentNumber | null;
  writtenDate: string | null;
}

/** The keys a document can state in its own text, in the order the model lists them. */
export const STATED_KEYS = ['title', 'issuer', 'documentNumber', 'writtenDate'] as const satisfies ReadonlyArray<keyof MetadataValues>;

/**
 * What the document says of itself: its title (the notice's, or the plan's where it is printed
 * without a notice), the 发文字号 under the masthead, the issuing organ of the signature and the
 * 成文日期 under it (GB/T 9704-2012 7.3.5), or, for a plan printed alone, its byline.
 *
 * A joint notice is signed by several organs; the header of a site or collection names the one
 * listed first, the 主办机关 (the Shanghai collection's 发布单位 上海市发展和改革委员会 over its
 * signature 上海市发展和改革委员会 / 上海市财政局), so that one is its issuer.
 */
export function statedValues(notice: Notice | null, plan: Plan | null): StatedValues {
  const byline = notice ? undefined : plan?.byline;
  // A plan's title is only its own when it was read from a line of the text.
  const planTitle = plan && plan.titlePosition && plan.title.trim() ? plan.title.trim() : null;
  return {
    title: notice?.title.trim() || planTitle,
    issuer: notice?.signatories[0] ?? byline?.issuer ?? null,
    documentNumber: notice?.documentNumber ?? null,
    // 二〇二三年八月 under a plan's title names no day: not a 成文日期.
    writtenDate: notice?.date ?? (byline?.date && /^\d{4}-\d{2}-\d{2}$/.test(byline.date) ? byline.date : null),
  };
}

/**
 * Fills what the header left empty with the document's own statement of it, and records which
 * keys were so filled in `metadata.derived`. A header value is never replaced: where it disagrees
 * with the text, validation says so (document-number-match, date-valid).
 */
export function fillFromDocument(meta: Metadata, notice: Notice | null, plan: Plan | null): void {
  const stated = statedValues(notice, plan);
  const derived: Array<keyof MetadataValues> = [];
  for (const key of STATED_KEYS) {
    if (meta[key] !== null || stated[key] === null) continue;
    (meta as unknown as Record<string, unknown>)[key] = stated[key];
    derived.push(key);
  }
  // Present only when something was filled, so models of documents with a full header stay as they were.
  if (derived.length > 0) meta.derived = derived;
}
