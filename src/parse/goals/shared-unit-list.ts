import { MARKED_NUMBER } from './target-figure.js';
import { THOUSANDS_MARK } from '../../text/thousands.js';

/**
 * A list of targets after 分别 whose unit is written once, after its last figure (PM2.5年均浓度分别
 * 控制在36、34和32微克/立方米以内, 优良天数比例分别达到80、82、85%): the figures before the last are
 * written bare, and carry the last one's unit and bound. Used by figures.ts, which finds only figures
 * with a unit after them.
 */
export interface BareListed {
  /** The figure as written in the matching copy (thousands separators marked). */
  raw: string;
  /** Offsets of the figure in the clause. */
  index: number;
  end: number;
}

/** A bare figure and the separator after it, at the end of the text before a listed figure. */
const BARE_BEFORE = new RegExp(`(?<![\\d.${THOUSANDS_MARK}])(${MARKED_NUMBER}) ?(?:、|和|及|与|以及) ?$`);
/** 分别 and the verb of the list (分别达到, 分别控制在, 分别下降), right before its first figure. */
const RESPECTIVE_BEFORE = /分别 ?[\u4e00-\u9fff]{0,6} ?$/;

/**
 * The bare figures listed before the figure at `index` of the clause, in order, when the list
 * opens right after 分别 and its verb; none otherwise (3、4月, 第1、2批 are no such lists).
 */
export function bareListedBefore(clause: string, index: number): BareListed[] {
  // Runs on every figure of a goal clause: a cheap test before the regexes.
  const before = clause.charAt(index - 1) === ' ' ? clause.charAt(index - 2) : clause.charAt(index - 1);
  if (!'、和及与'.includes(before) || !clause.includes('分别')) return [];
  const out: BareListed[] = [];
  let at = index;
  for (;;) {
    // A figure and its separator are short: the words just before `at` hold them.
    const from = Math.max(0, at - 30);
    const m = BARE_BEFORE.exec(clause.slice(from, at));
    // A longer number cut by the window is none of the list's.
    if (!m || (m.index === 0 && from > 0 && (/\d|\./.test(clause.charAt(from - 1)) || clause.charAt(from - 1) === THOUSANDS_MARK))) break;
    const raw = m[1] as string;
    out.unshift({ raw, index: from + m.index, end: from + m.index + raw.length });
    at = from + m.index;
  }
  return out.length > 0 && RESPECTIVE_BEFORE.test(clause.slice(Math.max(0, at - 12), at)) ? out : [];
}
