import { commonScale, sameQuantity } from './goal-quantity.js';
import type { Goal } from './types.js';

/** 全区, 全市, 本县 …: the area a plan's targets are for, opening the first target's indicator. */
export const AREA_WORD = /^\s*(?:全|本|我)(?:区|市|县|省|州|盟|旗|镇|乡)/;

/** The indicator without an area word opening it (全区高新技术企业 → 高新技术企业). */
export function indicatorWithoutArea(indicator: string): string {
  return indicator.replace(AREA_WORD, '');
}

type Target = Pick<Goal, 'indicator' | 'value' | 'unit' | 'year'> & Partial<Pick<Goal, 'upTo'>>;

/**
 * Whether a target read from a row of a goal table (表1 主要指标) restates one the text states: for
 * the same year, under an indicator the text's holds (全区新建公共充电桩 over 新建公共充电桩), with
 * the same figure, as written or as one quantity in another scale (0.3万个 over 3000个). The plan
 * then has one target, the text's; the row's cell repeats it.
 */
export function restatesGoal(text: Target, row: Target): boolean {
  if (text.year !== row.year || !text.indicator.includes(row.indicator)) return false;
  return text.unit === row.unit ? text.value === row.value : sameQuantity(text, row);
}

/**
 * Whether a cell of an annex table (a 重点指标分解表 outside the goal section) restates a target the
 * text states: the same indicator once the plan's area word and what `key` folds (width, 繁体) are
 * set aside, the same year, and the same figure in the same unit or scale (200亿元; 1万个 over
 * 10000个). Stricter than restatesGoal, which holds for a row of the goal section's own table: an
 * annex's row worded otherwise (5G基站 beside 建成5G基站, 高标准农田建设面积 beside 建成高标准农田) may
 * count another thing, and is left to stand as its own.
 */
export function annexCellRestatesGoal(text: Target, cell: Target, key: (text: string) => string): boolean {
  if (text.year === undefined || text.year !== cell.year) return false;
  if (key(indicatorWithoutArea(text.indicator)) !== key(indicatorWithoutArea(cell.indicator))) return false;
  if (text.unit === cell.unit) return text.value === cell.value && (text.upTo ?? null) === (cell.upTo ?? null);
  return sameQuantity(text, cell);
}

/**
 * Whether two goals of one plan are targets for one indicator and year, whatever their figures:
 * the indicators the same but for the area word one opens with (the plan's own area, which a
 * sentence writes and a table row leaves out), measured alike (the same base year and kind of
 * change) and in one unit, whatever its scale. `key` folds what does not tell indicators apart
 * (width, 繁体).
 */
export function sameTarget(a: Goal, b: Goal, key: (text: string) => string): boolean {
  if (a.year === undefined || a.year !== b.year || (a.relative ?? null) !== (b.relative ?? null) || (a.baseYear ?? null) !== (b.baseYear ?? null)) return false;
  if (key(indicatorWithoutArea(a.indicator)) !== key(indicatorWithoutArea(b.indicator))) return false;
  return a.unit === b.unit || commonScale(a, b) !== null;
}
