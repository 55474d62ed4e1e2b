import type { AnnexTable } from '../model/types.js';
import { readsAsMeasureUnit } from '../text/measure-units.js';

/** A line stating the units of a table's figures, several of them: 单位：亿元、%, （单位：万元，个）. */
const UNIT_LIST_LINE = /^[(（]? ?(?:金额|计量|数量|资金|投资)?单位 ?[:：] ?([^()（）。;；:：]{3,40}?) ?[)）]?$/;

/**
 * The units a line lists for a table's figures (单位：亿元、% → 亿元, %), or null when it lists
 * fewer than two or any item is no unit: a line that names one unit is read by unitLine.
 */
export function unitListLine(match: string): string[] | null {
  const t = match.trim();
  if (!t.includes('单位')) return null;
  const m = UNIT_LIST_LINE.exec(t);
  if (!m) return null;
  const units = m[1]!.split(/ ?[、,，/／] ?/).map((u) => u.trim());
  return units.length >= 2 && units.every((u) => u !== '' && readsAsMeasureUnit(u)) && new Set(units).size === units.length ? units : null;
}

/** An indicator that states a share or a rate (…占GDP比重, 覆盖率, 增速): its figures are percentages. */
const RATIO_INDICATOR = /(?:比重|比例|占比|比率|率|增速|增幅|增长|比值)$/;

/** Units of money (亿元, 万元), and an indicator that states an amount of money (增加值, 营业收入, 投资额). */
const MONEY_UNIT = /^(?:亿|万|千)?(?:美)?元$/;
const MONEY_INDICATOR = /(?:增加值|产值|收入|营收|规模|投资|总额|额|资金|金额|利润|税收|消费|生产总值|GDP)$/;

/**
 * Gives the rows that state no unit one of the listed units where the list leaves no doubt: `%` to
 * an indicator of a share or a rate, a unit of money to an amount of money when the list has one
 * (单位：亿元、家: 增加值 in 亿元), and the list's one other unit to the others (工业互联网平台 in 家).
 * A row that fits none (two units of money, or two counts) keeps no unit, as before.
 */
export function applyUnitList(table: AnnexTable, units: readonly string[]): void {
  const percent = units.includes('%') || units.includes('％');
  const others = units.filter((u) => u !== '%' && u !== '％');
  const money = others.filter((u) => MONEY_UNIT.test(u));
  const counts = others.filter((u) => !MONEY_UNIT.test(u));
  for (const row of table.rows) {
    if (row.unit !== null) continue;
    const indicator = row.indicator.replace(/[(（][^()（）]*[)）]$/, '').trim();
    const ratio = RATIO_INDICATOR.test(indicator);
    if (ratio && percent) row.unit = '%';
    else if (ratio) continue;
    else if (others.length === 1) row.unit = others[0]!;
    else if (MONEY_INDICATOR.test(indicator)) {
      if (money.length === 1) row.unit = money[0]!;
    } else if (counts.length === 1) row.unit = counts[0]!;
  }
}
