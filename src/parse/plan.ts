import type { Attachment, Goal, OutlineNode, Period, Plan, Position, Safeguard } from '../model/types.js';
import { parseDate } from '../text/date.js';
import { matchMarker } from '../text/markers.js';
import type { Item, ParseContext } from './context.js';
import { extractGoals, isGoalHeading } from './goals.js';
import { collectTasks } from './tasks.js';
import { walk } from './outline.js';

/** The plan's title: up to three short lines before its first paragraph or item. */
export function findPlanTitle(items: Item[]): Item[] {
  const lines: Item[] = [];
  for (const item of items) {
    const t = item.match.trim();
    if (lines.length >= 3 || item.block.kind === 'table' || t.length > 60 || /[。;,:]/.test(t) || matchMarker(item.text) || parseDate(t)) break;
    if (item.block.kind === 'heading' && lines.length > 0) break;
    lines.push(item);
  }
  return lines;
}

/** Years a plan covers, from a title such as …(2020—2022年) or 2021年…方案. */
export function periodOf(...titles: Array<string | null | undefined>): Period {
  for (const title of titles) {
    if (!title) continue;
    const range = /((?:19|20)\d{2}) ?年? ?[—–\-~～至到]+ ?((?:19|20)\d{2}) ?年?/.exec(title);
    if (range) return { start: Number(range[1]), end: Number(range[2]) };
  }
  for (const title of titles) {
    if (!title) continue;
    const single = /((?:19|20)\d{2}) ?年/.exec(title);
    if (single) return { start: Number(single[1]), end: Number(single[1]) };
  }
  return { start: null, end: null };
}

const SAFEGUARD_HEADING = /保障|组织实施|实施保障|工作要求|组织领导/;

export function collectSafeguards(outline: OutlineNode[]): Safeguard[] {
  const part = outline.find((n) => SAFEGUARD_HEADING.test(n.title) && n.title.length <= 20);
  if (!part) return [];
  const nodes = part.children.length > 0 ? part.children : [part];
  return nodes.map((n) => ({
    number: n.number,
    label: n.label,
    title: n.title,
    text: n.paragraphs
      .slice(n === part ? 0 : 1)
      .map((p) => p.text)
      .join('\n')
      .trim(),
    position: n.position,
  }));
}

export function collectGoals(ctx: ParseContext, outline: OutlineNode[], itemAt: (offset: number) => Item | undefined): Goal[] {
  const goals: Goal[] = [];
  const seen = new Set<OutlineNode>();
  walk(outline, (node, ancestors) => {
    if (!isGoalHeading(ctx.normalize(node.title)) || ancestors.some((a) => seen.has(a))) return;
    seen.add(node);
    walk([node], (n) => {
      n.paragraphs.forEach((p, k) => {
        // The heading paragraph of a titled node holds no targets of its own beyond its text.
        if (k === 0 && n === node && p.text.length <= 20) return;
        const item = itemAt(p.position.start.offset);
        if (!item) return;
        const from = item.text.indexOf(p.text);
        goals.push(
          ...extractGoals({
            text: p.text,
            match: item.match.slice(from, from + p.text.length),
            position: (a, b) => ctx.spanPosition(item, from + a, from + b),
          }),
        );
      });
    });
  });
  return goals;
}

export interface PlanParts {
  title: string;
  titlePosition: Position | null;
  preamble: Item[];
  outline: OutlineNode[];
  attachments: Attachment[];
  titles: Array<string | null>;
}

export function assemblePlan(ctx: ParseContext, parts: PlanParts, itemAt: (offset: number) => Item | undefined): Plan {
  const { tasks, sections } = collectTasks(parts.outline);
  return {
    title: parts.title,
    titlePosition: parts.titlePosition,
    period: periodOf(...parts.titles),
    preamble: parts.preamble.map((p) => ({ text: p.text, position: ctx.blockPosition(p) })),
    parts: parts.outline.map((n) => ({ number: n.number, label: n.label, title: n.title, position: n.position })),
    sections,
    goals: collectGoals(ctx, parts.outline, itemAt),
    tasks,
    safeguards: collectSafeguards(parts.outline),
    attachments: parts.attachments,
  };
}
