import type { Notice } from '../model/types.js';
import type { Item, ParseContext } from './context.js';
import { itemMarker } from './decimal-chapters.js';
import { parseYearMonth } from '../text/date.js';
import { isPersonSignature, isSignatureLine, signatoriesOf, signatureDates, signatureWithDate } from './signature.js';

/** How many lines of organs' names a signature over its date may take (a joint one, one organ a line). */
const MOST_SIGNATURE_LINES = 4;

/**
 * A signature and its date ending the plan a notice hands on, the notice itself signed and dated
 * above the plan (通知 … 某镇人民政府 / 2024年10月8日 / plan / 一、… / 某镇人民政府 / 2024年10月8日):
 * the issuing organ signs the document it issues again. The organs' names over a date on lines of
 * their own, or a name and its date in one block, last in `region` (the plan's blocks, before its
 * annexes). Null when the region does not end so, or holds no numbered item above them.
 */
function closingSignature(region: readonly Item[]): { sig: Item[]; dateItem: Item; combined: boolean } | null {
  const last = region.length - 1;
  const dateItem = region[last];
  if (!dateItem || dateItem.block.kind === 'table') return null;
  let first = last;
  let combined = false;
  // 某镇人民政府 / 2024年10月: a signature may be dated by its month alone.
  if (signatureDates(dateItem) || parseYearMonth(dateItem.match)) {
    while (first - 1 >= 0 && last - first < MOST_SIGNATURE_LINES && isSignatureLine(region[first - 1]!) && !isPersonSignature(region[first - 1]!.match)) first--;
    // A date alone is no signature: it may close a table's note or a line of the last item.
    if (first === last) return null;
  } else {
    const one = signatureWithDate(dateItem);
    if (!one || isPersonSignature(dateItem.match.slice(one.sigFrom, one.sigTo))) return null;
    combined = true;
  }
  if (!region.slice(0, first).some((it) => itemMarker(it) !== null)) return null;
  return { sig: region.slice(first, last), dateItem, combined };
}

/**
 * Sets aside the plan's closing signature and date when the notice above is already signed: they
 * are the notice's organ signing again, not text of the plan's last item (see closingSignature).
 * The notice keeps its own signature and date; an info says the plan's were set aside, a warning
 * when they differ from the notice's. Returns the region without them.
 */
export function setAsideClosingSignature(ctx: ParseContext, notice: Notice | null, region: Item[]): Item[] {
  if (!notice || (notice.date === null && notice.signatories.length === 0)) return region;
  const found = closingSignature(region);
  if (!found) return region;
  const { sig, dateItem, combined } = found;
  const names = sig.flatMap(signatoriesOf);
  let dateText: string;
  let iso: string | null;
  if (combined) {
    const one = signatureWithDate(dateItem)!;
    names.push(dateItem.text.slice(one.sigFrom, one.sigTo).trim());
    dateText = dateItem.text.slice(one.dateFrom, one.dateTo);
    iso = one.date.valid ? one.date.iso : null;
  } else {
    const dates = signatureDates(dateItem);
    const lastDate = dates?.[dates.length - 1];
    dateText = dates && lastDate ? dateItem.text.slice(dates[0]!.from, lastDate.to).trim() : dateItem.text.trim();
    iso = lastDate?.date.valid ? lastDate.date.iso : null;
  }
  // Dated by its month alone (2024年10月): the month of the notice's date is the same date as written.
  const month = iso === null ? parseYearMonth(dateItem.match) : null;
  const datedAsNotice = (): boolean => (month ? notice.date?.startsWith(`${month.year}-${String(month.month).padStart(2, '0')}-`) === true : iso === notice.date);
  const signedAsNotice = (): boolean => names.join('') === notice.signatories.join('');
  const sameDate = datedAsNotice();
  const sameNames = signedAsNotice();
  // A month closes a task table's flattened row as often (…/ 区人社局 / 区医保局 / 2025年10月, its
  // units and deadline): so dated, only the organ that signs the notice signs again.
  if (month && !sameNames) return region;
  for (const s of sig) ctx.claim(s.index, 'signature');
  ctx.claim(dateItem.index, combined ? 'signature' : 'date');
  const signed = `${names.join('、')}, ${dateText}`;
  const position = ctx.rangePosition(sig[0] ?? dateItem, dateItem);
  // A notice dated above the plan but not signed there (…印发给你们。/ 2024年4月12日 / plan / 某办 /
  // 2024年4月12日) is signed by the same date (or its month, 2024年4月) at the end: the organ is the
  // notice's, as when its only signature and date follow the plan. Likewise a full date for a notice
  // signed without one.
  const fillsNames = notice.signatories.length === 0 && notice.date !== null && sameDate;
  const fillsDate = notice.date === null && iso !== null && sameNames;
  if (fillsNames) {
    notice.signatories = names;
    notice.signaturePosition = sig.length > 0 ? ctx.rangePosition(sig[0]!, sig[sig.length - 1]!) : position;
  }
  if (fillsDate) {
    notice.date = iso;
    notice.datePosition = ctx.blockPosition(dateItem);
  }
  // (The notice's as filled from them.)
  const same = datedAsNotice() && signedAsNotice();
  const own = `${notice.signatories.join('、') || 'no organ'}, ${notice.date ?? 'no date'}`;
  const message = fillsNames
    ? `the plan is signed after its last item (${signed}) on the date the notice above it has without a signature: the notice's signature, no text of the last item`
    : fillsDate
      ? `the plan is signed and dated after its last item (${signed}) by the organ that signs the notice above it without a date: the notice's date, no text of the last item`
      : same
        ? `the plan is signed and dated again after its last item (${signed}), as the notice above it is: set aside, no text of the last item`
        : `the plan is signed and dated after its last item (${signed}), unlike the notice above it (${own}): set aside, no text of the last item; the notice keeps its own`;
  ctx.report('plan-signed-again', same ? 'info' : 'warning', message, position);
  return region.slice(0, region.length - sig.length - 1);
}
