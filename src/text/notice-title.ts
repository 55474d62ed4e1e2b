/**
 * The shape of a notice's own title: 关于… ending with the type of a covering document (…的通知,
 * …的决定, …的意见), a bracketed note allowed after it (（试行）). A headline that reports the
 * notice (《某措施》印发, 某区出台新政) lacks it.
 */
const NOTICE_TITLE = /关于.+(?:通知|通报|决定|意见|批复|复函|函|公告|通告)(?:[(（][^()（）]{1,20}[)）])?$/;

export function hasNoticeTitleShape(title: string): boolean {
  return NOTICE_TITLE.test(title.replace(/[\s\u3000\u00a0]+/g, ''));
}
