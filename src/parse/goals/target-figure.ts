import type { Goal } from '../../model/types.js';
import { parseDecimalCount } from '../../text/chinese-numeral.js';
import { figureMeasureAt } from '../../text/measure-units.js';
import { THOUSANDS_MARK } from '../../text/thousands.js';
import { readRatioCell } from './ratio-figure.js';

/**
 * How a target figure is qualified, shared by targets in sentences (clause-goals.ts) and in the cells
 * of a goal table (table-goals.ts), so that `不低于500`, `≥70`, `1—1.5`, `90%以上` read alike in
 * both. Patterns run on the width-folded copy (＞ is >, （ is ( ).
 */

/** Words before a figure that qualify it: 力争, 确保, 至少 …. */
export const PREFIX_QUALIFIERS = ['力争', '争取', '确保', '基本', '累计', '年均', '平均', '每年', '至少', '最多'];
/** Words after a figure that bound it: 以上, 左右 …. */
export const SUFFIX_QUALIFIERS = ['及以上', '以上', '左右', '以内', '以下'];
/**
 * Comparison signs written before a figure (覆盖率≥85%, 5G基站数>3000个): they stand where a verb
 * would (达到), and are kept as its qualifier. Two-character forms first.
 */
export const SIGNS = ['>=', '<=', '≥', '≤', '≧', '≦', '⩾', '⩽', '>', '<'];
/**
 * Verbs that bound their figure and are kept as its qualifier (突破300亿元 is at least 300;
 * 不超过, 不高于, 不大于, 不多于, 不超 are ceilings, 最高不超过 with the word that stresses it).
 */
export const BOUND_VERBS = ['突破', '超过', '超', '不低于', '不少于', '不超过', '不高于', '不大于', '不多于', '不超', '最高不超过', '最多不超过', ...SIGNS];

/** What joins the two ends of a range: 10%—15%, 25%～30%, 8万至10万人 (folded: ～ is ~). */
const RANGE_DASH = '[—–\\-－~～至到]';
const NUMBER = '\\d+(?:\\.\\d+)?';
export const RANGE_JOIN = new RegExp(`^ ?${RANGE_DASH} ?$`);

/** A figure in a marked copy: with thousands separators (12٬000) or without, perhaps a decimal. */
export const MARKED_NUMBER = `\\d{1,3}(?:${THOUSANDS_MARK}\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;
/** A bare lower end before a range's figure: the 10— of 10—15% (1٬000— in a marked copy). */
export const RANGE_START = new RegExp(`(?<![\\d.${THOUSANDS_MARK}])(${MARKED_NUMBER}) ?${RANGE_DASH} ?$`);

/** Words and signs that make a figure a ceiling in themselves: 以内, 不超过, ≤; 低于, but not 不低于. */
const CEILING = /以内|以下|不超|不高于|不大于|不多于|最多|(?<!不)低于|[≤<≦⩽]/;

/**
 * What the qualifiers, verb and signs of a target mean for comparison. A range (10%—15%, 控制在
 * 4.5%—5%) is a target between its ends, read as at least its lower end up to its upper one: a
 * verb of holding or lowering before it (控制在, 降至) says no more than the range does. Only a
 * ceiling written as such (5%—6%以内) makes it one, at its upper end.
 */
export function comparisonOf(words: readonly string[], range = false): Goal['comparison'] {
  const all = words.join('');
  // 进入全省前3位: a rank (its scope and 前 are the qualifier) is reached at that place or better.
  if (words.some((w) => w.endsWith('前'))) return 'at-most';
  if (range) return CEILING.test(all) ? 'at-most' : 'at-least';
  // 低于 is a ceiling, but 不低于 a floor; 不高于, 不大于, 不多于, 不超(过) are ceilings too.
  if (CEILING.test(all) || words.includes('内')) return 'at-most';
  // 下降到27%左右, 降至约30: a verb of lowering to an approximate level bounds it no more than 达到 does.
  if (/左右|约|近/.test(all) && !/以上|突破|超过|不低于|不少于|至少|余|多/.test(all)) return 'about';
  if (/控制在|降至|降到|降低|下降|压缩|缩短|缩减|缩小|压减|减少[到至]|减至/.test(all)) return 'at-most';
  // 5000余人次, 20多家: more than the figure, by an amount not written.
  if (/以上|突破|超过|^超$|不低于|不少于|至少|高于|余|(?<!最)多|[≥>≧⩾]/.test(all) || words.includes('超')) return 'at-least';
  // 约500家, 近30万人: approximate, as 500家左右 is.
  if (/左右|约|近/.test(all)) return 'about';
  return 'equal';
}

/** A figure in a table cell, read by `readTargetCell`. */
export interface CellTarget {
  raw: string;
  value: number;
  /** The upper end of a range (1—1.5). */
  upTo?: number;
  /** The unit written in the cell (70%, 500万人次), or ''. */
  unit: string;
  /** Qualifying words and signs, in the order written. */
  qualifiers: string[];
  comparison: Goal['comparison'];
}

/** A pattern source matching any of `words`, escaped, the longest first (不低于 before 低于). */
export const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\<>=]/g, '\\$&'))
    .join('|');
/** Verbs a cell may open with (达到500, 不低于500, 控制在5以内). */
const CELL_VERBS = ['达到', '控制在', '保持在', '稳定在', '高于', '低于'];
/** A cell's words before its figure, then the figure; its unit, if any, follows. */
/**
 * A figure in Chinese numerals (五十, 不少于二十所, 百分之十): a whole cell, so that prose does not
 * come into it, and a count (see parseDecimalCount), 百分之 and 千分之 writing its unit before it.
 */
const CELL_NUMERAL = '(?:百分之|千分之)?[零一二三四五六七八九十百千两]+(?:点[零一二三四五六七八九]+)?';
const CELL_HEAD = new RegExp(`^((?:(?:${alternation([...PREFIX_QUALIFIERS, ...BOUND_VERBS, ...CELL_VERBS])}) ?)*)(${NUMBER}|${CELL_NUMERAL}) ?`);
/** After the first figure and its unit: a range's upper end, then its unit if any. */
const CELL_RANGE_END = new RegExp(`^ ?${RANGE_DASH} ?(${NUMBER}) ?`);
/** What may end a cell after its figures: a bound (以上, 左右 …), or nothing. */
const CELL_TAIL = new RegExp(`^ ?(${alternation(SUFFIX_QUALIFIERS)})?$`);
const CELL_WORD = new RegExp(alternation([...PREFIX_QUALIFIERS, ...BOUND_VERBS, ...CELL_VERBS]), 'g');

/**
 * A table cell that states one target, as a sentence would after its subject: a figure with a
 * sign, a bound or a qualifier (≥70, 不低于500, 90%以上, 力争15), or a range (1—1.5, 5%-6%);
 * null for anything else (待定, a sentence). `match` is the folded cell, thousands separators
 * removed.
 */
export function readTargetCell(match: string): CellTarget | null {
  // 1:12.5 (师生比): a ratio is one figure, without a unit.
  const ratio = readRatioCell(match.trim());
  if (ratio) {
    const bound = ratio.bound ? [ratio.bound] : [];
    return { raw: ratio.raw, value: ratio.value, unit: '', qualifiers: bound, comparison: comparisonOf(bound) };
  }
  const cell = readCell(match.trim());
  if (!cell) return null;
  const before = cell.words.match(CELL_WORD) ?? [];
  const prefix = before.filter((w) => PREFIX_QUALIFIERS.includes(w) || BOUND_VERBS.includes(w));
  const suffix = [...(cell.over ? [cell.over] : []), ...(cell.bound ? [cell.bound] : [])];
  const value = figureValue(cell.figure);
  // 百分之十 names its unit: another after it (百分之十个) is no figure.
  if (value === null || (shareUnit(cell.figure) && (cell.unit || cell.upToUnit))) return null;
  // 一批, 一个: one in words says "some" more often than a count.
  if (value === 1 && !/^\d/.test(cell.figure) && !isCountOfOne(cell.unit || shareUnit(cell.figure))) return null;
  const target: CellTarget = {
    raw: cell.figure,
    value,
    unit: cell.upToUnit || cell.unit || shareUnit(cell.figure),
    qualifiers: [...prefix, ...suffix],
    comparison: comparisonOf([...before, ...suffix], cell.upTo !== undefined),
  };
  if (cell.upTo !== undefined) target.upTo = Number(cell.upTo);
  return target;
}

const UNITS_OF_ONE: ReadonlySet<string> = new Set(['倍', '个百分点', '百分点', '%', '‰']);
/**
 * Whether 一 in words before `unit` is a count: 一倍, 一个百分点, 百分之一, 一万人, 一亿元. Elsewhere
 * 一个, 一批, 一家 mostly read as an article (建立一个机制, 培育一批企业).
 */
export function isCountOfOne(unit: string): boolean {
  return UNITS_OF_ONE.has(unit) || /^[万亿]/.test(unit);
}

/** A cell's figure in digits or in Chinese numerals (五十 → 50, 百分之十 → 10), or null. */
function figureValue(figure: string): number | null {
  if (/^\d/.test(figure)) return Number(figure);
  const numeral = figure.replace(/^[百千]分之/, '');
  // 百分之百 is the whole; elsewhere a place needs its digit.
  return numeral === '百' && figure !== numeral ? 100 : parseDecimalCount(numeral);
}

/** The unit a share in words names before its numeral: 百分之十 is in %, 千分之五 in ‰. */
function shareUnit(figure: string): string {
  return figure.startsWith('百分之') ? '%' : figure.startsWith('千分之') ? '‰' : '';
}

interface CellParts {
  words: string;
  figure: string;
  unit: string;
  upTo?: string;
  upToUnit: string;
  bound: string;
  /** 余 or 多 in the unit (5000余, 3.6万余人). */
  over?: string;
}

/**
 * A cell read as words, a figure and its unit, then a range's upper end and its unit, then a
 * bound, each but the figure optional and the whole cell used; null when it is something else.
 */
function readCell(cell: string): CellParts | null {
  const head = CELL_HEAD.exec(cell);
  if (!head) return null;
  const figure = head[2] as string;
  const words = head[1] ?? '';
  // A unit is tried, and then none: the rest must still read as a range or a bound.
  for (const { unit, length, over } of withoutUnit(cell, head[0].length)) {
    const rest = cell.slice(head[0].length + length);
    const tail = CELL_TAIL.exec(rest);
    if (tail) return { words, figure, unit, upToUnit: '', bound: tail[1] ?? '', ...(over ? { over } : {}) };
    const range = CELL_RANGE_END.exec(rest);
    if (!range || over) continue;
    const after = rest.slice(range[0].length);
    for (const end of withoutUnit(after, 0)) {
      const bound = CELL_TAIL.exec(after.slice(end.length));
      if (bound && !end.over) return { words, figure, unit, upTo: range[1] as string, upToUnit: end.unit, bound: bound[1] ?? '' };
    }
  }
  return null;
}

/**
 * The unit read at a place (as figureMeasureAt reads it: 余 or 多 may stand in it, 5000余人次), its
 * length as written, and then the choice of none. 余 alone at the end of a cell (5000余) is a floor
 * without a unit.
 */
function withoutUnit(text: string, at: number): Array<{ unit: string; length: number; over?: string }> {
  const none = [{ unit: '', length: 0 }];
  const measure = figureMeasureAt(text, at);
  if (measure) return [{ unit: measure.unit, length: measure.end - at, ...(measure.over ? { over: measure.over.word } : {}) }, ...none];
  const word = text.charAt(at);
  return (word === '余' || word === '多') && CELL_TAIL.test(text.slice(at + 1)) ? [{ unit: '', length: 1, over: word }, ...none] : none;
}
