import { parseDateTime } from './date.js';
import { findDocumentNumbers } from './document-number.js';

/**
 * The line a reprinting page (a news portal, a 学习强国 or WeChat copy) prints under an article's
 * title, unlabelled fields of when it went up and labelled ones of where it came from:
 * 2024年04月15日08:21 | 来源：某区人民政府网站, 2024-04-15 09:12　来源：学习强国, 来源：某区人民政府网站.
 */

/** The labels of a page's dateline fields: where the article came from, who wrote or edited it, how often it was read. */
const FIELD_LABEL = '(?:信息来源|文章来源|稿件来源|内容来源|来源|出处|作者|责任编辑|编辑|发布者|发布人|浏览次数|阅读次数|点击次数|点击数|浏览量|阅读量|访问量|字号)';
const LABELLED_FIELD = new RegExp(`^${FIELD_LABEL}\\s*[:：]\\s*[^:：。；;]{0,40}$`);
/**
 * A page's counter of how often the article was read, under a bare label (阅读：1234次, 浏览：次 with
 * the number a script fills in left out): a count or nothing, so that 阅读：《某方案》 stays text.
 */
const COUNT_LABEL = '(?:阅读|浏览|点击|访问)(?:次数|人次|数|量)?';
const COUNT_FIELD = new RegExp(`^${COUNT_LABEL}\\s*[:：]\\s*[\\d,，]*\\s*(?:次|人次)?$`);
/**
 * When the page put the article up or last changed it, under its label (发布日期：2024-03-12,
 * 发表时间：…, 更新时间：…). Alone on its line it is a header's field (a notice's publication date):
 * it makes a page's dateline only beside another field of one (发布日期：2024-03-12　阅读：1234次).
 */
const DATE_LABEL = '(?:发布|发表|更新|发稿|上传|录入)(?:时间|日期)';
const DATE_FIELD = new RegExp(`^${DATE_LABEL}\\s*[:：]\\s*(.+)$`);
/** Where a line of fields parts: a bar, or spaces before the next label. */
const FIELD_BREAK = new RegExp(`\\s*[|｜丨]\\s*|[\\s\\u3000]+(?=(?:${FIELD_LABEL}|${COUNT_LABEL}|${DATE_LABEL})\\s*[:：])`);

/** How many fields of each kind a line of dateline fields holds, or null when one of them is none. */
interface FieldCounts {
  fields: number;
  /** Labelled fields and counters (来源：…, 浏览次数：…). */
  labelled: number;
  /** Dates without a label (2024-04-15 09:12). */
  dated: number;
  /** Dates under a label of their own (发布日期：2024-03-12). */
  labelledDates: number;
}

function countFields(t: string): FieldCounts | null {
  // Cheap bounds first: a dateline is short, holds no sentence and has a colon or a digit.
  if (t.length === 0 || t.length > 100 || t.includes('。') || !/[:：\d]/.test(t)) return null;
  const fields = t.split(FIELD_BREAK).filter(Boolean);
  const counts: FieldCounts = { fields: fields.length, labelled: 0, dated: 0, labelledDates: 0 };
  for (const f of fields) {
    // A document number run on after a field's value (来源：某区政府办　某政办〔2024〕3号) is the notice's, not the page's.
    if (/[号號]/.test(f) && findDocumentNumbers(f).length > 0) return null;
    if (LABELLED_FIELD.test(f) || COUNT_FIELD.test(f)) counts.labelled++;
    else if (parseDateTime(f)?.valid) counts.dated++;
    else if (parseDateTime(DATE_FIELD.exec(f)?.[1] ?? '')?.valid) counts.labelledDates++;
    else return null;
  }
  return counts;
}

/**
 * What a trimmed line of dateline fields holds: `dated` for a date beside labelled fields
 * (2024-04-15 09:12　来源：学习强国), which only a page prints; `labelled` for labelled fields alone
 * (来源：某区人民政府网站), which a page's header may hold as well; `date` for a date alone
 * (2024-04-15, a time of day allowed), which may as well be a document's own; null for any other line.
 */
export function datelineFields(t: string): 'dated' | 'labelled' | 'date' | null {
  const counts = countFields(t);
  if (!counts) return null;
  const { fields, labelled, dated, labelledDates } = counts;
  if (labelledDates > 0) return fields > 1 ? 'dated' : null;
  if (labelled > 0) return dated > 0 ? 'dated' : 'labelled';
  return dated === 1 && fields === 1 ? 'date' : null;
}

/**
 * Whether a trimmed part of a line is a page's dateline fields with at least one label among them,
 * a labelled date alone included (发布日期：2024-07-09; 来源：某区政府办　浏览次数：12): what a page
 * prints beside a notice's document number on the line under its title.
 */
export function isLabelledDateline(t: string): boolean {
  const counts = countFields(t);
  return counts !== null && counts.labelled + counts.labelledDates > 0;
}

/**
 * The publication labels a page writes before its date (not 来源, 浏览次数 …, nor 更新时间), after
 * a colon or a gap (发布时间：2024-03-18, 发布时间  2025-04-12 09:30).
 */
const PUBLICATION_DATE =
  /((?:发布|发表)(?:时间|日期)|发文日期|公开日期)(?: *[:：] *|[ \u3000\u00a0]*\t[\t \u3000\u00a0]*|[ \u3000\u00a0]{2,})(\d{4} *(?:年 *\d{1,2} *月 *\d{1,2} *日|[-./] *\d{1,2} *[-./] *\d{1,2})(?: +\d{1,2}:\d{2}(?::\d{2})?)?)/;

/** A page's publication date found in a line of its fields: where its label and value stand, and the date. */
export interface PublicationDate {
  labelFrom: number;
  labelTo: number;
  valueFrom: number;
  valueTo: number;
  iso: string;
}

/** The first valid publication date under its label in a line (its folded copy), or null. */
export function publicationDateIn(match: string): PublicationDate | null {
  if (!match.includes('发') && !match.includes('公开')) return null;
  const m = PUBLICATION_DATE.exec(match);
  if (!m) return null;
  const value = m[2] as string;
  const date = parseDateTime(value);
  if (!date?.valid) return null;
  const valueTo = m.index + m[0].length;
  return { labelFrom: m.index, labelTo: m.index + (m[1] as string).length, valueFrom: valueTo - value.length, valueTo, iso: date.iso };
}
