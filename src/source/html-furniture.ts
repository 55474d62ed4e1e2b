import { type DomElement, isElement } from './html-dom.js';

/** Elements that carry no readable text of the page: never turned into blocks. */
export const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'canvas', 'audio', 'video', 'map', 'select', 'datalist', 'textarea', 'button', 'input', 'head', 'title', 'link', 'meta', 'base',
]);

/** Elements inside which a <header> or <footer> belongs to the content rather than the page. */
export const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

const FURNITURE_ELEMENTS = new Set(['nav', 'aside', 'form', 'menu']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menu', 'menubar', 'toolbar']);

/**
 * Words that page templates across many sites use for furniture in class and id names (menus,
 * breadcrumbs, share widgets such as Baidu's bdshare, footers). A token must be one of them, so
 * that `article-header` or `content-main` never match.
 */
const FURNITURE_TOKEN = /^(?:nav|navbar|navigation|topnav|menu|menubar|breadcrumbs?|crumbs?|share|bdshare\w*|share\w*|toolbar|footer|copyright|sidebar)$/i;

/**
 * Whether an element is page furniture by its structure: navigation, complementary and form
 * elements, page-level header and footer landmarks, ARIA landmark roles, and furniture names.
 */
export function isFurniture(el: DomElement, insideSectioning: boolean): boolean {
  if (FURNITURE_ELEMENTS.has(el.name)) return true;
  if ((el.name === 'header' || el.name === 'footer') && !insideSectioning) return true;
  const role = el.attribs.role?.trim().toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return true;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return names.split(/[\s_-]+/).some((token) => FURNITURE_TOKEN.test(token));
}

/**
 * Names page templates give the footer besides `footer` (bottom, foot, ft, bq for 版权, dibu for
 * 底部, wrap_bottom). `bottom` may also name a box at the foot of the article (its downloads), so
 * these count only outside the page's main region (see html-adapter's markLinkFurniture).
 */
const FOOTER_TOKEN = /^(?:bottom|foot|ft|bq|banquan|dibu|copyright|footer\w*)$/i;

/** Whether an element or one of its ancestors carries a footer's name. */
export function inFooterNamed(el: DomElement | null): boolean {
  for (let n: DomElement | null = el, depth = 0; n && depth < 12; n = n.parent as DomElement | null, depth++) {
    if (!isElement(n)) return false;
    const names = `${n.attribs.class ?? ''} ${n.attribs.id ?? ''}`;
    if (names.trim() && names.split(/[\s_-]+/).some((token) => FOOTER_TOKEN.test(token))) return true;
  }
  return false;
}
