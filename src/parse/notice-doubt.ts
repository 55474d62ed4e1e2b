import type { Notice, Plan } from '../model/types.js';

/**
 * Words that name a policy document's kind (文种) or what a plan is. A title with none of them
 * anywhere (我区召开科技创新工作推进会) is a headline of something else, such as a news report of
 * a meeting whose 一、二、三 paragraphs read as tasks. The list is wide on purpose: a doubt is
 * raised only when every one is missing.
 */
const POLICY_WORDS =
  '计划|方案|规划|意见|办法|措施|细则|规定|条例|纲要|要点|通知|通报|决定|公告|通告|指引|指南|清单|政策|任务|分工|实施|行动|工程|制度|规则|章程|标准|目录|批复|函|令|决议|纪要|报告|安排|部署|目标|责任|若干|要求|举措|须知|机制|预案|导则|守则|公约|协议|名单';

/**
 * The traditional forms of the words' characters (行動計劃, 行動計畫 of Hong Kong, Macau and
 * Taiwan): the check runs on the title as written, before any conversion, so a 繁体 title must
 * match as its simplified form does.
 */
const TRADITIONAL_FORMS: Readonly<Record<string, string>> = {
  计: '計', 划: '劃畫', 规: '規', 见: '見', 办: '辦', 细: '細', 则: '則', 条: '條', 纲: '綱', 点: '點',
  报: '報', 决: '決', 单: '單', 务: '務', 实: '實', 动: '動', 标: '標', 录: '錄', 复: '覆復', 议: '議',
  纪: '紀', 责: '責', 举: '舉', 须: '須', 机: '機', 预: '預', 导: '導', 约: '約', 协: '協',
};
const POLICY_WORD = new RegExp(
  [...POLICY_WORDS].map((c) => (TRADITIONAL_FORMS[c] ? `[${c}${TRADITIONAL_FORMS[c]}]` : c)).join(''),
);

/**
 * Titles of pages about a policy document that a site files beside it: its 解读 (政策解读 of a
 * 《…方案》 it quotes, 答记者问, 图解) and the yearly reports (政府信息公开工作年度报告, 工作总结).
 * They name policy words (政策, 方案 in the 《》, 报告), and their 一、二、 paragraphs read as a plan's
 * goals, so they are known by their ending (a site's name may follow: `…政策解读_青山区人民政府`),
 * even on a page with a header.
 */
const ABOUT_A_DOCUMENT = /(?:解[读讀]|答[记記]者[问問]|[图圖]解|[问問]答|年度[报報]告|工作[总總][结結])(?:[（(][^（()）]{0,12}[）)])?(?=$|\s|[_|｜—–-])/;

export interface NoticeEvidence {
  /** Label/value fields of a page header or front matter. */
  headerFields: number;
  /** A title from the header, front matter or `<meta>` tags. */
  metadataTitle: string | null;
  notice: Notice | null;
  plan: Plan | null;
}

/**
 * Why a text read as a notice only through its numbered items may be none, or null. Such a text
 * has no header, no notice wrapper, and a title (if any) that names no kind of policy document:
 * it is still parsed, with this as a warning, since an untitled plan copied without its page is
 * a notice too.
 */
export function noticeDoubt(e: NoticeEvidence): string | null {
  if (e.notice !== null) return null;
  const about = e.plan ? [e.plan.title, e.metadataTitle].find((t) => t && ABOUT_A_DOCUMENT.test(t)) : undefined;
  // Its ending says what the page is: shown rather than the 《》 it quotes.
  if (about) return `its title "${about.length > 30 ? `…${about.slice(-24)}` : about}" names an interpretation of a policy document or a yearly report, not a policy document: its numbered items were read as a plan, but this may not be a policy notice`;
  if (e.headerFields >= 2) return null;
  if (e.metadataTitle && POLICY_WORD.test(e.metadataTitle)) return null;
  if (e.plan && POLICY_WORD.test(e.plan.title)) return null;
  const title = e.plan?.title ? `its title "${short(e.plan.title)}" names no kind of policy document` : 'it has no title';
  return `no header or notice title, and ${title}: its numbered items were read as a plan, but this may not be a policy notice (a news report?)`;
}

const short = (title: string): string => (title.length > 30 ? `${title.slice(0, 30)}…` : title);
