import type { Position } from '../model/types.js';
import { fold } from '../text/fold.js';
import { readsAsMeasureUnit } from '../text/measure-units.js';
import { readTargetCell } from './goals/target-figure.js';
import { unitCellNote } from './unit-cell-note.js';
import { namesNoUnit, plausibleUnits } from './responsibility.js';
import { unitColumns } from './flat-unit-cells.js';
import { DEADLINE_COLUMN } from '../text/task-columns.js';

/**
 * A row of a table flattened one cell per line that has more lines than its header has columns,
 * because a cell was wrapped over lines in the table it came from (a PDF's or a page's text): a task
 * `推行企业开办“一件事”集成` / `服务，压缩开办时间`, a unit list cut inside a name `区人社局、区税` /
 * `务局`, an indicator `国家4A级以上旅游景` / `区`. Each column takes a run of the lines in order; the
 * runs must each read as the column's cell: a serial, a figure under a year, a measure unit under
 * 单位 one line each; a unit column's cell units, a deadline's a time. Of the readings that hold,
 * the one leaving no cell cut off where its words run on (`…签约，接入`, `县民政局、县医保局、`) is
 * taken, then the one whose wrapped text columns take no line reading as units, then the one whose
 * wrapped text never goes on in a line longer than the one it wraps (a wrap fills its line first),
 * then the one putting fewest lines on the lead column; when two remain, none is (the row cannot be told).
 */

interface FlatCell {
  text: string;
  match: string;
  position: Position;
}

/** What a column holds, by its header's name. */
export type ColumnKind = 'serial' | 'figure' | 'measure' | 'units' | 'deadline' | 'text';

const SERIAL_HEADER = /^(?:序号|编号)$/;
const FIGURE_HEADER = /^(?:(?:19|20)\d{2}年?|目标|目标值|预期值|预期目标|基期值|现状值)/;
const MEASURE_HEADER = /^(?:计量)?单位$/;

/** The kind of each column, read from the header's names (spaces and notes in brackets left out). */
export function columnKinds(headerKeys: readonly string[]): ColumnKind[] {
  const units = unitColumns(headerKeys);
  return headerKeys.map((raw, k) => {
    const key = raw.replace(/[(（][^)）]*[)）]$/, '');
    if (units.cols.includes(k)) return 'units';
    if (SERIAL_HEADER.test(key)) return 'serial';
    if (FIGURE_HEADER.test(key)) return 'figure';
    if (MEASURE_HEADER.test(key)) return 'measure';
    if (DEADLINE_COLUMN.test(key)) return 'deadline';
    return 'text';
  });
}

/** A plain figure: 2.57, 1,170, 12%. */
const numericValue = (t: string): number | null => (/^[-+]?\d+(?:\.\d+)?%?$/.test(t.trim().replace(/[,，]/g, '')) ? Number(t.trim().replace(/[,，%]/g, '')) : null);

/** A cell under a column of figures: a figure, a range or a bound figure (≥85, 90%以上), or a mark of none. */
const figureCell = (t: string): boolean => numericValue(t) !== null || readTargetCell(t.replace(/[,，]/g, '')) !== null || /^[≥≤><]?[-+]?\d[\d,.]*%?(?:[—\-~～至]\d[\d,.]*%?)?$|^[[〔【]\d+(?:\.\d+)?[\]〕】]$|^[—–\-－―/／×]+$/.test(t);

/** A line opening a cell's numbered list of measures with its first number (1.…, 1、…, （1）…, ①…). */
const FIRST_NUMBERED = /^(?:[1１][.．、](?![0-9０-９])|[（(][1１一][)）]|①)/;

/** A mark for no figure or unit: —, /. */
const NOT_FIGURE = /^[—–\-－―/／×]+$/;

/** A 单位 cell: a measure unit, one with a note beside it (家（累计）, （家，累计）), or a mark of none. */
const measureCell = (t: string): boolean => readsAsMeasureUnit(t) || unitCellNote(t, fold(t)) !== null || NOT_FIGURE.test(t);

/** A time a deadline cell gives: a date or year, or a standing phrase (持续推进, 长期坚持, 年底前). */
const deadlineCell = (t: string): boolean => /\d|[一二三四五六七八九十]{1,3}月|季度|年底|年内|持续|长期|常态|常年|每年|逐年|按期|按年|适时|分步|分年/.test(t) && !plausibleUnits(t);

/** A cell that is a date alone (2024年10月, 2025年底前, 6月30日): never a unit's nor a task's line. */
export const DATE_CELL = /^(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?)(?:底|末|中旬|上旬|下旬)?(?:前|以前)?$/;

/**
 * Whether one line, as it stands, can be the cell of a column of this kind: a serial under 序号, a
 * figure under a year, units (or a mark of none) under a unit column, a time under 完成时限, and
 * under a column of text anything but a serial, a date or a list of units named with their place. Stricter than the reading
 * of wrapped cells, since it is used to tell which column a cell left out or merged belonged to.
 */
export function lineFitsColumn(kind: ColumnKind, line: string): boolean {
  const t = line.trim();
  if (kind === 'serial') return /^\d{1,3}$/.test(t);
  if (kind === 'figure') return figureCell(t.replace(/\s+/g, ''));
  if (kind === 'measure') return measureCell(t);
  if (kind === 'units') return !DATE_CELL.test(t) && (plausibleUnits(t) || namesNoUnit(t));
  if (kind === 'deadline') return deadlineCell(t);
  // A task may end as a unit does (…一网通办, …服务中心); a unit's name starts with its level or place.
  return t !== '' && numericValue(t) === null && !DATE_CELL.test(t) && !(UNIT_START.test(t) && plausibleUnits(t));
}

/** How a unit's name starts: its level or place (区, 市, 县, 各, 国家), as a task's words rarely do. */
const UNIT_START = /^(?:[省市县区乡镇州旗]|各|国家|中共|共青团)/;

/**
 * Whether a deadline's lines are one cell wrapped: a date cut inside it (2024年12月 / 底前, 2025年 /
 * 6月底), or a line stopping at a pause over one that is a time too (2025年6月底前完成方案， / 12月底前全面完成),
 * the sentence running on. Two whole phrases (同步推进 / 2025年10月底前) are two cells, not one wrapped.
 */
const dateCutAt = (lines: readonly string[]): boolean =>
  deadlineCell(lines.join('')) &&
  lines.slice(1).every((t, i) => (/[\d年月]$/.test(lines[i]!) && /^[\d年月日底前中上下旬末]/.test(t)) || (/[，,、；;]$/.test(lines[i]!) && deadlineCell(t)));

/** Joins a wrapped cell's lines as its text ran: directly, but for a space between two Latin letters. */
export function joinWrapped(lines: readonly string[]): string {
  return lines.reduce((acc, t) => (acc && /[A-Za-z]$/.test(acc) && /^[A-Za-z]/.test(t) ? `${acc} ${t}` : acc + t), '');
}

/**
 * A unit cell's lines joined: a list cut inside a name (区人社局、区税 / 务局) or after a separator
 * runs on; lines that each name whole units (one unit a line, as Word exports a cell) are listed with 、.
 */
export function joinUnitCell(lines: readonly string[]): string {
  if (lines.length > 1 && lines.every((t) => plausibleUnits(t)) && !lines.slice(0, -1).some((t) => /[、，,；;]$/.test(t))) return lines.join('、');
  return joinWrapped(lines);
}

/**
 * A column of people by its header (包户干部, 责任人, 联系人, 包村领导): a cell listing several of them
 * one a line (李明 / 张华) lists names, which a wrap never cuts so short.
 */
const PEOPLE_HEADER = /(?:干部|责任人|负责人|联系人|领导)$/;
/** A person's name alone on its line: two to four Han characters. */
const NAME_LINE = /^[\u4e00-\u9fff]{2,4}$/;

/** How a run of a cell's lines is joined: as a unit list, a list of people's names, or running text. */
export type CellLines = 'units' | 'names' | 'text';

/** Whether a run of lines under this header is people's names one a line (see PEOPLE_HEADER). */
export function namesOneALine(headerKey: string, lines: readonly string[]): boolean {
  return lines.length > 1 && PEOPLE_HEADER.test(headerKey) && lines.every((t) => NAME_LINE.test(t) && !plausibleUnits(t));
}

/**
 * A wrapped cell's lines joined: a unit column's as a unit list (see joinUnitCell), names one a line
 * with 、, another's as running text. `true` and `false` stand for a unit column's and another's.
 */
export const joinCellLines = (lines: readonly string[], as: CellLines | boolean): string =>
  as === true || as === 'units' ? joinUnitCell(lines) : as === 'names' ? lines.join('、') : joinWrapped(lines);

/**
 * A cell's last line cut off where its words run on: a pause or an opening mark (，、： （ “), a
 * joining word (与, 和, 以及, 或, 的; not the end of 参与, 碳中和, 目的), or a clause of a word or two after
 * a comma (`…签约，接入`), which no cell ends with: the wrap took the rest onto the next line.
 */
const RUNS_ON = /(?:[，,、：:（(“‘《〈]|以及|及其|并且|或|(?<![参给授])与|(?<![中总饱缓温平调共柔])和|(?<![目端])的|[，,][\u4e00-\u9fff]{1,2})$/;
export const runsOn = (line: string): boolean => RUNS_ON.test(line.trim());

/** A line's width as printed: a Han character or full-width mark two, a Latin letter or digit one. */
const printedWidth = (t: string): number => {
  let w = 0;
  for (const ch of t) w += ch.charCodeAt(0) < 0x2e80 ? 1 : 2;
  return w;
};
/**
 * Whether a wrapped text goes on in a line wider than the one it wraps (by more than a character,
 * for marks squeezed at a line's end): a wrap fills its line first, so such a line is a cell of its
 * own. A line ending a sentence (。；) or a numbered measure opening the next is a break in the cell, not a wrap.
 */
const growsPastWrap = (lines: readonly string[]): number =>
  lines.slice(1).filter((t, i) => !/[。；;！!？?]$/.test(lines[i]!) && !NUMBERED.test(t) && printedWidth(t) > printedWidth(lines[i]!) + 2).length;
/** A line opening a numbered measure (2.…, （二）…, ③…). */
const NUMBERED = /^(?:[0-9０-９]{1,2}[.．、](?![0-9０-９])|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[①-⑳])/;

/** The ways of sharing `extra` lines among `slots` columns, each taking none or more. */
function shares(extra: number, slots: number): number[][] {
  if (slots === 0) return extra === 0 ? [[]] : [];
  if (slots === 1) return [[extra]];
  return Array.from({ length: extra + 1 }, (_, n) => shares(extra - n, slots - 1).map((rest) => [n, ...rest])).flat();
}

/** The most lines past the header's width a row is read over: beyond it the shares grow too many to try. */
const MAX_EXTRA = 6;

/**
 * The row laid out at the header's width with its wrapped cells joined (see above), or null when no
 * reading, or more than one, holds. `join` makes one cell of a run of lines (see joinCellLines), of a unit column or another.
 */
export function fitWrappedRow<T extends FlatCell>(row: readonly T[], headerKeys: readonly string[], join: (run: readonly T[], as: CellLines) => T): T[] | null {
  const width = headerKeys.length;
  const extra = row.length - width;
  if (extra <= 0 || extra > MAX_EXTRA) return null;
  const kinds = columnKinds(headerKeys);
  // 序号 | 2020年 | …: the indicator's header was lost, so every row is a cell wider; that is read elsewhere.
  if (kinds[0] === 'serial' && kinds[1] === 'figure') return null;
  const lead = unitColumns(headerKeys).lead;
  const open = kinds.map((_, i) => i).filter((i) => kinds[i] === 'units' || kinds[i] === 'deadline' || kinds[i] === 'text');
  if (open.length === 0) return null;
  // Without a column of figures a count with its measure word (12个, 500人次) has no cell of its own:
  // it is a wrapped text's end (`建设乡镇居家养老服务中心` / `12个`); a bare figure still is none.
  const valued = kinds.some((k) => k === 'figure' || k === 'measure');
  const notText = (t: string): boolean => numericValue(t) !== null || NOT_FIGURE.test(t) || (valued && figureCell(t));
  let best: { cells: T[]; score: number[] } | null = null;
  let tied = false;
  for (const share of shares(extra, open.length)) {
    const cells: T[] = [];
    let at = 0;
    let fits = true;
    let unitsInText = 0;
    let onLead = 0;
    // Cells left ending where their words run on, and wrapped texts going on wider than they wrap.
    let cut = 0;
    let grown = 0;
    // Lines that are people's names one a line, read so under a column of people: on a tie, the
    // reading listing them there is taken (李明 / 张华 under 包户干部 rather than 李明 run on into the task).
    let listed = 0;
    for (let k = 0; k < width && fits; k++) {
      const take = 1 + (share[open.indexOf(k)] ?? 0);
      const run = row.slice(at, at + take);
      at += take;
      const lines = run.map((c) => c.match.trim());
      const kind = kinds[k]!;
      const names = kind === 'text' && namesOneALine(headerKeys[k]!, lines);
      if (names) listed += lines.length - 1;
      // Whole units one a line under a column the reader knows no units of (帮扶单位): a list of them too.
      const unitList = kind === 'units' || (kind === 'text' && lines.length > 1 && lines.every((t) => plausibleUnits(t)));
      const text = unitList ? joinUnitCell(lines) : names ? lines.join('、') : joinWrapped(lines);
      if (kind === 'serial') fits = /^\d{1,3}$/.test(text);
      else if (kind === 'figure') fits = text === '' || figureCell(text.replace(/\s+/g, ''));
      else if (kind === 'measure') fits = text === '' || measureCell(text);
      // A date among a unit cell's lines is the next cell (a row's deadline), never part of a name.
      else if (kind === 'units') fits = !lines.some((t) => DATE_CELL.test(t)) && (plausibleUnits(text) || (run.length === 1 && (text === '' || namesNoUnit(text))));
      else if (kind === 'deadline') fits = run.length === 1 ? !plausibleUnits(text) : dateCutAt(lines);
      // A wrapped line of text is never a bare figure: that is a value cell, or one too many.
      // nor a date alone (a deadline, of this row or of one before it), nor a first numbered line
      // (1.推行…；), which opens a cell listing its measures.
      else if (lines.slice(1).some((t) => notText(t.replace(/\s+/g, '')) || FIRST_NUMBERED.test(t)) || lines.some((t) => DATE_CELL.test(t))) fits = false;
      // A column of people (责任人, 包户干部) holds no unit: a unit there is a cell pushed out of its column.
      else if (PEOPLE_HEADER.test(headerKeys[k]!) && lines.some((t) => plausibleUnits(t))) fits = false;
      else {
        // A line after one whose words run on (…接入 / 全县养老机构) is the text going on, whatever it names.
        unitsInText += lines.slice(1).filter((t, i) => !runsOn(lines[i]!) && (plausibleUnits(t) || readsAsMeasureUnit(t))).length;
        if (!unitList && !names) grown += growsPastWrap(lines);
      }
      if (fits && kind !== 'serial' && kind !== 'figure' && kind !== 'measure' && runsOn(lines[lines.length - 1]!)) cut++;
      if (lead.has(k)) onLead += take - 1;
      cells.push(run.length > 1 ? join(run, unitList ? 'units' : names ? 'names' : 'text') : run[0]!);
    }
    if (!fits) continue;
    const score = [cut, unitsInText, grown, onLead, -listed];
    const cmp = best === null ? -1 : (score.map((v, i) => v - best!.score[i]!).find((d) => d !== 0) ?? 0);
    if (cmp < 0) {
      best = { cells, score };
      tied = false;
    } else if (cmp === 0) tied = true;
  }
  return best && !tied ? best.cells : null;
}

/**
 * Whether a row laid out at the header's width (units one a line joined, see joinUnitLines) leaves
 * a cell of text cut off where its words run on (`建成县级智慧养老服务平台，接入`): the line after it
 * (`全县养老机构`) was that cell's wrapped end, not a unit's cell, whatever its name looks like.
 */
export function leavesTextCut(row: ReadonlyArray<{ match: string }>, headerKeys: readonly string[]): boolean {
  const kinds = columnKinds(headerKeys);
  return row.some((c, k) => kinds[k] === 'text' && runsOn(c.match));
}

/**
 * Whether a row read as it stands puts a cell under a column that cannot hold it: a word under a
 * year (家 under 2024年), a unit under 完成时限 or a time under 牵头单位: the sign that a wrapped cell
 * pushed the cells after it out of their columns.
 */
export function cellOutOfPlace(row: ReadonlyArray<{ match: string }>, headerKeys: readonly string[]): boolean {
  const kinds = columnKinds(headerKeys);
  return row.some((c, k) => {
    const t = c.match.trim();
    if (k >= kinds.length || t === '') return false;
    if (kinds[k] === 'figure') return !figureCell(t.replace(/\s+/g, ''));
    if (kinds[k] === 'deadline') return plausibleUnits(t) || !deadlineCell(t);
    if (kinds[k] === 'units') return !plausibleUnits(t) && !namesNoUnit(t);
    return false;
  });
}
