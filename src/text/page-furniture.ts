/** A page's count in a page number: ASCII or full-width digits. */
const N = String.raw`[0-9０-９]{1,3}`;

/**
 * A printed page's number, as text taken from a PDF carries it: — 2 —, -2-, ·2·, 2/4, and 第2页 with or
 * without the page count on either side (第2页 共4页, 共4页 第2页, 共4页，第2页, 第2/4页), spaces or none
 * between the parts (traditional 頁 as well).
 */
const PAGE_NUMBER = new RegExp(
  `^(?:[—–\\-－─]{1,2} ?${N} ?[—–\\-－─]{1,2}|[·•・] ?${N} ?[·•・]|第 ?${N} ?[页頁](?: ?[,，/]? ?共 ?${N} ?[页頁])?|共 ?${N} ?[页頁] ?[,，/]? ?第 ?${N} ?[页頁]|第 ?${N} ?[/／] ?${N} ?[页頁]|${N} ?[/／] ?${N})$`,
);

/** The issuing body's letterhead above a red-headed document (某市人民政府办公室文件, traditional 市政府辦公室文件). */
const LETTERHEAD = /^(?!.*(?:关于|關於|转发|轉發|印发|印發))[\u4e00-\u9fff]{2,40}(?:人民政府|政府|办公室|辦公室|办公厅|辦公廳|委员会|委員會|局|厅|廳|委|办|辦)文件$/;

/** The mark GB/T 9704 prints on a signature page that has no text: (此页无正文), also written (本页无正文), on the matching copy. */
const NO_TEXT_PAGE = /^[(（【\[]?\s*[此本]\s*页\s*(?:无|没有)\s*正\s*文\s*[)）】\]]?$/;

/** Whether a trimmed line is the mark of a page without text, (此页无正文), and nothing else. */
export function isNoTextPageMark(line: string): boolean {
  return NO_TEXT_PAGE.test(line);
}

/**
 * The mark a printed table carries at the top of each page after its first (续表, 续表1, 续表一,
 * （续表）, 续上表, 续前表, 表2（续）, traditional 續表): page furniture like the page's number, so that the
 * table's parts on either side of it read as one.
 */
const TABLE_CONTINUED = /^[(（【\[]?\s*(?:[续續]\s*(?:[上前]\s*)?表\s*(?:[0-9一二三四五六七八九十]{1,3}(?:\s*[-—－.．]\s*[0-9]{1,3})?)?|(?:附\s*)?表\s*[0-9一二三四五六七八九十]{1,3}(?:\s*[-—－.．]\s*[0-9]{1,3})?\s*[(（]\s*[续續]\s*[)）])\s*[)）】\]]?\s*[:：]?$/;

/** Whether a trimmed line is a table's continuation mark (续表) and nothing else. */
export function isTableContinuationMark(line: string): boolean {
  return line.length <= 16 && (line.includes('续') || line.includes('續')) && TABLE_CONTINUED.test(line);
}

/** Whether a trimmed line is a printed page's number and nothing else. */
export function isPageNumber(line: string): boolean {
  return line.length <= 16 && PAGE_NUMBER.test(line);
}

/** Whether a line, spaces removed, is a letterhead (…文件) and nothing else. */
export function isLetterhead(compact: string): boolean {
  return LETTERHEAD.test(compact);
}

/** An issue of a gazette: 2025年第6期, 第6期（总第123期）, 2025年 第6号, traditional 第6號（總第123期）. */
const D = '[0-9０-９]';
const ISSUE = String.raw`(?:${D}{4}年)?第${D}{1,3}[期号號](?:[(（][总總]第${D}{1,5}[期号號][)）])?`;
/** A gazette's name: the government body that publishes it and 公报 (某省人民政府公报, 国务院公报, traditional 公報). */
const GAZETTE_NAME = String.raw`[\u4e00-\u9fff]{0,24}?(?:人民政府|政府|国务院|國務院|常务委员会|常務委員會|常委会|常委會|办公厅|辦公廳|办公室|辦公室)公[报報]`;
const GAZETTE = new RegExp(`^(?:${ISSUE})?${GAZETTE_NAME}(?:${ISSUE})?$|^(?:${ISSUE})[\\u4e00-\\u9fff]{2,24}公[报報]$|^[\\u4e00-\\u9fff]{2,24}公[报報](?:${ISSUE})$`);

/**
 * Whether a line, spaces removed, is the running head of a gazette that printed the notice: its
 * name (某省人民政府公报), with or without the issue (2025年第6期). A 公报 named by its subject
 * (统计公报) is a document of its own unless an issue number stands beside it.
 */
export function isGazetteHead(compact: string): boolean {
  return compact.length <= 40 && GAZETTE.test(compact);
}

/** An issue's number without the running count beside it (2025年第3期 of 2025年第3期（总第412期）), full-width digits read as ASCII. */
const ISSUE_KEY = new RegExp(`(${D}{4}年)?第(${D}{1,3})[期号號]`);
const BARE_ISSUE = new RegExp(`^${ISSUE}$`);

function issueKey(compact: string): string | null {
  const m = ISSUE_KEY.exec(compact);
  if (!m) return null;
  const ascii = (t: string): string => t.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return `${ascii(m[1] ?? '')}第${Number(ascii(m[2]!))}期`;
}

/** The issue a gazette head names (2025年第3期 of 2025年第3期 某市人民政府公报), or null when it names none or is no head. */
export function gazetteHeadIssue(compact: string): string | null {
  return isGazetteHead(compact) ? issueKey(compact) : null;
}

/**
 * Whether an issue alone on a line (bareIssue) is the issue a gazette head names (gazetteHeadIssue):
 * the same, or, where either leaves out the year (第3期（总第412期） under heads of 2025年第3期, or
 * the other way), the same number. Two years that differ never match.
 */
export function sameIssue(bare: string, head: string): boolean {
  if (bare === head) return true;
  const [bareYear, bareNumber] = bare.split('第');
  const [headYear, headNumber] = head.split('第');
  return bareNumber === headNumber && (bareYear === '' || headYear === '');
}

/**
 * The issue of a line that is an issue alone (2025年第3期（总第412期）, the gazette's first page
 * printing its name in the masthead apart from it), or null for any other line.
 */
export function bareIssue(compact: string): string | null {
  return compact.length <= 24 && compact.includes('第') && BARE_ISSUE.test(compact) ? issueKey(compact) : null;
}

/**
 * The dateline a site prints under an article's title: 发布时间：2024-03-08 (or 发布日期, 时间, 日期 and
 * a date), often with the source and a view count after it on the same line.
 */
const DATELINE = /^(?:发布|更新)?(?:时间|日期)\s*[:：]\s*\d{4}\s*[-年./]\s*\d{1,2}/;

/** Whether a trimmed line starts with a page's dateline. */
export function isDateline(line: string): boolean {
  return DATELINE.test(line);
}
