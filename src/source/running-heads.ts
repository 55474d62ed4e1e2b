import { isOutlineStart } from '../text/markers.js';
import { wholeDocumentNumber } from '../text/document-number.js';
import { isGazetteHead, isLetterhead, isPageNumber } from '../text/page-furniture.js';

/** A line of plain text, trimmed (as the text adapter splits it). */
interface TextLine {
  text: string;
}

/** How far from a page number (in lines, blank ones included) its running head or foot may stand. */
const REACH = 3;

/** The text of a line as a key: spaces (a head's name and issue are set apart by many) removed. */
function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/**
 * Whether a short line could be a running head: a few words on a line of their own, no sentence,
 * no item. Document numbers and letterheads are left out: the notice's own first one is its
 * header, and the parser tells it from the later ones.
 */
function headLike(text: string, key: string): boolean {
  if (key.length < 6 || key.length > 40 || /[。；;！？]/.test(key)) return false;
  if (isPageNumber(text) || isOutlineStart(text)) return false;
  return wholeDocumentNumber(text) === null && !isLetterhead(key);
}

/**
 * The lines of a text taken from a PDF that are page furniture other than page numbers: a short
 * line that stands next to a page number at two page breaks or more (the running head or foot
 * a page template repeats, whatever its words), and a gazette's head (某省人民政府公报 2025年第6期)
 * wherever it stands on a line of its own. A repeated head's first appearance away from any page
 * number (a title the template repeats) is left as it is.
 */
export function runningHeadLines(lines: readonly TextLine[]): Set<number> {
  const heads = new Set<number>();
  const atBreaks = new Map<string, Set<number>>();
  const near = (from: number, step: 1 | -1): number | null => {
    for (let j = from + step, n = 0; j >= 0 && j < lines.length && n < REACH; j += step, n++) {
      if (lines[j]!.text.length > 0) return j;
    }
    return null;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length === 0) continue;
    if (text.length <= 60 && isGazetteHead(compact(text))) heads.add(i);
    if (!isPageNumber(text)) continue;
    for (const j of [near(i, -1), near(i, 1)]) {
      if (j === null) continue;
      const key = compact(lines[j]!.text);
      if (!headLike(lines[j]!.text, key)) continue;
      const seen = atBreaks.get(key) ?? new Set<number>();
      seen.add(j);
      atBreaks.set(key, seen);
    }
  }
  for (const seen of atBreaks.values()) {
    if (seen.size >= 2) for (const j of seen) heads.add(j);
  }
  return heads;
}
