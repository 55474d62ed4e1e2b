import { isBodyName } from './body-name.js';

/** A site's own name, as its banner gives it (某市人民政府门户网站, 某区人民政府网, 浙江政务服务网, 某区人民政府信息公开平台). */
const SITE = /^[\u4e00-\u9fff]{2,30}(?:门户网站|門戶網站|政府网站|政府網站|网站|網站|政府网|政府網|政务网|政務網|服务网|服務網|门户|門戶|(?:信息|政务|政務)公开(?:平台|网|专栏)|(?:信息|政務)公開(?:平台|網|專欄))$/;

/**
 * The slogan a city's portal heads its banner with, the country before the place (中国·瑞金,
 * 中国 • 赣州, 中國·澳門): the dot is what tells it from a name that starts with 中国.
 */
const COUNTRY_AND_PLACE = /^中[国國]\s*[·•・]\s*[\u4e00-\u9fff]{2,5}$/;

/**
 * The site's address printed beside its name in a banner (www.ruijin.gov.cn, http://www.gd.gov.cn/,
 * zjzwfw.gov.cn): a host of dotted labels ending in letters, a scheme and a path or not.
 */
const SITE_ADDRESS = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,6}(?::\d{1,5})?\/?(?:[\w\-./%?=&#]*)$/i;

/** The parts of a banner line: names parted by spaces, bars or a middle dot. */
function bannerParts(t: string): string[] {
  return t.split(/[\s\u3000|｜·]+/).filter(Boolean);
}

function isNamePart(n: string): boolean {
  return isBodyName(n) || SITE.test(n);
}

/**
 * Whether a line is only the name of a body or of its site, one or two of them (湖州市人民政府,
 * 湖州市人民政府　吴兴区人民政府门户网站), as a page's banner prints it above the article: the
 * portal's owner, which need not be the body that issues the notice. A city portal's slogan
 * (中国·瑞金) is such a name too.
 */
export function isBareNameLine(text: string): boolean {
  const t = text.trim();
  // Most lines are longer than a banner's name, or hold a mark no name has: no need to look closer.
  if (t.length < 4 || t.length > 50 || /[，。；：:,;、]/.test(t)) return false;
  if (COUNTRY_AND_PLACE.test(t)) return true;
  const names = bannerParts(t);
  return names.length <= 2 && names.every(isNamePart);
}

/**
 * Whether a line is a banner that prints the site's address beside one or two names of the body or
 * its site (瑞金市人民政府 www.ruijin.gov.cn, 中国·瑞金 http://www.ruijin.gov.cn/): no title, header or
 * line of a notice gives a name and a web address and nothing else.
 */
export function isBannerWithAddress(text: string): boolean {
  const t = text.trim();
  if (t.length < 8 || t.length > 90 || !t.includes('.') || /[，。；,;、]/.test(t)) return false;
  const parts = t.split(/[\s\u3000|｜]+/).filter(Boolean);
  const addresses = parts.filter((p) => SITE_ADDRESS.test(p));
  if (addresses.length !== 1) return false;
  const names = parts.filter((p) => !SITE_ADDRESS.test(p)).join(' ');
  return names.length > 0 && isBareNameLine(names);
}
