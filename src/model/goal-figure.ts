import type { Goal } from './types.js';

/**
 * The unit as the text writes it after the goal's figure: none for a multiple written in words
 * (翻一番), whose unit 倍 the model adds, nor for a share written in words (百分之十), whose % it
 * names before the numeral; the goal's unit otherwise (50家, 五十家).
 */
export function writtenUnit(goal: Pick<Goal, 'raw' | 'unit'>): string {
  return /番$|^[百千]分之/.test(goal.raw) ? '' : goal.unit;
}

/** The goal's figure as the text writes it: 1170件, 13.5%, 五十家, 百分之十, 翻一番. */
export function writtenFigure(goal: Pick<Goal, 'raw' | 'unit'>): string {
  return `${goal.raw}${writtenUnit(goal)}`;
}

/** The base year a relative goal is measured from, as a reader says it (较2020年), or ''. */
export function baseYearText(goal: Pick<Goal, 'baseYear'>): string {
  return goal.baseYear === undefined ? '' : `较${goal.baseYear}年`;
}
