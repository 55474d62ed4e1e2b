import type { Metadata, PlanDocument, Position } from '../model/types.js';
import type { CompareContext } from './fields.js';

/**
 * A header's 发布机构 and the organs signing a notice (落款) are one fact written twice: who issues
 * the document. The diff reports a change of it once, as the notice's `signatories`, as it reports
 * the 成文日期 and the signature's date once (see written-date.ts; issuedByNotice for when it stays
 * two reports).
 */

/** The header's own 发布机构, not the one filled in from the signature (`metadata.derived`). */
export function headerIssuer(m: Metadata): string | null {
  return m.derived?.includes('issuer') ? null : m.issuer;
}

/** Where the header writes its 发布机构, for pointing at an issuer only the header gives. */
export function headerIssuerPosition(m: Metadata): Position | null {
  if (!headerIssuer(m)) return null;
  return m.fields.find((f) => f.key === 'issuer')?.position ?? m.position;
}

/**
 * Whether the issuer is compared once, as the notice's signatories: both versions have a notice and
 * at least one signs it (where neither does, the headers' 发布机构 are the only statement, compared
 * as the header's), and not both versions give it in both places, one of them naming in its header
 * an organ its signature does not (each place's change is then its own report).
 */
export function issuedByNotice(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): boolean {
  if (!oldDoc.notice || !newDoc.notice) return false;
  if (oldDoc.notice.signatories.length === 0 && newDoc.notice.signatories.length === 0) return false;
  const sides = [oldDoc, newDoc].map((d) => ({ header: headerIssuer(d.metadata), signed: d.notice?.signatories ?? [] }));
  return !(sides.every((s) => s.header && s.signed.length > 0) && sides.some((s) => !namesSigners(s.header as string, s.signed, ctx)));
}

/**
 * The organs a version signs its notice with, as the notice's comparison takes them: its signature,
 * or else (where the issuer is compared once, as the notice's) its header's 发布机构. A page's header
 * names a joint notice by its first organ, or by each: where it names only organs the other version
 * signs with, it stands for that version's whole list, as the header's comparison takes it.
 */
export function signingOrgans(doc: PlanDocument, other: PlanDocument, byNotice: boolean, ctx: CompareContext): string[] {
  const own = doc.notice?.signatories ?? [];
  if (own.length > 0 || !byNotice) return own;
  const header = headerIssuer(doc.metadata);
  if (!header) return [];
  const theirs = other.notice?.signatories ?? [];
  return theirs.length > 0 && namesSigners(header, theirs, ctx) ? [...theirs] : [header];
}

/** The names a 发布机构 field lists: one organ, or a joint notice's each (市发展改革委、市财政局). */
const headerNames = (header: string): string[] => header.split(/[\s、,，;；]+/).filter(Boolean);

/**
 * Whether a header's 发布机构 names organs the signature signs with, each of them: the same unit (a
 * full name or its short form), or the same name without the place above it (浙江省青山区人民政府办公室
 * over a signature's 青山区人民政府办公室), which a header and a signature often write differently.
 */
function namesSigners(header: string, signed: readonly string[], ctx: CompareContext): boolean {
  const keys = signed.map((s) => ctx.unitKey(s));
  return headerNames(header).every((name) => {
    const key = ctx.unitKey(name);
    return keys.some((k) => k === key || endsWithName(k, key) || endsWithName(key, k));
  });
}

/** The fewest characters of the shorter name for a longer one ending in it to be taken for it (人民政府 alone is anybody's). */
const MIN_TAIL = 6;

const endsWithName = (long: string, short: string): boolean => short.length >= MIN_TAIL && long.length > short.length && long.endsWith(short);
