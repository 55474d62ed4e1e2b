import type { Goal } from './types.js';

/**
 * The unit as the text writes it after the goal's figure: none for a multiple written in words
 * (翻一番), whose unit 倍 the model adds, nor for a share written in words (百分之十, 四成), whose %
 * the numeral itself says; the goal's unit otherwise (50家, 五十家).
 */
export function writtenUnit(goal: Pick<Goal, 'raw' | 'unit'>): string {
  return /番$|^[百千]分之|成$/.test(goal.raw) ? '' : goal.unit;
}

/**
 * The ways the text may write the goal's unit after its figure: writtenUnit, or, for a floor
 * written with 余 or 多 inside the unit (qualifier 余), that word after the figure or after the
 * unit's magnitude (5000余人次, 3.6万余人, 110余亿元).
 */
export function writtenUnits(goal: Pick<Goal, 'raw' | 'unit' | 'qualifier'>): string[] {
  const unit = writtenUnit(goal);
  const over = (goal.qualifier ?? '').split('、').find((q) => q === '余' || q === '多');
  if (!over) return [unit];
  const magnitude = /^(?:万亿|万|亿)/.exec(unit)?.[0] ?? '';
  const forms = [over + unit, magnitude + over + unit.slice(magnitude.length)];
  return [...new Set(forms)];
}

/** The goal's figure as the text writes it: 1170件, 13.5%, 五十家, 百分之十, 翻一番. */
export function writtenFigure(goal: Pick<Goal, 'raw' | 'unit'>): string {
  return `${goal.raw}${writtenUnit(goal)}`;
}

/** The base year a relative goal is measured from, as a reader says it (较2020年), or ''. */
export function baseYearText(goal: Pick<Goal, 'baseYear'>): string {
  return goal.baseYear === undefined ? '' : `较${goal.baseYear}年`;
}
