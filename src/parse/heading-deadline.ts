/**
 * A deadline given once for a group of tasks in its heading's bracket, as a unit clause may be
 * (（一）推动产业数字化（本部分任务2024年底前完成）, （本部分任务完成时限：2024年底前）, （以下任务均于2025年
 * 6月底前完成）): the bracket is no part of the group's title, and each task under the heading that
 * says no deadline of its own takes it. Found in the folded copy (half-width brackets).
 */
import type { OutlineNode } from '../model/types.js';
import { fold } from '../text/fold.js';
import { deadlineSentence, mayHoldBareDeadline, ROLLED_OUT } from './deadline.js';
import { groupOpening, withDeadline } from './group-units.js';

/** A heading's deadline bracket: where the bracket opens in the text, and the deadline as written. */
export interface HeadingDeadline {
  open: number;
  deadline: string;
  /** The deadline's [from, to) in the text. */
  from: number;
  to: number;
}

/**
 * The bracket that ends a heading's text (`text` as written, `match` its folded copy) when it says
 * only when the group's tasks are due, after words that say whose they are (本部分任务, 以下任务,
 * 本项工作); null otherwise. A bare date in a heading's bracket is left alone: it may date the
 * heading's subject rather than its tasks.
 */
export function headingDeadline(text: string, match: string): HeadingDeadline | null {
  // Every such bracket ends the line and holds a year or a standing term: most headings fail here.
  let end = match.length;
  while (end > 0 && /[\s。.]/.test(match[end - 1] as string)) end--;
  if (match[end - 1] !== ')' || !mayHoldBareDeadline(match)) return null;
  const open = match.lastIndexOf('(', end - 1);
  if (open <= 0 || match.slice(open + 1, end - 1).includes(')')) return null;
  const inner = match.slice(open + 1, end - 1);
  const opening = groupOpening(inner);
  if (!opening) return null;
  const rest = opening.length + (/^(?:于|在)/.test(inner.slice(opening.length)) ? 1 : 0);
  const due = deadlineSentence(inner.slice(rest));
  if (!due) return null;
  const from = open + 1 + rest + due.from;
  const to = open + 1 + rest + due.to;
  return { open, deadline: text.slice(from, to), from, to };
}

/** The deadline each group's heading gives its tasks, kept beside the model, which has no place for it. */
const GROUP_DEADLINE = new WeakMap<OutlineNode, string>();

export function setGroupDeadline(node: OutlineNode, deadline: string): void {
  GROUP_DEADLINE.set(node, deadline);
}

/**
 * Gives the deadline of a group's heading, once the group is read, to the group if it is a task and
 * to each task under it that says none of its own (a task's own deadline wins, in its clause or in
 * its own words: …，2024年6月底前完成。). Boxes list projects, not tasks: they take none.
 */
export function giveGroupDeadline(group: OutlineNode): void {
  const given = GROUP_DEADLINE.get(group);
  if (!given) return;
  const visit = (node: OutlineNode): void => {
    if (node.kind === 'box') return;
    const r = node.responsibility;
    if (r && !r.deadline) node.responsibility = withDeadline(r, (node !== group ? ownDeadline(node.text) : null) ?? given);
    for (const child of node.children) visit(child);
  };
  visit(group);
}

/** Words of resolve or time before a task's own deadline (，力争2024年底前完成, 于2024年底前): no part of it. */
const DUE_LEAD = /^\s*(?:力争|确保|争取|务必|于|在)?/;
/** What makes a dated part a deadline rather than the year of an event (2025年，全区…): a term's end or a verb of completion (2025年全面推开 too). */
const DUE_MARK = new RegExp(`前|底|末|止|季度|半年|旬|完成|建成|实现|到位|见效|${ROLLED_OUT}`);

/**
 * The deadline a task states in its own words, as a part of a sentence of its own between stops or
 * commas (新建停车位500个，2024年6月底前完成。 / …，力争2024年底前完成。 / 2024年底前，完成…): the last
 * such part, as written. Only a dated one: a standing term (持续推进) says how, not by when.
 */
function ownDeadline(text: string): string | null {
  if (!/\d{4}|[〇零○]/.test(text)) return null;
  const match = fold(text);
  let found: string | null = null;
  for (const part of match.matchAll(/[^,;。()]+/g)) {
    const lead = DUE_LEAD.exec(part[0])?.[0].length ?? 0;
    const due = deadlineSentence(part[0].slice(lead));
    if (!due) continue;
    const from = (part.index ?? 0) + lead + due.from;
    const value = match.slice(from, (part.index ?? 0) + lead + due.to);
    if (/\d{4}|[〇零○]/.test(value) && DUE_MARK.test(value)) found = text.slice(from, from + value.length);
  }
  return found;
}
