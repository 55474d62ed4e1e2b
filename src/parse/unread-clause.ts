/**
 * A bracket at the end of an item that opens with a role label (（牵头单位：A）, 【责任单位】B), or
 * with units and their verb (（A牵头，B、C配合）), is a responsibility clause as the genre writes it.
 * When no clause of the outline takes it in (it did not read, or a bracket after it kept the item
 * from being read), the item is no task and its units are in none: that is reported, never lost
 * silently.
 */
import type { OutlineNode, Position } from '../model/types.js';
import type { Item, ParseContext } from './context.js';
import { withoutContacts } from './contacts.js';
import { ROLE_BODY } from '../text/role-words.js';
import { coveringOpening } from './covering-clause.js';
import { remarkLength, unreadBlanketLine } from './blanket-line.js';
import { groupClausePosition, groupOpening } from './group-units.js';
import { BODY_NAME_END, CLAUSE_END_VERB, labelledTaskWords, labelStarts, leadAfterTaskWords, looksVerbal, type ParsedClause } from './responsibility.js';

/** The verbs one of which a verbal clause holds (see looksVerbal): most brackets of prose hold none. */
const CLAUSE_VERB = /牵头|主[责抓]|负责|配合|参与|协[助同]|落实|实施|推进|保障|支持|[指督]导|督促|监督/;

const OPENER: Readonly<Record<string, string>> = { ')': '(', '】': '【', ']': '[' };

/** The brackets that end a text (past stops and marks after them), one right after another, in order. */
function endingBrackets(match: string): Array<{ open: number; close: number }> {
  const out: Array<{ open: number; close: number }> = [];
  let at = match.length;
  while (at > 0 && /[\s。.;；,★☆▲△◆◇●○■□※*]/.test(match[at - 1] as string)) at--;
  while (out.length < 4 && at > 0) {
    const closer = match[at - 1] as string;
    const opener = OPENER[closer];
    if (!opener) break;
    let depth = 0;
    let open = -1;
    for (let i = at - 1; i >= 0; i--) {
      if (match[i] === closer) depth++;
      else if (match[i] === opener && --depth === 0) {
        open = i;
        break;
      }
    }
    if (open < 0) break;
    out.unshift({ open, close: at - 1 });
    at = open;
    while (at > 0 && /\s/.test(match[at - 1] as string)) at--;
  }
  return out;
}

/**
 * Whether a bracket's inside opens with a role label (牵头单位：, 责任部门：, 【配合单位】), maybe after
 * the leader in charge or a contact (责任领导：王芳　责任单位：…), who are people, not the clause's start.
 */
function opensWithLabel(inside: string): boolean {
  const units = withoutContacts(inside, inside).match;
  const lead = units.length - units.trimStart().length;
  return labelStarts(units).some((at) => at === lead) || LABEL_SHAPED.test(units.slice(lead));
}

/**
 * A key shaped as a role label whose role word is none known (第一推进单位：, 共建单位：): a bracket
 * at an item's end opening with one names the item's units, and is a clause that was not read.
 */
const LABEL_SHAPED = new RegExp(`^[\\u4e00-\\u9fff]{1,6}${ROLE_BODY}:`);

/**
 * Whether a span lies within one of the clauses read: the clauses sorted by where they start, with
 * the furthest end of those starting at or before each, so that a notice of many tasks is checked
 * in n log n, not n².
 */
function coverage(read: readonly Position[]): (p: Position) => boolean {
  const spans = read.map((r) => [r.start.offset, r.end.offset] as const).sort((a, b) => a[0] - b[0]);
  const furthest: number[] = [];
  for (const [k, [, end]] of spans.entries()) furthest.push(Math.max(end, furthest[k - 1] ?? -1));
  return (p) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as readonly [number, number])[0] <= p.start.offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthest[lo - 1] as number) >= p.end.offset;
  };
}

/** Where the clauses read in the outline stand, and the 专栏 boxes (whose lines are their text, a clause line too). */
function readClauses(roots: readonly OutlineNode[]): { read: Position[]; boxes: Position[] } {
  const read: Position[] = [];
  const boxes: Position[] = [];
  const visit = (nodes: readonly OutlineNode[]): void => {
    for (const n of nodes) {
      if (n.responsibility) read.push(n.responsibility.position);
      // An item's clause that took its lead from its group's (see withGroupLead): that clause was read too.
      const group = n.responsibility && groupClausePosition(n.responsibility);
      if (group) read.push(group);
      if (n.kind === 'box') boxes.push(n.position);
      visit(n.children);
    }
  };
  visit(roots);
  return { read, boxes };
}

/**
 * Reports what no clause of the outline holds though the genre writes it as one: the clause
 * brackets at the end of its items, and the lines that give units to the items above them.
 */
export function reportUnreadClauses(ctx: ParseContext, items: readonly Item[], roots: readonly OutlineNode[]): void {
  const { read, boxes } = readClauses(roots);
  const covered = coverage(read);
  reportUnreadBrackets(ctx, items, covered);
  reportUnreadCovering(ctx, items, covered);
  reportUnreadLabelled(ctx, items, coverage([...read, ...boxes]));
}

/**
 * Reports a role label with its colon that ends an item without brackets (…，完成时限：…；责任单位：A)
 * but that no clause read: the sentence it closes names the item's units, which are in no task.
 */
function reportUnreadLabelled(ctx: ParseContext, items: readonly Item[], covered: (p: Position) => boolean): void {
  for (const item of items) {
    // Every such label has its colon: most items have none.
    if (ctx.claims[item.index] !== 'outline' || !item.match.includes(':')) continue;
    let end = item.match.trimEnd().length;
    while (end > 0 && /[。.;；]/.test(item.match[end - 1] as string)) end--;
    const last = item.match.lastIndexOf('。', end - 1);
    // A label after the last sentence's end, outside round brackets (whose clauses reportUnreadBrackets
    // reports), has its colon there: an item ending in its bracketed clause is spared the scan.
    if (!item.match.slice(last + 1, end).replace(/\([^()]*\)/g, '').includes(':')) continue;
    const at = labelStarts(item.match).find((k) => k > last);
    // A label inside round brackets is a bracketed clause's, which reportUnreadBrackets reports.
    if (at === undefined || end - at > 120 || item.match.lastIndexOf('(', at) > item.match.lastIndexOf(')', at)) continue;
    const position = ctx.spanPosition(item, at, end);
    if (covered(position)) continue;
    ctx.report('clause-unread', 'warning', `the responsibility clause "${item.text.slice(at, end)}" was not read: ${whyUnread(labelledTaskWords(item.match.slice(at, end)))}`, position);
  }
}

/**
 * After a covering opening (以上政策, 上述任务), 由 and a body's name (以上政策由区商务局统筹兑现), or a
 * role label (以上措施责任单位：), as the units of the items above are given.
 */
const COVERING_UNITS = new RegExp(`^(?:由[^,;。]{1,30}?${BODY_NAME_END}|[\\u4e00-\\u9fff]{1,6}${ROLE_BODY}:)`);

/** Units, then a clause's verb at the end (各乡镇人民政府抓好落实), past the closing remark (，不再一一列出) and stops. */
const UNITS_FIRST = new RegExp(`^[^,;:。]{1,30}?${BODY_NAME_END}`);

function unitsThenVerb(rest: string): boolean {
  // 以上任务各部门要抓好落实 urges the work on, assigning none of it.
  if (!UNITS_FIRST.test(rest) || /要|必须|务必|应当/.test(rest)) return false;
  let end = rest.trimEnd().length;
  while (end > 0 && /[。.;；)]/.test(rest[end - 1] as string)) end--;
  end -= remarkLength(rest.slice(0, end));
  return CLAUSE_END_VERB.test(rest.slice(0, end));
}

/**
 * Reports a line that opens as one giving the units of the items above it (以上政策由A…) but that no
 * clause read: those items name no units, and may be no tasks at all.
 */
function reportUnreadCovering(ctx: ParseContext, items: readonly Item[], covered: (p: Position) => boolean): void {
  // A line read but giving no item its units (they all name their own) is reported where it was read.
  const reported = new Set(ctx.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.line));
  for (const item of items) {
    if (ctx.claims[item.index] !== 'outline') continue;
    // 以上任务全县上下均为责任主体，不再一一列出: a blanket wording whose units read as none.
    const blanket = unreadBlanketLine(item.match);
    if (blanket) {
      const position = ctx.spanPosition(item, ...blanket.line);
      if (!covered(position) && !reported.has(position.start.line)) {
        const words = item.text.slice(...blanket.units);
        ctx.report('clause-unread', 'warning', `the responsibility clause "${item.text.slice(...blanket.line)}" was not read: "${words}" names no unit, so it gives the items it covers none`, position);
      }
      continue;
    }
    const start = item.match.length - item.match.trimStart().length;
    // （以上任务由A…）: the sentence in brackets of its own is read as one without them.
    const lead = item.match[start] === '(' ? start + 1 : start;
    // Every such line opens with 以上 or 上述, or, giving a group's units before its items or naming
    // its part (以下任务由A…, 本部分任务由A…), with 以下, 下列, 下述, 本, 该 or 此: the cheap test
    // spares the others the patterns.
    const head = item.match.slice(lead, lead + 2);
    const back = head === '以上' || head === '上述';
    if (!back && !/^[以下本该此]/.test(head)) continue;
    const opening = back ? coveringOpening(item.match.slice(lead)) : (groupOpening(item.match.slice(lead))?.length ?? 0);
    if (opening === 0) continue;
    const rest = item.match.slice(lead + opening - (item.match[lead + opening - 1] === '由' ? 1 : 0));
    // 以上政策由区商务局负责解释: who interprets them, not who carries them out.
    // 以上任务各乡镇人民政府抓好落实，不再逐一列出: units and a verb no clause reads, without 由.
    const unlabelled = back && !COVERING_UNITS.test(rest) && unitsThenVerb(rest);
    if ((!unlabelled && !COVERING_UNITS.test(rest)) || rest.includes('解释')) continue;
    const position = ctx.spanPosition(item, lead, lead + opening);
    if (covered(position) || reported.has(position.start.line)) continue;
    let end = item.match.trimEnd().length;
    while (end > lead && /[。.;；]/.test(item.match[end - 1] as string)) end--;
    if (lead > start && item.match[end - 1] === ')') end--;
    const text = item.text.slice(lead, end);
    const whose = unlabelled ? 'its units are in none of the items it covers' : back ? 'the items it covers name no units' : 'the items of the group it names have no units from it';
    ctx.report('clause-unread', 'warning', `the responsibility clause "${text}" was not read: ${whose}`, ctx.spanPosition(item, lead, end));
  }
}

/** Reports the clause brackets at the end of the outline's items that no clause of the outline holds. */
function reportUnreadBrackets(ctx: ParseContext, items: readonly Item[], covered: (p: Position) => boolean): void {
  // A clause already reported (a second one for the item) is not reported again.
  const reported = new Set(ctx.diagnostics.map((d) => d.position?.start.offset));
  for (const item of items) {
    if (ctx.claims[item.index] !== 'outline' || !/[)】\]]/.test(item.match)) continue;
    for (const b of endingBrackets(item.match)) {
      const inside = item.match.slice(b.open + 1, b.close);
      const labelled = opensWithLabel(inside);
      // Most brackets of prose name no clause verb: the cheap test spares them the patterns.
      if (!labelled && !CLAUSE_VERB.test(inside)) continue;
      const position = ctx.spanPosition(item, b.open, b.close + 1);
      if (reported.has(position.start.offset) || covered(position)) continue;
      const taskWords = labelled ? labelledTaskWords(inside) : leadAfterTaskWords(inside);
      if (!labelled && !taskWords && !looksVerbal(inside)) continue;
      const text = item.text.slice(b.open, b.close + 1);
      ctx.report('clause-unread', 'warning', `the responsibility clause "${text}" was not read: ${whyUnread(taskWords)}`, position);
      reported.add(position.start.offset);
    }
  }
  reportUnreadSentences(ctx, items, covered, reported);
}

/** Why a clause was not read: its lead's name opens with a task's words (see leadAfterTaskWords), or it did not read. */
function whyUnread(taskWords: string | null): string {
  return taskWords ? `"${taskWords}" opens with a task's words, not a unit's name, so its units are in no task` : 'its units are in no task';
}

/** Where the sentence ending at `end` starts: after 。！？, or a half-width full stop that is no decimal point (2.5万张.). */
function sentenceStart(m: string, end: number): number {
  let at = end - 1;
  // A clause is short: a stop further back than 80 characters leaves a sentence too long for one.
  while (at >= 0 && end - at <= 81) {
    const c = m[at] as string;
    if (c === '。' || c === '!' || c === '?' || (c === '.' && !/\d/.test(m[at - 1] ?? '') && !/\d/.test(m[at + 1] ?? ''))) break;
    at--;
  }
  return at + 1;
}

/**
 * The last sentence of an item written, without brackets, as a verbal clause of two parts or more
 * (…。县住房城乡建设局大力推动，县自然资源局配合。) that no clause of the outline holds: its units
 * are in no task, which is reported as for a bracket. A sentence of one part (各部门密切配合) is as
 * often the text's own.
 */
function reportUnreadSentences(ctx: ParseContext, items: readonly Item[], covered: (p: Position) => boolean, reported: Set<number | undefined>): void {
  for (const item of items) {
    if (ctx.claims[item.index] !== 'outline') continue;
    const m = item.match;
    let end = m.length;
    while (end > 0 && /[\s。.;]/.test(m[end - 1] as string)) end--;
    let start = sentenceStart(m, end);
    // …。——省商务厅牵头，省公安厅配合: the dash that sets the clause off is no part of it.
    while (start < end && /[\s—–―－-]/.test(m[start] as string)) start++;
    // A clause is short, and has a part before its last: most sentences fail the cheap tests.
    if (end - start < 6 || end - start > 80 || /[)】\]]/.test(m[end - 1] as string)) continue;
    const sentence = m.slice(start, end);
    if (!CLAUSE_VERB.test(sentence)) continue;
    // A lead named after a task's words (依托区创建办牵头) is a clause of one part too: it names an office.
    const taskWords = leadAfterTaskWords(sentence);
    if (!taskWords && (end - start < 8 || !/[,;]/.test(sentence))) continue;
    const position = ctx.spanPosition(item, start, end);
    if (reported.has(position.start.offset) || covered(position) || (!taskWords && !looksVerbal(sentence))) continue;
    reported.add(position.start.offset);
    // …。区科技局牵头，区财政局…: a clause read from the sentence's first parts gave the task its units;
    // only the parts after it are in no role, and the report names them as it does in brackets.
    const read = taskWords ? -1 : readUpTo(ctx, item, start, end, covered);
    if (read > start) {
      let from = read + 1;
      while (from < end && /\s/.test(m[from] as string)) from++;
      ctx.report('clause-unread', 'warning', `the part "${item.text.slice(from, end)}" of a responsibility clause was not read: its units are in no role of the task`, ctx.spanPosition(item, from, end));
      continue;
    }
    ctx.report('clause-unread', 'warning', `the responsibility clause "${item.text.slice(start, end)}" was not read: ${whyUnread(taskWords)}`, position);
  }
}

/**
 * Where the last separator of a sentence (start to end of the item's folded text) stands up to which a
 * clause read covers it, or -1: its first parts were read, the ones after are not.
 */
function readUpTo(ctx: ParseContext, item: Item, start: number, end: number, covered: (p: Position) => boolean): number {
  let upTo = -1;
  for (let k = start; k < end; k++) {
    if (/[,;]/.test(item.match[k] as string) && covered(ctx.spanPosition(item, start, k))) upTo = k;
  }
  return upTo;
}

/**
 * Reports the labels of a clause read that name a kind of body but no role (共建单位：A): the
 * clause's other roles are read, and the units under such a label are in none of them.
 */
export function reportUnreadLabels(ctx: ParseContext, clause: ParsedClause, position: Position): void {
  for (const label of clause.unreadLabels ?? []) {
    ctx.report('clause-label-unread', 'warning', `the label "${label}" in a responsibility clause names no role that was read: its units are in no role of the task`, position);
  }
  reportUnreadParts(ctx, clause, position);
}

/** Reports the parts of a clause read that name offices in no role read (see ParsedClause.unreadParts). */
export function reportUnreadParts(ctx: ParseContext, clause: ParsedClause, position: Position): void {
  for (const part of clause.unreadParts ?? []) {
    ctx.report('clause-unread', 'warning', `the part "${part}" of a responsibility clause was not read: its units are in no role of the task`, position);
  }
  for (const name of clause.unreadTaskWords ?? []) {
    ctx.report('clause-unread', 'warning', `the name "${name}" in a responsibility clause was not read: it opens with a task's words, not a unit's name, so it is in no role of the task`, position);
  }
}
