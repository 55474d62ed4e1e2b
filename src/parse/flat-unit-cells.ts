import type { Position } from '../model/types.js';
import { LEAD_COLUMN_SOURCE, LEAD_WORD, PART_COLUMN_SOURCE } from '../text/role-words.js';
import { namesNoUnit, plausibleUnits } from './responsibility.js';

/** Header words of a column of units: who leads (牵头单位, 责任单位) or takes part (配合单位). */
const LEAD_UNITS = new RegExp(`^(?:${LEAD_COLUMN_SOURCE})$`);
const PART_UNITS = new RegExp(`^(?:${PART_COLUMN_SOURCE})$`);
/** A lead column that says it leads, rather than that it is responsible (责任单位). */
const NAMED_LEAD = new RegExp(`^${LEAD_WORD}`);

interface FlatCell {
  text: string;
  match: string;
  position: Position;
}

/** The indices of the header's unit columns, and which of them say who leads. */
export function unitColumns(headerKeys: readonly string[]): { cols: number[]; lead: Set<number> } {
  const cols = headerKeys.flatMap((k, i) => (LEAD_UNITS.test(k) || PART_UNITS.test(k) ? [i] : []));
  const lead = cols.filter((i) => LEAD_UNITS.test(headerKeys[i]!));
  // 牵头单位 | 责任单位: beside a column that says who leads, 责任单位 names the units taking part (as
  // the task reader takes it), so its lines are no lead cell's.
  const named = lead.filter((i) => NAMED_LEAD.test(headerKeys[i]!));
  return { cols, lead: new Set(named.length > 0 ? named : lead) };
}

/** The ways of sharing `extra` lines among `slots` columns, each taking none or more. */
function shares(extra: number, slots: number): number[][] {
  if (slots === 0) return extra === 0 ? [[]] : [];
  if (slots === 1) return [[extra]];
  return Array.from({ length: extra + 1 }, (_, n) => shares(extra - n, slots - 1).map((rest) => [n, ...rest])).flat();
}

/**
 * A flattened row that has more lines than its header has columns, read as Word exports a cell
 * listing one unit per line (配合单位: 区应急局 / 各街道办事处): the lines are the header's columns in
 * order, a unit column taking a run of lines that each name units. The row at the header's width,
 * the run a cell of its units joined with 、, or null when no such reading exists. Where the run may
 * belong to the lead column or to the participants' one, the participants' is taken: a 牵头单位 cell
 * names one unit far more often than a 配合单位 cell does.
 */
export function joinUnitLines<T extends FlatCell>(
  row: readonly T[],
  width: number,
  units: { cols: number[]; lead: Set<number> },
  join: (run: readonly T[]) => T,
): T[] | null {
  const extra = row.length - width;
  if (extra <= 0 || units.cols.length === 0) return null;
  let best: { cells: T[]; onLead: number } | null = null;
  let tied = false;
  for (const share of shares(extra, units.cols.length)) {
    const take = Array.from({ length: width }, (_, k) => 1 + (share[units.cols.indexOf(k)] ?? 0));
    const cells: T[] = [];
    let at = 0;
    let fits = true;
    for (let k = 0; k < width && fits; k++) {
      const run = row.slice(at, at + take[k]!);
      at += take[k]!;
      // Every unit column's cell reads as units (or as none, /), so that a run does not push
      // another column's text (同步推进) into a unit column.
      if (units.cols.includes(k)) fits = run.every((c) => plausibleUnits(c.match.trim())) || (run.length === 1 && (run[0]!.match.trim() === '' || namesNoUnit(run[0]!.match)));
      cells.push(run.length > 1 ? join(run) : run[0]!);
    }
    if (!fits) continue;
    const onLead = units.cols.reduce((n, c, i) => n + (units.lead.has(c) ? share[i]! : 0), 0);
    if (best === null || onLead < best.onLead) {
      best = { cells, onLead };
      tied = false;
    } else if (onLead === best.onLead) tied = true;
  }
  return best && !tied ? best.cells : null;
}

/** Columns of the task's own words, which may end as a unit's name does (…服务中心). */
const TASK_HEADER = /任务|措施|举措|内容|事项|项目|名称/;

/**
 * Whether a row read as it stands puts a unit line under a column that holds none (各街道办事处
 * under 完成时限): the sign that a unit cell's lines pushed the cells after it out of their columns.
 */
export function unitOutOfPlace(row: ReadonlyArray<{ match: string }>, headerKeys: readonly string[], units: { cols: number[] }): boolean {
  return row.some((c, k) => k > 0 && k < headerKeys.length && !units.cols.includes(k) && !TASK_HEADER.test(headerKeys[k]!) && plausibleUnits(c.match.trim()));
}
