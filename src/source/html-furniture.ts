import { wholeDocumentNumber } from '../text/document-number.js';
import { type DomElement, type DomNode, isElement } from './html-dom.js';

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

/**
 * Names page templates give the site's banner besides `<header>` and role=banner: `id="header"`,
 * `class="head"`, `class="top"`, 头部 (tou), 顶部 (dingbu). Only as the whole name of the class or
 * id (one of its space-parted words): `article-head` or `top-title` is the article's own heading.
 */
const BANNER_NAME = /^(?:header|head|top|topbar|top_bar|banner|masthead|site[-_]?header|page[-_]?header|header[-_]?(?:top|wrap|box)|top[-_]?(?:wrap|box)|tou|toubu|dingbu)$/i;

/**
 * The nearest element, `el` or one of its ancestors short of `stop` (the elements that hold the
 * page's main region, which a page-wide wrapper may be), that carries a banner's name.
 */
export function bannerNamed(el: DomElement | null, stop: ReadonlySet<DomNode>): DomElement | null {
  for (let n: DomElement | null = el, depth = 0; n && depth < 12 && !stop.has(n); n = n.parent as DomElement | null, depth++) {
    if (!isElement(n)) return null;
    const names = `${n.attribs.class ?? ''} ${n.attribs.id ?? ''}`;
    if (names.trim() && names.split(/\s+/).some((token) => BANNER_NAME.test(token))) return n;
  }
  return null;
}

/**
 * Whether a block (not mostly links) reads as a notice's or a plan's title: a banner-named element
 * that holds one (<div class="head"><h1>…的通知</h1><p>某政办发〔2024〕12号</p></div>) is the
 * article's title block, whose number, date and issuer under the title are the notice's too.
 */
export function isTitleInBanner(text: string): boolean {
  const t = text.trim();
  return t.length >= 6 && t.length <= 120 && NOTICE_TITLE_END.test(t) && !/[。；;]/.test(t);
}

/**
 * Whether a block in a banner may still be the notice's: its title set in the page's head
 * (`<div class="head"><h1>…</h1>`), its document number, a label line of its header, a table or a sentence. A banner
 * holds the site's name, its menu and its switches, none of which these are.
 */
export function bannerMayHoldContent(kind: string, text: string): boolean {
  return kind !== 'paragraph' || /[。：:；;]/.test(text) || NOTICE_TITLE_END.test(text.trim()) || wholeDocumentNumber(text) !== null;
}

/** The endings of a notice's or a plan's title (…的通知, …实施方案). */
const NOTICE_TITLE_END = /(?:通知|方案|计划|规划|意见|办法|措施|细则|要点|决定|公告|通告|通报|批复|函)$/;
