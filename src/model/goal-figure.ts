import type { Goal } from './types.js';

/**
 * The unit as the text writes it after the goal's figure: none for a multiple written in words
 * (翻一番), whose unit 倍 the model adds; the goal's unit otherwise.
 */
export function writtenUnit(goal: Pick<Goal, 'raw' | 'unit'>): string {
  return /\d$/.test(goal.raw) ? goal.unit : '';
}

/** The goal's figure as the text writes it: 1170件, 13.5%, 翻一番. */
export function writtenFigure(goal: Pick<Goal, 'raw' | 'unit'>): string {
  return `${goal.raw}${writtenUnit(goal)}`;
}

/** The base year a relative goal is measured from, as a reader says it (较2020年), or ''. */
export function baseYearText(goal: Pick<Goal, 'baseYear'>): string {
  return goal.baseYear === undefined ? '' : `较${goal.baseYear}年`;
}
