import { figureMeasureAt } from '../text/measure-units.js';
import { readTargetCell } from './goals/target-figure.js';

/** A cell that says "no figure" (—, /, ×) rather than words. */
const NO_FIGURE = /^[—–\-－―─/／×]+$/;
/** A run of Han characters as long as a phrase of prose, no unit or short label (约束性, 亿元). */
const PHRASE = /\p{Script=Han}{6}/u;
/**
 * A header that names a column of prose in a project or task list: 建设内容, 主要内容, 建设规模,
 * 工作内容, 具体措施, 建设内容及规模. Bare 内容 names the row (a 工作内容 | 牵头单位 list's tasks), and a
 * unit in brackets (建设规模（万平方米）) makes the column one of figures.
 */
const PROSE_HEADER =
  /^(?:主要|具体|重点)?(?:建设|工作|实施|改造|项目)(?:内容|规模|措施|举措|任务)(?:及(?:规模|内容|目标|进度))?$|^(?:主要|具体)(?:建设)?(?:内容|措施|举措|任务)$/;
/** A figure in a cell, the counts of 8个 or 200台（套）. */
const FIGURE = /\d[\d.,，]*/g;
/**
 * Words around a target's figure that say how it moves or is bounded, not what it counts:
 * 较上年增长5%, 每年新增10家, 提高2个百分点, 力争达到100家.
 */
const TARGET_WORDS =
  /[较比](?:上|去|前一?|基期)?(?:\d{4})?年?(?:末|底|度)?|新增|增加|增长|提高|提升|达到|达|完成|实现|累计|年均|每年|力争|争取|确保|超过|突破|下降|降低|减少|控制在|降至|降到|保持|稳定在|不低于|不少于|不超过|以上|至少|约|近/g;
const HAN = /\p{Script=Han}/gu;

function hanCount(text: string): number {
  return text.replace(TARGET_WORDS, '').match(HAN)?.length ?? 0;
}

/**
 * Whether a cell is words with a figure inside them, the figure a count of the thing the words
 * name (改造小区8个, 购置设备200台（套）, 完成改造8个小区): words before the last figure, a verb or
 * its object (two Han characters once the target words are gone), and three with those after its
 * unit; not a target whose words only say how it moves (新增1000个, 较上年增长5%, 全市新增10家).
 */
export function countedWords(cell: string): boolean {
  let figure: RegExpExecArray | null = null;
  for (let m = FIGURE.exec(cell); m !== null; m = FIGURE.exec(cell)) figure = m;
  FIGURE.lastIndex = 0;
  if (figure === null) return false;
  const before = hanCount(cell.slice(0, figure.index));
  if (before < 2) return false;
  const end = figure.index + figure[0].length;
  const after = cell.slice(figureMeasureAt(cell, end)?.end ?? end);
  return before + hanCount(after) >= 3;
}

/** Whether a column's header names it a column of prose (建设内容, 具体措施). */
export function proseHeader(header: string): boolean {
  return PROSE_HEADER.test(header.replace(/\s+/g, ''));
}

/**
 * Whether a column's cells are prose (a 建设内容 of a project list: 购置智能织网设备200台（套）,
 * 更新CT、MRI等大型影像设备, 改造小区8个): none reads as a figure, bounded or with its unit, and
 * one at least holds a phrase or a count of what its words name, or the header names the column
 * one of prose (建设内容). A figure inside the words (200台) does not make the cell one.
 */
export function proseColumn(matches: readonly string[], header = ''): boolean {
  let prose = header !== '' && proseHeader(header);
  let filled = 0;
  for (const raw of matches) {
    const t = raw.trim();
    if (t === '') continue;
    filled++;
    if (NO_FIGURE.test(t) || readTargetCell(t.replace(/[,，]/g, '')) !== null) return false;
    if (!prose && (PHRASE.test(t) || countedWords(t))) prose = true;
  }
  return filled > 0 && prose;
}
