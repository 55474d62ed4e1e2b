import type { AnnexRow, BodyTable, Goal, OutlineNode, Period } from '../../model/types.js';
import { BASE_YEAR_HEADER, bracketedFigure, cellPositions, NOT_APPLICABLE, YEAR_HEADER, yearKey } from '../annex.js';
import { isChangeIndicator } from './verbs.js';
import { isGoalHeading } from './headings.js';
import { goalHeadingYear, singleYear } from '../plan.js';
import { cellNote } from './cell-note.js';
import { readTargetCell } from './target-figure.js';
import { arabicYears } from '../../text/date.js';
import { closeLetterSpacing } from '../../text/fold.js';
import { writtenFigure } from '../../text/thousands.js';

/** A column of target values without a year in its name. */
const TARGET_COLUMN = /^(?:目标|目标值|预期值|预期目标)$/;
/** 到2025年 in the paragraph that leads into the table (到2025年，…主要指标如下：). */
const LEAD_IN_YEAR = /(?:到|至) ?(\d{4}) ?年/;

/** The outline items a table stands in, outermost first, found by their labels. */
function nodesOnPath(outline: readonly OutlineNode[], path: readonly string[]): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  let level: readonly OutlineNode[] = outline;
  for (const label of path) {
    const node = level.find((n) => (n.label || n.title) === label);
    if (!node) break;
    nodes.push(node);
    level = node.children;
  }
  return nodes;
}

/** The year a paragraph before the table, in the items it stands in, names as the target year. */
function leadInYear(nodes: readonly OutlineNode[], before: number, normalize: (text: string) => string): number | undefined {
  for (const node of [...nodes].reverse()) {
    const paragraphs = node.paragraphs.filter((p) => p.position.start.offset < before);
    for (const p of paragraphs.reverse()) {
      const m = LEAD_IN_YEAR.exec(arabicYears(normalize(p.text)));
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

/**
 * The targets of a table in a goal section (表1 主要目标, or a table after `到2025年，主要指标如下：`):
 * one per row, the value under the target year's column (the lead-in's year, else the last year
 * column), or under a 目标值 column with the lead-in's or the section's year.
 */
export function goalsFromTables(tables: readonly BodyTable[], outline: readonly OutlineNode[], period: Period, normalize: (text: string) => string): Goal[] {
  const goals: Goal[] = [];
  for (const { caption, path, table, position } of tables) {
    if (table.kind === 'text') continue;
    const nodes = nodesOnPath(outline, path);
    const captioned = caption !== null && isGoalHeading(normalize(caption).replace(/^附?表 ?[0-9一二三四五六七八九十]+\s*/, ''));
    if (!captioned && !nodes.some((n) => isGoalHeading(closeLetterSpacing(normalize(n.title))))) continue;
    const leadIn = leadInYear(nodes, position.start.offset, normalize);
    const keys = table.columns.map((c) => yearKey(normalize(c).replace(/\s+/g, '')));
    // A base year's column (2020年(基期)) states where the plan starts from, never its target.
    const yearCols = keys.flatMap((k, i) => {
      const m = YEAR_HEADER.exec(k);
      return m && !BASE_YEAR_HEADER.test(k) ? [{ column: i, year: Number(m[1]) }] : [];
    });
    const target =
      yearCols.find((c) => c.year === leadIn) ??
      yearCols[yearCols.length - 1] ??
      (() => {
        const column = keys.findIndex((k) => TARGET_COLUMN.test(k));
        const year = leadIn ?? goalHeadingYear(nodes, normalize) ?? singleYear(period);
        return column >= 0 ? { column, year } : undefined;
      })();
    if (!target) continue;
    // 年均增长〔累计〕, 五年累计: figures over the plan's years, beside the target year's.
    const overPeriod = keys.findIndex((k, i) => i !== target.column && !YEAR_HEADER.test(k) && (PERIOD_COLUMN.test(k) || GROWTH_COLUMN.test(k)));
    for (const row of table.rows) {
      const goal = rowGoal(row, target.column, target.year, normalize);
      if (goal) goals.push(goal);
      // A row with no figure for the target year (单位地区生产总值能耗降低 | — | 〔14〕) states its target
      // over the period: the figure there is the row's goal, for the target year as the period's end.
      else if (overPeriod >= 0 && noFigure(row.cells[target.column])) {
        const growth = GROWTH_COLUMN.exec(keys[overPeriod]!)?.[1];
        const periodGoal = rowGoal(row, overPeriod, target.year, normalize, growth);
        if (periodGoal) goals.push(periodGoal);
      }
    }
  }
  return goals;
}

/** A column of figures summed over the plan's years: 累计, 五年累计, 年均增长〔累计〕. */
const PERIOD_COLUMN = /累计/;
/** A column of average yearly changes over the plan's years: 年均增长, 年均增速〔累计〕. */
const GROWTH_COLUMN = /^(年均(?:增长|增速|增幅|下降|降低))/;

/** A cell that gives no figure: empty, or —. */
const noFigure = (cell: string | undefined): boolean => cell === undefined || cell.trim() === '' || NOT_APPLICABLE.test(cell.trim());

/**
 * The goal a row states in one of its cells. `growth` is the word of a column of yearly changes
 * (年均增长): a plain figure there is by how much the indicator grows each year, read as a sentence
 * reads `地区生产总值年均增长7.4%`; a figure in brackets there is cumulative all the same.
 */
function rowGoal(row: AnnexRow, column: number, year: number | undefined, normalize: (text: string) => string, growth?: string): Goal | null {
  const written = row.cells[column];
  const at = cellPositions(row)?.[column];
  if (written === undefined || at === undefined || !row.indicator) return null;
  // ≥90, 90%以上, 不低于500, 1—1.5: a cell reads as a sentence's target after its subject would.
  const match = normalize(written).trim().replace(/,/g, '');
  // [18]: a figure over the plan's years (注：[ ]内为五年累计数), qualified as 累计 would qualify it in a sentence.
  // 3.6（累计）, 95（约束性）: the figure, and the note as its qualifier (see cell-note.ts).
  const noted = readTargetCell(match) ? null : cellNote(match);
  const body = noted?.figure ?? match;
  const cumulative = bracketedFigure(body);
  const cell = readTargetCell(cumulative ?? body);
  if (!cell) return null;
  if (cumulative !== null) cell.qualifiers.unshift('累计');
  if (noted?.qualifier && !cell.qualifiers.includes(noted.qualifier)) cell.qualifiers.push(noted.qualifier);
  const yearly = growth !== undefined && cumulative === null;
  const goal: Goal = {
    indicator: yearly ? `${row.indicator}${growth}` : row.indicator,
    value: cell.value,
    // 2,500: as written, as a sentence's figure keeps it.
    raw: writtenFigure(cell.raw, written, normalize(written)),
    // A yearly change is a rate, whatever the row's level is measured in (地区生产总值 in 亿元).
    // 高中阶段师生比 | — | 1:12.5: a dash in the unit column says the row has none.
    unit: yearly ? cell.unit || '%' : (row.unit !== null && !NOT_APPLICABLE.test(row.unit.trim()) ? row.unit : cell.unit),
    comparison: cell.comparison,
    ...(cell.upTo !== undefined ? { upTo: cell.upTo } : {}),
    sentence: row.cells.join(' '),
    position: at,
  };
  if (cell.qualifiers.length) goal.qualifier = cell.qualifiers.join('、');
  if (year !== undefined) goal.year = year;
  // 单位地区生产总值能耗下降 | % | 14: the value is by how much the indicator falls.
  if (yearly || isChangeIndicator(normalize(row.indicator))) goal.relative = 'change';
  return goal;
}
