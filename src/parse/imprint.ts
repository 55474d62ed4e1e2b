import type { Imprint } from '../model/types.js';
import { findDates } from '../text/date.js';
import type { Item, ParseContext } from './context.js';
import { splitAddressees } from './addressees.js';

/** `抄送：区委各部门，区人大常委会办公室。` */
const COPIED = /^抄 ?送 ?[:：]\s*(.+?)[。.]?$/;
/** `某区人民政府办公室　2024年1月5日印发` */
const PRINTED = /^(.*?)\s*((?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日) ?印发$/;

/** A line of the imprint: 抄送：… or …印发 (on the matching copy). */
export function isImprintLine(match: string): boolean {
  const t = match.trim();
  return COPIED.test(t) || (t.endsWith('印发') && PRINTED.test(t));
}

/**
 * Reads the imprint (版记) that closes an official document: the 抄送 line and the line naming
 * who printed it and when. Both are unmistakable, so they are taken wherever they stand after the
 * notice's title, before the outline could take them for text of its last item.
 */
export function readImprint(ctx: ParseContext, items: readonly Item[]): Imprint | null {
  let copiedTo: string[] = [];
  let printedBy: string | null = null;
  let printedDate: string | null = null;
  let first: Item | null = null;
  let last: Item | null = null;
  for (const item of items) {
    if (!ctx.isFree(item.index)) continue;
    const t = item.match.trim();
    const copied = COPIED.exec(t);
    // The cheap test first: this runs on every block near the end of a notice.
    const printed = copied || !t.endsWith('印发') ? null : PRINTED.exec(t);
    if (!copied && !printed) continue;
    if (copied) {
      const lead = item.match.length - item.match.trimStart().length;
      const from = lead + t.indexOf(copied[1] as string);
      const text = item.text.slice(from, from + (copied[1] as string).length);
      copiedTo = splitAddressees(text, item.match.slice(from, from + text.length));
    } else if (printed) {
      const by = (printed[1] as string).trim();
      const lead = item.match.length - item.match.trimStart().length;
      printedBy = by ? item.text.slice(lead, lead + (printed[1] as string).length).trim() : null;
      const date = findDates(printed[2] as string)[0];
      printedDate = date?.valid ? date.iso : null;
    }
    ctx.claim(item.index, 'imprint');
    first ??= item;
    last = item;
  }
  if (!first || !last) return null;
  return { copiedTo, printedBy, printedDate, position: ctx.rangePosition(first, last) };
}
