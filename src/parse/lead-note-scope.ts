import type { OutlineNode, Responsibility } from '../model/types.js';
import { resolve, statesFirstIsLead, statesFirstIsLeadForAll } from './responsibility.js';

/**
 * How far a document's statement that the first unit listed leads (列第一位者为牵头单位) reaches:
 * the whole document, or only from where it is said on (…（责任单位：A、B，列第一位者为牵头单位，
 * 下同）in the clause of a task: 下同 speaks of that task and those after it, not of those above).
 */
export type FirstIsLeadScope = 'all' | 'onward';

/** A note line (注：…, 说明：…) speaks of the document it closes, whatever it says of 下同. */
const NOTE_LINE = /^\s*(?:注|备注|说明)\s*\d*\s*[:.、]/;

/**
 * The reach of the statement in a block's matching copy, or null when it makes none for more than
 * its own clause. Only a 下同 of the statement itself (in its bracket or sentence) limits it:
 * （简称一致性评价，下同）elsewhere in the block says nothing of who leads.
 */
export function firstIsLeadScope(match: string): FirstIsLeadScope | null {
  if (!statesFirstIsLeadForAll(match)) return null;
  if (NOTE_LINE.test(match)) return 'all';
  for (let at = match.indexOf('下同'); at >= 0; at = match.indexOf('下同', at + 2)) {
    const from = Math.max(match.lastIndexOf('(', at), match.lastIndexOf('。', at)) + 1;
    const ends = [match.indexOf(')', at), match.indexOf('。', at)].filter((k) => k >= 0);
    if (statesFirstIsLead(match.slice(from, ends.length > 0 ? Math.min(...ends) : match.length))) return 'onward';
  }
  return 'all';
}

/**
 * Reads again, as if the document said nothing of who leads, the clauses of the tasks above
 * `offset` (where a 下同 statement stands) that took their lead from it: each of their units is
 * responsible (A、B gives both as leads). A clause that says so itself (A、B，列第一位的为牵头单位),
 * or that names its roles, keeps its reading.
 */
export function holdFirstIsLeadFrom(roots: readonly OutlineNode[], offset: number, normalize: (text: string) => string): void {
  for (const node of roots) {
    if (node.position.start.offset >= offset) return;
    const r = node.responsibility;
    if (r && r.position.start.offset < offset && !statesFirstIsLead(normalize(r.text))) node.responsibility = readWithoutNote(r);
    holdFirstIsLeadFrom(node.children, offset, normalize);
  }
}

function readWithoutNote(r: Responsibility): Responsibility {
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((u, k) => u === b[k]);
  const drop = (participants: string[], lead: string[]): string[] => participants.filter((u) => !lead.includes(u));
  // Only a reading the statement made: one that names its lead (牵头单位：A) is the same either way.
  const noted = resolve(r.roles, true);
  if (!same(r.lead, noted.lead) || !same(r.participants, drop(noted.participants, noted.lead))) return r;
  const plain = resolve(r.roles, false);
  return { ...r, lead: plain.lead, participants: drop(plain.participants, plain.lead) };
}
