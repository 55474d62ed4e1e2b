import { CREDIT_LABEL } from '../text/credit-labels.js';
import { matchMarker } from '../text/markers.js';
import type { ChromeNode } from '../model/types.js';
import { datelineFields } from '../text/dateline-fields.js';
import { wholeDocumentNumber } from '../text/document-number.js';
import { isLetterhead, isNoTextPageMark, isPageNumber, isTableContinuationMark } from '../text/page-furniture.js';
import { DOWNLOAD_LABEL_ALONE, downloadsAbove, isFileLine } from './download-lines.js';
import type { Item, ParseContext } from './context.js';
import { headerKey } from './header.js';
import { letterheadLines } from './letterhead.js';
import { headlineBoxAbove, tailFurniture } from './tail-furniture.js';
import { isImageCaption } from './image-caption.js';
import { isImprintLine, isKeywordsLine } from './imprint-lines.js';
import { READING_LINK, interpretationAbove } from './interpretation-block.js';
import { numberBesideDateline } from './number-dateline.js';
import { endsAsDocumentTitle, hasNoticeTitleShape } from '../text/notice-title.js';
import { isHeaderLine } from './site-name-line.js';
import { isBannerWithAddress, isBareNameLine } from '../text/site-banner.js';
import { isOtherScriptLine } from '../text/other-script.js';
import { beforeReadingTools, isBarRun, isBuilderLine, isIpv6Note, readingToolsKind, siteFooter, siteTail, topBar } from './site-furniture.js';

/** Words of page furniture: accessibility and language switches, print/close/share links. */
const CHROME_WORDS = [
  '无障碍', '简体', '繁体', '简', '繁', '长者模式', '关怀版', '适老化', 'English', 'EN', '首页', '网站首页', '登录', '注册',
  '打印', '打印本页', '关闭', '关闭窗口', '收藏', '分享', '分享到', '返回顶部', '纠错', '我要纠错', '字号', '大', '中', '小',
  '设为首页', '加入收藏', '收藏本站', '无障碍浏览', '无障碍阅读', '长者版', '手机版', '移动版', '网站导航', '站群导航', '用户登录', '退出',
  '搜索', '站内搜索', '全站搜索', '高级搜索', '高级检索', '检索', '简体版', '繁体版', '繁體', '政务微博', '政务微信',
  '默认', '放大', '缩小', '保存', '打印此页', '扫一扫', '微信', '微博', '信息来源', '浏览次数', '阅读次数', '【', '】', '|', '｜',
  '/', '·', '>', '-', '[', ']', '(', ')',
];
const CHROME_WORD_SET = new Set(CHROME_WORDS);

/**
 * Items of the menu at the top of a government site (首页 政务公开 政务服务 互动交流 …), and the
 * starts of the items named after the place (走进云溪, 今日某区, 魅力某县).
 */
const NAV_WORDS = new Set([
  '首页', '网站首页', '政务公开', '政府信息公开', '信息公开', '政务服务', '网上办事', '办事服务', '便民服务', '互动交流', '政民互动',
  '互动回应', '公众参与', '数据开放', '数据发布', '新闻中心', '新闻动态', '要闻动态', '政务动态', '政务要闻', '专题专栏', '政策文件',
  '政策解读', '机构设置', '领导信息', '领导之窗', '通知公告', '在线访谈', '领导信箱', '网上信访', '民生服务', '营商环境', '投资指南',
  '新闻', '公示公告', '公告公示', '媒体看点', '图片新闻', '视频新闻', '部门动态', '乡镇动态', '政府领导', '政府文件', '政策法规',
  '人事信息', '办事指南', '留言咨询', '意见征集', '网上调查', '专题', '概况', '关于我们',
]);
const NAV_PLACE = /^(?:走进|今日|魅力|印象|畅游|投资|数说|聚焦)[\u4e00-\u9fff]{1,6}$/;
/**
 * A site's name in its banner (某县人民政府门户网站, 某市人民政府网), above the content; also the
 * name of a body's 信息公开 portal (某区人民政府信息公开平台, 某县政务公开网).
 */
const SITE_NAME = /^[\u4e00-\u9fff]{2,30}(?:门户网站|政府网站|政府网|政务网|(?:信息|政务)公开(?:平台|网站|网|专栏|门户))$/;
/** A site's search box as text gives it: 请输入关键字 搜索. */
const SEARCH_BOX = /^(?:请?输入)(?:搜索)?(?:关键字|关键词|检索词|搜索内容|检索内容|搜索关键词|内容)(?:进行)?(?:搜索|检索)?(?:\s*(?:搜索|检索|站内搜索|高级搜索|高级检索|全站搜索))*$/;

/**
 * A site's menu: three or more short words, a third of them (and at least two) menu items a
 * government site uses. Only tried above the content, where a title or header follows.
 */
export function isNavigationMenu(tokens: readonly string[]): boolean {
  if (tokens.length < 3 || !tokens.every((w) => w.length <= 8 && /^[\u4e00-\u9fff0-9]+$/.test(w))) return false;
  const known = tokens.filter((w) => NAV_WORDS.has(w) || CHROME_WORD_SET.has(w) || NAV_PLACE.test(w)).length;
  return known >= 2 && known * 3 >= tokens.length;
}

/** A top bar's date (今天是：2024年3月18日 星期一), with the lunar date some bars add (农历二月初九). */
const DATE_WIDGET = /^(.{0,30}?)\s*\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天](?:\s*(?:农历|阴历)\s*[\u4e00-\u9fff]{2,12})?\s*$/;
/** A top bar's date (今天是：2024年3月18日 星期一) with the bar's links run on after it (无障碍浏览 | 长者模式). */
const DATE_WIDGET_LEAD = /^.{0,30}?\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天](?:\s*(?:农历|阴历)\s*[\u4e00-\u9fff]{2,12}(?=\s|[|｜]|$))?/;

/** A top bar's date widget before its script has filled it in (今天是：, 今天是), its label alone. */
const EMPTY_DATE_WIDGET = /^(?:今天是|今日是|今天|今日|当前日期|当前时间|现在时间)\s*[:：]?$/;

function isDateWidgetBar(t: string): boolean {
  if (!t.includes('星期')) return false;
  const lead = DATE_WIDGET_LEAD.exec(t);
  if (!lead) return false;
  const rest = t.slice(lead[0].length);
  const tokens = rest.split(/[\s|｜/·]+/).filter(Boolean);
  if (tokens.length === 0) return false;
  // The bar's links spaced apart (无障碍 长者模式) or run together (星期一无障碍长者模式).
  return tokens.every((w) => CHROME_WORD_SET.has(w.replace(/^[【\[]|[】\]]$/g, ''))) || isBarRun(rest);
}

/**
 * The words before 位置 that open a breadcrumb: 当前, 您的, 您现在的, 您当前的, 您现在所在的, 所在. A
 * breadcrumb's separator is >, », › or two of them (首页 >> 政务公开, as old table-layout sites print it).
 */
const WHERE = '(?:[您你](?:现在|当前|目前)?(?:所在)?的?|(?:当前|目前|现在)(?:所在)?的?|所在)';
const CRUMB_SEP = '[>»›]{1,2}';
const BREADCRUMB = new RegExp(`^(?:${WHERE}?位置(?:是)?[:：]?\\s*)?[^>»›]{1,30}(?:\\s*${CRUMB_SEP}\\s*[^>»›]{1,30}){1,}$`);
/**
 * A breadcrumb parted by arrows or slashes (首页 → 政务公开 → 区政府文件, 首页/政务公开/政策文件).
 * A slash parts many things (dates, 区发改委/区财政局), so such a line counts only when it says it is
 * one (当前位置：) or starts at the site's home page, and has at most six levels.
 */
const ARROW_SEP = '(?:→|->|⇒|[/／])';
const ARROW_CRUMB = new RegExp(`^(?:${WHERE}?位置(?:是)?[:：]?\\s*)?([^>»›→⇒/／]{1,30}?)\\s*(?:${ARROW_SEP}\\s*[^>»›→⇒/／]{1,30}){1,5}$`);
const HOME_WORDS = '(?:首[页頁]|网站首[页頁]|網站首[页頁]|主[页頁]|门户首[页頁]|門戶首[页頁]|政府首[页頁])';
const HOME = new RegExp(`^${HOME_WORDS}$`);
/**
 * A breadcrumb's first level that names no category: the home link, its opening words (当前位置：) alone
 * or before it, also in traditional characters on a page not simplified as a whole (當前位置：首頁).
 */
const HOME_LEVEL = new RegExp(`^(?:[【\\[]?(?:${WHERE}|[您你]?(?:當前|現在|目前)(?:所在)?的?)?位置(?:是)?[】\\]]?[:：]?)?${HOME_WORDS}?$`);

function isArrowCrumb(t: string): boolean {
  if (!t.includes('→') && !t.includes('/') && !t.includes('／') && !t.includes('⇒')) return false;
  const m = ARROW_CRUMB.exec(t);
  return m !== null && !/[。，；]/.test(t) && (LOCATED.test(t) || HOME.test((m[1] as string).trim()));
}

const FOOTER =
  /(扫一扫在手机[上中]?打开当前页|在手机上打开当前页|主办单位[:：]|承办单位[:：]|网站标识码|ICP备|公网安备|公安机关备案号|公安备案号|版权所有|联系我们|网站地图|政府网站找错|建议使用.{0,30}(?:浏览器|分辨率))/;
/**
 * A site's imprint line: who runs the site (主办：某办公室, 承办：…, 技术支持：…) beside how to reach
 * it (电话：…, 地址：…) or another such label. 主办：某局 alone is a task's lead in some plans, so
 * the operator label counts only with a second label of the imprint on the same line.
 */
const SITE_OPERATOR = /^(?:主办|承办|协办|主管|技术支持|网站维护|维护|运维)(?:单位)?\s*[:：]/;
const SITE_CONTACT = /[\s　|｜]\s*(?:主办|承办|协办|主管|技术支持|网站维护|维护|运维|联系电话|电话|地址|邮编|邮政编码|传真|邮箱|电子邮箱|E-?mail)(?:单位)?\s*[:：]/i;

function isSiteImprint(t: string): boolean {
  return t.length < 120 && SITE_OPERATOR.test(t) && SITE_CONTACT.test(t) && !/[。；;]/.test(t);
}

/**
 * The article's tool bar: view counts, print/close links, font size (发布时间：… 浏览次数：… 【打印】【关闭】).
 * A count is a bare number or none (a script fills it in): 网站访问量：500万人次 is a plan's target.
 */
const INFO_BAR =
  /(?:浏览|阅读|点击|访问)(?:次数|数|量)[:：]\s*[\d,]*\s*次?(?=$|[\s|｜【\[])|[【\[]\s*(?:打印|关闭)(?:本页|窗口)?\s*[】\]]|(?<![文件])(?:字号|字体)[:：]?\s*[【\[]?\s*[大中小T]/;
/** The article's line of date and source (发布时间：2023-05-12　来源：区府办), in either order. */
const DATE_AND_SOURCE =
  /(?:时间|日期)[:：]?\s*\d{4}\s*[-年./]\s*\d{1,2}.*(?:来源|作者|出处|编辑)[:：]|(?:来源|作者|出处)[:：].*(?:时间|日期)[:：]\s*\d{4}/;
/** A page's date of publication under its label (发布时间：2024-03-12 09:30), the whole of a line's part. */
const LABELLED_DATE = /^(?:发布|发表|更新|发稿)(?:时间|日期)\s*[:：]\s*\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** The words that open a breadcrumb (当前位置：, 您的位置：). */
const LOCATED = new RegExp(`^\\s*${WHERE}位置(?:是)?[:：]`);
const LOCATION = new RegExp(`^\\s*${WHERE}?位置(?:是)?[:：]?\\s*`);
/** The heading of a page's box of links to other pages (相关文件, 相关链接 …), on a line of its own. */
const RELATED = /^(?:相关(?:文件|链接|阅读|新闻|政策|信息|稿件|文章|解读)|推荐阅读|延伸阅读|热点(?:新闻|推荐)|猜你喜欢)[:：]?$/;
/** A page's box of links to other sites, its heading and links on one line (相关链接：国务院办公厅 | 某省人民政府). */
const LINK_BOX = /^(?:相关链接|友情链接|政府网站|网站链接|部门网站|其他链接)[:：]/;

/**
 * An article's credits (编辑：李明 | 审核：王芳), as a reposting page (a WeChat article) closes with
 * them: labelled names and nothing else. One label alone counts only when it names an editor's
 * role; 来源：某局 or 审核：某局 alone may be a line of the text.
 */
const CREDIT = `${CREDIT_LABEL}\\s*:\\s*[^\\s:|丨/,，。;；]{1,12}`;
const CREDITS = new RegExp(`^${CREDIT}(?:(?:\\s*[|丨/]\\s*|\\s+)${CREDIT})*$`);
const CREDIT_LABELS = new RegExp(`${CREDIT_LABEL}\\s*:`, 'g');
const EDITOR_ONLY = /^(?:责任编辑|编辑|校对|审校|初审|复审|终审|一审|二审|三审|排版|美编|编审)\s*:/;

function isCredits(t: string): boolean {
  if (t.length > 60 || !CREDITS.test(t)) return false;
  return (t.match(CREDIT_LABELS)?.length ?? 0) >= 2 || EDITOR_ONLY.test(t);
}

/** A social-media account's call to follow it (长按二维码关注我们, 点击上方蓝字关注), under a reposted text. */
const FOLLOW_PROMPT = /长按(?:识别)?(?:下方|上方|图中)?二维码|扫(?:描)?(?:下方|上方|图中)?二维码关注|(?:点击|戳)(?:上方|下方)?蓝(?:色)?字|关注我们$|点击阅读原文|点亮.{0,4}在看/;

/**
 * A page's share bar as text gives it: 分享到： and the names of the sites it shares to, its links
 * often run together with nothing between them (分享到：微信微博).
 */
const SHARE_BAR = /^(?:分享到|分享至|分享)\s*[:：]?(?:[\s|｜/、,，·]*(?:微信朋友圈|微信好友|微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|豆瓣|人人网|抖音|今日头条|头条|钉钉|复制链接|更多|Facebook|Twitter|LinkedIn))*$/i;

/** Furniture that may stand anywhere on a page, even below the title: footers and the article's tool bar. */
function furnitureAnywhere(match: string): ChromeNode['kind'] | null {
  const t = match.trim();
  if (t.length >= 160) return null;
  // 图为…。 under a photo: the caption may close with a stop, as no other furniture does.
  if (isImageCaption(t)) return 'other';
  if (/。/.test(t)) return null;
  if (isPageNumber(t) || isNoTextPageMark(t) || isTableContinuationMark(t)) return 'footer';
  if (FOOTER.test(t) && t.length < 120) return 'footer';
  if (isSiteImprint(t)) return 'footer';
  const footer = siteFooter(t);
  if (footer) return footer;
  // …but not the line under a title that holds the notice's number beside the page's fields.
  if ((INFO_BAR.test(t) || (t.length < 100 && DATE_AND_SOURCE.test(t))) && !numberBesideDateline(t, t)) return 'share';
  // A page's dateline of labelled fields (发布日期：2024-03-12　阅读：1234次): every field has a label with a colon.
  if (t.includes(':') && datelineFields(t) === 'dated') return 'share';
  const tools = readingToolsKind(t);
  if (tools) return tools;
  // The dateline with the reading tools set on its line (发布时间：2024-03-12　阅读：1234次　【 大 中 小 】).
  const dateline = beforeReadingTools(t);
  if (dateline !== null && (datelineFields(dateline) !== null || LABELLED_DATE.test(dateline))) return 'share';
  if (RELATED.test(t) || LINK_BOX.test(t)) return 'navigation';
  if (isCredits(t)) return 'footer';
  if (SHARE_BAR.test(t)) return 'share';
  if (t.length < 40 && FOLLOW_PROMPT.test(t)) return 'share';
  // A breadcrumb that says it is one (当前位置：首页 > …), also below a site's menu the reader did not know.
  if (LOCATED.test(t) && BREADCRUMB.test(t) && !/[。，；]/.test(t)) return 'breadcrumb';
  if (LOCATED.test(t) && isArrowCrumb(t)) return 'breadcrumb';
  // The letterhead of a red-headed document, also below a page's header (某市人民政府文件).
  if (t.endsWith('文件') && isLetterhead(t.replace(/\s+/g, ''))) return 'other';
  return null;
}

/** The chrome kind of a block of text, or null if it reads as content. */
export function classifyChrome(match: string): ChromeNode['kind'] | null {
  const t = match.trim();
  if (!t) return null;
  if (DATE_WIDGET.test(t) || isDateWidgetBar(t) || EMPTY_DATE_WIDGET.test(t)) return 'date-widget';
  const bar = topBar(t);
  if (bar) return bar;
  const anywhere = furnitureAnywhere(t);
  if (anywhere) return anywhere;
  // A portal's dateline without labels for its date (2024年04月15日08:21 | 来源：…); labelled ones are the info bar's.
  if (datelineFields(t) === 'dated') return 'share';
  const tokens = t.split(/[\s|｜/·]+/).filter(Boolean);
  if (tokens.length >= 2 && tokens.every((w) => CHROME_WORD_SET.has(w.replace(/^[【\[]|[】\]]$/g, '')))) {
    return tokens.some((w) => /无障碍|长者|关怀|简|繁|字号|大|中|小/.test(w)) ? 'accessibility' : 'share';
  }
  // The site's banner with its switches run on (某区人民政府门户网站 | 无障碍 | 长者模式).
  if (tokens.length >= 2 && SITE_NAME.test(tokens[0] as string) && tokens.slice(1).every((w) => CHROME_WORD_SET.has(w.replace(/^[【\[]|[】\]]$/g, '')))) return 'accessibility';
  if (SEARCH_BOX.test(t)) return 'navigation';
  if (SITE_NAME.test(t)) return 'other';
  // The banner's names with the site's address beside them (瑞金市人民政府 www.ruijin.gov.cn).
  if (isBannerWithAddress(t)) return 'other';
  if (isArrowCrumb(t)) return 'breadcrumb';
  if (isNavigationMenu(tokens)) return 'navigation';
  if (BREADCRUMB.test(t) && !/[。，；]/.test(t)) return 'breadcrumb';
  return null;
}

/** A link to the site's previous or next article (上一篇：没有了, 下一篇：某通知). */
const PAGER = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]/;
/** The page's line of where the article came from (信息来源：区政府办): a label of sites, not of documents. */
const SOURCE_LINE = /^(?:信息来源|文章来源|稿件来源|内容来源)\s*[:：]\s*[^\s。，；]{0,30}$/;
/** The buttons of an article's tool bar written without brackets (打印本页 关闭窗口, 分享到：), as Markdown conversions leave them. */
const TOOL_WORDS = new Set([
  '打印', '打印本页', '打印此页', '打印文章', '打印正文', '打印全文', '关闭', '关闭窗口', '关闭本页', '关闭本窗口', '收藏', '分享', '分享到',
  '返回顶部', '返回', '返回列表', '返回上一页', '返回上页', '返回首页', '手机版', '移动版', '电脑版', '纠错', '我要纠错',
]);
/** The link to the page itself (本文链接：http://…), as a page prints it under the article. */
const PAGE_LINK = /^(?:本文|本页|本页面|本文章|文章|原文|页面|当前页面?)(?:链接|地址|网址|URL)\s*:\s*(?:https?:\/\/|www\.)\S*$/i;
/** The site's note on reposting (转载请注明出处, 未经授权不得转载), under the article. */
const REPOST_NOTE = /^[（(【\[]?\s*(?:转载请注明(?:出处|来源)|(?:未经|非经)(?:本站|本网|本网站)?(?:许可|授权|同意)\s*[,，]?\s*(?:不得|禁止|严禁|请勿)(?:转载|复制|镜像))/;

/**
 * Furniture a page prints under the article: its source, the pager to the next article, the tool
 * bar's bare buttons, a download label with no file under it. Each might be a line of a header
 * (信息来源 is one of its labels), so they count only in the run of furniture that ends the page.
 */
function furnitureAtEnd(items: readonly Item[], i: number): ChromeNode['kind'] | null {
  const t = items[i]!.match.trim();
  if (t.length > 80) return null;
  if (PAGER.test(t) || READING_LINK.test(t)) return 'navigation';
  if (SOURCE_LINE.test(t)) return 'share';
  if (PAGE_LINK.test(t)) return 'share';
  if (REPOST_NOTE.test(t)) return 'footer';
  const site = siteTail(t);
  if (site) return site;
  const tokens = t.split(/[\s|｜/·]+/).map((w) => w.replace(/^[【\[]|[】\]]$|[:：]$/g, '')).filter(Boolean);
  if (tokens.length > 0 && tokens.every((w) => TOOL_WORDS.has(w))) return 'share';
  const next = items[i + 1];
  if (DOWNLOAD_LABEL_ALONE.test(t) && !(next && isFileLine(next))) return 'other';
  return null;
}

/** The items of the run of page furniture that ends the page (after `contentStart`), and their kinds. */
function furnitureRunAtEnd(ctx: ParseContext, contentStart: number): Map<number, ChromeNode['kind']> {
  const out = new Map<number, ChromeNode['kind']>();
  // Furniture in the run besides the site's builder line (技术支持：某某科技有限公司), which alone
  // may be a note under the notice's date or a safeguard's text.
  let others = false;
  const builders: number[] = [];
  for (let i = ctx.items.length - 1; i >= contentStart; i--) {
    if (ctx.claims[i] === 'chrome') {
      others = true;
      continue;
    }
    const item = ctx.items[i]!;
    if (item.block.kind === 'table' || !ctx.isFree(i)) break;
    // The imprint (主题词, 抄送, 印发) closes the document, above or below the page's furniture: the run
    // goes on past it, which is read as the imprint (see imprint.ts, closing-keywords.ts), not as furniture.
    if (isImprintLine(item.match) || isKeywordsLine(item.match)) continue;
    const kind = furnitureAtEnd(ctx.items, i) ?? furnitureAnywhere(item.match) ?? tailFurniture(item.match.trim()) ?? (headsMarkedLinks(ctx.items, i) ? 'navigation' : null);
    if (kind) {
      out.set(i, kind);
      if (isBuilderLine(item.match.trim()) && !item.block.outside) {
        // A builder line in the same element as the text above it is the text's (a safeguard's only line).
        if (item.block.besideText) out.delete(i);
        else builders.push(i);
      }
      else others = true;
      continue;
    }
    // A reposting page's box of other articles (往期回顾 over their headlines): the heading and its lines.
    const unmarked = (k: number): boolean => ctx.isFree(k) && ctx.claims[k] !== 'chrome';
    const heading = headlineBoxAbove(ctx.items, i, contentStart, unmarked);
    if (heading >= 0) {
      for (let k = i; k >= heading; k--) out.set(k, 'navigation');
      others = true;
      i = heading;
      continue;
    }
    // The page's downloads (相关附件： over 某清单.docx) stand among its furniture, and are read as
    // downloads (see trailing-downloads.ts): the run goes on above them (政策解读：… over them).
    const downloads = downloadsAbove(ctx.items, i, contentStart, unmarked);
    if (downloads >= 0) {
      i = downloads;
      continue;
    }
    // The page's explanation of the notice (政策解读 over its paragraphs), in a box under the article.
    const reading = interpretationAbove(ctx.items, i, contentStart, unmarked);
    if (reading < 0) break;
    for (let k = i; k >= reading; k--) out.set(k, 'other');
    reportInterpretation(ctx, reading, i);
    others = true;
    i = reading;
  }
  if (!others) for (const i of builders) out.delete(i);
  return out;
}

/**
 * Says that the explanation from its heading at `from` to `to` was set aside: its paragraphs are
 * text the page prints, kept as chrome, and its numbered lines would otherwise have been parts.
 */
function reportInterpretation(ctx: ParseContext, from: number, to: number): void {
  const heading = ctx.items[from]!;
  const numbered = ctx.items.slice(from + 1, to + 1).filter((it) => matchMarker(it.text) !== null).length;
  const lines = to - from;
  ctx.report(
    'interpretation-set-aside',
    'info',
    `the page's explanation of the notice under the article ("${heading.text.trim()}" over ${lines} ${lines === 1 ? 'line' : 'lines'}) is set aside as page furniture (chrome)${numbered > 0 ? `: its ${numbered} numbered ${numbered === 1 ? 'line is' : 'lines are'} no part of the plan` : ''}`,
    ctx.rangePosition(heading, ctx.items[to]!),
  );
}

/**
 * Whether `items[i]`, below the content's start and outside the run of furniture that ends the
 * page, stands inside the article's flow: not outside the page's main region, and followed by a
 * line of content (本网站支持IPv6 between a task's heading and its 牵头单位 line is words the task
 * quotes, not the site's footer).
 */
function inContentFlow(ctx: ParseContext, i: number): boolean {
  if (ctx.items[i]!.block.outside) return false;
  const next = ctx.items[i + 1];
  if (!next || ctx.claims[i + 1] === 'chrome' || next.block.chrome || next.block.outside) return false;
  return next.block.kind === 'table' || furnitureAnywhere(next.match) === null;
}

/**
 * The running head a PDF repeats at the top of each page (the document number, the letterhead):
 * a short line written again later in the text, where it breaks into the paragraphs. The first
 * time it stands is left to the notice; every later time is furniture.
 */
function runningHeads(items: readonly Item[]): Set<number> {
  const seen = new Map<string, number>();
  const out = new Set<number>();
  for (const item of items) {
    // Most blocks are paragraphs far longer than a running head: no need to look closer.
    if (item.match.length > 60 || item.block.kind === 'table') continue;
    const t = item.match.trim();
    if (t.length === 0 || t.length > 40) continue;
    // A document number ends with 号, a letterhead with 文件: most short lines are neither.
    if (!t.endsWith('号') && !t.endsWith('號') && !t.endsWith('件')) continue;
    const key = t.replace(/\s+/g, '');
    if (!(isLetterhead(key) || wholeDocumentNumber(t, t) !== null)) continue;
    // The value of a header's 文号 label on the line above (<dt>文号：</dt><dd>X</dd>) is not where the
    // text prints it: the number under the title repeats the header, not a page's running head.
    if (isDocumentNumberLabel(items[item.index - 1])) continue;
    if (seen.has(key)) out.add(item.index);
    else seen.set(key, item.index);
  }
  return out;
}

/**
 * A header label alone on its line that names the document number (文　　号：, 发文字号：), or
 * without its colon, as a <dl>'s <dt>文号</dt> or a grid of label and value <div>s gives it.
 */
function isDocumentNumberLabel(item: Item | undefined): boolean {
  const t = item?.match.trim() ?? '';
  return t.length <= 12 && headerKey(t) === 'documentNumber';
}

/**
 * The site's or issuer's name alone at the top of the content (a page's top bar, a letterhead
 * without 文件), over the notice's title that starts with the same name (青山区人民政府办公室
 * over 青山区人民政府办公室关于印发…的通知): the title names it already, and it would otherwise be
 * read as the title's first line and written twice.
 */
function isNameOverTitle(ctx: ParseContext, i: number): boolean {
  const name = ctx.items[i]!.match.replace(/[\s\u3000]+/g, '');
  if (name.length < 4 || name.length > 30 || !/^[\u4e00-\u9fff（）()]+$/.test(name)) return false;
  // The title follows within a few lines: a breadcrumb and the page's header may stand between.
  const opening = `${name}关于`;
  for (let j = i + 1; j < ctx.items.length && j <= i + NAME_REACH; j++) {
    const next = ctx.items[j]!;
    if (next.block.kind === 'table' || next.match.length < opening.length) continue;
    const title = next.match.replace(/[\s\u3000]+/g, '');
    if (title.startsWith(opening)) return hasNoticeTitleShape(title);
  }
  return false;
}

/** How many lines below a name at the top its notice's title may stand (a header of a dozen label and value lines). */
const NAME_REACH = 30;

/**
 * Whether `items[i]`, above the content, is the name of a site or of the body that runs it in the
 * page's banner (湖州市人民政府 atop a page of one of its 区's bureaus): a bare name, with the page's
 * furniture (a breadcrumb, a menu) or its header (索引号：…) right under it. A notice's own first line
 * names its issuer over the rest of the title (…民政局 | 关于…的通知), its number or a second issuer,
 * none of which is furniture or a header.
 */
export function isNameAtopPage(items: readonly Item[], i: number, menu: ReadonlySet<number> = NO_LINES): boolean {
  const item = items[i]!;
  if (item.block.kind === 'table') return false;
  if (isBannerScriptLine(item)) return bannerNameBeside(items, i);
  const next = items[i + 1];
  if (!next || next.block.kind === 'table' || !isBareNameLine(item.match)) return false;
  // The name written again in the region's other script or in English under it (天祝藏族自治县人民政府
  // over its Tibetan): a banner's, as no title or signature is printed so.
  if (isBannerScriptLine(next)) return true;
  return isHeaderLine(next.match) || menu.has(i + 1) || classifyChrome(next.match) !== null || headsMarkedMenu(items, i + 1);
}

const NO_LINES: ReadonlySet<number> = new Set();

/** A line of text in another script than Chinese (see isOtherScriptLine), which a banner may print its name in. */
function isBannerScriptLine(item: Item): boolean {
  return item.block.kind !== 'table' && isOtherScriptLine(item.match);
}

/**
 * Whether a line in another script stands with a banner's name: under it (a second or third
 * such line under the first), or above a name that is atop the page by its own lines below.
 */
function bannerNameBeside(items: readonly Item[], i: number): boolean {
  // At most two more lines in other scripts (Mongolian and English) between it and the name.
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (isBareNameLine(items[j]!.match) && items[j]!.block.kind !== 'table') return true;
    if (!isBannerScriptLine(items[j]!)) break;
  }
  for (let j = i + 1; j < items.length && j <= i + 3; j++) {
    if (isBareNameLine(items[j]!.match) && items[j]!.block.kind !== 'table') {
      const below = items[j + 1];
      return below !== undefined && !isBannerScriptLine(below) && isNameAtopPage(items, j);
    }
    if (!isBannerScriptLine(items[j]!)) break;
  }
  return false;
}

/**
 * The heading of a box of links that the page's markup set aside (a sidebar's 信息公开目录 over its
 * menu), outside the page's main region: a short name with two short links or more, already marked
 * as furniture, right under it. Not a title (one ending 通知, 方案, 要点 …), which a share bar may follow.
 */
export function headsMarkedMenu(items: readonly Item[], i: number): boolean {
  const item = items[i]!;
  if (!item.block.outside || item.block.chrome || item.block.kind === 'table') return false;
  const t = item.match.trim();
  if (t.length < 2 || t.length > 10 || !/^[\u4e00-\u9fff]+$/.test(t) || endsAsDocumentTitle(t)) return false;
  const menu = (it: Item | undefined): boolean => it !== undefined && it.block.chrome === true && it.block.kind !== 'table' && it.match.trim().length <= 20;
  return menu(items[i + 1]) && menu(items[i + 2]);
}

/**
 * The heading of a box of links the page's markup set aside after the article (a sidebar's 热点文章,
 * 最新信息 over its headlines), outside the page's main region: a short name, not a title, with the
 * links under it already marked as furniture. Its wording varies from site to site; its place and
 * the links under it say what it is. Tried only in the run of furniture that ends the page.
 */
function headsMarkedLinks(items: readonly Item[], i: number): boolean {
  const item = items[i]!;
  if (!item.block.outside || item.block.chrome || item.block.kind === 'table') return false;
  const t = item.match.trim();
  if (t.length < 2 || t.length > 12 || !/^[\u4e00-\u9fff]+[:：]?$/.test(t) || endsAsDocumentTitle(t)) return false;
  // 附件 over links is the notice's downloads (see trailing-downloads.ts), not a box of other pages.
  if (/^(?:相关)?附[件表]/.test(t)) return false;
  const next = items[i + 1];
  return next !== undefined && next.block.chrome === true && next.block.kind !== 'table';
}

/**
 * The name of the page's column (or sub-site) on the line right under the breadcrumb that names
 * it, as a page heads its column: at its end (…>>乡镇动态>>桃源镇 over 桃源镇) or as a level above the
 * last (…> 华阳镇 > 政策文件 over 华阳镇, the sub-site over its column): furniture, not the first line
 * of the title below. Not a line that runs on into the title (某区人民政府 over 关于…), nor one that
 * is a title itself (a breadcrumb may end with the article's own title).
 */
function isColumnName(items: readonly Item[], i: number, category: readonly string[]): boolean {
  const t = items[i]!.match.trim();
  if (category.length === 0 || t.length === 0 || t.length > 20) return false;
  const name = t.replace(/[\s\u3000]+/g, '');
  const at = category.findIndex((level, k) => k > 0 && level.replace(/[\s\u3000]+/g, '') === name);
  if (at < 0) return false;
  const next = items[i + 1];
  if (hasNoticeTitleShape(t) || endsAsDocumentTitle(t) || (next && /^关于/.test(next.match.trim()))) return false;
  // A level above the last is no title of the article's, whatever follows it.
  if (at < category.length - 1) return true;
  // The last only over a title of its own (某镇 / 中共某镇委员会　某镇人民政府 / 关于印发…的通知): a crumb
  // over the header's fields or the plan's first part is the document's title, however it ends.
  return items.slice(i + 1, i + 4).some((it) => /^关于/.test(it.match.trim()) || endsAsDocumentTitle(it.match));
}

/**
 * Recognises page furniture. Before the content starts any furniture-looking block is taken;
 * after it only unmistakable footers are, so that body text is never mistaken for chrome. Blocks
 * an adapter already marked as furniture (an HTML <nav>, a collection's note) are named by their
 * text too, so that a breadcrumb still gives the page's category. `menu` are the lines of a menu
 * printed one item a line (see menuLines), furniture wherever they stand above the notice.
 */
export function parseChrome(ctx: ParseContext, contentStart: number, menu: ReadonlySet<number> = NO_LINES): { chrome: ChromeNode[]; category: string[] } {
  const chrome: ChromeNode[] = [];
  let category: string[] = [];
  const running = runningHeads(ctx.items);
  const letterhead = letterheadLines(ctx.items, (i) => ctx.isFree(i));
  const atEnd = furnitureRunAtEnd(ctx, contentStart);
  let crumbAt = -1;
  // The breadcrumb's levels as printed, its home link among them: a column name under it is looked up there.
  let levels: string[] = [];
  ctx.items.forEach((item: Item, i) => {
    const marked = ctx.claims[i] === 'chrome';
    if (!marked && !ctx.isFree(i)) return;
    const kind = ((): ChromeNode['kind'] | null => {
      if (running.has(i) || letterhead.has(i)) return 'other';
      // A menu printed one item a line (see menuLines), above the notice wherever it stands there.
      if (!marked && menu.has(i)) return 'navigation';
      if (!marked && crumbAt === i - 1 && isColumnName(ctx.items, i, levels)) return 'navigation';
      if (i === contentStart && !marked && isNameOverTitle(ctx, i)) return 'other';
      const end = atEnd.get(i);
      if (end) return end;
      // Below the content only footers and tool bars count, and that test alone is cheap.
      if (!marked && i >= contentStart) {
        const kind = furnitureAnywhere(item.match);
        return kind && isIpv6Note(item.match.trim()) && inContentFlow(ctx, i) ? null : kind;
      }
      if (!marked) return classifyChrome(item.match) ?? (isNameAtopPage(ctx.items, i, menu) ? 'other' : headsMarkedMenu(ctx.items, i) ? 'navigation' : null);
      if (item.block.kind === 'note') return 'note';
      // A bare number the text adapter marked is a page's number it read inside a broken clause.
      return classifyChrome(item.match) ?? (/^\s*[0-9０-９]{1,3}\s*$/.test(item.match) ? 'footer' : 'other');
    })();
    if (!kind) return;
    ctx.claim(i, 'chrome');
    chrome.push({ kind, text: item.text, position: ctx.blockPosition(item) });
    if (kind === 'breadcrumb') crumbAt = i;
    if (kind === 'breadcrumb' && levels.length === 0) {
      levels = item.match
        .replace(LOCATION, '')
        .split(BREADCRUMB.test(item.match.trim()) ? /\s*[>»›]{1,2}\s*/ : /\s*(?:→|->|⇒|[/／])\s*/)
        .map((s) => s.trim())
        .filter(Boolean);
      // Keep the original characters: the split above ran on the folded copy of the same length.
      let at = item.match.indexOf(levels[0] ?? '');
      levels = levels.map((part) => {
        const idx = item.match.indexOf(part, at);
        at = idx + part.length;
        return item.text.slice(idx, idx + part.length);
      });
      category = withoutHome(levels);
    }
  });
  return { chrome, category };
}

/**
 * A breadcrumb's levels without the site's home link it starts at (首页 > 政务公开 > …): the home page
 * is every page's first level, no category of the article.
 */
function withoutHome(levels: readonly string[]): string[] {
  let from = 0;
  while (from < levels.length && HOME_LEVEL.test(levels[from]!.replace(/[\s\u3000]+/g, ''))) from++;
  return levels.slice(from);
}
