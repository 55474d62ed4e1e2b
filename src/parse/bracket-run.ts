/**
 * A responsibility clause written over several brackets at the end of an item:
 * …（牵头单位：A）（参与单位：B）, …（牵头单位：A，参与单位：B）（完成时限：2025年底）,
 * …（责任单位：A）（2024年6月底前完成）, …（牵头单位：A）。完成时限：2025年底。, …（牵头单位：A）★,
 * …。完成时限：2025年底。（牵头单位：A）.
 * Each bracket holds a part of one clause; read alone, the last one names no unit (a deadline) or
 * only some (参与单位), and the task lost its units or went missing. The parts are read together,
 * as if written in one bracket with `；` between them.
 *
 * All offsets are in the block's folded copy (`match`), where every bracket is half-width.
 */
import { withoutContacts } from './contacts.js';
import { deadlineSentence, findDeadline, isFrequencyNote, mayHoldBareDeadline } from './deadline.js';
import { parseClause, parseLabelledClause, parseVerbalClause } from './responsibility.js';

/** Marks after an item's clause: a key task's ★, a new one's ▲, a footnote's *. They stay in the task's text. */
const MARK = /[★☆▲△◆◇●○■□※*]/;
/** What may end an item after its clause, besides marks: a stop, or a comma, 、 or colon left over from a list the item was cut from. */
const STOP = /[\s。.;；,:、]/;

const OPENER: Readonly<Record<string, string>> = { ')': '(', '】': '【', ']': '[' };

/** A part of a clause: a span of the block's text read as a piece of the one clause. */
export interface ClausePart {
  from: number;
  to: number;
  /** A contact's bracket (（责任人：刘强）): read as written after the part before, as a bracket after a unit is. */
  attached?: true;
}

export interface BracketRun {
  /** The opening bracket of the first part, or the start of the deadline sentence before it. */
  open: number;
  /** After the closing bracket of the last part, or after the deadline sentence that ends the run. */
  end: number;
  /**
   * The clause as written: from inside the first bracket (or the start of the deadline sentence
   * before it) to inside the last (or the end of the deadline sentence after it).
   */
  inner: [number, number];
  /** Present when the clause has more than one part; read joined (joinParts). */
  parts?: ClausePart[];
}

interface Bracket {
  open: number;
  close: number;
}

/** The bracket that closes at `close`, opened at or after `floor`, or null. */
function bracketAt(match: string, close: number, floor: number): Bracket | null {
  const closer = match[close] as string;
  const opener = OPENER[closer];
  if (!opener) return null;
  let depth = 0;
  for (let i = close; i >= floor; i--) {
    const c = match[i];
    if (c === closer) depth++;
    else if (c === opener && --depth === 0) return { open: i, close };
  }
  return null;
}

/** The brackets that end `match[from, end)`, one right after another (spaces between), in order. */
function closingBrackets(match: string, from: number, end: number): Bracket[] {
  const out: Bracket[] = [];
  let at = end;
  // A clause is seldom in more than three brackets: four bounds the work on a text of many.
  while (out.length < 4) {
    while (at > from && /\s/.test(match[at - 1] as string)) at--;
    const b = at > from ? bracketAt(match, at - 1, from) : null;
    if (!b) break;
    out.unshift(b);
    at = b.open;
  }
  return out;
}

/**
 * A deadline written as a sentence after the clause's bracket: …（牵头单位：A）。完成时限：2025年底 /
 * …（责任单位：A）；2024年底前完成. Returns where the brackets end and where the sentence stands.
 */
function deadlineAfter(match: string, from: number, end: number): { bracketsEnd: number; from: number; to: number } | null {
  // Every deadline holds a year, a colon or an open-ended term: most texts end otherwise.
  const tail = match.slice(Math.max(from, end - 45), end);
  if (!/:|】/.test(tail) && !mayHoldBareDeadline(tail)) return null;
  for (let k = end - 1; k > from && end - k <= 45; k--) {
    if (!/[。;,]/.test(match[k] as string)) continue;
    let before = k;
    while (before > from && /\s/.test(match[before - 1] as string)) before--;
    if (!OPENER[match[before - 1] as string]) continue;
    let start = k + 1;
    while (start < end && /\s/.test(match[start] as string)) start++;
    if (deadlineSentence(match.slice(start, end))) return { bracketsEnd: before, from: start, to: end };
  }
  return null;
}

/**
 * The labels under which a sentence says when a task is due (完成时限, 完成时间, 时间节点, 办结期限,
 * 进度安排 …), as a sentence before the clause's bracket may: narrower than a clause's own deadline
 * label, since such a sentence stands among the task's own (服务时间：每日8时至20时 says what is done).
 */
const DUE_LABEL = /^[\u4e00-\u9fff]{0,4}(?:时限|期限|节点|(?:完成|办结|截止)时间|进度(?:要求|安排)|时间(?:要求|安排))(?:要求|安排)?\s*:/;

/** Where a sentence ends: 。！？；, or a half-width full stop that is no decimal point or item number's (2.5, 1.). */
const sentenceEnd = (match: string, at: number): boolean => /[。;!?]/.test(match[at] as string) || (match[at] === '.' && !/\d/.test(match[at - 1] ?? ''));

/**
 * A labelled deadline written as a sentence of its own right before the clause's bracket:
 * …。完成时限：2025年底。（牵头单位：A）. Only a whole sentence under a label of when the task is
 * due, after another sentence of the item's: a date in the item's own words (到2026年底完成…) stays
 * what the task says. Returns where the sentence starts and where its value stands.
 */
function deadlineBefore(match: string, from: number, open: number): { start: number; from: number; to: number } | null {
  let end = open;
  while (end > from && /\s/.test(match[end - 1] as string)) end--;
  while (end > from && /[。.;,]/.test(match[end - 1] as string)) end--;
  // Such a sentence is short and holds a colon: most texts before a bracket have none near it.
  const window = match.slice(Math.max(from, end - 45), end);
  if (!window.includes(':')) return null;
  let start = end;
  while (start > from && end - start <= 45 && !sentenceEnd(match, start - 1)) start--;
  if (start <= from || !sentenceEnd(match, start - 1)) return null;
  while (start < end && /\s/.test(match[start] as string)) start++;
  const sentence = match.slice(start, end);
  if (!DUE_LABEL.test(sentence)) return null;
  const due = deadlineSentence(sentence);
  if (!due || !mayHoldBareDeadline(sentence.slice(due.from, due.to))) return null;
  return { start, from: start, to: end };
}

type Kind = 'clause' | 'first' | 'deadline' | 'contact' | 'other';

/**
 * What a bracket holds as a part of a clause. A bracket of bare names (（区教育局、区财政局）) may
 * open a clause but not go on one: after 牵头单位：A it would be read as more units under that label.
 */
function kindOf(match: string, b: Bracket): Kind {
  const inside = match.slice(b.open + 1, b.close);
  if (deadlineSentence(inside)) return 'deadline';
  const whole = match.slice(b.open, b.close + 1);
  if (withoutContacts(whole, whole).text.length === 0) return 'contact';
  if (parseLabelledClause(inside, inside, false) || parseVerbalClause(inside, inside, false)) return 'clause';
  return parseClause(inside, inside, false) ? 'first' : 'other';
}

/**
 * The clause that ends a text over several brackets, or over one bracket followed by a deadline
 * sentence or a mark. Null when the text ends with one bracket alone (read as it always was), or
 * when the brackets do not make a clause: the run must open with a bracket that reads as a clause,
 * and every bracket after it must be a part of one (more units under a label, a deadline, a
 * contact). A bracket before the clause is the text's own (…三年行动（2023—2025年）（牵头单位：A）).
 */
export function bracketRun(match: string, from: number): BracketRun | null {
  let end = match.length;
  let marked = false;
  while (end > from) {
    const c = match[end - 1] as string;
    if (STOP.test(c)) end--;
    else if (MARK.test(c)) {
      end--;
      marked = true;
    } else {
      // （每年开展）after the clause: how often, no part of it, and kept in the task's text as a mark is.
      const often = c === ')' ? bracketAt(match, end - 1, from) : null;
      if (!often || !isFrequencyNote(match.slice(often.open + 1, often.close))) break;
      end = often.open;
      marked = true;
    }
  }
  if (end <= from) return null;
  const due = OPENER[match[end - 1] as string] ? null : deadlineAfter(match, from, end);
  const brackets = closingBrackets(match, from, due ? due.bracketsEnd : end);
  if (brackets.length === 0) return null;
  // One bracket alone is read as it always was, unless a deadline sentence stands before it (below).
  const alone = brackets.length === 1 && !due && !marked;
  if (alone && !match.slice(Math.max(from, (brackets[0] as Bracket).open - 46), (brackets[0] as Bracket).open).includes(':')) return null;
  let start = -1;
  const kinds: Kind[] = [];
  for (let k = brackets.length - 1; k >= 0; k--) {
    const kind = kindOf(match, brackets[k] as Bracket);
    kinds[k] = kind;
    if (kind === 'other') break;
    if (kind === 'clause') start = k;
    if (kind === 'first') {
      start = k;
      break;
    }
  }
  if (start < 0) return null;
  const run = brackets.slice(start);
  const first = run[0] as Bracket;
  const last = run[run.length - 1] as Bracket;
  // …。完成时限：2025年底。（牵头单位：A）: a deadline sentence before the clause, unless the clause gives its own.
  const before = due ? null : deadlineBefore(match, from, first.open);
  const dated = kinds.slice(start).includes('deadline') || run.some((b) => findDeadline(match.slice(b.open + 1, b.close), match.slice(b.open + 1, b.close)));
  const dueBefore = before && !dated ? before : null;
  if (alone && !dueBefore) return null;
  const open = dueBefore ? dueBefore.start : first.open;
  const inner: [number, number] = [dueBefore ? dueBefore.start : first.open + 1, due ? due.to : last.close];
  const runEnd = due ? due.to : last.close + 1;
  if (run.length === 1 && !due && !dueBefore) return { open, end: runEnd, inner };
  // Deadlines are read last, after the units, as a clause in one bracket most often has them.
  const parts: ClausePart[] = [];
  const deadlines: ClausePart[] = [];
  run.forEach((b, k) => {
    const kind = kinds[start + k];
    if (kind === 'deadline') deadlines.push({ from: b.open + 1, to: b.close });
    else if (kind === 'contact') parts.push({ from: b.open, to: b.close + 1, attached: true });
    else parts.push({ from: b.open + 1, to: b.close });
  });
  if (due) deadlines.push({ from: due.from, to: due.to });
  if (dueBefore) deadlines.push({ from: dueBefore.from, to: dueBefore.to });
  return { open, end: runEnd, inner, parts: [...parts, ...deadlines] };
}

/** The parts of a clause as one clause: joined with `；` (a contact's bracket right after the part before). */
export function joinParts(text: string, match: string, parts: readonly ClausePart[]): { text: string; match: string } {
  let outText = '';
  let outMatch = '';
  parts.forEach((p, k) => {
    const sep = k === 0 || p.attached ? '' : '；';
    outText += sep + text.slice(p.from, p.to);
    outMatch += (sep ? ';' : '') + match.slice(p.from, p.to);
  });
  return { text: outText, match: outMatch };
}
