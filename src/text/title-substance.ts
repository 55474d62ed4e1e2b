/**
 * What a document's title says, without how a page happened to print it: a site heads the text
 * with the title as its CMS holds it (<h1>关于印发《X》的通知</h1>) over the title the document
 * prints (关于印发X的通知), and the two differ in quotes, in the dash of a year range (2024-2026 /
 * 2024—2026), in a bracketed period of years one of them leaves out, or in a closing full stop.
 */
export function titleSubstance(title: string): string {
  return title
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[《》〈〉“”"「」『』]/g, '')
    .replace(/\((?:19|20)\d{2}年?[-—–－~～至到]+(?:19|20)\d{2}年?\)/g, '')
    .replace(/(\d)[-—–－~～至到]+(?=\d)/g, '$1-')
    .replace(/[。.]$/, '');
}

/** The bracketed document number a page adds after a notice's title (…的通知（某政办发〔2024〕40号）). */
const TRAILING_NUMBER = /[(（]\s*([^()（）]{4,40}?)\s*[)）]\s*$/;

/**
 * The document number a title printed on one line sets after spaces (…的通知　国发〔2023〕24号), as a
 * red-headed document sets its number under the title.
 */
const SPACED_NUMBER = /[\s\u3000]+([^\s\u3000()（）]{4,40}?)\s*$/;

/**
 * A notice's title with a bracketed document number after it, or one set after spaces, split in two: the title, and where the
 * number stands in the text (its brackets aside). Null when the title ends in no such bracket;
 * `isNumber` says whether the bracket's text is a whole document number.
 */
export function splitTrailingNumber(title: string, isNumber: (text: string) => boolean): { title: string; from: number; to: number } | null {
  if (!/\d/.test(title)) return null;
  const spaced = /[号號]\s*$/.test(title) ? SPACED_NUMBER.exec(title) : null;
  if (spaced && isNumber(spaced[1]!)) {
    const from = spaced.index + spaced[0].indexOf(spaced[1]!);
    return { title: title.slice(0, spaced.index).trimEnd(), from, to: from + spaced[1]!.length };
  }
  if (!/[)）]\s*$/.test(title)) return null;
  const m = TRAILING_NUMBER.exec(title);
  if (!m || !isNumber(m[1]!)) return null;
  const from = m.index + m[0].indexOf(m[1]!);
  return { title: title.slice(0, m.index).trimEnd(), from, to: from + m[1]!.length };
}
