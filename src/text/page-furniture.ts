/** A printed page's number, as text taken from a PDF carries it: — 2 —, -2-, 第2页 共4页, 2/4. */
const PAGE_NUMBER = /^(?:[—–\-－─]{1,2} ?\d{1,3} ?[—–\-－─]{1,2}|第 ?\d{1,3} ?页(?: ?[,，/]? ?共 ?\d{1,3} ?页)?|\d{1,3} ?\/ ?\d{1,3})$/;

/** The issuing body's letterhead above a red-headed document (某市人民政府办公室文件). */
const LETTERHEAD = /^(?!.*(?:关于|转发|印发))[\u4e00-\u9fff]{2,40}(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|办)文件$/;

/** Whether a trimmed line is a printed page's number and nothing else. */
export function isPageNumber(line: string): boolean {
  return line.length <= 12 && PAGE_NUMBER.test(line);
}

/** Whether a line, spaces removed, is a letterhead (…文件) and nothing else. */
export function isLetterhead(compact: string): boolean {
  return LETTERHEAD.test(compact);
}
