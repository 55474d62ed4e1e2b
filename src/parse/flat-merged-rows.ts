import type { Position } from '../model/types.js';
import { columnKinds, lineFitsColumn, type ColumnKind } from './flat-wrapped-cells.js';
import { unitColumns } from './flat-unit-cells.js';

/**
 * Rows of a task table flattened one cell per line whose cells were merged or left empty in the
 * table they came from, so that a row has fewer lines than the header has columns:
 *
 * - a 重点任务 cell spanning the measures of its group is written once, on its first row
 *   (`2 | 推进算力中心建设 | 区发展改革委 | …` under `序号 | 重点任务 | 具体措施 | 牵头单位 | …`);
 * - an empty cell is left out (`2 | 开展…行动 | 区司法局 | 2024年9月`, no 配合单位);
 * - a 序号 and 重点任务 cell shared by two measures is written once, so the second measure's lines
 *   follow the first's with no serial of their own (`… | 2024年10月 | 推进… | 区生态环境局 | …`).
 *
 * A row is laid out on the header's columns only where its lines can stand in one way that puts
 * each under a column that can hold it (a date under 完成时限, units under a unit column, a task's
 * words under a column of text); a cell merged from the row above is a copy of that row's cell, as
 * an HTML rowspan is laid out on the grid. Where the readings that hold differ, a reading is taken
 * only when its missing cells are far the likelier ones (a group cell merged with the row above, an
 * empty 配合单位, before an empty deadline, before an empty lead); otherwise none is.
 */

interface RowLine {
  text: string;
  match: string;
  position: Position;
}

export interface MergedCells<T> {
  /** A cell left empty, standing right after `after` (the cell before it, or the row's first). */
  blank: (after: T, before: boolean) => T;
  /** A copy of the row above's cell, merged down into this row. */
  merged: (above: T) => T;
}

/** The columns a row's lines are read against: each column's kind, and which are tasks' or groups'. */
interface Layout {
  kinds: ColumnKind[];
  lead: Set<number>;
  /** The column of the task itself (具体措施, or 重点任务 alone): its cell is never missing. */
  task: number;
  /** Columns of text before the task's (重点任务 over 具体措施): cells that may span rows. */
  groups: Set<number>;
}

/** Header words of a column naming the task or its group (重点任务, 具体措施, 工作内容). */
const TASK_WORDS = /任务|工作|举措|措施|事项|内容|项目/;

function layoutOf(headerKeys: readonly string[]): Layout | null {
  const kinds = columnKinds(headerKeys);
  const units = unitColumns(headerKeys);
  if (units.cols.length === 0) return null;
  const tasks = kinds.flatMap((k, i) => (k === 'text' && TASK_WORDS.test(headerKeys[i]!) ? [i] : []));
  const task = tasks[tasks.length - 1];
  if (task === undefined) return null;
  return { kinds, lead: units.lead, task, groups: new Set(tasks.slice(0, -1)) };
}

/** The ways of choosing `n` of the columns `from`, in order. */
function choose(from: readonly number[], n: number): number[][] {
  if (n === 0) return [[]];
  if (from.length < n) return [];
  const [first, ...rest] = from;
  return [...choose(rest, n - 1).map((c) => [first!, ...c]), ...choose(rest, n)];
}

/** The most cells a row is read as missing: beyond it, the row is too far from the header to place. */
const MAX_MISSING = 2;

/**
 * How unlikely a column's cell is to be missing from a row (undefined: it never is). A group cell
 * is merged with the row above's; a 配合单位 cell is the one most often left empty, a deadline less
 * often, a lead cell hardly ever; a serial or the task's own words never.
 */
function missingCost(layout: Layout, col: number, above: readonly RowLine[] | null): number | undefined {
  const kind = layout.kinds[col]!;
  if (layout.groups.has(col)) return above && (above[col]?.match.trim() ?? '') !== '' ? 1 : undefined;
  if (kind === 'units') return layout.lead.has(col) ? 3 : 1;
  if (kind === 'deadline') return 2;
  if (kind === 'text' && col !== layout.task) return 2;
  return undefined;
}

/**
 * A row with fewer lines than the header has columns, laid out on the columns with its missing
 * cells merged from the row above (group cells) or empty; null when no one likeliest reading puts
 * every line under a column that can hold it.
 */
export function fitShortRow<T extends RowLine>(row: readonly T[], headerKeys: readonly string[], above: readonly T[] | null, make: MergedCells<T>): T[] | null {
  const width = headerKeys.length;
  const missing = width - row.length;
  if (missing <= 0 || missing > MAX_MISSING || row.length < 2) return null;
  const layout = layoutOf(headerKeys);
  if (!layout) return null;
  const open = headerKeys.map((_, k) => k).filter((k) => missingCost(layout, k, above) !== undefined);
  let best: { cells: T[]; cost: number } | null = null;
  let tied = false;
  for (const gaps of choose(open, missing)) {
    const cells: T[] = [];
    let at = 0;
    let fits = true;
    for (let k = 0; k < width && fits; k++) {
      if (gaps.includes(k)) {
        const cell = row[Math.min(at, row.length - 1)]!;
        cells.push(layout.groups.has(k) ? make.merged(above![k]!) : make.blank(at > 0 ? row[at - 1]! : cell, at === 0));
        continue;
      }
      const cell = row[at++]!;
      fits = lineFitsColumn(layout.kinds[k]!, cell.match);
      cells.push(cell);
    }
    if (!fits) continue;
    const cost = gaps.reduce((n, k) => n + missingCost(layout, k, above)!, 0);
    if (best === null || cost < best.cost) {
      best = { cells, cost };
      tied = false;
    } else if (cost === best.cost) tied = true;
  }
  return best && !tied ? best.cells : null;
}

/** The most readings of a row's lines sought: past one, none is taken. */
const MAX_READINGS = 2;

/**
 * A row with more lines than the header has columns, read as measures sharing a 序号 (and group)
 * cell: the header's width of lines, then the lines of each next measure, as many fewer as the
 * columns merged with the first (its 序号, its 重点任务). Given `widen` (a unit cell's lines joined,
 * see joinUnitLines), a measure may have more lines than that, its row then laid out by it. The
 * rows with their merged cells copied down, or null when no one number of merged columns and no one
 * cut of the lines into measures reads every line into a column that can hold it.
 */
export function splitSharedRow<T extends RowLine>(row: readonly T[], headerKeys: readonly string[], make: MergedCells<T>, widen?: (cells: readonly T[]) => T[] | null): T[][] | null {
  const width = headerKeys.length;
  if (row.length <= width) return null;
  const layout = layoutOf(headerKeys);
  if (!layout) return null;
  const fits = (cells: readonly T[]): boolean => cells.every((c, j) => lineFitsColumn(layout.kinds[j]!, c.match));
  /** A measure's lines laid out at the header's width, or null. */
  const fitRow = (cells: readonly T[]): T[] | null => {
    const laid = cells.length === width ? [...cells] : cells.length > width && widen ? widen(cells) : null;
    return laid && laid.length === width && fits(laid) ? laid : null;
  };
  const readings: T[][][] = [];
  // The merged columns are those before the measure's own text: its serial and its group cells.
  for (let merged = 1; merged <= layout.task && readings.length < MAX_READINGS; merged++) {
    if (layout.kinds[merged - 1] !== 'serial' && !layout.groups.has(merged - 1)) break;
    const own = width - merged;
    /** The readings of the lines from `at` on as measures under the first's merged cells. */
    const measures = (at: number, prefix: readonly T[]): T[][][] => {
      if (at === row.length) return [[]];
      const found: T[][][] = [];
      for (let end = at + own; end <= row.length && found.length < MAX_READINGS; end++) {
        const laid = fitRow([...prefix, ...row.slice(at, end)]);
        if (!laid) continue;
        for (const rest of measures(end, prefix)) {
          found.push([laid, ...rest]);
          if (found.length >= MAX_READINGS) break;
        }
      }
      return found;
    };
    for (let end = width; end <= row.length - own && readings.length < MAX_READINGS; end++) {
      const first = fitRow(row.slice(0, end));
      if (!first) continue;
      const prefix = first.slice(0, merged).map((c) => make.merged(c));
      for (const rest of measures(end, prefix)) readings.push([first, ...rest]);
    }
  }
  return readings.length === 1 ? readings[0]! : null;
}
