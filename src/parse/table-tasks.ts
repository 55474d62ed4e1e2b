import type { AnnexRow, AnnexTable, BodyTable, OutlineKind, OutlineNode, Position, Section, Task } from '../model/types.js';
import { fold, substanceKey } from '../text/fold.js';
import { matchMarker } from '../text/markers.js';
import { LEAD_COLUMN_SOURCE, LEAD_WORD, PART_COLUMN_SOURCE, PART_QUALIFIER, PART_WORD, ROLE_BODY } from '../text/role-words.js';
import { parseNumeral } from '../text/chinese-numeral.js';
import { LEADER_COLUMN_SOURCE } from '../text/leader-label.js';
import { namesNoUnit, parseLabelledClause, parseVerbalClause, type ParsedClause } from './responsibility.js';
import { fromParts, isPart, taskIdBase } from './tasks.js';
import { walk } from './outline.js';
import { fillUnitSpans } from './table-unit-spans.js';
import { FIGURE_CELL } from './annex.js';
import { readColumnHeader } from './column-note.js';
import { joinContinuedRows } from './continued-rows.js';
import { DEADLINE_COLUMN, PROBLEM_COLUMN, TASK_COLUMN_WORD } from '../text/task-columns.js';


/** Column headers that name who leads (牵头单位), takes part (配合单位), or is responsible (责任单位). */
// Under a header cell 责任单位 spanning them, the columns are often headed by the role word alone
// (牵头 | 配合, 主责 | 协同), the spanning cell's name left to the row above.
const LEAD_COLUMN = new RegExp(`^(?:${LEAD_COLUMN_SOURCE}|牵头|主责|主办)$`);
// 协同责任单位, 配合主体, 次要责任单位: a word of taking part before the label of those responsible,
// or before 主体, heads a column of units taking part as a clause's label does.
const PART_COLUMN = new RegExp(`^(?:${PART_COLUMN_SOURCE}|(?:${PART_QUALIFIER}|次)(?:责任|负责|落实|实施)${ROLE_BODY}|${PART_WORD}主体|配合|参与|协办|协同|协助|协作|支持|会办)$`);
/** The lead column among several (牵头单位 | 责任单位): the one whose word says it leads. */
const LEADS_COLUMN = new RegExp(`^${LEAD_WORD}`);
/**
 * Column headers that name whom to call about a task (联系人, 联系电话, 责任人及联系方式): people
 * and numbers, never units, read into the task's contacts as a clause's （联系人：…） is; so is the
 * leader in charge (牵头区领导, 责任领导, 区级责任领导), as a clause's （责任领导：…） is; and the person
 * answering for the task (具体责任人).
 */
const CONTACT_COLUMN = new RegExp(
  `^(?:(?:(?:具体|直接)?(?:联系|联络|责任|负责)人|联系电话|联系方式|电话|手机)(?:(?:及|和|与|、|\\/)?(?:联系)?(?:电话|方式|手机|号码))?|${LEADER_COLUMN_SOURCE})$`,
);
/**
 * Column headers that name the category of each row (类别, 重点领域, 所属领域 | 序号 | 任务内容 …): a cell spanning the
 * rows of its category (a rowspan, or written once over empty cells), as a line of its own names it
 * in a flattened table. The category heads the rows under it, as a row spanning the table does.
 */
const CATEGORY_COLUMN = /^(?:任务|工作|重点|所属|主要|改革)?(?:类别|分类|领域|方面|维度|板块)$/;
/** Column headers that name the task itself (重点任务, 具体措施, 行动名称): see TASK_COLUMN_WORD. */
const TASK_COLUMN = new RegExp(TASK_COLUMN_WORD);
/**
 * Column headers of what a task is to achieve (工作目标, 年度目标, 目标要求), beside the task and its
 * measures: neither the task's title nor its group, but a part of its text, before the measure.
 */
const GOAL_COLUMN = /^(?:(?:工作|年度|预期|主要|任务|阶段|阶段性|整改)?目标(?:要求)?|目标任务要求)$/;
/*
 * A 整改方案's problem column (存在问题 | 整改措施 | 责任单位 | 整改时限) is what the task answers, read
 * as a 工作目标 cell is (in the task's text, before the measure), or as the group of the measures
 * under it when its cell spans their rows.
 */

const NO_UNITS: ParsedClause = { lead: [], participants: [], roles: [] };

const squeeze = (s: string): string => fold(s).replace(/[\s:]+/g, '');

/** The group a task table's rows are in, from a cell of the group column that spans them. */
interface GroupSection {
  number: string;
  title: string;
  /** The group cell as written: the rows under one cell are one group. */
  cell: string;
  /** The group's own number: the 序号 its rows share, else its place among the groups. */
  label: string;
  /** Whether the group's rows share one 序号 (the group's number), rather than one each. */
  shared: boolean;
  /** The value of the number a 类别 cell is written with (一、粮食安全), else null. */
  marked: number | null;
}

/** A row whose only text spans the table (一、夯实数字基础设施): the heading of the rows under it. */
function isHeadingRow(cells: readonly string[], lead: number): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  const only = filled[0];
  return only !== undefined && cells.length >= 3 && filled.every((c) => c === only) && (filled.length > 1 || !(cells[lead] ?? '').trim());
}

/** A 序号 written as a Chinese numeral (一, 十二, （三）, 四、): a group's number beside serial task numbers. */
const CHINESE_SERIAL = /^[（(]?[一二三四五六七八九十]+[)）、.．]?$/;

/**
 * A row that numbers a group in the 序号 column (一 | 提升政务服务效能, the name one cell spanning
 * the rest of the row): the heading of the rows under it, as a row of 一、提升政务服务效能 across the
 * table is. Without a span (a Markdown table writes | 一 | 提升政务服务效能 | | |) the name stands
 * alone beside empty unit cells, and the number is a Chinese numeral among rows numbered 1, 2, 3,
 * so that a task row whose units are missing is not taken for a group, or a number that rows
 * below it number their own from (1 over 1.1, 1.2), as a decimal outline does.
 */
function numberedGroup(
  row: AnnexRow,
  serialCol: number,
  unitCols: readonly number[],
  serials: boolean,
  parents: ReadonlySet<string>,
): { number: string; title: string } | null {
  if (serialCol < 0 || !row.number || (row.cells[serialCol] ?? '').trim() !== row.number) return null;
  const rest = row.cells.flatMap((c, i) => (i === serialCol ? [] : [c.trim()]));
  const filled = rest.filter(Boolean);
  const title = filled[0];
  if (title === undefined || rest.length < 2 || !filled.every((c) => c === title)) return null;
  if (filled.length === 1 && !((parents.has(row.number) || (serials && CHINESE_SERIAL.test(row.number))) && unitCols.every((i) => !(row.cells[i] ?? '').trim()))) return null;
  return { number: row.number.replace(/^[（(]|[)）、.．]$/g, ''), title };
}

/**
 * Whether a cell of the column spans several rows: it is repeated in the row below (a rowspan
 * laid out on the grid, or the text written again) or the cell below is left empty (as a Markdown
 * or text table writes a span), heading rows aside.
 */
function spansRows(table: AnnexTable, col: number, isGroup: (row: AnnexRow) => boolean): boolean {
  let previous = '';
  for (const row of table.rows) {
    const { cells } = row;
    if (isGroup(row)) {
      previous = '';
      continue;
    }
    const text = (cells[col] ?? '').trim();
    if (previous && (text === previous || (!text && cells.some((c) => c.trim())))) return true;
    previous = text;
  }
  return false;
}

/**
 * The rows with the group column's empty cells filled from the cell above, and the 序号 with it
 * when that is empty too: a span written once over empty cells reads as the grid of a rowspan.
 */
function fillSpans(rows: readonly AnnexRow[], col: number, isGroup: (row: AnnexRow) => boolean): AnnexRow[] {
  let above: AnnexRow | null = null;
  return rows.map((row) => {
    if (isGroup(row)) {
      above = null;
      return row;
    }
    const from = above as AnnexRow | null;
    if (!from || (row.cells[col] ?? '').trim() || !row.cells.some((c) => c.trim())) return (above = row);
    const cells = row.cells.map((c, i) => (i === col ? (from.cells[col] ?? '') : c));
    const number = row.number || from.number;
    return (above = { ...row, number, cells });
  });
}

/**
 * The rows with the category column's empty cells filled from the row above: a category written
 * once over the rows it spans (a merged cell as Word pastes it). A row spanning the table ends the
 * category above it.
 */
function fillCategories(rows: readonly AnnexRow[], col: number, isGroup: (row: AnnexRow) => boolean): AnnexRow[] {
  if (col < 0) return [...rows];
  let category = '';
  return rows.map((row) => {
    if (isGroup(row)) {
      category = '';
      return row;
    }
    const own = (row.cells[col] ?? '').trim();
    if (own || !category || !row.cells.some((c) => c.trim())) return ((category = own || category), row);
    return { ...row, cells: row.cells.map((c, i) => (i === col ? category : c)) };
  });
}

/** Whether a unit cell says itself who leads (区应急局牵头，各行业主管部门配合), as a clause does. */
function ownsClause(text: string, simplify?: (s: string) => string): boolean {
  const match = simplify ? simplify(fold(text)) : fold(text);
  return (parseVerbalClause(text, match, false) ?? parseLabelledClause(text, match, false))?.roles.some((r) => r.role === 'lead') === true;
}

/**
 * A contact column's cell as a contact: labelled by its column (联系人：王芳), as a clause labels
 * it (（联系人：王芳）), unless the cell names its label itself; none for an empty cell or a /.
 */
function contactCell(header: string, text: string): string[] {
  if (!text || /^[\/／、,，;；.。·•*＊×—–-]+$|^(?:无|無|暂无|暫無)$/.test(text)) return [];
  const label = header.replace(/[\s\u3000:：]+/g, '');
  return [fold(text).startsWith(fold(label)) ? text : `${label}：${text}`];
}

/** For each row, the run of rows under one group cell it is in (-1 for a heading row). */
function groupRuns(rows: readonly AnnexRow[], col: number, isGroup: (row: AnnexRow) => boolean): number[] {
  let run = -1;
  let title: string | null = null;
  return rows.map((row) => {
    if (isGroup(row)) {
      title = null;
      return -1;
    }
    const own = (row.cells[col] ?? '').trim();
    if (own !== title) run++;
    title = own;
    return run;
  });
}

/**
 * Whether the 序号 numbers the measures within each group from 1 again: two groups at least, each
 * numbered from 1 with no number twice in it, and some number in two groups.
 */
function restartsPerGroup(rows: readonly AnnexRow[], runOf: readonly number[]): boolean {
  const numbers = new Map<number, string[]>();
  rows.forEach((row, j) => {
    const run = runOf[j] ?? -1;
    if (run >= 0) numbers.set(run, [...(numbers.get(run) ?? []), row.number]);
  });
  if (numbers.size < 2) return false;
  const all = [...numbers.values()];
  if (!all.every((ns) => /^0*1$/.test(ns[0] ?? '') && new Set(ns).size === ns.length && ns.every((n) => /^\d+$/.test(n)))) return false;
  return all.some((ns, k) => all.some((other, m) => m !== k && other.some((n) => ns.includes(n))));
}

/**
 * Whether the 重点任务 cell of a run of rows (the rows under one cell of the column) is the title of
 * its task rather than a group of tasks: a cell over one row is (its row is a task titled by it, as
 * in a table whose cells span none, whatever other cells of the column span), and so is one whose
 * rows share its 序号 under a heading row (一、… or （一）… across the table): the heading is their
 * group, and the shared 序号 makes them the measures 1.1, 1.2 of one numbered task.
 */
function ownTaskCell(run: readonly AnnexRow[], underHeading: boolean): boolean {
  if (run.length === 1) return true;
  const number = run[0]?.number ?? '';
  return underHeading && number !== '' && run.every((r) => r.number === number);
}

/** Whether a column's filled cells are all figures (20, 3.5, 1,200, 35%, —). */
function figuresOnly(rows: readonly AnnexRow[], col: number): boolean {
  const filled = rows.map((r) => (r.cells[col] ?? '').trim()).filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => FIGURE_CELL.test(c));
}

/**
 * The columns of a task table's header (names read without their notes) that name leading units,
 * the one its lead is read from first: 牵头单位 | 责任单位 both name them, and the one that says 牵头
 * (or the like) leads, the other read as a clause reads 牵头单位：A；责任单位：B, its units taking part.
 */
function leadColumns(columns: readonly string[]): number[] {
  const leadCols = columns.flatMap((c, k) => (LEAD_COLUMN.test(c) ? [k] : []));
  const lead = leadCols.find((k) => LEADS_COLUMN.test(columns[k] as string)) ?? leadCols[0];
  return lead === undefined ? [] : [lead, ...leadCols.filter((k) => k !== lead)];
}

/** The header of the column a task table's lead units are read from (牵头单位, 责任单位 …), as written; null when none. */
export function leadColumnHeader(table: AnnexTable, simplify?: (s: string) => string): string | null {
  const names = table.columns.map((c) => readColumnHeader(c).name);
  const lead = leadColumns(names.map((n) => (simplify ? simplify(squeeze(n)) : squeeze(n))))[0];
  return lead === undefined ? null : names[lead]!;
}

/**
 * A row that sums the rows above (合计, 总计, 小计, 共计, 合計 in its first filled cell, often spanning
 * the serial and the name): no task, whatever its figures.
 */
const TOTAL_ROW = /^(?:合|总|總|小|共)[计計](?:[（(][^（）()]*[)）])?[:：]?$/;

function isTotalRow(row: AnnexRow): boolean {
  const first = row.cells.find((c) => c.trim() !== '');
  return first !== undefined && first.length <= 20 && TOTAL_ROW.test(first.replace(/\s+/g, ''));
}

export interface TaskTable {
  /** What the table is called: its caption or its annex's title. */
  title: string;
  /** The annex label or caption the table stands under, for the tasks' path. */
  label: string;
  table: AnnexTable;
  /**
   * Where the table stands with its caption (or its annex's label and title) above it: the section
   * the table makes is the caption's, so it starts there, not at the header row. The table's own
   * position when absent.
   */
  position?: Position;
}

/**
 * Tasks from a 重点任务分解表: each row of a table with a lead-unit column is a task, its units
 * read from the lead and participant cells as a labelled clause would be. Used for plans whose
 * tasks live only in such a table (a table that breaks down tasks already in the text would count
 * them twice).
 */
export function tasksFromTables(
  tables: readonly TaskTable[],
  simplify?: (s: string) => string,
  /** The document says the unit listed first leads (责任单位中排在第一位的为牵头单位): so in the table's cells too. */
  firstIsLead = false,
): { tasks: Task[]; sections: Section[] } {
  const norm = (s: string): string => (simplify ? simplify(squeeze(s)) : squeeze(s));
  const tasks: Task[] = [];
  const sections: Section[] = [];
  const ids = new Map<string, number>();
  for (const { title, label, table: written, position: captioned } of tables) {
    // 责任单位（第一个为牵头单位）: a column is known by its name, its note read for who leads.
    const headers = written.columns.map(readColumnHeader);
    const columns = headers.map((h) => norm(h.name));
    const leadCols = leadColumns(columns);
    if (leadCols.length === 0) continue;
    const lead = leadCols[0]!;
    // 配合单位 | 督办单位: every column of units taking part is read, each under its header.
    const parts = columns.flatMap((c, k) => (PART_COLUMN.test(c) && !leadCols.includes(k) ? [k] : []));
    const unitCols = [lead, ...leadCols.filter((k) => k !== lead), ...parts];
    const firstLeads = firstIsLead || unitCols.some((k) => headers[k]!.firstLeads);
    // 序号 | 具体措施 | …: rows numbered 1, 2, 3, among which a row numbered 一 may name a group.
    const serialCol = columns.findIndex((c) => /^(?:序号|编号)$/.test(c));
    const serials = written.rows.some((r) => /^\d+(?:[.．]\d+)?$/.test(r.number));
    // 1 | 扩大有效投资 over 1.1, 1.2: the numbers the rows' own are numbered under.
    const parents = new Set(written.rows.flatMap((r) => /^(\d+)[.．]\d+$/.exec(r.number)?.slice(1, 2) ?? []));
    // 序号 | 责任单位 | 亿元以上签约项目 | 10亿元以上签约项目: a table of each unit's figures (targets
    // shared out), no task in any row: every column beside the units and the serial holds figures.
    const otherCols = columns.flatMap((_, k) => (k !== serialCol && !unitCols.includes(k) ? [k] : []));
    if (otherCols.length > 0 && otherCols.every((k) => figuresOnly(written.rows, k))) continue;
    const groupRow = (row: AnnexRow): { number: string; title: string } | null => (isHeadingRow(row.cells, lead) ? null : numberedGroup(row, serialCol, unitCols, serials, parents));
    const isGroup = (row: AnnexRow): boolean => isHeadingRow(row.cells, lead) || groupRow(row) !== null;
    const categoryCol = columns.findIndex((c, k) => !unitCols.includes(k) && CATEGORY_COLUMN.test(c));
    const wordCols = columns.flatMap((c, k) => (!unitCols.includes(k) && k !== categoryCol && (TASK_COLUMN.test(c) || GOAL_COLUMN.test(c)) && !/时限|时间|序号/.test(c) ? [k] : []));
    // 重点任务 | 工作目标 | 具体措施: the target is said of the task, in its text.
    const goalCols = wordCols.filter((k) => GOAL_COLUMN.test(columns[k] as string));
    const taskCols = goalCols.length < wordCols.length ? wordCols.filter((k) => !goalCols.includes(k)) : wordCols;
    const textGoalCols = taskCols === wordCols ? [] : goalCols;
    // 重点任务 | 具体措施: the task is the measure, the column before it names the group it is in, one
    // cell spanning the group's rows. When no cell of that column spans rows (重点任务 | 具体内容, one
    // 企业信息变更一件事 per row), it names each row's task: the row is the task, its title that cell.
    const taskCol = taskCols.length > 0 ? taskCols[taskCols.length - 1]! : -1;
    // A task's text run on into a row of its own (empty 序号 and unit cells) is the task's.
    const table: AnnexTable = { ...written, rows: joinContinuedRows(written.rows.filter((r) => !isTotalRow(r)), { task: taskCol, serial: serialCol }) };
    const before = taskCols.slice(0, -1);
    // 存在问题 | 整改措施: a problem cell spanning the measures that set it right is their group; one
    // a row is said of that row's task, in its text.
    const problemCol = taskCol >= 0 ? columns.findIndex((c, k) => k < taskCol && !unitCols.includes(k) && k !== categoryCol && PROBLEM_COLUMN.test(c)) : -1;
    const problemGroups = problemCol >= 0 && spansRows(table, problemCol, isGroup);
    const taskGroupCol = before.find((k) => spansRows(table, k, isGroup)) ?? (problemGroups ? problemCol : -1);
    const textCols = [...textGoalCols, ...(problemCol >= 0 && taskGroupCol !== problemCol ? [problemCol] : [])];
    const titleCol = [...before].reverse().find((k) => k > taskGroupCol && !spansRows(table, k, isGroup)) ?? -1;
    // A 类别 column groups the rows as a spanning 重点任务 cell does; over such cells, it heads their
    // groups as a row spanning the table would.
    const groupCol = taskGroupCol >= 0 ? taskGroupCol : categoryCol;
    const headingCol = taskGroupCol >= 0 ? categoryCol : -1;
    const dueCol = columns.findIndex((c) => DEADLINE_COLUMN.test(c));
    const contactCols = columns.flatMap((c, k) => (!unitCols.includes(k) && k !== taskCol && CONTACT_COLUMN.test(c) ? [k] : []));
    // 责任单位 cells a span left empty (Word → Markdown) are filled as the group column's are.
    const unitRows = fillUnitSpans(table.rows, { group: groupCol, lead, units: unitCols, task: taskCol, isHeading: isGroup });
    const rows = fillCategories(groupCol >= 0 ? fillSpans(unitRows, groupCol, isGroup) : unitRows, headingCol, isGroup);
    const categoryOf = (row: AnnexRow): string => (headingCol >= 0 && !isGroup(row) ? (row.cells[headingCol] ?? '').trim() : '');
    // A row whose category is not the one above opens a category: it heads its rows as a group row would.
    const opensCategory = (j: number): boolean => {
      const row = rows[j]!;
      if (!categoryOf(row)) return false;
      let above = j - 1;
      while (above >= 0 && !isGroup(rows[above]!) && !categoryOf(rows[above]!)) above--;
      return above < 0 || isGroup(rows[above]!) || categoryOf(rows[above]!) !== categoryOf(row);
    };
    const tableSection = { number: '', title };
    let sectionAdded = false;
    // 1 | 提升政务服务效能 | measure, measure: the 序号 numbers the groups. When the rows of one group
    // carry numbers of their own, the 序号 numbers the measures and the groups are counted.
    const numberedByMeasure = groupCol >= 0 && rows.some((row, j) => {
      const before = rows[j - 1];
      return before !== undefined && (before.cells[groupCol] ?? '').trim() === (row.cells[groupCol] ?? '').trim() && before.number !== row.number;
    });
    // The runs of rows under one group cell, for a 序号 that numbers the measures within each group.
    const runOf = groupCol >= 0 ? groupRuns(rows, groupCol, isGroup) : [];
    // 一级任务 | 序号 | 二级任务 with the 序号 running 1, 2 in each group again: a measure is known by
    // its group and its number (1.2, 2.1), as a decimal outline numbers it.
    const restarts = numberedByMeasure && restartsPerGroup(rows, runOf);
    const runRows = new Map<number, AnnexRow[]>();
    runOf.forEach((run, j) => {
      if (run >= 0) runRows.set(run, [...(runRows.get(run) ?? []), rows[j]!]);
    });
    // Whether a row's 重点任务 cell is its own task's title rather than the group of its measures
    // (see ownTaskCell).
    const titledByGroupCell = (j: number, underHeading: boolean): boolean =>
      groupCol === taskGroupCol && !restarts && ownTaskCell(runRows.get(runOf[j] ?? -1) ?? [], underHeading);
    // A problem cell over one measure is said of that row's task: in its text, as where none spans rows.
    const problemOfRow = (j: number): boolean => groupCol === problemCol && problemCol >= 0 && !restarts && (runRows.get(runOf[j] ?? -1) ?? []).length === 1;
    let lastGroup: GroupSection | null = null;
    let groupCount = 0;
    // Rows that share a number (a 序号 cell spanning the measures of one task) are numbered 1.1, 1.2;
    // within a heading row's group, as the rows under each heading may number from 1 again.
    const sharing = new Map<string, number>();
    let headings = 0;
    const keyOf = (written: string, j: number): string => `${headings}|${restarts ? runOf[j] : ''}|${written}`;
    for (const [j, row] of rows.entries()) {
      if (isGroup(row) || opensCategory(j)) headings++;
      if (isGroup(row)) continue;
      if (row.number) sharing.set(keyOf(row.number, j), (sharing.get(keyOf(row.number, j)) ?? 0) + 1);
    }
    headings = 0;
    const seenNumber = new Map<string, number>();
    // A row of one cell across the table (一、夯实数字基础设施) heads the group of rows under it.
    let heading: { number: string; label: string; title: string; value: number | null } | null = null;
    // The groups counted under the heading in force, for groups nested in numbered headings.
    let groupsInHeading = 0;
    let categories = 0;
    for (const [k, row] of rows.entries()) {
      const cell = (i: number): string => (i >= 0 ? (row.cells[i] ?? '').trim() : '');
      // Spanning the row (its text in several cells) or standing alone away from the unit columns.
      if (isGroup(row)) {
        headings++;
        const numbered = groupRow(row);
        if (numbered) heading = { number: numbered.number, label: row.number, title: numbered.title, value: parseNumeral(numbered.number) };
        else {
          const only = row.cells.find((c) => c.trim())!.trim();
          const marker = matchMarker(only);
          const number = marker?.number ?? '';
          heading = { number, label: marker?.label ?? '', title: (marker ? only.slice(marker.length) : only).trim(), value: number ? parseNumeral(number) : null };
        }
        sections.push({ number: heading.number, label: heading.label, title: heading.title, position: row.position });
        lastGroup = null;
        groupsInHeading = 0;
        continue;
      }
      if (opensCategory(k)) {
        headings++;
        categories++;
        const category = categoryOf(row);
        const marker = matchMarker(category);
        // 政务环境 over its 重点任务 groups: no number of its own, counted as the categories are when
        // they are the groups, so that its groups are numbered within it and its tasks' paths hold it.
        const number = marker?.number ?? String(categories);
        heading = { number, label: marker?.label ?? number, title: (marker ? category.slice(marker.length) : category).trim(), value: parseNumeral(number) };
        sections.push({ number: heading.number, label: heading.label, title: heading.title, position: row.position });
        lastGroup = null;
        groupsInHeading = 0;
      }
      // A cell merged over two unit columns (colspan) and holding a clause of its own (区应急局牵头，
      // 各行业主管部门配合) is laid out under both: the clause is read once. Two cells that name the
      // same units are both read (a lead named again as participant is the table's slip, for
      // validation to show).
      const again = (i: number, n: number): boolean => unitCols.slice(0, n).some((j) => cell(j) === cell(i)) && ownsClause(cell(i), simplify);
      const clause = unitCols
        .filter((i, n) => i === lead || (cell(i) && !again(i, n)))
        .map((i) => `${headers[i]!.name}:${cell(i)}`)
        .join(';');
      // The row's indicator is the cell after its 序号, which may be a contact's (序号 | 联系人 | …).
      const indicator = contactCols.some((i) => cell(i) && cell(i) === row.indicator.trim()) ? '' : row.indicator;
      const taskText = cell(taskCol) || indicator || row.cells.find((c, i) => i !== 0 && !unitCols.includes(i) && !contactCols.includes(i) && c.trim()) || '';
      // A row that names a task but no unit stays a task, without units (validation says so), rather
      // than vanish from the plan's tasks and leave a gap in their numbers.
      const parsed = parseLabelledClause(clause, simplify ? simplify(fold(clause)) : fold(clause), firstLeads) ?? (cell(taskCol) ? NO_UNITS : null);
      if (!parsed) continue;
      // A 重点任务 cell over its one measure, beside cells that span theirs, titles its task as in a
      // table whose cells span none; so does one over measures sharing its 序号 under a heading row.
      const ownProblem = problemOfRow(k);
      const ownCell = !ownProblem && titledByGroupCell(k, heading !== null);
      const taskTitle = cell(titleCol) || (ownCell ? cell(groupCol) : '') || taskText;
      // The target and the measure in the order of their columns.
      const rowTextCols = ownProblem ? [...textCols, problemCol] : textCols;
      const fullText = rowTextCols.length > 0 && cell(taskCol) ? [...rowTextCols, taskCol].sort((x, y) => x - y).map(cell).filter(Boolean).join('\n') : taskText;
      const written = row.number || String(k + 1);
      const key = keyOf(written, k);
      const nth = (seenNumber.get(key) ?? 0) + 1;
      seenNumber.set(key, nth);
      // A measure of a numbered task keeps the 序号 as written for its label, and its place within
      // the task (the 2 of 1.2) in its path, so that no two measures share one.
      const shares = (sharing.get(key) ?? 0) > 1;
      let number = shares ? `${written}.${nth}` : written;
      const own = shares ? [written, String(nth)] : [written];
      const groupTitle = ownCell || ownProblem ? '' : cell(groupCol);
      let section: { number: string; title: string } = tableSection;
      // 一、完善县域商业网络 over 重点任务 cells over measures: the group is a level below the heading,
      // numbered within it as a decimal outline is (1.2: heading 一's second group), so that the
      // heading's number selects its groups' tasks and the path reads 一、 › 2 › 4.
      const nested = heading !== null && heading.value !== null && groupCol >= 0;
      let groupLabel = '';
      if (groupTitle) {
        // The group cell spans its rows: consecutive rows with the same group are one section,
        // numbered by the 序号 they share, or in order when each measure has a number of its own.
        const previous = lastGroup as GroupSection | null;
        if (previous?.cell !== groupTitle || (previous.shared && previous.label !== row.number)) {
          // A category is never numbered by the 序号 of its rows: its groups are counted.
          const shared = !numberedByMeasure && groupCol !== categoryCol;
          groupCount++;
          groupsInHeading++;
          // A 类别 cell written with a part's number (一、粮食安全) is numbered by it, and titled by
          // what follows, as a row spanning the table is; one written without is numbered by nothing
          // (粮食安全), as the same category on a line of its own in a flattened table is: a number
          // counted here would be one the document never gives, for a user to ask for.
          const category = groupCol === categoryCol && !nested;
          const marker = category ? matchMarker(groupTitle) : null;
          const title = (marker ? groupTitle.slice(marker.length).trim() : '') || groupTitle;
          const own = marker ? marker.number : category ? '' : shared ? row.number : String(nested ? groupsInHeading : groupCount);
          const number = nested && own ? `${heading!.value}.${own}` : own;
          lastGroup = { number, label: marker ? marker.label : own, title, cell: groupTitle, shared, marked: marker ? parseNumeral(marker.number) : null };
          const made: Section = { number, label: marker ? marker.label : shared ? row.number : '', title, position: row.position };
          // A category the table numbers not (no 序号 numbers it, no heading row holds it).
          if (category && !marker) UNNUMBERED.add(made);
          sections.push(made);
        }
        section = { number: lastGroup!.number, title: lastGroup!.title };
        // A group numbered by the 序号 it shares with its measures has that number in the path already.
        if (!lastGroup!.shared) groupLabel = lastGroup!.label;
        // Measures numbered again in each group are known by the group's value and theirs (1.2), 一、's
        // too; under a category the table numbers not, by their own number and the category's title.
        const groupValue = lastGroup!.marked ?? lastGroup!.number;
        if (restarts && groupValue !== '') number = `${groupValue}.${number}`;
      } else if (heading) {
        lastGroup = null;
        section = { number: heading.number, title: heading.title };
      } else {
        lastGroup = null;
        if (!sectionAdded) {
          sectionAdded = true;
          sections.push({ number: '', label, title, position: captioned ?? table.position });
        }
      }
      // A 完成时限 cell left empty with a mark (/, 无, ——) gives no deadline, as a unit cell gives no unit.
      const due = cell(dueCol);
      const deadline = (due && !namesNoUnit(due) ? due : '') || parsed.deadline;
      // Those named in the unit cells (区科技局（联系人：王芳，…）) first, then the contact columns'.
      const contacts = [...(parsed.contacts ?? []), ...contactCols.flatMap((i) => contactCell(table.columns[i] ?? '', cell(i)))];
      const base = taskIdBase(taskTitle, simplify);
      const seen = ids.get(base) ?? 0;
      ids.set(base, seen + 1);
      tasks.push({
        id: seen === 0 ? base : `${base}-${seen + 1}`,
        number,
        label: written,
        path: [label, heading?.label ?? '', nested || restarts || lastGroup?.marked != null ? groupLabel : '', ...own].filter(Boolean),
        title: taskTitle,
        text: fullText,
        section,
        lead: parsed.lead,
        participants: parsed.participants,
        roles: parsed.roles,
        ...(deadline ? { deadline } : {}),
        ...(contacts.length > 0 ? { contacts } : {}),
        position: row.position,
      });
    }
  }
  return { tasks, sections: tasks.length ? sections : [] };
}

/** Sections of a table's 类别 column that the table gives no number (粮食安全, not 一、粮食安全). */
const UNNUMBERED = new WeakSet<Section>();

/** The kinds of heading a plan is divided into parts by (一、, 第一章): the groups are a level below. */
const PART_KINDS: ReadonlySet<OutlineKind> = new Set<OutlineKind>(['chinese', 'part', 'chapter', 'section']);

/**
 * Sections for tasks read from a table that has no groups of its own (each task's section is then
 * the table itself, numberless): a task the plan's text names as an item (附件1's （一）实施工业设备更新行动
 * for the table's row 实施工业设备更新行动) is in that item's group, the level below the part it stands
 * in (or the item, when it is that level). Tasks the text does not name stay in the table's section.
 */
export function groupByOutline(found: { tasks: Task[]; sections: Section[] }, outline: OutlineNode[]): { tasks: Task[]; sections: Section[] } {
  const numbered = found.sections.filter((s) => s.number !== '');
  if (found.tasks.length > 0 && numbered.length === 0 && found.sections.some((s) => UNNUMBERED.has(s))) return nestCategories(found, outline);
  if (found.tasks.length === 0) return found;
  if (numbered.length > 0) return underOwnPart(found, outline);
  const groups = new Map<string, OutlineNode>();
  walk(outline, (node, ancestors) => {
    const key = substanceKey(node.title);
    if (!key || groups.has(key)) return;
    const levels = fromParts(ancestors);
    const top = levels[0];
    groups.set(key, !top ? node : PART_KINDS.has(top.kind) ? (levels[1] ?? node) : top);
  });
  const sections: Section[] = [];
  const added = new Set<OutlineNode | Section>();
  const tasks = found.tasks.map((task) => {
    const named = groups.get(substanceKey(task.title));
    const standing = named || NUMBERED_CAPTION.test(task.section?.title ?? '') ? undefined : standingIn(outline, task.position);
    const group = named ?? standing?.group;
    const own = found.sections.find((s) => s.title === task.section?.title);
    if (!group) {
      if (own && !added.has(own)) {
        added.add(own);
        sections.push(own);
      }
      return task;
    }
    if (!added.has(group)) {
      added.add(group);
      sections.push({ number: group.number, label: group.label, title: group.title, position: group.position });
    }
    // A row of a table standing in 二、 › （二） has its path there, as a task written as an item would.
    const path = standing ? [...standing.path, ...task.path] : task.path;
    return { ...task, path, section: { number: group.number, title: group.title } };
  });
  return { tasks, sections };
}

/**
 * Tasks of a table whose 类别 column groups them without numbers, standing in a group of the text
 * (二、重点任务 over the table): that group is a section too, the categories stay numberless sections
 * standing in it (`--section 二` takes their tasks, by where they stand), and the tasks' paths start
 * at the group (["二、", "1"]). Outside the outline (an annex), or standing in no one group, they are
 * left as they are.
 */
function nestCategories(found: { tasks: Task[]; sections: Section[] }, outline: OutlineNode[]): { tasks: Task[]; sections: Section[] } {
  const standing = found.tasks.map((t) => standingIn(outline, t.position));
  const group = standing[0]?.group;
  if (!group || standing.some((s) => s?.group !== group)) return found;
  if (parseNumeral(group.number) === null) return found;
  const sections: Section[] = [{ number: group.number, label: group.label, title: group.title, position: group.position }, ...found.sections];
  const tasks = found.tasks.map((task, k) => ({ ...task, path: [...standing[k]!.path, ...task.path] }));
  return { tasks, sections };
}

/**
 * Tasks of a table with groups of its own (（一） rows, 重点任务 cells spanning their measures)
 * standing in a part of the text (二、重点任务 over the table): their paths start at the part, as
 * those of a table without groups do and as the text's own tasks under 二、 › （一） do, so that
 * `--section 二（一）` finds them. Their sections stay the table's groups, numbered as the text
 * numbers its groups. A table standing in no one group of the text (an annex) is left as it is.
 */
function underOwnPart(found: { tasks: Task[]; sections: Section[] }, outline: OutlineNode[]): { tasks: Task[]; sections: Section[] } {
  const standing = standingIn(outline, found.tasks[0]!.position);
  if (!standing || found.tasks.some((t) => standingIn(outline, t.position)?.group !== standing.group)) return found;
  // Rows in no group of the table (a 重点任务 cell over its one measure, beside cells spanning theirs)
  // are in the group the table stands in, as the rows of a table without groups are.
  const own = found.sections.find((s) => s.number === '' && !UNNUMBERED.has(s));
  const loose = own !== undefined && found.tasks.some((t) => t.section?.number === '' && t.section.title === own.title);
  const group = standing.group;
  const sections = loose
    ? [...found.sections.filter((s) => s !== own), { number: group.number, label: group.label, title: group.title, position: group.position }].sort((a, b) => a.position.start.offset - b.position.start.offset)
    : found.sections;
  const tasks = found.tasks.map((task) => {
    const path = [...standing.path, ...task.path];
    return loose && task.section?.number === '' && task.section.title === own!.title ? { ...task, path, section: { number: group.number, title: group.title } } : { ...task, path };
  });
  return { tasks, sections };
}

const within = (outer: Position, inner: Position): boolean => outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;

/** A caption numbered as a part or a group (## 二、重点任务分解表): a heading of its own, no table under the one above it. */
const NUMBERED_CAPTION = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章部节])/;

/**
 * The group a row of a table in the plan's text stands in, as a paragraph task there would: under
 * 一、重点任务 the part, under 一、 › （二） the （二）. A table outside the outline (an annex) has none,
 * and its rows keep the table's own section.
 */
function standingIn(outline: OutlineNode[], at: Position): { group: OutlineNode; path: string[] } | undefined {
  let chain: OutlineNode[] = [];
  walk(outline, (node, ancestors) => {
    if (within(node.position, at) && ancestors.length + 1 > chain.length) chain = [...ancestors, node];
  });
  // Only a heading heads a table below it (一、重点任务, with a line 见下表 or none): after an item
  // that is a sentence of its own ((二)强化督查考核。区政府…。) a table is no part of it.
  const node = chain[chain.length - 1];
  if (!node || node.paragraphs[0]?.text.trim() !== node.title.trim()) return undefined;
  const levels = fromParts(chain);
  const top = levels[0];
  if (!top) return undefined;
  return { group: isPart(top) ? (levels[1] ?? top) : top, path: levels.map((n) => n.label) };
}

/** Whether an item, or an item under it, names units: a task of the text, or the group of some. */
function holdsTasks(node: OutlineNode): boolean {
  return node.responsibility !== null || node.children.some(holdsTasks);
}

/**
 * Tasks from a task table that is all a group of the text holds: （二）优化数字营商环境 over a table
 * 序号 | 任务 | 牵头单位 | 参与单位, beside （一） whose tasks are written as items. Such a table breaks
 * down nothing (no item of the group names units, and none above it is a task): its rows are the
 * group's own tasks, as the tasks of a plan written only as a table are. The group must stand beside
 * an item of its kind that has tasks, as a group of tasks does (a table under 保障措施 or in a part
 * of its own stays a table). Rows are numbered and titled as tasksFromTables reads them, their path
 * under the group's, their section the group's as collectTasks gives it.
 */
export function tasksOfTableGroups(
  tables: readonly BodyTable[],
  outline: OutlineNode[],
  simplify?: (s: string) => string,
  firstIsLead = false,
): { tasks: Task[]; sections: Section[] } {
  const tasks: Task[] = [];
  const sections: Section[] = [];
  for (const body of tables) {
    // The deepest item the table stands in.
    let chain: OutlineNode[] = [];
    walk(outline, (node, ancestors) => {
      if (within(node.position, body.position) && ancestors.length + 1 > chain.length) chain = [...ancestors, node];
    });
    const node = chain[chain.length - 1];
    const parent = chain[chain.length - 2];
    if (!node || !parent || chain.some((n) => n.responsibility !== null) || holdsTasks(node)) continue;
    if (!parent.children.some((s) => s !== node && s.kind === node.kind && holdsTasks(s))) continue;
    const found = tasksFromTables([{ title: body.caption ?? '', label: '', table: body.table }], simplify, firstIsLead);
    if (found.tasks.length === 0) continue;
    const levels = fromParts(chain);
    const top = levels[0]!;
    const group = isPart(top) ? (levels[1] ?? top) : top;
    const groupSection = { number: group.number, title: group.title };
    // A table of groups of its own (一、… rows) keeps them, a level below the item it stands in.
    const ownGroups = found.sections.some((s) => s.number !== '');
    const prefix = chain.map((a) => a.label || a.title);
    for (const task of found.tasks) tasks.push({ ...task, path: [...prefix, ...task.path], section: ownGroups ? task.section : groupSection });
    if (ownGroups) sections.push(...found.sections);
    else sections.push({ number: group.number, label: group.label, title: group.title, position: group.position });
  }
  return { tasks, sections };
}

/** Adds tasks read from a group's table to the plan's, in document order, their ids kept apart from the text's. */
export function addTableGroups(plan: { tasks: Task[]; sections: Section[] }, found: { tasks: Task[]; sections: Section[] }): void {
  if (found.tasks.length === 0) return;
  const ids = new Set(plan.tasks.map((t) => t.id));
  for (const task of found.tasks) {
    let id = task.id;
    for (let n = 2; ids.has(id); n++) id = `${task.id}-${n}`;
    ids.add(id);
    plan.tasks.push(id === task.id ? task : { ...task, id });
  }
  plan.tasks.sort((a, b) => a.position.start.offset - b.position.start.offset);
  for (const section of found.sections) if (!plan.sections.some((s) => s.number === section.number && s.title === section.title)) plan.sections.push(section);
  plan.sections.sort((a, b) => a.position.start.offset - b.position.start.offset);
}
