/** `抄送：区委各部门，区人大常委会办公室。` */
export const COPIED = /^抄 ?送 ?[:：]\s*(.+?)[。.]?$/;
/** `某区人民政府办公室　2024年1月5日印发` */
export const PRINTED = /^(.*?)\s*((?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日) ?印发$/;

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
