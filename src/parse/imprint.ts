import type { Imprint } from '../model/types.js';
import { findDates } from '../text/date.js';
import type { Item, ParseContext } from './context.js';
import { splitAddressees } from './addressees.js';
import { COPIED, PRINTED } from './imprint-lines.js';
import { isOrganLine } from './signature.js';

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
      // The printer alone on the line above its date (某区人民政府办公室 / 2024年4月8日印发), as a PDF's
      // text gives the two ends of the imprint's last line.
      const above = ctx.items[item.index - 1];
      if (!by && above && ctx.isFree(above.index) && isOrganLine(above.match)) {
        printedBy = above.text.trim();
        ctx.claim(above.index, 'imprint');
        first ??= above;
      }
    }
    ctx.claim(item.index, 'imprint');
    first ??= item;
    last = item;
  }
  if (!first || !last) return null;
  return { copiedTo, printedBy, printedDate, position: ctx.rangePosition(first, last) };
}
