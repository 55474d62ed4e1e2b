import { isOutlineStart } from '../text/markers.js';
import { wholeDocumentNumber } from '../text/document-number.js';
import { bareIssue, gazetteHeadIssue, isGazetteHead, isLetterhead, isPageNumber, sameIssue } from '../text/page-furniture.js';

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

/** How the title of a plan, a measure or a rule ends (方案, 行动计划, 实施细则 …), a notice's own title not. */
const PLAN_TITLE_END = /(?:方案|计划|规划|纲要|意见|办法|措施|细则|规定|要点|清单|指引|指南)(?:\s*[(（][^()（）]{1,20}[)）])?$/;

/**
 * Whether the first line of the ones a head is repeated on is the plan's own title, the page
 * template printing it atop every later page: it stands before any item (the plan's parts come
 * after it), its words name a plan (or the notice quotes them: 《…》), it is not the document's
 * first line (a notice's title repeated) nor followed by the same line (the head, then the title).
 */
function planTitleAt(lines: readonly TextLine[], first: number, key: string): boolean {
  const before = lines.slice(0, first);
  if (before.some((l) => isOutlineStart(l.text))) return false;
  const opening = before.find((l) => l.text.length > 0);
  if (!opening || compact(opening.text) === key) return false;
  const next = lines.slice(first + 1).find((l) => l.text.length > 0);
  if (next && compact(next.text) === key) return false;
  return PLAN_TITLE_END.test(key) || before.some((l) => compact(l.text).includes(`《${key}》`));
}

/**
 * The lines of a text taken from a PDF that are page furniture other than page numbers: a short
 * line that stands next to a page number at two page breaks or more (the running head or foot
 * a page template repeats, whatever its words), and a gazette's head (某省人民政府公报 2025年第6期)
 * wherever it stands on a line of its own (and an issue alone, 2025年第3期（总第412期）, where a gazette head
 * names the same issue, by its number where either leaves out the year). A repeated head's first appearance away from any page
 * number (a title the template repeats) is left as it is, and so is its first appearance right
 * after a page number where the plan's title stands (see planTitleAt).
 */
export function runningHeadLines(lines: readonly TextLine[]): Set<number> {
  const heads = new Set<number>();
  const atBreaks = new Map<string, Set<number>>();
  const headIssues = new Set<string>();
  // An issue on a line alone (the first page's masthead) is only known for chrome by a gazette head of the same issue.
  const bareIssues: [number, string][] = [];
  const near = (from: number, step: 1 | -1): number | null => {
    for (let j = from + step, n = 0; j >= 0 && j < lines.length && n < REACH; j += step, n++) {
      if (lines[j]!.text.length > 0) return j;
    }
    return null;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length === 0) continue;
    if (text.length <= 60) {
      const key = compact(text);
      if (isGazetteHead(key)) {
        heads.add(i);
        const issue = gazetteHeadIssue(key);
        if (issue !== null) headIssues.add(issue);
      } else {
        const issue = bareIssue(key);
        if (issue !== null) bareIssues.push([i, issue]);
      }
    }
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
  for (const [key, seen] of atBreaks) {
    if (seen.size < 2) continue;
    const first = Math.min(...seen);
    for (const j of seen) if (j !== first || !planTitleAt(lines, first, key)) heads.add(j);
  }
  // A masthead may leave out the year the heads print (第3期（总第412期） under 2025年第3期): its number tells it.
  for (const [i, issue] of bareIssues) if ([...headIssues].some((head) => sameIssue(issue, head))) heads.add(i);
  return heads;
}
