import type { Notice } from '../model/types.js';
import { startsAnnexes } from './attachments.js';
import type { Item, ParseContext } from './context.js';
import { notesIn, takeNotes, type NoticeNotes } from './notice-notes.js';

/**
 * A bracketed note alone on its line that a page prints after the plan rather than under the date
 * ((此件公开发布), (信息公开形式：主动公开), (联系人：李娜，电话：…)): the notice's note all the same, not text
 * of the plan's last item. (match() copy.)
 */
function isBracketedNote(item: Item, disclosureOnly: boolean): boolean {
  if (item.block.kind !== 'paragraph') return false;
  const t = item.match.trim();
  const parts = t.startsWith('(') && t.endsWith(')') ? notesIn(t) : null;
  return parts !== null && (!disclosureOnly || parts.contacts.length === 0);
}

/**
 * Takes into the notice the bracketed notes that end the document, or that stand right above its
 * first annex heading, after the plan: the run of such lines read from the end up, each claimed.
 * `items` are the free blocks after the notice, in order.
 */
export function takeTrailingNotes(ctx: ParseContext, notice: Notice, items: readonly Item[]): void {
  const annexAt = items.findIndex((_, k) => startsAnnexes(items, k));
  const into: NoticeNotes = { disclosure: notice.disclosure, disclosurePosition: notice.disclosurePosition, notes: [...(notice.notes ?? [])] };
  const had = into.notes.length;
  for (const end of annexAt > 0 ? [annexAt, items.length] : [items.length]) {
    // After annexes, a contact closing the last one (a form's 联系人) is that annex's: only a disclosure is the notice's there.
    const disclosureOnly = annexAt > 0 && end === items.length;
    const run: Item[] = [];
    for (let k = end - 1; k > 0 && isBracketedNote(items[k]!, disclosureOnly); k--) run.unshift(items[k]!);
    for (const item of run) if (takeNotes(ctx, into, item)) ctx.claim(item.index, 'disclosure');
  }
  notice.disclosure = into.disclosure;
  notice.disclosurePosition = into.disclosurePosition;
  if (into.notes.length > had) notice.notes = into.notes;
}
