import type { ParseContext, Item } from './context.js';
import type { ClauseSpan } from './outline.js';
import { labelStarts } from './responsibility.js';

/**
 * An input cut off at its end (a download broken off, a page saved short, a file cut at a byte
 * count) leaves its last item either with a whole clause and a scrap of what came next after it
 * (…（牵头单位：A）①, …）U+FFFD where the next character was cut in half), or with its clause cut
 * short (…（责任单位：镇农业农U+FFFD). Neither ends as a clause does, and the task fell out unnoticed.
 * Only the item the input ends in is so read: a scrap after a clause anywhere else is text.
 */
export type CutEnd =
  /** A whole clause before a scrap: the clause ends at `to` (after its closing bracket). */
  | { kind: 'after-clause'; to: number; scrap: string }
  /** A clause cut short: its bracket opens and is never closed. */
  | { kind: 'in-clause'; span: ClauseSpan };

/**
 * The scrap after a clause's closing bracket: the start of what came next, cut before its sentence
 * ends (①, 3, 加强宣, a character cut in half), or an ellipsis marking the cut. A full stop after the
 * clause ends it as a clause may end; a sentence ended after it is text, not a scrap.
 */
const SCRAP_AFTER = /[)】\]]\s*(?:[^()【】[\]\s。.;；!?]{1,12}|…{1,2}|\.{3,6})\s*$/;

/** The brackets a clause opens with, in the folded copy. */
const OPENERS = '(【[';

/** Whether the input ends in this item: nothing but white space after its block in the text. */
function endsInput(ctx: ParseContext, item: Item): boolean {
  const text = ctx.source.text;
  let end = text.length;
  while (end > item.block.end && /\s/.test(text[end - 1] as string)) end--;
  return end <= item.block.end;
}

/** How the input is cut in the item it ends in, after `from`; null when it ends as a clause may not. */
export function cutEnd(ctx: ParseContext, item: Item, from: number): CutEnd | null {
  const match = item.match;
  const last = match.trimEnd();
  // Cheap pre-check: every cut end here holds a bracket near its end or a U+FFFD.
  if (last.length <= from || !/[()【】[\]\uFFFD…]/.test(last.slice(-40))) return null;
  if (!endsInput(ctx, item)) return null;
  const scrap = SCRAP_AFTER.exec(last);
  if (scrap && scrap.index >= from) return { kind: 'after-clause', to: scrap.index + 1, scrap: item.text.slice(scrap.index + 1, last.length).trim() };
  const span = unclosedClause(last, from);
  return span ? { kind: 'in-clause', span } : null;
}

/**
 * The last bracket of a text opened and not closed, holding a role label first (（责任单位：镇农业农…,
 * a clause whose closing bracket was not typed: …（牵头单位：A；参与单位：B。): the clause, read to the
 * text's end. `last` is the folded text without its trailing space.
 */
export function unclosedClause(last: string, from: number): ClauseSpan | null {
  let depth = 0;
  for (let i = last.length - 1; i >= from; i--) {
    const c = last[i] as string;
    if (c === ')' || c === '】' || c === ']') depth++;
    else if (OPENERS.includes(c)) {
      if (depth > 0) {
        depth--;
        continue;
      }
      let end = last.length;
      while (end > i + 1 && /[\uFFFD\s,、;。.]/.test(last[end - 1] as string)) end--;
      if (labelStarts(last.slice(i + 1, end))[0] !== 0 || openBefore(last, from, i)) return null;
      return { open: i, end: last.length, inner: [i + 1, end], bracketed: true };
    }
  }
  return null;
}

/**
 * Whether another bracket before `at` is left open too: one closing bracket not typed is a slip to
 * read past, but a text of brackets opened and never closed ((为(为(为…牵头单位:…) is no clause.
 */
function openBefore(last: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= from; i--) {
    const c = last[i] as string;
    if (c === ')' || c === '】' || c === ']') depth++;
    else if (OPENERS.includes(c)) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/**
 * Says once per item that its clause's bracket is not closed (see unclosedClause), where the input
 * goes on after the item: a bracket not typed, not a cut.
 */
export function reportUnclosed(ctx: ParseContext, item: Item, span: ClauseSpan): void {
  const seen = reported.get(ctx) ?? new Set<number>();
  reported.set(ctx, seen);
  if (seen.has(item.index)) return;
  seen.add(item.index);
  ctx.report('clause-unclosed', 'warning', "the bracket of this item's responsibility clause is not closed: the clause is read to the item's end", ctx.spanPosition(item, span.open, span.end));
}

/** Items already reported, per parse: a clause is read more than once while the outline is built. */
const reported = new WeakMap<ParseContext, Set<number>>();

/** Says once per item that the input ends in or right after its clause. */
export function reportCutEnd(ctx: ParseContext, item: Item, cut: CutEnd, start: number, unit: string | null): void {
  const seen = reported.get(ctx) ?? new Set<number>();
  reported.set(ctx, seen);
  if (seen.has(item.index)) return;
  seen.add(item.index);
  const end = cut.kind === 'in-clause' ? cut.span.end : item.match.trimEnd().length;
  const message = cut.kind === 'in-clause'
    ? `the input ends inside this item's responsibility clause: the clause is read as far as it goes${unit ? `, its last unit ("${unit}") cut short` : ', with no unit'}`
    : cut.scrap === '\uFFFD'
      ? "the input ends right after this item's responsibility clause, in a character cut in half, which is kept in the task's text as U+FFFD"
      : `the input ends after this item's responsibility clause, in a fragment of what followed ("${cut.scrap}"), which is kept in the task's text`;
  ctx.report('input-cut-off', 'warning', message, ctx.spanPosition(item, start, end));
}
