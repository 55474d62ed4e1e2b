import { readsAsMeasureUnit } from '../text/measure-units.js';
import { unitListLine } from './unit-list-line.js';

/** The unit a line states for a table's figures: 单位：万元, 金额单位：万元, （单位：亿元）. */
const UNIT_LINE = /^\(? ?(?:金额|计量|数量|资金|投资)?单位 ?[:：] ?([^(),，。;；:：]{1,10}?) ?\)?$/;

/** The unit of a line that says only the table's unit (its folded text), or null. */
export function unitLine(match: string): string | null {
  const m = UNIT_LINE.exec(match.trim());
  return m && readsAsMeasureUnit(m[1]!) ? m[1]! : null;
}

/** A title ending in its table's unit (…年度安排表（单位：万元）): the unit, and where the bracket opens. */
export function titleUnit(match: string): { unit: string; at: number } | null {
  const m = /^(.+?) ?(\( ?(?:金额|计量|数量|资金|投资)?单位 ?[:：] ?([^(),，。;；:：]{1,10}?) ?\))$/.exec(match.trim());
  return m && readsAsMeasureUnit(m[3]!) ? { unit: m[3]!, at: m[1]!.length } : null;
}

/** Whether a line (folded) says only the units of a table's figures, one (单位：万台) or several (单位：亿元、%). */
export function statesTableUnits(match: string): boolean {
  return match.includes('单位') && (unitLine(match) !== null || unitListLine(match) !== null);
}
