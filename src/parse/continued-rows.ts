import type { AnnexRow } from '../model/types.js';
import { matchMarker } from '../text/markers.js';

/** Where a task table's task text and numbers stand, for joining a task's text run on into the next row. */
export interface ContinuedColumns {
  /** The column of the task's text (重点任务, 具体措施). */
  task: number;
  /** The 序号 column, or -1. */
  serial: number;
}

const cellOf = (row: AnnexRow, i: number): string => (i >= 0 ? (row.cells[i] ?? '').trim() : '');

/** A text that is part of a sentence, not a name: a pause or a stop in it. */
const IN_SENTENCE = /[，,；;。]/;
/** A cell's text cut inside its sentence: it ends at a pause. */
const CUT_AT_PAUSE = /[，,、；;：:]$/;

/**
 * The rows with a task's text that runs on into the next row joined to it: a Markdown or text table
 * whose writer broke a long cell over two rows (`| 2 | 开展…专项整治，对发现的问题 | A | B |` over
 * `| | 建立台账，限期整改到位 | | |`). Such a row has no number and no text but the task's; it is
 * read as the rest of the task above, not as a group heading, when it is part of a sentence (the
 * text above stops at a pause, or its own has one) and the numbers go on across it (the next row
 * counts on from the row above, or there is none), since a group's heading opens new numbers or
 * stands as a name, without a pause. The joined row ends where the continuing row ends.
 */
export function joinContinuedRows(rows: readonly AnnexRow[], cols: ContinuedColumns): AnnexRow[] {
  if (cols.task < 0 || !rows.some((r) => !r.number)) return [...rows];
  const out: AnnexRow[] = [];
  for (const [j, row] of rows.entries()) {
    const above = out[out.length - 1];
    const own = cellOf(row, cols.task);
    const filled = row.cells.filter((c) => c.trim()).length;
    const continues =
      above !== undefined &&
      !row.number &&
      !cellOf(row, cols.serial) &&
      own !== '' &&
      filled === 1 &&
      /^\d+$/.test(above.number) &&
      cellOf(above, cols.task) !== '' &&
      matchMarker(own) === null &&
      (CUT_AT_PAUSE.test(cellOf(above, cols.task)) || IN_SENTENCE.test(own)) &&
      countsOn(above, rows.slice(j + 1).find((r) => r.number));
    if (!continues) {
      out.push(row);
      continue;
    }
    const cells = above.cells.map((c, i) => (i === cols.task ? c.trimEnd() + own : c));
    out[out.length - 1] = { ...above, cells, ...(above.indicator.trim() === cellOf(above, cols.task) ? { indicator: cells[cols.task] ?? '' } : {}), position: { start: above.position.start, end: row.position.end } };
  }
  return out;
}

/** Whether the next numbered row counts on from `above` (2, then 3), or there is none. */
function countsOn(above: AnnexRow, next: AnnexRow | undefined): boolean {
  if (!next) return true;
  return /^\d+$/.test(next.number) && Number(next.number) === Number(above.number) + 1;
}
