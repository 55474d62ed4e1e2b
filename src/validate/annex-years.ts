import type { AnnexTable } from '../model/types.js';
import { YEAR_HEADER, yearKey } from '../parse/annex.js';
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
