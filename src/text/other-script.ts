/**
 * A line written wholly in another script or language than Chinese: a banner's second line
 * under the site's name in a minority region (Tibetan under 天祝藏族自治县人民政府, Mongolian,
 * Uyghur, Korean, Yi) or in English. No Han character at all, and mostly letters (with the marks
 * and syllable dots those scripts write between them): a date, a number or a link is not one.
 */
export function isOtherScriptLine(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 200 || HAN.test(t)) return false;
  const letters = t.match(LETTER)?.length ?? 0;
  if (letters < 2 || /^(?:https?:\/\/|www\.)/i.test(t)) return false;
  // Tibetan's tsheg (་) and shad (།) part syllables and clauses as spaces and stops do elsewhere.
  const rest = t.replace(/[\s\u0f0b-\u0f14]/g, '').length - letters;
  return letters >= 2 * rest;
}

const HAN = /\p{Script=Han}/u;
const LETTER = /[\p{L}\p{M}]/gu;
