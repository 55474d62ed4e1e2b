import type { AnnexTable } from '../model/types.js';
import { BASE_YEAR_HEADER, YEAR_HEADER, yearKey } from '../parse/annex.js';
import { fold } from '../text/fold.js';

export interface YearColumn {
  year: number;
  /** Index of the column in `columns` and in each row's `cells`. */
  index: number;
}

/** The columns of a yearly target table that are years (2020, 2021年, 2022年目标值, 2023年（亿元）), in order. */
export function yearColumns(table: AnnexTable): YearColumn[] {
  const out: YearColumn[] = [];
  table.columns.forEach((column, index) => {
    // Read as the parser reads headers: width folded (2025年（目标） is 2025年(目标)), without spaces.
    const m = YEAR_HEADER.exec(yearKey(fold(column).replace(/\s+/g, '')));
    if (m) out.push({ year: Number(m[1]), index });
  });
  return out.sort((a, b) => a.year - b.year);
}

/** A column of a base year's figures (2022年（基期）, 2024年现状值, 基期值（2022年）): its year and its key in a row's `values`. */
export interface BaseYearColumn {
  year: number;
  key: string;
}

/**
 * The table's base-year column before `before` (the plan's first year): the latest one headed as a
 * base (基期, 基准, 现状, 实际; see BASE_YEAR_HEADER), which states a level reached, so that the row's other years are
 * levels too. Null when no column is headed so: a bare year before the plan may hold that year's
 * additions as well as its level.
 */
export function baseYearColumn(table: AnnexTable, before: number): BaseYearColumn | null {
  const years = yearColumns(table);
  let found: BaseYearColumn | null = null;
  for (const { year, index } of years) {
    const header = table.columns[index] as string;
    if (year >= before || !BASE_YEAR_HEADER.test(yearKey(fold(header).replace(/\s+/g, '')))) continue;
    // Beside a target column of the same year, the base figure keeps its header as its key (see annex.ts).
    const key = years.some((c) => c.year === year && c.index !== index) ? header : String(year);
    if (!found || year > found.year) found = { year, key };
  }
  return found;
}
