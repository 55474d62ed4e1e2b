import { isOutlineStart } from '../text/markers.js';
import { ANNEX_TITLE_END } from '../text/annex-title.js';
import { parseDate } from '../text/date.js';
import { signsAboveDate } from '../text/body-name.js';

/** A line of plain text, trimmed, with the spaces it is set in by (as the text adapter splits it). */
interface ListLine {
  text: string;
  indent?: string;
}

/** The label of a notice's list of annexes with a title after it on its line (附件：某方案, 附件：1．某表). */
const LABEL_WITH_TITLE = /^附\s*件\s*[:：]\s*\S/;
/** An entry of the list on a line of its own under the label (2．某表, （2）某清单). */
const ENTRY = /^(?:[0-9０-９]{1,2}\s*[.．、]|[(（][0-9０-９]{1,2}[)）])\s*\S/;
/** How many lines of a title's run-on an entry may have: a title is short. */
const MOST_RUN_ON = 3;

/** How far a line is set in: a full-width space counts two columns, as it prints, a tab four. */
function indentWidth(line: ListLine): number {
  let w = 0;
  for (const c of line.indent ?? '') w += c === '\u3000' ? 2 : c === '\t' ? 4 : 1;
  return w;
}

/**
 * The lines that go on with the title of an entry of a notice's list of annexes (附件说明) above
 * them: GB/T 9704 sets a title's run-on lines in to the title's text (`　　附件：1．某县…任务分解表` /
 * `　　　　　2．某县…项目` / `　　　　　　调度表`), deeper than the entry's line, whose title
 * stops short of a title's last word. A line no deeper, an entry, a date, a signature over its date, or any
 * line after a whole title is left alone. Only lines after a 附件： line with a title are looked at.
 */
export function attachmentRunOnLines(lines: readonly ListLine[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    if (!lines[k]!.text.startsWith('附') || !LABEL_WITH_TITLE.test(lines[k]!.text)) continue;
    let entry = lines[k]!;
    let runOn = 0;
    for (let j = k + 1; j < lines.length; j++) {
      const line = lines[j]!;
      const t = line.text;
      if (t.length === 0) break;
      if (ENTRY.test(t)) {
        entry = line;
        runOn = 0;
        continue;
      }
      const before = lines[j - 1]!.text.replace(/[\s\u3000]+$/, '');
      const goesOn =
        runOn < MOST_RUN_ON &&
        t.length <= 40 &&
        indentWidth(line) > indentWidth(entry) &&
        !ANNEX_TITLE_END.test(before) &&
        !/[。；;：:]$/.test(before) &&
        !isOutlineStart(t) &&
        parseDate(t) === null &&
        !signsAboveDate(t, lines[j + 1]?.text);
      if (!goesOn) break;
      out.add(j);
      runOn++;
    }
  }
  return out;
}
