import type { DocumentNumber } from '../model/types.js';
import { fold } from './fold.js';

export interface FoundDocumentNumber extends DocumentNumber {
  /** Offset of `raw` in the searched text. */
  index: number;
  /** The brackets around the year as written (`〔〕`, `[]`, `()`, `【】`), or null for 第N号 forms. */
  brackets: string | null;
  /** True when the serial has leading zeros (〔2022〕010号). */
  zeroPadded: boolean;
  /** True when the serial is written with 第 after a bracketed year (〔2022〕第10号). */
  ordinalMark: boolean;
  /** True when the number ends without its 号 (（青政办发〔2021〕18）, or a line that is the number and nothing else). */
  missingHao?: boolean;
}

// Agency codes are Han characters (sometimes with a Latin letter); the year sits in brackets of
// some kind, then the serial and 号. Matching runs on fold()ed text, so () [] are half-width.
// A number in brackets of its own may lack its 号 (原《…》（青政办发〔2021〕18）): the bracket closes it.
// 號 is the same 号 in traditional writing: the adapters look for numbers before any simplified copy
// is made (a number alone on its line stands apart from the title above it).
const BRACKETED = /([\u4e00-\u9fffA-Za-z]{1,16}) ?([〔\[【(［﹝〖〘]) ?(\d{4}) ?([〕\]】)］﹞〗〙]) ?(第?) ?(\d{1,5}) ?(?:[号號]|(?=\)))/g;
/** A line that is a document number but for its 号 (青政办发〔2024〕12), as a header value or under a title. */
const WITHOUT_HAO = /^([\u4e00-\u9fffA-Za-z]{1,16}) ?([〔\[【(［﹝〖〘]) ?(\d{4}) ?([〕\]】)］﹞〗〙]) ?(第?) ?(\d{1,5})$/;
// 国令第707号, and the orders of ministries numbered within a year: 商务部令2019年第1号.
const ORDINAL = /([\u4e00-\u9fff]{1,12}令) ?(?:((?:19|20)\d{2}) ?年 ?)?第 ?(\d{1,5}) ?[号號]/g;

/** Words that precede a citation but are not part of the agency code. */
const LEADING_WORDS = /^.*(?:根据|按照|依据|依照|参照|详见|印发的|转发的|印发|转发|废止|原)(?=[\u4e00-\u9fff]{2,})/;

function trimAgency(agency: string): string {
  const stripped = agency.replace(LEADING_WORDS, '');
  return stripped.length >= 2 ? stripped : agency;
}

/**
 * Every document number cited in a text. `match` is the copy to search, of the same length: by
 * default the folded text; a caller reading traditional characters passes its simplified copy,
 * so that 河東政辦函〔2022〕10號 is found too. What is returned is cut from `text`, as written.
 */
export function findDocumentNumbers(text: string, match: string = fold(text)): FoundDocumentNumber[] {
  const f = match.length === text.length ? match : fold(text);
  const out: FoundDocumentNumber[] = [];
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(f); m; m = BRACKETED.exec(f)) {
    const full = m[1] as string;
    const agency = trimAgency(full);
    const index = m.index + (full.length - agency.length);
    const raw = text.slice(index, m.index + m[0].length);
    const serialText = m[6] as string;
    out.push({
      raw,
      agency: text.slice(index, index + agency.length),
      year: Number(m[3]),
      serial: Number(serialText),
      index,
      brackets: bracketsOf(text, m.index, m[0]),
      zeroPadded: /^0\d/.test(serialText),
      ordinalMark: m[5] === '第',
      ...(/[号號]$/.test(m[0]) ? {} : { missingHao: true }),
    });
  }
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(f); m; m = ORDINAL.exec(f)) {
    const full = m[1] as string;
    const agency = trimAgency(full);
    const index = m.index + (full.length - agency.length);
    out.push({
      raw: text.slice(index, m.index + m[0].length),
      agency: text.slice(index, index + agency.length),
      year: m[2] ? Number(m[2]) : null,
      serial: Number(m[3]),
      index,
      brackets: null,
      zeroPadded: /^0\d/.test(m[3] as string),
      ordinalMark: true,
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A number cited whole but for its year (河东政办函〔202〕18号, 〔20211〕, 〔2O21〕): see findMalformedNumbers. */
export interface MalformedDocumentNumber {
  /** The number as written, agency to 号. */
  raw: string;
  /** Its year as written, which is no year of four digits. */
  year: string;
  /** Offset of `raw` in the searched text. */
  index: number;
}

/**
 * A number whose year is mistyped: a digit dropped or doubled (〔202〕, 〔20211〕), or a letter O or a
 * numeral zero for a 0 (〔2O21〕, 〔２〇２１〕). Two digits at least, so that a bracketed count or
 * mark is none. (fold()ed copy.)
 */
const MALFORMED = /([\u4e00-\u9fffA-Za-z]{1,16}) ?[〔\[【(［﹝〖〘] ?([\dOo〇○零]{2,6}) ?[〕\]】)］﹞〗〙] ?第? ?\d{1,5} ?[号號]/g;

/**
 * Every document number in a text written whole but for its year (河东政办函〔202〕18号): no number
 * findDocumentNumbers reads, since its year says nothing sure, but a citation all the same, which a
 * reader of repeals must not pass over as if no number were given. `match` as findDocumentNumbers.
 */
export function findMalformedNumbers(text: string, match: string = fold(text)): MalformedDocumentNumber[] {
  const f = match.length === text.length ? match : fold(text);
  const out: MalformedDocumentNumber[] = [];
  MALFORMED.lastIndex = 0;
  for (let m = MALFORMED.exec(f); m; m = MALFORMED.exec(f)) {
    const year = m[2] as string;
    if (/^\d{4}$/.test(year) || !/\d.*\d/.test(year)) continue;
    const full = m[1] as string;
    const index = m.index + (full.length - trimAgency(full).length);
    out.push({ raw: text.slice(index, m.index + m[0].length), year: text.slice(m.index + m[0].indexOf(year, full.length), m.index + m[0].indexOf(year, full.length) + year.length), index });
  }
  return out;
}

/** The year's brackets as written in the original text (the match ran on the folded copy). */
function bracketsOf(text: string, at: number, folded: string): string {
  const open = folded.search(/[〔\[【(［﹝〖〘]/);
  const close = folded.search(/[〕\]】)］﹞〗〙]/);
  return (text[at + open] ?? '') + (text[at + close] ?? '');
}

/** Parses a text that is a document number (a metadata value), or returns null. */
export function parseDocumentNumber(text: string, match?: string): DocumentNumber | null {
  const t = text.trim();
  if (!t) return null;
  const lead = text.length - text.trimStart().length;
  const found = findDocumentNumbers(t, match?.slice(lead, lead + t.length))[0] ?? numberWithoutHao(t, match?.slice(lead, lead + t.length));
  if (!found) return null;
  return { raw: found.raw, agency: found.agency, year: found.year, serial: found.serial };
}

/** The number a text consists of when only its 号 is missing (青政办发〔2024〕12), or null. */
export function numberWithoutHao(text: string, match?: string): FoundDocumentNumber | null {
  const t = text.trim();
  if (t.length < 8 || !/\d$/.test(t)) return null;
  const f = match !== undefined && match.length === t.length ? match : fold(t);
  const m = WITHOUT_HAO.exec(f);
  if (!m) return null;
  const full = m[1] as string;
  const agency = trimAgency(full);
  if (agency.length !== full.length) return null;
  return {
    raw: t,
    agency: t.slice(0, agency.length),
    year: Number(m[3]),
    serial: Number(m[6]),
    index: 0,
    brackets: bracketsOf(t, 0, m[0]),
    zeroPadded: /^0\d/.test(m[6] as string),
    ordinalMark: m[5] === '第',
    missingHao: true,
  };
}

/**
 * The document number a line consists of (某政办发〔2024〕7号 on a line of its own: under a title,
 * above it, or repeated at the top of each printed page), or null when the line says more.
 */
export function wholeDocumentNumber(text: string, match?: string): DocumentNumber | null {
  const t = text.trim();
  const lead = text.length - text.trimStart().length;
  // Every number ends with 号 but Macau's: most lines are ruled out without the search.
  if (!t.endsWith('号') && !t.endsWith('號')) {
    const m = match?.slice(lead, lead + t.length);
    const without = numberWithoutHao(t, m);
    return without ? toDocumentNumber(without) : macauNumber(t, m ?? fold(t));
  }
  const found = findDocumentNumbers(t, match?.slice(lead, lead + t.length));
  return found.length === 1 && found[0]!.raw.length === t.length ? toDocumentNumber(found[0]!) : null;
}

/**
 * The document numbers a line consists of when it sets two or more side by side, parted only by
 * spaces: a joint document printing each issuer's own number on one line (甲发〔2021〕8号　乙发〔2021〕4号).
 * Null for a line of one number (see wholeDocumentNumber) or one that says anything else.
 */
export function documentNumbersSideBySide(text: string, match?: string): FoundDocumentNumber[] | null {
  const found = findDocumentNumbers(text, match);
  if (found.length < 2) return null;
  let at = 0;
  for (const n of found) {
    if (n.index < at || text.slice(at, n.index).trim() !== '' || (at > 0 && n.index === at)) return null;
    at = n.index + n.raw.length;
  }
  return text.slice(at).trim() === '' ? found : null;
}

/**
 * Macau numbers a series of acts per year, the serial before the year and the act's kind after
 * 號: 第45/2024號行政長官批示, 第10/2024號法律, 第5/2024號行政法規. The kind (with its issuer) names
 * the series as an agency code does, so it is read as the agency. Only a line that is the whole
 * number, ending with a kind of act; a citation inside a sentence is left to the text.
 */
const MACAU_NUMBER = /^第 ?(\d{1,5}) ?[/／] ?((?:19|20)\d{2}) ?[号號] ?([\u4e00-\u9fff]{0,16}(?:批示|法律|行政法[规規]|命令|[规規]章))$/;

function macauNumber(t: string, match: string): DocumentNumber | null {
  const m = MACAU_NUMBER.exec(match.length === t.length ? match : fold(t));
  if (!m) return null;
  const kind = m[3] as string;
  return { raw: t, agency: t.slice(t.length - kind.length), year: Number(m[2]), serial: Number(m[1]) };
}

export function toDocumentNumber(found: FoundDocumentNumber): DocumentNumber {
  return { raw: found.raw, agency: found.agency, year: found.year, serial: found.serial };
}

/** True for the form GB/T 9704-2012 prescribes: 〔YYYY〕, a serial without leading zeros or 第. */
export function isStandardForm(found: FoundDocumentNumber): boolean {
  if (found.brackets === null) return true; // 国令第707号: 令 are numbered without a year.
  return found.brackets === '〔〕' && !found.zeroPadded && !found.ordinalMark;
}

export { fold };
