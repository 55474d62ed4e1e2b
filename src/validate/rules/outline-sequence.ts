import type { OutlineKind, OutlineNode, Point, Position } from '../../model/types.js';
import { parseNumeral } from '../../text/chinese-numeral.js';
import { groupBy } from '../group-by.js';
import { labelSpan } from '../label-span.js';
import type { Rule, RuleContext } from '../rule.js';
import { allTableTasks } from '../table-tasks.js';
import { tableSerials } from '../table-serials.js';
import { itemNamesUnits } from '../item-units.js';

/** GB/T 9704-2012 7.3.3: the levels of a text's structure, in order. */
const LEVELS: readonly OutlineKind[] = ['chinese', 'paren-chinese', 'arabic', 'paren-arabic'];
const EXAMPLE = '一、 (一) 1. (1)';

/** A numbered item as the count sees it: an outline item, or a task table's row. */
interface Numbered {
  ordinal: number;
  /** How a message names it: `task 1.`, `item 第三条`, `task 3 of the task table`. */
  what: string;
  at: Position;
}

/** Numbering of one kind of item at one depth, which may run on from one group to the next. */
interface Scope {
  last: number;
  seen: Map<number, Point>;
  /**
   * A number the next group may also go on from: after a group that ends in a repeat (2, 2), which
   * was taken for a misnumbered 3, a next group starting at 3 shows it was a copy that pushes the
   * rest along.
   */
  orAfter?: number;
  /**
   * An item that ends its group with a number past the one expected (1, 3 |): a gap, or a
   * misnumbered item, which the next group tells (| 3, 4 goes on rightly after a 2 in its place).
   */
  pending?: { expected: number; ordinal: number; what: string; at: Position };
}

/**
 * Items of each kind are numbered 1, 2, 3 … without gaps or repeats, under each parent; a
 * document may also number them on across parents (tasks 1–3 under (一), 4–6 under (二)).
 * Below a 一、 comes (一), below (一) comes 1., never the other way round (a level may be left
 * out: 1. directly under 一、 is accepted practice). The rows of a task
 * table are numbered so too, per table or per group of rows under a heading row, and so are the
 * 序号 of every other table (a table of figures, a project list).
 */
export const outlineSequence: Rule = {
  id: 'outline-sequence',
  description: 'items are numbered 1, 2, 3 … without gaps or repeats (per group, or running on across groups), and the levels 一、(一)1.(1) are not inverted',
  defaultSeverity: 'error',
  check(ctx) {
    const scopes = new Map<string, Scope>();
    const groups: Array<{ items: OutlineNode[]; key: string }> = [];
    const visit = (nodes: OutlineNode[], parent: OutlineNode | null, depth: number): void => {
      const kinds = [...new Set(nodes.map((n) => n.kind))];
      for (const kind of kinds) {
        const items = nodes.filter((n) => n.kind === kind && n.ordinal !== null);
        if (items.length > 0) groups.push({ items, key: scopeKey(kind, depth) });
        if (parent) checkLevel(ctx, parent, nodes.find((n) => n.kind === kind)!);
      }
      for (const node of nodes) visit(node.children, node, depth + 1);
    };
    visit(ctx.doc.outline, null, 1);
    // Counted in the order the text has them: 专栏1 in （一） comes before 专栏3 beside （三）, though
    // （一） is visited after the items beside it.
    groups.sort((a, b) => a.items[0]!.position.start.offset - b.items[0]!.position.start.offset);
    for (const { items, key } of groups) checkGroup(ctx, items.map((n) => numberedItem(ctx, n)), scopes, key);
    checkTableRows(ctx, scopes);
    for (const scope of scopes.values()) settlePending(ctx, scope, null);
  },
};

function numberedItem(ctx: RuleContext, node: OutlineNode): Numbered {
  return { ordinal: node.ordinal as number, what: `${itemNamesUnits(ctx.doc, node) ? 'task' : 'item'} ${node.label}`, at: labelSpan(ctx, node) };
}

/** A character that goes on a cell's text, so that a number beside it is no cell of its own. */
const IN_WORD = /[\p{L}\p{N}.．]/u;

/**
 * Whether a task's row writes its number as a cell of its own, within the row's span: a row under a
 * 序号 cell spanning down from the row above (a rowspan) does not, and shares that row's number.
 */
function ownSerial(ctx: RuleContext, task: { label: string; position: Position }): boolean {
  let from = task.position.start.offset;
  for (;;) {
    const at = ctx.find(task.label, task.position, from);
    if (!at) return false;
    if (!IN_WORD.test(ctx.text[at.start.offset - 1] ?? '') && !IN_WORD.test(ctx.text[at.end.offset] ?? '')) return true;
    from = at.end.offset;
  }
}

/**
 * The 序号 of a task table's rows. The measures of one task share its 序号 cell (a rowspan): their
 * tasks start at that same cell and count once; a number written again in another row is a repeat.
 */
function checkTableRows(ctx: RuleContext, scopes: Map<string, Scope>): void {
  const taskTables = groupBy(allTableTasks(ctx), (r) => r.table);
  // Every other table's 序号 too (a table of figures, a project list): a repeat or a gap there is the
  // same slip, and a row run into the one above it in a flattened table shows up as one.
  for (const { table, serials } of tableSerials(ctx, new Set(taskTables.keys()))) {
    for (const items of groupBy(serials, (s) => s.group).values()) checkGroup(ctx, items, scopes, `table@${table.position.start.offset}`);
  }
  for (const [table, rows] of taskTables) {
    const key = `table@${table.position.start.offset}`;
    // A table of the plan's own tasks may go on from the tasks before it (1–2 as paragraphs under
    // (一), or in a table of their own, then a table of 3–4 under (二)); a table beside the text's
    // tasks restates them and counts on its own, the rows the plan took of it (those the text points
    // to, restating none of its tasks) counted among its others.
    const before = rows.some((r) => r.beside) ? null : ordinalBefore(ctx, table.position.start.offset);
    if (before !== null) scopes.set(key, { last: before, seen: new Map() });
    const numbered: Array<Numbered & { group: string }> = [];
    const cells = new Set<number>();
    for (const { task } of rows) {
      const ordinal = /^\d+$/.test(task.label) ? Number(task.label) : parseNumeral(task.label);
      if (ordinal === null || cells.has(task.position.start.offset) || !ownSerial(ctx, task)) continue;
      cells.add(task.position.start.offset);
      const group = task.section ? `${task.section.number}|${task.section.title}` : '';
      numbered.push({ ordinal, what: `task ${task.label} of the task table`, at: labelSpan(ctx, task), group });
    }
    for (const items of groupBy(numbered, (n) => n.group).values()) checkGroup(ctx, items, scopes, key);
  }
}

/** The number of the plan's last task before `offset`, when it is a plain count (`2`, `2.`, `二`); else null. */
function ordinalBefore(ctx: RuleContext, offset: number): number | null {
  let last: { number: string; position: Position } | null = null;
  for (const task of ctx.doc.plan?.tasks ?? []) {
    if (task.position.start.offset < offset && (!last || task.position.start.offset > last.position.start.offset)) last = task;
  }
  if (!last) return null;
  return /^\d+$/.test(last.number) ? Number(last.number) : parseNumeral(last.number);
}

/**
 * Parts, chapters and articles are numbered through the whole document, whatever stands between
 * them (第三条 under 第二章第一节 follows 第二条 directly under 第一章), so they share one scope; so
 * are a plan's boxes (专栏3 under 第二章 follows 专栏2 under 第一章第二节). Other items are counted
 * per depth, under each parent or running on across parents.
 */
const DOCUMENT_WIDE: ReadonlySet<OutlineKind> = new Set(['part', 'chapter', 'article', 'box']);

function scopeKey(kind: OutlineKind, depth: number): string {
  return DOCUMENT_WIDE.has(kind) ? kind : `${kind}@${depth}`;
}

function checkGroup(ctx: RuleContext, items: Numbered[], scopes: Map<string, Scope>, key: string): void {
  let scope = scopes.get(key);
  const first = items[0]!.ordinal;
  if (scope) settlePending(ctx, scope, first);
  if (!scope || first === 1) {
    scope = { last: 0, seen: new Map() };
    scopes.set(key, scope);
  }
  let expected = first === scope.orAfter ? first : scope.last + 1;
  scope.orAfter = undefined;
  items.forEach(({ ordinal: n, what, at }, k) => {
    const earlier = scope.seen.get(n);
    if (n === expected) expected++;
    else if (earlier) {
      ctx.report(`${what} repeats the number of the item at ${earlier.line}:${earlier.column}; expected ${expected}`, at);
      // A copied item pushes the rest along (4, 4, 5); a misnumbered one takes the place of the expected number (4, 4, 6).
      // Last in its group, the next group tells which it was.
      if (k === items.length - 1) scope.orAfter = n + 1;
      if (items[k + 1]?.ordinal !== n + 1) expected++;
    } else if (n > expected && items[k + 1]?.ordinal === expected + 1) {
      // 1, 2, 5, 4: the 5 stands where 3 belongs, and the numbering goes on rightly after it.
      ctx.report(`${what} is out of order; expected ${expected}`, at);
      expected++;
    } else if (n > expected && k === items.length - 1) {
      // Last in its group: the next group tells a gap from a misnumbered item (see settlePending).
      scope.pending = { expected, ordinal: n, what, at };
      expected = n + 1;
    } else if (n > expected) {
      const missing = n - expected === 1 ? `${expected}` : `${expected}–${n - 1}`;
      ctx.report(`the numbering skips ${missing} before ${what}`, at);
      expected = n + 1;
    } else {
      ctx.report(`${what} is out of order; expected ${expected}`, at);
    }
    if (!earlier) scope.seen.set(n, at.start);
  });
  scope.last = expected - 1;
}

/**
 * Reports the item a group ended on past the number expected, now that the next group's first
 * number (`next`, or null where no group follows) tells what it was: where the next group goes on
 * rightly from the expected number (1, 3 | 3, 4), the item was misnumbered, as within one group;
 * else the numbering skips. The count goes on from what the item was taken for.
 */
function settlePending(ctx: RuleContext, scope: Scope, next: number | null): void {
  const p = scope.pending;
  if (!p) return;
  scope.pending = undefined;
  if (next === p.expected + 1) {
    ctx.report(`${p.what} is out of order; expected ${p.expected}`, p.at);
    scope.last = p.expected;
    return;
  }
  const missing = p.ordinal - p.expected === 1 ? `${p.expected}` : `${p.expected}–${p.ordinal - 1}`;
  ctx.report(`the numbering skips ${missing} before ${p.what}`, p.at);
}

/**
 * The level an item stands at. 1） (a number with only a closing bracket) is how many documents
 * write the third level, in the place of 1.; (1) with both brackets is the fourth.
 */
function levelOf(node: OutlineNode): number {
  if (node.kind === 'paren-arabic' && !/^[(（]/.test(node.label)) return LEVELS.indexOf('arabic');
  return LEVELS.indexOf(node.kind);
}

/**
 * An item nested under one of a lower level (a 1. holding (一) items) has its levels inverted.
 * A skipped level (1. directly under 一、) is common and accepted in GB/T 9704 outlines, so it is
 * no finding.
 */
function checkLevel(ctx: RuleContext, parent: OutlineNode, node: OutlineNode): void {
  const p = levelOf(parent);
  const c = levelOf(node);
  if (p < 0 || c < 0 || c >= p) return;
  ctx.report(`"${node.label}" stands under "${parent.label}", a lower level: the levels are inverted (${EXAMPLE})`, node.position.start, { severity: 'warning' });
}
