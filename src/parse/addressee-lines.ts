import { isAddresseeLine, namesAddressee, splitAddressees } from './addressees.js';
import { isLeadIn } from './headline.js';
import { matchMarker } from '../text/markers.js';
import type { Item } from './context.js';

/** The addressees read from the blocks at the notice's head. */
export interface AddresseeRun {
  /** How many blocks the list takes (a list wrapped by a page or a hard break takes more than one). */
  count: number;
  names: string[];
  /** The list lacks the colon that ends it (各区人民政府，市政府各委、办、局 right above the text). */
  colonMissing: boolean;
}

/** How many blocks a wrapped list may take: a long list at a narrow page's width takes three. */
const MOST_LINES = 4;
/** A line of a list that goes on below it: names only, no sentence's or the list's end. */
const GOES_ON = /[。;:!?！？]/;
/**
 * A name there are many of or that names the bodies of a whole level (各区人民政府, 市政府各部门,
 * 县直有关单位): what an addressee list says and an issuer's or a title's line does not, so a line
 * of such names right above the text is the list even without its colon.
 */
const COLLECTIVE = /各|有关|相关|直属|所属|区属|县属|市属|镇属/;

/**
 * The addressee list (主送机关) from `free[at]` on: one line ending with a colon, as before, or a list
 * wrapped over up to four blocks (each but the last ending with 、 or a comma, or cut inside a name,
 * or at a whole name), the lines joined and every name they give a body's. Failing a colon, the
 * blocks right above the text that hold nothing but such names, one at least a collective's, are
 * the list too, `colonMissing` set: the copy lost its colon.
 */
export function addresseeRun(free: readonly Item[], at: number): AddresseeRun | null {
  const first = free[at];
  if (!first) return null;
  if (isAddresseeLine(first)) return isLeadIn(first.match) ? null : { count: 1, names: splitAddressees(first.text, first.match), colonMissing: false };
  for (let n = 2; n <= MOST_LINES; n++) {
    const lines = free.slice(at, at + n);
    if (lines.length < n || !lines.slice(0, -1).every((line) => listGoesOn(line) && opensOrGoesOn(line))) break;
    const last = lines[n - 1]!;
    if (!isAddresseeLine(last) || isLeadIn(last.match) || matchMarker(last.text)) continue;
    const joined = joinLines(lines);
    if (joined.match.length > 200) break;
    const names = splitAddressees(joined.text, joined.match);
    if (names.length > 0 && joinedNames(joined)) return { count: n, names, colonMissing: false };
    break;
  }
  return withoutColon(free, at);
}

/**
 * A line that ends at a name may go on in the next only as a list does (各镇人民政府、街道办事处，…，区各直属机构
 * | 各有关单位：): one organ's name alone over the list (某县人民政府办公室, an issuer's line) is no part of it.
 */
function opensOrGoesOn(item: Item): boolean {
  const t = item.match.trim();
  return /[,、]$/.test(t) || COLLECTIVE.test(t);
}

/** A line of bodies' names that may go on with more on the next line. */
function listGoesOn(item: Item): boolean {
  const t = item.match.trim();
  return item.block.kind !== 'table' && t.length > 0 && t.length <= 100 && !GOES_ON.test(t) && !matchMarker(item.text) && !/[《》“”"]/.test(t);
}

/** Every name of the joined list names a body, tested as the matching copy splits (各街道辦事處 as 各街道办事处). */
function joinedNames(joined: { match: string }): boolean {
  return splitAddressees(joined.match).every(namesAddressee);
}

/**
 * The lines as one list, cut as written: a line ending with 、 or a comma runs on as it is, one cut
 * inside a name (区各直属 | 机构) too; one ending at a whole name, the next starting with one (区各直属机构
 * | 各有关单位：), takes a comma between them, so the two stay apart. Text and matching copy keep one length.
 */
function joinLines(lines: readonly Item[]): { text: string; match: string } {
  let text = '';
  let match = '';
  lines.forEach((line, i) => {
    const m = line.match;
    const from = m.length - m.trimStart().length;
    const to = m.trimEnd().length;
    if (i > 0 && !/[,、]$/.test(match) && wholeNamesMeet(match, m.slice(from, to))) {
      text += '，';
      match += ',';
    }
    text += line.text.slice(from, to);
    match += m.slice(from, to);
  });
  return { text, match };
}

/** Whether a line's last name and the next line's first are each a name of its own (not one name cut). */
function wholeNamesMeet(before: string, after: string): boolean {
  const last = /[^,、]*$/.exec(before)![0];
  const next = /^[^,、:]*/.exec(after)![0];
  return namesAddressee(last) && namesAddressee(next);
}

/**
 * The list right above the text without its colon: one to three blocks of bodies' names (a collective
 * among them), the last ending with no punctuation at all, then the text.
 */
function withoutColon(free: readonly Item[], at: number): AddresseeRun | null {
  const found = listAboveText(free, at);
  if (!found) return null;
  const { count, joined } = found;
  const names = splitAddressees(joined.text, joined.match);
  return names.length > 0 && joinedNames(joined) && COLLECTIVE.test(joined.match) ? { count, names, colonMissing: true } : null;
}

/** The blocks from `free[at]` that end right above the text, names only and no end, joined. */
function listAboveText(free: readonly Item[], at: number): { count: number; joined: { text: string; match: string } } | null {
  for (let n = 1; n <= 3; n++) {
    const lines = free.slice(at, at + n);
    const text = free[at + n];
    if (lines.length < n || !text || !lines.every(listGoesOn) || !lines.slice(0, -1).every(opensOrGoesOn)) return null;
    const joined = joinLines(lines);
    if (!/[,、]$/.test(joined.match) && opensText(text)) return { count: n, joined };
  }
  return null;
}

/**
 * A line that opens as the addressees do (各 and a body's name) right above the text, without a colon
 * and not all names (各区人民政府，市政府各委、办、局和驻区单位): most likely the list, its colon lost, but
 * not certainly, so it is left as text and said. The number of blocks it takes, or 0.
 */
export function addresseesUnsure(free: readonly Item[], at: number): number {
  const found = listAboveText(free, at);
  if (!found || !found.joined.match.startsWith('各') || found.joined.match.length > 60 || withoutColon(free, at)) return 0;
  const pieces = found.joined.match.split(/[,、]/);
  return namesAddressee(pieces[0]!) ? found.count : 0;
}

/**
 * A notice's first paragraph: prose, a sentence long or ended, not a heading nor another list; or the
 * sentence that opens its items (现将有关事项通知如下：), which ends with a colon as the addressees do.
 */
function opensText(item: Item): boolean {
  const t = item.match.trim();
  if (item.block.kind === 'table' || matchMarker(item.text)) return false;
  if (/如下:$/.test(t) && t.length >= 6) return true;
  return !isAddresseeLine(item) && (/[。]$/.test(t) || (t.length >= 20 && /[,。]/.test(t)));
}
