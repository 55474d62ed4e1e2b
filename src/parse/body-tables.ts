import type { BodyTable, Position } from '../model/types.js';
import { itemMarker } from './decimal-chapters.js';
import { opensOutOfSequence } from './flat-serial-skip.js';
import { groupsOverFirstRow, headlessContinuation, setTableUnit, matchAnnexHead, mayBeGroupLine, opensAfterSerial, yearAfterSerial, numeralGroupAt, TOTAL_CELL, mayBePlainGroupLine, opensWithCategory, rebuildFlatTable, tableFromBlock, typicalWidth, unnumberedShape, YEAR_HEADER, yearKey } from './annex.js';
import type { Item, ParseContext } from './context.js';
import { continuesTable, joinTables } from './split-tables.js';
import { joinUnitLines, unitColumns, unitOutOfPlace } from './flat-unit-cells.js';
import { cellOutOfPlace, columnKinds, fitWrappedRow, lineFitsColumn } from './flat-wrapped-cells.js';
import { splitSharedRow } from './flat-merged-rows.js';
import { isTaskHeaderRun } from '../text/task-columns.js';
import { isIndicatorHeaderRun, isUnnumberedIndicatorHeader, namesIndicatorTableColumn, opensIndicatorHeader } from './indicator-header.js';
import { boxHeading, boxOverTable } from './boxes.js';
import { unitLine } from './unit-line.js';
import { type FlatCell, withWrittenEmptyCells } from './flat-empty-cells.js';

/** A flattened table's lines as its cells, the empty ones it writes (spaces, a blank line) in place. */
function flatCellsOf(ctx: ParseContext, items: readonly Item[]): Array<FlatCell<Item>> {
  const flat = items.map((it) => ({ text: it.text, match: it.match, item: it, offset: 0, position: ctx.blockPosition(it) }));
  const text = ctx.source.text;
  return withWrittenEmptyCells(
    flat,
    (k) => text.slice(items[k - 1]!.block.end, items[k]!.block.start),
    (offset) => ctx.lines.position(offset, offset),
    (k) => items[k]!.block.start,
  );
}

/** A table found in the plan's text, before it is read: a table block or a run of flattened cells. */
export interface PendingTable {
  caption: Item | null;
  /** A line that states the table's unit (单位：万元) between its caption and it, or alone above it; absent when none. */
  unit?: Item | null;
  path: string[];
  /** The table block, or the flattened cells (header first, then rows). */
  items: Item[];
}

/** `表1 …`, `附表2 …`, or a short line naming a table (…分解表, …清单, …一览表). */
const CAPTION = /^(?:附?表 ?[0-9一二三四五六七八九十]+(?:[-.][0-9]+)?(?![0-9.])|.{2,40}(?:表|清单|一览)$)/;

export function isTableCaption(item: Item): boolean {
  const t = item.match.trim();
  return item.block.kind !== 'table' && t.length <= 50 && !/[。;]/.test(t) && CAPTION.test(t);
}

/**
 * A line that names the table under it: a caption, or a 专栏 box's heading (专栏1 主要发展指标),
 * the box printing its indicator table flattened one cell per line as a captioned table is.
 */
function namesTable(item: Item): boolean {
  return isTableCaption(item) || (item.block.kind === 'paragraph' && boxHeading(item.text, item.match) !== null);
}

/** A line that may be a cell of a table flattened to one cell per line. */
function mayBeCell(item: Item): boolean {
  const t = item.match.trim();
  return (
    item.block.kind === 'paragraph' &&
    t.length > 0 &&
    t.length <= 200 &&
    // A bare serial (1, 2 …) is a cell; a marked item (1. …) or an annex heading ends the table.
    (itemMarker(item) === null || /^\d{1,3}$/.test(t)) &&
    matchAnnexHead(t) === null
  );
}

/** A header has a few cells; a row no more than a few dozen (bounds the search on long runs of lines). */
const MAX_HEADER = 40;
const MAX_ROW = 80;

const isNumber = (item: Item | undefined): boolean => item !== undefined && /^[-+]?\d+(?:\.\d+)?%?$/.test(item.match.trim().replace(/,/g, ''));

/** A line that may head a group of rows inside a flattened table (一、…): kept in the run of cells. */
const mayBeGroup = (item: Item): boolean => item.block.kind === 'paragraph' && mayBeGroupLine(item.match);

/**
 * How many lines from `from` (up to `to`) a flattened table takes, its rows numbered (below) or,
 * without a serial column, known by their shape under the header (see unnumberedShape).
 */
export function flatTableExtent(cells: readonly Item[], from = 0, to = cells.length): number | null {
  const numbered = numberedExtent(cells, from, to);
  if (numbered !== null) return numbered;
  const shape = unnumberedShape({ length: to - from, at: (i) => cells[from + i]!.match });
  return shape ? shape.width * (shape.rows + 1) : null;
}

/**
 * How many lines a flattened table with a serial column takes: a header of two or more cells,
 * then rows that each start with the next serial (1, 2, 3 …) followed by a cell that is not a
 * number. The last row takes as many cells as the others; what follows it is text again. A group
 * line (一、…) right before a row start, between rows as wide as the others, is a row spanning the
 * table (the rows under it may number from 1 again); any other heading ends the table.
 */
function numberedExtent(cells: readonly Item[], from: number, to: number): number | null {
  const at = (i: number): Item | undefined => (from + i < to ? cells[from + i] : undefined);
  // 序号 | 年度 | …: a row's serial may be followed by its year (see opensAfterSerial).
  const yearSecond = yearAfterSerial([at(0), at(1)]);
  const startsRow = (i: number, serial: number): boolean => at(i)?.match.trim() === String(serial) && opensAfterSerial(at(i + 1)?.match ?? '', yearSecond);
  // A group line over a subgroup's (一、… over （一）…) heads the rows under both.
  const groupAt = (i: number, serial: number, depth = 0): boolean =>
    depth < 3 && at(i) !== undefined && mayBeGroup(at(i)!) && (startsRow(i + 1, serial) || startsRow(i + 1, 1) || groupAt(i + 1, serial, depth + 1));
  /** The first line after the group lines from `i` on (the row they head). */
  const afterGroups = (i: number): number => {
    let j = i + 1;
    while (at(j) !== undefined && mayBeGroup(at(j)!) && !startsRow(j, 1)) j++;
    return j;
  };
  // 序号 | 任务 | …: a group numbered in the 序号 column, its number over its name (一 / 教育医疗).
  const serialHeader = /^(?:序号|编号)$/.test(at(0)?.match.trim() ?? '');
  const numeralAt = (i: number, serial: number): boolean =>
    serialHeader && at(i)?.block.kind === 'paragraph' && numeralGroupAt([at(i), at(i + 1)], 0) && (startsRow(i + 2, serial) || startsRow(i + 2, 1));
  let length = to - from;
  let h = 0;
  while (h < length && h <= MAX_HEADER && !startsRow(h, 1) && !groupAt(h, 1) && !numeralAt(h, 1)) {
    // A heading among the header's cells: what comes before it is no table's header.
    if (mayBeGroup(at(h)!)) return null;
    h++;
  }
  if (h < 2 || h > MAX_HEADER || h >= length - 1) return null;
  // 领域 | 序号 | …: a category column whose cell is a line above the rows it spans, so each row is a
  // cell shorter than the header (see rebuildCategorised).
  const category = opensWithCategory(at(0)?.match, at(1)?.match) ? 1 : 0;
  const taskTable = unitColumns(Array.from({ length: h }, (_, k) => at(k)!.match.replace(/\s+/g, ''))).cols.length > 0;
  const starts: number[] = [];
  const groups: number[] = [];
  let expected = 1;
  // The header's last line may name the first group without a number (科技创新): then a line like
  // it right after a row of the header's other cells names the next group, whose rows may number
  // from 1 again. rebuildFlatTable decides whether the lines are groups; here they only keep the
  // rows after them in the table.
  const plainGroups = h >= 4 + category && mayBePlainGroupLine(at(h - 1)!.match);
  const headerEndsOnYear = YEAR_HEADER.test(yearKey(at(h - 1)!.match.replace(/\s+/g, '')));
  /** A serial out of sequence (1, 2, 4) after a full row (see opensOutOfSequence), the row read from `prev`. */
  const skippedSerial = (i: number, prev: number): boolean => {
    const t = at(i)!.match.trim();
    // A number on the run's last line opens no row, nor one before a heading (三、重点任务): it has no cell after it.
    if (!/^\d{1,3}$/.test(t) || at(i + 1) === undefined || mayBeGroup(at(i + 1)!)) return false;
    // A group line between the rows: the row ends at it, and the rows around it are told by the group's reading.
    if (groups.some((g) => g > prev && g < i)) return false;
    const before = starts[starts.length - 2];
    const above = before !== undefined && !groups.some((g) => g > before && g < prev) ? prev - before : null;
    const place = { serial: Number(t), expected, rowLength: i - prev, above, headerWidth: h, endsOnFigure: isNumber(at(i - 1)), headerEndsOnYear };
    return opensOutOfSequence(place) && startsRow(i, Number(t));
  };
  for (let i = h; i < length; i++) {
    const prev = starts[starts.length - 1];
    if (prev !== undefined && i - prev > MAX_ROW) break;
    const wide = prev === undefined || i - prev >= 2;
    if (plainGroups && prev !== undefined && i - prev === h - 1 - category && mayBePlainGroupLine(at(i)!.match) && startsRow(i + 1, 1) && !startsRow(i + 1, expected)) {
      expected = 1;
      continue;
    }
    if (wide && numeralAt(i, expected)) {
      groups.push(i);
      if (!startsRow(i + 2, expected)) expected = 1;
      i++;
      continue;
    }
    if (mayBeGroup(at(i)!)) {
      if (!wide || !groupAt(i, expected)) {
        length = i;
        break;
      }
      groups.push(i);
      if (!startsRow(afterGroups(i), expected)) expected = 1;
      continue;
    }
    // A row's last figure equal to the next serial, right before the 合计 under it, when it fills
    // the row to the width of the row above (or the header's): a cell, not a row named 合计; so is
    // one right before a group line (二、产业发展, 二 over its name), which never follows a serial.
    const beforeGroup = prev !== undefined && at(i + 1) !== undefined && (mayBeGroup(at(i + 1)!) || (serialHeader && at(i + 1)!.block.kind === 'paragraph' && numeralGroupAt([at(i + 1), at(i + 2)], 0)));
    const lastCellBefore = beforeGroup || (prev !== undefined && TOTAL_CELL.test(at(i + 1)?.match.trim() ?? '') && i - prev + 1 === (starts.length > 1 ? prev - starts[starts.length - 2]! : h));
    if (startsRow(i, expected) && wide && !lastCellBefore) {
      starts.push(i);
      expected++;
    } else if (prev !== undefined && !lastCellBefore && skippedSerial(i, prev)) {
      starts.push(i);
      expected = Number(at(i)!.match.trim()) + 1;
    }
  }
  const headerKeys = Array.from({ length: h }, (_, k) => at(k)!.match.replace(/\s+/g, ''));
  // A row of measures sharing one 序号 and 重点任务 (the second's lines after the first's, no serial of
  // their own) is as wide as its measures together: beside a group line it is of the table's shape
  // when the row reader can part it into measures (see splitSharedRow). Only rows next to a group
  // line are asked, so the cost stays with tables that have both.
  const sharedRow = (k: number, w: number): boolean => {
    if (category > 0) return false;
    const lines = Array.from({ length: w }, (_, i) => ({ text: at(starts[k]! + i)!.text, match: at(starts[k]! + i)!.match, position: NO_POSITION }));
    return splitSharedRow(lines, headerKeys, { blank: (after) => after, merged: (above) => above }) !== null;
  };
  // A row wider than the header because a cell of it was written over lines (units one a line, a
  // task or a deadline wrapped) is of the table's shape when the row reader lays it out at the
  // header's width (see joinUnitLines, fitWrappedRow), as it will: a group line beside it is then
  // a row boundary like any other, never the table's end.
  const wrappedRow = (k: number, w: number): boolean => {
    if (category > 0 || w <= h) return false;
    const lines = Array.from({ length: w }, (_, i) => ({ text: at(starts[k]! + i)!.text, match: at(starts[k]! + i)!.match, position: NO_POSITION }));
    const units = unitColumns(headerKeys);
    const join = <T extends { match: string }>(run: readonly T[]): T => ({ ...run[0]!, match: run.map((c) => c.match.trim()).join('、') });
    return (units.cols.length > 0 && joinUnitLines(lines, h, units, join) !== null) || fitWrappedRow(lines, headerKeys, join) !== null;
  };
  const readsWide = (k: number, w: number): boolean => wrappedRow(k, w) || sharedRow(k, w);
  // Rows end at the next row or group line; a group line whose rows around it are not of the
  // table's shape ends the table there.
  for (;;) {
    const ends = starts.map((s, k) => Math.min(starts[k + 1] ?? length, groups.find((g) => g > s) ?? length));
    const widths = ends.slice(0, -1).map((e, k) => e - starts[k]!);
    const width = widths.length ? Math.min(...widths) : h;
    const typical = widths.length ? typicalWidth(widths, h) : h;
    // Rows of shared measures as the commonest width (one such row above the last) leave the header's;
    // so do wrapped rows as many as the rows of that width no reading lays out, where each of those
    // is one row all the same, the serial after it going on from its own (see numberedOn below).
    const serialOf = (k: number): number => Number(at(starts[k]!)!.match.trim());
    const serialGoesOn = (k: number): boolean => category === 0 && k + 1 < starts.length && serialOf(k + 1) === serialOf(k) + 1;
    const atTypical = widths.flatMap((w, k) => (w === typical ? [k] : []));
    const laidOut = typical > h ? atTypical.filter((k) => readsWide(k, typical)).length : 0;
    const shape = laidOut > 0 && 2 * laidOut >= atTypical.length && atTypical.every((k) => serialGoesOn(k) || readsWide(k, typical)) ? h : typical;
    // In a task table a row may be short of its merged or empty cells (read in fitUnitLines); in any
    // table longer, a cell written over lines (an indicator's name wrapped: 研发经费投入 / 强度) or
    // measures sharing its 序号 and 重点任务 (see readsWide).
    const fits = (w: number | undefined, k: number): boolean =>
      w === shape || (w !== undefined && ((taskTable && w < shape && w >= shape - 2 && w >= 3) || (w > shape && readsWide(k, w))));
    // A task row wider still that no reading lays out at the header's width is one row all the same
    // where the serial after it goes on from its own: the row reader leaves it out with a warning
    // naming it, and a group line beside it does not end the table, losing the rows after it unsaid.
    const numberedOn = (k: number, w: number | undefined): boolean => taskTable && w !== undefined && w > shape && serialGoesOn(k);
    const bad = groups.find((g) => {
      const before = starts.filter((s) => s < g).length - 1;
      const beforeFits = before < 0 ? h - category === shape || h === shape - 1 : fits(widths[before], before) || numberedOn(before, widths[before]);
      const after = before + 1;
      const afterFits =
        after < starts.length &&
        (after === starts.length - 1 ? length - starts[after]! >= shape : widths[after] === shape || (widths[after]! > shape && (fits(widths[after], after) || numberedOn(after, widths[after]))));
      return !beforeFits || !afterFits;
    });
    if (bad === undefined) {
      if (starts.length === 0) return null;
      const last = starts[starts.length - 1]!;
      // A short row above (a cell merged or left empty) does not cut the last row of a task table
      // short, when its line at the table's width reads as the last column's cell (its deadline).
      const lastLine = at(last + shape - 1);
      const lastWidth =
        taskTable && category === 0 && shape > width && lastLine !== undefined && !startsRow(last + shape - 1, expected) && lineFitsColumn(columnKinds(headerKeys)[h - 1]!, lastLine.match) ? shape : width;
      const cut = Math.min(length, last + Math.max(lastWidth, 2));
      const end = lastRowEnd(cells, from, h, category, last, cut, length);
      const rowEnd = end === cut ? wrappedLastRowEnd(cells, from, h, category, last, end, length) : end;
      // A 合计 row after the last: one cell short of the rows (合计 spans the serial and the name),
      // its last cell a figure.
      const total = rowEnd + width - 1;
      if (width <= 2 || !TOTAL_CELL.test(at(rowEnd)?.match.trim() ?? '')) return rowEnd;
      if (total <= length && isNumber(at(total - 1))) return total;
      // Shorter still when 合计 spans the columns of words after the name too (建设内容): its figures
      // alone follow it, each a line (whether they fit the columns is for the row's reader to say).
      // A unit may stand first (合计 | 万元 | 300 …): a short word, no sentence of the text after the table.
      const unit = !isNumber(at(rowEnd + 1)) && /^[^\s，。；：,.;:]{1,4}$/.test(at(rowEnd + 1)?.match.trim() ?? '') ? 1 : 0;
      let figures = rowEnd + 1 + unit;
      while (figures < Math.min(length, total - 1) && isNumber(at(figures))) figures++;
      return figures > rowEnd + 1 + unit && !isNumber(at(figures)) ? figures : rowEnd;
    }
    length = bad;
    while (starts.length && starts[starts.length - 1]! >= bad) starts.pop();
    while (groups.length && groups[groups.length - 1]! >= bad) groups.pop();
  }
}

/** The most lines one unit cell exported one unit per line is followed over, in a table's last row. */
const MAX_UNIT_LINES = 12;

/**
 * Where a flattened task table's last row ends. The other rows end where the next begins; the last
 * one is taken as wide as the narrowest row, which cuts it short when its unit cell was exported
 * one unit per line (县财政局 / 县农业农村局 / 各乡镇人民政府, then 持续推进): a unit line then stands
 * under a column that holds none (完成时限). The row then runs on over the fewest further lines
 * that let it be read at the header's width (see joinUnitLines) with no unit under such a column.
 */
function lastRowEnd(cells: readonly Item[], from: number, h: number, category: number, start: number, end: number, length: number): number {
  const headerKeys = Array.from({ length: h }, (_, k) => cells[from + k]!.match.replace(/\s+/g, ''));
  const units = unitColumns(headerKeys);
  const width = h - category;
  if (units.cols.length === 0 || category > 0 || end - start !== width) return end;
  const row = (to: number): Array<{ text: string; match: string; position: Position }> =>
    cells.slice(from + start, from + to).map((c) => ({ text: c.text, match: c.match, position: NO_POSITION }));
  const unitElsewhere = (r: ReadonlyArray<{ match: string }>): boolean => unitOutOfPlace(r, headerKeys, units);
  if (!unitElsewhere(row(end))) return end;
  const join = <T extends { match: string }>(run: readonly T[]): T => ({ ...run[0]!, match: run.map((c) => c.match.trim()).join('、') });
  for (let to = end + 1; to <= Math.min(length, end + MAX_UNIT_LINES); to++) {
    const joined = joinUnitLines(row(to), width, units, join);
    if (joined && !unitElsewhere(joined)) return to;
  }
  return end;
}

/** The most lines a last row's wrapped cells are followed over. */
const MAX_WRAP_LINES = 3;

/**
 * Where a flattened table's last row ends when a cell of it was wrapped over lines (an indicator
 * `研发经费投入` / `强度`, a task): taken at the header's width it puts a cell under a column that
 * cannot hold it (% under 2023年, a unit under 完成时限), its last cell left over after the table.
 * The row then runs on over the fewest further lines (a few at most) that the row reader lays out
 * at the header's width (see fitWrappedRow); else it ends where it was cut.
 */
function wrappedLastRowEnd(cells: readonly Item[], from: number, h: number, category: number, start: number, end: number, length: number): number {
  if (category > 0 || end - start !== h) return end;
  const headerKeys = Array.from({ length: h }, (_, k) => cells[from + k]!.match.replace(/\s+/g, ''));
  const row = (to: number): Array<{ text: string; match: string; position: Position }> =>
    cells.slice(from + start, from + to).map((c) => ({ text: c.text, match: c.match, position: NO_POSITION }));
  if (!cellOutOfPlace(row(end), headerKeys)) return end;
  const join = <T extends { match: string }>(run: readonly T[]): T => ({ ...run[0]!, match: run.map((c) => c.match.trim()).join('') });
  for (let to = end + 1; to <= Math.min(length, end + MAX_WRAP_LINES); to++) {
    const laid = fitWrappedRow(row(to), headerKeys, join);
    if (laid && !cellOutOfPlace(laid, headerKeys)) return to;
  }
  return end;
}

const NO_POSITION: Position = { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } };

/** The first header cell of a table: 序号 or 编号 alone on its line. */
const isSerialHeader = (item: Item): boolean => item.block.kind === 'paragraph' && /^(?:序号|编号)$/.test(item.match.trim());

/** A line that says what follows it is listed below (主要指标如下：, 具体指标见下表): a caption's part, unnamed. */
const LEAD_IN_END = /(?:如下|下表)[:。]?$/;
const leadsIntoTable = (item: Item): boolean => item.block.kind === 'paragraph' && LEAD_IN_END.test(item.match.trim());

/** What a header run without a caption shows its table to be (see headedTable). */
type HeadedKind = 'task' | 'goal';

/**
 * What table the lines from `k`, a 序号 alone on its line, up to the first row's serial (1) are the
 * header of, if any: a task table's (序号 | 存在问题 | 整改措施 | 责任单位 | 整改时限) or a goal table's
 * (序号 | 指标 | 单位 | 2022年 | 2025年, right after a lead-in: 到2025年，主要指标如下：), printed without
 * a caption, as scraped pages print them.
 */
function headedTable(items: readonly Item[], k: number): HeadedKind | null {
  const keys: string[] = [];
  // An indicator table's names are ordinary words (指标, 2025年): only a lead-in right above says a table follows.
  const ledIn = k > 0 && leadsIntoTable(items[k - 1]!);
  const kind = (): HeadedKind | null => (isTaskHeaderRun(keys) ? 'task' : ledIn && isIndicatorHeaderRun(keys) ? 'goal' : null);
  for (let j = k; j < items.length && j - k <= 12; j++) {
    const item = items[j]!;
    if (item.block.kind !== 'paragraph') return null;
    const key = item.match.replace(/\s+/g, '');
    if (key === '1') return kind();
    // A group row spanning the table (（一）夯实数字基础设施) right over the first row ends the header too,
    // and so does one over a subgroup's (一、… / （一）… / 1).
    if (keys.length > 0 && groupsOverFirstRow(items, j)) return kind();
    keys.push(key);
  }
  return null;
}

/**
 * Whether the lines from `k` are the header of a goal table without a serial column, right after a
 * lead-in (到2025年，主要指标如下： | 指标 | 单位 | 2025年 | 规上工业增加值能耗下降 | % | 15): it opens
 * with the indicators' column and names only such a table's columns. A lead-in alone says a table
 * follows; 指标 opening the run says which.
 */
function ledInGoalHeader(items: readonly Item[], k: number): boolean {
  if (k === 0 || !leadsIntoTable(items[k - 1]!) || items[k]!.block.kind !== 'paragraph' || !opensIndicatorHeader(items[k]!.match.replace(/\s+/g, ''))) return false;
  const keys: string[] = [];
  for (let j = k; j < items.length && j - k < 12 && items[j]!.block.kind === 'paragraph'; j++) {
    const key = items[j]!.match.replace(/\s+/g, '');
    if (!namesIndicatorTableColumn(key)) break;
    keys.push(key);
  }
  return isUnnumberedIndicatorHeader(keys);
}

/**
 * How many lines the goal table without a serial whose header opens at `k` takes (see
 * ledInGoalHeader): its rows known by their shape under the header, the header's own names all a
 * goal table's.
 */
function ledInGoalTableExtent(items: readonly Item[], k: number, to: number): number | null {
  if (!ledInGoalHeader(items, k)) return null;
  const shape = unnumberedShape({ length: to - k, at: (i) => items[k + i]!.match });
  if (!shape || !isUnnumberedIndicatorHeader(items.slice(k, k + shape.width).map((it) => it.match.replace(/\s+/g, '')))) return null;
  return shape.width * (shape.rows + 1);
}

/**
 * Finds tables flattened into lines after a caption (表1 …, 重点任务分解表), or opening with 序号 as the
 * first of the lines (a table right under the plan's title, which names it, as a 重点任务清单 is
 * printed), or with a task or goal table's header run (see headedTable): for each, the index of its first
 * cell and its cells. Only such runs count, so ordinary short paragraphs are never read as a table.
 */
export function findFlatTables(items: Item[]): Map<number, Item[]> {
  const found = new Map<number, Item[]>();
  // Where the run of possible cells that starts at each item ends, computed once from the end.
  const runEnd = new Array<number>(items.length + 1).fill(items.length);
  for (let k = items.length - 1; k >= 0; k--) runEnd[k] = mayBeCell(items[k]!) || mayBeGroup(items[k]!) ? runEnd[k + 1]! : k;
  for (let k = 0; k < items.length - 1; k++) {
    const from = namesTable(items[k]!) ? k + 1 : isSerialHeader(items[k]!) && (k === 0 || headedTable(items, k) !== null) ? k : -1;
    if (from < 0) {
      const goal = ledInGoalTableExtent(items, k, runEnd[k]!);
      if (goal !== null) {
        found.set(items[k]!.index, items.slice(k, k + goal));
        k += goal - 1;
      }
      continue;
    }
    const extent = flatTableExtent(items, from, runEnd[from]!);
    if (extent === null) continue;
    found.set(items[from]!.index, items.slice(from, from + extent));
    k = from + extent - 1;
  }
  return found;
}

/** A line that may be a cell of a table: short, no sentence. */
const shortCell = (item: Item): boolean => mayBeCell(item) && item.match.trim().length <= 40 && !/[。;；]/.test(item.match);

/** A figure alone on its line (35, 85.2%, ≥90, —): a table's value cell. */
const figureLine = (item: Item): boolean => /^(?:[≥≤><]?[-+]?\d+(?:\.\d+)?%?|[[〔【(]\d+(?:\.\d+)?[\]〕】)]|[—－-]+)$/.test(item.match.trim().replace(/,/g, ''));

/**
 * The captions (表1 …) over lines that look like a table flattened one cell per line (four short
 * lines or more, among them figures or a column's name first) that `found` did not read as one,
 * and (in `after`) two short lines or more right after a table read (a figure among them, or all
 * a cell's length), which no row of it took:
 * those lines stay paragraphs, and the caller says so rather than drop them without a word.
 */
export function unreadFlatTables(items: readonly Item[], found: ReadonlyMap<number, Item[]>): Array<{ caption: Item; cells: Item[]; after?: Item[]; headed?: HeadedKind }> {
  const read = new Set([...found.values()].flatMap((cells) => cells.map((c) => c.index)));
  const byLastCell = new Map([...found.values()].map((cells) => [cells[cells.length - 1]!.index, cells]));
  // `headed`: no caption, the table's header (序号 …) standing in for it; what kind of table it heads.
  const out: Array<{ caption: Item; cells: Item[]; after?: Item[]; headed?: HeadedKind }> = [];
  // Enough lines to judge by; the next caption starts another table.
  const runFrom = (from: number): Item[] => {
    let end = from;
    while (end < items.length && end - from < MAX_HEADER && shortCell(items[end]!) && !isTableCaption(items[end]!) && !read.has(items[end]!.index)) end++;
    return items.slice(from, end);
  };
  let caption: Item | null = null;
  for (let k = 0; k < items.length - 1; k++) {
    if (namesTable(items[k]!)) caption = items[k]!;
    // A table's last row cut short (a cell lost in copying): its lines after the rows read.
    const table = byLastCell.get(items[k]!.index);
    if (table && caption) {
      const rest = runFrom(k + 1);
      if (rest.length >= 2 && (rest.some(figureLine) || rest.every((it) => it.match.trim().length <= 20))) out.push({ caption, cells: table, after: rest });
      continue;
    }
    // A task or goal table's header run without a caption (see headedTable) that no table was read from.
    const unread = !read.has(items[k]!.index) && !(k > 0 && isTableCaption(items[k - 1]!));
    const headed = unread && isSerialHeader(items[k]!) ? headedTable(items, k) : unread && ledInGoalHeader(items, k) ? 'goal' : null;
    if (headed !== null) {
      out.push({ caption: items[k]!, cells: runFrom(k + 1), headed });
      continue;
    }
    if (!namesTable(items[k]!) || read.has(items[k + 1]!.index)) continue;
    const cells = runFrom(k + 1);
    if (cells.length < 4) continue;
    const named = /^(?:序号|编号|指标|指标名称|主要指标|项目|名称|类别|领域|重点任务|主要任务|工作任务|任务|工作内容)$/.test(cells[0]!.match.replace(/\s+/g, ''));
    if (named || cells.filter(figureLine).length >= 2) out.push({ caption: items[k]!, cells });
  }
  return out;
}

/** Reads the tables found in the plan's text into the model. */
export function readBodyTables(ctx: ParseContext, pending: PendingTable[]): BodyTable[] {
  const out: BodyTable[] = [];
  // The index of the last item of each table read, to see what stands between it and the next.
  let lastIndex = -1;
  for (const p of pending) {
    const first = p.items[0]!;
    const last = p.items[p.items.length - 1]!;
    const before = out[out.length - 1];
    // One table printed in two parts: its rows (and the groups above them) read as one table.
    const samePlace = before !== undefined && !p.caption && p.path.join('|') === before.path.join('|');
    const table =
      first.block.kind === 'table'
        ? ((samePlace ? headlessContinuation(ctx, before.table, first, 'text') : null) ?? tableFromBlock(ctx, first, 'text'))
        : rebuildFlatTable(ctx, flatCellsOf(ctx, p.items), 'text');
    if (!table) continue;
    const unit = p.unit ? unitLine(p.unit.match) : null;
    if (unit !== null && table.unit === undefined) setTableUnit(table, unit);
    if (before && samePlace && continuesTable(ctx, before.table, table, { from: lastIndex, to: first.index })) {
      before.table = joinTables(before.table, table);
      before.position = { start: before.position.start, end: ctx.blockPosition(last).end };
      lastIndex = last.index;
      continue;
    }
    // A box's table under its title row (专栏1 重点工程 over 序号 | 项目名称 …) is titled by its box, as
    // under a 专栏1 line: that row is the box's heading, no caption of the table's.
    const titled = first.block.kind === 'table' ? boxOverTable(first.block.rows, ctx.normalize) : null;
    const boxTitled = titled !== null && p.path[p.path.length - 1] === titled.heading.label;
    if (boxTitled) delete table.caption;
    out.push({
      caption: p.caption ? p.caption.text.trim() : boxTitled ? null : (table.caption ?? null),
      path: p.path,
      table,
      position: ctx.rangePosition(p.caption ?? first, last),
    });
    lastIndex = last.index;
  }
  return out;
}
