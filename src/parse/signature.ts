import { findDates, parseDate, type ParsedDate } from '../text/date.js';
import { matchMarker } from '../text/markers.js';
import type { Item } from './context.js';
import { isImprintLine, printedWithoutPrinter } from './imprint-lines.js';
import { notesIn } from './notice-notes.js';
import { isBodyName } from '../text/body-name.js';

/** Suffixes of organisation names, for telling a signature from a sentence. */
export const ORG_SUFFIX = /(?:人民政府|政府|办公室|办公厅|委员会|委|局|厅|部|署|院|办|室|处|中心|公司|集团|组|会|所|站|队|社|馆|行|总局|管委会|管理办|街道|镇|乡|县|区|市|省)$/;

/** A 令 or a decision is signed by a person with the office held: `总理 李克强`, `市长 张三`. */
const PERSON_SIGNATURE = /^(?:国务院)?(?:副?总理|主席|副?省长|副?市长|副?区长|副?县长|州长|主任|部长|局长|署长|行长|书记) +[\u4e00-\u9fff·]{2,6}$/;

export function isPersonSignature(match: string): boolean {
  return PERSON_SIGNATURE.test(match.trim());
}

/**
 * A seal note after the signing organ's name, or on a line of its own under it: the body whose seal
 * stands in for the organ's ((县农业农村局代章), (代章)) or the mark of the seal ((印), (盖章)). It is
 * no part of the name. (match() copy.)
 */
const SEAL_NOTE = /\s*\((?:[^()]{0,24}代章|代印|印|盖章|公章|章)\)$/;

/** A signature line's seal note, in offsets of its match() copy; null when it has none. */
export function sealNote(match: string): { from: number; to: number } | null {
  const t = match.trimEnd();
  if (!t.endsWith(')')) return null;
  const m = SEAL_NOTE.exec(t);
  if (!m) return null;
  const from = m.index + (m[0].length - m[0].trimStart().length);
  return { from, to: t.length };
}

/** Signatures: organisation names on their own lines, no sentence punctuation, or a signing person. */
export function isSignatureLine(item: Item): boolean {
  // A table's cells (a task table in the notice's text, its last cell a unit) are never a signature.
  if (item.block.kind === 'table') return false;
  const seal = sealNote(item.match);
  if (!seal) return isSignatureText(item.match.trim(), item.text);
  // The name before its seal note, or the note alone on the line under the name.
  const name = item.match.slice(0, seal.from);
  return name.trim() === '' || isSignatureText(name.trim(), item.text.slice(0, seal.from));
}

/** The organs a signature line names (its seal note aside), as written. */
export function signatoriesOf(item: Item): string[] {
  const seal = sealNote(item.match);
  const text = seal ? item.text.slice(0, seal.from) : item.text;
  if (text.trim() === '') return [];
  return isPersonSignature(item.match.slice(0, seal?.from)) ? [text.trim()] : splitSignatories(text);
}

export function isSignatureText(t: string, text: string): boolean {
  if (isPersonSignature(t)) return true;
  return t.length > 0 && t.length <= 80 && !/[。,;:!?、()]/.test(t) && ORG_SUFFIX.test(t) && !matchMarker(text) && !parseDate(t);
}

/**
 * A line naming only issuing bodies (中共某区委办公室, 某区人民政府办公室　某区财政局), none of them
 * a group a clause names (各镇人民政府, 有关部门).
 */
export function isOrganLine(match: string): boolean {
  const names = match.trim().split(/\s+/).filter(Boolean);
  return (
    names.length > 0 &&
    names.every((n) => n.length >= 4 && isSignatureText(n, n) && !isPersonSignature(n) && !/^(?:各|有关|相关|其他)/.test(n) && !/关于/.test(n))
  );
}

/**
 * How many of the lines up to `lines[last]` (none at or above `floor`) end the document as its imprint: 抄送 and 印发 lines, and the
 * printer's name on a line of its own right above a printing date that names none. A signature is
 * looked for above them, never among them.
 */
export function imprintLinesAtEnd(lines: readonly Item[], last: number, floor: number): number {
  let k = last;
  let count = 0;
  while (k > floor && isImprintLine(lines[k]!.match)) {
    const above = lines[k - 1];
    const printer = printedWithoutPrinter(lines[k]!.match) && k - 1 > floor && above !== undefined && above.index === lines[k]!.index - 1 && isOrganLine(above.match);
    k -= printer ? 2 : 1;
    count += printer ? 2 : 1;
  }
  return count;
}

/**
 * Bodies that issue a notice or a plan in their own name: a government, its office, a committee
 * (委员会, 管委会). A department (区教育局, 区发展改革委) is named in the clauses of items far more often
 * than it signs a plan without a date.
 */
const ISSUING_BODY = /(?:人民政府|办公室|办公厅|委员会|管委会|领导小组)$/;

/**
 * Signature lines without a date under them: the last lines of the document (before its imprint
 * and annexes, from `limit`), each only an issuing body's name (某镇人民政府). Not 各镇人民政府 or 有关
 * 办公室, which name units a clause gives the item above. Returns those lines (none when there are none).
 */
export function undatedSignature(free: Item[], k: number, limit: number): Item[] {
  const last = limit - 1 - imprintLinesAtEnd(free, limit - 1, k);
  let first = last + 1;
  while (first - 1 > k && last - first < 2) {
    const t = free[first - 1]!.match.trim();
    if (!isSignatureLine(free[first - 1]!) || isPersonSignature(t) || !ISSUING_BODY.test(t) || /^(?:各|有关|相关|其他)/.test(t)) break;
    first--;
  }
  // 责任单位： on the line above waits for the units this line names.
  if (first <= last && /[:：]$/.test(free[first - 1]?.match.trim() ?? '')) return [];
  return free.slice(first, last + 1);
}

/**
 * Signature lines right above `at` (the title of the document the notice hands on), none at or
 * above `k`: at most two lines, each only whole organs' names, a seal note after them or not
 * (安平县安全生产委员会办公室（县应急管理局代章）). For a notice dated under its title, whose end no
 * signature date marks. Empty when the line above is anything else.
 */
export function signatureAbove(free: readonly Item[], k: number, at: number): Item[] {
  let first = at;
  while (first - 1 > k && at - first < 2) {
    const item = free[first - 1]!;
    const seal = sealNote(item.match);
    const names = item.match.slice(0, seal?.from).trim().split(/\s+/).filter(Boolean);
    if (!isSignatureLine(item) || names.length === 0 || !names.every(isBodyName)) break;
    first--;
  }
  return free.slice(first, at);
}

/**
 * A signature and its date in one block (某县人民政府 2024年2月1日): what a Markdown paragraph of the
 * two lines, or a page that puts them on one line, gives. Offsets are in the block's text.
 */
export function signatureWithDate(item: Item): { sigFrom: number; sigTo: number; date: ParsedDate; dateFrom: number; dateTo: number } | null {
  const lead = item.match.length - item.match.trimStart().length;
  const t = item.match.trim();
  // Most blocks are prose: a signature line is short and ends with its date.
  if (t.length > 100 || !(t.endsWith('日') || /\d$/.test(t))) return null;
  const last = findDates(t).pop();
  if (!last || last.index === 0 || last.index + last.raw.length !== t.length) return null;
  const sig = t.slice(0, last.index).trimEnd();
  if (!isSignatureText(sig, item.text.slice(lead, lead + sig.length))) return null;
  return { sigFrom: lead, sigTo: lead + sig.length, date: last, dateFrom: lead + last.index, dateTo: lead + t.length };
}

/** A date under a signature, at `from`…`to` of its block's text; `whole` when the block is only that date. */
export interface SignatureDate {
  date: ParsedDate;
  from: number;
  to: number;
  whole: boolean;
}

/** A signature's lines (above its date line, or none) and the block at free[dateAt] that dates them. */
export interface SignedGroup {
  sig: Item[];
  dateAt: number;
  /** The dates of a date line; null when the date stands after the signature in one block (`combined`). */
  dates: SignatureDate[] | null;
  combined: ReturnType<typeof signatureWithDate>;
}

/**
 * The date a block consists of, or the dates of a joint signature set side by side under the
 * issuers' names, each its own (2021年9月15日　　　　2021年9月16日): only spaces between them. Null for
 * any other block.
 */
export function signatureDates(item: Item): SignatureDate[] | null {
  const t = item.match.trim();
  const lead = item.match.length - item.match.trimStart().length;
  const one = parseDate(t);
  if (one) return [{ date: one, from: lead, to: lead + t.length, whole: true }];
  const noted = dateBeforeNotes(t);
  if (noted) return [{ date: noted, from: lead, to: lead + noted.raw.length, whole: false }];
  if (t.length > 80 || !/[\s\u3000]/.test(t) || item.match.length !== item.text.length) return null;
  const found = findDates(item.match);
  if (found.length < 2) return null;
  let at = 0;
  for (const d of found) {
    if (d.index < at || item.match.slice(at, d.index).trim() !== '' || (at > 0 && d.index === at)) return null;
    at = d.index + d.raw.length;
  }
  if (item.match.slice(at).trim() !== '') return null;
  return found.map((d) => ({ date: d, from: d.index, to: d.index + d.raw.length, whole: false }));
}

/**
 * The date a line opens with when only the notes under a date follow it on the line
 * (2023年5月8日（此件公开发布）, 2023年5月8日　（联系人：…）): the date, which the notes do not change.
 */
function dateBeforeNotes(t: string): ParsedDate | null {
  // Cheap test first: most lines are prose, and a note names 公开, 发至, 此件 or a contact.
  if (t.length > 140 || !/公开|发至|联系|此件/.test(t)) return null;
  const first = findDates(t)[0];
  if (!first || first.index !== 0) return null;
  const rest = t.slice(first.raw.length);
  if (!/^[\s(]/.test(rest) || !notesIn(rest)) return null;
  return first;
}

/**
 * The next issuer of a joint signature that dates each name (A / 2021年9月15日 / B / 2021年9月16日):
 * organs' names from free[from] on and a date under them, or a name and its date in one block.
 * Null when free[from] does not start one.
 */
export function nextSignedGroup(free: Item[], from: number): SignedGroup | null {
  let j = from;
  while (j < free.length && j - from < 4 && isSignatureLine(free[j]!) && !isPersonSignature(free[j]!.match)) j++;
  const item = free[j];
  if (!item) return null;
  if (j > from) {
    const dates = signatureDates(item);
    return dates ? { sig: free.slice(from, j), dateAt: j, dates, combined: null } : null;
  }
  const combined = signatureWithDate(item);
  return combined && !isPersonSignature(item.match.slice(combined.sigFrom, combined.sigTo)) ? { sig: [], dateAt: j, dates: null, combined } : null;
}

/**
 * Splits a line holding several names side by side (黄浦区发展和改革委员会黄浦区建设和管理委员会):
 * where the line's place prefix (黄浦区) recurs after an organisation suffix, a new name starts.
 */
export function splitSignatories(line: string): string[] {
  const t = line.trim().replace(/\s{2,}/g, ' ');
  if (/\s/.test(t)) return t.split(/\s+/).filter(Boolean);
  const prefix = /^.{1,8}?(?:省|市|区|县|州|旗|盟)/.exec(t)?.[0];
  if (!prefix || prefix.length < 2) return [t];
  const out: string[] = [];
  let from = 0;
  for (let at = t.indexOf(prefix, prefix.length); at > 0; at = t.indexOf(prefix, at + prefix.length)) {
    if (ORG_SUFFIX.test(t.slice(from, at)) && at - from >= prefix.length + 2) {
      out.push(t.slice(from, at));
      from = at;
    }
  }
  out.push(t.slice(from));
  return out;
}
