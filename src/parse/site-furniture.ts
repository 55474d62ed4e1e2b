import type { ChromeNode } from '../model/types.js';

/**
 * Furniture of a government portal's page told by what it says, whatever the element that holds
 * it is named (<div class="bottom">, "ft", "bq" …): the footer's counters and notes, the pager
 * under a long article, the top bar's greeting and switches. `t` is an item's folded, trimmed text
 * (full-width punctuation folded to ASCII).
 */

/**
 * Lines no plan prints: a visitor counter (您是本站第12345678位访客; 当前在线人数：23; 今日访问：12
 * 总访问：3456, counters alone; 您是第位访问者 with the number a script fills in left out; 阅读：加载中
 * before the script has run), the site's IPv6 note opening its line (本网站支持IPv6), a call to
 * follow the site's account (扫码关注“某区发布”微信公众号). Each is anchored so that a plan's
 * sentence or heading on the same subject (推进政府网站支持IPv6改造, 网站访问量：500万人次) stays text.
 */
const VISITOR = /您是(?:本站|本网站|本网)?第\s*[\d,，]*\s*位(?:访客|访问者|浏览者|来访者)|当前在线(?:人数)?\s*:\s*\d/;
const COUNTERS = /^(?:(?:今日|本日|昨日|总|累计)?(?:访问|访问量|访问人次|浏览量)\s*:\s*\d+\s*)+$/;
const VIEWS = /^(?:浏览|阅读|点击|访问)(?:次数|数|量)?\s*:\s*(?:加载中|载入中|正在加载|loading)\.{0,3}$/i;
const IPV6 = /^本?(?:网站|站点)?支持\s*IPv6(?=\s|$|[|｜])/i;
const FOLLOW_ACCOUNT = /^(?:扫码|扫一扫|扫描二维码|微信扫码)关注.{0,24}(?:公众号|微信|微博|抖音号?|视频号|客户端|APP)$/i;
/**
 * The same call without the scan (关注“某市发布”微信公众号, 欢迎关注某区融媒官方微博), under the article:
 * a plan may ask people to follow an account, but never in a line that is the call and nothing else
 * at the foot of the page, so it counts only in the run of furniture that ends it.
 */
const FOLLOW_CALL = /^(?:欢迎(?:大家)?|请|敬请)?(?:扫码|长按(?:识别)?二维码)?[关關]注[^。；;，,]{0,24}?(?:公众号|公眾號|公众平台|服务号|订阅号|视频号|微博|抖音号|头条号|客户端|APP)!?$/i;

/**
 * The page's offer to open it on a phone, beside its QR code: 扫一扫在手机上查看当前页面, 扫码在手机打开本页,
 * 用手机浏览此页. A whole line of its own; a plan's sentence about phones has more to say.
 */
const ON_PHONE =
  /^[【\[]?(?:(?:微信|手机)?(?:扫一扫|扫码|扫描二维码)\s*)?(?:在|用)?手机[上中端]?(?:打开|查看|浏览|阅读|访问)(?:当前|本|此|该)(?:页面?|网页|文章|信息|新闻)[】\]]?$/;

/**
 * The article's reading tools: its font size and colour switches (【 大 中 小 】, 【字号：默认 大 超大】,
 * 【视力保护色】, 字体：A+ A A-, 【语音播报】), the print and close buttons and the script switches
 * beside them (A+ A A- | 打印 | 关闭, 无障碍 · 繁体). Every word is a tool's, in any separators or run
 * together (打印关闭): a plan's line is never a list of these words, while one that says anything
 * else (关闭落后产能企业10家) has a word no tool bar has. Also in traditional characters, which a
 * page not simplified as a whole keeps (視力保護色, 關閉).
 */
const SIZE_WORDS = ['超大', '特大', '较大', '默认', '默認', '标准', '標準', '放大', '缩小', '縮小', '还原', '還原', '恢复', '恢復', '大', '中', '小', 'A+', 'A-', 'A', 'T+', 'T-', 'T'];
/** The font widget's names: a header's label alone (字号：, the number's field) as much as a tool's. */
const FONT_TOOLS = ['字号大小', '字体大小', '文字大小', '字號', '字体', '字體', '字号'];
/** The colour and voice tools, which no header labels: 视力保护色： alone is the widget whose swatches a script draws. */
const SCREEN_TOOLS = [
  '视力保护色', '視力保護色', '护眼模式', '護眼模式', '护眼色', '護眼色', '保护色', '保護色', '背景色', '夜间模式', '夜間模式',
  '语音播报', '語音播報', '语音朗读', '語音朗讀', '全文朗读', '朗读全文', '朗读本文', '听全文', '聽全文', '朗读', '朗讀', '播报', '播報',
];
/** The colour tool's swatches as text gives them (■ ■ ■, 绿 黄 蓝), only beside the colour tool. */
const SWATCHES = ['豆沙绿', '杏仁黄', '秋叶褐', '胭脂红', '极光灰', '白色', '绿色', '黄色', '蓝色', '灰色', '白', '绿', '黄', '蓝', '灰', '■', '□', '●', '○', '◆', '◇'];
const COLOUR_TOOL = /色|模式/;
const BUTTONS = [
  '打印本页', '打印本頁', '打印此页', '打印正文', '打印文章', '打印全文', '打印', '列印', '关闭窗口', '關閉窗口', '关闭本页', '关闭', '關閉',
  '收藏本页', '收藏', '分享到', '分享', '我要纠错', '纠错', '糾錯', '返回顶部', '返回頂部',
];
/** The page's switches of script and access beside the tools (无障碍 · 简体 | 繁体). */
const SWITCHES = ['无障碍浏览', '无障碍阅读', '无障碍', '無障礙', '简体版', '繁体版', '繁體版', '简体', '繁体', '繁體', '簡體'];

const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/[+]/g, '\\+')).join('|');

type ToolWord = 'size' | 'font' | 'screen' | 'swatch' | 'button' | 'switch';

/** Each kind of tool word, longest first so that a run (打印本页关闭窗口) is read word by word. */
const TOOL_WORDS: ReadonlyArray<readonly [ToolWord, RegExp, RegExp]> = (
  [['size', SIZE_WORDS], ['button', BUTTONS], ['font', FONT_TOOLS], ['screen', SCREEN_TOOLS], ['switch', SWITCHES], ['swatch', SWATCHES]] as const
).map(([kind, words]) => [kind, new RegExp(`^(?:${alternation(words)})+$`), new RegExp(alternation(words), 'g')] as const);

/** What parts the words of a bar: spaces, bars (| ｜ 丨), dots, slashes, brackets, a label's colon. */
const TOOL_SEPARATORS = /[\s|｜丨/·•:【】\[\]()]+/;

/** A token's kind of tool word and how many such words run together in it, or null if it is no tool's. */
function toolWord(w: string): { kind: ToolWord; count: number } | null {
  for (const [kind, whole, each] of TOOL_WORDS) {
    if (whole.test(w)) return { kind, count: w.match(each)?.length ?? 1 };
  }
  return null;
}

/**
 * The kind of a line made only of the article's reading tools: 'share' for its buttons alone
 * (打印 | 关闭), 'accessibility' with a size, colour, voice or script switch among them; null if
 * any word is not a tool's, or the line is not sure to be a bar: a bare 字号 or 大 中 小 may be a
 * header's label or a table's row, so sizes alone need brackets (【 大 中 小 】) or steps (A+ A A-),
 * and a single word brackets or a colour or voice tool's name (视力保护色：).
 */
export function readingToolsKind(t: string): 'accessibility' | 'share' | null {
  if (t.length > 60) return null;
  const tokens = t.split(TOOL_SEPARATORS).filter(Boolean);
  if (tokens.length === 0) return null;
  const kinds: ToolWord[] = [];
  let count = 0;
  for (const w of tokens) {
    const word = toolWord(w);
    if (!word) return null;
    kinds.push(word.kind);
    count += word.count;
  }
  const bracketed = /[【\[]/.test(t);
  if (kinds.includes('swatch') && !tokens.some((w, k) => kinds[k] === 'screen' && COLOUR_TOOL.test(w))) return null;
  if (kinds.every((k) => k === 'button')) return count >= 2 ? 'share' : null;
  if (kinds.every((k) => k === 'size')) {
    // A step (A+, A-) is a size control no text but a tool bar prints.
    const sure = tokens.some((w) => /[AT][+-]/.test(w)) || (bracketed && count >= 2);
    return sure ? 'accessibility' : null;
  }
  // A colour or voice tool is named so by nothing else (视力保护色, 语音播报), with or without its colon;
  // a bare 朗读 or 播报 may head a plan's part.
  if (count === 1) return bracketed || (kinds[0] === 'screen' && (/:$/.test(t) || (tokens[0] as string).length >= 3)) ? 'accessibility' : null;
  return 'accessibility';
}

export function isReadingTools(t: string): boolean {
  return readingToolsKind(t) !== null;
}

/** Bracketed tools at the end of a line, after a gap (　　【 大 中 小 】, 【打印】【关闭】). */
const TOOLS_TAIL = /[\s\u3000]+((?:[【\[][^【】\[\]]{1,24}[】\]]\s*)+)$/;

/**
 * The part of a line before the article's reading tools that end it, the tools set apart by a gap
 * (发布时间：2024-03-12 09:30　　阅读：1234次　　【 大 中 小 】 gives the part up to 1234次), or null
 * if the line does not end with such tools.
 */
export function beforeReadingTools(t: string): string | null {
  if (!t.endsWith('】') && !t.endsWith(']')) return null;
  const m = TOOLS_TAIL.exec(t);
  if (!m || m.index === 0 || !isReadingTools((m[1] as string).trim())) return null;
  return t.slice(0, m.index);
}

/** A footer's line by its content alone, anywhere on the page (short, no sentence). */
export function siteFooter(t: string): ChromeNode['kind'] | null {
  if (t.length > 100 || t.includes('。')) return null;
  if (VISITOR.test(t) || COUNTERS.test(t) || IPV6.test(t)) return 'footer';
  if (t.length <= 40 && t.includes('手机') && ON_PHONE.test(t)) return 'share';
  if (t.length <= 20 && VIEWS.test(t)) return 'share';
  if (t.length <= 40 && FOLLOW_ACCOUNT.test(t)) return 'share';
  return null;
}

/** A long article's pager: 共2页 1 2 下一页, 上一页 1 2 3 下一页 尾页. */
const PAGER_LINKS = /^(?:共\s*\d{1,3}\s*页\s*)?(?:(?:首页|上一页|下一页|尾页|末页|\[?\d{1,3}\]?)\s*)+$/;
/**
 * The firm that built the site, on a line of its own in the footer (技术支持：某某科技有限公司): a
 * firm of software or networks, not a plan's supporting unit (技术支持：区大数据中心).
 */
const BUILDER = /^技术支持\s*:\s*[^\s:。；;，,]{0,20}(?:科技|信息|网络|软件|数码|技术|计算机|电子)[^\s:。；;，,]{0,12}公司$/;

/**
 * Furniture under the article that might, alone, be a line of something else (a bare 技术支持：…);
 * counted only in the run of furniture that ends the page.
 */
/** The site's builder line (技术支持：某某科技有限公司), which alone may be a notice's note or a plan's text. */
export function isBuilderLine(t: string): boolean {
  return t.length <= 60 && BUILDER.test(t);
}

/** Whether a line is the site's IPv6 note (本网站支持IPv6), which a plan may quote as the words sites must print. */
export function isIpv6Note(t: string): boolean {
  return IPV6.test(t);
}

export function siteTail(t: string): ChromeNode['kind'] | null {
  if (t.length > 60) return null;
  if (t.includes('页') && PAGER_LINKS.test(t) && /共\s*\d|一页|首页|尾页|末页/.test(t)) return 'navigation';
  if (BUILDER.test(t)) return 'footer';
  if (t.length <= 40 && t.includes('注') && FOLLOW_CALL.test(t)) return 'share';
  return null;
}

/**
 * The words of a portal's top bar: language and accessibility switches, login, the site's
 * question bot. Longest first, as the bar's links often run together with nothing between them
 * (繁體版English登录注册).
 */
const BAR_WORDS = [
  '本网站支持IPv6', '网站支持IPv6', '支持IPv6', '无障碍浏览', '无障碍阅读', '长者模式', '关怀模式', '关怀版', '适老化', '长者版', '无障碍',
  '繁體版', '繁体版', '简体版', '繁體', '繁体', '简体', 'English', 'ENGLISH', 'EN', '用户登录', '个人登录', '法人登录', '登录', '注册', '退出',
  '智能问答', '智能客服', '网站导航', '设为首页', '加入收藏', '手机版', '移动版', '政务微博', '政务微信', '微博', '微信',
];
const BAR_RUN = new RegExp(`^(?:\\s*[|｜/·]?\\s*(?:${BAR_WORDS.join('|')}))+\\s*[|｜/·]?$`);
/**
 * Whether a text is only a top bar's links (无障碍浏览 | 长者模式, or run together as a bar's links
 * come out of its HTML with nothing between them: 无障碍长者模式), as after the bar's date widget.
 */
export function isBarRun(t: string): boolean {
  return t.length <= 60 && BAR_RUN.test(t);
}
/** Words of a bar that switch how the page reads, not where it goes. */
const SWITCH = /无障碍|长者|关怀|适老|繁|简体|English|ENGLISH|EN|IPv6/;
/** The greeting a portal's top bar opens with: 欢迎访问某市人民政府门户网站！ */
const WELCOME = /^(?:(?:您好|你好)\s*[,!]?\s*)?欢迎(?:您)?(?:访问|来到|光临|浏览)[\u4e00-\u9fff]{2,30}?(?:门户网站|政府网站|网站|政府网|网|平台)\s*[!。]?\s*/;

const TODAY = /^(?:今天是|今日是|今天|今日)\s*:?$/;

/**
 * A portal's top bar, above the content: its greeting with its links run on
 * (欢迎访问某市人民政府门户网站！繁體版English登录注册), or its links alone (English, 智能问答,
 * 本网站支持IPv6).
 */
export function topBar(t: string): ChromeNode['kind'] | null {
  if (t.length > 80) return null;
  const welcome = WELCOME.exec(t);
  const rest = welcome ? t.slice(welcome[0].length) : t;
  if (welcome && rest.length === 0) return 'other';
  // The bar's date widget, its date filled in by a script: 欢迎访问某区人民政府门户网站 今天是
  if (welcome && TODAY.test(rest)) return 'date-widget';
  if (!BAR_RUN.test(rest)) return null;
  return SWITCH.test(rest) ? 'accessibility' : 'navigation';
}
