import { writtenFigure, writtenUnit, writtenUnits } from '../model/goal-figure.js';
import type { Goal } from '../model/types.js';
import { fold } from '../text/fold.js';

type FigureGoal = Pick<Goal, 'raw' | 'unit' | 'qualifier' | 'upTo'>;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The dashes and words that join a range's two ends (3—5个, 10%-15%, 三至五个), as written or keyed. */
const RANGE_DASH = '[—–\\-－~～至到]';
/** A range's upper end as written: digits (with a point or thousands marks) or Chinese numerals. */
const UPPER_END = '(?:[0-9][0-9.,]*|[零〇一二三四五六七八九十百千两]+)';

/**
 * The goal's figure as the text writes it, without its closing unit, as a regular expression over
 * text keyed by `keyOf` (a diff key, or fold): the number, or for a target given as a range (3—5个,
 * 10%—15%, 8万—10万人) both ends and what joins them, so that the range is one figure wherever the
 * diff leaves a goal's figure to the goal. The lower end may carry its unit (10%—15%) or not (3—5个).
 */
export function goalFigureSource(goal: FigureGoal, keyOf: (text: string) => string): string | null {
  const raw = keyOf(goal.raw);
  if (!raw) return null;
  const lower = `(?<![0-9.])${escapeRegExp(raw)}`;
  if (goal.upTo === undefined) return lower;
  return `${lower}(?:[^0-9，,；;。、]{0,3}?${RANGE_DASH} ?${UPPER_END})?`;
}

/** The ways the text may write the goal's unit after its figure (see writtenUnits), as an alternation over keyed text. */
export function goalUnitsSource(goal: FigureGoal, keyOf: (text: string) => string): string {
  return writtenUnits(goal)
    .map((u) => escapeRegExp(keyOf(u)))
    .join('|');
}

/** The figure and its unit as the goal's sentence writes them when it can be found there (3—5个, 5000余人次), else built from the goal. */
export function goalFigureWritten(g: FigureGoal & Pick<Goal, 'sentence'>): string {
  const units = writtenUnits(g);
  const source = goalFigureSource(g, fold);
  if (source) {
    const written = new RegExp(`${source}(?:${goalUnitsSource(g, fold)})`).exec(fold(g.sentence))?.[0];
    if (written && (g.upTo === undefined || written.length > fold(writtenFigure(g)).length)) return written;
  }
  const unit = units[0] ?? writtenUnit(g);
  return g.upTo === undefined ? `${g.raw}${unit}` : `${g.raw}—${g.upTo}${unit}`;
}

