import type { Notice } from '../model/types.js';
import { readAttachmentList, startsAnnexes } from './attachments.js';
import type { Item, ParseContext } from './context.js';
import { CONTACT_NOTE, notesIn, opensWithDisclosureLabel, takeNotes, type NoticeNotes } from './notice-notes.js';

/**
 * A note alone on its line that a page prints after the plan rather than under the date: bracketed
 * ((此件公开发布), (信息公开形式：主动公开), (联系人：李娜，电话：…)), or a contact's or a disclosure's
 * labelled line without brackets (联系人：某科　王婷　电话：…, 公开方式：主动公开). The notice's note all the same, not text of the plan's
 * last item. (match() copy.)
 */
function isTrailingNote(item: Item, disclosureOnly: boolean): boolean {
  if (item.block.kind !== 'paragraph') return false;
  const t = item.match.trim();
  const bracketed = t.startsWith('(') && t.endsWith(')');
  // Unbracketed, only a line that opens with a contact's or a disclosure's label (公开方式：主动公开):
  // a bare 此件公开发布 may be a sentence.
  const parts = bracketed || CONTACT_NOTE.test(t) || opensWithDisclosureLabel(t) ? notesIn(t) : null;
  return parts !== null && (!disclosureOnly || parts.contacts.length === 0);
}

/**
 * Whether the line above a run of notes introduces what follows it (五、联系方式, 如有疑问，请联系：):
 * then an unbracketed contact under it is that part's text, not the notice's note.
 */
function introducesContact(item: Item | undefined): boolean {
  const t = item?.match.trim() ?? '';
  return /:$/.test(t) || /联系(?:方式|人|电话)\s*$/.test(t);
}

/** How far back a list of annexes may reach above the annexes it lists (附件：1.… / … / 9.…). */
const MOST_LIST_LINES = 12;

/**
 * Where the list of annexes ends at `end` begins (附件：某指标表, or 附件： over 1.… / 2.…), the
 * notes standing above it; `end` when no list ends there.
 */
function aboveAttachmentList(ctx: ParseContext, items: readonly Item[], end: number): number {
  for (let k = end - 1; k > 0 && k >= end - MOST_LIST_LINES; k--) {
    // Every list opens with its label (附件, 附 件): most lines fail this cheap test.
    if (!items[k]!.match.includes('附')) continue;
    const list = readAttachmentList(ctx, items, k);
    if (list) return k + list.count === end ? k : end;
  }
  return end;
}

/**
 * Takes into the notice the notes that end the document, or that stand right above its first
 * annex heading (or above the list of annexes right above it), after the plan: the run of such
 * lines read from the end up, each claimed. `items` are the free blocks after the notice, in order.
 */
export function takeTrailingNotes(ctx: ParseContext, notice: Notice, items: readonly Item[]): void {
  const annexAt = items.findIndex((_, k) => startsAnnexes(items, k));
  const into: NoticeNotes = { disclosure: notice.disclosure, disclosurePosition: notice.disclosurePosition, notes: [...(notice.notes ?? [])] };
  const had = into.notes.length;
  for (const end of annexAt > 0 ? [annexAt, items.length] : [items.length]) {
    // After annexes, a contact closing the last one (a form's 联系人) is that annex's: only a disclosure is the notice's there.
    const disclosureOnly = annexAt > 0 && end === items.length;
    const run: Item[] = [];
    let k = disclosureOnly ? end - 1 : aboveAttachmentList(ctx, items, end) - 1;
    for (; k > 0 && isTrailingNote(items[k]!, disclosureOnly); k--) run.unshift(items[k]!);
    // An unbracketed contact under a line that introduces it (五、联系方式) is that part's.
    while (run.length > 0 && !run[0]!.match.trim().startsWith('(') && introducesContact(items[k])) {
      k++;
      run.shift();
    }
    for (const item of run) if (takeNotes(ctx, into, item)) ctx.claim(item.index, 'disclosure');
  }
  notice.disclosure = into.disclosure;
  notice.disclosurePosition = into.disclosurePosition;
  if (into.notes.length > had) notice.notes = into.notes;
}
