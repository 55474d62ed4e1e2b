/**
 * The units of a group of items given once for the whole group, other than by a sentence after the
 * items that points back at them (以上任务由…, see covering-clause):
 *
 * - before the items, pointing ahead: 以下任务由区文化旅游局牵头，各街道配合： / 下列工作由…负责。
 * - naming the part they stand in, before or after its items, or in its heading's own bracket:
 *   本部分任务由A牵头，B配合 / （二）老旧小区改造（本部分任务由A牵头，B配合）
 * - naming the item the line stands under: 本项工作由A负责。 / 本条政策由A、B负责兑现。
 * - after the items, sharing them out by number: 以上第1、2项由A牵头，第3项由B牵头。; also in a part of
 *   its own (二、任务分工 / 第1项任务由A牵头), units first (A负责第1项、第2项任务), and by article
 *   (本办法第二条、第三条由A负责组织实施), the numbers naming the plan's items when it numbers them
 *   continuously (see numbered-items); any of them after a label (任务分工：), naming items as the
 *   outline numbers them (第（一）项, see division-numbers)
 *
 * And a lead given for a whole group reaches an item that names only its helpers ((配合单位：C)):
 * the item's clause then has the group's lead, with its own helpers after the group's.
 * Found in a folded copy (half-width punctuation).
 */
import type { OutlineKind, OutlineNode, Position, Responsibility } from '../model/types.js';
import type { Item, ParseContext } from './context.js';
import { ARTICLE_WORD, DIVISION_NUMBER, NAMED_NUMBER, NUMBERED_WORD, divisionLabel, divisionNumber } from './division-numbers.js';
import { continuousItems, continuousKinds } from './numbered-items.js';
import { parseLabelledClause, parseVerbalClause, resolve } from './responsibility.js';

/** Where a group sentence points: at the items after it, at the part it stands in, or at its own item. */
export type GroupPointer = 'before' | 'part' | 'item';

const GROUP_OPENING =
  /^\s*(?:(以下|下列|下述)|(本部分|本节|本章|本篇|本组|本板块|本方面|本领域|该部分|此部分)|(本项|本条|此项|该项))(?:各项|各|所有|全部|这些|所列|[一二三四五六七八九十两\d]{1,3}项)?(?:重点|主要)?(工作任务|任务|工作|措施|举措|事项|内容|(?:扶持|支持|奖励|奖补|优惠)?政策(?:措施)?)?(?:的|均|统一|全部|分别)?(由)?(?:[,，]\s*)?/;

/**
 * The opening of a sentence that gives a group's units (以下任务由, 本部分任务由, 本项工作由): its
 * length and where it points, or null. 以下 needs the noun of what it lists (以下简称 is none); 本部分
 * and 本项 need the noun or 由 (本项目 and 本条所称 are none). What follows must still read as a clause.
 */
export function groupOpening(match: string): { length: number; points: GroupPointer } | null {
  // Every such opening has 以下, 下列, 下述 or 本/该/此 near the start: most lines fail the cheap test.
  if (!/^\s*[以下本该此]/.test(match)) return null;
  const m = GROUP_OPENING.exec(match);
  if (!m) return null;
  const noun = m[4] !== undefined;
  const rest = match.slice(m[0].length);
  // 本项工作由于…, 以下任务由此…: the 由 of another word, naming nobody.
  if (m[5] !== undefined && BY_IN_A_WORD.test(match.slice(m[0].lastIndexOf('由')))) return null;
  // 本部分牵头单位：A；配合单位：B — the part's clause written with its labels.
  const labelled = m[2] !== undefined && !noun && m[5] === undefined && /^[\u4e00-\u9fff]{0,4}(?:单位|部门)\s*[:：]/.test(rest);
  if (m[1] ? !noun : !noun && m[5] === undefined && !labelled) return null;
  if (rest.length === 0 || /^[。.;；:]/.test(rest)) return null;
  return { length: m[0].length, points: m[1] ? 'before' : m[2] ? 'part' : 'item' };
}

/** A part of a covering sentence that shares units out by number: the items' numbers and where its clause stands. */
export interface SharePart {
  ordinals: number[];
  /** The part as written, from its 第 to its end: [from, to) in the line. */
  from: number;
  to: number;
  /** Where the part's clause starts, after 第1、2项由. */
  clause: number;
  /** Whether the part numbers articles (第二条、第三条由…) rather than items (第1、2项由…). */
  articles: boolean;
  /** Where the part's clause ends when its numbers come after it (区商务局负责第1项、第2项任务): before them. */
  clauseEnd?: number;
}

/** The part's clause: after its numbers (第1项由A牵头), or before them (A负责第1项任务). */
function clauseSpan(p: SharePart): { from: number; to: number } {
  return p.clauseEnd === undefined ? { from: p.clause, to: p.to } : { from: p.clause, to: p.clauseEnd };
}

/** A part that gives its units first and the items after its verb: 区商务局负责第1项、第2项任务. */
const UNITS_FIRST = new RegExp(
  `(?:牵头负责|牵头|负责|配合|协助|参与|主责|落实|实施)(第(${DIVISION_NUMBER}(?:${NUMBERED_WORD}?\\s*(?:、|和|及|与|至|到|-|—|–|~)\\s*第?${DIVISION_NUMBER})*)${NUMBERED_WORD}(?:任务|工作|措施|举措|事项)?(?:的?(?:组织)?(?:落实|实施)(?:工作)?)?)$`,
);

/**
 * A division written units first (区商务局负责第1项、第2项任务，区文化旅游局负责第3项任务): each part
 * naming its items after its verb, or naming none (区财政局做好资金保障: a duty beside the division,
 * no item's); or null when no part, or not every part naming items, is so written.
 */
function unitsFirstParts(match: string): SharePart[] | null {
  const parts: SharePart[] = [];
  let from = 0;
  for (const piece of match.split(/(?<=[,;，；])/)) {
    const body = piece.replace(/[,;，；\s]+$/, '');
    const m = UNITS_FIRST.exec(body);
    if (m) {
      const ordinals = itemNumbers(m[2] as string);
      if (!ordinals) return null;
      const numbersAt = from + body.length - (m[1] as string).length;
      parts.push({ ordinals, from, to: from + body.length, clause: from + body.search(/\S/), clauseEnd: numbersAt, articles: ARTICLE_WORD.test(m[1] as string) });
    } else if (NAMED_NUMBER.test(body)) return null;
    from += piece.length;
  }
  return parts.length > 0 ? parts : null;
}

// Also 其中，第1、2项…; and numbers without 第 when they are a list (以上1、2项由A牵头): 以上3项 alone is
// "the three items above", not the third. A division written in a part or a line of its own may name
// its items with no word pointing back (第1项、第2项任务由A牵头), and a regulation its articles after
// the document's own name (本办法第二条、第三条由A负责组织实施): then the first part must say 由, as
// a sentence that merely opens with 第一项 (第一项任务是…) is none.
const SHARE_OPENING = /^\s*(?:(?:以上|上述|其中)(?:各项|所列)?(?:重点|主要)?(?:工作任务|任务|工作|措施|举措|事项)?(?:中)?[,，]?|(本(?:实施)?(?:办法|规定|细则|条例|意见|方案|措施|通知|决定|规则|准则))?)\s*(?=第|[\d一二三四五六七八九十两]{1,3}(?:、|和|及|与|至|到|-|—|–|~))/;
const LIST_JOIN = '(?:、|和|及|与|至|到|-|—|–|~)';
const PART_HEAD = new RegExp(
  `(?:第(${DIVISION_NUMBER}(?:${NUMBERED_WORD}?\\s*${LIST_JOIN}\\s*第?${DIVISION_NUMBER})*)|([\\d一二三四五六七八九十两]{1,3}(?:\\s*${LIST_JOIN}\\s*[\\d一二三四五六七八九十两]{1,3})+))${NUMBERED_WORD}(?:任务|工作|措施|举措|事项)?(?:均|分别)?(?:由)?`,
  'y',
);
/** A division without 以上 opens with 第 and a number. */
const NUMBER_FIRST = new RegExp(`^第${DIVISION_NUMBER}`);
/** Where the next part of a division starts: its 第…项 after a comma or semicolon. */
const NEXT_PART = new RegExp(`[,;，；]\\s*第${DIVISION_NUMBER}(?:${NUMBERED_WORD}?\\s*${LIST_JOIN}\\s*第?${DIVISION_NUMBER})*${NUMBERED_WORD}`, 'g');

/**
 * A line that gives items their units by their numbers, over one sentence or more (…；第3项任务由B负责。
 * 区文化和旅游局负责第4项任务。): each sentence that is so written adds its parts, whatever its own shape
 * (由 or units first); one that is not (…。各单位要密切配合。) stays with the part before it, as a remark
 * on that part's clause. The first sentence must be so written. Null when it is not.
 */
function sharePartsShaped(match: string): SharePart[] | null {
  // 任务分工：第1项由A牵头…: the label names no item; the division starts after it.
  const label = divisionLabel(match);
  if (label === 0) return sentencesShareParts(match);
  const parts = sentencesShareParts(match.slice(label));
  return parts ? parts.map((p) => shifted(p, label)) : null;
}

function sentencesShareParts(match: string): SharePart[] | null {
  // Most lines are one sentence: the cheap test spares them the split.
  if (!/[。!?]/.test(match)) return sentenceShareParts(match);
  const parts: SharePart[] = [];
  let from = 0;
  for (const sentence of match.split(/(?<=[。!?])/)) {
    const body = sentence.replace(/[。!?\s]+$/, '');
    const own = body.trim().length > 0 ? sentenceShareParts(body) : null;
    if (own) parts.push(...own.map((p) => shifted(p, from)));
    else if (parts.length === 0) return null;
    else if (body.trim().length > 0) parts[parts.length - 1]!.to = from + body.length;
    from += sentence.length;
  }
  return parts;
}

/** A part found in a sentence that starts at `by` in its line, with its offsets in the line. */
function shifted(p: SharePart, by: number): SharePart {
  return { ...p, from: p.from + by, to: p.to + by, clause: p.clause + by, ...(p.clauseEnd === undefined ? {} : { clauseEnd: p.clauseEnd + by }) };
}

/** The 由 of 由于, 由此, 由来, 由衷: no 由 naming who does the work (第3项任务由于资金原因暂缓…). */
export const BY_IN_A_WORD = /^由(?:于|於|此|来|來|衷)/;

/**
 * A sentence after the items that gives each of them its units by their numbers (以上第1、2项由A牵头，
 * 第3项由B牵头 / 上述第一至三项任务由A负责；第四项由B负责): its parts, or null when it is not so written.
 * Only the shape is read here: each part's clause must still read as one.
 */
function sentenceShareParts(match: string): SharePart[] | null {
  // 区商务局负责第1项、第2项任务: units first; most lines have no verb right before 第.
  if (/(?:头|责|合|助|与|实|施)第/.test(match) && !/^\s*(?:以上|上述|其中|本|第)/.test(match)) return unitsFirstParts(match);
  // Every such sentence opens with 以上, 上述, 其中, 本 or 第 and numbers its items with 第…项 (a regulation's, 第…条).
  if (!/^\s*(?:以上|上述|其中|本|第)/.test(match) || !/[项項条條]/.test(match)) return null;
  const opening = SHARE_OPENING.exec(match);
  if (!opening) return null;
  // Without 以上 the numbers need 第 (1、2项由 is no division) and the first part its 由.
  const bare = !/^\s*(?:以上|上述|其中)/.test(match);
  // 本办法 names articles: 本办法第二条; a plan's items are 项.
  if (bare && !NUMBER_FIRST.test(match.slice(opening[0].length))) return null;
  const parts: SharePart[] = [];
  let at = opening[0].length;
  while (at < match.length) {
    PART_HEAD.lastIndex = at;
    const head = PART_HEAD.exec(match);
    if (!head) return null;
    const ordinals = itemNumbers((head[1] ?? head[2]) as string);
    if (!ordinals) return null;
    // 第3项任务由于资金原因…: a sentence about the item, no part naming who does it.
    if (head[0].endsWith('由') && BY_IN_A_WORD.test(match.slice(head.index + head[0].length - 1))) return null;
    if (bare && parts.length === 0 && !head[0].endsWith('由')) return null;
    // 以上第1项 is an item; 本办法第二条 an article, and only an article (本办法第2项 is no division).
    const articles = /[条條](?:任务|工作|措施|举措|事项)?(?:均|分别)?(?:由)?$/.test(head[0]);
    if (opening[1] !== undefined && !articles) return null;
    // The part's clause runs to the next part's 第…项 after a comma or semicolon, or to the end.
    let end = match.length;
    NEXT_PART.lastIndex = head.index + head[0].length;
    const found = NEXT_PART.exec(match);
    if (found) end = found.index;
    // Each part names its units after its numbers: 以上第1项。 alone is none.
    if (!/[\u4e00-\u9fff]/.test(match.slice(head.index + head[0].length, end))) return null;
    parts.push({ ordinals, from: head.index, to: end, clause: head.index + head[0].length, articles });
    if (!found) break;
    at = found.index + 1;
    while (at < match.length && /\s/.test(match[at] as string)) at++;
  }
  return parts.length > 0 ? parts : null;
}

/**
 * A sentence after the items that gives each of them its units by their numbers (see shareParts);
 * one that names no role (以上第1、2项为约束性指标) gives no units, and is no clause.
 */
export function shareParts(match: string): SharePart[] | null {
  const parts = sharePartsShaped(match);
  return parts && namesRole(match, parts) ? parts : null;
}

function namesRole(match: string, parts: readonly SharePart[]): boolean {
  return parts.some((p) => SHARE_ROLE.test(match.slice(clauseSpan(p).from, clauseSpan(p).to)));
}

/** The words by which a part of a sharing sentence gives its items a role (由A牵头, 责任单位为A, A负责). */
const SHARE_ROLE = /牵头|负责|配合|参与|协助|协同|主责|主抓|主办|协办|承办|单位|部门|落实|实施/;

/** The numbers a part names: 1、2 and 1和2 are each, 1至3 and 1—3 run from one to the other. */
function itemNumbers(list: string): number[] | null {
  const out: number[] = [];
  for (const piece of list.split(/[项項条條]?\s*(?:、|和|及|与)\s*第?/)) {
    const ends = piece.split(/[项項条條]?\s*(?:至|到|-|—|–|~)\s*第?/).map((n) => divisionNumber(n));
    if (ends.some((n) => n === null)) return null;
    const [a, b] = [ends[0] as number, ends[ends.length - 1] as number];
    if (ends.length > 2 || b < a || b - a > 30) return null;
    for (let n = a; n <= b; n++) out.push(n);
  }
  return out;
}

/**
 * An item's clause that names only its helpers ((配合单位：C)) with the group's clause's lead: the
 * item's own text and place (what the task's text leaves out), the group's roles before its own, so
 * that the group's lead leads and both helpers help. A deadline of the item's own is kept.
 */
export function withGroupLead(own: Responsibility, group: Responsibility, firstIsLead: boolean): Responsibility {
  const roles = [...group.roles, ...own.roles].map((r) => ({ ...r, units: [...r.units] }));
  const { lead, participants } = resolve(roles, firstIsLead);
  const deadline = own.deadline ?? group.deadline;
  const contacts = [...(own.contacts ?? []), ...(group.contacts ?? []).filter((c) => !(own.contacts ?? []).includes(c))];
  const merged: Responsibility = {
    ...own,
    roles,
    lead,
    participants: participants.filter((u) => !lead.includes(u)),
    ...(deadline ? { deadline } : {}),
    ...(contacts.length > 0 ? { contacts } : {}),
  };
  GROUP_CLAUSE.set(merged, group.position);
  return merged;
}

/**
 * The group clause an item's clause took its lead from (see withGroupLead): its place counts as read,
 * though no item holds that clause as its own.
 */
const GROUP_CLAUSE = new WeakMap<Responsibility, Position>();

/** The clause with a deadline given from elsewhere (a group's heading), still completed from its group clause if it was. */
export function withDeadline(r: Responsibility, deadline: string): Responsibility {
  const dated = { ...r, deadline };
  const group = GROUP_CLAUSE.get(r);
  if (group) GROUP_CLAUSE.set(dated, group);
  return dated;
}

/** Where the group clause an item's clause was completed from stands, if it was (see withGroupLead). */
export function groupClausePosition(r: Responsibility): Position | undefined {
  return GROUP_CLAUSE.get(r);
}

/** Whether an item's clause names helpers but no lead: a group's lead completes it. */
export function leadless(n: OutlineNode): boolean {
  const r = n.responsibility;
  return r !== null && r.lead.length === 0 && r.participants.length > 0;
}

/** Whether an item, or an item under it, names units. */
export function hasUnits(n: OutlineNode): boolean {
  return n.responsibility !== null || n.children.some(hasUnits);
}

/**
 * Gives a group's clause, once the group is read, to its items when some of them name units: each
 * item that names none takes the clause, each that names only helpers takes its lead (withGroupLead),
 * and an item whose units stand further down gives the clause on to its own items alike; items with
 * their own lead keep theirs. The group is then no task of its own (its heading alone said nothing
 * the items do not). When no item names units the group stays the task, its items its text. Returns
 * whether the clause was given out.
 */
export function shareGroupClause(group: OutlineNode, firstIsLead: boolean): boolean {
  const r = group.responsibility;
  if (!r) return false;
  const items = group.children.filter((c) => c.kind !== 'box');
  if (!items.some(hasUnits)) return false;
  if (!items.some((c) => !hasUnits(c) || needsLead(c))) return false;
  giveClause(items, r, firstIsLead);
  group.responsibility = null;
  return true;
}

/**
 * Once the plan is read: a group's clause over items none of which names units stays the group's,
 * its items its text, unless the items continue a task list, numbered on from the groups before
 * (（一）'s 1.–3. each with a clause of its own, （二）'s 4.–5. under 以下任务由A牵头：): then its items are
 * tasks like the rest of the list, each taking the group's clause, as they would were one of them to
 * name units (see shareGroupClause). Where the numbers restart in each group, a group's items are its
 * own list, and the group with its clause stays the task.
 */
export function shareClausesAtTaskLevel(roots: readonly OutlineNode[], firstIsLead: boolean): void {
  const taskKinds = new Set<OutlineKind>();
  const held: OutlineNode[] = [];
  const visit = (nodes: readonly OutlineNode[]): void => {
    for (const n of nodes) {
      if (n.responsibility && n.kind !== 'box' && n.ordinal !== null) taskKinds.add(n.kind);
      if (n.responsibility && n.children.length > 0 && !n.children.some(hasUnits)) held.push(n);
      visit(n.children);
    }
  };
  visit(roots);
  if (held.length === 0) return;
  const continuous = continuousKinds(roots);
  for (const group of held) {
    const items = group.children.filter((c) => c.kind !== 'box');
    const kind = items[0]?.kind;
    if (!kind || !taskKinds.has(kind) || !continuous.has(kind) || !items.every((c) => c.kind === kind && c.ordinal !== null)) continue;
    giveClause(items, group.responsibility as Responsibility, firstIsLead);
    group.responsibility = null;
  }
}

/** Whether an item, or one under it without a lead of its own above, names helpers and no lead. */
function needsLead(n: OutlineNode): boolean {
  if (n.responsibility) return leadless(n);
  return n.children.some(needsLead);
}

function giveClause(items: OutlineNode[], r: Responsibility, firstIsLead: boolean): void {
  for (const n of items) {
    if (!hasUnits(n)) n.responsibility = r;
    else if (leadless(n)) n.responsibility = withGroupLead(n.responsibility as Responsibility, r, firstIsLead);
    else if (!n.responsibility) giveClause(n.children.filter((c) => c.kind !== 'box'), r, firstIsLead);
    // （本部分任务由A牵头，2024年底前完成）: an item with a lead of its own is still due when its group is, unless it says otherwise.
    else if (r.deadline && !n.responsibility.deadline) n.responsibility = withDeadline(n.responsibility, r.deadline);
  }
}

/**
 * A line after a group's items that shares units out among them by number (以上第1、2项由A牵头，第3项由
 * B牵头。): each part's clause goes to the items it numbers, as a covering line's goes to each item
 * that names no units (an item naming only helpers takes the part's lead). Returns whether the line
 * was one; a part that does not read, or a number that is no item of the group, is reported, so that
 * no item's units are lost unnoticed.
 */
export function shareOut(ctx: ParseContext, item: Item, scope: DivisionScope, firstIsLead: boolean, start = 0): boolean {
  let end = item.match.trimEnd().length;
  while (end > start && /[。.;；,，\s]/.test(item.match[end - 1] as string)) end--;
  const line = item.match.slice(0, end);
  const shaped = sharePartsShaped(line.slice(start));
  if (!shaped) return false;
  // 以上第1、2项为年度重点督办事项: a remark on the group's items by number, naming no units — the group's line.
  // But 第1项任务由A想办法 says who, in words not read: reported below, as a part whose clause does not read.
  const by = shaped.some((p) => p.clauseEnd === undefined && /由$/.test(line.slice(start + p.from, start + p.clause)));
  if (!by && !namesRole(line.slice(start), shaped)) return true;
  const parts = shaped.map((p) => shifted(p, start));
  const named = numberedItems(scope, parts);
  for (const part of parts) {
    const to = trimmedEnd(line, part.clause, part.to);
    const span = clauseSpan({ ...part, to });
    const text = item.text.slice(span.from, span.to);
    const match = line.slice(span.from, span.to);
    const clause = /^[^:]{2,8}:/.test(match) ? parseLabelledClause(text, match, firstIsLead) : parseVerbalClause(text, match, firstIsLead);
    const position = ctx.spanPosition(item, part.from, to);
    const written = item.text.slice(part.from, to);
    if (!clause) {
      ctx.report('clause-unread', 'warning', `the responsibility clause "${written}" was not read: the items it numbers name no units from it`, position);
      continue;
    }
    const r: Responsibility = {
      text: item.text.slice(part.from, to),
      roles: clause.roles,
      lead: clause.lead,
      participants: clause.participants,
      position,
      standalone: true,
      ...(clause.deadline ? { deadline: clause.deadline } : {}),
      ...(clause.contacts ? { contacts: clause.contacts } : {}),
    };
    // 第1、2项分别由A、B负责: each item its own unit, in order.
    const respective = line.slice(part.from, part.clause).includes('分别') && clause.roles.length === 1 && part.ordinals.length > 1 && clause.roles[0]!.units.length === part.ordinals.length;
    const missing: number[] = [];
    for (const [k, n] of part.ordinals.entries()) {
      const target = named.find(n, part.articles);
      const own = respective ? eachOwn(r, k, firstIsLead) : r;
      if (!target) missing.push(n);
      else if (!hasUnits(target)) target.responsibility = own;
      else if (leadless(target)) target.responsibility = withGroupLead(target.responsibility as Responsibility, own, firstIsLead);
      else ctx.report('responsibility-repeated', 'warning', `a second responsibility clause for ${target.label || target.title}; only the first is used`, position);
    }
    if (missing.length > 0) {
      ctx.report('clause-unread', 'warning', `the responsibility clause "${written}" names item ${missing.join('、')}, which ${named.where}: its units are in no task of that number`, position);
    }
  }
  return true;
}

/** What follows an article's number at once in a division naming it (第五条由, 第五条、第六条由). */
const ARTICLE_RUN_ON = /^(?:[、和及与至到~\-—–]|(?:任务|工作|措施|举措|事项)?(?:均|分别)?由)/;

/**
 * Whether a line that opens like an article (第五条由A牵头，B配合；第六条由C负责) is a division of the
 * articles already read: it names articles only, each of them one the regulation has, numbered
 * continuously so far (no second regulation restarting its numbers), and its number follows at once
 * (第五条　由A负责 after a space is an article's text). 第八条由A负责解释 after 第七条 is article 八.
 */
export function dividesArticlesRead(match: string, marker: { length: number; label: string }, roots: readonly OutlineNode[]): boolean {
  if (/\s/.test(match[marker.length - 1] ?? ' ') || !ARTICLE_RUN_ON.test(match.slice(marker.length, marker.length + 12))) return false;
  const parts = shareParts(match);
  if (!parts || !parts.every((p) => p.articles)) return false;
  return continuousItems(roots, parts.flatMap((p) => p.ordinals), 'articles', (n) => DIVISION_LINES.has(n)) !== null;
}

/**
 * Where a division by number finds its items: the group it stands after (none when it stands in a
 * part of its own), the plan's nodes built so far, and its own line when that is an item of its own
 * ((一)第1项任务由A牵头), which no number names.
 */
export interface DivisionScope {
  group: OutlineNode | null;
  roots: readonly OutlineNode[];
  self?: OutlineNode;
  /** The parts the line stands in: no number of a division names them. */
  ancestors?: readonly OutlineNode[];
}

/** Items that are divisions by number themselves ((一)第1项任务由A牵头): no number names them. */
const DIVISION_LINES = new WeakSet<OutlineNode>();

/** Marks an item whose text is a division by number (see DIVISION_LINES). */
export function markDivisionLine(node: OutlineNode): void {
  DIVISION_LINES.add(node);
}

/**
 * The items the numbers of a division's parts name: the group's when it has every item numbered (the
 * division's reading of old), else the plan's when numbered continuously across it (see
 * continuousItems), else the group's as far as they go. Articles are looked up in the plan.
 */
function numberedItems(scope: DivisionScope, parts: readonly SharePart[]): { find: (n: number, articles: boolean) => OutlineNode | undefined; where: string } {
  const skip = (n: OutlineNode): boolean => n === scope.self || DIVISION_LINES.has(n) || (scope.ancestors?.includes(n) ?? false);
  const items = (scope.group?.children ?? []).filter((c) => c.kind !== 'box' && !skip(c));
  const numbers = (articles: boolean): number[] => parts.filter((p) => p.articles === articles).flatMap((p) => p.ordinals);
  const inGroup = scope.group !== null && parts.every((p) => p.ordinals.every((n) => items.some((c) => c.ordinal === n)));
  const plan = (articles: boolean): Map<number, OutlineNode> | null => {
    const wanted = numbers(articles);
    return wanted.length === 0 ? null : continuousItems(scope.roots, wanted, articles ? 'articles' : 'items', skip);
  };
  const planItems = inGroup ? null : plan(false);
  const planArticles = plan(true);
  return {
    find: (n, articles) => (articles ? planArticles?.get(n) : undefined) ?? (planItems ? planItems.get(n) : items.find((c) => c.ordinal === n)),
    where: scope.group ? 'the group above it does not have' : 'no item of the plan numbered continuously has',
  };
}

/** The clause of one item of those a clause of one role names respectively (分别由A、B负责): the k-th unit's. */
function eachOwn(r: Responsibility, k: number, firstIsLead: boolean): Responsibility {
  const role = r.roles[0]!;
  const roles = [{ ...role, units: [role.units[k]!] }];
  const { lead, participants } = resolve(roles, firstIsLead);
  return { ...r, roles, lead, participants };
}

/** The end of a part's text before the separator and spaces that end it. */
function trimmedEnd(line: string, from: number, to: number): number {
  while (to > from && /[,;，；\s]/.test(line[to - 1] as string)) to--;
  return to;
}

/**
 * Where a last sentence that shares units out by number (…。以上第1、2项由A牵头，第3项由B牵头。) starts
 * in an item's text, after the item's own sentences, or -1.
 */
export function shareSentence(match: string): number {
  // Every such sentence names its items with 第…项 after 以上 or 上述: most items have neither.
  if (!/[项項]/.test(match) || !/(?:以上|上述|其中|分工:)[^。]*(?:第|[\d一二三四五六七八九十两][、和及与至到\-—–~])/.test(match)) return -1;
  let end = match.trimEnd().length;
  while (end > 0 && /[。.;；\s]/.test(match[end - 1] as string)) end--;
  const stop = match.lastIndexOf('。', end - 1);
  if (stop < 0) return -1;
  return shareParts(match.slice(stop + 1, end)) ? stop + 1 : -1;
}
