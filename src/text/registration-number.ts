/**
 * The 规范性文件统一编号 (registration number) that provinces print on a normative document, on a
 * line of its own by the title or the document number: ZJSP01-2023-0003 (浙江), HNPR-2023-01001
 * (湖南). Read conservatively: Latin capitals (with a short numeric code), a four-digit year and a
 * serial, parted by dashes, optionally after its label (统一编号：…, 登记号：…). A code without
 * dashes (GZ0120230012) is not taken: too close to any other identifier.
 */
const REGISTRATION = /^\s*(?:(?:[\u4e00-\u9fff]{0,12}(?:统一编号|登记号|登记编号|编号))\s*:?\s*)?([A-Z]{2,8}\d{0,4}[-—–－](?:19|20)\d{2}[-—–－]\d{3,6})\s*$/;

/** Where the number stands in a line that is only the number (and its label), or null. */
export function matchRegistrationNumber(match: string): { from: number; to: number } | null {
  const m = REGISTRATION.exec(match);
  if (!m) return null;
  const from = m.index + m[0].indexOf(m[1]!);
  return { from, to: from + m[1]!.length };
}
