import { parseDateTime } from './date.js';

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

/**
 * What a trimmed line of dateline fields holds: `dated` for a date beside labelled fields
 * (2024-04-15 09:12　来源：学习强国), which only a page prints; `labelled` for labelled fields alone
 * (来源：某区人民政府网站), which a page's header may hold as well; `date` for a date alone
 * (2024-04-15, a time of day allowed), which may as well be a document's own; null for any other line.
 */
export function datelineFields(t: string): 'dated' | 'labelled' | 'date' | null {
  // Cheap bounds first: a dateline is short, holds no sentence and has a colon or a digit.
  if (t.length === 0 || t.length > 100 || t.includes('。') || !/[:：\d]/.test(t)) return null;
  const fields = t.split(FIELD_BREAK).filter(Boolean);
  let dated = 0;
  let labelled = 0;
  let labelledDates = 0;
  for (const f of fields) {
    if (LABELLED_FIELD.test(f) || COUNT_FIELD.test(f)) labelled++;
    else if (parseDateTime(f)?.valid) dated++;
    else if (parseDateTime(DATE_FIELD.exec(f)?.[1] ?? '')?.valid) labelledDates++;
    else return null;
  }
  if (labelledDates > 0) return fields.length > 1 ? 'dated' : null;
  if (labelled > 0) return dated > 0 ? 'dated' : 'labelled';
  return dated === 1 && fields.length === 1 ? 'date' : null;
}
