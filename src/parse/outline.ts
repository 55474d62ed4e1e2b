import type { OutlineNode, Position, Responsibility, TextNode } from '../model/types.js';
import { enclosedOrdinal, matchMarker, matchNumberBeforeFigure, matchStopNumber, type Marker } from '../text/markers.js';
import { CHINESE_NUMERAL_CHARS } from '../text/chinese-numeral.js';
import { fold } from '../text/fold.js';
import { romanOrdinal } from '../text/roman-numeral.js';
import { itemMarker } from './decimal-chapters.js';
import { decimalInPlace } from '../text/decimal-place.js';
import { labelledDivision } from './division-numbers.js';
import type { Item, ParseContext } from './context.js';
import { blankBetween } from './blank-line.js';
import { opensPlaceName } from './joined-names.js';
import { BODY_NAME_END, CLAUSE_END_VERB, endsAsVerbalClause, isClauseNote, isLeaderLine, isVerbalPart, labelStarts, namesAnOffice, opensWithRoleIs, parseClause, parseDoingSentence, parseLabelledClause, parseVerbalClause, plausibleUnits, resolve, SHARED_DUTY_VERB, splitUnits, statesFirstIsLead, type ParsedClause } from './responsibility.js';
import { deadlineSentence, findDeadline, mayHoldBareDeadline } from './deadline.js';
import { coveringOpening } from './covering-clause.js';
import { readBlanketSentence, remarkLength, unreadBlanketLine, type BlanketReading } from './blanket-line.js';
import { dividesArticlesRead, groupOpening, leadless, markDivisionLine, shareClausesAtTaskLevel, shareGroupClause, shareOut, shareSentence, withGroupLead, type GroupPointer } from './group-units.js';
import { withoutContacts } from './contacts.js';
import { LEADER_LABEL } from '../text/leader-label.js';
import { findFlatTables, isTableCaption, unreadFlatTables, type PendingTable } from './body-tables.js';
import { unitLine } from './unit-line.js';
import { enumeratesInline, inlineEnumerations, mayEnumerateInline, type EnumerationClause, type ItemParagraph } from './enumerations.js';
import { isRunOnMeasure, splitInlineItems } from './inline-items.js';
import { recordField, recordMarker } from './labelled-task-list.js';
import { boxHeading, boxInTable, boxOverTable, conventionalRank, listedInBox, type BoxHeading, type CellBox } from './boxes.js';
import { bracketRun, joinParts, type ClausePart } from './bracket-run.js';
import { reportUnreadClauses, reportUnreadLabels, reportUnreadParts } from './unread-clause.js';
import { wrappedUnits } from './wrapped-units.js';
import { giveGroupDeadline, headingDeadline, setGroupDeadline } from './heading-deadline.js';
import { titleClauseSpan } from './title-clause.js';
import { cutEnd, reportCutEnd, reportUnclosed, unclosedClause } from './cut-end.js';
import { groupHeading } from './group-heading.js';
import { namesSafeguards } from './safeguard-heading.js';
import { coverLater, spreadCoveringClauses, type PendingCovers } from './covered-groups.js';

/** The stack key of a group heading (【专项行动一】…): one level, whatever its words. */
const GROUP_KEY = 'group-heading';

/** The marker of a bulleted list item: an item without a number or a label of its own. */
const BULLET: Marker = { kind: 'bullet', number: '', ordinal: null, label: '', length: 0 };

/** The dash that opens a line of a list (——统筹建设政务云。…), as the folded copy has it, with the spaces after it. */
const LIST_DASH = /^\s*(?:[—–―─]{1,2}|-{2})\s*(?=[^\s—–―─-])/;

/**
 * The marker of an unnumbered measure: a dash that opens its line marks it as a list's line, as a
 * bullet would, and is no word of its title or text.
 */
function bulletOf(item: Item): Marker {
  const dash = LIST_DASH.exec(item.match);
  return dash ? { ...BULLET, length: dash[0].length } : BULLET;
}

/** A line naming a task's leader (责任领导：王某某) in the text of the item it was given to. */
interface LeaderBefore {
  building: Building;
  text: string;
  position: Position;
  /** When the line says when the task is due (完成时限：…) rather than who leads it. */
  deadline?: string;
}

/** A node while the tree is being built: the model node plus the blocks it spans. */
interface Building {
  node: OutlineNode;
  key: string;
  first: Item;
  last: Item;
  paragraphs: ItemParagraph[];
  /** A record of a task list written as labelled lines (序号：1 / 工作任务：…): its 工作措施 values. */
  measures?: string[];
  /** A number alone on its line (1.): the item's title is the first line of its text, after any clause lines. */
  untitled?: boolean;
}

export interface OutlineResult {
  roots: OutlineNode[];
  /** Blocks before the first numbered item (a preamble), in order. */
  before: Item[];
  /** Tables among the items (table blocks, and tables flattened into lines after a caption). */
  tables: PendingTable[];
}

/**
 * Finds a bracketed clause at the end of a text: the index of its opening bracket and the
 * clause inside, or null. `match` is the folded copy, where all brackets are half-width.
 */
export function trailingBracket(match: string): { open: number; close: number } | null {
  let end = match.length;
  while (end > 0 && /[\s。.;；,:、]/.test(match[end - 1] as string)) end--;
  const close = match[end - 1] as string;
  // Clauses stand in round brackets, and on some sites in 【】 or [].
  const open = CLAUSE_BRACKETS[close];
  if (!open) return null;
  let depth = 0;
  let outermost = -1;
  for (let i = end - 1; i >= 0; i--) {
    const c = match[i];
    if (c === close) depth++;
    else if (c === open) {
      depth--;
      outermost = i;
      if (depth === 0) return { open: i, close: end - 1 };
    }
  }
  // A closing bracket too many, typed twice (（牵头单位：A；参与单位：B））) or left after a clause
  // closed too early (（牵头单位：A）参与单位：B）): the clause runs from the outermost opening bracket,
  // when a role label opens it (the stray bracket is no part of a name, see splitUnits).
  if (outermost >= 0 && labelStarts(match.slice(outermost + 1, end - 1))[0] === 0) return { open: outermost, close: end - 1 };
  return null;
}

const CLAUSE_BRACKETS: Readonly<Record<string, string>> = { ')': '(', '】': '【', ']': '[' };

/** Where an item's own responsibility clause stands in its block: a trailing bracket, or a trailing labelled sentence. */
export interface ClauseSpan {
  /** Start of the clause (its opening bracket, or its first label). */
  open: number;
  /** End of the clause (after its closing bracket, or after its last unit). */
  end: number;
  /** The clause inside its brackets, or the labelled sentence itself. */
  inner: [number, number];
  bracketed: boolean;
  /** A last sentence that names units and what they do, without labels (县林业局负责。). */
  verbal?: true;
  /** Such a sentence that says only who carries the work out (由A会同B推进。), read by parseDoingSentence. */
  doing?: true;
  /** A sentence that gives the units of the items before it (以上任务由A牵头…): its opening's length. */
  covering?: number;
  /** Such a sentence in a blanket wording (以上任务A均为责任单位): how it reads, from `inner`'s start. */
  blanket?: BlanketReading;
  /**
   * A deadline in a sentence of its own after the clause's (…负责。2024年底前完成): where the clause
   * ends, before it, and where the deadline's value stands. `inner` takes in both.
   */
  due?: { clauseEnd: number; value: [number, number] };
  /**
   * The leader in charge in a sentence of its own after the clause's (…配合。责任领导：张伟): where the
   * clause ends, before it, and where the leader's field stands, kept with the clause's contacts.
   */
  leader?: { clauseEnd: number; value: [number, number] };
  /** A clause over several brackets (（牵头单位：A）（参与单位：B）): its parts, read as one (see bracketRun). */
  parts?: ClausePart[];
  /**
   * A sentence after the item's bracketed clause that gives the units of the items before it
   * (…。（责任单位：A）以上任务由B负责落实。): where it starts. The bracket is the item's own clause;
   * the sentence is read apart, as one covering its siblings (see coveringAfter).
   */
  coveringSentence?: ClauseSpan;
}

/**
 * The covering sentence read after an item's own clause (see ClauseSpan.coveringSentence), by that
 * clause: it gives its units to the item's siblings before it that name none (see coverSiblings).
 */
const coveringAfter = new WeakMap<Responsibility, Responsibility>();

/** The covering sentence read after an item's own clause `r`, if one was (…（责任单位：A）以上任务由B负责落实。). */
export const coveringSentenceAfter = (r: Responsibility): Responsibility | undefined => coveringAfter.get(r);

/**
 * The clause that ends a paragraph: in brackets (…。(牵头单位:A)), or written as the paragraph's
 * last sentence without them (…。牵头单位:A;配合单位:B。). Offsets are in the block's text.
 */
export function trailingClause(match: string, from: number): ClauseSpan | null {
  return clauseBeforeLastSentence(match, from) ?? clauseAtEnd(match, from) ?? clauseSentenceWithin(match, from);
}

/**
 * A sentence of its own, after a sentence of the item's and before others, that is wholly a
 * clause: …。引进一批龙头企业。区发展改革委、区商务局按职责分工负责。到2025年，…突破100亿元。 (an
 * 实施意见 names the units after the measures, before what they are to reach). Only a whole
 * sentence, between two full stops, that reads as a verbal or labelled clause: the units woven into
 * a sentence that goes on (区政府负责统筹，…) say what is done. The last such sentence is the clause;
 * the sentences after it stay what the task says.
 */
function clauseSentenceWithin(match: string, from: number): ClauseSpan | null {
  let end = match.trimEnd().length;
  while (end > from && /[。.;；]/.test(match[end - 1] as string)) end--;
  let stop = end;
  for (let at = end - 1; at >= from; at--) {
    if (match[at] !== '。') continue;
    // The sentence [at + 1, stop) ends at the full stop after it; the last sentence was tried before.
    // The text after it must be a sentence of the item's too (到2025年，…), not words about it.
    if (stop < end && SENTENCE_OPENING.test(match.slice(stop + 1).trimStart())) {
      const span = clauseSentence(match, at + 1, stop);
      if (span) return span;
    }
    stop = at;
  }
  // 完善农村物流体系：区交通局负责。年底前建成…: the first sentence too, when it opens with a title
  // and its colon; the clause is what follows the colon, as verbalSentence reads it in a last sentence.
  if (stop < end && SENTENCE_OPENING.test(match.slice(stop + 1).trimStart())) {
    let start = from;
    while (start < stop && /\s/.test(match[start] as string)) start++;
    const colon = match.indexOf(':', start);
    if (colon > start && colon < stop && isTitleColon(match, start, colon)) return clauseSentence(match, colon + 1, stop);
  }
  return null;
}

/** How a sentence of Chinese opens: a Han character, a figure, a quotation mark or a bracket. */
const SENTENCE_OPENING = /^[\u4e00-\u9fff0-9“‘"《(【]/;

/** The clause a whole sentence [start, end) states, verbal (A、B负责) or labelled (牵头单位：A), or null. */
function clauseSentence(match: string, start: number, end: number): ClauseSpan | null {
  const sentence = match.slice(start, end);
  if (sentence.length < 4 || sentence.length > 80) return null;
  if (labelStarts(sentence)[0] === 0) {
    return parseLabelledClause(sentence, sentence, false) ? { open: start, end, inner: [start, end], bracketed: false } : null;
  }
  const span = verbalSpan(match, start, end);
  return span && span.open === start && acceptsVerbal(match, span) ? span : null;
}

/**
 * …。牵头单位：A；配合单位：B。完成时限：2025年底前。 / …。A牵头，B按职责分工负责。2024年6月底前完成。
 * The deadline may stand as a sentence of its own after the clause's, under its label (完成时限,
 * 时间节点, 完成时间 …) or bare (2024年6月底前完成, 长期坚持), or in brackets of its own
 * ((2024年6月底前完成), (完成时限：…)): it must not hide the clause, which is then the sentence before
 * it. The span runs on to the end, so that the deadline sentence leaves what the task says with the
 * clause; `due` says where the clause ends and where the deadline is. Only a labelled or verbal
 * clause is so extended: a bracketed one keeps its brackets as its text. A sentence that is only a
 * deadline can hold no clause itself, so it is looked for first.
 * So may the leader in charge stand after the clause, in a sentence of its own (A牵头，B配合。
 * 责任领导：陈亮, the README's own example): a person, kept with the clause's contacts, and no part of
 * what the task says. A bracketed clause keeps its span; the leader's sentence is taken in after it.
 */
function clauseBeforeLastSentence(match: string, from: number): ClauseSpan | null {
  // Every deadline sentence holds a year, a colon or an open-ended term, every leader's a colon:
  // most paragraphs end otherwise.
  let end = match.trimEnd().length;
  while (end > from && /[。.;；]/.test(match[end - 1] as string)) end--;
  const tail = match.slice(Math.max(from, end - 45), end);
  if (!/:|】/.test(tail) && !mayHoldBareDeadline(tail)) return null;
  const stop = deadlineStop(match, from, end);
  if (stop < 0) return clauseBeforeLeader(match, from, end);
  let start = stop + 1;
  while (start < end && /\s/.test(match[start] as string)) start++;
  const due = deadlineSentence(match.slice(start, end));
  if (!due) return clauseBeforeLeader(match, from, end);
  const span = clauseAtEnd(match.slice(0, stop + 1), from);
  if (!span || span.bracketed || span.covering !== undefined) return null;
  return { ...span, end, inner: [span.inner[0], end], due: { clauseEnd: span.inner[1], value: [start + due.from, start + due.to] } };
}

/** …配合。责任领导：陈亮 / …（牵头单位：A）。区领导：陈亮: the clause before a last sentence naming the leader (see above). */
function clauseBeforeLeader(match: string, from: number, end: number): ClauseSpan | null {
  // A leader's field is short: its sentence starts after the last full stop within the 45 characters
  // before the end, or right after a bracketed clause, set off by a space or nothing (（…） 责任领导：王芳).
  let stop = end - 1;
  while (stop >= from && end - stop <= 45 && !isFullStop(match, stop) && !leaderAfterBracket(match, stop, end)) stop--;
  if (stop < from || !(isFullStop(match, stop) || leaderAfterBracket(match, stop, end))) return null;
  let start = stop + 1;
  while (start < end && /\s/.test(match[start] as string)) start++;
  const sentence = match.slice(start, end);
  // （A牵头，B配合。责任领导：周明）: a leader inside the clause's brackets is the clause's own.
  if (!isLeaderLine(sentence) || sentence.split(')').length !== sentence.split('(').length) return null;
  const span = clauseAtEnd(match.slice(0, stop + 1), from);
  if (!span || span.covering !== undefined) return null;
  const leader = { clauseEnd: span.inner[1], value: [start, end] as [number, number] };
  // A bracketed clause keeps its brackets as its text; a sentence's takes the leader's in.
  return span.bracketed ? { ...span, end, leader } : { ...span, end, inner: [span.inner[0], end], leader };
}

/** Whether the bracket closing at `at` is followed, up to `end`, by nothing but a leader's field (（…）　责任领导：王芳). */
function leaderAfterBracket(match: string, at: number, end: number): boolean {
  const c = match[at];
  return (c === ')' || c === '】' || c === ']') && isLeaderLine(match.slice(at + 1, end));
}

/**
 * Where the sentence before a deadline sentence ends: its full stop, or, before a deadline in
 * brackets of its own, the full stop before the bracket (…负责。(2024年底前完成)) or the end of the
 * clause right before it (…负责(2024年底前完成)).
 */
function deadlineStop(match: string, from: number, end: number): number {
  if (match[end - 1] === ')') {
    const open = match.lastIndexOf('(', end - 1);
    if (open > from && !match.slice(open + 1, end - 1).includes('(')) {
      const before = open - 1;
      return match[before] === '。' ? before : before >= from ? before : -1;
    }
  }
  for (let stop = end - 1; stop >= from; stop--) if (isFullStop(match, stop)) return stop;
  return -1;
}

/** A full stop: 。, or a half-width one that is not a decimal point (2.5) between two digits. */
function isFullStop(match: string, at: number): boolean {
  const c = match[at];
  return c === '。' || (c === '.' && !(/\d/.test(match[at - 1] ?? '') && /\d/.test(match[at + 1] ?? '')));
}

/** The clause that ends a paragraph as its last sentence or its last bracket (see trailingClause). */
function clauseAtEnd(match: string, from: number): ClauseSpan | null {
  const run = bracketRun(match, from);
  const runSpan: ClauseSpan | null = run && { open: run.open, end: run.end, inner: run.inner, bracketed: true, ...(run.parts ? { parts: run.parts } : {}) };
  let br = trailingBracket(match);
  // A bracket that only notes how to read the clause (…区发改局（列第一位者为牵头单位，下同）) is part of
  // the clause before it, or, right after a bracketed clause, leaves that bracket the clause (its
  // span running on over the note).
  let noteEnd = -1;
  if (br && isClauseNote(match.slice(br.open + 1, br.close))) {
    const before = trailingBracket(match.slice(0, br.open));
    noteEnd = br.close + 1;
    br = before && before.close === br.open - 1 ? before : null;
  }
  // …；责任领导：李强（副区长）: a bracket after a leader's name is the leader's title, no clause.
  if (br && match.includes('领导') && TRAILING_LEADER.test(match.slice(0, br.open))) br = null;
  // A bracket that only names whom to call (…：A（责任人：刘强，138…）) is part of the clause before it.
  const contact = br && withoutContacts(match.slice(br.open, br.close + 1), match.slice(br.open, br.close + 1)).text.length === 0;
  const brSpan: ClauseSpan | null = br && br.open >= from && !contact ? { open: br.open, end: Math.max(br.close + 1, noteEnd), inner: [br.open + 1, br.close], bracketed: true } : null;
  const bracketSpan = runSpan ?? brSpan;
  if (bracketSpan) {
    // 责任单位：A、区商务局（区粮食和物资储备局）。: a bracket right after a name, in a labelled
    // sentence, is that body's second name, a gloss or a mark of its role, not the clause; the sentence is.
    // The labelled sentence is looked for only then: it scans the whole item for labels, and most
    // items end in a bracketed clause (looked for first, it made a warm text parse 1.25 times as long).
    if (!(secondNameBracket(match, bracketSpan) || dutyNoteBracket(match, bracketSpan) || nameBracket(match, bracketSpan))) return bracketSpan;
    const labelled = labelledSentence(match, from);
    return labelled && labelled.open < bracketSpan.open ? labelled : bracketSpan;
  }
  return labelledSentence(match, from) ?? verbalSentence(match, from);
}

/**
 * A bracket right after a unit's name, holding no label and no clause of its own, ends that name:
 * the gloss of a level's places (各村（社区）, 各镇（街道）, 各县（市、区）), or the mark of the unit that
 * leads (区政务服务办（牵头）), which the list of a labelled sentence keeps with the name.
 */
const LEAD_MARK_INSIDE = /^\s*(?:牵头|主责|负总责)(?:单位|部门)?\s*$/;

function nameBracket(match: string, span: ClauseSpan): boolean {
  if (span.parts || !/[\u4e00-\u9fff]/.test(match[span.open - 1] ?? '')) return false;
  const inside = match.slice(span.inner[0], span.inner[1]);
  return !inside.includes(':') && (LEAD_MARK_INSIDE.test(inside) || !CLAUSE_VERB.test(inside));
}

const NAME_BEFORE = new RegExp(`${BODY_NAME_END}$`);

/** Whether a clause's bracket stands right after a body's name and holds a name alone, no label: （区知识产权局）. */
function secondNameBracket(match: string, span: ClauseSpan): boolean {
  if (span.parts || !NAME_BEFORE.test(match.slice(Math.max(0, span.open - 2), span.open))) return false;
  const inside = match.slice(span.inner[0], span.inner[1]);
  return !/[:,;、]/.test(inside) && !CLAUSE_VERB.test(inside);
}

/**
 * 责任单位：A、B（按职责分工负责）。: a bracket that holds only the verb by which the units before it
 * share the work names no unit; it closes the labelled sentence, which is the clause.
 */
const DUTY_NOTE = new RegExp(`^\\s*${SHARED_DUTY_VERB}\\s*$`);

function dutyNoteBracket(match: string, span: ClauseSpan): boolean {
  return !span.parts && DUTY_NOTE.test(match.slice(span.inner[0], span.inner[1]));
}

/** A last sentence that is a labelled clause (…。牵头单位：A；配合单位：B。), or null. */
function labelledSentence(match: string, from: number): ClauseSpan | null {
  // The labelled sentence must start a sentence of its own: after 。 (or ！？, or a half-width full
  // stop: a decimal point or an item's 1. has a digit before it), never inside one.
  // Every label is followed by a colon or closes its bracket: most paragraphs have neither.
  const labelled = match.indexOf(':', from) >= 0 || match.indexOf('】', from) >= 0 || match.indexOf(']', from) >= 0;
  if (labelled) for (const start of labelStarts(match)) {
    if (start < from) continue;
    // …。——牵头单位：A: a dash may lead the clause in.
    const before = match.slice(from, start).trimEnd().replace(/[—–-]{1,2}$/, '').trimEnd();
    // …。完成时限：2024年12月底；责任单位：A: the clause may open with its deadline, or its leader, as the sentence's start.
    const open = before.length > 0 && !SENTENCE_END.test(before) ? keyedOpening(match, from, from + before.length) : start;
    if (open < 0) continue;
    let end = match.trimEnd().length;
    while (end > start && /[。.;；]/.test(match[end - 1] as string)) end--;
    if (/[。]/.test(match.slice(start, end))) continue;
    return { open, end, inner: [open, end], bracketed: false };
  }
  return null;
}

/** How a sentence ends: 。！？, or a half-width full stop that is no decimal point or item number's. */
const SENTENCE_END = /(?:[。!?]|(?<![\d.])\.)$/;
const endsSentence = (match: string, at: number): boolean => {
  const c = match[at];
  return c === '。' || c === '!' || c === '?' || (c === '.' && !/[\d.]/.test(match[at - 1] ?? ''));
};

/**
 * Where a clause opens when parts other than its roles stand first in it, as the sentence's start
 * (…。完成时限：2024年12月底；责任单位：A / …。责任领导：王某；牵头单位：A / …。2024年底前完成；责任单位：A):
 * the text from the sentence's start to `to` (the first role label, past the separator) is nothing
 * but its deadline and keyed parts, which the clause parser takes out (a deadline, a leader) or keeps
 * in the clause's text. -1 when it is anything else.
 */
function keyedOpening(match: string, from: number, to: number): number {
  // Such parts are short: the sentence's start is looked for in the 80 characters before.
  let start = to;
  while (start > from && to - start < 80 && !endsSentence(match, start - 1)) start--;
  if (start > from && !endsSentence(match, start - 1)) return -1;
  while (start < to && /\s/.test(match[start] as string)) start++;
  const opening = match.slice(start, to);
  // Every such part has a colon, a year or an open-ended term: most sentences before a label have none.
  // …。区科技局牵头，配合单位：B: the unit that leads may be named by its verb before the labels.
  if (!opening.includes(':') && !mayHoldBareDeadline(opening) && !CLAUSE_VERB.test(opening)) return -1;
  const parts = opening.replace(/[\s,;]+$/, '').split(/[,;]/);
  return parts.every((p) => KEYED_PART.test(p) || deadlineSentence(p.trim()) !== null || isVerbalPart(p)) ? start : -1;
}

/** A keyed part of a clause other than a role (完成时限：…, 责任领导：…, 实施范围：…), as parseLabelled lets one open it. */
const KEYED_PART = /^\s*[\u4e00-\u9fff]{2,6}:[^:]*$/;

/**
 * Where a clause's text starts at or after `at`: past spaces and the dash that may lead a clause in
 * (——区商务局牵头, —区城管局负责, －－ or -- folded alike). A single hyphen is no such dash: -区人社局
 * may be what the line says.
 */
export function afterDashes(match: string, at: number): number {
  const m = /^\s*(?:[—–―─]+|-{2,})?\s*/.exec(match.slice(at));
  return at + (m ? m[0].length : 0);
}

/** The verbs that end a verbal clause: who leads, is responsible, or takes part. */
const CLAUSE_VERBS = '牵头|负责|配合|参与|协助|协同|落实';
const CLAUSE_VERB = new RegExp(`${CLAUSE_VERBS}|主责|主抓|负总责`);
const ENDS_WITH_VERB = new RegExp(`(?:${CLAUSE_VERBS})$`);

/**
 * A last sentence that is wholly a verbal clause, after a sentence of the item's own:
 * …。县林业局负责。 / …。由市政务服务局牵头，市公安局配合，2024年底前完成。 Or the last part of
 * the item's last sentence, after a semicolon or comma: …，配齐装备；县林业局负责。 /
 * …开展排查，县应急局牵头，各乡镇配合。 A sentence that goes on after its verb (区政府负责统筹。)
 * says what is done, not who does it.
 */
function verbalSentence(match: string, from: number): ClauseSpan | null {
  let end = match.trimEnd().length;
  while (end > from && /[。.;；]/.test(match[end - 1] as string)) end--;
  let stop = end - 1;
  // Where the sentence before it ends: 。！？, or a half-width full stop that is not a decimal point.
  while (stop >= from) {
    const c = match[stop] as string;
    if (c === '。' || c === '!' || c === '?') break;
    if (c === '.' && !/\d/.test(match[stop - 1] ?? '') && !/\d/.test(match[stop + 1] ?? '')) break;
    if (end - stop > 80) break;
    stop--;
  }
  // A clause is short: the last 80 characters hold it, as a whole sentence or a part of one.
  const near = end - stop <= 80;
  const sentenceStart = Math.max(stop + 1, from);
  const covering = near && stop >= from ? coveringSpan(match, sentenceStart, end) : null;
  if (covering) return ownClauseBefore(match, from, stop, covering) ?? covering;
  const after = near ? clauseThenCovering(match, from, sentenceStart, end) : null;
  if (after) return after;
  const whole = near && stop >= from ? verbalSpan(match, sentenceStart, end) : null;
  if (whole && acceptsVerbal(match, whole)) return whole;
  // The item's words come first: a part of its sentence, after a ；or ， that has words before it,
  // or after the colon that ends the sentence's title (打造特色商业街区：区商务局牵头，B配合).
  for (let at = Math.max(sentenceStart + 1, end - 80); at < end; at++) {
    const after = match[at - 1] as string;
    if (!/[,;]/.test(after) && !(after === ':' && isTitleColon(match, sentenceStart, at - 1))) continue;
    const span = verbalSpan(match, at, end);
    if (span && opensWithSubject(match.slice(span.open, end)) && acceptsVerbal(match, span)) return span;
  }
  // A whole sentence whose names are not read as units is still the clause's place: the clause
  // parser says so (and the item keeps its words). Only for the common verbs: a sentence ending
  // with 支持 or 保障 (…，强化要素保障) is a clause only where its units read as such.
  // A sentence that only says who carries the work out (责成A会同B落实) is read before that.
  return (near && stop >= from ? doingSentence(match, sentenceStart, end) : null) ?? (whole && verbalSpan(match, sentenceStart, end, ENDS_WITH_VERB));
}

/** The verbs parseDoingSentence ends with, as a cheap test before it. */
const DOING_END = /(?:推进|推动|落实|实施|办理)$/;

/**
 * The item's last sentence, a whole one after a sentence of its own, that says only who carries the
 * work out (由县商务局会同县供销社推进 / 县商务局、县供销社共同推进): read when its names are all bodies'.
 */
function doingSentence(match: string, start: number, end: number): ClauseSpan | null {
  while (start < end && /\s/.test(match[start] as string)) start++;
  const sentence = match.slice(start, end);
  if (sentence.length < 5 || !DOING_END.test(sentence) || /[,;:]/.test(sentence)) return null;
  return parseDoingSentence(sentence, sentence, false) ? { open: start, end, inner: [start, end], bracketed: false, verbal: true, doing: true } : null;
}

/**
 * Whether the colon at `colon` ends the title a sentence opens with (打造特色商业街区：…): the words
 * from `start` to it are short, hold no other stop, and are no role label (牵头单位：, 责任部门：), whose
 * colon opens a labelled clause instead.
 */
function isTitleColon(match: string, start: number, colon: number): boolean {
  const title = match.slice(start, colon).trim();
  return title.length >= 2 && title.length <= 30 && !/[,;:。.!?]/.test(title) && labelStarts(title + ':').length === 0;
}

/** Words that open a part of a sentence about what is done, not about who does it. */
const NOT_A_SUBJECT = /^(?:与|和|同|跟|及|并|要|须|需|应|加强|确保|做好|推动|推进|强化|完善|建立|健全|促进|提高|提升|形成|实现|鼓励|支持|引导|动员|组织|积极|主动|密切|协调|统筹|共同)/;

/**
 * Whether a part of a sentence may open with who does the work: not with NOT_A_SUBJECT's words,
 * but a 和 or 同 that opens a place's name is the unit's (和平区人民政府牵头, 同心县人民政府负责).
 */
function opensWithSubject(part: string): boolean {
  return !NOT_A_SUBJECT.test(part) || opensPlaceName(part[0] as string, part.slice(1));
}

/** The span of a verbal clause from `start` to `end`, when that text ends with a verb of one. */
/** Words that end as a body's name does: then the 由 after them may still be part of the clause (as after a verb, A牵头，由B配合). */
const BODY_BEFORE_BY = new RegExp(`${BODY_NAME_END}$`);

/** A role named after its units (A为责任单位, B作为配合单位): the kind of body closes a label of a few characters after 为. */
const NAMED_ROLE = /为[\u4e00-\u9fff]{1,6}(?:单位|部门|机构|机关|主体|室)/;

/** The words of an event's hosts (A主办，B协办 / 由A主办，B承办): who leads and who takes part, as 牵头 and 配合 say. */
const HOST_VERB = /主办|协办|承办/;

/** The number of an inline enumeration's item after a stop or separator (；三是, ，第二，), as enumerations.ts reads it. */
const NEXT_INLINE_ITEM = /[。;,:!?]\s*(?:[一二三四五六七八九十]{1,2}是(?!是)|第[一二三四五六七八九十]{1,2},)/;

function verbalSpan(match: string, start: number, end: number, endsWithVerb: RegExp = CLAUSE_END_VERB): ClauseSpan | null {
  start = Math.min(afterDashes(match, start), end);
  // 完成整治50处，由A负责实施，B配合: the clause starts at 由; the words before it are the task's.
  const by = match.slice(start, end).indexOf(',由');
  if (by > 0 && !BODY_BEFORE_BY.test(match.slice(start, start + by)) && !CLAUSE_END_VERB.test(match.slice(start, start + by))) start += by + 1;
  // …配合；责任领导：张伟: the leader named after the clause is a person, not its last word; the
  // clause parser keeps it in the contacts (see contacts.ts).
  const written = match.slice(start, end);
  const sentence = written.includes('领导') ? written.replace(TRAILING_LEADER, '') : written;
  if (sentence.length < 4) return null;
  // …县民宗局负责，各乡镇配合；三是优化热线诉求办理，县政务服务中心负责: a clause never runs on over the
  // number of the next inline item (一是…；二是…), whose words are its own; the item reads its clause.
  if ((sentence.includes('是') || sentence.includes('第')) && NEXT_INLINE_ITEM.test(sentence)) return null;
  // 牵头单位为A，配合单位为B: the roles are named, not done; such a clause need end with no verb.
  const named = opensWithRoleIs(sentence);
  // A为责任单位 names its role after the units, maybe with no verb of CLAUSE_VERB's.
  if (!named && !CLAUSE_VERB.test(sentence) && !NAMED_ROLE.test(sentence) && !HOST_VERB.test(sentence)) return null;
  // A deadline may close the clause (…配合，2024年底前完成), under its label too (…配合；完成时限：
  // 2024年12月底): the verb ends what is left, which names no other key.
  const due = findDeadline(sentence, sentence);
  const rest = (due ? sentence.slice(0, due.from) + sentence.slice(due.to) : sentence).replace(/[\s,;。.]+$/, '');
  // …，各街道做好政策宣传: the last parts may give units a duty in words of their own (see dutyTail).
  const ends = (text: string): boolean => (endsWithVerb === CLAUSE_END_VERB ? endsAsVerbalClause(text) : endsWithVerb.test(text));
  if (rest.includes(':') || (!named && !ends(rest))) return null;
  return { open: start, end, inner: [start, end], bracketed: false, verbal: true };
}

/**
 * A last sentence that gives the units of the items before it (…。以上任务由A牵头，B配合。): the
 * clause after its opening words reads as a verbal or labelled one. The whole sentence is the span,
 * so that it leaves what the task says; the items it covers are given it when their group closes.
 */
function coveringSpan(match: string, start: number, end: number): ClauseSpan | null {
  while (start < end && /\s/.test(match[start] as string)) start++;
  // …。本部分任务由A牵头。 covers the part's items as 以上任务由 does (see coverSiblings); …。本项工作由A负责。
  // is the item's own clause, and so is …。以下任务由A牵头： in a heading, before its items.
  const opening = coveringOpening(match.slice(start, end)) || (groupOpening(match.slice(start, end))?.length ?? 0);
  if (opening === 0) return blanketSpan(match, start, end);
  const whole = end;
  while (end > start && /[:\s]/.test(match[end - 1] as string)) end--;
  // …。以上任务由A负责落实，不再一一列出。: the remark that the items' clauses leave A out is no part of
  // the clause, as on a line of its own (coveringLine); it stays in the span the item's words lose.
  end -= remarkLength(match.slice(start + opening, end));
  const span: ClauseSpan = { open: start, end: whole, inner: [start, whole], bracketed: false, covering: opening };
  const rest = match.slice(start + opening, end);
  if (/^[^:]{2,8}:/.test(rest)) return parseLabelledClause(rest, rest, false) ? span : null;
  const verbal = verbalSpan(match, start + opening, end);
  // 以上任务A均为责任单位 opens as 以上任务由A… does, and reads as a blanket sentence.
  return verbal && acceptsVerbal(match, verbal) ? { ...span, verbal: true } : blanketSpan(match, start, end);
}

/**
 * …。（责任单位：A）以上任务由B负责落实。: a bracketed clause closes the item's sentence and a covering
 * sentence follows it with no stop between, the bracket standing for one. The bracket is the item's
 * clause, the sentence after it noted (coveringSentence) to be read apart. Only a covering opening
 * (以上, 上述) right after the bracket: a bracket inside a sentence goes on with its words.
 */
function clauseThenCovering(match: string, from: number, start: number, end: number): ClauseSpan | null {
  // The sentence opens with the bracket, or has one in it: most have none.
  const close = Math.max(match.lastIndexOf(')', end - 1), match.lastIndexOf('】', end - 1));
  if (close < start) return null;
  let at = close + 1;
  while (at < end && /\s/.test(match[at] as string)) at++;
  const covering = at < end && /^(?:以上|上述|前述|各项)/.test(match.slice(at, at + 2)) ? coveringSpan(match, at, end) : null;
  if (!covering) return null;
  const own = clauseAtEnd(match.slice(0, close + 1), from);
  return own?.bracketed ? { ...own, coveringSentence: covering } : null;
}

/**
 * …。（责任单位：A）。以上任务由B负责落实。: a covering sentence after the item's own bracketed clause and
 * its stop leaves the item its clause, as clauseThenCovering does without the stop.
 */
function ownClauseBefore(match: string, from: number, stop: number, covering: ClauseSpan): ClauseSpan | null {
  let close = stop;
  while (close > from && /[\s。.]/.test(match[close] as string)) close--;
  if (close <= from || !/[)】]/.test(match[close] as string)) return null;
  const own = clauseAtEnd(match.slice(0, close + 1), from);
  return own?.bracketed ? { ...own, coveringSentence: covering } : null;
}

/**
 * A last sentence in a blanket wording that points back at the items (…。以上任务各县市人民政府均为
 * 责任单位。, see blanket-line): covering them as 以上任务由A负责 does.
 */
function blanketSpan(match: string, start: number, end: number): ClauseSpan | null {
  const reading = readBlanketSentence(match.slice(start, end));
  if (!reading?.back || !namesBlanketUnits(match, start, reading)) return null;
  return { open: start, end, inner: [start, end], bracketed: false, blanket: reading };
}

function acceptsVerbal(match: string, span: ClauseSpan): boolean {
  const inner = match.slice(span.inner[0], span.inner[1]);
  return parseVerbalClause(inner, inner, false) !== null;
}

/**
 * The model's clause from a parsed one: its text as written and where it stands. Only a clause
 * written without brackets says so (`bracketed: false`); a clause line carries no such mark.
 */
function responsibilityOf(clause: ParsedClause, text: string, position: Position, at: { standalone: boolean; bracketed: boolean }): Responsibility {
  return {
    text,
    roles: clause.roles,
    lead: clause.lead,
    participants: clause.participants,
    position,
    standalone: at.standalone,
    ...(at.bracketed ? {} : { bracketed: false }),
    ...(clause.deadline ? { deadline: clause.deadline } : {}),
    ...(clause.contacts ? { contacts: clause.contacts } : {}),
  };
}

export function readResponsibility(
  ctx: ParseContext,
  item: Item,
  from: number,
  firstIsLead: boolean,
  standalone: boolean,
): Responsibility | null {
  return readClause(ctx, item, from, item.match.length, firstIsLead, standalone)?.responsibility ?? null;
}

/** The clause that ends the block's text between `from` and `to`, with where it opens in the block. */
function readClause(
  ctx: ParseContext,
  item: Item,
  from: number,
  to: number,
  firstIsLead: boolean,
  standalone: boolean,
  given?: ClauseSpan,
): { responsibility: Responsibility; open: number } | null {
  let span = given ?? trailingClause(to < item.match.length ? item.match.slice(0, to) : item.match, from);
  // An input cut off in or right after the last item's clause (see cut-end.ts).
  const cut = span || to < item.match.length ? null : cutEnd(ctx, item, from);
  if (cut?.kind === 'after-clause') {
    const read = readClause(ctx, item, from, cut.to, firstIsLead, standalone);
    if (read) reportCutEnd(ctx, item, cut, read.open, null);
    return read;
  }
  if (cut) span = cut.span;
  // （牵头单位：A；参与单位：B — an item whose clause's bracket was never closed, the input going on.
  const unclosed = span || to < item.match.length || !/[(【[]/.test(item.match) ? null : unclosedClause(item.match.trimEnd(), from);
  if (unclosed) span = unclosed;
  if (!span) return null;
  const [a, b] = span.inner;
  // A deadline sentence after the clause is read apart from it: the clause's text takes in both.
  const clauseEnd = span.due?.clauseEnd ?? span.leader?.clauseEnd ?? b;
  const inner = item.text.slice(a, clauseEnd);
  const innerMatch = item.match.slice(a, clauseEnd);
  // 以上任务由A牵头: the clause is read after the opening words, which stay in its text.
  const c = span.covering ?? 0;
  // …。以下任务由A牵头：: the colon that leads on to the items is no part of the last unit.
  const colonOnly = c > 0 ? (/[:\s]*$/.exec(innerMatch)?.[0].length ?? 0) : 0;
  // …，不再一一列出 closing a covering sentence is no part of its clause (see coveringSpan).
  const tail = c > 0 ? colonOnly + remarkLength(innerMatch.slice(c, innerMatch.length - colonOnly)) : 0;
  const joined = span.parts ? joinParts(item.text, item.match, span.parts) : null;
  // （本部分任务由A牵头，B配合） in a heading: the clause after the words that say whose it is.
  // …。（以上任务由A牵头，B配合） ending the group's last item: the covering sentence in brackets.
  const g = span.bracketed && !joined ? (groupOpening(innerMatch)?.length ?? coveringOpening(innerMatch)) : 0;
  // （责任单位：A、B）（列第一位的为牵头单位）: the note in a bracket of its own after the clause is its own.
  const noted = span.bracketed && span.end > b + 1 && statesFirstIsLead(item.match.slice(b, span.end));
  const read = span.blanket
    ? blanketClause(item.text, a, span.blanket, firstIsLead)
    : span.bracketed
      ? parseClause(joined?.text ?? inner.slice(g), joined?.match ?? innerMatch.slice(g), firstIsLead || noted)
      : span.doing
        ? parseDoingSentence(inner, innerMatch, firstIsLead)
      : span.verbal
        ? parseVerbalClause(inner.slice(c, inner.length - tail), innerMatch.slice(c, innerMatch.length - tail), firstIsLead)
        : parseLabelledClause(inner.slice(c, inner.length - tail), innerMatch.slice(c, innerMatch.length - tail), firstIsLead);
  if (cut) reportCutEnd(ctx, item, cut, span.open, read ? (read.roles.at(-1)?.units.at(-1) ?? null) : null);
  if (!read) return null;
  if (unclosed) reportUnclosed(ctx, item, unclosed);
  const dated = span.due && !read.deadline ? { ...read, deadline: item.text.slice(...span.due.value) } : read;
  const clause = span.leader ? { ...dated, contacts: [...(dated.contacts ?? []), item.text.slice(...span.leader.value)] } : dated;
  const position = ctx.spanPosition(item, span.open, span.end);
  reportUnreadLabels(ctx, clause, position);
  const responsibility = responsibilityOf(clause, item.text.slice(a, b), position, { standalone, bracketed: span.bracketed });
  const covering = span.coveringSentence ? readClause(ctx, item, span.coveringSentence.open, to, firstIsLead, standalone, span.coveringSentence) : null;
  if (covering) coveringAfter.set(responsibility, covering.responsibility);
  return { responsibility, open: span.open };
}

/**
 * Whether a block is nothing but a responsibility clause: in brackets, or a labelled line of its
 * own (责任单位：A、B) without them.
 */
export function standaloneResponsibility(ctx: ParseContext, item: Item, firstIsLead: boolean): Responsibility | null {
  const t = item.match.trim();
  const lead = item.match.length - item.match.trimStart().length;
  // ——区商务局牵头，…配合: a dash may lead the clause in; it is no part of the first unit's name.
  // (——牵头单位：A reads as the clause that ends a paragraph, as it does after the text's last sentence.)
  if (!/^[(【[]/.test(t)) return labelledLine(ctx, item, lead, firstIsLead) ?? verbalLine(ctx, item, afterDashes(item.match, lead), firstIsLead);
  const r = readResponsibility(ctx, item, lead, firstIsLead, true);
  // The line may hold the clause over several brackets (（牵头单位：A）（参与单位：B）), as an item's end may.
  const span = r ? trailingClause(item.match, lead) : null;
  if (r && span?.bracketed && span.open === lead) return r;
  // 【配合单位】A、B: the bracket holds only the label, and the line is the clause.
  return /^[【[][^】\]]{2,8}[】\]]/.test(t) ? labelledLine(ctx, item, lead, firstIsLead) : null;
}

/**
 * The level a marker opens. Numerals in capital form (壹、贰、叁) are a level above 一、 where both
 * are used (壹、目标 / 一、建设智慧交通 / (一)…), though both are of the `chinese` kind; 1.1 and
 * 1.1.1 are two levels of the `decimal` kind; Ⅰ、 parts are a level of their own beside 第一部分;
 * A. is a level above a.
 */
function markerLevel(marker: Marker): string {
  if (marker.kind === 'decimal') return `decimal-${marker.number.split('.').length}`;
  if (marker.kind === 'latin' && marker.number < 'a') return 'latin-capital';
  if (marker.kind === 'part' && romanOrdinal(marker.number) !== null) return 'part-roman';
  return marker.kind === 'chinese' && /^[壹贰貳叁參肆伍陆陸柒捌玖拾佰]+$/.test(marker.number) ? 'chinese-capital' : marker.kind;
}

/**
 * The level of an item of a Markdown list inside an item of another list (`3. …` over an indented
 * `1. …`, or `- …` over an indented `- …`). A nested list numbers its items afresh, in the marker
 * style of the list around it: read by marker alone, its 1. would close the 3. it stands in and
 * take its place. The nesting says it is a level below, so the level is told apart by how deep the
 * list stands, but only where an item of the same marker style holds it: elsewhere the marker's
 * level is the same wherever it is written.
 */
function listLevel(stack: readonly Building[], item: Item, level: string): string {
  const depth = item.block.listDepth ?? 0;
  if (depth < 2) return level;
  const outer = stack.find((b) => b.key === level);
  const outerDepth = outer?.first.block.listDepth;
  return outerDepth !== undefined && outerDepth < depth ? `${level}@${depth}` : level;
}

/**
 * The level of an item that may number a list inside the open item of its own style: 2.…重点做好以下工作：
 * over 1.…； 2.…； 3.…。 is a sub-list, as a Markdown list nested in the item would be, not three new
 * items of the list the 2. is in. A restart at 1 right under an item of the same level whose words end
 * with a colon, leading in a list, is the signal; the sub-list then goes on while its numbers count on
 * from its own. Where the next number would count on from both (a 2. holding 1. 2., then 3.), the
 * sub-list goes on only while its last line ends as a list's lines do (；), not as a sentence (。).
 */
function restartLevel(stack: readonly Building[], marker: Marker, level: string): string {
  const sub = `${level}${SUB_LIST}`;
  const inner = stack.findIndex((b) => b.key === sub);
  if (inner >= 1 && marker.ordinal !== null) {
    const last = stack[inner]!;
    const holder = stack[inner - 1]!;
    if (marker.ordinal !== (last.node.ordinal ?? 0) + 1) return level;
    if (marker.ordinal !== (holder.node.ordinal ?? 0) + 1) return sub;
    return LIST_LINE_END.test(lastWords(last)) ? sub : level;
  }
  const top = stack[stack.length - 1];
  if (marker.ordinal !== 1 || !top || top.key !== level || (top.node.ordinal ?? 0) < 1) return level;
  // （三）推进交通节能 over 一)…： 二)…: the level's other written form, restarting, numbers a list under it too.
  return lastWords(top).endsWith(':') || labelShape(marker.label) !== labelShape(top.node.label) ? sub : level;
}

/** A marker's written form without its number, folded: （三） and (一) are `(N)`, 一) is `N)`, 1、 is `N、`. */
function labelShape(label: string): string {
  return fold(label).replace(LABEL_NUMBER, 'N').replace(/ /g, '');
}
const LABEL_NUMBER = new RegExp(`\\d+|[${CHINESE_NUMERAL_CHARS}]+`, 'g');

/** The key suffix of a list restarted inside an item of its own style (see restartLevel). */
const SUB_LIST = '@lead-in';
/** How a line of a list ends when the list goes on: a semicolon or comma, not a full stop. */
const LIST_LINE_END = /[;,、]$/;

/** The last words of an item so far (folded), its last paragraph trimmed. */
function lastWords(b: Building): string {
  const p = b.paragraphs[b.paragraphs.length - 1];
  return p ? p.item.match.slice(p.from).trimEnd() : '';
}

/** An unnumbered item: a bulleted one, or a measure split off an item's text. */
function isBullet(b: Building): boolean {
  return b.node.kind === 'bullet';
}

/**
 * A line that only says when the task is due, under a label (完成时限：2025年底); with `bare`, as the
 * line after a clause line may say it without one too (2023年6月底前完成, 每年底前, 持续推进).
 */
function deadlineLine(ctx: ParseContext, item: Item, bare = false): { text: string; deadline: string; position: Position } | null {
  const lead = item.match.length - item.match.trimStart().length;
  const end = lineEnd(item, lead);
  const body = item.match.slice(lead, end);
  if (body.length === 0 || body.length > 60) return null;
  const due = bare && mayHoldBareDeadline(body) ? deadlineSentence(body) : null;
  if (due) return { text: item.text.slice(lead, end), deadline: item.text.slice(lead + due.from, lead + due.to), position: ctx.spanPosition(item, lead, end) };
  const found = findDeadline(item.text.slice(lead, end), body);
  if (!found || !found.labelled || found.from !== 0 || found.to !== body.length) return null;
  return { text: item.text.slice(lead, end), deadline: found.text, position: ctx.spanPosition(item, lead, end) };
}

/** A line that names the leader in charge (责任领导：王某某): a part of the clause on the lines around it. */
interface LeaderLine {
  text: string;
  deadline?: undefined;
  position: Position;
}

function leaderLine(ctx: ParseContext, item: Item): LeaderLine | null {
  if (!isLeaderLine(item.match)) return null;
  const lead = item.match.length - item.match.trimStart().length;
  const end = lineEnd(item, lead);
  return { text: item.text.slice(lead, end), position: ctx.spanPosition(item, lead, end) };
}

/** A leader's line joined to a clause: a person, kept with the clause's contacts as a leader inside its brackets is. */
function withLeader(r: Responsibility, line: string): { contacts: string[] } {
  return { contacts: [...(r.contacts ?? []), line.trim().replace(/[。.;；]+$/, '')] };
}

/** Where a line's own text ends: before trailing spaces and the stops after its last word. */
function lineEnd(item: Item, lead: number): number {
  let end = item.match.trimEnd().length;
  while (end > lead && /[。.;；]/.test(item.match[end - 1] as string)) end--;
  return end;
}

type ClauseParser = (text: string, match: string, firstIsLead: boolean) => ParsedClause | null;

/** A labelled clause on a line of its own: 责任单位：A、B (a line, not a paragraph that starts with a label). */
function labelledLine(ctx: ParseContext, item: Item, lead: number, firstIsLead: boolean): Responsibility | null {
  return clauseLine(ctx, item, lead, firstIsLead, parseLabelledClause, (body) => body.length <= 150 && !/[。]/.test(body));
}

/** A leader field that ends a line (；区领导：陈亮): see LEADER_LABEL. */
const TRAILING_LEADER = new RegExp(`[,;\\s]*${LEADER_LABEL}\\s*:[^,;:。]*$`);

/** A verbal clause on a line of its own: 区科技局牵头，区财政局配合 (short, one sentence at most). */
function verbalLine(ctx: ParseContext, item: Item, lead: number, firstIsLead: boolean): Responsibility | null {
  // The line must end with the clause's verb: 区教育局负责，规范发展校外托管服务 is a task that names its unit first.
  // A leader named after the clause (…，各街道配合　区领导：陈亮) is a person, not the line's last word.
  // A deadline may close the line (…，省通信管理局配合；2024年12月底前完成, or after a 。): the verb ends
  // what is left, and the clause parser takes the deadline out as it does inside brackets.
  const verbal = (body: string): string => withoutTrailingDeadline(body.replace(TRAILING_LEADER, ''));
  return clauseLine(ctx, item, lead, firstIsLead, parseVerbalLine, (body) => body.length <= 80 && !/[。:]/.test(verbal(body)) && endsAsVerbalClause(verbal(body)));
}

/** A line's text without a deadline that ends it (bare, under its label or in brackets), and the stops before it. */
function withoutTrailingDeadline(body: string): string {
  // Most clause lines name no date: the cheap test spares them the patterns.
  if (!mayHoldBareDeadline(body)) return body;
  const bracket = bracketedDeadlineAt(body);
  if (bracket !== null) return body.slice(0, bracket).trimEnd();
  const due = findDeadline(body, body);
  if (!due || due.from === 0 || due.to !== body.length) return body;
  return body.slice(0, due.from).replace(/[\s,;。.]+$/, '');
}

/** Where a bracket that ends a line and holds only its deadline opens (…配合（2024年底前完成）), or null. */
function bracketedDeadlineAt(match: string): number | null {
  if (!match.endsWith(')')) return null;
  const open = match.lastIndexOf('(');
  return open > 0 && deadlineSentence(match.slice(open)) ? open : null;
}

/**
 * A verbal clause line, whose deadline may stand in brackets after it (A牵头，B配合（2024年底前完成）):
 * the clause parser reads deadlines after a separator, so the bracket is read here.
 */
function parseVerbalLine(text: string, match: string, firstIsLead: boolean): ParsedClause | null {
  const open = mayHoldBareDeadline(match) ? bracketedDeadlineAt(match) : null;
  if (open === null) return parseVerbalClause(text, match, firstIsLead);
  const clause = parseVerbalClause(text.slice(0, open), match.slice(0, open), firstIsLead);
  const due = deadlineSentence(match.slice(open));
  return clause && due && !clause.deadline ? { ...clause, deadline: text.slice(open + due.from, open + due.to) } : clause;
}

/**
 * A line that gives the units of the items before it (以上任务由A牵头，B负责落实。): the clause is
 * read after its opening words, and the whole line is the clause's text, so that it leaves what the
 * tasks say as a clause line does.
 */
function coveringLine(ctx: ParseContext, item: Item, firstIsLead: boolean, opening?: number): Responsibility | null {
  const lead = item.match.length - item.match.trimStart().length;
  const lineStop = lineEnd(item, lead);
  // （以上任务由A牵头，B配合）: the sentence in brackets of its own, as a line; the brackets stay in the
  // clause's text.
  const inBrackets = opening === undefined && item.match[lead] === '(' && item.match[lineStop - 1] === ')' ? 1 : 0;
  opening ??= coveringOpening(item.match.slice(lead + inBrackets, lineStop - inBrackets));
  if (opening === 0) return null;
  // 以下任务由A牵头，B配合：: a line before the items it gives units to may end with a colon, which
  // stays in the clause's text (the line leaves what the task says) but not in its last unit.
  let end = lineStop - inBrackets;
  while (end > lead && /[:\s。.;；]/.test(item.match[end - 1] as string)) end--;
  const from = lead + inBrackets + opening;
  // 以上任务均由A负责落实，不再一一列出: the remark that the items' clauses leave A out is no part of it.
  end -= remarkLength(item.match.slice(from, end));
  const body = item.match.slice(from, end);
  if (body.length > 100 || body.includes('。')) return null;
  const text = item.text.slice(from, end);
  // 以上任务责任单位：A、B / 以上任务由A牵头，B配合(，2025年底前完成).
  const labelled = /^[^:]{2,8}:/.test(body) ? parseLabelledClause(text, body, firstIsLead) : null;
  const due = findDeadline(text, body);
  const verb = due && due.to === body.length ? body.slice(0, due.from).replace(/[,;\s]+$/, '') : body;
  const clause = labelled ?? (!body.includes(':') && CLAUSE_END_VERB.test(verb) ? parseVerbalClause(text, body, firstIsLead) : null);
  if (!clause) return null;
  return responsibilityOf(clause, item.text.slice(lead, lineStop), ctx.spanPosition(item, lead, lineStop), { standalone: true, bracketed: true });
}

/**
 * A line that names units for every item above it in the genre's blanket wordings (以上任务各县市人民政府
 * 均为责任单位，不再一一列出。, A为以上各项任务的责任单位, 各项任务A均负有属地责任; see blanket-line), read as a
 * covering line is: the whole line is the clause's text. A line that does not point back (各项任务…)
 * counts only where items stand above it to cover.
 */
function blanketLine(ctx: ParseContext, item: Item, firstIsLead: boolean, stack: Building[]): Responsibility | null {
  const lead = item.match.length - item.match.trimStart().length;
  const lineStop = lineEnd(item, lead);
  // （以上任务A均为责任单位）: the sentence in brackets of its own, as a line.
  const inBrackets = item.match[lead] === '(' && item.match[lineStop - 1] === ')' ? 1 : 0;
  const from = lead + inBrackets;
  const reading = readBlanketSentence(item.match.slice(from, lineStop - inBrackets));
  if (!reading || !namesBlanketUnits(item.match, from, reading)) return null;
  if (!reading.back && !coveredItems(stack)) return null;
  const clause = blanketClause(item.text, from, reading, firstIsLead);
  return responsibilityOf(clause, item.text.slice(lead, lineStop), ctx.spanPosition(item, lead, lineStop), { standalone: true, bracketed: true });
}

/** Whether what a blanket sentence starting at `from` holds as its units names units. */
function namesBlanketUnits(match: string, from: number, reading: BlanketReading): boolean {
  return plausibleUnits(match.slice(from + reading.units[0], from + reading.units[1]));
}

/** The clause a blanket sentence starting at `from` gives: its units, in the one role it names. */
function blanketClause(text: string, from: number, reading: BlanketReading, firstIsLead: boolean): ParsedClause {
  const label = text.slice(from + reading.label[0], from + reading.label[1]);
  return resolve([{ role: reading.role, label, units: splitUnits(text.slice(from + reading.units[0], from + reading.units[1])) }], firstIsLead);
}

/**
 * A line that gives the units of a group other than after its items (以下任务由A牵头，B配合：,
 * 本部分任务由A牵头, 本项工作由A负责; see group-units), read as a covering line is, and where it points.
 */
function groupLine(ctx: ParseContext, item: Item, firstIsLead: boolean): { responsibility: Responsibility; points: GroupPointer } | null {
  const opening = groupOpening(item.match.trimStart());
  if (!opening) return null;
  const responsibility = coveringLine(ctx, item, firstIsLead, opening.length);
  return responsibility && { responsibility, points: opening.points };
}

/** The clause a whole line states, read by `parse` when the line's body passes `fits`. */
function clauseLine(ctx: ParseContext, item: Item, lead: number, firstIsLead: boolean, parse: ClauseParser, fits: (body: string) => boolean): Responsibility | null {
  const end = lineEnd(item, lead);
  const body = item.match.slice(lead, end);
  if (!fits(body)) return null;
  const clause = parse(item.text.slice(lead, end), body, firstIsLead);
  if (!clause) return null;
  const position = ctx.spanPosition(item, lead, end);
  reportUnreadParts(ctx, clause, position);
  return responsibilityOf(clause, item.text.slice(lead, end), position, { standalone: true, bracketed: true });
}

/**
 * 1.【实施高新技术企业倍增计划】建立…: a title set in 【】 (or 〖〗) right after the item's number, the
 * item's words after it (or none, in a heading: （一）【夯实数字基础设施】), as WeChat reposts and
 * some offices write their items. The bracket's text is
 * a short phrase, no sentence and no label (a clause's 【牵头单位：A】 is read before the title).
 */
function bracketedTitle(match: string): { from: number; to: number } | null {
  const at = match.length - match.trimStart().length;
  const open = match[at];
  if (open !== '【' && open !== '〖') return null;
  const close = match.indexOf(open === '【' ? '】' : '〗', at + 1);
  if (close < at + 3 || close - at > 41) return null;
  return /[。；;:！？!?【〖]/.test(match.slice(at + 1, close)) ? null : { from: at + 1, to: close };
}

/** A heading's goal words (工作目标, 主要目标, 发展目标) run on into a sentence that opens with its year. */
const GOAL_TITLE_RUN_ON = /^([\u4e00-\u9fff]{0,4}目标(?:任务)?)[ \u3000]*(?=(?:到|至|力争)?(?:19|20)\d{2} ?年)/;

const TITLE_STOP = /[。｡！？!?]|\.(?=[\u4e00-\u9fff\s]|$)/;

function titleOf(kind: OutlineNode['kind'], text: string, match: string, clauseAt: number | null): string {
  const body = clauseAt === null ? text : text.slice(0, clauseAt);
  const bodyMatch = clauseAt === null ? match : match.slice(0, clauseAt);
  // 第一条(目的和依据): the bracket is the article's heading.
  if ((kind === 'article' || kind === 'chapter' || kind === 'section') && bodyMatch.startsWith('(')) {
    const close = bodyMatch.indexOf(')');
    if (close > 0) return body.slice(1, close).trim();
  }
  const bracketed = bracketedTitle(bodyMatch);
  if (bracketed) return body.slice(bracketed.from, bracketed.to).trim();
  // （二）工作目标到2025年，…: a goal heading's words run into its first sentence, which opens with the year.
  const goalWords = GOAL_TITLE_RUN_ON.exec(bodyMatch);
  if (goalWords) return body.slice(0, (goalWords[1] as string).length).trim();
  // A half-width full stop ends the title too (开展整治.每年整治50条.), but not inside a number (2.5).
  const stop = bodyMatch.search(TITLE_STOP);
  // 7。加强要素保障。… unread as a number: the number and its stop are no title, the words after them are.
  if (stop > 0 && stop <= 3 && (clauseAt === null || clauseAt > stop + 1) && /^ *\d+ *$/.test(bodyMatch.slice(0, stop))) return titleOf(kind, body.slice(stop + 1), bodyMatch.slice(stop + 1), clauseAt === null ? null : clauseAt - stop - 1);
  const title = stop >= 0 ? body.slice(0, stop) : body;
  return title.replace(/[\s:：;；,，]+$/, '').trim();
}

/**
 * A labelled clause in brackets right after an item's number, before what the item says:
 * 1.【牵头部门：A】对… or 2.（牵头单位：A；配合单位：B）对…. Returns it and where the text after it starts.
 */
function leadingClause(ctx: ParseContext, item: Item, from: number, firstIsLead: boolean): { responsibility: Responsibility; after: number } | null {
  const match = item.match;
  let at = from;
  while (at < match.length && /\s/.test(match[at] as string)) at++;
  const open = match[at] as string;
  const close = open === '(' ? ')' : open === '【' ? '】' : open === '[' ? ']' : null;
  if (!close) return null;
  const end = match.indexOf(close, at + 1);
  // Text must follow: a clause that is all the line says is the line's own (standalone) clause.
  if (end < 0 || match.slice(end + 1).trim().length === 0 || match.slice(at + 1, end).includes(open)) return null;
  const inner = item.text.slice(at + 1, end);
  const clause = parseLabelledClause(inner, match.slice(at + 1, end), firstIsLead) ?? (open === '【' ? leadingUnitList(inner, match.slice(at + 1, end), firstIsLead) : null);
  if (!clause) return null;
  const responsibility = responsibilityOf(clause, inner, ctx.spanPosition(item, at, end + 1), { standalone: false, bracketed: true });
  return { responsibility, after: end + 1 };
}

/**
 * 1.【省发展改革委、省财政厅】扎实推进…: a 分工方案 may name an item's units, unlabelled, in 【】 right
 * after its number. The same bracket often holds the item's title (【实施创新平台提质工程】), so it
 * is read as units only when each name opens with its level (省, 市, 州, 盟, 区, 县, 旗, 镇, 乡, 各) and the bracket
 * reads as a clause.
 */
function leadingUnitList(text: string, match: string, firstIsLead: boolean): ParsedClause | null {
  const clause = parseClause(text, match, firstIsLead);
  const units = clause ? clause.roles.flatMap((r) => r.units) : [];
  return clause && units.length > 0 && units.every((u) => /^[省市区县镇乡各州盟旗]/.test(u)) ? clause : null;
}

/** 1.加快科技成果转化（区科技局牵头，各街道配合）。建设…: the clause between the title and the text (see title-clause). */
function titleClause(ctx: ParseContext, item: Item, from: number, firstIsLead: boolean): { responsibility: Responsibility; open: number } | null {
  const span = titleClauseSpan(item.match, from);
  if (!span) return null;
  const inner = item.text.slice(span.open + 1, span.close);
  const clause = parseClause(inner, item.match.slice(span.open + 1, span.close), firstIsLead);
  if (!clause || clause.roles.every((r) => r.units.length === 0)) return null;
  const responsibility = responsibilityOf(clause, inner, ctx.spanPosition(item, span.open, span.close + 1), { standalone: false, bracketed: true });
  return { responsibility, open: span.open };
}

/** The verb that ends each part of a clause written before the task: 区人社局牵头，区财政局配合，落实…. */
const PART_END = /(?:牵头(?:负责|抓总|实施|落实|推进)?|主责|主抓|负责|配合|参与|协助|协同)$/;
/** The verbs of the parts that only help, which may follow A会同B without a verb (，C配合). */
const HELPER_PART_END = /(?:配合|参与|协助|协同)$/;
/** A会同B as a part of its own, A a body's whole name (区财政局要会同… is a sentence, not a clause). */
const TOGETHER_PART = new RegExp(`^[^,。]{1,30}${BODY_NAME_END}会同[^,。]{2,30}$`);

/**
 * A verbal clause that opens an item, before what the item says, in parts of their own between
 * commas: 1.区人社局牵头，区财政局配合，落实稳岗返还政策。 / 2.区民政局会同区人社局，做好…。
 */
function leadingVerbal(ctx: ParseContext, item: Item, from: number, firstIsLead: boolean, to = item.match.length): { responsibility: Responsibility; after: number } | null {
  const match = item.match;
  let at = from;
  while (at < match.length && /\s/.test(match[at] as string)) at++;
  // 以上任务各乡镇按职责分工负责，不再一一列出 / 本部分任务由A牵头，B配合，…: a sentence that gives the units
  // of other items (above, ahead, its part or item) opens no item of its own, whatever its verb; the
  // covering line reads it.
  if (opensCovering(match.slice(at, to))) return null;
  // Each part before the task is short: a few unit names and a verb.
  let end = -1;
  let cursor = at;
  let together = false;
  for (;;) {
    const comma = match.indexOf(',', cursor);
    if (comma < 0 || comma >= to || comma - cursor > 60) break;
    const part = match.slice(cursor, comma);
    // 加快成果转化（区科技局牵头，…）: a part that opens a bracket it does not close is inside one.
    if (part.lastIndexOf('(') > part.lastIndexOf(')')) break;
    // A会同B without a verb opens the clause; only parts that help go on after it (，C配合), as the
    // same words in brackets are read. A part after it that leads (，C负责) is left to the item's words.
    const ended: boolean = together ? HELPER_PART_END.test(part) : PART_END.test(part);
    const opensTogether: boolean = end < 0 && !ended && TOGETHER_PART.test(part);
    if (!ended && !opensTogether) break;
    together ||= opensTogether;
    end = comma;
    cursor = comma + 1;
  }
  if (end < 0 || match.slice(end + 1, to).trim().length < 4) return null;
  const clauseMatch = match.slice(at, end);
  const text = item.text.slice(at, end);
  // A会同B without a verb: A leads and B takes part, as 会同 says in a clause (see withTogetherLead).
  // Read as the same words in brackets are, its helpers after it (parseBareThenHelpers).
  const clause = (together ? parseClause : parseVerbalClause)(text, clauseMatch, firstIsLead);
  if (!clause || clause.lead.length === 0) return null;
  const responsibility = responsibilityOf(clause, text, ctx.spanPosition(item, at, end), { standalone: false, bracketed: false });
  return { responsibility, after: end + 1 };
}

/** Whether a text opens as a sentence giving the units of items other than its own words (以上任务由, 以下任务由, 本部分任务由). */
function opensCovering(match: string): boolean {
  return coveringOpening(match) > 0 || groupOpening(match) !== null;
}

/** The longest title a verbal clause opening the item's words may follow (see verbalAfterTitle). */
const MAX_TITLE_BEFORE_CLAUSE = 30;

/**
 * A verbal clause that opens the item's words after its title, as leadingVerbal reads one right
 * after the number: after the title's full stop (2.培育科技型中小企业。区科技局牵头，B配合，完善…), the
 * colon that ends it (…企业：区科技局牵头，…) or its comma before 由 (…企业，由区科技局牵头，B配合，完善…). Only the
 * first stop of the item is tried, after a short title with no other stop: the units woven into a
 * later sentence say what is done.
 */
function verbalAfterTitle(ctx: ParseContext, item: Item, from: number, firstIsLead: boolean): { responsibility: Responsibility; open: number } | null {
  const match = item.match;
  let at = from;
  while (at < match.length && /\s/.test(match[at] as string)) at++;
  // Every such clause has a verb of one near the start: most items have none there.
  if (!CLAUSE_VERB.test(match.slice(at, at + MAX_TITLE_BEFORE_CLAUSE + 80))) return null;
  for (let k = at; k < match.length && k - at <= MAX_TITLE_BEFORE_CLAUSE; k++) {
    const c = match[k] as string;
    const stop = c === '。' || c === '!' || c === '?' || c === ',' || (c === '.' && !/\d/.test(match[k - 1] ?? '')) || (c === ':' && isTitleColon(match, at, k));
    if (!stop) {
      if (/[;:、()【】\[\]]/.test(c)) return null;
      continue;
    }
    if (k - at < 2) return null;
    const start = afterDashes(match, k + 1);
    // After a comma only 由 tells the clause from units woven into the title's sentence (扩大投资，市发改委负责，做好…).
    if (c === ',' && match[start] !== '由') return null;
    if (!opensWithSubject(match.slice(start, start + 4))) return null;
    const found = leadingVerbal(ctx, item, start, firstIsLead);
    return found ? { responsibility: found.responsibility, open: start } : null;
  }
  return null;
}

/**
 * An enumeration that opens with its units and 负责 run on into the work, with no comma between
 * (二是区公安分局负责开展数据安全专项执法检查): the units before 负责 lead. Only where the paragraph
 * enumerates its items inline, each as a sentence of who does what.
 */
function leadingCharge(ctx: ParseContext, item: Item, from: number, firstIsLead: boolean, to: number): { responsibility: Responsibility; after: number } | null {
  const match = item.match;
  let at = from;
  while (at < to && /\s/.test(match[at] as string)) at++;
  const verb = match.indexOf('负责', at);
  // A few names before the verb, and the work after it.
  if (verb < at + 2 || verb - at > 40 || verb + 2 >= to || /[,;。]/.test(match.slice(at, verb)) || to - (verb + 2) < 4) return null;
  const end = verb + 2;
  const text = item.text.slice(at, end);
  const clause = parseVerbalClause(text, match.slice(at, end), firstIsLead);
  if (!clause || clause.lead.length === 0 || !namesAnOffice(clause.lead.join('、'))) return null;
  const responsibility = responsibilityOf(clause, text, ctx.spanPosition(item, at, end), { standalone: false, bracketed: false });
  return { responsibility, after: end };
}

function newNode(ctx: ParseContext, item: Item, marker: Marker | null, depthHint: number, firstIsLead: boolean): OutlineNode {
  const from = marker ? marker.length : 0;
  const rest = item.text.slice(from);
  const restMatch = item.match.slice(from);
  const trailing = readResponsibility(ctx, item, from, firstIsLead, false);
  // An article that opens with who is responsible (第二条　市发展改革委负责，指导…) states a duty of a
  // regulation, its subject part of what it says; only a plan's items are tasks so written.
  const verbalFirst = marker !== null && marker.kind !== 'article';
  const titled = trailing || !verbalFirst ? null : titleClause(ctx, item, from, firstIsLead);
  const leading = trailing || titled ? null : (leadingClause(ctx, item, from, firstIsLead) ?? (verbalFirst ? leadingVerbal(ctx, item, from, firstIsLead) : null));
  const afterTitle = trailing || titled || leading || !verbalFirst ? null : verbalAfterTitle(ctx, item, from, firstIsLead);
  const responsibility = trailing ?? titled?.responsibility ?? leading?.responsibility ?? afterTitle?.responsibility ?? null;
  // （一）…（本部分任务2024年底前完成）: the group's deadline, no part of its title.
  const due = responsibility ? null : headingDeadline(rest, restMatch);
  const clauseAt = trailing ? (trailingClause(restMatch, 0)?.open ?? null) : titled ? titled.open - from : afterTitle ? afterTitle.open - from : (due?.open ?? null);
  const titleFrom = leading ? leading.after - from : 0;
  const node: OutlineNode = {
    kind: marker ? marker.kind : 'heading',
    depth: depthHint,
    number: marker ? marker.number : '',
    ordinal: marker ? marker.ordinal : null,
    label: marker ? marker.label : '',
    title: titleOf(marker ? marker.kind : 'heading', rest.slice(titleFrom), restMatch.slice(titleFrom), clauseAt),
    text: rest.trim(),
    paragraphs: [{ text: rest.trim(), position: ctx.spanPosition(item, from, item.text.length) }],
    responsibility,
    position: ctx.blockPosition(item),
    children: [],
  };
  if (due) setGroupDeadline(node, due.deadline);
  // 【专项行动一】数字基础设施提升行动 / ### 专项行动二：…: the name and number label the heading, as
  // 专栏1 labels a box; the words after them are its title (what --section asks by).
  const group = marker ? null : groupHeading(item.text, item.match);
  if (group) {
    node.label = group.label;
    node.title = group.title;
  }
  return node;
}

/**
 * Items of an enclosed number (① ⑴ ⒈) that run on in their parent's paragraph, each closing with a
 * clause of its own ((1)加装电梯。①…(牵头单位:A);②…(牵头单位:B)。): measures the clauses split one item
 * into, read as items of their own (see circledRun). Kept beside the model, which has no place for it.
 */
const RUN_IN = new WeakSet<OutlineNode>();

/** Whether an item is a measure run on in its parent's paragraph (see RUN_IN). */
export function isRunInMeasure(node: OutlineNode): boolean {
  return RUN_IN.has(node);
}

/**
 * Whether a paragraph is an item a revised plan added or changed, beside the open item rather than
 * in it: a revision mark opened its line (see Block.revisionMark), and the open item is a numbered
 * item of a list, with its clause already.
 */
function addedItem(ctx: ParseContext, item: Item, open: Building): boolean {
  const mark = item.block.revisionMark;
  // Marked items in a row (【增加】…。【完善】…。) are all of the list: the open one may be marked too.
  if (!mark || (open.node.number === '' && !ADDED.has(open.node)) || open.node.responsibility === null) return false;
  if (CONTAINER_KINDS.has(open.node.kind) || open.node.kind === 'article') return false;
  const lead = item.text.length - item.text.trimStart().length;
  return ctx.spanPosition(item, lead, lead + 1).start.offset === mark.next;
}

/** The items read as added by a revised plan (see addedItem), beside which the next marked one stands too. */
const ADDED = new WeakSet<OutlineNode>();

/** The kinds of heading a box stands under rather than beside: parts, chapters, sections, unnumbered headings. */
const CONTAINER_KINDS: ReadonlySet<OutlineNode['kind']> = new Set<OutlineNode['kind']>(['part', 'chapter', 'section', 'heading']);

/** A 专栏 box while its lines are read. */
interface OpenBox {
  building: Building;
  /**
   * The item the box follows the text of (二、…。 before 专栏1), kept open under the box until the
   * box ends, with the last line it had: the box is beside it, unless a list below it follows.
   */
  held: { building: Building; last: Item; boxes: OutlineNode[] } | null;
  /** The last number of each level the box's own lines used (its 1. 2. 3.). */
  inner: Map<string, number>;
  /** True once a table stood in the box. */
  table: boolean;
  /** True for a box printed as a table of one column (see boxInTable), which holds all its lines. */
  cells?: boolean;
}

/** Whether a blank line stands between two blocks in the source. */
function blankBefore(ctx: ParseContext, prev: Item | undefined, item: Item): boolean {
  return prev !== undefined && blankBetween(ctx, prev, item);
}

/** The line under a 专栏1 alone on its line that names the box: short, not a sentence. */
function boxTitleLine(match: string): boolean {
  const t = match.trim();
  return t.length > 0 && t.length <= 30 && !/[。,;:!?]/.test(t);
}

/**
 * Builds the outline tree from blocks. A marker style seen for the first time nests under the
 * current item; a style already open closes everything below it and starts a sibling. This
 * follows whatever order a document uses (一、 (一) 1. (1), or 第一章 第一条, or (一) 1. alone).
 * Unnumbered paragraphs belong to the innermost open item.
 */
export function buildOutline(ctx: ParseContext, lines: Item[], firstIsLead: boolean): OutlineResult {
  // (一)…。(二)… on one line are two items, as on two lines.
  const items = splitInlineItems(lines);
  const roots: OutlineNode[] = [];
  const before: Item[] = [];
  const stack: Building[] = [];
  const tables: PendingTable[] = [];
  const flatTables = findFlatTables(items);
  // Lines after a caption that look like a flattened table but do not read as one stay paragraphs: said so.
  for (const { caption, cells, after, headed } of unreadFlatTables(items, flatTables)) {
    if (after) {
      const position = ctx.rangePosition(after[0]!, after[after.length - 1]!);
      ctx.report('flat-table-unread', 'warning', `the ${after.length} lines after the rows of ${caption.text.trim()} were read as no row of it (the table took ${cells.length} lines): they stay paragraphs`, position);
      continue;
    }
    const position = ctx.rangePosition(caption, cells[cells.length - 1] ?? caption);
    if (headed) {
      ctx.report('flat-table-unread', 'warning', `the lines from ${caption.text.trim()} on look like a ${headed} table flattened one cell per line (a header of its columns' names) but could not be read as one: they stay paragraphs`, position);
      continue;
    }
    ctx.report('flat-table-unread', 'warning', `the lines after ${caption.text.trim()} look like a table flattened one cell per line but could not be read as one: they stay paragraphs`, position);
  }
  const path = (): string[] => stack.map((b) => b.node.label || b.node.title);
  // 表1 重点项目表 / 单位：万元 / the table: the line between states the table's unit, the caption is above it.
  const unitAbove = (k: number): Item | null => {
    const prev = items[k - 1];
    return prev && prev.block.kind === 'paragraph' && prev.match.length <= 24 && unitLine(prev.match) !== null ? prev : null;
  };
  const captionBefore = (k: number): Item | null => {
    const prev = items[unitAbove(k) ? k - 2 : k - 1];
    return prev && isTableCaption(prev) ? prev : null;
  };
  let skipUntil = -1;
  // Covering lines (以上任务由A牵头) that may reach the groups before theirs, told once the plan is read.
  const pending: PendingCovers = new Map();
  // The item the previous block, a clause on a line of its own, was given to.
  let lastClauseTarget: Building | null = null;
  // The number of the last 1. item read, for a 7。 written with a full stop (see stopNumber).
  let lastArabic = 0;
  // The number of the last decimal item read (2.3 as [2, 3]), for telling a 3.12 item from a figure (see decimalInPlace).
  let lastDecimal: number[] | null = null;
  // The previous block when it named a leader (责任领导：…) in the item's text: a clause line may follow.
  let leaderBefore: LeaderBefore | null = null;
  // The previous block when it only said when the item is due (完成时限：…), with no clause before it.
  let deadlineBefore: LeaderBefore | null = null;

  const close = (b: Building): void => {
    b.node.position = ctx.rangePosition(b.first, b.last);
    blanketEndingSafeguard(ctx, b.node, roots, firstIsLead);
    coverSiblings(ctx, b.node, firstIsLead, pending);
    coverSubItems(b.node);
    // A group's clause (its heading's, or a line's under it) reaches its items when some name units.
    shareGroupClause(b.node, firstIsLead);
    giveGroupDeadline(b.node);
    if (b.measures) closeRecord(ctx, b);
    // Enumerations start at 一是 or 第一，: test for it before mapping the paragraphs (most leaves have none).
    if (b.node.children.length === 0 && b.paragraphs.some((p) => mayEnumerateInline(p.item.match, p.from))) {
      // 一是…（牵头单位：A）；二是…（牵头单位：B）: each enumeration with a clause of its own is a
      // task, and the clause that ends the paragraph is the last one's, not the item's.
      // 一是区科技局牵头，实施…: a clause may open the enumeration's text, as it may a numbered item's.
      const clauseOf = (item: Item, from: number, to: number): EnumerationClause | null => {
        const closing = readClause(ctx, item, from, to, firstIsLead, false);
        if (closing) return closing;
        const opening = leadingVerbal(ctx, item, from, firstIsLead, to) ?? leadingCharge(ctx, item, from, firstIsLead, to);
        return opening ? { responsibility: opening.responsibility, open: to, after: opening.after } : null;
      };
      const own = inlineEnumerations(ctx, b.node, b.paragraphs, clauseOf);
      if (own.filter((c) => c.responsibility).length >= 2) {
        b.node.children = own;
        b.node.responsibility = null;
      } else b.node.children = inlineEnumerations(ctx, b.node, b.paragraphs.map((p) => withoutClause(ctx, b.node, p)));
    }
  };
  const extend = (item: Item): void => {
    for (const b of stack) b.last = item;
  };
  /** A line the item `b` takes in as a paragraph of its own text (a clause's deadline or wrapped units). */
  const takeLine = (b: Building, item: Item): void => {
    b.node.paragraphs.push({ text: item.text, position: ctx.blockPosition(item) });
    b.paragraphs.push({ item, from: 0 });
    b.node.text = `${b.node.text}\n${item.text}`;
    extend(item);
    ctx.claim(item.index, 'outline');
  };
  /**
   * Moves the paragraphs [from, to) of an open item into a measure of its own (an unnumbered item,
   * as a bulleted one is) with the clause given. The caller places it in the tree.
   */
  const measure = (source: Building, from: number, to: number, responsibility: Responsibility): Building => {
    const moved = source.paragraphs.splice(from, to - from);
    const texts = source.node.paragraphs.splice(from, to - from);
    source.node.text = source.node.paragraphs.map((p) => p.text).filter((t) => t.length > 0).join('\n');
    const first = moved[0]!.item;
    const marker = moved[0]!.from === 0 ? bulletOf(first) : BULLET;
    if (marker.length > 0) {
      moved[0] = { ...moved[0]!, from: marker.length };
      texts[0] = { text: first.text.slice(marker.length).trim(), position: ctx.spanPosition(first, marker.length, first.text.length) };
    }
    const node = newNode(ctx, first, marker, source.node.depth + 1, firstIsLead);
    node.responsibility = responsibility;
    node.paragraphs = texts;
    node.text = texts.map((p) => p.text).filter((t) => t.length > 0).join('\n');
    return { node, key: 'bullet', first, last: moved[moved.length - 1]!.item, paragraphs: moved };
  };
  /**
   * When an item's clause came from an unnumbered paragraph under it, and another paragraph with a
   * clause of its own follows, each is a measure: the first is split off here (with the paragraphs
   * from its text to `to`) and the item keeps only its heading. A clause on lines of its own goes with
   * the paragraphs before it; a clause that ends a paragraph goes with that paragraph. Returns the
   * measure, or null when the clause is the item's own (in its heading, or right under it).
   */
  const firstMeasure = (top: Building, to: number): Building | null => {
    const r = top.node.responsibility;
    if (!r || isBullet(top)) return null;
    const at = paragraphAt(top, r.position.start.offset);
    const from = r.standalone ? 1 : at;
    if (from < 1 || (r.standalone && at < 2) || to <= from) return null;
    const m = measure(top, from, to, r);
    top.node.responsibility = null;
    return m;
  };

  /** Adds a measure split off an item's text to the item's items, before a 专栏 box that came after its text. */
  const placeMeasure = (parent: Building, m: Building): void => {
    const children = parent.node.children;
    const from = ctx.blockPosition(m.first).start.offset;
    const at = children.findIndex((c) => c.kind === 'box' && c.position.start.offset > from);
    if (at < 0) children.push(m.node);
    else children.splice(at, 0, m.node);
  };

  // The 专栏 box open at this line, if any (see openBox).
  let box: OpenBox | null = null;
  /**
   * A 专栏 box between the tasks ends the task before it: that item closes, and the box stands
   * beside it in the item that holds both (the 第一节 over 一、二、 and 专栏1). Under a heading
   * with nothing below it yet (第一节 …, 一、重点工程 alone on its line) the box is that heading's.
   */
  const openBox = (item: Item, heading: BoxHeading, carried: OpenBox['held']): void => {
    const top = stack[stack.length - 1];
    const held =
      carried ??
      (top && !CONTAINER_KINDS.has(top.node.kind) && (top.node.responsibility !== null || top.paragraphs.length > 1 || top.node.text.trim() !== top.node.title)
        ? { building: top, last: top.last, boxes: [] }
        : null);
    const node: OutlineNode = {
      kind: 'box',
      depth: stack.length + 1,
      number: heading.number,
      ordinal: heading.ordinal,
      label: heading.label,
      title: heading.title,
      text: heading.title,
      paragraphs: [{ text: item.text.slice(heading.titleFrom).trim(), position: ctx.spanPosition(item, heading.titleFrom, item.text.length) }],
      responsibility: null,
      position: ctx.blockPosition(item),
      children: [],
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else roots.push(node);
    const building: Building = { node, key: 'box', first: item, last: item, paragraphs: [{ item, from: heading.titleFrom }] };
    stack.push(building);
    held?.boxes.push(node);
    box = { building, held, inner: new Map(), table: false };
    extend(item);
    ctx.claim(item.index, 'outline');
  };
  /**
   * Gives a box printed as a table of one column (see boxInTable) its lines from the cells. The
   * table is the whole box: the line after it is past its end, as a line after a table in a box is.
   */
  const fillFromCells = (open: OpenBox, cells: CellBox): void => {
    const node = open.building.node;
    node.paragraphs = [
      { text: cells.heading.title, position: ctx.lines.position(cells.head.start, cells.head.end) },
      ...cells.lines.map((l) => ({ text: l.text, position: ctx.lines.position(l.start, l.end) })),
    ];
    node.text = [cells.heading.title, ...cells.lines.map((l) => l.text)].join('\n');
    open.table = true;
    open.cells = true;
  };
  /** Gives a box opened by a table's title row (see boxOverTable) its title from that row's cell, not the table's text. */
  const titleFromCell = (open: OpenBox, heading: BoxHeading, head: { start: number; end: number }): void => {
    const node = open.building.node;
    node.paragraphs = [{ text: heading.title, position: ctx.lines.position(head.start, head.end) }];
    node.text = heading.title;
  };
  /**
   * Ends the open box at `ending` (null at the end of the text). A box after an item's text stands
   * beside that item, which it closes, unless the line that ends it opens the list below the item
   * (（一）… / 牵头单位：A / 专栏1 … / 1.…（配合单位：B）): the box was set before the group's first task.
   */
  const closeBox = (ending: Item | null = null, next: BoxHeading | null = null): void => {
    if (!box) return;
    const { held } = box;
    const b = stack.pop()!;
    b.node.position = ctx.rangePosition(b.first, b.last);
    box = null;
    // 专栏1 … 专栏2 …: the next box stands where this one does, as yet undecided.
    if (next) return openBox(ending!, next, held);
    // A measure (an unnumbered paragraph with its clause) after the box is the held item's, as the box is.
    if (!held || (ending && (opensListUnder(held.building, ending) || !itemMarker(ending)))) return;
    // After a box that stood at the top level (beside a 一、 it closed), nothing is open.
    const at = stack.lastIndexOf(held.building);
    if (at < 0) return;
    for (const open of stack.splice(at)) close(open === held.building ? Object.assign(open, { last: held.last }) : open);
    held.building.node.children = held.building.node.children.filter((c) => !held.boxes.includes(c));
    const parent = stack[stack.length - 1];
    for (const node of held.boxes) {
      node.depth = held.building.node.depth;
      if (parent) parent.node.children.push(node);
      else roots.push(node);
    }
  };
  /** Whether the line is an item of a level below the open item `held`, as against one of its own or higher. */
  const opensListUnder = (held: Building, item: Item): boolean => {
    const marker = item.block.kind === 'heading' ? null : itemMarker(item);
    if (!marker || CONTAINER_KINDS.has(marker.kind) || marker.kind === 'article') return false;
    const level = listLevel(stack, item, markerLevel(marker));
    const at = stack.findIndex((b) => b.key === level);
    return at < 0 || at > stack.indexOf(held);
  };
  /**
   * Whether a line ends the open box: a heading, a chapter or section, or the next item of an item
   * open around the box (三、 after 二、 and its 专栏1), as against the box's own numbered lines,
   * which start again at 1. A line after a table in the box is past its end, unless it is a note.
   */
  const namesUnitsUnlikeBox = (open: OpenBox, item: Item, marker: Marker | null): boolean => {
    const clause = (it: Item, from: number): boolean => readResponsibility(ctx, it, from, firstIsLead, false) !== null;
    return clause(item, marker?.length ?? 0) && !open.building.paragraphs.slice(1).some((p) => clause(p.item, itemMarker(p.item)?.length ?? 0));
  };
  /** Whether a line says what to do in a sentence, then names units in a clause ending it (not a 牵头单位：A line alone). */
  const measureWithClause = (item: Item): boolean => {
    const clause = readClause(ctx, item, 0, item.match.length, firstIsLead, false);
    return clause !== null && /[。.;；]/.test(item.match.slice(0, clause.open));
  };
  /** How many lines the box has below its heading, a title on a line of its own (专栏1 alone, then 重点工程) not counted. */
  const boxLineCount = (open: OpenBox): number => open.building.paragraphs.length - 1 - (open.building.node.paragraphs[0]?.text.trim() === '' ? 1 : 0);
  /** Whether blank lines stand between the box's heading and its lines, or between its lines. */
  const spacedBox = (open: OpenBox): boolean => {
    const ps = open.building.paragraphs;
    return ps.some((p, i) => i > 0 && blankBefore(ctx, ps[i - 1]!.item, p.item));
  };
  /** Whether a line naming units is an entry of the box's list of projects (see listedInBox), not a measure beside it. */
  const listedIn = (open: OpenBox, item: Item, from: number): boolean => {
    const lines = open.building.paragraphs.slice(1).map((p) => p.item.match.slice(itemMarker(p.item)?.length ?? 0));
    return listedInBox(open.building.node.title || (lines[0] ?? ''), lines, item.match.slice(from));
  };
  const endsBox = (open: OpenBox, item: Item, k: number): boolean => {
    if (item.block.kind === 'heading') return true;
    if (open.cells) return !/^\s*(?:注|备注|说明|资料来源|数据来源)/.test(item.match);
    const marker = itemMarker(item);
    if (!marker) {
      // 1.5G网络深度覆盖工程: the box's numbered line whose words open with a figure reads as no
      // item, yet its number counts, so that its 2. after it is the box's next line, not a task.
      const figure = /^\s*(\d{1,2})\.(?=\d)/.exec(item.match);
      const level = figure ? listLevel(stack.slice(0, -1), item, 'arabic') : '';
      if (figure && Number(figure[1]) === (open.inner.get(level) ?? 0) + 1) open.inner.set(level, Number(figure[1]));
      if (open.table) return !/^\s*(?:注|备注|说明|资料来源|数据来源)/.test(item.match);
      // 大力发展科技服务，…。（A、B按职责分工负责） after the box's lines, none of which named units:
      // a measure of the item the box stands in (实施意见 style), as the paragraphs before the box are.
      return !figure && boxLineCount(open) > 0 && measureWithClause(item) && namesUnitsUnlikeBox(open, item, null) && !listedIn(open, item, 0);
    }
    if (CONTAINER_KINDS.has(marker.kind) || marker.kind === 'article') return true;
    if (marker.ordinal === null) return false;
    // （一） after the box's own 1. 2.: a style ranked above the box's lines is the plan's next heading.
    const lines = open.building.paragraphs.slice(1);
    const own = lines.map((p) => itemMarker(p.item)).find((m) => m !== null);
    const rank = conventionalRank(marker.kind);
    const ownRank = own ? conventionalRank(own.kind) : null;
    if (rank !== null && ownRank !== null && rank < ownRank) return true;
    // 1.…（责任单位：A） after the box's unnumbered lines (5G网络建设工程：…), naming units as none of
    // them did: the list under the item the box stands in starts after the box.
    if (!own && marker.ordinal === 1 && boxLineCount(open) > 0 && namesUnitsUnlikeBox(open, item, marker) && !listedIn(open, item, marker.length)) return true;
    const below = stack.slice(0, -1);
    const level = listLevel(below, item, markerLevel(marker));
    const outer = below.find((b) => b.key === level)?.node.ordinal;
    const inner = open.inner.get(level);
    const continuesInner = inner !== undefined && marker.ordinal === inner + 1;
    open.inner.set(level, marker.ordinal);
    // 1. again after the box's own 1. 2., naming units as none of the box's lines did: the plan's
    // list starts after the box (a box set before a group's first task).
    if (inner !== undefined && marker.ordinal === 1 && namesUnitsUnlikeBox(open, item, marker)) return true;
    if (outer === undefined) return false;
    if (outer === null) return !continuesInner;
    if (marker.ordinal <= outer) return false;
    // 3. after task 2. and the box's 1. 2.: the next task, or the box's third line. A blank line
    // before it says the box has ended, unless blank lines part the box's own lines too; so does a
    // clause naming units (…。（牵头单位：A）), as the tasks have, when none of the box's lines before it named any.
    if (continuesInner) return marker.ordinal === outer + 1 && ((blankBefore(ctx, items[k - 1], item) && !spacedBox(open)) || namesUnitsUnlikeBox(open, item, marker));
    return true;
  };

  /**
   * Whether items below the open item follow the line at k (a few paragraphs of text may come
   * first): their number is of a level not open, so the line stands before them, not after.
   */
  const childFollows = (k: number): boolean => {
    for (let j = k + 1; j < items.length && j <= k + 4; j++) {
      const next = items[j]!;
      if (next.block.kind !== 'paragraph') return false;
      const marker = itemMarker(next);
      if (!marker) continue;
      const level = listLevel(stack, next, markerLevel(marker));
      return !stack.some((b) => b.key === level);
    }
    return false;
  };
  /**
   * Whether the next item after the clause line at k, past the lines that go on with the clause
   * (配合单位：B, 完成时限：…), is a sibling of the open item: its number is of the open item's level.
   */
  const siblingFollows = (k: number): boolean => {
    const top = stack[stack.length - 1];
    if (!top) return false;
    for (let j = k + 1; j < items.length; j++) {
      const next = items[j]!;
      if (next.block.kind !== 'paragraph') return false;
      if (standaloneResponsibility(ctx, next, firstIsLead) || deadlineLine(ctx, next, true) || leaderLine(ctx, next)) continue;
      const marker = itemMarker(next);
      return marker !== null && listLevel(stack, next, markerLevel(marker)) === top.key;
    }
    return false;
  };

  /**
   * Whether the paragraph at k is a group heading (see groupHeading) standing over numbered items:
   * the next line, or the one after a line of text, opens with a number. Returns the level of that
   * item, which the heading stands above.
   */
  const groupOver = (k: number): { level: string } | null => {
    const item = items[k]!;
    if (item.block.kind !== 'paragraph' || !groupHeading(item.text, item.match)) return null;
    for (let j = k + 1; j < items.length && j <= k + 2; j++) {
      const next = items[j]!;
      if (next.block.kind !== 'paragraph' || groupHeading(next.text, next.match)) return null;
      const marker = itemMarker(next);
      if (marker) return { level: listLevel(stack, next, markerLevel(marker)) };
    }
    return null;
  };

  for (const [k, item] of items.entries()) {
    if (item.index <= skipUntil) continue;
    const leaderPrev = leaderBefore as LeaderBefore | null;
    leaderBefore = null;
    const deadlinePrev = deadlineBefore as LeaderBefore | null;
    deadlineBefore = null;
    const cellBox = item.block.kind === 'table' && stack.length > 0 ? boxInTable(item.block.rows, ctx.normalize) : null;
    if (cellBox) {
      lastClauseTarget = null;
      if (box) closeBox(item, cellBox.heading);
      else openBox(item, cellBox.heading, null);
      fillFromCells(box!, cellBox);
      continue;
    }
    // A table under a title row of its own (专栏1 重点工程 over 序号 | 项目名称 …) opens its box as that
    // line would, and is the box's table (see boxOverTable).
    const titled = item.block.kind === 'table' && stack.length > 0 ? boxOverTable(item.block.rows, ctx.normalize) : null;
    // The same box's heading printed over it as a line too (专栏1 重点工程 / the table under its title row) opens no second box.
    const opened = box as OpenBox | null;
    const titledTable = titled && !(opened && !opened.table && opened.building.node.number === titled.heading.number) ? titled : null;
    const heading = titledTable?.heading ?? (item.block.kind === 'table' || stack.length === 0 ? null : boxHeading(item.text, item.match));
    if (heading) {
      const clauseHolder = lastClauseTarget as Building | null;
      lastClauseTarget = null;
      if (box) closeBox(item, heading);
      else {
        // 2.… / （1）… / （2）… / （责任单位：A） / 专栏1: the clause line right before the box was
        // given to an item below the open one (the item over its sub-items, a group over its items),
        // so the items above it ended there; the box ends that item in turn and stands beside it.
        const at = clauseHolder ? stack.lastIndexOf(clauseHolder) : -1;
        if (at >= 0) for (const open of stack.splice(at + 1)) close(open);
        openBox(item, heading, null);
      }
      if (!titledTable) continue;
      titleFromCell(box!, titledTable.heading, titledTable.head);
    }
    const openNow = box as OpenBox | null;
    if (openNow && !flatTables.has(item.index) && item.block.kind !== 'table') {
      if (endsBox(openNow, item, k)) closeBox(item);
      else {
        // The box's lines are its text, whatever they look like: never items or clauses of the plan.
        const node = openNow.building.node;
        if (!node.title && node.paragraphs.length === 1 && !itemMarker(item) && boxTitleLine(item.match)) node.title = item.text.trim();
        node.paragraphs.push({ text: item.text, position: ctx.blockPosition(item) });
        openNow.building.paragraphs.push({ item, from: 0 });
        node.text = node.text ? `${node.text}\n${item.text}` : item.text;
        extend(item);
        ctx.claim(item.index, 'outline');
        continue;
      }
    } else if (openNow) openNow.table = true;
    const flat = flatTables.get(item.index);
    if (flat) {
      // The cells of a flattened table are the table's, not paragraphs of the item it stands in.
      tables.push({ caption: captionBefore(k), path: path(), items: flat });
      for (const cell of flat) {
        ctx.claim(cell.index, 'outline');
        extend(cell);
      }
      skipUntil = flat[flat.length - 1]!.index;
      continue;
    }
    if (item.block.kind === 'table') {
      tables.push({ caption: captionBefore(k), unit: stack.length > 0 ? unitAbove(k) : null, path: path(), items: [item] });
      if (stack.length === 0) before.push(item);
      else {
        extend(item);
        ctx.claim(item.index, 'outline');
      }
      continue;
    }
    // The caption right above a table (…任务清单) is the table's: no line of the item the table stands in;
    // nor is a line stating its unit between the two, or alone above it.
    const below = items[k + 1];
    const unitBelow = below && items[k + 2]?.block.kind === 'table' && unitAbove(k + 2) === below;
    const overTable = below && (below.block.kind === 'table' || flatTables.has(below.index));
    if (stack.length > 0 && ((overTable && isTableCaption(item)) || (unitBelow && isTableCaption(item)) || (below?.block.kind === 'table' && unitAbove(k + 1) === item))) {
      extend(item);
      ctx.claim(item.index, 'outline');
      continue;
    }
    // A paragraph under an item that opens with its own clause (区文化旅游局牵头，区体育局配合，培育…)
    // is a measure of its own, as a bulleted one would be.
    const open = stack[stack.length - 1];
    // 【专项行动一】数字基础设施提升行动 (or 专项行动二：…) over numbered items heads them, as a Markdown
    // heading would: no line of the task before it, nor a task tagged with its number (任务一：…).
    const group = groupOver(k);
    let marker = group ? null : itemMarker(item);
    // 第五条由A牵头，B配合；第六条由… after 第七条: a division of the articles read, not article 五 again.
    if (marker?.kind === 'article' && dividesArticlesRead(item.match, marker, roots)) marker = null;
    // 序号：1 opens a task of a list written as labelled lines; 工作任务：… and 工作措施：… are lines of it.
    const record = marker || group ? null : recordMarker(item, items[k + 1]);
    if (record) marker = record;
    // 1. alone on its line, its clause lines and its text on the lines after it, opens the item as 1.扩大… would.
    const bare = marker || group ? null : bareNumber(item, items[k + 1]);
    if (bare) marker = bare;
    // 3。加强… or 3、5G网络… after 2.: a number that reads as an item's only where the list expects it.
    if (!marker && !group) marker = expectedNumber(stack, item, items[k + 1], lastArabic);
    // …面积 | 3.12平方公里 under 2.: a figure a wrap put at a line's start, shaped as a decimal item but
    // out of the numbering, goes on with the item's text. A heading's or list item's number is markup's.
    if (marker?.kind === 'decimal' && marker.number.includes('.') && stack.length > 0 && item.block.kind === 'paragraph' && !item.block.bullet && !decimalInPlace(marker.number, lastDecimal)) marker = null;
    const field = !marker && !group && open?.measures ? recordField(item) : null;
    // So is a paragraph that ends with its own clause under an item that already has one (the item's
    // clause came from the paragraph before it, or covers the item): two clauses are two measures.
    let ownClause = false;
    if (!marker && item.block.bullet) marker = bulletOf(item);
    else if (!marker && !field && !group && open !== undefined && item.block.kind === 'paragraph') {
      ownClause = open.node.responsibility !== null && readResponsibility(ctx, item, 0, firstIsLead, false) !== null;
      // An article's 款 that opens with who does it (市发展改革委负责…) states a duty of a regulation;
      // but two 款 that each end with their own clause are two measures, as under (二) they are.
      if (ownClause || (open.node.kind !== 'article' && leadingVerbal(ctx, item, 0, firstIsLead))) marker = bulletOf(item);
    }
    // 一是…；二是…；三是… in one paragraph is a paragraph that enumerates, not the first of three items.
    if (marker?.kind === 'enumeration' && enumeratesInline(item.match)) marker = null;
    // - 牵头单位：A / - 完成时限：2024年底 under an item: its clause written as a list, not items.
    if (marker?.kind === 'bullet' && (standaloneResponsibility(ctx, item, firstIsLead) || deadlineLine(ctx, item) || leaderLine(ctx, item))) marker = null;
    const isHeading = item.block.kind === 'heading' || group !== null;
    // 【新增】发展跨境电商。…（牵头单位：A） after tasks 1. and 2.: an item this version added, unnumbered,
    // of the list it stands in, not a measure of the task before it.
    const added = marker?.kind === 'bullet' && ownClause && open !== undefined && addedItem(ctx, item, open) ? open : null;
    if (marker?.kind === 'bullet' && ownClause && open && !added) {
      const first = firstMeasure(open, open.paragraphs.length);
      if (first) {
        placeMeasure(open, first);
        // On the stack, the new measure closes it as its sibling.
        stack.push(first);
      }
    }
    if (marker || isHeading) {
      lastClauseTarget = null;
      const key = added ? added.key : record ? 'record' : marker ? restartLevel(stack, marker, listLevel(stack, item, markerLevel(marker))) : group ? GROUP_KEY : `heading-${item.block.depth ?? 1}`;
      const existing = stack.findIndex((b) => b.key === key);
      if (existing >= 0) {
        for (const b of stack.splice(existing)) close(b);
      } else if (group) {
        // The first group heading after items of the level it heads (1. 2. then 【专项行动一】 over 3.)
        // closes them: the items after it are its own. So does it an unnumbered measure (行动二：…。
        // （牵头单位：A）) above it, a task and never a heading its numbered items could stand under.
        const under = stack.findIndex((b) => b.key === group.level || b.node.kind === 'bullet');
        if (under >= 0) for (const b of stack.splice(under)) close(b);
      } else if (!marker) {
        // An unnumbered heading closes deeper or equal headings.
        const depth = item.block.depth ?? 1;
        const shallower = stack.findIndex((b) => b.key.startsWith('heading-') && Number(b.key.slice(8)) >= depth);
        if (shallower >= 0) for (const b of stack.splice(shallower)) close(b);
      }
      const node = newNode(ctx, item, marker, stack.length + 1, firstIsLead);
      if (marker?.kind === 'arabic' && key === 'arabic') lastArabic = marker.ordinal ?? 0;
      if (marker?.kind === 'decimal' && marker.number.includes('.')) lastDecimal = marker.number.split('.').map(Number);
      if (added) ADDED.add(node);
      const parent = stack[stack.length - 1];
      if (parent && marker && parent.last.index === item.index && ((marker.label.length === 1 && enclosedOrdinal(marker.label) > 0) || isRunOnMeasure(item))) RUN_IN.add(node);
      if (parent) parent.node.children.push(node);
      else roots.push(node);
      // 3.发展二手车市场。以上第1、2项由A牵头，第3项由B牵头。: the last sentence shares units out among
      // the group's items, this one among them; it leaves what the item says.
      const shares = parent && !node.responsibility ? shareSentence(item.match) : -1;
      if (parent && shares >= 0 && shareOut(ctx, item, { group: parent.node, roots }, firstIsLead, shares)) node.text = item.text.slice(marker ? marker.length : 0, shares).trim();
      // （一）第1项任务由A牵头，B配合。 under 二、任务分工, 第五条　本办法第二条、第三条由A负责组织实施: an item
      // that is all a division by number gives the items it numbers their units, and is no task.
      else if (marker && !node.responsibility && item.match.includes('第', marker.length)) {
        if (shareOut(ctx, item, { group: parent?.node ?? null, roots, self: node, ancestors: stack.map((b) => b.node) }, firstIsLead, marker.length)) markDivisionLine(node);
        else if (labelledDivision(item.match.slice(marker.length))) reportUnreadDivision(ctx, item, marker.length);
      }
      stack.push({
        node,
        key,
        first: item,
        last: item,
        paragraphs: [{ item, from: marker ? marker.length : 0 }],
        ...(record ? { measures: [] } : {}),
        ...(bare ? { untitled: true } : {}),
      });
      extend(item);
      ctx.claim(item.index, 'outline');
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) {
      before.push(item);
      continue;
    }
    const clauseLineBefore: Building | null = lastClauseTarget;
    lastClauseTarget = null;
    // 完成时限：2025年底 (or 责任领导：王某某) on the line after 牵头单位：A / 配合单位：B belongs to that clause.
    const due = clauseLineBefore?.node.responsibility?.standalone ? (deadlineLine(ctx, item, true) ?? leaderLine(ctx, item)) : null;
    if (due && clauseLineBefore) {
      const r = clauseLineBefore.node.responsibility!;
      clauseLineBefore.node.responsibility = {
        ...r,
        text: `${r.text}\n${due.text}`,
        position: { start: r.position.start, end: due.position.end },
        ...(r.deadline || !due.deadline ? {} : { deadline: due.deadline }),
        ...(due.deadline ? {} : withLeader(r, due.text)),
      };
      lastClauseTarget = clauseLineBefore;
      takeLine(clauseLineBefore, item);
      continue;
    }
    // 责任单位：县教育局 / 　　　　　县公安局: units wrapped onto the lines under a clause line are its own.
    const wrapped = clauseLineBefore?.node.responsibility?.standalone ? wrappedUnits(ctx, clauseLineBefore.node.responsibility, item, firstIsLead) : null;
    if (wrapped && clauseLineBefore) {
      clauseLineBefore.node.responsibility = wrapped;
      lastClauseTarget = clauseLineBefore;
      takeLine(clauseLineBefore, item);
      continue;
    }
    // …。A牵头，B配合。 / 完成时限：2025年底前: a deadline line right under the clause that ends the item's text.
    const dueLine = field || due ? null : deadlineAfterClause(ctx, top, item);
    if (dueLine) {
      const r = top.node.responsibility!;
      takeLine(top, item);
      // An unbracketed clause takes the line into its text, so that it leaves what the task says as
      // a deadline sentence after the clause does; a bracketed one keeps its brackets as its text.
      const text = r.bracketed === false ? top.node.text.slice(top.node.text.lastIndexOf(r.text)).trimEnd() : r.text;
      top.node.responsibility = { ...r, text, position: { start: r.position.start, end: dueLine.position.end }, deadline: dueLine.deadline };
      continue;
    }
    if (field && top.measures) {
      if (field.kind === 'measure') top.measures.push(field.value);
      else if (!top.node.title) top.node.title = field.value;
    }
    // 本部分任务由A牵头 after the part's items covers them as 以上任务由A牵头 does; before them, as
    // 以下任务由A牵头： and 本项工作由A负责 are, it is the clause of the item it stands under.
    const grouped = field ? null : groupLine(ctx, item, firstIsLead);
    const backward = grouped?.points === 'part' && !childFollows(k);
    const headed = grouped && !backward ? grouped.responsibility : null;
    const covering = field || headed ? null : backward ? grouped!.responsibility : (coveringLine(ctx, item, firstIsLead) ?? blanketLine(ctx, item, firstIsLead, stack));
    // 以上第1、2项由A牵头，第3项由B牵头: the units shared out among the group's items by number.
    // In a part of its own (二、任务分工 / 第1项任务由A牵头), the line names the plan's items: it stays the part's.
    const sharedBy = field || grouped || covering ? null : (stack[stack.length - 2] ?? top);
    const shared = sharedBy && shareOut(ctx, item, sharedBy === top ? { group: null, roots, ancestors: stack.map((b) => b.node) } : { group: sharedBy.node, roots }, firstIsLead) ? sharedBy : null;
    const pastSafeguards = covering ? coveredPastSafeguards(ctx, stack, roots, covering) : undefined;
    let covered: Covered | null = covering ? (pastSafeguards ?? coveredItems(stack)) : null;
    let standalone = covered || shared ? null : (covering ?? headed ?? (field ? null : standaloneResponsibility(ctx, item, firstIsLead)));
    // 任务分工：一是第1项由A牵头…: labelled as a division, naming items, yet not read as one.
    if (!covered && !shared && !standalone && !field && labelledDivision(item.match)) reportUnreadDivision(ctx, item, 0);
    // （责任单位：A） on its own line after items some of which name units in their text is the group's,
    // as a covering line is: it goes to each item that names none.
    const groupClause = standalone && !covering && !listHolder(stack, item) ? mixedGroupClause(stack, item) : null;
    const coveringClause = groupClause ? standalone : covering;
    if (groupClause) {
      covered = groupClause;
      standalone = null;
    }
    const paragraph: TextNode = { text: item.text, position: ctx.blockPosition(item) };
    // 以上任务全县上下均为责任主体，不再一一列出: a blanket line whose units do not read gives none, but is
    // the group's line as a covering line is, not the last item's words (reported as unread).
    const unreadBlanket = !covering && !standalone && !shared && !field && stack.length > 1 && unreadBlanketLine(item.match) !== null;
    let target = shared ?? (unreadBlanket ? stack[stack.length - 2]! : top);
    if (covered && coveringClause) {
      // 以上任务由A牵头…: each item it covers is given the clause (its lead, to one naming only
      // helpers); the line is the group's.
      for (const n of covered.items) n.responsibility = coveringClause;
      for (const n of covered.leadless ?? []) n.responsibility = withGroupLead(n.responsibility!, coveringClause, firstIsLead);
      const none = covered.items.length === 0 && (covered.leadless?.length ?? 0) === 0 && !covered.reported;
      // 以上任务由A牵头 after a group's items may yet reach the groups before it once the plan is read
      // (本部分任务由A牵头 names its own part only); whether it gave none is told then.
      if (covering && !backward && !pastSafeguards) coverLater(pending, covered.holder.node, coveringClause, none);
      else if (none) {
        ctx.report('clause-unread', 'warning', `the responsibility clause "${coveringText(coveringClause.text)}" gives its units to no task: the items it covers name units of their own`, coveringClause.position);
      }
      target = covered.holder;
    }
    if (standalone) {
      const after = siblingFollows(k);
      target = headed ? (grouped?.points === 'item' ? itemOverSubItems(stack) : null) ?? top : (listHolder(stack, item) ?? itemOverNamedSubItems(stack, after) ?? groupFor(stack, after));
      const current = target.node.responsibility;
      if (!current) target.node.responsibility = standalone;
      else if (current.standalone && clauseLineBefore === target) {
        // 牵头单位：A on one line and 配合单位：B on the next are one clause.
        target.node.responsibility = joinClauses(current, standalone, firstIsLead);
      } else if (target === top && goesOnOnNextLine(ctx, top, current, standalone, item)) {
        // …。【牵头单位】A / 【配合单位】B: a labelled clause ending the item's text, its next label on the
        // next line (a line break or <br> between), is one clause, as on one line.
        target.node.responsibility = joinClauses(current, standalone, firstIsLead);
      } else if (target === top && top.node.kind !== 'article' && clauseFollowedByText(top, current)) {
        // Text after the item's clause, then this clause: that text is a measure of its own, as the
        // text before the item's clause is when it too came after the heading (编制…。 / 牵头单位：A /
        // 推进…。 / 牵头单位：B). A measure's sibling is a measure: one that is open closes.
        const since = paragraphAt(top, current.position.end.offset - 1) + 1;
        const next = measure(top, since, top.paragraphs.length, standalone);
        const parent = isBullet(top) ? stack[stack.length - 2]! : top;
        if (isBullet(top)) close(stack.pop()!);
        else {
          const first = firstMeasure(top, since);
          if (first) {
            placeMeasure(parent, first);
            close(first);
          }
        }
        parent.node.children.push(next.node);
        stack.push(next);
        target = next;
      } else if (current.bracketed === false && !current.standalone && labelStarts(ctx.normalize(current.text)).length === 0) {
        // A sentence that only names units (…。各街道负责。) gives way to the clause written out on the
        // lines right after it; it stays in what the task says.
        target.node.responsibility = standalone;
      } else {
        ctx.report(
          'responsibility-repeated',
          'warning',
          `a second responsibility clause for ${target.node.label || target.node.title}; only the first is used`,
          standalone.position,
        );
      }
    }
    if (standalone && target === leaderPrev?.building && target.node.responsibility === standalone) {
      // 责任领导：王某某 on the line before 牵头单位：A opens the clause, as it does inside brackets.
      target.node.responsibility = {
        ...standalone,
        text: `${leaderPrev.text}\n${standalone.text}`,
        position: { start: leaderPrev.position.start, end: standalone.position.end },
        ...withLeader(standalone, leaderPrev.text),
      };
    }
    if (standalone && deadlinePrev) openWithDeadline(target, standalone, deadlinePrev);
    const leader: LeaderLine | null = standalone ? null : leaderLine(ctx, item);
    // The whole line as the item's text holds it, so that the clause is found there.
    if (leader) leaderBefore = { building: top, text: item.text.slice(item.text.length - item.text.trimStart().length), position: leader.position };
    const dueFirst = standalone || covered || shared || field || leader || top.node.responsibility ? null : deadlineLine(ctx, item);
    if (dueFirst) deadlineBefore = { building: top, text: item.text.slice(item.text.length - item.text.trimStart().length), position: dueFirst.position, deadline: dueFirst.deadline };
    if (standalone) lastClauseTarget = target;
    if (target.untitled && !standalone && !covered && !shared && !field && !leader && !deadlineLine(ctx, item)) {
      target.untitled = false;
      target.node.title = titleOf(target.node.kind, item.text, item.match, trailingClause(item.match, 0)?.open ?? null);
    }
    target.node.paragraphs.push(paragraph);
    target.paragraphs.push({ item, from: 0 });
    target.node.text = target.node.text ? `${target.node.text}\n${item.text}` : item.text;
    if (!standalone && !covered && !shared && !field && !top.node.responsibility) {
      // An item's clause may end its last paragraph rather than its first.
      const r = readResponsibility(ctx, item, 0, firstIsLead, false);
      if (r) top.node.responsibility = r;
    }
    extend(item);
    ctx.claim(item.index, 'outline');
  }
  closeBox();
  for (const b of stack.splice(0)) close(b);
  // 一、 1. 2. / 二、 3. 4. / 以上任务由A牵头: the line covers the items of every group above, now that it is
  // known whether the whole plan numbers them on.
  spreadCoveringClauses(pending, roots, ctx.normalize, firstIsLead, (r) =>
    ctx.report('clause-unread', 'warning', `the responsibility clause "${coveringText(r.text)}" gives its units to no task: the items it covers name units of their own`, r.position),
  );
  // 以下任务由A牵头： over items 4. 5. naming no units, beside groups whose 1.–3. are tasks: they are tasks too.
  shareClausesAtTaskLevel(roots, firstIsLead);
  // A table's cells are read as the table's (区委政法委牵头，区公安分局配合 under 责任单位), not as
  // clauses of the outline: a table left unread is reported as a table.
  const cells = new Set(tables.flatMap((t) => t.items.map((it) => it.index)));
  reportUnreadClauses(ctx, cells.size > 0 ? items.filter((it) => !cells.has(it.index)) : items, roots);
  return { roots, before, tables };
}

/** A line labelled as a division (任务分工：…) naming items by number that did not read as one. */
function reportUnreadDivision(ctx: ParseContext, item: Item, from: number): void {
  let end = item.match.trimEnd().length;
  while (end > from && /[。.;；\s]/.test(item.match[end - 1] as string)) end--;
  const written = item.text.slice(from, end).trim();
  ctx.report('clause-unread', 'warning', `the division "${written}" was not read: the items it numbers name no units from it`, ctx.spanPosition(item, from + (item.text.slice(from).length - item.text.slice(from).trimStart().length), end));
}

/**
 * 完成时限：2024年6月底 on the line before 责任单位：A (and 配合单位：B): the deadline opens the clause
 * written on the lines after it, as it may inside brackets. The clause takes the line into its text,
 * so that it leaves what the task says with the clause lines.
 */
function openWithDeadline(target: Building, clause: Responsibility, due: LeaderBefore): void {
  if (target !== due.building || target.node.responsibility !== clause || !due.deadline) return;
  target.node.responsibility = {
    ...clause,
    text: `${due.text}\n${clause.text}`,
    position: { start: due.position.start, end: clause.position.end },
    deadline: clause.deadline ?? due.deadline,
  };
}

/**
 * 7。加强要素保障。… : an item's number written with a full stop (OCR, some sites), and 3、5G网络… /
 * 3.12345热线… : an item's number before a title that opens with a figure, read as its marker only
 * where the list expects that number: after the item numbered one less, in the open 1. list or the
 * last one read (the numbers run on across groups: (一) 1. 2. 3. then (二) 4。). A 1 opens a list under
 * a heading, or under an item that leads one in (…：), when written with a full stop; before a figure
 * only where the next line goes on with 2, as 1.5倍 opening a sentence never would. Anywhere else the
 * line may be a sentence that opens with a figure, and stays a paragraph.
 */
function expectedNumber(stack: readonly Building[], item: Item, next: Item | undefined, lastArabic: number): Marker | null {
  if (item.block.kind !== 'paragraph' || item.block.bullet) return null;
  const top = stack[stack.length - 1];
  if (!top) return null;
  const stop = matchStopNumber(item.text);
  const marker = stop ?? matchNumberBeforeFigure(item.text);
  if (!marker || marker.ordinal === null) return null;
  let list: Building | undefined;
  for (let i = stack.length - 1; i >= 0 && !list; i--) if (stack[i]!.node.kind === 'arabic') list = stack[i];
  if (marker.ordinal === 1) {
    if (!stop) return !list && next !== undefined && nextNumber(next) === 2 ? marker : null;
    return !list || (list === top && lastWords(top).endsWith(':')) ? marker : null;
  }
  const previous = list?.node.ordinal ?? lastArabic;
  return previous === marker.ordinal - 1 ? marker : null;
}

/** The number of a 1. item a line opens with, or null. */
function nextNumber(item: Item): number | null {
  if (item.block.kind !== 'paragraph') return null;
  const marker = matchMarker(item.text) ?? matchStopNumber(item.text) ?? matchNumberBeforeFigure(item.text);
  return marker?.kind === 'arabic' ? marker.ordinal : null;
}

/** Numbers that open an item when alone on their line: 1. (1) 1) (一) 一、 — not ① or 一是, which stand for text. */
const BARE_KINDS: ReadonlySet<string> = new Set(['arabic', 'paren-arabic', 'paren-chinese', 'chinese']);

/**
 * A number alone on its line (1.) before lines that are not numbered: the item's number, written
 * above its clause lines and its text. A number before a table, a heading or another number is a
 * stray one (a page number, a cell), and the last line is none.
 */
function bareNumber(item: Item, next: Item | undefined): Marker | null {
  if (item.block.kind !== 'paragraph' || item.block.bullet || !next || next.block.kind !== 'paragraph' || next.block.bullet) return null;
  const marker = matchMarker(item.text, true);
  if (!marker || !BARE_KINDS.has(marker.kind) || marker.ordinal === null) return null;
  return itemMarker(next) || matchMarker(next.text, true) ? null : marker;
}

/**
 * A record of a labelled task list, once all its lines are in: what the task says is its 工作措施
 * (or its title, without one), and a 完成时限 line before its units is its deadline too.
 */
function closeRecord(ctx: ParseContext, b: Building): void {
  const node = b.node;
  const measures = b.measures ?? [];
  if (!node.title && measures.length > 0) node.title = titleOf('arabic', measures[0]!, ctx.normalize(measures[0]!), null);
  node.text = measures.length > 0 ? measures.join('\n') : node.title;
  const r = node.responsibility;
  if (!r || r.deadline) return;
  for (const p of b.paragraphs) {
    const due = deadlineLine(ctx, p.item);
    if (due) {
      node.responsibility = { ...r, deadline: due.deadline };
      return;
    }
  }
}

/**
 * A line that only says when the task is due (完成时限：2025年底前), right under the paragraph whose
 * last sentence or bracket is the item's clause, when that clause names no deadline of its own.
 */
function deadlineAfterClause(ctx: ParseContext, top: Building, item: Item): { deadline: string; position: Position } | null {
  const r = top.node.responsibility;
  if (!r || r.standalone || r.deadline || top.node.kind === 'article') return null;
  // The clause ends the item's text so far: its last paragraph, after all that paragraph says.
  if (paragraphAt(top, r.position.end.offset - 1) !== top.paragraphs.length - 1) return null;
  const at = top.node.text.lastIndexOf(r.text);
  if (at < 0 || !/^[)）】\]。.;；\s]*$/.test(top.node.text.slice(at + r.text.length))) return null;
  return deadlineLine(ctx, item);
}

/** Whether paragraphs of an open item follow the paragraph where its clause ends. */
function clauseFollowedByText(b: Building, r: Responsibility): boolean {
  const at = paragraphAt(b, r.position.end.offset - 1);
  return at >= 0 && at < b.paragraphs.length - 1;
}

/**
 * Whether the clause line `next` goes on the labelled clause `current` that ends an item's text:
 * `current` is a labelled sentence (no bracket of its own closes it) ending the item's last block,
 * `next` stands in the block right after, and names roles `current` does not (a second 牵头单位 is a
 * clause repeated, not one going on).
 */
function goesOnOnNextLine(ctx: ParseContext, b: Building, current: Responsibility, next: Responsibility, item: Item): boolean {
  if (current.standalone || current.bracketed !== false || next.bracketed) return false;
  const at = paragraphAt(b, current.position.end.offset - 1);
  const p = b.paragraphs[at];
  if (!p || p.item.index !== item.index - 1) return false;
  const end = p.item.text.lastIndexOf(current.text);
  if (end < 0 || !/^[\s。.;；,，]*$/.test(p.item.text.slice(end + current.text.length))) return false;
  if (labelStarts(ctx.normalize(current.text)).length === 0) return false;
  return next.roles.every((r) => !current.roles.some((c) => c.role === r.role));
}

/** The index of an open item's paragraph whose block holds an offset of the source. */
function paragraphAt(b: Building, offset: number): number {
  return b.paragraphs.findIndex((p) => offset >= p.item.block.start && offset < p.item.block.end);
}

/**
 * The Markdown list item a clause line written as an item of a list inside it belongs to (3. 发展… /
 * `   - 牵头单位：A`): the nesting says whose clause it is, so it is never its group's, even where the
 * items before it have no clause of their own.
 */
function listHolder(stack: readonly Building[], item: Item): Building | null {
  const depth = item.block.listDepth ?? 0;
  if (depth < 2) return null;
  for (let k = stack.length - 1; k >= 0; k--) {
    const b = stack[k] as Building;
    if (b.first.block.listDepth === depth - 1) return b;
  }
  return null;
}

/**
 * The item a standalone responsibility paragraph applies to: the innermost open item, or its
 * group when the paragraph follows several sibling items none of which (nor an item under it) has
 * its own clause, and ends the group. A clause line with a sibling item after it (（二）… / 责任单位：A /
 * （三）… / 责任单位：B) is the item's above it: a group's clause stands after its last item.
 */
function groupFor(stack: Building[], siblingAfter: boolean): Building {
  const top = stack[stack.length - 1] as Building;
  const parent = stack[stack.length - 2];
  if (!parent || siblingAfter) return top;
  const siblings = parent.node.children;
  // A sibling whose 一是…（A）；二是…（B） carry their own clauses names units: the group's items are
  // each written with theirs, so the line under the last one is its clause, not the group's.
  if (siblings.length > 1 && !siblings.some(hasUnits) && top.node.paragraphs.length === 1 && !top.node.responsibility) {
    return parent;
  }
  return top;
}

/** Whether an item, or an item under it, names units. */
function hasUnits(n: OutlineNode): boolean {
  return n.responsibility !== null || n.children.some(hasUnits);
}

/**
 * The items a covering line (以上任务由A牵头…) gives its clause to, and the item whose text the line
 * joins. After items none of which names units, it is their group's clause, as a 责任单位 paragraph
 * after them is (the group is the task, its items the task's text). After items some of which name
 * units, each item without its own (nor one under it) is given the clause, and the line is the
 * group's. Null without a group, or with no item left to cover: the line is then read as any clause
 * line is.
 */
/**
 * 本项工作由A负责 after an item's sub-items (1.… / （1）… / （2）… / 本项工作由A负责): the item the
 * sentence names is the one over the sub-items, not the last of them, when none of them names units.
 */
function itemOverSubItems(stack: Building[]): Building | null {
  const top = stack[stack.length - 1];
  const parent = stack[stack.length - 2];
  if (!top || !parent || parent.node.responsibility) return null;
  if (!SUB_ITEM_KINDS.has(top.node.kind) || (parent.node.kind !== 'arabic' && parent.node.kind !== 'decimal')) return null;
  const subs = parent.node.children.filter((c) => c.kind !== 'box');
  return subs.every((c) => !hasUnits(c)) ? parent : null;
}
const SUB_ITEM_KINDS: ReadonlySet<OutlineNode['kind']> = new Set(['paren-arabic', 'circled']);

/**
 * A clause line after sub-items that each name their own units (2.… / （1）…（A） / （2）…（B） /
 * （牵头单位：C；配合单位：D）), with no sibling of theirs after it: none of them wants a second clause, so
 * it is the clause of the item over them, which has none yet. Parts (一、, 第一章) and unnumbered headings
 * take no clause so: their items are written each with its own.
 */
function itemOverNamedSubItems(stack: Building[], siblingAfter: boolean): Building | null {
  const top = stack[stack.length - 1];
  const parent = stack[stack.length - 2];
  if (siblingAfter || !top || !parent || stack.length < 3 || parent.node.responsibility || isBullet(top)) return null;
  if (CONTAINER_KINDS.has(parent.node.kind) || parent.node.kind === 'article') return null;
  const current = top.node.responsibility;
  if (!current || current.standalone || clauseFollowedByText(top, current)) return null;
  const subs = parent.node.children.filter((c) => c.kind !== 'box');
  return subs.every((c) => c.responsibility !== null) ? parent : null;
}

function coveredItems(stack: Building[]): Covered | null {
  const parent = stack[stack.length - 2];
  const cover = parent ? coverOf(parent.node) : null;
  return parent && cover ? { holder: parent, ...cover } : null;
}

/** The items a covering line right after a group's items covers (see coveredItems). */
function coverOf(group: OutlineNode): Pick<Covered, 'items' | 'leadless'> | null {
  if (group.responsibility) return null;
  // A 专栏 box among the items lists projects: it is given no clause.
  const items = group.children.filter((s) => s.kind !== 'box');
  const bare = items.filter((s) => !hasUnits(s));
  // Items that name only their helpers (（配合单位：B）) take the line's lead.
  const helped = items.filter(leadless);
  // Items that all name their own: the line is still the group's, not the last item's second clause
  // nor part of what it says; it gives no item its units (reported where it is read).
  if (bare.length === 0 && helped.length === 0) return items.length > 0 ? { items: [], leadless: [] } : null;
  if (bare.length === items.length) return { items: [group], leadless: [] };
  return { items: bare, leadless: helped };
}

/** Where a covering line stands, the items it gives its units to, and whether it was reported as giving none. */
interface Covered {
  holder: Building;
  items: OutlineNode[];
  leadless?: OutlineNode[];
  reported?: boolean;
}

/**
 * A covering line in the safeguards part (二、保障措施 / （一）加强组织领导。… / 以上任务各街道均为责任单位。):
 * the safeguards are no tasks, so the line makes neither the part nor its items tasks. A blanket line
 * (see blanket-line) names a level answerable for every task: it covers the tasks above the part as
 * it would standing right after them; any other covering line gives nothing, and a clause-unread
 * warning says so. Undefined where the line stands in no safeguards part.
 */
function coveredPastSafeguards(ctx: ParseContext, stack: Building[], roots: OutlineNode[], covering: Responsibility): Covered | undefined {
  const part = stack[0];
  if (!part || !namesSafeguards(ctx.normalize(part.node.title))) return undefined;
  const holder = stack[stack.length - 2] ?? part;
  const before = roots[roots.indexOf(part.node) - 1];
  const group = before && readBlanketSentence(ctx.normalize(coveringText(covering.text))) ? lastGroup(before) : null;
  const cover = group ? coverOf(group) : null;
  if (cover) return { holder, ...cover };
  ctx.report('clause-unread', 'warning', `the responsibility clause "${coveringText(covering.text)}" stands in the safeguards part (${part.node.label}${part.node.title}), whose items are no tasks: it gives its units to no task`, covering.position);
  return { holder, items: [], leadless: [], reported: true };
}

/**
 * A blanket sentence ending an item of the safeguards part (（二）强化督查考核。…。以上任务各街道均为责任单位。):
 * no clause of that safeguard, nor of the part, but the tasks' above the part, as a blanket line after
 * the safeguards is (see coveredPastSafeguards); it stays in the safeguard's text. Read on the item
 * being closed and the items its text ends with, before the sentence is shared among its siblings
 * (a group may close before its last items).
 */
function blanketEndingSafeguard(ctx: ParseContext, closing: OutlineNode, roots: OutlineNode[], firstIsLead: boolean): void {
  // The item being closed stands under the part opened last.
  const part = roots[roots.length - 1];
  if (!part || !namesSafeguards(ctx.normalize(part.title))) return;
  for (let node: OutlineNode | undefined = closing; node; node = node.children[node.children.length - 1]) {
    const r = node.responsibility;
    if (!r || r.standalone || r.bracketed !== false || node === part || !readBlanketSentence(ctx.normalize(r.text))?.back) continue;
    node.responsibility = null;
    const before = roots[roots.length - 2];
    const group = before ? lastGroup(before) : null;
    const cover = group ? coverOf(group) : null;
    if (!cover || cover.items.length + (cover.leadless?.length ?? 0) === 0) {
      ctx.report('clause-unread', 'warning', `the responsibility clause "${coveringText(r.text)}" ends an item of the safeguards part (${part.label}${part.title}), whose items are no tasks, and covers no task above it: it gives its units to none`, r.position);
      continue;
    }
    for (const n of cover.items) n.responsibility = r;
    for (const n of cover.leadless ?? []) n.responsibility = withGroupLead(n.responsibility!, r, firstIsLead);
  }
}

/** The group whose items a part's text ends with: the one a line right after the part would stand in. */
function lastGroup(part: OutlineNode): OutlineNode | null {
  let group: OutlineNode | null = null;
  for (let n: OutlineNode | undefined = part; n && n.children.length > 0; n = n.children[n.children.length - 1]) group = n;
  return group;
}

/** A covering line's words as a report quotes them: without the stop or brackets around them. */
function coveringText(text: string): string {
  const t = text.trim().replace(/[。.;；]+$/, '');
  return /^[（(].*[）)]$/.test(t) ? t.slice(1, -1) : t;
}

/**
 * The items a bracketed clause line ((责任单位：A、B)) after the last item of a group gives its units
 * to, when the group mixes items that name units in their text with items that name none: the line
 * is then the group's, as a covering line is, and goes to each item without units of its own (the
 * last one among them); those with their own keep them. Null when the line is the last item's own:
 * the group's items all name none (groupFor decides), the last item has more than its one paragraph
 * or units of its own, or a sibling's clause stands on a line of its own too (each item's clause is
 * then written under it).
 */
function mixedGroupClause(stack: Building[], item: Item): { holder: Building; items: OutlineNode[] } | null {
  if (!/^\s*[(（]/.test(item.match)) return null;
  const top = stack[stack.length - 1];
  const parent = stack[stack.length - 2];
  if (!top || !parent || parent.node.responsibility || CONTAINER_KINDS.has(top.node.kind) || isBullet(top)) return null;
  if (hasUnits(top.node) || top.node.paragraphs.length !== 1) return null;
  const items = parent.node.children.filter((s) => s.kind !== 'box');
  if (items[items.length - 1] !== top.node || items.some((s) => s.kind !== top.node.kind)) return null;
  const named = items.filter(hasUnits);
  const bare = items.filter((s) => !hasUnits(s));
  if (named.length === 0 || bare.length < 2) return null;
  if (named.some((s) => s.responsibility === null || s.responsibility.standalone)) return null;
  return { holder: parent, items: bare };
}

/**
 * When the last item of a group ends with a sentence that gives the units of the items before it
 * (（三）…。以上任务由A牵头，B配合。), the items it covers are given that clause, as after a covering
 * line of its own (see coveredItems): the group's, when none of its items names units otherwise, and
 * the sentence then leaves the last item's text; else each item that names none.
 */
function coverSiblings(ctx: ParseContext, group: OutlineNode, firstIsLead: boolean, pending: PendingCovers): void {
  // A 专栏 box among the items lists projects: it is given no clause.
  const children = group.children.filter((c) => c.kind !== 'box');
  coverAfterOwnClauses(ctx, children, firstIsLead);
  const last = children[children.length - 1];
  const r = last?.responsibility;
  if (!last || !r || r.standalone || group.responsibility) return;
  const written = ctx.normalize(r.text);
  // …。本部分任务由A牵头。 ending the last item covers the part's items too; in an item over items of
  // its own it is that item's.
  // …。（以上任务由A牵头） covers them as the sentence without brackets does.
  const pointsBack = coveringOpening(written) > 0 || (r.bracketed === false && readBlanketSentence(written)?.back === true);
  if (!pointsBack && (r.bracketed !== false || !(groupOpening(written)?.points === 'part' && last.children.length === 0))) return;
  const others = children.slice(0, -1);
  const bare = others.filter((s) => !hasUnits(s));
  const helped = others.filter(leadless);
  if (bare.length === 0 && helped.length === 0) return;
  if (bare.length < others.length || last.children.some(hasUnits)) {
    for (const n of bare) n.responsibility = r;
    for (const n of helped) n.responsibility = withGroupLead(n.responsibility!, r, firstIsLead);
    if (pointsBack) coverLater(pending, group, r, false);
    return;
  }
  giveUp(group, last, r);
  // …。以上任务由A牵头。 ending the last item: it may yet reach the groups before (本部分任务 names its part only).
  if (pointsBack) coverLater(pending, group, r, false);
}

/**
 * An item with its own clause and then a covering sentence (…。（责任单位：A）以上任务由B负责落实。):
 * the item keeps its clause, and the sentence covers the items before it as a covering line after
 * them would (see coveredItems): each that names no units is given it, each naming only helpers
 * takes its lead. Where all name their own, it gives none, and a clause-unread warning says so.
 */
function coverAfterOwnClauses(ctx: ParseContext, children: readonly OutlineNode[], firstIsLead: boolean): void {
  for (const [k, child] of children.entries()) {
    const covering = child.responsibility && coveringAfter.get(child.responsibility);
    if (!covering) continue;
    const others = children.slice(0, k);
    const bare = others.filter((s) => !hasUnits(s));
    const helped = others.filter(leadless);
    for (const n of bare) n.responsibility = covering;
    for (const n of helped) n.responsibility = withGroupLead(n.responsibility!, covering, firstIsLead);
    if (bare.length === 0 && helped.length === 0) {
      ctx.report('clause-unread', 'warning', `the responsibility clause "${coveringText(covering.text)}" gives its units to no task: the items it covers name units of their own`, covering.position);
    }
  }
}

/** Moves the clause that ends the last item's text to the group over it: it leaves that text. */
function giveUp(group: OutlineNode, last: OutlineNode, r: Responsibility): void {
  group.responsibility = r;
  last.responsibility = null;
  let at = last.text.lastIndexOf(r.text);
  let to = at + r.text.length;
  // A bracketed one leaves with its brackets.
  if (at > 0 && r.bracketed !== false && /[（(]/.test(last.text[at - 1] ?? '') && /[）)]/.test(last.text[to] ?? '')) [at, to] = [at - 1, to + 1];
  if (at < 0) return;
  // The stop after it ends the sentence before it when that has none of its own (…服务（牵头单位：A）。).
  const before = last.text.slice(0, at);
  const rest = last.text.slice(to);
  last.text = (before + (/[。！？；.!?;]\s*$/.test(before) ? rest.replace(/^[。.;；]/, '') : rest)).trim();
}

/**
 * 1.建设…。重点做好以下工作： / （1）完善…； / （2）拓展…。（牵头单位：A）: the sub-items before the last
 * name no units and run on into it as one list (each ends with ；), so the clause that ends the last
 * one closes the list, not that item alone: it is the clause of the item over them, whose text they
 * are, as it is written on a line of its own under them. Sub-items that end with a full stop are
 * items of their own, and the clause stays the last one's; so does it where any of them names units.
 */
function coverSubItems(group: OutlineNode): void {
  if (group.responsibility || CONTAINER_KINDS.has(group.kind) || group.kind === 'article' || group.kind === 'box' || group.kind === 'bullet') return;
  const children = group.children.filter((c) => c.kind !== 'box');
  const last = children[children.length - 1];
  const r = last?.responsibility;
  if (!last || !r || r.standalone || children.length < 2 || last.children.some(hasUnits)) return;
  if (children.some((c) => c.kind !== last.kind) || !/^(?:paren-arabic|circled|arabic|latin)$/.test(last.kind)) return;
  const others = children.slice(0, -1);
  if (others.some((c) => hasUnits(c) || !LIST_ITEM_END.test(c.text))) return;
  // The clause closes the last item's words: nothing of its own follows it.
  const at = last.text.lastIndexOf(r.text);
  if (at < 0 || !/^[)）】\]。.;；\s]*$/.test(last.text.slice(at + r.text.length))) return;
  giveUp(group, last, r);
}

/** The end of an item that runs on into the next as one list: a semicolon. */
const LIST_ITEM_END = /[;；]\s*$/;

/** A paragraph of an item, ending before the item's responsibility clause when the clause closes it. */
function withoutClause(ctx: ParseContext, node: OutlineNode, p: ItemParagraph): ItemParagraph {
  const r = node.responsibility;
  if (!r || r.standalone) return p;
  const span = trailingClause(p.item.match, p.from);
  if (!span) return p;
  return ctx.spanPosition(p.item, span.open, span.end).start.offset === r.position.start.offset ? { ...p, to: span.open } : p;
}

/** Two clause lines in a row (牵头单位：A / 配合单位：B) read as one clause. */
function joinClauses(first: Responsibility, second: Responsibility, firstIsLead: boolean): Responsibility {
  const roles = [...first.roles, ...second.roles];
  const { lead, participants } = resolve(roles, firstIsLead);
  const deadline = first.deadline ?? second.deadline;
  const contacts = [...(first.contacts ?? []), ...(second.contacts ?? [])];
  return {
    ...first,
    text: `${first.text}\n${second.text}`,
    roles,
    lead,
    participants,
    position: { start: first.position.start, end: second.position.end },
    ...(deadline ? { deadline } : {}),
    ...(contacts.length > 0 ? { contacts } : {}),
  };
}

/** Walks the tree depth-first, with each node's ancestors. */
export function walk(nodes: OutlineNode[], visit: (node: OutlineNode, ancestors: OutlineNode[]) => void, ancestors: OutlineNode[] = []): void {
  for (const node of nodes) {
    visit(node, ancestors);
    walk(node.children, visit, [...ancestors, node]);
  }
}
