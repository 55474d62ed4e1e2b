import type { FigureMeasure } from '../../text/measure-units.js';
import { alternation } from './target-figure.js';

/**
 * A rank as a target: 营商环境评价进入全省前3位, 数字经济规模进入全国前20名, 综合实力稳居全市前5强. The
 * figure after 前 is a place to reach or keep, a ceiling (3 or better); the verb of entering or
 * holding and the scope before 前 (全省, 全国同类城市) are not part of the subject. The goal reader
 * (figures.ts, clause-goals.ts) and the report of unread targets (unread-targets.ts) share these words.
 */

/** Verbs that put a rank after them, with its scope: 进入全省前3位, 稳居全国前10名. */
export const RANK_VERBS = ['进入', '跻身', '迈入', '挺进', '保持', '保持在', '稳居', '位居', '位列', '位于', '稳定在', '排名', '排在', '居于', '晋级'];
/** Units a rank is counted in after 前: 位, 名, 强, 位次. */
const RANK_UNIT = /^ ?(位次|位|名|强)/;
/** The scope between the verb and 前: a few words, no figure and no stop. */
const SCOPE = '[\\u4e00-\\u9fff“”"]{0,12}?';
/**
 * The verb, its scope and 前 at the end of the words before a figure. The greedy start takes the
 * last verb (排名保持全省前: 保持), an adverb of holding before it (稳定保持) with it.
 */
const RANK_HEAD = new RegExp(`^([^]*)(${alternation(RANK_VERBS)}) ?(${SCOPE}前) ?$`);
/** An adverb of holding before the verb (稳定保持, 持续位居): part of the verb, not of the subject. */
const ADVERB = /(?:稳定|持续|始终|继续|长期) ?$/;

/** The unit of a rank figure, when the figure at [index, end) stands after 前; null if it is no rank. */
export function rankUnitAt(clause: string, index: number, end: number): FigureMeasure | null {
  // Runs on figures that no unit word took, and on 名: a cheap test before the regex.
  const before = clause.charAt(index - 1) === ' ' ? clause.charAt(index - 2) : clause.charAt(index - 1);
  if (before !== '前') return null;
  const unit = RANK_UNIT.exec(clause.slice(end));
  return unit ? { unit: unit[1] as string, end: end + unit[0].length } : null;
}

/**
 * The verb and scope of a rank at the end of `words` (the words before its figure): the verb as
 * written (进入, 稳定保持), the scope with 前 (全省前), and the length they take at the end of `words`.
 * Null if `words` do not end so (前3位 alone, with no verb, is no target).
 */
export function rankHead(words: string): { verb: string; scope: string; length: number } | null {
  if (!words.includes('前')) return null;
  const m = RANK_HEAD.exec(words);
  if (!m) return null;
  const subject = m[1] as string;
  const adverb = ADVERB.exec(subject)?.[0].length ?? 0;
  const verb = words.slice(subject.length - adverb, subject.length + (m[2] as string).length);
  return { verb, scope: m[3] as string, length: words.length - subject.length + adverb };
}

/** A rank written after its verb, in a goal paragraph (进入全省前3位): the verb and the figure. */
export const RANK_TARGET = new RegExp(`(${alternation(RANK_VERBS)}) ?${SCOPE}前 ?(\\d+)(?=位|名|强)`, 'g');

