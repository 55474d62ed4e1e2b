/**
 * The printing line of a notice's imprint (版记): the office that printed it and the date, then 印发
 * (`某区人民政府办公室　2024年1月5日印发`, the office on the line above in a PDF's text: `2024年1月5日印发`).
 * Traditional 印發 too: the source stage reads lines before any simplified copy is made.
 */
export const PRINTED = /^(.*?)\s*((?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日) ?印[发發]$/;

/** Whether a trimmed line is a printing line and nothing else: a line of its own, never a paragraph's rest nor a table's row. */
export function isPrintedLine(text: string): boolean {
  return text.length <= 80 && (text.endsWith('印发') || text.endsWith('印發')) && PRINTED.test(text);
}
