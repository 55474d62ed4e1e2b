import { isLabelledDateline, publicationDateIn, type PublicationDate } from '../text/dateline-fields.js';
import { findDocumentNumbers, type FoundDocumentNumber } from '../text/document-number.js';
import { beforeReadingTools } from './site-furniture.js';

/**
 * A page's line under a notice's title that holds the notice's document number beside the page's
 * own fields: when it went up, where it came from, how often it was read
 * (中府办〔2024〕21号　　发布日期：2024-07-09; 文号：某政办发〔2024〕3号 | 发布时间：2024-07-09 10:22;
 * 某政发〔2024〕5号　来源：某市人民政府办公室　发布时间：…　浏览次数：12; the fields of separate
 * elements run together, 中府办〔2024〕21号发布日期：2024-07-09). The number is the notice's; the
 * rest is furniture, but for the publication date it may give.
 */
export interface NumberDateline {
  number: FoundDocumentNumber;
  /** The publication date among the fields, where it stands in the line; null when none is given. */
  published: PublicationDate | null;
}

/** The label a page may put before the number on such a line (文号：, 发文字号：). */
const NUMBER_LABEL = /(?:发文字号|发文文号|发文编号|文件编号|文号)\s*[:：]\s*$/;
/** What parts the fields of the line: spaces of any width, bars. */
const SEPARATORS = /^[\s\u3000\u00a0|｜丨]+|[\s\u3000\u00a0|｜丨]+$/g;

/**
 * The notice's number and the page's fields beside it, read from a line's text and its folded copy
 * of the same length; null unless the line is one document number and dateline fields, one of
 * them at least under its label (a number beside a bare date may be beside its own 成文日期).
 */
export function numberBesideDateline(text: string, match: string): NumberDateline | null {
  // Cheap bounds first: short, no sentence, a number's 号 and a label's colon.
  if (match.length > 120 || match.includes('。') || !/[号號]/.test(match) || !/[:：]/.test(match)) return null;
  // The article's reading tools may close the line (　　【 大 中 小 】).
  const fields = beforeReadingTools(match.trimEnd()) ?? match;
  const found = findDocumentNumbers(text.slice(0, fields.length), fields);
  if (found.length !== 1) return null;
  const number = found[0]!;
  const label = NUMBER_LABEL.exec(fields.slice(0, number.index));
  const from = label ? label.index : number.index;
  const parts = [fields.slice(0, from), fields.slice(number.index + number.raw.length)].map((p) => p.replace(SEPARATORS, '')).filter(Boolean);
  if (parts.length === 0 || !parts.every(isLabelledDateline)) return null;
  return { number, published: publicationDateIn(fields) };
}
