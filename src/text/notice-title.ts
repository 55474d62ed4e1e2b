/**
 * The shape of a notice's own title: 关于… ending with the type of a covering document (…的通知,
 * …的决定, …的意见), a bracketed note allowed after it (（试行）). A headline that reports the
 * notice (《某措施》印发, 某区出台新政) lacks it.
 */
const NOTICE_TITLE = /关于.+(?:通知|通报|决定|意见|批复|复函|函|公告|通告)(?:[(（][^()（）]{1,20}[)）])?$/;

export function hasNoticeTitleShape(title: string): boolean {
  return NOTICE_TITLE.test(title.replace(/[\s\u3000\u00a0]+/g, ''));
}

/**
 * How a document's own title ends, a notice's or the plan's (…的通知, …行动方案, …办法（试行）), a
 * closing quote or a bracketed note allowed after the word.
 */
const DOCUMENT_TITLE_END =
  /(?:通知|通报|通告|公告|决定|意见|批复|复函|函|方案|计划|办法|规定|细则|规则|要点|规划|纲要|措施|举措|清单|指引|报告|决议|条例)[》」”]?(?:[(（][^()（）]{1,20}[)）])?$/;

export function endsAsDocumentTitle(line: string): boolean {
  return DOCUMENT_TITLE_END.test(line.replace(/[\s\u3000\u00a0]+/g, ''));
}
