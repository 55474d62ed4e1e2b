import { PRINTED } from '../text/printed-line.js';

export { PRINTED };

/** `抄送：区委各部门，区人大常委会办公室。` */
export const COPIED = /^抄 ?送 ?[:：]\s*(.+?)[。.]?$/;

/** A line of the imprint: 抄送：… or …印发 (on the matching copy). */
export function isImprintLine(match: string): boolean {
  const t = match.trim();
  return COPIED.test(t) || (t.endsWith('印发') && PRINTED.test(t));
}

/** A printing line that names no printer (2024年4月8日印发): pdftotext puts the printer on the line above. */
export function printedWithoutPrinter(match: string): boolean {
  const t = match.trim();
  return t.endsWith('印发') && PRINTED.exec(t)?.[1]?.trim() === '';
}

/**
 * `主题词：教育　工作要点`, the keywords line of the imprint (版记) as documents before GB/T 9704-2012
 * print it, over 抄送 or alone at the page's end. Tested on the folded, simplified copy (主題詞 too).
 */
export const KEYWORDS = /^主 ?题 ?词 ?[:：]\s*(.*)$/;

/** A keywords line whose words are no sentence: 主题词：教育　工作要点, or the label left empty. */
export function isKeywordsLine(match: string): boolean {
  const t = match.trim();
  if (!t.startsWith('主') || t.length > 80) return false;
  const m = KEYWORDS.exec(t);
  return m !== null && !(m[1] as string).includes('。');
}
