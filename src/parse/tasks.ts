import type { OutlineNode, Section, Task } from '../model/types.js';
import { substanceKey } from '../text/fold.js';
import { walk } from './outline.js';

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, dependency-free identities. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The item's text without its responsibility clause. */
function bodyText(node: OutlineNode): string {
  const r = node.responsibility;
  if (!r) return node.text.trim();
  if (r.standalone) {
    // The clause's own paragraph (责任单位：A。 / （牵头单位：A）) is the last of the item's; it is
    // not part of what the task says.
    const at = node.text.lastIndexOf(r.text);
    const lineStart = at < 0 ? -1 : node.text.lastIndexOf('\n', at);
    const ownParagraph =
      lineStart >= 0 && /^[(（【[\s]*$/.test(node.text.slice(lineStart + 1, at)) && /^[)）】\]。.;；\s]*$/.test(node.text.slice(at + r.text.length));
    return (ownParagraph ? node.text.slice(0, lineStart) : node.text).trim();
  }
  const at = node.text.lastIndexOf(r.text);
  if (at <= 0) return node.text.trim();
  const end = at + r.text.length;
  // A bracketed clause goes with its brackets; a labelled last sentence with its full stop.
  if (r.bracketed === false) return (node.text.slice(0, at).replace(/[—–-]{1,2}\s*$/, '') + node.text.slice(end).replace(/^[。.;；]/, '')).trim();
  return (node.text.slice(0, at - 1) + node.text.slice(end + 1)).trim();
}

/**
 * Task ids: the hash of the title, so an id survives renumbering and moves between groups. Tasks
 * that share a title add their group's title (and, within one group, their rank in it), so that
 * deleting the first of two 加强宣传推广 does not hand its id to the second: an id counted by
 * occurrence in the document did, and the removed task's id then named a task still there.
 */
function taskIds(tasks: ReadonlyArray<{ node: OutlineNode; parent: OutlineNode | null }>): string[] {
  const bases = tasks.map(({ node }) => `task-${shortHash(substanceKey(node.title || node.text))}`);
  const count = new Map<string, number>();
  for (const base of bases) count.set(base, (count.get(base) ?? 0) + 1);
  const seen = new Map<string, number>();
  return bases.map((base, k) => {
    if (count.get(base) === 1) return base;
    const group = `${base}-${shortHash(substanceKey(tasks[k]?.parent?.title ?? ''))}`;
    const rank = (seen.get(group) ?? 0) + 1;
    seen.set(group, rank);
    return rank === 1 ? group : `${group}-${rank}`;
  });
}

/**
 * Tasks are the outline items that carry a responsibility clause, at whatever level. Their id
 * hashes the title, so it survives renumbering and moves between groups (see taskIds).
 */
export function collectTasks(outline: OutlineNode[]): { tasks: Task[]; sections: Section[] } {
  const found: Array<{ node: OutlineNode; parent: OutlineNode | null; ancestors: OutlineNode[] }> = [];
  walk(outline, (node, ancestors) => {
    if (node.responsibility) found.push({ node, parent: ancestors[ancestors.length - 1] ?? null, ancestors });
  });
  const ids = taskIds(found);
  const tasks: Task[] = [];
  const sections: Section[] = [];
  const seenSections = new Set<OutlineNode>();
  found.forEach(({ node, parent, ancestors }, k) => {
    if (!node.responsibility) return;
    tasks.push({
      id: ids[k] as string,
      number: node.number,
      label: node.label,
      path: [...ancestors.map((a) => a.label || a.title), node.label || node.title],
      title: node.title,
      text: bodyText(node),
      section: parent ? { number: parent.number, title: parent.title } : null,
      lead: [...node.responsibility.lead],
      participants: [...node.responsibility.participants],
      roles: node.responsibility.roles.map((r) => ({ ...r, units: [...r.units] })),
      ...(node.responsibility.deadline ? { deadline: node.responsibility.deadline } : {}),
      position: node.position,
    });
    if (parent && !seenSections.has(parent)) {
      seenSections.add(parent);
      sections.push({ number: parent.number, label: parent.label, title: parent.title, position: parent.position });
    }
  });
  return { tasks, sections };
}
