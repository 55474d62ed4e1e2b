import { fold } from '../text/fold.js';
import { figureUnitAt } from '../text/measure-units.js';

/**
 * A figure at a line's end, right after a Han character (达到6, 达到2., 新增1,, 突破4500亿): its
 * digits, maybe a decimal point or a thousands comma the cut left last, maybe its magnitude.
 */
const FIGURE_AT_END = /(?<=[\u4e00-\u9fff])[0-9]+(?:[.,][0-9]*)*[万亿]?$/;
/** The rest of a figure opening the next line (0%, 5%, 200家, 000家). */
const FIGURE_REST = /^[0-9]+(?:[.,][0-9]+)*/;
/** A figure as written whole: digits, one decimal part, or thousands in groups of three. */
const WHOLE_FIGURE = /^(?:[0-9]+(?:\.[0-9]+)?|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?)$/;
/** A mark that parts a sentence's clauses: the line is prose, not a table's cell. */
const CLAUSE_MARK = /[，。；、：,;:]/;
/** A verb that sets a target before its figure (达到, 突破, 提高到 …), ending a line or right before the figure. */
export const TARGET_VERB_END = /(?:达到|突破|超过|提高到|提高至|提升到|提升至|增长到|增长至|增加到|增加至|降低到|降低至|下降到|下降至|控制在|保持在|稳定在|不低于|不少于|不超过|不高于)$/;

/**
 * Whether a wrap cut a figure, or between a figure and its unit, at a line's end (…覆盖率达到6 |
 * 0%，…, …强度达到2. | 5%。, …企业1, | 200家, …收入突破4500亿 | 元，), whatever the text's wrap
 * width. A sentence never ends on a bare figure with no mark after it, and a line of prose never
 * opens with a unit or with the digits of a figure already begun: the two lines make one figure
 * with its unit. A short text from a PDF shows no width to go by, and a line before a page's
 * short rest need not look full. Only a line of prose (a clause mark in it, or a target's verb
 * right before the figure): a table flattened one cell per line sets figures on lines of their own.
 */
export function figureCutAcrossLines(prevText: string, nextText: string): boolean {
  // Cheap tests first: this is asked of every pair of lines.
  if (!/[0-9０-９.．,万亿]$/.test(prevText) || !/^[0-9０-９%％‰\u4e00-\u9fff]/.test(nextText)) return false;
  // Full-width digits and signs read as half-width ones (２．５％ is 2.5%), the lengths kept.
  const prev = fold(prevText);
  const next = fold(nextText);
  const cut = FIGURE_AT_END.exec(prev);
  if (!cut) return false;
  const before = prev.slice(0, cut.index);
  if (!CLAUSE_MARK.test(before) && !TARGET_VERB_END.test(before)) return false;
  const magnitude = /[万亿]$/.test(cut[0]);
  // Digits after a magnitude begin another figure, never this one's rest.
  const rest = magnitude ? '' : (FIGURE_REST.exec(next)?.[0] ?? '');
  const digits = magnitude ? cut[0].slice(0, -1) : cut[0] + rest;
  if (!WHOLE_FIGURE.test(digits)) return false;
  const joined = prev + next;
  const digitsEnd = cut.index + digits.length;
  const unit = figureUnitAt(joined, digitsEnd);
  // A figure cut inside is one with its unit after it; a whole figure goes on only into its unit's rest.
  return unit !== '' && digitsEnd + unit.length > prev.length;
}
