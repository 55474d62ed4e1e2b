import { withoutBroaderPlaces } from './goals/other-place.js';
import type { Attachment, Goal, OutlineNode, Period, Plan, Position, Safeguard } from '../model/types.js';
import { arabicYears, parseDate, parseYearMonth } from '../text/date.js';
import { closeLetterSpacing, fold } from '../text/fold.js';
import { FIVE_YEAR_PLAN, fiveYearPlanEnd } from '../text/five-year-plan.js';
import { itemMarker } from './decimal-chapters.js';
import { bylineDateText } from './byline-date.js';
import { isTableCaption } from './body-tables.js';
import { mostlyHan } from './notice.js';
import { isOrganLine, isSignatureText } from './signature.js';
import type { Item, ParseContext } from './context.js';
import { extractGoals } from './goals/extract-goals.js';
import { TARGET_YEAR_LEAD } from './goals/target-year.js';
import { goalHeadingTitleYear, isGoalHeading, isGoalParagraph, targetStatementStart } from './goals/headings.js';
import { framedTargetsEnd, framedTargetsStart, goalIntroduction, isOneYearWorkPlan, openingTargetSentences } from './goals/statements.js';
import { collectTasks } from './tasks.js';
import { collectBoxes } from './boxes.js';
import { unreadTargetMessage, unreadTargets } from './goals/unread-targets.js';
import { walk } from './outline.js';
import { mentionsSafeguards, namesSafeguards } from './safeguard-heading.js';
import { leadPhraseEnd } from './lead-phrase.js';
import { append } from '../util/append.js';

function isPlanTitleLine(item: Item): boolean {
  const t = item.match.trim();
  // 序号 alone opens the header of a table flattened one cell per line under the title.
  return !(
    item.block.kind === 'table' || t.length > 60 || /[。;,:]/.test(t) || !mostlyHan(t) || itemMarker(item) || isBylineDate(t) || /^(?:序号|编号)$/.test(t)
  );
}

/** 2023年8月, 2023年8月15日, 二〇二三年八月: a date alone on its line, the day left out or not. */
function isBylineDate(match: string): boolean {
  const t = bylineDateText(match);
  return parseDate(t) !== null || parseYearMonth(t) !== null;
}

/**
 * The body that issued a plan printed without its notice, and the date, on lines of their own
 * under its title (…调整方案 / 某某市发展和改革委员会 / 2023年8月): the lines at `k` that give them
 * (none when they are not there). A name is taken for one only with a date right under it: a
 * title's second line may end in 局 or 委员会 too.
 */
function titleByline(items: readonly Item[], k: number): Item[] {
  const item = items[k];
  if (!item || item.block.kind === 'table') return [];
  if (isBylineDate(item.match)) return [item];
  const next = items[k + 1];
  const t = item.match.trim();
  if (!next || next.block.kind === 'table' || !isBylineDate(next.match) || !isSignatureText(t, item.text) || /^(?:各|有关|相关|其他)/.test(t)) return [];
  return [item, next];
}

/** A note's label: 特别提示：, 温馨提示：, 编者按：, 注：, 说明：, 备注：. */
const NOTE_LABEL = /^[\u4e00-\u9fff]{0,4}(?:提示|提醒|说明|编者按|按语|注|备注)\s*:/;

/** A labelled note on a line of its own, right above a title line that reads whole. */
function labelledNoteAbove(item: Item, next: Item | undefined): boolean {
  if (item.block.kind === 'table' || !next || !NOTE_LABEL.test(item.match.trim()) || itemMarker(item)) return false;
  return isPlanTitleLine(next) && WHOLE_TITLE.test(next.match.trim());
}

/** What a title that reads whole ends with: a kind of document, then perhaps its period or a note in brackets. */
const WHOLE_TITLE = /(?:规划|方案|计划|意见|措施|举措|办法|细则|要点|纲要|报告|规定|指引|指南|清单|条例|通知|决定)(?: ?\([^()]{1,20}\))?$/;

/**
 * The issuing body alone on the line under a title that already reads whole (…实施方案 / 区发展改革委,
 * 关于…计划的报告 / （某市发展和改革委员会））: the plan's byline without a date, not more of its
 * title. Under a title that does not read whole yet, such a line may be the title's own second line.
 */
function undatedByline(lines: readonly Item[], item: Item): boolean {
  if (item.block.kind === 'table' || !WHOLE_TITLE.test(lines.map((l) => l.match.trim()).join(''))) return false;
  const t = item.match.trim().replace(/^\((.+)\)$/, '$1');
  return isOrganLine(t);
}

/**
 * The plan's title: up to three short lines before its first paragraph or item. Up to two lines
 * of stray non-Chinese text before it are stepped over (and left to be reported as unparsed).
 * The issuer and date printed under it (`byline`) end it.
 */
export function findPlanTitle(items: Item[]): { title: Item[]; skipped: Item[]; byline: Item[] } {
  let start = 0;
  while (start < Math.min(items.length, 2) && !mostlyHan(items[start]!.match) && items[start]!.block.kind !== 'table') start++;
  // A labelled note between the notice and the plan (特别提示：本方案第6项任务已停止执行。) is stepped
  // over too, when a title that reads whole follows it: left unparsed and reported, not taken for the plan's text.
  while (start < Math.min(items.length, 2) && labelledNoteAbove(items[start]!, items[start + 1])) start++;
  const lines: Item[] = [];
  let byline: Item[] = [];
  for (let k = start; k < items.length; k++) {
    const item = items[k]!;
    if (lines.length > 0) byline = titleByline(items, k);
    if (lines.length > 0 && byline.length === 0 && undatedByline(lines, item)) byline = [item];
    if (byline.length > 0 || lines.length >= 3 || !isPlanTitleLine(item)) break;
    if (item.block.kind === 'heading' && lines.length > 0 && !headingGoesOn(lines, items, k)) break;
    if (lines.length > 0 && capturesTable(lines, items, k)) break;
    lines.push(item);
  }
  if (lines.length) return { title: lines, skipped: items.slice(0, start), byline };
  const heading = headingTitleAt(items);
  return heading ? { title: heading.lines, skipped: [], byline: titleByline(items, heading.at + heading.lines.length) } : { title: [], skipped: [], byline: [] };
}

/**
 * Whether the heading at `k` goes on with the title's heading lines above it: a page that cuts its
 * title heading with a <br> (<h2>某区促进数字经济发展<br>三年行动计划（2023—2025年）</h2>), or prints it
 * in two headings of one level, gives a heading a line. It goes on when the lines so far name no kind
 * of document and, with this line and up to the third, do (…发展 | 三年行动计划); or when it is only the
 * period or note in brackets after a title that already does (…行动计划 | （2023—2025年）), in a
 * heading of its level or a smaller one. Any other heading under a whole title, or a line of another
 * level before it is whole, is the plan's first heading, not more of its title.
 */
function headingGoesOn(lines: readonly Item[], items: readonly Item[], k: number): boolean {
  const last = lines[lines.length - 1]!;
  const depth = (item: Item): number => item.block.depth ?? 1;
  const sameHeading = (item: Item | undefined): item is Item => item !== undefined && item.block.kind === 'heading' && depth(item) === depth(last) && isPlanTitleLine(item);
  if (last.block.kind !== 'heading') return false;
  // The period printed as a smaller heading under the title (<h2>…行动计划</h2><h3>（2023—2025年）</h3>)
  // is the title's still: a heading of a lower level is the plan's first heading only when it says more.
  const next = items[k];
  if (PLAN_TITLE.test(titleKey(lines))) return next !== undefined && next.block.kind === 'heading' && depth(next) >= depth(last) && isTitleBracket(next.match);
  if (!sameHeading(next)) return false;
  const run = [...lines];
  for (let j = k; j < items.length && run.length < 3 && sameHeading(items[j]); j++) {
    run.push(items[j]!);
    if (PLAN_TITLE.test(titleKey(run))) return true;
  }
  return false;
}

/**
 * A caption line (重点任务分解表, often centred as the title is) after a title that already reads
 * whole (…实施方案), right above a table or the 序号 that opens a flattened one: the table's caption,
 * not more of the title.
 */
function capturesTable(lines: readonly Item[], items: readonly Item[], k: number): boolean {
  const next = items[k + 1];
  const title = lines.map((l) => l.match.trim()).join('');
  return (
    isTableCaption(items[k]!) &&
    PLAN_TITLE.test(title.replace(/（/g, '(').replace(/）/g, ')')) &&
    next !== undefined &&
    (next.block.kind === 'table' || /^(?:序号|编号)$/.test(next.match.trim()))
  );
}

/**
 * A line that is only a title's period or note in brackets (（2023—2025年）, （试行）, (征求意见稿)),
 * not a numbered heading's marker alone (（一）, （1）).
 */
function isTitleBracket(line: string): boolean {
  const m = /^\s*[（(]([^（）()]{1,20})[）)]\s*$/.exec(line);
  return m !== null && !/^[一二三四五六七八九十百零〇\d０-９]+$/.test(m[1]!.trim());
}

/** A title's lines as one, brackets folded half-width, for PLAN_TITLE. */
function titleKey(lines: readonly Item[]): string {
  return lines.map((l) => l.match.trim()).join('').replace(/（/g, '(').replace(/）/g, ')');
}

/** What a plan's own title ends with: its kind, then perhaps its period or a note in brackets (（2021—2025年）, （试行）). */
const PLAN_TITLE = /(?:规划|方案|计划|意见|措施|举措|办法|细则|要点|纲要)(?: ?\([^()]{1,20}\))?$/;

/**
 * A plan whose title is not its first line: a page that shows the notice's title only in its header
 * prints the notice's addressees, text, signature and date, then the plan's title as a heading
 * (<h2>某某规划（2021—2025年）</h2>, ## 某某方案) over its 一、二、. That heading is the title, as a
 * first line would be, not an unnumbered heading holding the whole plan. Only a heading (h1–h4)
 * that names a plan, before the first numbered item: a heading in prose is no evidence of a title.
 */
function headingTitleAt(items: readonly Item[]): { at: number; lines: Item[] } | null {
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.block.kind !== 'table' && itemMarker(item)) return null;
    if (item.block.kind !== 'heading' || (item.block.depth ?? 1) > 4 || !isPlanTitleLine(item)) continue;
    // The heading's lines, when a <br> or a second heading of its level cuts it (see headingGoesOn).
    const run = [item];
    while (run.length < 3 && k + run.length < items.length && headingGoesOn(run, items, k + run.length)) run.push(items[k + run.length]!);
    if (PLAN_TITLE.test(titleKey(run))) return { at: k, lines: run };
  }
  return null;
}

/** A target a goal paragraph states that no goal took is reported, not silently dropped. */
function reportUnreadTargets(ctx: ParseContext, text: string, match: string, position: (a: number, b: number) => Position, read: Goal[], firstYear?: number, yearOpens = false): void {
  // Goal spans by start, each with the furthest end of those up to it: a span is covered when the
  // last goal starting at or before it reaches its end (a run-on paragraph has thousands of both).
  const byStart = [...read].sort((x, y) => x.position.start.offset - y.position.start.offset);
  const spans = byStart.map((g) => [g.position.start.offset, g.position.end.offset] as const);
  const reach: number[] = [];
  for (const [k, [, end]] of spans.entries()) reach.push(Math.max(end, reach[k - 1] ?? -1));
  const isRead = (a: number, b: number): boolean => {
    const span = position(a, b);
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as readonly [number, number])[0] <= span.start.offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0 || (reach[lo - 1] as number) < span.end.offset) return false;
    // 分别控制在36、34和32微克/立方米: a figure inside the name of the goal read last before it was
    // taken for words of the name, not read.
    const figure = text.slice(a, b);
    const last = byStart[lo - 1] as Goal;
    return last.position.end.offset < span.end.offset || last.raw === figure || !figureIn(last.indicator, figure);
  };
  for (const t of unreadTargets(text, match, isRead, firstYear, yearOpens)) ctx.report('goal-figure-unread', 'warning', unreadTargetMessage(t), position(t.from, t.to));
}

/**
 * Whether `figure` stands in `words` as a number of a list of its own (36、34和…: not inside a
 * longer one, and with no unit after it). A figure with its unit in a name (年营收超5亿元企业) is
 * part of the name.
 */
function figureIn(words: string, figure: string): boolean {
  for (let at = words.indexOf(figure); at >= 0; at = words.indexOf(figure, at + 1)) {
    if (!/[\d.,]/.test(words.charAt(at - 1)) && /^(?:[、和及与,，]|$)/.test(words.charAt(at + figure.length))) return true;
  }
  return false;
}

/** Years a plan covers, from a title such as …(2020—2022年) or 2021年…方案. */
/** A note in brackets on when a text was revised, adopted or issued: （2024年修订）, （…常务会议审议通过）. */
const REVISION_NOTE = /\([^()]*?(?:修订|修正|修改|通过|印发|发布)\)/g;

export function periodOf(...written: Array<string | null | undefined>): Period {
  // （２０２３—２０２５年）: full-width digits read as any others, and so do Chinese numerals (二〇二五年).
  // 某某实施方案（2024年修订）: the year of a revision (or of the meeting that adopted it) is no year the plan covers.
  const titles = written.map((t) => (t ? arabicYears(fold(t)).replace(REVISION_NOTE, '') : t));
  for (const title of titles) {
    if (!title) continue;
    const range = /((?:19|20)\d{2}) ?年? ?[—–\-~～至到]+ ?((?:19|20)\d{2}) ?年?/.exec(title);
    if (range) return { start: Number(range[1]), end: Number(range[2]) };
  }
  for (const title of titles) {
    if (!title) continue;
    // …第十四个五年规划和二〇三五年远景目标纲要: 2035 is the outlook, not the years the plan covers.
    const single = /((?:19|20)\d{2}) ?年(?!远景)/.exec(title);
    if (single) return { start: Number(single[1]), end: Number(single[1]) };
  }
  // “十四五”节能减排实施方案: a plan named after a five-year plan covers its years (十一五 2006–2010 …
  // 十五五 2026–2030); only when no title gives years of its own.
  for (const title of titles) {
    const fiveYear = title?.includes('五') ? FIVE_YEAR_PLAN.exec(title) : null;
    if (fiveYear) {
      const end = fiveYearPlanEnd(fiveYear[1]!);
      return { start: end - 4, end };
    }
  }
  // 2035年远景目标纲要 alone: the outlook's year is all the title gives.
  for (const title of titles) {
    const outlook = title ? /((?:19|20)\d{2}) ?年远景/.exec(title) : null;
    if (outlook) return { start: Number(outlook[1]), end: Number(outlook[1]) };
  }
  return { start: null, end: null };
}

/**
 * The safeguards part (the plan's closing part titled so), or null; headings are recognised on the
 * matching copy (`normalize`) without letter-spacing, so 組織實施 and 保　障　措　施 count.
 *
 * A part titled by a safeguard heading (三、保障措施, 四、加强组织实施) is the safeguards part; one
 * only speaking of safeguards (强化要素保障, 二、坚持从严治党，强化工作保障) is so only when none of
 * its items is a task. A part whose items name who does them is still a task part, whatever its title,
 * when it is no closing part (a part with tasks stands after it) or when its items number on from
 * the parts above (一、… 1. 2. / 二、加强组织实施 3.…（牵头单位：A） 4.…): the plan's list of tasks goes
 * on through it.
 */
export function safeguardsPart(outline: OutlineNode[], normalize: (text: string) => string = (t) => t): OutlineNode | null {
  // The heading's own clause counts too: a 若干措施's last measure (二、优化人才服务保障。…A牵头) is a task, no safeguard.
  const hasTasks = (n: OutlineNode): boolean => n.responsibility !== null || n.children.some(hasTasks);
  const isTaskPart = (n: OutlineNode, at: number): boolean =>
    hasTasks(n) && (outline.slice(at + 1).some(hasTasks) || numbersOn(outline, at));
  // Safeguards close a plan: of several parts so named, the last.
  for (let at = outline.length - 1; at >= 0; at--) {
    const n = outline[at] as OutlineNode;
    const title = normalize(n.title);
    if (namesSafeguards(title) ? !isTaskPart(n, at) : mentionsSafeguards(title) && !hasTasks(n)) return n;
  }
  return null;
}

/**
 * Whether the items of the part at `at` number on from those of the parts above it (一、 › 1. 2. /
 * 二、 › 3. 4.), as one list does, rather than starting again at 1 (or （一）).
 */
function numbersOn(outline: OutlineNode[], at: number): boolean {
  const first = outline[at]?.children.find((c) => !c.inline && c.kind !== 'box');
  if (!first || first.ordinal === null || first.ordinal <= 1) return false;
  for (let k = at - 1; k >= 0; k--) {
    const last = [...(outline[k] as OutlineNode).children].reverse().find((c) => !c.inline && c.kind === first.kind);
    if (last) return last.ordinal === first.ordinal - 1;
  }
  return false;
}

/** The safeguards of the safeguards part (see safeguardsPart). */
export function collectSafeguards(outline: OutlineNode[], normalize: (text: string) => string = (t) => t, part = safeguardsPart(outline, normalize)): Safeguard[] {
  if (!part) return [];
  // Enumerations inside the part's paragraphs (一是…；二是…) are its text, not safeguards of their own.
  // A closing article in the part (第八条 本方案自印发之日起施行) says when the plan takes effect, not how it is safeguarded.
  // A 专栏 box in the part lists projects, not a safeguard.
  const own = part.children.filter((c) => !c.inline && c.kind !== 'box' && !isClosingStatement(normalize(c.text)));
  if (own.length === 0) {
    const led = ledParagraphs(part, normalize);
    if (led) return led;
  }
  const nodes = own.length > 0 ? own : [part];
  return nodes.map((n) => ({
    number: n.number,
    label: n.label,
    title: n.title,
    text: [afterTitle(n), ...n.paragraphs.slice(1).map((p) => p.text)]
      .filter((t) => t.length > 0)
      .join('\n')
      .trim(),
    ...unitsOf(n),
    position: n.position,
  }));
}

/**
 * The safeguards of a part written without numbers, one a paragraph under its heading, each opening
 * with its lead phrase (三、保障措施 / 加强组织领导。成立… / 强化资金保障。…, the phrase often in bold):
 * one safeguard a paragraph, titled by its phrase. Null unless every paragraph under the heading so
 * opens (two at least), and the heading stands alone: a part that speaks in sentences of its own
 * (各部门要高度重视。…, 区财政局负责…) is one safeguard, as before.
 */
function ledParagraphs(part: OutlineNode, normalize: (text: string) => string): Safeguard[] | null {
  const [heading, ...body] = part.paragraphs;
  if (!heading || body.length < 2 || afterTitle(part) !== '') return null;
  const ends = body.map((p) => leadPhraseEnd(normalize(p.text)));
  if (ends.some((end) => end < 0)) return null;
  return body.map((p, k) => {
    const end = ends[k]!;
    const within = (at: Position): boolean => p.position.start.offset <= at.start.offset && at.end.offset <= p.position.end.offset;
    return {
      number: '',
      label: '',
      title: p.text.slice(0, end).trim(),
      text: p.text.slice(end + 1).trim(),
      ...unitsOf(part, within),
      position: p.position,
    };
  });
}

/**
 * The units the clauses of a safeguard's item and its sub-items name, each once; none when they name
 * none. Of a part whose paragraphs are safeguards each, only the clauses `within` the paragraph's.
 */
function unitsOf(node: OutlineNode, within: (at: Position) => boolean = () => true): Pick<Safeguard, 'lead' | 'participants' | 'roles'> {
  const clauses: NonNullable<OutlineNode['responsibility']>[] = [];
  walk([node], (n) => {
    if (n.responsibility && within(n.responsibility.position)) clauses.push(n.responsibility);
  });
  if (clauses.length === 0) return {};
  const once = (names: string[]): string[] => [...new Set(names)];
  return {
    lead: once(clauses.flatMap((c) => c.lead)),
    participants: once(clauses.flatMap((c) => c.participants)),
    roles: clauses.flatMap((c) => c.roles.map((r) => ({ ...r, units: [...r.units] }))),
  };
}

/**
 * What an item's first paragraph says after its title: `（一）加强组织领导。成立领导小组…` runs on
 * into the body, where `(一)加强组织领导` on a line of its own has nothing after it.
 */
function afterTitle(node: OutlineNode): string {
  const first = node.paragraphs[0]?.text ?? '';
  if (!node.title || !first.startsWith(node.title)) return '';
  // A half-width full stop ends a title as 。 does ((一)加强组织领导.成立…), but not a decimal point.
  return first.slice(node.title.length).replace(/^(?:[\s:：;；,，、。！？!?]|\.(?!\d))+/, '').trim();
}

/**
 * 一、2024年主要预期目标, （二）中期目标（2026—2027年）: the year of the innermost goal heading of
 * `nodes` (outermost first) that names one.
 */
export function goalHeadingYear(nodes: readonly OutlineNode[], normalize: (text: string) => string): number | undefined {
  for (const n of [...nodes].reverse()) {
    const year = goalHeadingTitleYear(arabicYears(closeLetterSpacing(normalize(n.title))));
    if (year !== undefined) return year;
  }
  return undefined;
}

/** The year of a plan that covers one year (某市2024年工作方案). */
export function singleYear(period: Period): number | undefined {
  return period.start !== null && period.start === period.end ? period.start : undefined;
}

/** A part that states the plan's aims without a 目标 heading of its own: 一、总体要求. */
const OVERALL_HEADING = /^(?:总体要求|总体思路|总体安排|总则|指导思想)$/;
/**
 * A line that only names the year of the targets after it, under a goal heading: 1.2023年目标,
 * 2024年主要目标：, （一）2025年目标.
 */
const YEAR_HEADING_LINE = /^\s*(?:\d{1,2} ?[.、] ?|[(（][一二三四五六七八九十\d]{1,2}[)）] ?)?(\d{4}) ?年[^\d,，。;；:：]{0,8}?(?:目标|指标)(?:任务)?[:：]?\s*$/;
/** The target year a paragraph names: 到2025年, 至2025年底, 力争2024年. */
const LEAD_IN_YEAR = new RegExp(`${TARGET_YEAR_LEAD}(\\d{4}) ?年`);
/** Every year a paragraph names (2025年, 2026年). */
const YEARS_NAMED = /\d{4}(?= ?年)/g;
/** A paragraph that opens with its target year: 到2026年，…, 力争到2026年底，…, 力争2026年，…. */
const TARGET_YEAR_OPENING = new RegExp(`^${TARGET_YEAR_LEAD}(\\d{4}) ?年`);
/** A goal heading's words run into its first paragraph, up to the full stop after them: 工作目标。. */
const RUN_IN_HEADING = /^[^。:：,，\d]{1,20}?(?:目标|指标)[。:：] ?/;
/** A line of a list of aims opening with a dash (——公共服务更加均衡。…). */
const DASHED_LINE = /^\s*[—–―-]{1,2}/;
/**
 * One of a plan's first articles (第二条　到2027年，…), which state its aims before its measures;
 * not one that names who carries it out, a task.
 */
function isOpeningArticle(node: OutlineNode): boolean {
  return node.kind === 'article' && node.ordinal !== null && node.ordinal <= 3 && node.responsibility === null;
}

/** The earlier of two offsets in a paragraph, -1 meaning none. */
function earliest(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/**
 * Goals come from the paragraphs of items titled with 目标/指标 (工作目标, 主要目标 …), from
 * paragraphs that carry such a label themselves (具体指标：…), wherever they stand, and from
 * paragraphs of a 总体要求 part that open with their target year.
 */
export function collectGoals(
  ctx: ParseContext,
  outline: OutlineNode[],
  preamble: Item[],
  itemAt: (offset: number) => Item | undefined,
  period: Period = { start: null, end: null },
  opening: { title?: string; noticeYear?: number } = {},
): Goal[] {
  const goals: Goal[] = [];
  const fromParagraph = (item: Item, from: number, length: number, year?: number): void => {
    const text = item.text.slice(from, from + length);
    const match = item.match.slice(from, from + length);
    const position = (a: number, b: number): Position => ctx.spanPosition(item, from + a, from + b);
    const unpaired = (message: string, a: number, b: number): void => ctx.report('goal-list-unpaired', 'warning', message, position(a, b));
    const read = extractGoals({ text, match, position, unpaired, normalize: ctx.normalize, ...(year !== undefined ? { year } : {}), ...(period.end !== null ? { periodEnd: period.end } : {}), ...(period.start !== null ? { periodStart: period.start } : {}) });
    // The province's figure beside the district's is read (so not reported as unread) but no target.
    append(goals, withoutBroaderPlaces(read));
    reportUnreadTargets(ctx, text, match, position, read, period.start ?? undefined);
  };
  // 某市2024年工作方案: the targets of a one-year plan are for that year unless they name another.
  const planYear = singleYear(period);
  const headingYear = (nodes: OutlineNode[]): number | undefined => goalHeadingYear(nodes, ctx.normalize);
  // 到2025年，主要目标如下： — the year of a lead-in holds for the list of targets after it.
  let leadIn: { node: OutlineNode; year: number } | null = null;
  // 到2025年，X达到…。 then ——公共服务更加均衡。Y保持100%。: the dashed lines after a paragraph
  // that names its target year go on with its targets, of that year unless they name their own; so
  // do the later paragraphs of the goal section (到2025年，…。 then 累计新增上云企业1200家。) when
  // that paragraph names no other year of the plan's time or later (stages, 到2025年…；到2027年…,
  // or a list, 到2025年、2026年, leave a later one open) and is no review (到2022年底，已建成…).
  let yearStated: { node: OutlineNode; year: number; alone: boolean } | null = null;
  // 今年…主要预期目标是：… — this year is the plan's, or else the year of the notice that issues it.
  const thisYear = planYear ?? opening.noticeYear;
  const introduced = (match: string): { start: number; year?: number } | null => {
    const intro = goalIntroduction(match);
    if (!intro) return null;
    const year = intro.thisYear ? thisYear : planYear;
    return { start: intro.start, ...(year !== undefined ? { year } : {}) };
  };
  // A 工作要点 whose tasks stand only in an annex table has no parts: its opening paragraph is all
  // its text, and states its targets as well.
  const workPlan = (outline.length > 0 || preamble.length > 0) && isOneYearWorkPlan(ctx.normalize(opening.title ?? ''), planYear);
  // 2024年，全区…综合利用率达到92%: a one-year plan's opening paragraph states its year's targets
  // (before its first part; a paragraph of review, 2023年，…, is about an earlier year). In any
  // other plan such targets are not read, and are reported as unread rather than dropped.
  const framedTargets = (item: Item): void => {
    const framed = planYear !== undefined && (outline.length > 0 || workPlan) ? framedTargetsStart(item.match, planYear) : -1;
    if (framed >= 0 && workPlan) fromParagraph(item, framed, framedTargetsEnd(item.match, framed) - framed, planYear);
    else if (framed >= 0) {
      const text = item.text.slice(framed);
      reportUnreadTargets(ctx, text, item.match.slice(framed), (a, b) => ctx.spanPosition(item, framed + a, framed + b), [], undefined, true);
    }
  };
  // 一、总体要求 … 2024年，全县…压缩至0.5个工作日以内: in a part of aims a sentence framed by a year
  // of the plan without 到 states that year's targets too, as 到2024年底，… does: the one year of a
  // one-year plan (or a later one), a year in digits within the period of any other; a sentence on
  // an earlier year (2023年，全县…达到…) reviews, it sets nothing.
  const framedAimsStart = (paragraph: string): number => {
    if (planYear !== undefined) return framedTargetsStart(paragraph, planYear);
    if (period.start === null || period.end === null) return -1;
    const start = framedTargetsStart(paragraph, period.start);
    const year = start >= 0 ? /^\s*(\d{4}) ?年/.exec(arabicYears(paragraph.slice(start))) : null;
    return year && Number(year[1]) <= period.end ? start : -1;
  };
  // A target year before the notice's is a review of what was done (到2023年底，全区已建成…).
  const fromYear = opening.noticeYear ?? period.start ?? undefined;
  const openingTargets: Array<{ item: Item; openings: Array<[number, number]> }> = [];
  for (const item of preamble) {
    const start = isGoalParagraph(item.match) ? 0 : targetStatementStart(item.match, false);
    if (start >= 0) {
      fromParagraph(item, start, item.text.length - start);
      continue;
    }
    const intro = introduced(item.match);
    if (intro) {
      fromParagraph(item, intro.start, item.text.length - intro.start, intro.year);
      continue;
    }
    // 为…，制定以下措施。到2025年，全区培育…5个以上; 为加快…，到2024年底，全区…达到120亿元，特制定本方案:
    // the opening paragraph states targets of the plan; read once its parts' goals are known.
    const openings = outline.length > 0 ? openingTargetSentences(item.match, fromYear) : [];
    if (openings.length > 0) openingTargets.push({ item, openings });
    else framedTargets(item);
  }
  const inGoalSection = new Set<OutlineNode>();
  walk(outline, (node, ancestors) => {
    // An enumeration inside a paragraph is read with that paragraph already.
    if (node.inline) return;
    const underGoal = isGoalHeading(ctx.titleKey(node.title)) || ancestors.some((a) => inGoalSection.has(a));
    if (underGoal) inGoalSection.add(node);
    node.paragraphs.forEach((p, k) => {
      const item = itemAt(p.position.start.offset);
      if (!item) return;
      const from = item.text.indexOf(p.text);
      if (from < 0) return;
      const paragraph = item.match.slice(from, from + p.text.length);
      // The heading line of a goal section holds no targets of its own; run into its lead-in
      // (（一）主要目标。到2026年，实现以下目标：) it gives the year of the targets listed under it.
      if (k === 0 && isGoalHeading(ctx.titleKey(node.title)) && p.text.length <= 20) {
        const year = /(?:[:：]|如下[。]?)\s*$/.test(paragraph) ? LEAD_IN_YEAR.exec(arabicYears(paragraph)) : null;
        if (year) leadIn = { node, year: Number(year[1]) };
        return;
      }
      // 1.2023年目标 on a line of its own under the goal heading (read as no item: 1.2023 could be a
      // decimal) heads the targets of that year, up to the next such line.
      const yearLine = underGoal ? YEAR_HEADING_LINE.exec(arabicYears(paragraph)) : null;
      if (yearLine) {
        leadIn = { node, year: Number(yearLine[1]) };
        return;
      }
      // A part of aims (总体要求, 指导思想) states its targets from the sentence that opens with the
      // target year on (以习近平…为指导，…。到2027年，…); an opening article of the plan
      // (第二条　到2027年，…) when it opens with it. A year's labelled aims (2025年…总体要求是：…) count
      // wherever they stand.
      const aimsPart = OVERALL_HEADING.test(ctx.titleKey(node.title)) || ancestors.some((a) => OVERALL_HEADING.test(ctx.titleKey(a.title)));
      const aims = underGoal || isGoalParagraph(paragraph) ? 0 : earliest(targetStatementStart(paragraph, aimsPart || isOpeningArticle(node)), aimsPart ? framedAimsStart(paragraph) : -1);
      // 总体要求 … 今年全区主要预期目标是：…: a part of aims may introduce its targets under a label.
      const intro = aims < 0 && aimsPart ? introduced(paragraph) : null;
      const start = intro ? intro.start : aims > 0 && !aimsPart && node.kind === 'article' ? -1 : aims;
      const dashed = DASHED_LINE.test(paragraph);
      const carried = intro
        ? intro.year
        : leadIn && (leadIn.node === node || ancestors.includes(leadIn.node))
          ? leadIn.year
          : underGoal && yearStated?.node === node && (dashed || yearStated.alone)
            ? yearStated.year
            : undefined;
      // Under a goal heading whose year is known (一、2024年主要预期目标, or a one-year plan) a
      // figure without a verb of its own (地区生产总值增长5.5%左右) is a target of that year. A goal
      // heading without a year is no such frame: 目标任务 and 指标体系 also head prose (选择…11个城市).
      const sectionYear = underGoal ? (carried ?? headingYear([...ancestors, node]) ?? planYear) : carried;
      const goalsBefore = goals.length;
      if (start >= 0) fromParagraph(item, from + start, p.text.length - start, sectionYear);
      if (underGoal) {
        const paragraph = arabicYears(item.match.slice(from, from + p.text.length)).trim();
        const year = /(?:[:：]|如下[。]?)$/.test(paragraph) ? LEAD_IN_YEAR.exec(paragraph) : null;
        // （一）工作目标。到2026年，基本建成…网络。 then 1.… 2.…: a paragraph that opens with its target
        // year and sets no target of its own is the lead-in of the targets under it, as one ending 如下： is.
        // (The heading's words run into it: 工作目标。到2026年，….)
        const aimsYear = year ?? (goals.length === goalsBefore && !dashed ? TARGET_YEAR_OPENING.exec(k === 0 ? paragraph.replace(RUN_IN_HEADING, '') : paragraph) : null);
        if (aimsYear) leadIn = { node, year: Number(aimsYear[1]) };
        // A dashed line's own year is its own; the lines after it go on with the paragraph's, as do
        // the paragraphs after it that name none.
        const own = dashed ? null : LEAD_IN_YEAR.exec(paragraph);
        if (own) {
          const year = Number(own[1]);
          // Years before the plan's are bases and reviews (比2022年提高, 2023年为45%), no frame.
          const later = (paragraph.match(YEARS_NAMED) ?? []).map(Number).filter((y) => fromYear === undefined || y >= fromYear);
          const alone = later.every((y) => y === year) && (fromYear === undefined || year >= fromYear);
          yearStated = { node, year, alone };
        }
      }
    });
  });
  // The opening paragraph's targets are the plan's beside those of its parts; one its parts state
  // again (the same indicator, year and figure) is theirs, read once, where the goal section puts it.
  const stated = goals.slice();
  for (const { item, openings } of openingTargets) {
    // A one-year work plan's paragraph is read on from its first sentence framed by its year, as
    // framedTargets reads it (2024年，…。全区…达到…: the sentences after it too).
    const framed = workPlan && planYear !== undefined ? framedTargetsStart(item.match, planYear) : -1;
    // A purpose sentence whose year the framed reading starts at too (为…，2024年…，特制定本方案) is read
    // as an opening, up to the clause that says the plan is made.
    const same = openings.find(([start]) => start === framed);
    const spans: Array<[number, number, number?]> = framed < 0 ? openings : [...openings.filter(([start]) => start < framed), same ? [same[0], same[1], planYear] : [framed, framedTargetsEnd(item.match, framed), planYear]];
    for (const [start, end, year] of spans) {
      const before = goals.length;
      fromParagraph(item, start, end - start, year);
      const read = goals.splice(before);
      append(goals, read.filter((g) => !stated.some((s) => restates(s, g))));
    }
  }
  // Read last, they stand first: goals are listed in the order of the text.
  if (goals.length > stated.length) goals.sort((a, b) => a.position.start.offset - b.position.start.offset);
  return goals;
}

/** 全区, 全市 …: the scope an indicator may be written with in one place and without in another. */
const SCOPE = /^(?:全区|全市|全县|全省|全国|本区|本市|本县)/;

/**
 * Whether `goal` states again what `other` states: the same year, figure and unit, and the same
 * indicator with or without its scope (全区数字经济核心产业增加值 ~ 数字经济核心产业增加值).
 */
function restates(other: Goal, goal: Goal): boolean {
  if (other.year !== goal.year || other.value !== goal.value || other.unit !== goal.unit || other.relative !== goal.relative) return false;
  const a = other.indicator.replace(/\s+/g, '').replace(SCOPE, '');
  const b = goal.indicator.replace(/\s+/g, '').replace(SCOPE, '');
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

export interface PlanParts {
  title: string;
  titlePosition: Position | null;
  preamble: Item[];
  outline: OutlineNode[];
  attachments: Attachment[];
  titles: Array<string | null>;
  /** The 附件 heading above a plan printed as an annex. */
  printedAs?: Item;
  /** Closing statements after the outline (本办法自…施行). */
  closing?: Item[];
  /** The issuer's and date's lines under the title (findPlanTitle's `byline`). */
  byline?: Item[];
  /** The year of the notice that issues the plan (its signature date), for a plan's 今年. */
  noticeYear?: number;
}

/** The issuer and date under the plan's title, from their lines: the issuer's (if any), then the date's. */
function bylineOf(ctx: ParseContext, lines: readonly Item[]): Plan['byline'] {
  const dateLine = lines[lines.length - 1]!;
  const parsed = parseDate(bylineDateText(dateLine.match));
  // The issuer alone (see undatedByline), in brackets or not: no date line under it.
  if (lines.length === 1 && !isBylineDate(dateLine.match)) {
    const issuer = dateLine.text.trim().replace(/^[(（]\s*(.+?)\s*[)）]$/, '$1');
    return { issuer, date: null, dateText: null, position: ctx.blockPosition(dateLine) };
  }
  return {
    issuer: lines.length > 1 ? lines[0]!.text.trim() : null,
    date: parsed?.valid ? parsed.iso : null,
    dateText: dateLine.text.trim(),
    position: ctx.rangePosition(lines[0]!, dateLine),
  };
}

/**
 * A statement that closes a plan rather than continuing its last item: when it takes effect
 * (本措施自印发之日起施行), who interprets it (由…负责解释), how long it is valid (有效期…).
 */
export function isClosingStatement(match: string): boolean {
  return CLOSING.test(match.trim());
}

/**
 * How a document names itself: 本 + a kind of document (方案, 举措, 规划, 要点 …), with up to two of
 * the words that qualify it before (本实施方案, 本若干举措, 本专项行动方案, 本暂行办法, 本政策措施).
 */
const SELF_KIND = '(?:方案|计划|规划|措施|举措|办法|意见|细则|规定|政策|通知|规则|指引|指南|要点|纲要|条例|决定|标准|清单|公告|通告)';
const SELF_QUALIFIER = '(?:实施|行动|工作|专项|若干|暂行|试行|补充|管理|指导|配套|政策|三年行动)';

const CLOSING = new RegExp(
  `^(?:本${SELF_QUALIFIER}{0,2}${SELF_KIND}[^。]{0,30}(?:施行|起实施|起执行|生效|负责解释|有效期)|以上(?:措施|举措|政策|条款)[^。]{0,20}(?:施行|实施|执行))`,
);

export function assemblePlan(ctx: ParseContext, parts: PlanParts, itemAt: (offset: number) => Item | undefined): Plan {
  // The items of the safeguards part say how the plan is safeguarded: safeguards, never tasks or
  // their sections, whatever units their clauses name (those stay on the safeguard).
  const safeguards = safeguardsPart(parts.outline, ctx.normalize);
  const { tasks, sections } = collectTasks(safeguards ? parts.outline.filter((n) => n !== safeguards) : parts.outline, ctx.simplify);
  const period = periodOf(...parts.titles);
  const boxes = collectBoxes(parts.outline);
  return {
    title: parts.title,
    titlePosition: parts.titlePosition,
    period,
    // A table before the first item is one of the plan's tables (`tables`), not preamble prose.
    // Its caption right above it (重点任务分解表) is the table's caption, no paragraph either.
    preamble: parts.preamble
      .filter((p, j) => p.block.kind !== 'table' && !(isTableCaption(p) && parts.preamble[j + 1]?.block.kind === 'table'))
      .map((p) => ({ text: p.text, position: ctx.blockPosition(p) })),
    // A 专栏 box after a part's text stands beside the part in the outline, but is no part of the plan.
    parts: parts.outline.filter((n) => n.kind !== 'box').map((n) => ({ number: n.number, label: n.label, title: n.title, position: n.position })),
    sections,
    goals: collectGoals(ctx, parts.outline, parts.preamble, itemAt, period, { title: parts.title, ...(parts.noticeYear !== undefined ? { noticeYear: parts.noticeYear } : {}) }),
    tasks,
    safeguards: collectSafeguards(parts.outline, ctx.normalize, safeguards),
    attachments: parts.attachments,
    ...(parts.byline?.length ? { byline: bylineOf(ctx, parts.byline) } : {}),
    ...(parts.printedAs ? { printedAs: { label: parts.printedAs.text.trim(), position: ctx.blockPosition(parts.printedAs) } } : {}),
    ...(parts.closing?.length ? { closing: parts.closing.map((p) => ({ text: p.text, position: ctx.blockPosition(p) })) } : {}),
    // Present only when the plan has boxes, so models of plans without any stay as they were.
    ...(boxes.length > 0 ? { boxes } : {}),
  };
}
