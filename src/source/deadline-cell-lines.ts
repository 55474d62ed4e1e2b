import { DEADLINE_COLUMN } from '../text/task-columns.js';

/** A header of a column saying when a task is due (完成时限, 时间节点 …), its spaces and bracketed note left out. */
export const namesDeadlineColumn = (header: string): boolean => DEADLINE_COLUMN.test(header.replace(/\s+/g, '').replace(/[(（][^)）]*[)）]$/, ''));

/** A line opening with a date of its own: a year with 年 or a dotted month (2026年12月底前, 2026.6). */
const OPENS_WITH_YEAR = /^(?:19|20)\d{2}\s*(?:年|[.．]\d)/;
/** A line ending at a pause or inside a date (2025年6月底前完成方案，, 2025年): the text runs on past the break. */
const RUNS_ON = /[，,、；;：:]$|(?:19|20)\d{2}\s*年?$/;

/**
 * Whether each line break of a 完成时限 cell parts two of its times: a cell giving one date a line
 * (`2025年6月底前<br>2026年12月底前`, `<p>2025年6月底前启动</p><p>2026年12月底前完成</p>`) keeps them
 * apart, as a unit cell keeps its units, rather than gluing `…底前2026年…` into one. A break parts
 * where the next line opens with a year of its own and the line before it does not run on; any other
 * break (a date cut by the wrap, 2025年 / 6月底前) joins. Null when no break parts: the cell is read as any other.
 */
export function deadlineCellLines(lines: readonly string[]): ((ordinal: number) => boolean) | null {
  const parts = (k: number): boolean => OPENS_WITH_YEAR.test(lines[k + 1] ?? '') && (lines[k] ?? '') !== '' && !RUNS_ON.test(lines[k]!);
  return lines.some((_, k) => k + 1 < lines.length && parts(k)) ? parts : null;
}
