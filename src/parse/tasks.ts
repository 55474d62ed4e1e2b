import type { OutlineKind, OutlineNode, Responsibility, Section, Task } from '../model/types.js';
import { fold, substanceKey } from '../text/fold.js';
import { coveringSentenceAfter, isRunInMeasure, walk } from './outline.js';
import { isClauseNote } from './responsibility.js';

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, dependency-free identities. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The part of a task's id hashed from its title. A page in traditional characters (`simplify` is
 * its converter) hashes the title's simplified form, so that the 繁体 and 简体 pages of one notice
 * give a task one id, as they give it one title to the diff.
 */
export function taskIdBase(title: string, simplify?: (text: string) => string): string {
  return `task-${shortHash(substanceKey(simplify ? simplify(title) : title))}`;
}

/** The item's text without its responsibility clause. */
function bodyText(node: OutlineNode): string {
  const r = node.responsibility;
  if (!r) return node.text.trim();
  if (r.standalone) {
    // The clause's own lines (责任单位：A。 / （牵头单位：A）) are not part of what the task says,
    // whether they follow its text or stand between its heading and its text; a dash may lead the
    // clause in on its line (——区商务局牵头).
    const at = node.text.lastIndexOf(r.text);
    const lineStart = at < 0 ? -1 : node.text.lastIndexOf('\n', at);
    const after = at + r.text.length;
    const lineEnd = at < 0 ? -1 : node.text.indexOf('\n', after);
    const ownParagraph =
      lineStart >= 0 &&
      /^[(（【[\s—–―─－-]*$/.test(node.text.slice(lineStart + 1, at)) &&
      /^[)）】\]。.;；\s]*$/.test(node.text.slice(after, lineEnd < 0 ? undefined : lineEnd));
    // An item numbered alone on its line (1. / 【牵头单位】A / text) starts with its clause lines.
    if (at === 0 && lineEnd >= 0 && /^[)）】\]。.;；\s]*$/.test(node.text.slice(after, lineEnd))) return node.text.slice(lineEnd).trim();
    if (!ownParagraph) return node.text.trim();
    return (node.text.slice(0, lineStart) + (lineEnd < 0 ? '' : node.text.slice(lineEnd))).trim();
  }
  const at = node.text.lastIndexOf(r.text);
  if (at < 0) return node.text.trim();
  const end = at + r.text.length;
  // A clause that opens the item (区人社局牵头，区财政局配合，落实…) goes with the comma after it.
  if (at === 0) return node.text.slice(end).replace(/^[,，。.;；:：\s]+/, '').trim() || node.text.trim();
  // A bracketed clause goes with its brackets; a labelled last sentence with its full stop.
  if (r.bracketed === false) {
    const before = node.text.slice(0, at).replace(/[—–―－-]{1,2}\s*$/, '');
    // A clause that opens the words after the title (培育科技型中小企业。区科技局牵头，B配合，完善…) goes
    // with the comma after it; the title keeps its stop, colon or comma.
    const rest = node.text.slice(end);
    if (/^[,，]/.test(rest)) return (before + rest.replace(/^[,，]\s*/, '')).trim();
    // A clause that ends the item's last sentence (…，配齐装备；县林业局负责。) leaves the sentence
    // its full stop, not the comma or semicolon before the clause, nor the colon after a title
    // (打造特色商业街区：区商务局牵头。).
    const ended = before.trimEnd().replace(/[,，;；:：]$/, '');
    if (ended.length < before.trimEnd().length) return (ended + node.text.slice(end)).trim();
    return (before + node.text.slice(end).replace(/^[。.;；]/, '')).trim();
  }
  // …（责任单位：A）以上任务由B负责落实。: the covering sentence after the item's clause gives the
  // units of the items before it (see coverAfterOwnClauses); it is no part of what this task says.
  const covering = coveringSentenceAfter(r);
  if (covering) {
    const stops = /^[。. \t\u3000]*/.exec(node.text.slice(end + 1))?.[0].length ?? 0;
    if (node.text.startsWith(covering.text, end + 1 + stops)) return withoutBrackets(node.text.slice(0, end + 1 + stops), at - 1, end + 1);
  }
  // A note on how to read the clause in brackets of its own after it (（列第一位者为牵头单位，下同）) goes with it.
  const note = NOTE_AFTER.exec(node.text.slice(end + 1));
  // …（牵头单位：A）。责任领导：王芳: the leader's sentence after the bracket is in the clause's contacts.
  const last = r.contacts?.at(-1);
  if (last && node.text.slice(end + 1).replace(/^[。.;；\s]+/, '').replace(/[。.;；\s]+$/, '') === last) return node.text.slice(0, at - 1).trim();
  // …。完成时限：2025年底。（牵头单位：A）: a clause that opens with the deadline sentence before its
  // bracket starts with that sentence, not inside a bracket.
  const open = /[(（【[]/.test(node.text[at - 1] ?? '') ? at - 1 : at;
  return withoutBrackets(node.text, open, end + 1 + (note && isClauseNote(fold(note[1] as string)) ? note[0].length : 0));
}

/** A bracket right after a bracketed clause, short enough to be a note on it. */
const NOTE_AFTER = /^\s*[（(]([^（）()]{1,30})[）)]/;

/**
 * The text without its bracketed clause between `open` and `close`. Stops after the clause end the
 * sentence the text before it ended already (…覆盖。（牵头单位：A）；): they are not part of what the
 * task says, or writing one there or not would change the task. After a text with no stop of its
 * own (…覆盖（牵头单位：A）。), the stop after the clause ends it.
 */
function withoutBrackets(text: string, open: number, close: number): string {
  const before = text.slice(0, open);
  const after = text.slice(close);
  const ended = /[。！？；.!?;]\s*$/.test(before);
  return (before + (ended ? after.replace(/^[。！？；，、：.!?;,:]+/, '') : after)).trim();
}

/**
 * What a task says, with the sub-items under it ((1)…；(2)…) when its clause covers them all: they
 * are part of the task, not tasks of their own.
 */
function withSubItems(node: OutlineNode): string {
  const own = bodyText(node);
  if (node.children.length === 0) return own;
  const lines: string[] = [];
  let covered = true;
  const visit = (children: readonly OutlineNode[]): void => {
    for (const child of children) {
      if (child.responsibility) covered = false;
      // 一是…；二是… run on in the item's own paragraph are items of the outline, but their words are
      // the item's text already: written out again below it, the task would say them twice.
      if (!inOwnText(node, child)) lines.push(`${child.label}${child.text}`);
      visit(child.children);
    }
  };
  visit(node.children);
  return covered ? [own, ...lines].join('\n') : own;
}

/** Whether a sub-item starts inside one of the item's own paragraphs (an inline 一是, run on in its line). */
function inOwnText(node: OutlineNode, child: OutlineNode): boolean {
  const at = child.position.start.offset;
  return node.paragraphs.some((p) => at >= p.position.start.offset && at < p.position.end.offset);
}

/**
 * Task ids: the hash of the title, so an id survives renumbering and moves between groups. Tasks
 * that share a title add their group's title (and, within one group, their rank in it), so that
 * deleting the first of two 加强宣传推广 does not hand its id to the second: an id counted by
 * occurrence in the document did, and the removed task's id then named a task still there.
 */
function taskIds(tasks: ReadonlyArray<{ node: OutlineNode; parent: OutlineNode | null }>, simplify?: (text: string) => string): string[] {
  const bases = tasks.map(({ node }) => taskIdBase(node.title || node.text, simplify));
  const count = new Map<string, number>();
  for (const base of bases) count.set(base, (count.get(base) ?? 0) + 1);
  const seen = new Map<string, number>();
  return bases.map((base, k) => {
    if (count.get(base) === 1) return base;
    const parent = tasks[k]?.parent?.title ?? '';
    const group = `${base}-${shortHash(substanceKey(simplify ? simplify(parent) : parent))}`;
    const rank = (seen.get(group) ?? 0) + 1;
    seen.set(group, rank);
    return rank === 1 ? group : `${group}-${rank}`;
  });
}

/** The kinds of item that number a group's measures (1. (1) ①), rather than groups (（一）, 2.1). */
const MEASURE_KINDS: ReadonlySet<OutlineKind> = new Set<OutlineKind>(['arabic', 'paren-arabic', 'circled']);

/** The kinds of heading a plan is divided into parts by: 一、, 第一章, 第一编, 第一节. */
const PART_KINDS: ReadonlySet<OutlineKind> = new Set<OutlineKind>(['chinese', 'part', 'chapter', 'section']);

/**
 * Whether a top-level item divides the plan into parts: one of PART_KINDS, or the chapter of a
 * decimal outline (2 or 2. over 2.1, 2.1.1), whose groups are its 2.1, 2.2 ….
 */
export function isPart(node: OutlineNode): boolean {
  if (PART_KINDS.has(node.kind)) return true;
  const chapter = node.kind === 'arabic' || (node.kind === 'decimal' && !node.number.includes('.'));
  return chapter && node.children.some((c) => c.kind === 'decimal' && c.number.startsWith(`${node.number}.`));
}

/** Headings that can stand above a plan's parts: 第一编, 第一部分, 第一章, 第一节, and 壹、 over 一、. */
function aboveParts(node: OutlineNode, next: OutlineNode): boolean {
  if (node.kind === 'chinese') return /^[壹贰貳叁參肆伍陆陸柒捌玖拾佰]+$/.test(node.number) && !/^[壹贰貳叁參肆伍陆陸柒捌玖拾佰]+$/.test(next.number);
  return (node.kind === 'part' || node.kind === 'chapter' || node.kind === 'section') && next.kind !== node.kind;
}

/**
 * The ancestors of an item from the plan's parts down: chapters or 部分 that stand over parts of
 * their own (第二章 › 一、 › （一）, 第二部分 › 一、, 第二章 › 第一节) are left out, so that the groups of
 * tasks are the level below the parts whatever stands above them, as in a plan without chapters.
 */
export function fromParts(ancestors: readonly OutlineNode[]): OutlineNode[] {
  let k = 0;
  while (k + 1 < ancestors.length && isPart(ancestors[k + 1] as OutlineNode) && aboveParts(ancestors[k] as OutlineNode, ancestors[k + 1] as OutlineNode)) k++;
  return ancestors.slice(k);
}

/**
 * Where a task stands for its section: measures run on in an item's paragraph, each with its own
 * clause ((1)加装电梯。①…(A);②…(B)。), stand where that item does, as the item would with one clause
 * for both: they make no group of it, nor of the part above it a part of groups.
 */
function standing(node: OutlineNode, ancestors: OutlineNode[]): { node: OutlineNode; ancestors: OutlineNode[] } {
  const parent = ancestors[ancestors.length - 1];
  return parent && isRunInMeasure(node) ? { node: parent, ancestors: ancestors.slice(0, -1) } : { node, ancestors };
}

/**
 * Tasks are the outline items that carry a responsibility clause, at whatever level. Their id
 * hashes the title, so it survives renumbering and moves between groups (see taskIds).
 *
 * Each task's section is the group of tasks it belongs to, the level below the plan's parts
 * (二、重点任务 › （一）…), however deep the task sits under it: （一） › 1． › （1） and
 * （二） › 3、 › ① are tasks of （一） and （二）, the deeper headings subgroups of them (2 › 2.1 › 2.1.1
 * is a task of 2.1). A part whose tasks all sit right under it is their group, unless another part of
 * its kind holds groups of those tasks' kind (三、 › （一） beside 二、 › （一） › 1．); so is the top level
 * of an outline without parts. Chapters above the parts do not count (see fromParts).
 */
export function collectTasks(
  outline: OutlineNode[],
  simplify?: (text: string) => string,
  /** Items naming no unit that a task table's row gives a clause (see pairTableRows): tasks by it, as by a clause of their own. */
  adopted?: ReadonlyMap<OutlineNode, Responsibility>,
): { tasks: Task[]; sections: Section[] } {
  const found: Array<{ node: OutlineNode; parent: OutlineNode | null; ancestors: OutlineNode[] }> = [];
  walk(outline, (written, ancestors) => {
    const clause = written.responsibility ?? adopted?.get(written);
    // The outline keeps the item as written; the task reads the row's clause as the item's.
    const node = clause && clause !== written.responsibility ? { ...written, responsibility: clause } : written;
    if (node.responsibility) found.push({ node, parent: ancestors[ancestors.length - 1] ?? null, ancestors });
  });
  const ids = taskIds(found, simplify);
  const tasks: Task[] = [];
  const sections: Section[] = [];
  const seenSections = new Set<OutlineNode>();
  // Parts that hold groups: some task sits two levels or more below them.
  const grouped = new Set<OutlineNode>();
  // The kinds of group each kind of part holds (一、 › （一）): a task of that kind right under a
  // part of that kind is a group of its own, as its siblings elsewhere are (三、 › （一）… with its
  // clause beside 二、 › （一） › 一是), not a task of the part.
  const groupKinds = new Set<string>();
  // Per part, its items that hold tasks below them, and its tasks right under it. Items numbered as
  // measures (1. (1) ①), mostly tasks themselves (二、 › 1.(A) 2.›(1)(2) 3.(B)), are no groups: the part
  // is their group, the one holding subtasks a subgroup, as without it. （一） items are groups even
  // where some carry their own clause (一、 › （一）›一是 beside （二）(A)).
  const holders = new Map<OutlineNode, Set<OutlineNode>>();
  const direct = new Map<OutlineNode, number>();
  for (const { node, ancestors } of found) {
    const levels = fromParts(standing(node, ancestors).ancestors);
    const top = levels[0];
    if (!top) continue;
    if (levels.length >= 2) holders.set(top, (holders.get(top) ?? new Set()).add(levels[1]!));
    else direct.set(top, (direct.get(top) ?? 0) + 1);
  }
  for (const [part, items] of holders) {
    if ((direct.get(part) ?? 0) > items.size && [...items].every((item) => MEASURE_KINDS.has(item.kind))) continue;
    grouped.add(part);
    if (isPart(part)) for (const item of items) groupKinds.add(`${part.kind}>${item.kind}`);
  }
  const groupsOf = (part: OutlineNode, node: OutlineNode): boolean => grouped.has(part) || groupKinds.has(`${part.kind}>${node.kind}`);
  found.forEach(({ node, ancestors }, k) => {
    if (!node.responsibility) return;
    const stands = standing(node, ancestors);
    const levels = fromParts(stands.ancestors);
    const top = levels[0];
    // An unnumbered task right under a part (行动一：…。（牵头单位：A） beside 【任务一】 over 1. 2.) is
    // one of the part's paragraphs, no group of its own, whatever groups stand beside it.
    const loose = levels.length === 1 && stands.node.kind === 'bullet';
    const group = !top ? null : !isPart(top) || loose || !groupsOf(top, levels[1] ?? stands.node) ? top : (levels[1] ?? stands.node);
    tasks.push({
      id: ids[k] as string,
      number: node.number,
      label: node.label,
      path: [...ancestors.map((a) => a.label || a.title), node.label || node.title],
      title: node.title,
      text: withSubItems(node),
      section: group ? { number: group.number, title: group.title } : null,
      lead: [...node.responsibility.lead],
      participants: [...node.responsibility.participants],
      roles: node.responsibility.roles.map((r) => ({ ...r, units: [...r.units] })),
      ...(node.responsibility.deadline ? { deadline: node.responsibility.deadline } : {}),
      ...(node.responsibility.contacts ? { contacts: [...node.responsibility.contacts] } : {}),
      position: node.position,
    });
    if (group && !seenSections.has(group)) {
      seenSections.add(group);
      sections.push({ number: group.number, label: group.label, title: group.title, position: group.position });
    }
  });
  return { tasks, sections };
}
