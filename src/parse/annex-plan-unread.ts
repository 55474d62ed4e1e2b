import type { Annex } from '../model/types.js';
import { isPlanItem } from './annex-plan.js';
import { matchAnnexHead } from './annex.js';
import type { Item, ParseContext } from './context.js';
import { targetStatementStart } from './goals/headings.js';
import { readResponsibility, standaloneResponsibility } from './outline.js';

/**
 * A title that names a plan of work (…行动方案, …工作计划, …若干措施, …工作要点), an edition in
 * brackets (（试行）) after it. A 办法 or 细则 is a rule, an 指南 or 名单 a list: no plan.
 */
export const PLAN_TITLE = /(?:方案|计划|措施|规划|要点)(?:\([^()]{1,14}\))?$/;

/** What an annex that is a plan of its own holds: items with responsible units, paragraphs of targets. */
export interface AnnexedPlan {
  annex: Annex;
  tasks: number;
  targets: number;
}

/**
 * The annexes that are plans of their own (附件2 / 某某提升行动方案 / 一、… with 牵头单位 or 到2026年
 * targets), which the model does not read: it reads one plan per document, and such an annex stays
 * text in its body. `items` are the annexes' blocks (their 附件 heads included), `annexes` what
 * parseAnnexes made of them, in the same order.
 */
export function unreadAnnexPlans(ctx: ParseContext, items: readonly Item[], annexes: readonly Annex[], firstIsLead: boolean): AnnexedPlan[] {
  const out: AnnexedPlan[] = [];
  let n = -1;
  for (let k = 0; k < items.length; k++) {
    if (!matchAnnexHead(items[k]!.match)) continue;
    n++;
    const annex = annexes[n];
    let end = k + 1;
    while (end < items.length && !matchAnnexHead(items[end]!.match)) end++;
    // A table annex (a 重点任务分解表) is read as one; its rows may already be the plan's tasks.
    if (!annex || annex.table || annex.body.length === 0 || !PLAN_TITLE.test(ctx.normalize(annex.title).replace(/[《》〈〉]/g, '').trim())) continue;
    const own = items.slice(k + 1, end);
    // An outline of the plan's own (一、… (一)…), not a list of notes under a title.
    if (own.filter(isPlanItem).length < 2) continue;
    let tasks = 0;
    let targets = 0;
    for (const it of own) {
      if (readResponsibility(ctx, it, 0, firstIsLead, false) || standaloneResponsibility(ctx, it, firstIsLead)) tasks++;
      const at = targetStatementStart(it.match, true);
      if (at >= 0 && /\d/.test(it.match.slice(at))) targets++;
    }
    if (tasks + targets > 0) out.push({ annex, tasks, targets });
  }
  return out;
}

/** The diagnostic's words: which annex, and what of it the model lacks. */
export function unreadAnnexPlanMessage(p: AnnexedPlan): string {
  const holds = [
    p.tasks > 0 ? `${p.tasks} item${p.tasks === 1 ? '' : 's'} naming responsible units` : '',
    p.targets > 0 ? `${p.targets} paragraph${p.targets === 1 ? '' : 's'} of targets` : '',
  ].filter(Boolean);
  return `${p.annex.label}《${p.annex.title}》 is a plan of its own (${holds.join(', ')}): its tasks and goals are not in the model, which reads one plan per document; it is kept as the annex's body text`;
}
