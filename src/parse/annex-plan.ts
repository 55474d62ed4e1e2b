import { matchMarker } from '../text/markers.js';
import { matchAnnexHead } from './annex.js';
import type { Attachment } from '../model/types.js';
import { PLAN_TITLE } from './annex-plan-unread.js';
import type { Item } from './context.js';

/** Outline kinds that make a run of text a plan or a regulation rather than an annex's notes. */
const PLAN_KINDS = new Set(['chinese', 'paren-chinese', 'part', 'chapter', 'article']);

/** An item numbered as a plan's or a regulation's parts are (一、, (一), 第一章, 第一条). */
export const isPlanItem = (item: Item): boolean => {
  const marker = matchMarker(item.text);
  return marker !== null && PLAN_KINDS.has(marker.kind);
};

/**
 * A notice that prints its plan as 附件 (附件 / 某区工作方案 / 一、…) has nothing between its date
 * and the annexes: the first annex, when it holds numbered parts, is the plan. Returns how many
 * items of `annexRegion` it takes (its 附件 heading included), or 0.
 */
export function planInAnnex(planRegion: readonly Item[], annexRegion: readonly Item[]): number {
  if (planRegion.some(isPlanItem)) return 0;
  const head = annexRegion[0];
  if (!head || matchAnnexHead(head.match)?.title !== '') return 0;
  let end = 1;
  while (end < annexRegion.length && !matchAnnexHead(annexRegion[end]!.match)) end++;
  const body = annexRegion.slice(1, end);
  const planItems = body.filter(isPlanItem).length;
  if (planItems >= 2) return end;
  // 附件 / 某区2024年工作要点 / 1.… 2.…: a plan titled as one (方案, 计划, 要点 …) whose items are
  // numbered 1. 2. only, or stand under a single part, is the plan all the same.
  const title = body[0];
  if (!title || matchMarker(title.text) !== null || !PLAN_TITLE.test(title.match.trim().replace(/[《》〈〉\s]/g, ''))) return 0;
  const numbered = body.filter((it) => matchMarker(it.text) !== null).length;
  return planItems >= 1 || numbered >= 2 ? end : 0;
}

/**
 * A notice that prints its plan straight under the 附件 line naming it (附件：某区实施方案 / 为…，制定本方案。
 * / 一、…): that line heads the plan and gives its title, rather than listing an annex the input
 * lacks. Only when the line names one plan, the plan has no title line of its own, and its parts
 * (two or more 一、 or (一)) start right under the line.
 */
export function isPlanHeadedByAttachment(entries: readonly Attachment[], next: Item | undefined, planRegion: readonly Item[], planHasTitle: boolean): boolean {
  if (planHasTitle || entries.length !== 1 || !next || planRegion[0] !== next) return false;
  if (!PLAN_TITLE.test(entries[0]!.title.replace(/[《》〈〉\s]/g, ''))) return false;
  return planRegion.filter(isPlanItem).length >= 2;
}
