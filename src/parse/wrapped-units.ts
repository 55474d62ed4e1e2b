import type { Responsibility } from '../model/types.js';
import type { Item, ParseContext } from './context.js';
import { labelStarts, plausibleUnits, resolve, splitUnits } from './responsibility.js';

/** Where the value of a clause line starts, past its label: 责任单位： / 【配合单位】. */
const LABEL_THEN_VALUE = /^(?:[^:]{2,10}:|[【[][^】\]]{2,8}[】\]]\s*:?)\s*/;

/** Words that end the last line of a clause: a stop says the list is over. */
const LIST_ENDED = /[。;.]\s*$/;
/** A list separator that ends a line: the list goes on on the next. */
const LIST_GOES_ON = /[、,]\s*$/;

/**
 * A line that goes on with the units of the labelled clause line above it, as a list set out in
 * columns wraps them (责任单位：县教育局 / 　　　　　县公安局 / 　　　　　县卫健局, or a page's <br>s):
 * the clause with the line's units added to its last role, or null. The line holds only names
 * that read as bodies, and is tied to the list: it starts where the list's first name does, the
 * list's line ends with 、 or a comma, or only a <br> stands between the two lines. A line of
 * names elsewhere (a signature, far to the right) is not taken in.
 */
export function wrappedUnits(ctx: ParseContext, r: Responsibility, item: Item, firstIsLead: boolean): Responsibility | null {
  const body = item.match.trim();
  if (body.length < 2 || body.length > 60 || /[:。;,]/.test(body.replace(/[、,]$/, '')) || r.deadline) return null;
  const lines = r.text.split('\n');
  const last = ctx.normalize(lines[lines.length - 1] as string);
  // The clause's text leaves out the stop that ends its line: the source shows it.
  const after = ctx.source.text.slice(r.position.end.offset, r.position.end.offset + 1);
  if (LIST_ENDED.test(last) || LIST_ENDED.test(ctx.normalize(after))) return null;
  const first = ctx.normalize(lines[0] as string);
  if (labelStarts(first)[0] !== 0) return null;
  const list = body.replace(/[、,]$/, '');
  if (!plausibleUnits(list)) return null;
  if (!LIST_GOES_ON.test(last) && !alignedUnderValue(ctx, r, first, item) && !afterBreak(ctx, item)) return null;
  const lead = item.match.length - item.match.trimStart().length;
  const units = splitUnits(item.text.slice(lead, lead + list.length));
  const role = r.roles[r.roles.length - 1];
  if (!role || units.length === 0) return null;
  const roles = [...r.roles.slice(0, -1), { ...role, units: [...role.units, ...units] }];
  const { lead: leads, participants } = resolve(roles, firstIsLead);
  const end = ctx.blockPosition(item).end;
  return { ...r, text: `${r.text}\n${item.text.trim()}`, roles, lead: leads, participants, position: { start: r.position.start, end } };
}

/** Whether the line starts in the column where the clause line's first unit does (one off for a half-width mark). */
function alignedUnderValue(ctx: ParseContext, r: Responsibility, first: string, item: Item): boolean {
  const label = LABEL_THEN_VALUE.exec(first);
  if (!label) return false;
  const column = ctx.blockPosition(item).start.column;
  return Math.abs(column - (r.position.start.column + label[0].length)) <= 1;
}

/** Whether only a line break tag (<br>) stands between the line and the block before it. */
function afterBreak(ctx: ParseContext, item: Item): boolean {
  const before = ctx.source.blocks[item.index - 1];
  if (!before || ctx.source.format !== 'html') return false;
  const between = ctx.source.text.slice(before.end, item.block.start);
  return between.length < 40 && /^\s*<br\s*\/?>\s*$/i.test(between);
}
