import type { Position, TextNode } from '../model/types.js';
import type { Item, ParseContext } from './context.js';

/**
 * The notes (附注, GB/T 9704-2012 7.3.6) a notice prints under its date: how the text is made
 * public, and whom to call. Read on the matching copy (full-width brackets and colons folded).
 */

/**
 * The disclosure note: (此件公开发布), also with 本件, 此文件, 本文件 or 此文 when what follows says how
 * the text is made public (公开发布, 主动公开, 依申请公开, 不予公开, 发至县级 …), or labelled
 * (公开方式：主动公开, 信息公开形式：主动公开). Group 2 is the note.
 */
const DISCLOSURE = /^(\(?\s*此件\s*)(.{1,12}?)(\s*\)?)$/;
/** The labels a disclosure note is printed under (公开方式：, 信息公开选项：). */
const DISCLOSURE_LABEL = '(?:公开方式|公开属性|公开类型|公开形式|信息公开选项|信息公开方式|信息公开形式|信息公开属性)\\s*:';
const DISCLOSURE_OTHER = new RegExp(
  `^([(【\\[]?\\s*(?:本件|此文件?|本文件?)\\s*|[(【\\[]?\\s*${DISCLOSURE_LABEL}\\s*)(公开发布|主动公开|依申请公开|不予公开|不公开|删减后公开(?:发布)?|公开|发至[\\u4e00-\\u9fff]{1,6})(\\s*[)】\\]]?)$`,
);
const LABELLED_DISCLOSURE = new RegExp(`^[(【\\[]?\\s*${DISCLOSURE_LABEL}`);

/**
 * Whether a line (its matching copy, trimmed) opens with a disclosure's label (公开方式：…): a note
 * of the notice's by its label alone, where a bare 此件公开发布 might be a sentence.
 */
export function opensWithDisclosureLabel(t: string): boolean {
  return t.includes('公开') && LABELLED_DISCLOSURE.test(t);
}

/**
 * A contact note (（联系人：陈静；联系电话：0573-…）): opens with a contact's label, in brackets or
 * not. Any other brackets inside make it something else.
 */
export const CONTACT_NOTE = /^\(?\s*(?:联系人|联系单位|联系部门|联系电话|联系方式|联 系 人)\s*:[^()]{1,80}\)?$/;
/** Who to call for the system a notice asks to use (技术支持：某某科技有限公司), as a second note under a contact's. */
export const SUPPORT_NOTE = /^\(?\s*(?:技术支持|技术咨询|技术服务)(?:单位|电话)?\s*:[^()]{1,60}\)?$/;
/** A further field of a contact note once it has opened (联系人：张华。电话：87051234). */
const CONTACT_FIELD = /^\s*(?:联系人|联系单位|联系部门|联系电话|联系方式|电话|手机|传真|邮箱|电子邮箱|地址)\s*:/;

/** A span of a line, in its offsets. */
export interface Span {
  from: number;
  to: number;
}

/** What a line of notes holds: the disclosure's words, and each contact note. */
export interface NoteParts {
  disclosure: Span | null;
  contacts: Span[];
}

/** The disclosure's words in `t` (a whole note, brackets and all), in t's offsets; null when it is none. */
function disclosureWords(t: string): Span | null {
  const m = DISCLOSURE.exec(t) ?? DISCLOSURE_OTHER.exec(t);
  return m ? { from: m[1]!.length, to: m[1]!.length + m[2]!.length } : null;
}

/**
 * The notes a line consists of, in offsets of `match` (the line's matching copy): one note alone
 * ((此件公开发布), 联系人：陈静，电话：…), or a disclosure and a contact in one bracket, in either
 * order and apart by a full stop or semicolon ((此件主动公开。联系人：张华，电话：87051234)). Null
 * when anything else stands on the line.
 */
export function notesIn(match: string): NoteParts | null {
  const t = match.trim();
  // Cheap test first: every note names 公开, 发至, 此件, or a contact's label.
  if (t.length === 0 || t.length > 120 || !/公开|发至|联系|技术|此件/.test(t)) return null;
  const lead = match.length - match.trimStart().length;
  const alone = disclosureWords(t);
  if (alone) return { disclosure: { from: lead + alone.from, to: lead + alone.to }, contacts: [] };
  // A contact note may hold a disclosure after its fields (联系人：张华；此件公开发布): split first then.
  const whole = CONTACT_NOTE.test(t) ? { disclosure: null, contacts: [{ from: lead, to: lead + t.length }] } : null;
  if (whole && !/此件|本件|公开|发至/.test(t)) return whole;
  const bracketed = /^\((.+)\)$/.exec(t);
  const inner = bracketed ? bracketed[1]! : t;
  const innerAt = lead + (bracketed ? 1 : 0);
  if (/[()]/.test(inner) || !/[。;]/.test(inner)) return whole;
  const parts: NoteParts = { disclosure: null, contacts: [] };
  let open: Span | null = null;
  for (const part of inner.matchAll(/[^。;]+[。;]?/g)) {
    const words = part[0].replace(/[。;]$/, '');
    const from = innerAt + part.index + (words.length - words.trimStart().length);
    const to = innerAt + part.index + words.trimEnd().length;
    if (words.trim() === '') continue;
    const disc = parts.disclosure === null ? disclosureWords(words.trim()) : null;
    if (disc) {
      parts.disclosure = { from: from + disc.from, to: from + disc.to };
      open = null;
    } else if (open && CONTACT_FIELD.test(words)) {
      open.to = to;
    } else if (CONTACT_NOTE.test(words.trim())) {
      open = { from, to };
      parts.contacts.push(open);
    } else return whole;
  }
  return parts.disclosure || parts.contacts.length > 0 ? parts : whole;
}

/**
 * A site's note that it prints the text abridged (（本文有删减）, as gov.cn does), under the date
 * with the disclosure: the notice's note, not the first words of the plan's title.
 */
const ABRIDGED_NOTE = /^\(?\s*(?:本文|原文|此文|全文|正文|此件|本件)?\s*(?:有|略有|已|已作|作了?)?\s*(?:删减|删节)\s*\)?$/;

/** Whether a line is a site's note that the text is abridged. */
export function isAbridgedNote(match: string): boolean {
  return match.includes('删') && ABRIDGED_NOTE.test(match.trim());
}

/** Whether a line is a second note under a contact's: who gives technical support. */
export function isSupportNote(match: string): boolean {
  return SUPPORT_NOTE.test(match.trim());
}

/** Where the notes read so far go: the notice's disclosure and its other notes. */
export interface NoticeNotes {
  disclosure: string | null;
  disclosurePosition: Position | null;
  notes: TextNode[];
}

/**
 * Takes the notes of `item` from `offset` on (the whole line, or what follows the date on the date's
 * line: 2023年5月8日（此件公开发布）) into `into`. A note alone on its line is placed at the line, as
 * it was; one sharing the line with another note or a date, at its own words. False, taking nothing,
 * when the text there is no notes, or a second disclosure.
 */
export function takeNotes(ctx: ParseContext, into: NoticeNotes, item: Item, offset = 0): boolean {
  const parts = notesIn(item.match.slice(offset));
  if (!parts || (parts.disclosure && into.disclosure !== null)) return false;
  const shared = offset > 0 || (parts.disclosure !== null && parts.contacts.length > 0) || parts.contacts.length > 1;
  if (parts.disclosure) {
    const { from, to } = parts.disclosure;
    into.disclosure = item.text.slice(offset + from, offset + to);
    into.disclosurePosition = shared ? ctx.spanPosition(item, offset + from, offset + to) : ctx.blockPosition(item);
  }
  for (const { from, to } of parts.contacts) {
    into.notes.push(
      shared
        ? { text: item.text.slice(offset + from, offset + to), position: ctx.spanPosition(item, offset + from, offset + to) }
        : { text: item.text.trim(), position: ctx.blockPosition(item) },
    );
  }
  return true;
}
