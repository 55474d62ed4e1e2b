import { isBodyName } from '../text/body-name.js';
import { isHeaderLabelName } from '../text/header-labels.js';
import { headerKey } from './header.js';

/** A site's own name, as its banner gives it (某市人民政府门户网站, 某区人民政府网, 浙江政务服务网, 某区人民政府信息公开平台). */
const SITE = /^[\u4e00-\u9fff]{2,30}(?:门户网站|政府网站|网站|政府网|政务网|服务网|门户|(?:信息|政务)公开(?:平台|网|专栏))$/;

/**
 * Whether a line is only the name of a body or of its site, one or two of them (湖州市人民政府,
 * 湖州市人民政府　吴兴区人民政府门户网站), as a page's banner prints it above the article: the
 * portal's owner, which need not be the body that issues the notice.
 */
export function isBareNameLine(text: string): boolean {
  const t = text.trim();
  // Most lines are longer than a banner's name, or hold a mark no name has: no need to look closer.
  if (t.length < 4 || t.length > 50 || /[，。；：:,;、]/.test(t)) return false;
  const names = t.split(/[\s\u3000|｜·]+/).filter(Boolean);
  return names.length <= 2 && names.every((n) => isBodyName(n) || SITE.test(n));
}

/** Whether a line opens a page's header: a label it knows, with its value after a colon or alone on the line (索引号：…, 发布机构). */
export function isHeaderLine(text: string): boolean {
  const t = text.trim();
  const colon = t.search(/[:：]/);
  if (colon > 0 && colon <= 12) return headerKey(t.slice(0, colon)) !== undefined;
  return t.length <= 12 && isHeaderLabelName(t.replace(/[\s\u3000]+/g, ''));
}
