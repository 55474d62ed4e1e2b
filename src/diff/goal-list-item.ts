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
 * reads with that target struck (5G基站、智能工厂分别达到2.5万个和30个). A struck last item leaves its
 * 和 to the item before it (A、B和C less C is A和B). Null when the goal is not such an item.
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

/** The text less the one list item matching `item` and a joiner beside it, or null when it has not one such item. */
function cutItem(text: string, item: string): string | null {
  const after = new RegExp(`(?<=^|[，,；;：:]|${JOINERS})${item}、`).exec(text);
  if (after) return text.slice(0, after.index) + text.slice(after.index + after[0].length);
  const before = new RegExp(`(${JOINERS})${item}(?![0-9.])`).exec(text);
  if (!before) return null;
  const joiner = before[1] as string;
  const head = text.slice(0, before.index);
  const tail = text.slice(before.index + before[0].length);
  if (joiner === '、') return head + tail;
  // The last item struck: the 、 before the one now last becomes its joiner, within this list.
  const last = head.lastIndexOf('、');
  const stop = Math.max(...['，', ',', '；', ';', '。'].map((s) => head.lastIndexOf(s)));
  return last > stop ? `${head.slice(0, last)}${joiner}${head.slice(last + 1)}${tail}` : head + tail;
}
