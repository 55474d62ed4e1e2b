import { isValueHeader, TEXT_COLUMN } from './annex.js';
import { LEAD_COLUMN_SOURCE, PART_COLUMN_SOURCE } from '../text/role-words.js';

/**
 * The column of a goal table's indicators (指标, 指标名称, 主要指标): with (单位) after it, each row's
 * name carries its unit in brackets (企业开办时间（个工作日）), the table giving no column of units.
 */
const INDICATOR_COLUMN = /^(?:主要|具体|重点|发展|考核)?指标(?:名称|内容|项目)?(?:\((?:计量)?单位\))?$/;
/** Columns of figures over the plan's years, beside the years' own (年均增长, 累计, 五年累计). */
const PERIOD_VALUE = /^(?:年均(?:增长|增速|增幅|下降|降低)|(?:[二三四五六七八九十]年)?累计)/;
const UNIT_COLUMN = /^(?:计量)?单位$/;
/** A column of who answers for an indicator (责任单位, 牵头单位, 配合单位): goal tables often have one. */
const UNIT_ROLE_COLUMN = new RegExp(`^(?:${LEAD_COLUMN_SOURCE}|${PART_COLUMN_SOURCE})$`);

/**
 * Whether the lines from a 序号 alone on its line up to the first row's serial (1) are the header of
 * a goal table flattened one cell per line (序号 | 指标 | 单位 | 2022年 | 2025年, 序号 | 指标名称（单位）|
 * 2024年目标值): 序号, a column of indicators, one of figures at least (a year's or the targets'), and
 * nothing but the other names such tables give their columns. Such a run reads as a table's header
 * without a caption above it, as a task table's does (see isTaskHeaderRun); ordinary lines never do.
 */
export function isIndicatorHeaderRun(keys: readonly string[]): boolean {
  if (keys.length < 3 || !/^(?:序号|编号)$/.test(keys[0]!)) return false;
  return namesIndicatorColumns(keys.slice(1));
}

/**
 * The same header printed without a serial column (指标 | 单位 | 2025年): it opens with the column of
 * indicators, the rows then known by their shape under it, not by a serial.
 */
export function isUnnumberedIndicatorHeader(keys: readonly string[]): boolean {
  return keys.length >= 2 && opensIndicatorHeader(keys[0]!) && namesIndicatorColumns(keys);
}

/** Whether a line is the name of a goal table's column of indicators (指标, 指标名称, 主要指标（单位）). */
export const opensIndicatorHeader = (key: string): boolean => INDICATOR_COLUMN.test(key);

/** Whether a line may name a column of a goal table: its indicators', figures', units' or a note's. */
export const namesIndicatorTableColumn = (key: string): boolean =>
  INDICATOR_COLUMN.test(key) || isValueHeader(key) || PERIOD_VALUE.test(key) || UNIT_COLUMN.test(key) || TEXT_COLUMN.test(key) || UNIT_ROLE_COLUMN.test(key);

/** A column of indicators, one of figures at least, and only the other columns such tables have. */
function namesIndicatorColumns(keys: readonly string[]): boolean {
  let indicators = false;
  let figures = false;
  for (const key of keys) {
    if (INDICATOR_COLUMN.test(key)) indicators = true;
    else if (isValueHeader(key) || PERIOD_VALUE.test(key)) figures = true;
    else if (!UNIT_COLUMN.test(key) && !TEXT_COLUMN.test(key) && !UNIT_ROLE_COLUMN.test(key)) return false;
  }
  return indicators && figures;
}
