import { fillMergedCategory } from './flat-category-cells.js';
import { namesCategory } from '../text/category-column.js';
import type { Annex, AnnexRange, AnnexRow, AnnexTable, Position, TextNode } from '../model/types.js';
import type { CellBlock } from '../source/types.js';
import type { Item, ParseContext } from './context.js';
import { continuesTable, joinTables } from './split-tables.js';
import { matchMarker } from '../text/markers.js';
import { arabicYears } from '../text/date.js';
import { BARE_ROLE_WORD, LEAD_COLUMN_SOURCE, PART_COLUMN_SOURCE, ROLE_BODY } from '../text/role-words.js';
import { readsAsMeasureUnit } from '../text/measure-units.js';
import { dropForeignUnitValues } from './column-units.js';
import { cellNote } from './goals/cell-note.js';
import { readTargetCell } from './goals/target-figure.js';
import { proseColumn } from './prose-column.js';
import { percentCells, rowCellUnit, spanningGroup, type UnitFigure } from './figure-groups.js';
import { plausibleUnits } from './responsibility.js';
import type { PendingTable } from './body-tables.js';
import { joinUnitLines, unitColumns, unitOutOfPlace } from './flat-unit-cells.js';
import { unitCellNote, withNote } from './unit-cell-note.js';
import { cellOutOfPlace, columnKinds, fitWrappedRow, joinCellLines, leavesTextCut, type CellLines } from './flat-wrapped-cells.js';
import { fitShortRow, splitSharedRow, type MergedCells } from './flat-merged-rows.js';
import { gridGroup, noteRow, trailingNotes } from './table-notes.js';
import { isDownloadLine } from './download-lines.js';
import { applyUnitList, unitListLine } from './unit-list-line.js';
import { titleUnit, unitLine } from './unit-line.js';
import { cutAsWritten } from './as-written.js';
import { withWrittenEmptyCells } from './flat-empty-cells.js';
import { placeShortRow } from './short-row-years.js';
import { spanningFrom } from './spanning-row.js';
import { spreadTotalRow } from './flat-total-row.js';
import { opensOutOfSequence } from './flat-serial-skip.js';
import { labelUnit, spanningHeaderUnits } from './header-span-units.js';
import { headerName } from '../text/header-name.js';
import { DEADLINE_COLUMN, isTaskHeaderRun } from '../text/task-columns.js';
import { spannedUnitColumns } from './flat-unit-header.js';
import { blankFormTable, endsAnnexTitle, formHeaderLine, isFieldName } from './blank-form.js';
import { joinWrappedHeaderLines } from './flat-header-wraps.js';
import { turnYearRows, namesYearAxis, yearRowsShape } from './annex-year-rows.js';

/**
 * `附件`, `附件1`, `附件一` standing alone, or `附件1:标题` — the start of an annex; so is a 附表 (an
 * annexed table) written the same way (`附表`, `附表2`, `附表：某任务分工表`). A caption with no colon
 * (`附表2 重点项目表`) is none: that names a table of the annex it stands in.
 */
const ANNEX_HEAD = /^附 ?([件表]) ?([0-9一二三四五六七八九十]{0,3}) ?(?:[:：] ?(.*))?$/;

export function matchAnnexHead(match: string): { number: string; title: string; table: boolean } | null {
  const m = ANNEX_HEAD.exec(match.trim());
  if (!m) return null;
  return { number: m[2] ?? '', title: (m[3] ?? '').trim(), table: m[1] === '表' };
}

/** A cell that reads as a number: 2.57, 1,170, -3, 12% (the % is dropped). */
export function numericValue(text: string): number | null {
  const t = text.trim().replace(/[,，]/g, '').replace(/%$/, '');
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** A figure in square brackets, [18]: in a plan's table of targets, a cumulative (五年累计) figure. */
const BRACKETED = /^[[【〔［] ?(.+?) ?[\]】〕］]$/;

/** The figure inside `[18]`, or null when the cell is not one in brackets. */
export function bracketedFigure(match: string): string | null {
  const m = BRACKETED.exec(match.trim());
  return m && numericValue(m[1] as string) !== null ? (m[1] as string) : null;
}

/**
 * A value cell that states a range (15—20, 3-5, 5%—6%): its lower and upper figure, as a goal's
 * value and upTo; null for anything else, a range with another unit (1—2万人) included, since the
 * row's unit would not fit it.
 */
export function cellRange(match: string): AnnexRange | null {
  const target = readTargetCell(match.trim().replace(/[,，]/g, ''));
  if (!target || target.upTo === undefined || !(target.unit === '' || target.unit === '%') || target.qualifiers.length > 0) return null;
  return target.upTo > target.value ? { value: target.value, upTo: target.upTo } : null;
}

/**
 * A value cell's figure: a number (2.57, 12%), a cumulative figure in brackets ([18]), or one
 * figure bounded by a sign or word (≥85, 不低于500, 90%以上), which a goal table's row states as
 * its target. A range (1—1.5) and a figure with another unit are no single value.
 */
function cellValue(match: string): number | null {
  const plain = numericValue(match);
  if (plain !== null) return plain;
  const bracketed = bracketedFigure(match);
  if (bracketed !== null) return numericValue(bracketed);
  const target = readTargetCell(match.trim().replace(/[,，]/g, ''));
  if (target) return target.upTo === undefined && (target.unit === '' || target.unit === '%') ? target.value : null;
  // 3.6（累计）, 95（约束性）: the figure before a bracketed note (see cell-note.ts).
  const noted = cellNote(match);
  return noted ? cellValue(noted.figure) : null;
}

/** A value cell with a unit of measure after its one figure (1200家, 120亿元, 2500家以上), else null. */
function unitFigure(match: string | undefined): UnitFigure | null {
  if (!match || !/\d/.test(match)) return null;
  const target = readTargetCell(match.trim().replace(/[,，]/g, ''));
  if (!target || target.upTo !== undefined || target.unit === '' || target.unit === '%') return null;
  return readsAsMeasureUnit(target.unit) ? { value: target.value, unit: target.unit } : null;
}

// A note after the year says what the column's figures are: the base year's (2020年(基期), 2020年基期值,
// (基准年), (现状值)) or the targets or estimates (2025年目标值, 2024年(预计)). Either way the column is the year's.
// A year's actual figure (2023年(实际), 2023年完成值) is counted as a base year's is: a figure reached, no target.
// 2023年基数, 基数(2023年), 2023年基线值: the figure a plan counts from, by the other names tables give it.
const BASE_NOTE = '基期(?:值|年)?|基年|基准(?:年|值)?|基数|基线(?:值|年)?|现状(?:值)?|实际(?:完成)?(?:值)?|完成(?:值|情况)';
const YEAR_NOTE = `${BASE_NOTE}|(?:预期|计划)?目标(?:值)?|预期(?:值)?|预计(?:值)?|计划(?:值)?|指标值|值`;
// 2025年底, 2025年末, 到2025年, 目标值(2025年): the year's figure all the same (the year's end is when it is counted).
export const YEAR_HEADER = new RegExp(`^(?:到|(?:${YEAR_NOTE})\\((?=[^()]*\\)$))?((?:19|20)\\d{2}) ?年?(?:度|底|末)?(?:${YEAR_NOTE}|\\((?:${YEAR_NOTE})\\)|(?<=\\(\\d{4}年?)\\))?$`);

/**
 * A year header with the unit of the column's figures in brackets after it (2023年（亿元）,
 * 2025年目标值(%)): the header less the unit, and the unit; null for any other header, a note
 * that is no unit (2024年(第一批)) included.
 */
export function yearColumnUnit(key: string): { year: string; unit: string } | null {
  const m = /^(.+?) ?[(（]([^()（）\d]{1,6})[)）]$/.exec(key.trim());
  return m && YEAR_HEADER.test(m[1]!) && readsAsMeasureUnit(m[2]!) ? { year: m[1]!, unit: m[2]! } : null;
}

/**
 * The key of each value column's figures in a row's `values`: its year (2023 for 2023年(亿元)), else
 * its header. Two columns of one year (2023年(目标) beside 2023年(实际)) do not share the key: the
 * target's column takes the year, and a base or actual figure's keeps its header, so neither figure
 * overwrites the other.
 */
function valueKeys(keys: readonly string[], columns: readonly string[], valueCols: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  const taken = new Set<string>();
  // Targets first, so that a base or actual column of the same year is the one that yields.
  const isBase = (k: number): number => Number(BASE_YEAR_HEADER.test(keys[k] as string));
  for (const k of [...valueCols].sort((a, b) => isBase(a) - isBase(b))) {
    const year = YEAR_HEADER.exec(keys[k] as string)?.[1];
    const key = year !== undefined && !taken.has(year) ? year : (columns[k] as string);
    taken.add(key);
    out.set(k, key);
  }
  return out;
}

/**
 * A header as its year is read: less the unit in brackets after the year (2023年(亿元) → 2023年),
 * and a year written in Chinese numerals in figures (二〇二三年 → 2023年).
 */
export function yearKey(key: string): string {
  const digits = arabicYears(key);
  return yearColumnUnit(digits)?.year ?? digits;
}
/** A year column of the base year's figures: 2020年(基期), 2020年基期值, 2020(基准年), 2024年(现状值), 基期值(2022年), 2023年基数. */
export const BASE_YEAR_HEADER = new RegExp(`^(?:(?:19|20)\\d{2} ?年?(?:度)?(?:${BASE_NOTE}|\\((?:${BASE_NOTE})\\))|(?:${BASE_NOTE})\\((?:19|20)\\d{2}年?\\))$`);
/** How the header of a one-column list names it: 名称, 网站名称, 单位名单, 项目清单, 序号 …. */
const ONE_COLUMN_HEADER = /(?:名称|名单|清单|目录|单位|部门|项目|内容|事项|序号)$/;
export const HEADER_WORDS = /^(序号|编号|指标|指标名称|项目|名称|内容|单位|计量单位|类别|任务|责任单位|牵头单位|备注|目标|目标值|基期值|基准值|基数|现状值|预期值|属性)$/;
/** Columns of words about a row, never of its figures: 指标属性 (约束性/预期性), 指标类型, 备注. */
// A 考核 table's scores (分值, 权重) and the rules for them (评分标准): no figures of the indicator, whose unit
// (亿元) the row names.
export const TEXT_COLUMN = /^(?:指标)?(?:属性|类别|类型|性质)$|^(?:备注|说明|领域)$|^(?:分值|分数|权重|满分|标准分|基础分|赋分|(?:评分|计分|考核|评价|扣分|加分)(?:标准|办法|方法|细则|规则|依据|说明))$/;

/**
 * Splits `研发支出与地区生产总值比值(%)` into indicator and unit, noting an unclosed bracket. A
 * bracket is the unit only when it reads as one (亿元, 家, %, 万人次); a note (累计, 年末, 当年)
 * stays part of the indicator. A unit the table gives in a column of its own (`columnUnit`) wins
 * over the bracket's.
 */
export function splitIndicator(text: string, match: string, columnUnit: string | null = null): { indicator: string; unit: string | null; unclosedAt: number | null } {
  // 连接设备数(万台(套)): the unit may hold a counter in brackets of its own.
  const m = /^(.*?)[(]((?:[^()]|\([^()]{1,2}\)){1,12})(\)?)\s*$/.exec(match);
  if (!m || !(m[1] as string).trim() || !readsAsMeasureUnit(m[2] as string)) return { indicator: text.trim(), unit: columnUnit, unclosedAt: null };
  const open = (m[1] as string).length;
  return {
    indicator: text.slice(0, open).trim(),
    unit: columnUnit ?? text.slice(open + 1, open + 1 + (m[2] as string).length).trim(),
    unclosedAt: m[3] ? null : open,
  };
}

/** Where a table stands: in an annex, or in the plan's text (表1 主要指标). */
export type TablePlace = 'annex' | 'text';

interface Cell {
  text: string;
  match: string;
  item: Item;
  /** Offset of the cell within the item's text (0 for a flattened cell). */
  offset: number;
  position: Position;
  /** A copy of a merged cell of the row above (a flattened table writes such a cell once). */
  spanned?: boolean;
}

/**
 * A line that may head a group of a flattened table's rows, as a row spanning the table does in its
 * HTML form (一、面向企业的"一件事", （二）…): a short numbered heading that says no sentence. Whether it
 * is one depends on the rows around it (see rebuildFlatTable and flatTableExtent).
 */
export function mayBeGroupLine(match: string): boolean {
  const t = match.trim();
  if (t.length > 60 || /[。;；]/.test(t)) return false;
  const marker = matchMarker(t);
  return marker !== null && (marker.kind === 'chinese' || marker.kind === 'paren-chinese');
}

/** A bare role word alone (牵头, 配合, 协办): a unit column's name under a spanning 责任单位. */
const BARE_ROLE_LINE = new RegExp(`^${BARE_ROLE_WORD}$`);

/**
 * A line that may name a group of a flattened table's rows without a number (科技创新 between the
 * rows): a short phrase, no figure, no punctuation, neither a unit (县科技局) nor a column's name
 * (完成时限). Taken only where a row already has all its cells (see rebuildFlat), since ordinary cells
 * (持续推进) look the same.
 */
export function mayBePlainGroupLine(match: string): boolean {
  const t = match.trim();
  return (
    t.length >= 2 &&
    t.length <= 30 &&
    !/[0-9０-９\s。；;：:，,、()（）“”"'《》—\-/]/.test(t) &&
    !/(?:局|委|办|院|中心|政府|公司|单位|部门|机构|机关|街道|镇|乡|会|所|队|站|室|处|科|部|厅)$/.test(t) &&
    !/^(?:序号|编号)$|任务|措施|内容|时限|时间|节点|备注|指标|事项|项目|名称|目标|分工/.test(t) &&
    // A column's name (属性, 单位) or an indicator's kind (约束性, 预期性) is a cell, never a group.
    !/^(?:(?:计量)?单位|(?:指标)?(?:属性|性质|类型)|类别|说明|(?:约束|预期|指导|引导)[性型])$/.test(t) &&
    // A unit column's bare role word under a spanning 责任单位 (牵头 | 配合) names a column too.
    !BARE_ROLE_LINE.test(t) &&
    // A deadline cell (持续推进, 长期坚持) says when, not what.
    !/^(?:持续|长期|常年|常态|逐年|分步|分年|按期|按年|每年|全年|年内|年底|适时)|(?:推进|完成|坚持|实施|前)$/.test(t)
  );
}

/**
 * A group's number alone on its line (一, （二）, 三、) over its name (教育医疗), as a table that numbers
 * its groups in the 序号 column (一 | 教育医疗 spanning the rest) is flattened: a short name, no
 * sentence, no unit, no figure.
 */
export function numeralGroupAt(cells: ReadonlyArray<{ match: string } | undefined>, i: number): boolean {
  const number = cells[i]?.match.trim() ?? '';
  if (number.length > 5 || !/^[（(]?[一二三四五六七八九十]+[)）、.．]?$/.test(number)) return false;
  const name = cells[i + 1]?.match.trim() ?? '';
  return name.length >= 2 && name.length <= 30 && !/[。；;：:]/.test(name) && numericValue(name) === null && !plausibleUnits(name) && !/^(?:序号|编号)$/.test(name);
}

/**
 * A row of sums under the numbered rows: 合计, 总计, 小计, 共计 in its first cell, spaced out to the
 * cell's width as often as not (`合  计`, `合　计`).
 */
export const TOTAL_CELL = /^[合总小共]\s*计$/;

/** Cells from `i` start a total row: 合计, then a cell that is not a number (its unit) or its figures. */
function startsTotalRow(cells: ReadonlyArray<{ match: string }>, i: number): boolean {
  return TOTAL_CELL.test(cells[i]?.match.trim() ?? '') && i + 1 < cells.length;
}

/**
 * A header naming when, as the column after 序号 (序号 | 年度 | 建设任务, 实施年份, 完成时间): its
 * cells may be bare years (2024), which are that column's data, not figures of the row before.
 */
const TIME_COLUMN = new RegExp(`^(?:建设|实施|计划|完成|开工|竣工|启动|投产)?(?:年度|年份|年限)$|${DEADLINE_COLUMN.source}`);
const BARE_YEAR = /^(?:19|20)\d{2}$/;

/**
 * Whether a flattened table's lines from `cells[0]` head a table whose column after 序号 names a
 * time (序号 | 年度 | …), so that a row's serial is followed by a bare year (1 | 2024 | …).
 */
export function yearAfterSerial(cells: ReadonlyArray<{ match: string } | undefined>): boolean {
  return /^(?:序号|编号)$/.test(cells[0]?.match.trim() ?? '') && TIME_COLUMN.test((cells[1]?.match ?? '').replace(/\s+/g, ''));
}

/**
 * Whether the line after a serial lets it open a row: a line that is no number (so that a value equal
 * to the next serial does not split a row), or a bare year where the column after 序号 names a time.
 */
export function opensAfterSerial(next: string | undefined, yearSecond: boolean): boolean {
  const t = (next ?? '0').trim();
  return numericValue(t) === null || (yearSecond && BARE_YEAR.test(t));
}

/** Cells from `i` start a row numbered `serial`: the serial, then a cell that is not a number (see opensAfterSerial). */
function startsRowAt(cells: ReadonlyArray<{ match: string }>, i: number, serial: number, yearSecond = false): boolean {
  return cells[i]?.match.trim() === String(serial) && opensAfterSerial(cells[i + 1]?.match, yearSecond);
}

/**
 * Rebuilds a table that was flattened to one cell per line: a header (序号, maybe an empty cell
 * lost in scraping, then columns such as years), then rows that each start with their serial
 * number. Row starts are the next expected serial followed by a non-numeric cell, so a value
 * that happens to equal the next serial does not split a row. A group line (一、…) right before a
 * row start, between rows as wide as the others, is a row spanning the table, as in its HTML form;
 * the rows under it may number from 1 again.
 */
export function rebuildFlatTable(ctx: ParseContext, lines: Cell[], place: TablePlace = 'annex'): AnnexTable | null {
  // 2023年 / （基期值）: one header cell wrapped over two lines is read as the one cell it is.
  const cells = [...joinWrappedHeaderLines(lines, (key) => YEAR_HEADER.test(yearKey(key)))];
  const categorised = rebuildCategorised(ctx, cells, place);
  if (categorised !== undefined) return categorised;
  const numbered = rebuildFlat(ctx, cells, place, 'plain') ?? rebuildFlat(ctx, cells, place, 'numbered') ?? rebuildFlat(ctx, cells, place, 'none');
  if (numbered) return numbered;
  // No serial to find the rows by: the header and the rows' shape tell them, when they take every line.
  const shape = unnumberedShape(cells.map((c) => c.match));
  // Group lines (一、…, （一）…) among the rows: the group reading is tried first, since the count of
  // lines may tile both ways (a heading then read as a row's cell, every cell after it shifted).
  const inside = shape !== null && cells.some((c, k) => k >= shape.width && mayBeGroupLine(c.match));
  const grouped = inside ? rebuildUnnumberedGroups(ctx, cells, place) : null;
  if (grouped) return grouped;
  if (shape && shape.width * (shape.rows + 1) === cells.length) {
    const columns = cells.slice(0, shape.width).map((h) => h.text.trim());
    const asRow = (c: Cell): RowCell => ({ text: c.text, match: c.match, position: c.position, item: c.item });
    const rows = Array.from({ length: shape.rows }, (_, r) => cells.slice(shape.width * (r + 1), shape.width * (r + 2)).map(asRow));
    return makeTable(ctx, columns, rows, cells[0]!, cells[cells.length - 1]!, place, 0, [], cells.slice(0, shape.width).map(asRow), true);
  }
  return inside ? null : rebuildUnnumberedGroups(ctx, cells, place);
}

/**
 * A table without a serial whose rows are grouped by lines spanning it (一、科技创新类, （一）基础设施
 * between the rows, as its HTML form's colspan rows): read when, the group lines set aside, the
 * header and the rows take every other line (see unnumberedShape) and each group line stands
 * between two rows (or under the header), never inside one. Each group line is then a row spanning
 * the table, as rebuildFlat lays one out.
 */
function rebuildUnnumberedGroups(ctx: ParseContext, cells: Cell[], place: TablePlace): AnnexTable | null {
  const isGroup = cells.map((c) => mayBeGroupLine(c.match));
  if (!isGroup.includes(true) || isGroup[isGroup.length - 1]) return null;
  const body = cells.filter((_, k) => !isGroup[k]);
  const shape = unnumberedShape(body.map((c) => c.match));
  if (!shape || shape.width * (shape.rows + 1) !== body.length) return null;
  const { width } = shape;
  const columns = body.slice(0, width).map((h) => h.text.trim());
  const laid: RowCell[][] = [];
  let row: Cell[] = [];
  let seen = 0;
  for (const [k, c] of cells.entries()) {
    if (isGroup[k]) {
      // A group line inside the header or inside a row: the lines are no such table.
      if (seen < width || row.length > 0) return null;
      laid.push(columns.map(() => c));
      continue;
    }
    seen++;
    if (seen <= width) continue;
    row.push(c);
    if (row.length === width) {
      laid.push(row);
      row = [];
    }
  }
  const rows = laid.map((r) => r.map((c) => ({ text: c.text, match: c.match, position: c.position, item: c.item })));
  return makeTable(ctx, columns, rows, cells[0]!, cells[cells.length - 1]!, place, 0, [], undefined, true);
}

/** A header naming a column of figures: a year's (2025年, 2020年(基期)) or the targets' (目标值). */
const VALUE_HEADER = /^(?:目标|目标值|预期值|预期目标|基期值|基准值|基数|现状值)$/;
export const isValueHeader = (key: string): boolean => YEAR_HEADER.test(yearKey(key)) || VALUE_HEADER.test(key);

/**
 * Names of the columns a table of text has (重点任务 | 牵头单位 | 完成时限): without a serial, its
 * header is the run of such names, since its rows' cells are words too.
 */
const TEXT_HEADER = new RegExp(
  `^(?:(?:主要|重点|工作|具体)?(?:任务|措施|内容|事项|目标)|(?:工作|任务)?(?:内容|名称)|(?:重点)?(?:项目|工作)(?:名称)?|${LEAD_COLUMN_SOURCE}|${PART_COLUMN_SOURCE}|承办${ROLE_BODY}|(?:完成|办结)?(?:时限|时间)|时间节点|进度安排|工作要求)$`,
);

/** A line that may name a column: short, no figure but a year's, no sentence. */
function mayNameColumn(key: string): boolean {
  return key.length > 0 && key.length <= 16 && !/[。;；,，:：]/.test(key) && !/\d/.test(key.replace(/(?:19|20)\d{2}/g, '')) && !NOT_APPLICABLE.test(key);
}

/** A cell under a column of figures: a figure, a range, a bounded figure (≥85), or — for none. */
export function isValueCell(match: string): boolean {
  const t = match.trim();
  return cellValue(t) !== null || cellRange(t) !== null || NOT_APPLICABLE.test(t) || readTargetCell(t.replace(/[,，]/g, '')) !== null;
}

/**
 * The shape of a table flattened to one cell per line without a serial column (指标 | 单位 | 2020年 |
 * 2025年 | 属性, then each row's cells): the header's width and how many whole rows of that width
 * follow it, each opening with a word (its indicator or task) and giving, in a table of figures, a
 * figure (or —) under every year column, in a table of text no column's name. Null when no header
 * reads so. A table of figures may name its columns freely (年均增长〔累计〕), its rows' figures
 * telling where the header ends; one of text only with the names such tables use (牵头单位, 完成时限).
 */
export function unnumberedShape(lines: readonly string[] | { length: number; at: (i: number) => string }, maxWidth = 12): { width: number; rows: number } | null {
  // Lines are read as far as the rows fit, no further: a long run of short lines costs no more than its table.
  const at = Array.isArray(lines) ? (i: number): string => (lines as readonly string[])[i]! : (lines as { at: (i: number) => string }).at;
  const cache = new Map<number, string>();
  const keys = {
    length: lines.length,
    get: (i: number): string => {
      let k = cache.get(i);
      if (k === undefined) cache.set(i, (k = at(i).replace(/\s+/g, '')));
      return k;
    },
    slice: (from: number, to: number): string[] => Array.from({ length: Math.max(0, Math.min(to, lines.length) - from) }, (_, j) => keys.get(from + j)),
  };
  // 年度 / 研发投入强度（%） / … / 2023年 / 3.2 / …: a row per year, to be turned (see turnYearRows).
  const yearRows = yearRowsShape(maxWidth, keys.get, keys.length);
  if (yearRows) return yearRows;
  const wordCell = (k: string): boolean => k !== '' && numericValue(k) === null && !NOT_APPLICABLE.test(k) && !isValueHeader(k);
  const rowsOf = (width: number, fits: (row: readonly string[]) => boolean): number => {
    let rows = 0;
    while (width * (rows + 2) <= keys.length && fits(keys.slice(width * (rows + 1), width * (rows + 2)))) rows++;
    return rows;
  };
  let best: { width: number; rows: number } | null = null;
  for (let width = 2; width <= Math.min(maxWidth, keys.length / 2); width++) {
    const header = keys.slice(0, width);
    if (!header.every(mayNameColumn)) break;
    const valueCols = header.map((_, k) => k).filter((k) => k > 0 && isValueHeader(header[k]!));
    if (valueCols.length === 0 || isValueHeader(header[0]!)) continue;
    // A column of words by its name (单位, 属性) holds no bare figure; a column of figures nothing else.
    const fits = (row: readonly string[]): boolean =>
      wordCell(row[0]!) &&
      !mayNameColumnOnly(row[0]!) &&
      valueCols.every((k) => isValueCell(row[k]!)) &&
      row.every((c, k) => !(HEADER_WORDS.test(header[k]!) || TEXT_COLUMN.test(header[k]!)) || isValueHeader(header[k]!) || numericValue(c) === null);
    const rows = rowsOf(width, fits);
    if (rows > 0 && (best === null || width * (rows + 1) > best.width * (best.rows + 1))) best = { width, rows };
  }
  if (best) return best;
  // A table of text: its header the run of column names (a roster's too: 单位 / 姓名 / 职务 / 联系电话).
  let width = 0;
  while (width < Math.min(maxWidth, keys.length) && (TEXT_HEADER.test(keys.get(width)) || isFieldName(keys.get(width)))) width++;
  if (width < 2) return null;
  // A form's field names (申请金额（万元）) are no row of a roster either: they are more of its labels.
  const named = (k: string): boolean => TEXT_HEADER.test(k) || HEADER_WORDS.test(k) || TEXT_COLUMN.test(k) || isFieldName(k);
  const rows = rowsOf(width, (row) => wordCell(row[0]!) && !row.some(named));
  return rows > 0 ? { width, rows } : null;
}

/**
 * Whether the annex's lines from `i` open a table flattened a cell per line without a serial (指标 /
 * 单位 / 2020年（基期） …, see unnumberedShape): the line names a column, and the lines read so. A name
 * that may title an annex too (重点任务, 主要指标) counts only after a title line.
 */
export function opensUnnumberedTable(own: readonly Item[], i: number, titled: boolean): boolean {
  const key = own[i]!.match.replace(/\s+/g, '');
  if (titled && TITLING_INDICATOR_HEADER.test(key)) return unnumberedShape({ length: own.length - i, at: (k) => own[i + k]!.match }) !== null;
  if (!(mayNameColumnOnly(key) || namesYearAxis(key)) || (!titled && TEXT_HEADER.test(key) && !HEADER_WORDS.test(key))) return false;
  return unnumberedShape({ length: own.length - i, at: (k) => own[i + k]!.match }) !== null;
}

/** An indicator column's name that titles a table of indicators too (主要指标 over 计量单位 | 2023年 …). */
const TITLING_INDICATOR_HEADER = /^(?:主要|具体|核心)指标(?:名称)?$/;

/** A word that names a column and nothing else (指标, 单位, 2025年): never a row's first cell. */
const mayNameColumnOnly = (key: string): boolean => HEADER_WORDS.test(key) || TEXT_COLUMN.test(key) || isValueHeader(key) || TEXT_HEADER.test(key);

/**
 * Whether a flattened table's header opens with a category column, then 序号 (领域 | 序号 | 指标 …):
 * the category's cell stands once, on a line of its own, above the rows it spans, as its rowspan did.
 */
export function opensWithCategory(first: string | undefined, second: string | undefined): boolean {
  return namesCategory(first) && /^(?:序号|编号)$/.test((second ?? '').trim());
}

/**
 * Rebuilds a flattened table whose header names a category column before 序号 (领域 | 序号 | 主要指标 |
 * 单位 | 2020年 | 2025年): each line naming a category (健康水平, 一、经济发展) before a row start fills
 * that column for the rows under it, each row being one cell shorter than the header. Undefined when
 * the table is not of this kind (then the other readings are tried). A row that is not exactly as
 * wide would put its figures under the wrong years: it is left out, with a diagnostic.
 */
function rebuildCategorised(ctx: ParseContext, cells: Cell[], place: TablePlace): AnnexTable | null | undefined {
  if (cells.length < 6 || !opensWithCategory(cells[0]?.match, cells[1]?.match)) return undefined;
  const isGroup = (i: number): boolean => mayBeGroupLine(cells[i]!.match) || mayBePlainGroupLine(cells[i]!.match);
  let g = 2;
  while (g < cells.length && g <= 40 && !startsRowAt(cells, g, 1) && !(isGroup(g) && startsRowAt(cells, g + 1, 1))) g++;
  // The rows must open under a category line; else the category is in each row, or there is none.
  if (g < 4 || g >= cells.length || startsRowAt(cells, g, 1)) return undefined;
  const header = cells.slice(0, g);
  const width = header.length - 1;
  const headerKeys = header.map((h) => h.match.replace(/\s+/g, ''));
  // A category line may follow a row short of a cell only where the last column is a year's: a
  // word there is no figure, while under 属性 or 备注 (约束性) it is the row's last cell.
  const lastIsYear = YEAR_HEADER.test(ctx.normalize(header[header.length - 1]!.text).replace(/\s+/g, ''));
  const rows: Array<{ group: Cell; cells: Cell[] }> = [];
  let group = cells[g]!;
  let row: Cell[] = [];
  let expected = 1;
  for (let i = g + 1; i < cells.length; i++) {
    if (repeatsHeader(cells.slice(i, i + header.length), headerKeys)) {
      i += header.length - 1;
      continue;
    }
    const c = cells[i]!;
    const groupFits = row.length === width || (row.length >= 2 && (lastIsYear || mayBeGroupLine(c.match)));
    if (groupFits && isGroup(i) && (startsRowAt(cells, i + 1, expected) || startsRowAt(cells, i + 1, 1))) {
      rows.push({ group, cells: row });
      row = [];
      group = c;
      if (!startsRowAt(cells, i + 1, expected)) expected = 1;
      continue;
    }
    if (startsRowAt(cells, i, expected) && (row.length === 0 || row.length >= 2)) {
      if (row.length) rows.push({ group, cells: row });
      row = [c];
      expected++;
    } else row.push(c);
  }
  if (row.length) rows.push({ group, cells: row });
  const what = place === 'annex' ? 'annex' : 'table';
  const aligned = rows.filter((r) => {
    if (r.cells.length === width) return true;
    const first = r.cells[0];
    const at = first?.position ?? r.group.position;
    ctx.report(
      'annex-row-width',
      'warning',
      `${what} row ${first?.text.trim() ?? ''} under ${r.group.text.trim()} has ${r.cells.length} cells where ${width} follow the category column; left out, since which column each figure belongs to would be a guess`,
      at,
    );
    return false;
  });
  if (aligned.length === 0) return null;
  const columns = header.map((h) => h.text.trim());
  const laid = aligned.map((r) => [r.group, ...r.cells].map((c) => ({ text: c.text, match: c.match, position: c.position, item: c.item })));
  return makeTable(ctx, columns, laid, header[0]!, cells[cells.length - 1]!, place, 1, [], undefined, true);
}

/**
 * Which group lines a rebuild takes: numbered ones (一、…) only, none, or also unnumbered ones
 * (科技创新), a reading that holds only when every row then has exactly the header's cells.
 */
type GroupLines = 'plain' | 'numbered' | 'none';

function rebuildFlat(ctx: ParseContext, cells: Cell[], place: TablePlace, groups: GroupLines): AnnexTable | null {
  if (cells.length < 4) return null;
  // 序号 | 年度 | …: a row's serial is followed by its year (1 | 2024 | …).
  const yearSecond = yearAfterSerial(cells);
  const startsRow = (i: number, serial: number): boolean => startsRowAt(cells, i, serial, yearSecond);
  // A plain group line is a cell past the row's last (the header's width, once the header is read),
  // or the last line before the first row, when the header is then exactly as wide as the rows.
  let headerWidth = 0;
  let plainGroups = 0;
  const rows: Cell[][] = [];
  const plainAt = (i: number, rowLength: number): boolean =>
    groups === 'plain' && (headerWidth === 0 || rowLength === headerWidth || (rowLength === 0 && rows.length === 0)) && mayBePlainGroupLine(cells[i]!.match);
  // 序号 | 任务 | …: a group's number alone under 序号 (一, （二）), its name on the next line.
  const serialHeader = /^(序号|编号)$/.test(cells[0]!.match.trim());
  const numeralAt = (i: number, expected: number): boolean =>
    groups !== 'none' && serialHeader && numeralGroupAt(cells, i) && (startsRow(i + 2, expected) || startsRow(i + 2, 1));
  // 一、科技创新类 over （一）平台建设 over the first row: a group and its subgroup, each a row spanning the table.
  const nestedAt = (i: number, expected: number, depth: number): boolean =>
    depth < 3 && mayBeGroupLine(cells[i]?.match ?? '') && (startsRow(i + 1, expected) || startsRow(i + 1, 1) || nestedAt(i + 1, expected, depth + 1));
  const groupAt = (i: number, expected: number, rowLength = 0): boolean =>
    numeralAt(i, expected) ||
    (groups !== 'none' &&
      (mayBeGroupLine(cells[i]!.match) || plainAt(i, rowLength)) &&
      (startsRow(i + 1, expected) || startsRow(i + 1, 1) || (mayBeGroupLine(cells[i]!.match) && nestedAt(i + 1, expected, 1))));
  /** The first line after the group lines from `i` on (the row they head). */
  const afterGroups = (i: number): number => {
    let j = i + 1;
    while (j < cells.length && mayBeGroupLine(cells[j]!.match) && !startsRow(j, 1)) j++;
    return j;
  };
  /** A serial out of sequence where the row before is full (see opensOutOfSequence). */
  const serialAfterFullRow = (i: number, row: readonly Cell[]): boolean => {
    if (!/^\d{1,3}$/.test(cells[i]!.match.trim())) return false;
    const serial = Number(cells[i]!.match.trim());
    const body = rows.filter((_, k) => !groupRows.includes(k));
    const place = {
      serial,
      expected,
      rowLength: row.length,
      above: body.length > 0 ? body[body.length - 1]!.length : null,
      headerWidth,
      endsOnFigure: row.length > 0 && numericValue(row[row.length - 1]!.match.trim()) !== null,
      headerEndsOnYear: YEAR_HEADER.test(yearKey(ctx.normalize(header[header.length - 1]!.text).replace(/\s+/g, ''))),
    };
    return opensOutOfSequence(place) && startsRow(i, serial);
  };
  /**
   * A row's last figure right before the 合计 or the group line under it, equal to the next serial by
   * chance (`2 | 创新平台 | 1 | 2 | 3 | 合计`, `… | 2.8 | 3 | 二、产业发展`): a serial is never followed by
   * a group line, which spans a row of its own, so the line is the row's cell; before 合计, where it
   * fills the row to the width of the row above (or the header's), since a numbered row named 合计 is
   * no row of such a table.
   */
  const lastFigureBeforeEnd = (i: number, row: readonly Cell[]): boolean => {
    if (row.length < 2) return false;
    if (mayBeGroupLine(cells[i + 1]?.match ?? '') || (serialHeader && numeralGroupAt(cells, i + 1))) return true;
    if (!TOTAL_CELL.test(cells[i + 1]?.match.trim() ?? '')) return false;
    const above = rows.length > 0 && !groupRows.includes(rows.length - 1) ? rows[rows.length - 1]!.length : headerWidth;
    return row.length + 1 === above;
  };
  let i = 0;
  const header: Cell[] = [];
  while (i < cells.length && !startsRow(i, 1) && !groupAt(i, 1)) {
    header.push(cells[i]!);
    i++;
  }
  if (i >= cells.length || header.length === 0) return null;
  headerWidth = header.length;
  /** Indexes (in rows) of the group lines, each a row of its one cell for now. */
  const groupRows: number[] = [];
  /** The rows of the group lines without a number (科技创新). */
  const plainRows = new Set<Cell[]>();
  let expected = 1;
  let row: Cell[] = [];
  const headerKeys = header.map((h) => h.match.replace(/\s+/g, ''));
  for (; i < cells.length; i++) {
    if (repeatsHeader(cells.slice(i, i + header.length), headerKeys)) {
      i += header.length - 1;
      continue;
    }
    const c = cells[i]!;
    if ((row.length === 0 || row.length >= 2) && groupAt(i, expected, row.length)) {
      const numeral = numeralAt(i, expected);
      if (row.length) rows.push(row);
      groupRows.push(rows.length);
      // The number and the name: laid out as the number under 序号 and the name spanning the rest.
      rows.push(numeral ? [c, cells[++i]!] : [c]);
      if (!numeral && !mayBeGroupLine(c.match)) {
        plainGroups++;
        plainRows.add(rows[rows.length - 1]!);
      }
      row = [];
      if (!startsRow(afterGroups(i), expected)) expected = 1;
      continue;
    }
    const opens = ((startsRow(i, expected) && !lastFigureBeforeEnd(i, row)) || startsTotalRow(cells, i)) && (row.length === 0 || row.length >= 2);
    const skipped = !opens && !lastFigureBeforeEnd(i, row) && serialAfterFullRow(i, row);
    if (opens || skipped) {
      if (row.length) rows.push(row);
      row = [c];
      expected = skipped ? Number(c.match.trim()) + 1 : expected + 1;
    } else row.push(c);
  }
  if (row.length) rows.push(row);
  fillMergedCategory(header.map((h) => ctx.normalize(h.text).replace(/\s+/g, '')), rows, groupRows);
  // A two-row header (责任单位 over 牵头单位 | 配合单位), its rows a cell short of it: the unit columns in the label's place.
  const spanned = spannedUnitColumns(
    header.map((h) => ctx.normalize(h.text).replace(/\s+/g, '')),
    mode(rows.filter((_, r) => !groupRows.includes(r)).map((r) => r.length)),
  );
  if (spanned) header.splice(0, header.length, ...spanned.map((k) => header[k]!));
  // A label over the year columns (目标值 over 2022年 | 2023年, 责任单位 after it): the header laid out
  // as its rows are before any row is fitted to it, so that a unit column stands where its cells do.
  const bodyWidth = mode(rows.filter((r, k) => !groupRows.includes(k) && !TOTAL_CELL.test(r[0]!.match.trim())).map((r) => r.length));
  const early = yearLabelLayout(header.map((h) => ctx.normalize(h.text).replace(/\s+/g, '')), bodyWidth);
  if (early) header.splice(0, header.length, ...early.order.map((k) => header[k]!));
  // The rows as written, before any is laid out anew (wrapped cells joined, merged ones filled): each
  // row's width, or null for a numbered group line, or 'plain' for an unnumbered one.
  const writtenRows: Array<number | null | 'plain'> = rows.map((r, k) => (!groupRows.includes(k) ? r.length : plainRows.has(r) ? 'plain' : null));
  // Rows too wide to read are reported only once this reading of the lines is taken.
  const dropped: Item[] = [];
  const unfit = fitUnitLines(ctx, header, rows, groupRows, place, dropped);
  if (groups === 'plain' && unfit.length > 0) return null;
  // 合计 spans the serial and the name in the table's own form: flattened, it is one cell short.
  const serialFirst = /^(序号|编号)$/.test(header[0]!.match.trim());
  const totals = rows.map((r, k) => !groupRows.includes(k) && TOTAL_CELL.test(r[0]!.match.trim()));
  const width = mode(rows.filter((_, r) => !groupRows.includes(r) && !totals[r]).map((r) => r.length));
  const others = rows.filter((_, r) => !groupRows.includes(r) && !totals[r]);
  rows.forEach((r, k) => {
    if (!totals[k] || !serialFirst) return;
    if (r.length === width - 1) rows[k] = [r[0]!, ...r];
    // Spanning the words after the name too (建设内容), only its figures written.
    else rows[k] = spreadTotalRow(r, width, others, emptyCellAfter) ?? r;
  });
  // A group line stands between rows of the table's shape: after the header (or a row as wide as
  // the others) and before such a row (the last may run longer). Otherwise it is read as before.
  const shape = typicalWidth(rows.filter((_, r) => !groupRows.includes(r)).map((r) => r.length), header.length);
  // A numbered task row wider than the rest that no reading laid out (kept as written, its width
  // reported) is still one row where the next row's serial goes on from its own: a group line (一、…)
  // beside it stays a row boundary, rather than being read as a cell of it.
  const taskRows = unitColumns(header.map((h) => ctx.normalize(h.text).replace(/\s+/g, ''))).cols.length > 0;
  const serialOf = (r: Cell[] | undefined): number => (r && /^\d{1,3}$/.test(r[0]!.match.trim()) ? Number(r[0]!.match.trim()) : NaN);
  const numberedOn = (r: number): boolean => {
    if (!taskRows || groupRows.includes(r) || rows[r]!.length <= shape) return false;
    let n = r + 1;
    while (groupRows.includes(n)) n++;
    return serialOf(rows[n]) === serialOf(rows[r]) + 1;
  };
  const shaped = groupRows.every((r) => {
    // Group lines one over another (a group and its subgroup) stand between the same two rows.
    let b = r - 1;
    while (groupRows.includes(b)) b--;
    let a = r + 1;
    while (groupRows.includes(a)) a++;
    const before = rows[b];
    const after = rows[a];
    const beforeFits = before === undefined ? header.length === shape || header.length === shape - 1 : before.length === shape || numberedOn(b);
    const afterFits = after !== undefined && (a === rows.length - 1 ? after.length >= shape : after.length === shape || numberedOn(a));
    return beforeFits && afterFits;
  });
  if (!shaped) return null;
  if (groups === 'plain') {
    // Unnumbered group lines read so only when the first opens the rows, right under the header,
    // and the header and every row (the last may run longer) are exactly as wide: otherwise the
    // lines are cells (a cell broken over two lines), and the other readings are tried.
    const body = rows.filter((_, r) => !groupRows.includes(r));
    const exact = body.every((r, k) => (k === body.length - 1 ? r.length >= header.length : r.length === header.length));
    if (plainGroups === 0 || groupRows[0] !== 0 || !exact) return null;
    // The lines read as groups are cells (建设年度 the header's last column, a name the last cell of
    // its row) when so the rows as written fit the header more often: a reading that must lay the
    // rows out anew (wrapped cells joined) to fit is the less likely one.
    if (cellsFitBetter(writtenRows, header.length)) return null;
  }
  for (const report of unfit) report();
  // One header cell short of the rows: the empty indicator header a scraper dropped.
  let columns = header.map((h) => h.text.trim());
  const labelKeys = header.map((h) => ctx.normalize(h.text).replace(/\s+/g, ''));
  const spanning = columns.length === width + 1 ? spanningHeaderCell(labelKeys) : -1;
  const wordsBetween = columns.length === width + 1 && spanning < 0 ? yearsUnderLabel(labelKeys) : null;
  // The unit a dropped label gives the years under it (年度目标（亿元）), as 2023年（亿元） would.
  let spanUnits: string[] = early?.units ?? [];
  if (spanning >= 0) {
    columns = columns.filter((_, k) => k !== spanning);
    spanUnits = [labelUnit(labelKeys[spanning]!)?.unit ?? ''];
  }
  else if (wordsBetween) {
    const label = columns.findIndex((_, k) => !wordsBetween.includes(k));
    columns = wordsBetween.map((k) => columns[k]!);
    if (label >= 0) spanUnits = [labelUnit(labelKeys[label]!)?.unit ?? ''];
  }
  else if (columns.length > width + 1) {
    // Several such labels (基期值 over 2022年, 目标值 over 2023年–2025年): each row as many cells short.
    const run = spanningHeaderRun(labelKeys);
    if (run.length === columns.length - width) {
      columns = columns.filter((_, k) => !run.includes(k));
      spanUnits = run.map((k) => labelUnit(labelKeys[k]!)?.unit ?? '');
    }
  }
  // One unit among the labels (目标值（亿元） beside 基期值) is the years'; two are no one's.
  const named = [...new Set(spanUnits.filter((u) => u !== ''))];
  const spanUnit = named.length === 1 ? named[0]! : null;
  // Only where the column after 序号 cannot name the row (序号 | 2020 | 2021): a header whose next
  // column is one of words (序号 | 村名 | …) lost no name there, and its wider rows are reported as such.
  const lostName = columnKinds(header.map((h) => ctx.normalize(h.text).replace(/\s+/g, '')))[1] !== 'text';
  if (columns.length === width - 1 && lostName && /^(序号|编号)$/.test(header[0]!.match.trim())) columns = [columns[0] as string, '', ...columns.slice(1)];
  const headUnits = columns.map((c) => (spanUnit !== null && YEAR_HEADER.test(yearKey(ctx.normalize(c).replace(/\s+/g, ''))) ? spanUnit : null));
  // A group row spans the table: its cell in every column, as a colspan is laid out on the grid.
  const laid = rows.map((r, k) => (groupRows.includes(k) ? columns.map((_, j) => r[Math.min(j, r.length - 1)]!) : r));
  const table = makeTable(
    ctx,
    columns,
    laid.map((r) => r.map((c) => ({ text: c.text, match: c.match, position: c.position, item: c.item, ...(c.spanned ? { spanned: true } : {}) }))),
    header[0]!,
    cells[cells.length - 1]!,
    place,
    0,
    headUnits,
    undefined,
    true,
  );
  if (dropped.length > 0) UNREAD_LINES.set(table, new Set(dropped));
  return table;
}

/** An empty cell standing right after `cell`, for a column a row leaves empty without a line of its own. */
function emptyCellAfter(cell: Cell): Cell {
  const at = cell.position.end;
  return { text: '', match: '', item: cell.item, offset: 0, position: { start: at, end: at } };
}

/**
 * Whether the lines a reading took as unnumbered groups (`'plain'` among the rows' written widths;
 * null for a numbered group line) fit better as cells: the one right under the header as its last
 * column, each other as the last cell of the row above. Better is as many rows exactly as wide as
 * the header (the last may run longer) as the group reading has, or more: the cells' reading is
 * the plainer one, and the group reading is taken only where it fits more rows.
 */
function cellsFitBetter(written: ReadonlyArray<number | null | 'plain'>, headerWidth: number): boolean {
  const widths = (lines: ReadonlyArray<number | null | 'plain'>): number[] => lines.filter((w): w is number => typeof w === 'number');
  const fitting = (ws: readonly number[], width: number): number => ws.filter((w, k) => (k === ws.length - 1 ? w >= width : w === width)).length;
  let header = headerWidth;
  const asCells: number[] = [];
  for (const [k, w] of written.entries()) {
    if (w === 'plain') {
      if (asCells.length === 0 && written.slice(0, k).every((x) => x === 'plain')) header++;
      else if (asCells.length > 0) asCells[asCells.length - 1]!++;
    } else if (w !== null) asCells.push(w);
  }
  return fitting(asCells, header) >= fitting(widths(written), headerWidth);
}

/**
 * A task table whose rows are the header's width but for rows with more lines: a unit cell
 * exported one unit per line (see joinUnitLines), or measures sharing a 序号 cell (see
 * splitSharedRow); and for rows with fewer, a cell merged with the row above or left empty (see
 * fitShortRow). Each such row is laid out on the header's columns where one reading does so; one
 * that cannot be read so and, as it stands, puts a cell under a column that cannot hold it is left
 * out, since its cells would be shifted (a deadline read as a unit). Rows and group rows are
 * changed in place; the warnings for the rows left out are returned, to be given once the reading holds.
 */
function fitUnitLines(ctx: ParseContext, header: readonly Cell[], rows: Cell[][], groupRows: number[], place: TablePlace, dropped: Item[]): Array<() => void> {
  const headerKeys = header.map((h) => ctx.normalize(h.text).replace(/\s+/g, ''));
  const units = unitColumns(headerKeys);
  // Columns whose cells can be told (units, figures, a time, a serial) show where a row's cells stand;
  // but under 序号 | 2020年 | … the indicator's header was lost, each row a cell wider (read below).
  const kinds = columnKinds(headerKeys);
  const wrapped = !(kinds[0] === 'serial' && kinds[1] === 'figure') && kinds.some((k) => k !== 'text');
  if (units.cols.length === 0 && !wrapped) return [];
  const width = header.length;
  const body = rows.map((_, k) => k).filter((k) => !groupRows.includes(k) && !TOTAL_CELL.test(rows[k]![0]!.match.trim()));
  // Rows short of cells are laid out only in a task table whose rows are mostly as wide as the header
  // or wider (merged rows): rows that are all short say the header has a cell the rows lack.
  const shaped = units.cols.length > 0 && 2 * body.filter((k) => rows[k]!.length >= width).length >= body.filter((k) => rows[k]!.length < width).length;
  const short = shaped ? body.filter((k) => rows[k]!.length < width) : [];
  const wide = body.filter((k) => rows[k]!.length > width);
  // Rows all short of the header (a two-row header not read as one) that put a unit under a column
  // of no units (完成时限) are shifted: left out below, never read so.
  const misplaced = new Set(shaped || units.cols.length === 0 ? [] : body.filter((k) => rows[k]!.length < width && unitOutOfPlace(rows[k]!, headerKeys, units)));
  if (wide.length === 0 && short.length === 0 && misplaced.size === 0) return [];
  if (short.length === 0 && misplaced.size === 0 && !body.every((k) => rows[k]!.length >= width)) return [];
  const join = (run: readonly Cell[]): Cell => ({
    text: run.map((c) => c.text.trim()).join('、'),
    match: run.map((c) => c.match.trim()).join('、'),
    item: run[0]!.item,
    offset: 0,
    position: { start: run[0]!.position.start, end: run[run.length - 1]!.position.end },
  });
  // A cell wrapped over lines: its lines joined as the text ran (see fitWrappedRow).
  const joinWrapped = (run: readonly Cell[], as: CellLines): Cell => ({
    text: joinCellLines(run.map((c) => c.text.trim()), as),
    match: joinCellLines(run.map((c) => c.match.trim()), as),
    item: run[0]!.item,
    offset: 0,
    position: { start: run[0]!.position.start, end: run[run.length - 1]!.position.end },
  });
  // An empty cell stands where its line would have, a merged one is the row above's cell again.
  const at = (p: Position['start']): Position => ({ start: p, end: p });
  const make: MergedCells<Cell> = {
    blank: (next, before) => ({ text: '', match: '', item: next.item, offset: 0, position: at(before ? next.position.start : next.position.end) }),
    merged: (above) => ({ ...above, spanned: true }),
  };
  const isBody = new Set(body);
  const laidOut: Cell[][] = [];
  const groups = new Set(groupRows.map((g) => rows[g]!));
  const reports: Array<() => void> = [];
  let above: Cell[] | null = null;
  let changed = false;
  for (const [k, row] of rows.entries()) {
    if (!isBody.has(k) || row.length === width || (row.length < width && !shaped && !misplaced.has(k))) {
      laidOut.push(row);
      above = groups.has(row) ? null : row;
      continue;
    }
    let read: Cell[][] | null = null;
    if (misplaced.has(k)) read = null;
    else if (row.length < width) {
      const fitted = fitShortRow(row, headerKeys, above, make);
      read = fitted ? [fitted] : null;
    } else {
      const unitLines = units.cols.length > 0 ? joinUnitLines(row, width, units, join) : null;
      // Units one a line that leave a task's text cut off where it runs on: the text was wrapped instead.
      const joined = unitLines && wrapped && leavesTextCut(unitLines, headerKeys) ? (fitWrappedRow(row, headerKeys, joinWrapped) ?? unitLines) : unitLines;
      // Measures sharing a 序号 cell, then the same with a unit cell of one of them written over lines.
      const shared = shaped ? (splitSharedRow(row, headerKeys, make) ?? (units.cols.length > 0 ? splitSharedRow(row, headerKeys, make, (cells) => joinUnitLines(cells, width, units, join)) : null)) : null;
      read = joined ? [joined] : shared;
      if (!read && wrapped) {
        const fitted = fitWrappedRow(row, headerKeys, joinWrapped);
        read = fitted ? [fitted] : null;
      }
    }
    if (read) {
      changed = true;
      laidOut.push(...read);
      above = read[read.length - 1]!;
      continue;
    }
    // A row whose cells stand in their columns (one more after them, or the last ones missing) is read as before (its width reported).
    if (!(units.cols.length > 0 && unitOutOfPlace(row, headerKeys, units)) && !(wrapped && cellOutOfPlace(row, headerKeys))) {
      laidOut.push(row);
      above = row;
      continue;
    }
    changed = true;
    const first = row[0]!;
    const count = row.length;
    dropped.push(...row.map((c) => c.item));
    reports.push(() =>
      ctx.report(
        'annex-row-width',
        'warning',
        count > width
          ? `${place === 'annex' ? 'annex' : 'table'} row ${first.text.trim()} has ${count} cells where the header has ${width}, and no one reading of its lines as wrapped cells makes up the header's width; left out, since its cells would stand under the wrong columns`
          : `${place === 'annex' ? 'annex' : 'table'} row ${first.text.trim()} has ${count} cells where the header has ${width}, and no one reading tells which of its cells are missing (merged with the row above or left empty); left out, since its cells would stand under the wrong columns`,
        first.position,
      ),
    );
  }
  if (!changed) return [];
  rows.splice(0, rows.length, ...laidOut);
  groupRows.splice(0, groupRows.length, ...rows.flatMap((r, k) => (groups.has(r) ? [k] : [])));
  return reports;
}

/** Header words naming a column of their own, never a label over other columns. */
const OWN_COLUMN = /^(?:序号|编号|指标|指标名称|项目|名称|内容|单位|计量单位|类别|任务|属性|责任单位|牵头单位)$/;

/**
 * A flattened two-row header (序号 | 指标 | 单位 | 年度目标 | 2023年 | 2024年 | 2025年, 年度目标 spanning
 * the years below it): the index of the label over the years, a cell that is no year and names no
 * column of its own, right before two or more year cells; -1 when there is none. Each row is then
 * one cell short of the header, and its figures are the years'.
 */
export function spanningHeaderCell(keys: readonly string[]): number {
  const found = keys
    .map((_, k) => k)
    .filter((k) => k > 0 && keys[k] !== '' && !YEAR_HEADER.test(keys[k]!) && !OWN_COLUMN.test(keys[k]!) && !TEXT_COLUMN.test(keys[k]!))
    .filter((k) => YEAR_HEADER.test(keys[k + 1] ?? '') && YEAR_HEADER.test(keys[k + 2] ?? ''));
  return found.length === 1 ? found[0]! : -1;
}

/**
 * A flattened two-row header whose label over the years has columns of words after it in the first
 * row (序号 | 指标 | 单位 | 年度目标 | 属性, then 2023年 | 2024年 | 2025年 under 年度目标): the second row,
 * a run of two or more years, ends the header, and every first-row cell between the label and it
 * names a column of its own (属性, 备注). The order of the header's cells that lays the years in the
 * label's place (序号 | 指标 | 单位 | 2023年 | 2024年 | 2025年 | 属性), or null when the header is not of
 * this kind. Each row is then one cell short of the header.
 */
export function yearsUnderLabel(keys: readonly string[]): number[] | null {
  let from = keys.length;
  while (from > 0 && YEAR_HEADER.test(keys[from - 1]!)) from--;
  if (keys.length - from < 2) return null;
  const labels = keys.slice(0, from).flatMap((key, k) => (k > 0 && key !== '' && isYearsLabel(key) ? [k] : []));
  if (labels.length !== 1) return null;
  const label = labels[0]!;
  const between = keys.slice(label + 1, from);
  if (between.length === 0 || !between.every((key) => OWN_COLUMN.test(key) || TEXT_COLUMN.test(key))) return null;
  const years = Array.from({ length: keys.length - from }, (_, j) => from + j);
  const first = Array.from({ length: from }, (_, k) => k);
  return [...first.slice(0, label), ...years, ...first.slice(label + 1)];
}

/**
 * A label over a run of year columns in a two-row header: 基期值, 目标值, 预期目标, 年度目标, 现状值,
 * 分年度目标, 年度计划, 指标值, 目标任务, with a unit after it or not (目标值（亿元）); never a
 * column's own name (指标).
 */
const YEARS_LABEL = /^(?:分?年度|分年|各年)?(?:基期|基准|现状|实际|目标|预期|预计|计划|规划|指标|任务)?(?:值|年|目标|指标|任务|计划)?$/;
function isYearsLabel(key: string): boolean {
  const label = labelUnit(key)?.label ?? key;
  return label.length >= 2 && !OWN_COLUMN.test(label) && YEARS_LABEL.test(label);
}

/**
 * A flattened two-row header with two or more labels over the years (序号 | 指标 | 单位 | 基期值 |
 * 目标值 | 2022年 | 2023年 | 2024年 | 2025年): the indexes of the labels, a run of them right before at
 * least as many year cells; none when there is no such run. Each row is then as many cells short of
 * the header, and its figures are the years'.
 */
export function spanningHeaderRun(keys: readonly string[]): number[] {
  for (let k = 1; k < keys.length; k++) {
    let n = 0;
    while (k + n < keys.length && isYearsLabel(keys[k + n]!)) n++;
    if (n < 2) continue;
    const years = keys.slice(k + n).findIndex((key) => !YEAR_HEADER.test(key));
    const count = years < 0 ? keys.length - k - n : years;
    return count >= n ? Array.from({ length: n }, (_, j) => k + j) : [];
  }
  return [];
}

/**
 * A flattened two-row header with labels over the years (see spanningHeaderCell, yearsUnderLabel,
 * spanningHeaderRun), its rows as many cells short of it as it has labels: the order of the header's
 * cells without the labels, the years in their place, and the unit each label gives (or '').
 * Null when the header is as wide as its rows or not of this kind.
 */
function yearLabelLayout(keys: readonly string[], rowWidth: number): { order: number[]; units: string[] } | null {
  const unitOf = (k: number): string => labelUnit(keys[k]!)?.unit ?? '';
  const all = keys.map((_, k) => k);
  if (keys.length === rowWidth + 1) {
    const spanning = spanningHeaderCell(keys);
    if (spanning >= 0) return { order: all.filter((k) => k !== spanning), units: [unitOf(spanning)] };
    const between = yearsUnderLabel(keys);
    if (between) return { order: between, units: all.filter((k) => !between.includes(k)).map(unitOf) };
  }
  if (keys.length > rowWidth + 1) {
    const run = spanningHeaderRun(keys);
    if (run.length === keys.length - rowWidth) return { order: all.filter((k) => !run.includes(k)), units: run.map(unitOf) };
  }
  return null;
}

/**
 * How many cells a flattened table's rows have: the most common count, on a tie the header's (or
 * one more, the empty header cell a scraper dropped), so that one short row does not set it.
 */
export function typicalWidth(widths: readonly number[], headerLength: number): number {
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const tied = [...counts].filter(([, n]) => n === most).map(([w]) => w);
  return tied.find((w) => w === headerLength) ?? tied.find((w) => w === headerLength + 1) ?? tied[0] ?? headerLength;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

interface RowCell {
  text: string;
  match: string;
  position: Position;
  item: Item;
  /** A copy of a cell spanning down from a row above (HTML rowspan): its text is not written in this row. */
  spanned?: boolean;
  /** An empty cell the source added for one a short row lacks (CellBlock.added): no cell of the row as written. */
  added?: boolean;
}

/**
 * Whether a table holds figures (yearly targets and the like) or text (an indicator list, a task
 * breakdown). A table of figures has year columns, or mostly numbers in its value columns.
 */
function tableKind(keys: string[], valueCols: number[], rawRows: RowCell[][]): 'values' | 'text' {
  if (valueCols.some((k) => YEAR_HEADER.test(keys[k] as string))) return 'values';
  // 项目名称 | 建设内容 | 总投资（万元） | 责任单位: a column of prose makes a project list a table of text.
  if (valueCols.some((k) => proseColumn(typingCells(rawRows, k), keys[k]))) return 'text';
  let filled = 0;
  let numeric = 0;
  for (const cells of rawRows) {
    for (const k of valueCols) {
      const cell = cells[k];
      if (!cell || cell.match.trim() === '') continue;
      filled++;
      if (numericValue(cell.match) !== null) numeric++;
    }
  }
  return filled > 0 && numeric * 2 >= filled ? 'values' : 'text';
}

/**
 * The cells of column `k` that tell what the column holds. A 合计 row marks with — the columns it
 * does not sum (合计 | — | — | 60 | —), whatever they hold: its dash says "no figure here", no sign
 * that the column is one of figures, so it is left out; a dash in a row of its own still counts.
 */
function typingCells(rawRows: readonly RowCell[][], k: number): string[] {
  return rawRows.flatMap((cells) => {
    const match = cells[k]?.match ?? '';
    return NOT_APPLICABLE.test(match.trim()) && totalRow(cells) ? [] : [match];
  });
}

/** 合计 (总计, 小计, 共计) in the row's first cell, or in its second after an empty serial. */
function totalRow(cells: readonly RowCell[]): boolean {
  const label = (i: number): string => (cells[i]?.match ?? '').replace(/\s+/g, '');
  return TOTAL_CELL.test(label(0)) || (label(0) === '' && TOTAL_CELL.test(label(1)));
}

/** Whether a column's filled cells are all words: none a figure, none a mark for "no figure" (—). */
function wordsOnly(rawRows: RowCell[][], k: number): boolean {
  const filled = typingCells(rawRows, k).map((t) => t.trim()).filter((t) => t !== '');
  return filled.length > 0 && filled.every((t) => cellValue(t) === null && !NOT_APPLICABLE.test(t) && !/\d/.test(t));
}

/** Where each cell of a row stands, kept beside the model (rows carry their own span only). */
const CELL_POSITIONS = new WeakMap<AnnexRow, Position[]>();

/** The lines of a flattened table's rows left out (see fitUnitLines): kept as the annex's text. */
const UNREAD_LINES = new WeakMap<AnnexTable, ReadonlySet<Item>>();

/** The positions of a row's cells, in column order, for rows read in this run. */
export function cellPositions(row: AnnexRow): Position[] | undefined {
  return CELL_POSITIONS.get(row);
}

/** A cell that holds a figure only (20, 3.5, 1,200, 35%, —), no words. */
export const FIGURE_CELL = /^[\d.,，%％—–\-－/]+$/;

/** Whether the filled cells of a column are all figures (20, 3.5, 35%). */
function figureCells(rows: readonly RowCell[][], col: number): boolean {
  const filled = rows.map((r) => r[col]?.match.trim() ?? '').filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => FIGURE_CELL.test(c));
}

/** Whether the filled cells of a column are all words, none a figure. */
function wordCells(rows: readonly RowCell[][], col: number): boolean {
  const filled = rows.map((r) => r[col]?.match.trim() ?? '').filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => /^[^\d]+$/.test(c));
}

/** A cell that says "not applicable" or "no figure" rather than a value: —, －, /, ×. */
export const NOT_APPLICABLE = /^[—–\-－―─/／×]+$/;


/** A row that totals: 合计, 总计, 共计 (a 小计 is always a group's own). */
const GRAND_TOTAL = /^(?:合计|总计|共计)$/;

/**
 * A 合计 row under the last group's rows (一、冷链物流基地 … 二、产地冷链设施 … 合计) totals the whole
 * table, not that group: it has no group. Where the groups close with a 合计 of their own (one
 * stands before a later group's rows), the last is its group's too; a 总计 is always the table's.
 */
function ungroupTableTotals(rows: readonly RowCell[][], groupOf: Array<string | null>): void {
  const totals = rows.flatMap((cells, r) => {
    const word = (cells[0]?.match ?? '').replace(/\s+/g, '');
    return groupOf[r] !== null && GRAND_TOTAL.test(word) ? [{ r, word }] : [];
  });
  if (totals.length === 0) return;
  const closesGroup = (r: number): boolean => groupOf.slice(r + 1).some((g) => g !== null && g !== groupOf[r]);
  const groupTotals = totals.some((t) => t.word === '合计' && closesGroup(t.r));
  for (const t of totals) if (t.word === '总计' || (!groupTotals && !closesGroup(t.r))) groupOf[t.r] = null;
}

/**
 * Where a row stands: from the first to the last character of the cells written in its own lines.
 * In a table laid out in lines (pdftotext's spaces, a pandoc multiline table) a cell before the
 * last may wrap onto lines below the last cell's end, so the row ends where its latest cell does.
 * A cell spanning down from a row above (a 责任领导 or 类别 cell with rowspan) stands in that row,
 * so it neither starts nor ends a later row, whose end would otherwise come before its start.
 */
function ownSpan(cells: readonly RowCell[], ownFrom: number): Position {
  const own = cells.slice(ownFrom).filter((c) => !c.spanned);
  let from = own[0] ?? cells[ownFrom] ?? cells[0]!;
  let to = own[own.length - 1] ?? cells[cells.length - 1]!;
  for (const c of own) {
    if (c.position.start.offset < from.position.start.offset) from = c;
    if (c.position.end.offset > to.position.end.offset) to = c;
  }
  return { start: from.position.start, end: to.position.end };
}

function makeTable(
  ctx: ParseContext,
  columns: string[],
  rawRows: RowCell[][],
  first: { position: Position },
  last: { position: Position },
  place: TablePlace,
  /** The first cell written in the row's own lines: 1 where the row's category is a line above it, shared with other rows. */
  ownFrom = 0,
  /** By column, the unit a header label spanning it gives its figures (年度目标（亿元） over the years), else null. */
  headUnits: ReadonlyArray<string | null> = [],
  /**
   * The header's own cells, where a table with a row per year may be turned (see turnYearRows), else
   * why it may not be.
   */
  header: readonly RowCell[] | { why: string } = { why: 'its header cells were not read one by one' },
  /**
   * Rows flattened one cell per line, or a tab-separated row kept short (Block.looseRows): a short
   * row's missing cell may be any of its cells (see placeShortRow).
   */
  flattened = false,
): AnnexTable {
  // A header letter-spaced to its column's width (指&nbsp;&nbsp;标, 序　　号) names the column 指标, as
  // the same table does elsewhere: the spaces are layout, not the name.
  columns = columns.map(headerName);
  // A row holding only a note (注：… spanning the table) is no row: its text is kept as the table's note.
  const notes: TextNode[] = [];
  if (rawRows.some((cells) => noteRow(cells) !== null)) {
    rawRows = rawRows.filter((cells) => {
      const note = noteRow(cells);
      if (note) notes.push({ text: note.text.trim(), position: note.position });
      return note === null;
    });
  }
  // 年度 | 研发投入强度（%） | …, a row per year: each indicator's column is read as its row.
  const turned = turnYearRows(ctx, columns, header, rawRows);
  if (turned !== null && !('why' in turned)) {
    const table = makeTable(ctx, turned.columns, turned.rows, first, last, place);
    table.transposed = true;
    if (notes.length > 0) table.notes = notes;
    return table;
  }
  // Diagnostics name the table as the reader finds it: in an annex, or in the plan's text.
  const what = place === 'annex' ? 'annex' : 'table';
  // Header words are recognised on the matching copy (指標 reads as 指标); columns keep their text.
  const rawKeys = columns.map((c) => ctx.normalize(c).replace(/\s+/g, ''));
  const keys = rawKeys.map(yearKey);
  // 类别 | 序号 | 指标 …: the serial column is the row's number wherever it stands.
  const namedSerial = keys.findIndex((c) => /^(?:序号|编号)$/.test(c));
  // Without a 序号 column the first column numbers the rows only when its cells read as serials;
  // otherwise it is the indicator (指标 | 单位 | 2023年) or the task (工作内容 | 牵头单位), and the
  // rows have no number of their own.
  const numbered = namedSerial >= 0 || firstColumnNumbers(rawRows);
  const serialCol = numbered ? Math.max(0, namedSerial) : -1;
  // 区域 | 城市 | 2024年 …, 区域 merged down over its cities: a category, the rows named by the column after it.
  const spannedCategory = !numbered && categoryFirstColumn(rawRows, keys);
  // 序号 | 年度 | 建设任务: a column naming when (its cells years or dates) names no row.
  const timeCol = (k: number): boolean => TIME_COLUMN.test(keys[k]!);
  const namedCol = numbered
    ? Math.max(
        keys.findIndex((_, k) => k > 0 && k !== serialCol && !timeCol(k)),
        keys.findIndex((c, k) => k > 0 && k !== serialCol && (c === '' || /指标|项目|名称|内容/.test(c)) && !TEXT_COLUMN.test(c)),
        1,
      )
    : Math.max(spannedCategory ? 1 : 0, keys.findIndex((c, k) => k > 0 && /指标|项目|名称/.test(c) && !TEXT_COLUMN.test(c)));
  // 序号 | 责任单位 | 亿元以上签约项目 …: a header that names 项目 over figures names what is counted; the
  // rows are those of the column of words before it (each unit's share).
  const wordsBefore = numbered && figureCells(rawRows, namedCol) ? keys.findIndex((_, k) => k > 0 && k < namedCol && k !== serialCol && wordCells(rawRows, k)) : -1;
  const indicatorCol = wordsBefore > 0 ? wordsBefore : namedCol;
  // 目标值, 现状值: header words that name a column of figures all the same.
  const wordColumn = (key: string): boolean => ((HEADER_WORDS.test(key) && !VALUE_HEADER.test(key)) || TEXT_COLUMN.test(key)) && !YEAR_HEADER.test(key);
  // A column naming when (建设年度 | 2024) holds years, no figures in the row's unit: it stays in the cells.
  const headerValueCols = keys.map((_, k) => k).filter((k) => k !== 0 && k !== serialCol && k !== indicatorCol && !wordColumn(keys[k] as string) && !timeCol(k));
  const kind = tableKind(keys, headerValueCols, rawRows);
  // In a table of figures, a column without a year whose cells are all words (约束性, 预期性) holds
  // no figures: its text stays in the row's cells, not read as values that are not numbers.
  const valueCols = headerValueCols.filter(
    (k) => YEAR_HEADER.test(keys[k] as string) || !(wordsOnly(rawRows, k) || proseColumn(typingCells(rawRows, k), keys[k])),
  );
  // 指标 | 单位 | 2023年 …: the unit in a column of its own rather than in brackets after the indicator.
  const unitCol = keys.findIndex((c, k) => k > 0 && /^(?:计量)?单位$/.test(c.replace(/\s+/g, '')));
  const yearUnits = [...new Set(valueCols.filter((k) => YEAR_HEADER.test(keys[k] as string)).map((k) => yearColumnUnit(rawKeys[k] as string)?.unit ?? headUnits[k] ?? null))];
  const yearsUnit = yearUnits.length === 1 ? (yearUnits[0] ?? null) : null;
  const valueKey = valueKeys(keys, columns, valueCols);
  // 一、经济发展 spanning a table of figures: the group of the rows under it, not a row of its own.
  const groupOf: Array<string | null> = [];
  const bodyRows: RowCell[][] = [];
  let group: string | null = null;
  for (const cells of rawRows) {
    const named = kind === 'values' ? (spanningGroup(cells) ?? gridGroup(cells)) : null;
    if (named !== null) group = named;
    else {
      bodyRows.push(cells);
      groupOf.push(group);
    }
  }
  ungroupTableTotals(bodyRows, groupOf);
  const fitsValue = (m: string): boolean => cellValue(m) !== null || cellRange(m) !== null || unitFigure(m) !== null || NOT_APPLICABLE.test(m);
  const isNumber = (m: string): boolean => cellValue(m) !== null;
  const rows: AnnexRow[] = bodyRows.map((asLaid, r) => {
    // A tab row one short that the source filled out at its end is read as written: its missing cell may be any.
    const written = flattened && kind === 'values' && asLaid.some((c) => c.added) ? asLaid.filter((c) => !c.added) : asLaid;
    // A flattened row short of the header: its cells where its figures fit the years, or no figures at all.
    const short = flattened && kind === 'values' && written.length < columns.length && !TOTAL_CELL.test(written[0]?.match.trim() ?? '');
    const placed = short ? placeShortRow(written, columns.length, valueCols, serialCol, fitsValue, isNumber) : written;
    const cells: ReadonlyArray<RowCell | undefined> = placed ?? written;
    const numberCell = (serialCol >= 0 ? cells[serialCol] : undefined) ?? written[0]!;
    const indicatorCell = cells[indicatorCol] ?? cells[1];
    const values: Record<string, number | null> = {};
    const ranges: Record<string, AnnexRange> = {};
    const spans: Record<string, string[]> = {};
    /** Columns whose cell is a copy of a merged value cell to their left: said once, at its first. */
    const copies = new Set<number>();
    let split: { indicator: string; unit: string | null; unclosedAt: number | null } = { indicator: indicatorCell?.text.trim() ?? '', unit: null, unclosedAt: null };
    if (kind === 'values') {
      const unitCell = unitCol >= 0 ? cells[unitCol] : undefined;
      // 家（累计）, （家，累计）: the unit the figures are in, and a note on what they count.
      const noted = unitCell ? unitCellNote(unitCell.text, unitCell.match) : null;
      const ownUnit = noted?.unit ?? (unitCell?.text.trim() || null);
      // 合计 spanning the serial, the name and the unit (a colspan) leaves no unit of its own.
      const spannedUnit = ownUnit !== null && indicatorCell !== undefined && unitCell?.position.start.offset === indicatorCell.position.start.offset;
      const columnUnit = spannedUnit ? null : ownUnit;
      split = indicatorCell ? splitIndicator(indicatorCell.text, indicatorCell.match, columnUnit) : { indicator: '', unit: columnUnit, unclosedAt: null };
      // The note joins the indicator in brackets, as a note written after it (5G基站（累计）) does, so that
      // what the row counts (a running total, the year's own) is read wherever the indicator is.
      if (noted && noted.note !== '' && !spannedUnit && split.indicator !== '') split.indicator = withNote(split.indicator, noted.note, unitCell!.text);
      if (indicatorCell && split.unclosedAt !== null) {
        const pos = indicatorCell.position;
        const at = { line: pos.start.line, column: pos.start.column + split.unclosedAt, offset: pos.start.offset + split.unclosedAt };
        ctx.report(
          'annex-unit-unclosed',
          'warning',
          `the unit bracket in "${indicatorCell.text.trim()}" is not closed; read the unit as "${split.unit}"`,
          { start: at, end: { ...at, column: at.column + 1, offset: at.offset + 1 } },
        );
      }
      // 1200家 | 2500家以上: cells that carry the row's unit, as tables without a 单位 column print them.
      const carried = valueCols.map((k) => unitFigure(cells[k]?.match));
      const carriedUnit = rowCellUnit(carried, split.unit);
      if (carriedUnit !== null) split.unit = carriedUnit;
      // 97% | 98% | 98.5%: cells carrying % state the row's unit as 家 or 个 cells do.
      else if (split.unit === null && percentCells(valueCols.map((k) => cells[k]?.match))) split.unit = '%';
      let spanKey: string | null = null;
      // A share or rate over several years (100 over 2023年–2025年 in %) is a level each of them
      // holds, never summed; a count or an amount over them may be their total, so it is said once.
      const level = (split.unit !== null && /^[%％‰‱]$/.test(split.unit.trim())) || /(?:率|比重|占比|比例)$/.test(split.indicator);
      for (const [n, k] of valueCols.entries()) {
        if (placed === null) break;
        const col = columns[k] as string;
        const cell = cells[k];
        const key = valueKey.get(k) ?? col;
        // A cell merged across value columns (colspan) is one cell written once: its figure, if any,
        // is the first column's only (100 over two years is no 100 in each), the span kept beside it.
        const merged = cells === written && n > 0 && valueCols[n - 1] === k - 1 && cell !== undefined && cells[k - 1]?.position.start.offset === cell.position.start.offset && cells[k - 1]?.text === cell.text;
        if (merged && spanKey !== null) {
          values[key] = level ? values[spanKey]! : null;
          spans[spanKey]!.push(key);
          copies.add(k);
          continue;
        }
        const next = valueCols[n + 1];
        const opensSpan = cells === written && cell !== undefined && next === k + 1 && cells[next]?.position.start.offset === cell.position.start.offset && cells[next]?.text === cell.text;
        spanKey = opensSpan ? key : null;
        if (opensSpan) spans[key] = [key];
        const v = cell ? (cellValue(cell.match) ?? (carriedUnit !== null ? (carried[n]?.value ?? null) : null)) : null;
        values[key] = v;
        // 15—20: a range, no single value; the value stays null and the range is kept beside it.
        const range = cell && v === null ? cellRange(cell.match) : null;
        if (range) ranges[key] = range;
        // 2020年 | — : no figure for that year (a base year of a change), or under 年均增长 (a row whose
        // figure is a cumulative one), which is no misreading.
        const notApplicable = NOT_APPLICABLE.test(cell?.match.trim() ?? '');
        // Words merged over the years (每年提高5个百分点 over 2024年–2026年) stay words, as the row's
        // span says; annex-shape, which checks the year columns, says once what the merged cell holds.
        const yearSpan = opensSpan && /^(?:19|20)\d{2}$/.test(key);
        if (cell && v === null && !range && cell.text.trim() !== '' && !notApplicable && !yearSpan) {
          ctx.report('annex-value-unreadable', 'warning', `${what} value "${cell.text.trim()}" under ${col} is not a number`, cell.position);
        }
        // 3.6（注1）: the figure is kept, but a note of no known kind may change what it means.
        const note = cell && v !== null && !merged ? cellNote(cell.match) : null;
        if (cell && note && !note.known && cellValue(note.figure) === v) {
          ctx.report('annex-value-unreadable', 'warning', `${what} value "${cell.text.trim()}" under ${col} is read as ${note.figure}; its note "${note.note}" is not understood`, cell.position);
        }
      }
    }
    if (written.length !== columns.length) {
      const unplaced = placed === null ? `: its figures cannot be told under their years, so it gives none` : '';
      ctx.report(
        'annex-row-width',
        'warning',
        `${what} row ${numberCell.text.trim()} has ${written.length} cells where the header has ${columns.length}${unplaced}`,
        numberCell.position,
      );
    }
    // A cell spanning the row (a group's name) is said once, in the first cell it covers, the
    // columns after it empty, in every form: no unit column reads a group's name.
    const spanFrom = spanningFrom(written);
    const row: AnnexRow = {
      number: serialCol >= 0 ? numberCell.text.trim() : '',
      indicator: spanFrom === 0 && indicatorCol > 0 ? '' : split.indicator,
      unit: split.unit,
      values,
      cells: written.map((c, j) => (spanFrom >= 0 && j > spanFrom ? '' : copies.has(j) || spansFromLeft(written, j) ? '' : c.text.trim())),
      cellStarts: written.map((c) => c.position.start),
      position: ownSpan(written, ownFrom),
    };
    // 2023年（亿元） | 2024年（亿元）: the year columns state the unit of the row's figures.
    if (kind === 'values' && row.unit === null && yearsUnit !== null) row.unit = yearsUnit;
    // Added only where a cell has one, so that rows without ranges read as before.
    if (Object.keys(ranges).length > 0) row.ranges = ranges;
    if (Object.keys(spans).length > 0) row.spans = spans;
    // The category a merged first column gives the row, unless the row spans it too (合计 over 区域 and 城市).
    const category = spannedCategory && kind === 'values' && cells[0] && cells[1] && cells[0].position.start.offset !== cells[1].position.start.offset ? cells[0].text.trim() : '';
    const rowGroup = groupOf[r] ?? (category || null);
    if (rowGroup) row.group = rowGroup;
    CELL_POSITIONS.set(row, written.map((c) => c.position));
    return row;
  });
  if (kind === 'values') unitTotals(rows);
  reportYearsAsRows(ctx, turned, rawRows, what);
  const table: AnnexTable = { columns, rows, position: { start: first.position.start, end: last.position.end } };
  if (kind === 'values') dropForeignUnitValues(table);
  // Tables of figures are the default and carry no kind, so models written before it still hold.
  if (kind === 'text') table.kind = 'text';
  if (notes.length > 0) table.notes = notes;
  return table;
}

/**
 * A table with the years down its first column (年度 | 高新技术企业数量（家） | …, a row per year) that
 * could not be turned (see turnYearRows) holds each indicator's figures in a column: the rows read
 * here name years, not indicators, so its figures are no yearly targets of an indicator. Said with
 * a warning, and why, rather than left silent.
 */
function reportYearsAsRows(ctx: ParseContext, turned: { why: string } | null, rawRows: readonly RowCell[][], what: string): void {
  if (turned === null) return;
  const firstYear = rawRows.find((cells) => !TOTAL_CELL.test((cells[0]?.match ?? '').replace(/\s+/g, '')))?.[0];
  if (!firstYear) return;
  ctx.report(
    'annex-years-as-rows',
    'warning',
    `${what} table has a row per year (${firstYear.text.trim()} …) and an indicator per column, and ${turned.why}: it is read as written, its figures not as the indicators' yearly targets`,
    firstYear.position,
  );
}

/**
 * Whether cell `j` of a row is a copy of the row's label spanning its first columns: 合计 over 序号,
 * 项目名称 and 建设内容 (an HTML colspan, or a flattened 合计 row one or more cells short) is laid out in
 * every column it covers, each copy where the cell is written. It is said once, in the first
 * column, as a group's name is, in a table of figures as in one of text (a 合计 over 序号 and 指标
 * read twice would be a duplicate label to whatever reads the cells). A cell spanning columns further on (one 责任单位 cell over
 * 牵头单位 and 配合单位) says what each of them holds, and stays in each.
 */
function spansFromLeft(cells: readonly RowCell[], j: number): boolean {
  const first = cells[0]!;
  if (j === 0 || first.text.trim() === '') return false;
  for (let k = 1; k <= j; k++) if (cells[k]!.position.start.offset !== first.position.start.offset || cells[k]!.text !== first.text) return false;
  return true;
}

/**
 * A 合计 row whose cell spans the unit column too gives no unit of its own: its figures sum the
 * rows above, so where those all give one unit, it is the total's.
 */
function unitTotals(rows: AnnexRow[]): void {
  const isTotal = (r: AnnexRow): boolean => TOTAL_CELL.test(r.number.replace(/\s+/g, '')) || TOTAL_CELL.test(r.indicator.replace(/\s+/g, ''));
  const units = new Set(rows.filter((r) => !isTotal(r)).map((r) => r.unit));
  const [unit] = [...units];
  if (units.size !== 1 || unit === null || unit === undefined) return;
  for (const r of rows) if (r.unit === null && isTotal(r)) r.unit = unit;
}

/** 1, 一, (1), 1.: a cell that numbers its row. */
const SERIAL_CELL = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[（(][\d一二三四五六七八九十]{1,3}[)）]|\d{1,3}[.、．])$/;

/**
 * Whether the first column numbers the rows: its cells read as serials in the rows that fill more
 * than one cell (a row spanning the table is a group's heading, not a numbered row). A column with
 * nothing to judge by keeps the reading as a number column.
 */
/**
 * Whether a table's first column is a category merged over the rows it spans (区域 | 城市 | 2024年, a
 * 东部 cell with rowspan over 北京 and 上海): some cell of it spans down, and the column after it, no
 * year's and no unit's, holds words that name each row.
 */
function categoryFirstColumn(rawRows: readonly RowCell[][], keys: readonly string[]): boolean {
  if (keys.length < 3 || YEAR_HEADER.test(keys[1]!) || /^(?:计量)?单位$/.test(keys[1]!)) return false;
  if (!rawRows.some((cells) => cells[0]?.spanned === true && cells[1] !== undefined && cells[1].spanned !== true)) return false;
  return wordsOnly(rawRows as RowCell[][], 1);
}

function firstColumnNumbers(rawRows: readonly RowCell[][]): boolean {
  const firsts = rawRows.filter((cells) => cells.filter((c) => c.text.trim() !== '').length > 1).map((cells) => cells[0]?.text.trim() ?? '');
  const filled = firsts.filter((t) => t !== '');
  if (filled.length === 0) return true;
  return filled.filter((t) => SERIAL_CELL.test(t.replace(/\s+/g, ''))).length * 2 >= filled.length;
}

/** A body row that repeats the header (a table printed across pages repeats it on each). */
function repeatsHeader(row: Array<{ match: string }>, header: string[]): boolean {
  return row.length === header.length && row.every((c, k) => c.match.replace(/\s+/g, '') === header[k]);
}

/**
 * How many rows a table's header takes: rows marked as header cells (<th>, <thead>, a GFM header
 * row), or, when the first row groups columns (a colspan) over cells that span down (a rowspan),
 * as many rows as those cells span.
 */
function headerRowCount(rows: CellBlock[][]): number {
  let marked = 0;
  while (marked < rows.length - 1 && rows[marked]!.length > 0 && rows[marked]!.every((c) => c.header)) marked++;
  const first = rows[0]!.filter((c) => !c.spanned);
  const grouped = first.some((c) => (c.colspan ?? 1) > 1) ? Math.max(1, ...first.map((c) => c.rowspan ?? 1)) : 1;
  return Math.min(Math.max(1, marked, grouped), rows.length - 1);
}

/** A header cell's words: a year (2025年, 2025年目标) or a header word (基期值, 目标值, 单位). */
function readsAsHeaderLabel(key: string): boolean {
  return YEAR_HEADER.test(key) || HEADER_WORDS.test(key);
}

/**
 * Whether a row under the header is the header's second row, as a two-row header reads where its
 * spans were lost (a GFM table has one header row: `| 序号 | 指标 | 基期值 | 目标值 | |` over
 * `| | | 2024年 | 2025年 | 2026年 |`): its first cell is empty, and each of its empty cells stands
 * under a header cell that would span down to it; the others are labels, no figures, mostly
 * years or header words. A row of figures always has a serial or an indicator, so it is never one.
 */
function continuesHeader(ctx: ParseContext, header: readonly string[], row: readonly CellBlock[]): boolean {
  if (row.length < 3 || row.length > header.length || row[0]!.text.trim() !== '') return false;
  const keys = row.map((c) => ctx.normalize(c.text).replace(/\s+/g, ''));
  const labels = keys.filter((k) => k !== '');
  if (labels.length < 2) return false;
  if (!keys.every((k, i) => (k === '' ? (header[i] ?? '').trim() !== '' : k.length <= 12 && numericValue(k) === null && !/[。;；,，]/.test(k)))) return false;
  return labels.filter(readsAsHeaderLabel).length * 2 >= labels.length;
}

/** A table block's cell as a row's cell. */
function blockCell(ctx: ParseContext, item: Item, c: CellBlock): RowCell {
  return {
    text: c.text,
    match: ctx.normalize(c.text),
    position: ctx.lines.position(c.start, c.end),
    item,
    ...(c.spanned ? { spanned: true } : {}),
    ...(c.added ? { added: true } : {}),
  };
}

/**
 * A table block that goes on from `table` after a page break without its header printed again
 * (Word repeats it only when asked to, and a GFM table must take its first row for a header): its
 * first row, or the first under rows of one cell spanning it (a group's name), is a row of the
 * table, as wide as its header, none of its cells a column's name, its serial the one after the
 * table's last row's. Read under the table's own columns; null when the block is no such part.
 */
export function headlessContinuation(ctx: ParseContext, table: AnnexTable, item: Item, place: TablePlace = 'annex'): AnnexTable | null {
  const rows = item.block.rows;
  const width = table.columns.length;
  if (!rows || rows.length === 0 || width < 2) return null;
  const keys = table.columns.map((c) => ctx.normalize(c).replace(/\s+/g, ''));
  const serialCol = Math.max(0, keys.findIndex((k) => /^(?:序号|编号)$/.test(k)));
  const last = [...table.rows].reverse().find((r) => /^\d{1,3}$/.test(r.number));
  if (!last) return null;
  const lone = (r: CellBlock[]): boolean => new Set(r.filter((c) => c.text.trim() !== '').map((c) => c.text.trim())).size === 1;
  const at = rows.findIndex((r) => !lone(r));
  const first = rows[at];
  if (at < 0 || at > 2 || !first || first.length !== width) return null;
  const cellKeys = first.map((c) => ctx.normalize(c.text).replace(/\s+/g, ''));
  if (cellKeys[serialCol] !== String(Number(last.number) + 1) || cellKeys.some((k) => k !== '' && keys.includes(k))) return null;
  const body = rows.map((r) => r.map((c) => blockCell(ctx, item, c)));
  return makeTable(ctx, [...table.columns], body, { position: ctx.blockPosition(item) }, { position: ctx.blockPosition(item) }, place);
}

/**
 * A real table (HTML `<table>`, GFM table): the header row names the columns. A header of several
 * rows (序号 and 指标 spanning two rows beside 年度目标 over 2020 2021 2022) names each column by its
 * lowest header cell that says something.
 */
export function tableFromBlock(ctx: ParseContext, item: Item, place: TablePlace = 'annex'): AnnexTable | null {
  const all = item.block.rows;
  if (!all || all.length < 2) return null;
  // A row that only states the unit (单位：亿元, spanning the table, as Word sets it) under the title
  // row or in its place is the table's unit, not its title nor its header.
  const unitAt = (r: number): string | null => (all[r] ? spanningUnit(ctx, all[r]) : null);
  const firstUnit = unitAt(0);
  const secondUnit = firstUnit === null ? unitAt(1) : null;
  const lead = firstUnit !== null ? null : leadRow(ctx, secondUnit !== null ? [all[0]!, ...all.slice(2)] : all);
  const caption = lead?.kind === 'title' ? lead.text : null;
  const statedUnit = firstUnit ?? (lead !== null ? secondUnit : null);
  const rows = all.slice((lead === null ? 0 : 1) + (statedUnit === null ? 0 : 1));
  if (rows.length < 2) return null;
  const cellOf = (c: CellBlock): RowCell => blockCell(ctx, item, c);
  // A list of one column (拟整合网站名单: a name a row) has no header unless its first cell is marked
  // one (<th>) or names the column (名称, 网站名称, 单位 …): its first row is the list's first entry.
  const firstKey = ctx.normalize(rows[0]![0]?.text ?? '').replace(/\s+/g, '');
  const headless =
    rows.every((r) => r.filter((c) => !c.spanned).length === 1) && !rows[0]![0]!.header && !HEADER_WORDS.test(firstKey) && !ONE_COLUMN_HEADER.test(firstKey);
  let count = headless ? 0 : headerRowCount(rows);
  const nameColumns = (headerRows: CellBlock[][]): string[] =>
    Array.from({ length: Math.max(...headerRows.map((r) => r.length)) }, (_, k) => {
      for (let r = headerRows.length - 1; r >= 0; r--) {
        const text = headerRows[r]![k]?.text.trim() ?? '';
        if (text) return text;
      }
      return '';
    });
  while (count > 0 && count < rows.length - 1 && continuesHeader(ctx, nameColumns(rows.slice(0, count)), rows[count]!)) count++;
  const headerRows = rows.slice(0, count);
  const header = count > 0 ? nameColumns(headerRows) : [''];
  const keysOf = (texts: string[]): string[] => texts.map((h) => ctx.normalize(h).replace(/\s+/g, ''));
  // A table printed across pages repeats its header, each of its rows or all of them merged.
  const headerKeys = [header, ...headerRows.map((r) => r.map((c) => c.text))].map(keysOf);
  const body = rows
    .slice(headerRows.length)
    .map((r) => r.map(cellOf))
    .filter((r) => !headerKeys.some((keys) => repeatsHeader(r, keys)));
  const headUnits = spanningHeaderUnits(headerRows, header, ctx.normalize, (name) => YEAR_HEADER.test(yearKey(name)));
  // The header's cells, where a table with a row per year is turned (see turnYearRows): each column's
  // lowest that says something (else its own, empty), as it is named. Over two rows, only where the
  // upper names nothing but the indicators as a whole (指标 spanning them beside 年度 spanning down),
  // which turning loses.
  const lowest = Array.from({ length: header.length }, (_, k) => [...headerRows].reverse().map((r) => r[k]).find((c) => c !== undefined && c.text.trim() !== '') ?? headerRows[headerRows.length - 1]?.[k]);
  const upperSaysMore = headerRows.some((r) => r.some((c) => !c.spanned && c.text.trim() !== '' && !lowest.some((l) => l?.start === c.start) && !/^(?:主要)?指标(?:名称)?$/.test(ctx.normalize(c.text).replace(/\s+/g, ''))));
  const headerCells =
    count === 0 ? { why: 'it has no header' } : upperSaysMore || lowest.some((c) => c === undefined) ? { why: `its header of ${count} rows groups its columns` } : lowest.map((c) => cellOf(c!));
  const table = makeTable(ctx, header, body, { position: ctx.blockPosition(item) }, { position: ctx.blockPosition(item) }, place, 0, headUnits, headerCells, item.block.looseRows === true);
  // Added only where the table has one, so that tables without read as before.
  if (caption !== null) table.caption = caption;
  // A sentence in that row (专栏1所列项目由区发改委统筹。) says something of the table: its note, first.
  if (lead?.kind === 'note') table.notes = [{ text: lead.text, position: ctx.lines.position(lead.cell.start, lead.cell.end) }, ...(table.notes ?? [])];
  if (statedUnit !== null && table.kind !== 'text') applyTableUnit(table, statedUnit);
  return table;
}

/** The unit a table's row states in one cell spanning the table (or alone in it), else null. */
function spanningUnit(ctx: ParseContext, row: CellBlock[]): string | null {
  const filled = row.filter((c) => !c.spanned && c.text.trim() !== '');
  return filled.length === 1 && row.length >= 2 ? unitLine(ctx.normalize(filled[0]!.text)) : null;
}

/**
 * The table's title when its first row is one (桐城区2024年城市更新重点任务清单 over 序号 | 工作内容 | …):
 * one cell spanning the table, or, where spans are lost (Markdown, a flattened grid), one filled
 * cell with the others empty; and the row under it names columns, several of them, none a figure,
 * as a header row does. A sentence in that cell (专栏1所列项目由区发改委统筹。) is the table's note, not
 * its title nor the name of every column. Otherwise null: the first row is the header.
 */
function leadRow(ctx: ParseContext, rows: CellBlock[][]): { kind: 'title' | 'note'; text: string; cell: CellBlock } | null {
  const [first, next] = [rows[0]!, rows[1]!];
  if (rows.length < 3 || first.length < 2) return null;
  const own = first.filter((c) => !c.spanned);
  const filled = own.filter((c) => c.text.trim() !== '');
  if (filled.length !== 1) return null;
  const cell = filled[0]!;
  const spansAll = own.length === 1 && (cell.colspan ?? 1) >= first.length;
  const aloneInRow = first.every((c) => c === cell || c.text.trim() === '' || (c.spanned === true && c.text === cell.text));
  if (!spansAll && !aloneInRow) return null;
  const title = cell.text.trim();
  const key = ctx.normalize(title).replace(/\s+/g, '');
  const names = next.filter((c) => !c.spanned).map((c) => ctx.normalize(c.text).replace(/\s+/g, '')).filter((k) => k !== '');
  if (names.length < 2 || names.some((k) => cellValue(k) !== null || k.length > 20 || /[。；;]/.test(k))) return null;
  // A sentence, ended by its stop, is no title: the table's note above its header.
  if (/[。；;.!！?？]$/.test(key) && /[\u4e00-\u9fff]/.test(key) && title.length <= 300) return { kind: 'note', text: title, cell };
  if (readsAsHeaderLabel(key) || TEXT_COLUMN.test(key) || title.length > 80) return null;
  return { kind: 'title', text: title, cell };
}

/**
 * How an annex's later tables are found: a caption line, and the flattened tables after captions.
 * Passed in by the caller, since those readers (body-tables) build on this module.
 */
export interface LaterTableFinder {
  isCaption: (item: Item) => boolean;
  findFlat: (items: Item[]) => Map<number, Item[]>;
}

/**
 * Reads the annexes: from each `附件` heading, its title lines, then its table and other text. A
 * later table of an annex that does not continue its first (a 重点项目表 after the indicator table)
 * is added to `later`, to be read as a table of its own, its path the annex's label.
 */
export function parseAnnexes(ctx: ParseContext, items: Item[], finder?: LaterTableFinder, later: PendingTable[] = []): Annex[] {
  const annexes: Annex[] = [];
  let k = 0;
  while (k < items.length) {
    const head = items[k]!;
    const m = matchAnnexHead(head.match);
    if (!m) {
      k++;
      continue;
    }
    ctx.claim(head.index, 'annex');
    let end = k + 1;
    while (end < items.length && !matchAnnexHead(items[end]!.match)) end++;
    const own = items.slice(k + 1, end);
    annexes.push(readAnnex(ctx, head, m, own, finder, later));
    k = end;
  }
  return annexes;
}

const compactText = (s: string): string => s.replace(/\s+/g, '');

/**
 * A unit stated for the whole table (a line 单位：万元 above it): a table of figures gives it to every
 * row without one of its own; a table of text (a 项目清单 whose 总投资 cells are in 万元) keeps it as
 * its own alone, its rows giving no figures.
 */
export function setTableUnit(table: AnnexTable, unit: string): void {
  if (table.kind !== 'text') applyTableUnit(table, unit);
  else table.unit = unit;
}

/** A unit stated for the whole table: kept on it, and the unit of every row that gives none of its own. */
function applyTableUnit(table: AnnexTable, unit: string): void {
  table.unit = unit;
  for (const row of table.rows) if (row.unit === null) row.unit = unit;
  dropForeignUnitValues(table);
}

/** A numbered table's caption (表1 主要指标, 附表2 …), short and no sentence. */
const NUMBERED_CAPTION = /^附?表 ?[0-9一二三四五六七八九十]+(?![0-9.])[ :：、.]*\S[^。;；]{0,40}$/;

/** A short line right before a table that names it (重点项目表): the table's caption. */
function captionBefore(rest: Item[], at: number, finder: LaterTableFinder | undefined): Item | null {
  const prev = rest[unitBefore(rest, at) ? at - 2 : at - 1];
  return prev && finder && prev.block.kind !== 'table' && finder.isCaption(prev) ? prev : null;
}

/** A line right above a later table that states its unit (表2 重点项目表 / 单位：万元 / the table), else null. */
function unitBefore(rest: Item[], at: number): Item | null {
  const prev = rest[at - 1];
  return prev && prev.block.kind === 'paragraph' && prev.match.length <= 24 && unitLine(prev.match) !== null ? prev : null;
}

/**
 * A line of the annex's content, never more of its title: a short label and its value (组  长：王建国
 * 镇长, 联系人：…), or a roster's role word before a name (组长　王建国), as a 成员名单 lists them.
 */
const ENTRY_LINE = /^(?:[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,7}[:：][ \u3000]*\S|(?:副?组 *长|成 *员|副?主 *任|副?召集人|顾 *问)[ \u3000]+\S)/;

function isEntryLine(t: string): boolean {
  return ENTRY_LINE.test(t);
}

/** Whether an annex's lines open with a task table's header flattened one name a line, up to its first row's serial (1). */
function opensTaskHeader(lines: readonly Item[]): boolean {
  const keys: string[] = [];
  for (let j = 0; j < lines.length && j < 13; j++) {
    const item = lines[j]!;
    const key = item.match.replace(/\s+/g, '');
    if (key === '1' || (keys.length > 0 && groupsOverFirstRow(lines, j))) return isTaskHeaderRun(keys);
    if (item.block.kind !== 'paragraph' || key.length > 16) return false;
    keys.push(key);
  }
  return false;
}

/**
 * Whether the lines from `j` are group rows spanning a flattened table right over its first row
 * (`1`): an outline-numbered name (一、完善县域商业网络, （一）…), up to four of them (a group over a
 * subgroup's), or a group's number over its name (一 / 居住品质提升). Such lines end the header run
 * above them, as the first row's serial does.
 */
export function groupsOverFirstRow(lines: ReadonlyArray<{ match: string; block: { kind: string } }>, j: number): boolean {
  let next = j;
  for (let depth = 0; depth < 4 && next < lines.length; depth++) {
    const line = lines[next]!;
    if (line.block.kind !== 'paragraph') return false;
    if (mayBeGroupLine(line.match)) next++;
    else if (numeralGroupAt(lines, next)) next += 2;
    else break;
  }
  return next > j && lines[next]?.match.trim() === '1';
}

function readAnnex(ctx: ParseContext, head: Item, m: { number: string; title: string }, own: Item[], finder: LaterTableFinder | undefined, later: PendingTable[]): Annex {
  const label = head.text.trim().replace(/[:：].*$/, '');
  // The title as the heading writes it (（2024—2025年）, not the matching copy's folded brackets).
  const written = m.title ? cutAsWritten(head.text, head.match, [m.title])[0]! : '';
  const headUnit = m.title ? titleUnit(m.title) : null;
  const titleParts: string[] = headUnit ? [written.slice(0, headUnit.at).trim()] : written ? [written] : [];
  let unit = headUnit?.unit ?? null;
  let listedUnits: string[] | null = null;
  const body: TextNode[] = [];
  let i = 0;
  // Title lines: short, not a cell of the table that follows (序号 or a number). A line 单位：万元
  // among them, or （单位：万元） after the title, is the unit of the table's figures.
  while (i < own.length && i < 4) {
    const t = own[i]!.match.trim();
    const lineUnit = unit === null ? unitLine(t) : null;
    if (lineUnit !== null) {
      unit = lineUnit;
      ctx.claim(own[i]!.index, 'annex');
      i++;
      continue;
    }
    const listed: string[] | null = unit === null && listedUnits === null ? unitListLine(t) : null;
    if (listed !== null) {
      // Several units (单位：亿元、%): no unit of the whole table; the line stays the annex's text.
      listedUnits = listed;
      body.push({ text: own[i]!.text, position: ctx.blockPosition(own[i]!) });
      ctx.claim(own[i]!.index, 'annex');
      i++;
      continue;
    }
    const inTitle = unit === null && own[i]!.block.kind !== 'table' ? titleUnit(t) : null;
    if (inTitle) {
      unit = inTitle.unit;
      const part = own[i]!.text.trim().slice(0, own[i]!.text.trim().length - (t.length - inTitle.at)).trim();
      // 附件：X over X（单位：万元）: the title printed again with its table's unit, said once.
      const again = m.title !== '' && titleParts.length === 1 && compactText(ctx.normalize(part)) === compactText(ctx.normalize(titleParts[0]!));
      if (!again) titleParts.push(part);
      ctx.claim(own[i]!.index, 'annex');
      i++;
      continue;
    }
    // 附件：X over X printed again as its table's caption: the title once more, not the annex's text.
    if (m.title && titleParts.length === 1 && compactText(t) === compactText(ctx.normalize(titleParts[0]!))) {
      ctx.claim(own[i]!.index, 'annex');
      i++;
      continue;
    }
    if (m.title || titleParts.length >= 3 || (titleParts.length > 0 && NUMBERED_CAPTION.test(t))) break;
    if (own[i]!.block.kind === 'table' || /^(序号|编号)(?:\s|$)/.test(t) || opensWithCategory(t, own[i + 1]?.match) || /^\d+$/.test(t) || t.length > 60 || /[。]$/.test(t) || matchMarker(own[i]!.text) || isEntryLine(t)) break;
    // A table's header, set out in tabs (a blank form's) or a name a line (指标 / 单位 / 2020年 …), is no more of the title.
    if (formHeaderLine(own[i]!) !== null || opensUnnumberedTable(own, i, titleParts.length > 0)) break;
    // Nor is a field's or a column's name under a title that has ended (…联络员名单 / 单位 / 姓名, …申请表 / 申请单位名称).
    if (titleParts.length > 0 && (isFieldName(t) || (endsAnnexTitle(titleParts.join('')) && !/^[（(][^（）()]{1,20}[)）]$/.test(t)))) break;
    titleParts.push(own[i]!.text.trim());
    ctx.claim(own[i]!.index, 'annex');
    i++;
  }
  let table: AnnexTable | null = null;
  let rest = own.slice(i);
  // 表1 … under the annex's title: the first table's caption, no more of the title (表2 … heads the next).
  const firstCaption = (m.title || titleParts.length > 0) && rest[0] && rest[0].block.kind !== 'table' && NUMBERED_CAPTION.test(rest[0].match.trim()) ? rest[0] : null;
  if (firstCaption) {
    ctx.claim(firstCaption.index, 'annex');
    rest = rest.slice(1);
  }
  // Items from here on hold the annex's later tables (each read as a table of its own) and text.
  let laterItems: Item[] = [];
  const notesAfter = new Set<Item>();
  const tableItem = rest.find((it) => it.block.kind === 'table');
  if (tableItem) {
    table = blankFormTable(ctx, tableItem) ?? tableFromBlock(ctx, tableItem);
    // Table blocks right after it that continue it over a page break are read into it.
    let lastIndex = tableItem.index;
    let at = rest.indexOf(tableItem) + 1;
    for (; at < rest.length; at++) {
      const it = rest[at]!;
      if (it.block.kind !== 'table') break;
      const next = table ? (headlessContinuation(ctx, table, it) ?? tableFromBlock(ctx, it)) : null;
      if (!table || !next || !continuesTable(ctx, table, next, { from: lastIndex, to: it.index })) break;
      table = joinTables(table, next);
      lastIndex = it.index;
    }
    const nextTable = rest.findIndex((it, j) => j >= at && it.block.kind === 'table');
    if (table && nextTable >= 0) {
      const cut = nextTable - (unitBefore(rest, nextTable) ? 1 : 0) - (captionBefore(rest, nextTable, finder) ? 1 : 0);
      laterItems = rest.slice(cut);
      rest = rest.slice(0, cut);
      laterItems.forEach((it, j) => {
        if (it.block.kind !== 'table') return;
        later.push({ caption: captionBefore(laterItems, j, finder), unit: unitBefore(laterItems, j), path: [label], items: [it] });
      });
    }
  }
  else {
    // A second flattened table after a caption line (重点项目表 / 序号 / …) is a table of its own.
    if (finder) {
      const found = finder.findFlat(rest);
      const firstIndex = rest[0]?.index;
      const starts = [...found.keys()].filter((k) => k !== firstIndex).sort((a, b) => a - b);
      const cut = starts.length > 0 ? rest.findIndex((it) => it.index === starts[0]) - 1 : -1;
      if (cut > 0) {
        laterItems = rest.slice(cut);
        rest = rest.slice(0, cut);
        for (const k of starts) {
          const cells = found.get(k)!;
          const j = laterItems.indexOf(cells[0]!);
          later.push({ caption: laterItems[j - 1] ?? null, path: [label], items: cells });
        }
      }
    }
    // A blank form's header alone (no line of it filled in): the lines after it stay the annex's text.
    const form = rest[0] && !rest.slice(1).some((it) => it.text.includes('\t')) ? blankFormTable(ctx, rest[0]) : null;
    if (form) {
      table = form;
      for (const it of rest.slice(1)) notesAfter.add(it);
    }
    // A page's downloads (相关附件：, 某清单.docx) end a table flattened one cell per line: no cell is a file.
    const downloadAt = rest.findIndex((it, j) => j > 0 && isDownloadLine(it));
    const cellLines = downloadAt > 0 ? rest.slice(0, downloadAt) : rest;
    // Notes under the table (注：…。, 数据来源：…) are no cells: they stay the annex's text.
    const tableLines = cellLines.slice(0, cellLines.length - trailingNotes(cellLines));
    // Under a task table's header (序号 | 重点任务 | 具体措施 | 牵头单位 …) a cell may be a sentence or
    // a measure's numbered line (1.推行…；); elsewhere such a line is text, and no table is read.
    const taskTable = opensTaskHeader(tableLines);
    const cells = tableLines.filter((it) => (taskTable ? it.match.trim().length <= 200 : it.match.trim().length <= 60 && !/[。]/.test(it.match)));
    if (!form && cells.length === tableLines.length && cells.length > 0) {
      const text = ctx.source.text;
      const flat = cells.map((it) => ({ text: it.text, match: it.match, item: it, offset: 0, position: ctx.blockPosition(it) }));
      const gapAt = (k: number): string => text.slice(cells[k - 1]!.block.end, cells[k]!.block.start);
      const positionAt = (offset: number): Position => ctx.lines.position(offset, offset);
      const startOf = (k: number): number => cells[k]!.block.start;
      // Empty cells as lines of spaces; else as blank lines where a row is one cell short without them.
      table = rebuildFlatTable(ctx, withWrittenEmptyCells(flat, gapAt, positionAt, startOf));
      if (table) for (const it of rest.slice(tableLines.length)) notesAfter.add(it);
    }
    if (!form && !table && taskTable) {
      ctx.report('flat-table-unread', 'warning', `the lines of ${label} look like a task table flattened one cell per line (a header of its columns' names) but could not be read as one: they stay the annex's text`, ctx.blockPosition(tableLines[0]!));
    }
    // 序号 alone on the first line opens a flattened table; given up, it is said, never dropped silently.
    else if (!form && !table && tableLines.length > 2 && /^(?:序号|编号)$/.test(tableLines[0]!.match.trim())) {
      ctx.report('flat-table-unread', 'warning', `the lines of ${label} from ${tableLines[0]!.match.trim()} on look like a table flattened one cell per line but could not be read as one: they stay the annex's text`, ctx.blockPosition(tableLines[0]!));
    }
  }
  if (firstCaption) {
    if (table && table.caption === undefined) table.caption = firstCaption.text.trim();
    else body.unshift({ text: firstCaption.text, position: ctx.blockPosition(firstCaption) });
  }
  if (table && unit !== null) setTableUnit(table, unit);
  if (table && listedUnits !== null && table.kind !== 'text') applyUnitList(table, listedUnits);
  // A flattened row left out with a warning stays the annex's text, so that nothing of it is lost.
  const unread = table ? UNREAD_LINES.get(table) : undefined;
  for (const it of rest) {
    if (table && (it.block.kind === 'table' || !tableItem) && !unread?.has(it) && !notesAfter.has(it)) ctx.claim(it.index, 'annex');
    else {
      body.push({ text: it.text, position: ctx.blockPosition(it) });
      ctx.claim(it.index, 'annex');
    }
  }
  // Later tables and their captions are read by the caller; the text between them is the annex's.
  const inLater = new Set(later.flatMap((p) => [...(p.caption ? [p.caption.index] : []), ...(p.unit ? [p.unit.index] : []), ...p.items.map((it) => it.index)]));
  for (const it of laterItems) {
    ctx.claim(it.index, 'annex');
    if (!inLater.has(it.index)) body.push({ text: it.text, position: ctx.blockPosition(it) });
  }
  const last = own[own.length - 1] ?? head;
  return {
    label,
    // A bare 附件 over a table whose first row is its title: that row titles the annex.
    title: titleParts.join('') || (table?.caption ?? ''),
    table,
    body,
    position: ctx.rangePosition(head, last),
  };
}
