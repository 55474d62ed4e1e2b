import type { ClauseGoal } from './goal-clause.js';
import { goalFigureSource, goalUnitsSource } from './goal-figure-pattern.js';

/** The words that join the items of a list: 、 between them, 和 (及, 与) before the last. */
const JOINERS = '[、和及与]';
/** 5G基站、数字化车间分别达到2.5万个、300个: a list of targets whose figures follow in the same order. */
const RESPECTIVELY = /分别/;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The keyed sentence without a goal listed in a 分别 sentence (5G基站、数字化车间、智能工厂分别达到
 * 2.5万个、300个和30个): its indicator and its figure, each with the joiner beside it, as the sentence
 * reads with that target struck (5G基站、智能工厂分别达到2.5万个和30个). Null when the goal is not
 * such an item.
 */
export function withoutListedGoal(sentence: string, goal: ClauseGoal, keyOf: (text: string) => string): string | null {
  if (!RESPECTIVELY.test(sentence)) return null;
  const indicator = keyOf(goal.indicator);
  const source = goalFigureSource(goal, keyOf);
  if (!indicator || !source) return null;
  const rest = cutItem(sentence, escapeRegExp(indicator));
  if (rest === null) return null;
  return cutItem(rest, `${source}(?:${goalUnitsSource(goal, keyOf)})`);
}

/**
 * The text less the one list item matching `item` and a joiner beside it, or null when it has not
 * one such item. The first item stands after whatever opens the list (…，5G基站、 or 达到2.5万个、).
 */
function cutItem(text: string, item: string): string | null {
  const after = new RegExp(`(?<=^|[，,；;：:]|${JOINERS})${item}、`).exec(text) ?? new RegExp(`${item}、`).exec(text);
  if (after) return text.slice(0, after.index) + text.slice(after.index + after[0].length);
  const before = new RegExp(`${JOINERS}${item}(?![0-9.])`).exec(text);
  return before ? text.slice(0, before.index) + text.slice(before.index + before[0].length) : null;
}

/**
 * A 分别 list's joiners read alike (A、B和C, A、B、C): struck from A、B和C, C leaves A、B where the
 * text now writes A和B. Applied after the goals' indicators are masked, so that a 和 inside one
 * (研究和试验发展经费) stays.
 */
export function foldListJoiners(sentence: string): string {
  return RESPECTIVELY.test(sentence) ? sentence.replace(/[和及与]/g, '、') : sentence;
}
