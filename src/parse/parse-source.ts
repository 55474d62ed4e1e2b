import { noticeDoubt } from './notice-doubt.js';
import { headlineOf, isBareHeadline, listPageHeadlines, listPageMessage, titleFromHeadlines } from './list-page.js';
import type { Attachment, Footnote, Metadata, OutlineNode, PlanDocument, Position, Unparsed } from '../model/types.js';
import type { SourceDocument } from '../source/types.js';
import { sourceEnd, sourceOffset } from '../source/anchors.js';
import { matchAnnexHead, parseAnnexes } from './annex.js';
import { planGoesOn } from './plan-goes-on.js';
import { headsAnnexTable } from './annex-head-table.js';
import { addDownloads, readAttachmentList, readDownloadList } from './attachments.js';
import { readImprint } from './imprint.js';
import { takeTrailingNotes } from './trailing-notes.js';
import { takeTrailingDownloads } from './trailing-downloads.js';
import { isPlanHeadedByAttachment, planInAnnex } from './annex-plan.js';
import { unreadAnnexPlanMessage, unreadAnnexPlans } from './annex-plan-unread.js';
import { planInAttachmentMessage, plansInAttachments } from './plan-in-attachment.js';
import { reportEmbeddedContent } from './embedded-content.js';
import { classifyChrome, headsMarkedMenu, isNameAtopPage, parseChrome } from './chrome.js';
import { menuLines } from './menu-lines.js';
import { ParseContext, type Item, type ParseOptions } from './context.js';
import { emptyMetadata, parseTextHeader, publicationOpen } from './header.js';
import { parseStructuredHeader } from './header-structured.js';
import { readPublishedLine } from './published-line.js';
import { readClosingKeywords } from './closing-keywords.js';
import { fillFromDocument } from './document-metadata.js';
import { parseNotice, type OutsideTitles } from './notice.js';
import { furnitureUnderPlanTitle } from './head-furniture.js';
import { buildOutline, walk } from './outline.js';
import { findFlatTables, isTableCaption, readBodyTables, type PendingTable } from './body-tables.js';
import { reportMarkNotes } from './column-mark-note.js';
import { goalsFromTables } from './goals/table-goals.js';
import { restatesGoal } from '../model/goal-target.js';
import { assemblePlan, findPlanTitle, isClosingStatement } from './plan.js';
import { itemMarker, markDecimalChapters } from './decimal-chapters.js';
import { firstIsLeadScope, holdFirstIsLeadFrom } from './lead-note-scope.js';
import { closingRegion, repealsIn } from './supersedes.js';
import { opensClosingNote } from './closing-note.js';
import { setAsideClosingSignature } from './closing-signature.js';
import { addSimplifiedUnits } from './simplified-units.js';
import { pairTaskTables } from './table-row-tasks.js';
import { addTableGroups, groupByOutline, tasksFromTables, tasksOfTableGroups } from './table-tasks.js';
import { reportUnreadTaskRows } from './task-rows-unread.js';
import { forgetMarkers } from '../text/markers.js';

export type { ParseOptions };

/** Outline kinds that only a Chinese official document uses; a Markdown heading is not evidence. */
const NOTICE_KINDS = new Set(['chinese', 'paren-chinese', 'chapter', 'article', 'section', 'part']);

/**
 * The notice grammar: turns the blocks of a source into the PlanDocument model. Never throws on
 * content; what it cannot place becomes an `unparsed` entry with a diagnostic.
 */
export function parseSource(source: SourceDocument, options: ParseOptions = {}): PlanDocument {
  try {
    return parseBlocks(source, options);
  } finally {
    forgetMarkers();
  }
}

function parseBlocks(source: SourceDocument, options: ParseOptions): PlanDocument {
  const ctx = new ParseContext(source, options);
  const { items } = ctx;
  // Footnotes the adapter knows (Word's, Markdown's) are the document's notes, outside every item.
  const noteItems = items.filter((it) => it.block.footnote !== undefined && ctx.isFree(it.index));
  for (const it of noteItems) ctx.claim(it.index, 'note');

  // Page furniture sits above the content; below it only unmistakable footers are taken.
  let contentStart = 0;
  // Front matter (a page's <meta> tags, a Markdown header) is metadata, not the start of the content.
  // So is a site's name in the page's banner, over the page's furniture or header (see isNameAtopPage),
  // and the heading of a menu the page's markup set aside (see headsMarkedMenu), and a menu printed one item a line.
  const menu = menuLines(items, (i) => ctx.isFree(i));
  const beforeContent = (it: Item): boolean =>
    it.block.kind === 'frontmatter' || menu.has(it.index) || classifyChrome(it.match) !== null || isNameAtopPage(items, it.index, menu) || headsMarkedMenu(items, it.index);
  while (contentStart < items.length && (!ctx.isFree(contentStart) || beforeContent(items[contentStart]!))) contentStart++;
  const { chrome, category } = parseChrome(ctx, contentStart, menu);
  // 1 总体目标 over 1.1 …: known before the notice and the plan's title are read, which stop at items.
  markDecimalChapters(items, (it) => ctx.isFree(it.index));

  const metadata: Metadata = emptyMetadata();
  metadata.category = category;
  parseStructuredHeader(ctx, metadata);
  parseTextHeader(ctx, metadata, contentStart);
  // 发布时间：2024-03-18 under the title or in the tool bar, outside the header.
  readPublishedLine(ctx, metadata);
  // 主题词：… in the imprint that closes the document: its keywords, before the outline could take the line.
  readClosingKeywords(ctx, metadata);

  const free = (): Item[] => items.filter((it) => ctx.isFree(it.index));
  const headerTitle = metadata.fields.find((f) => f.key === 'title' && f.value);
  const page = ctx.source.pageTitle;
  const noticeResult = parseNotice(ctx, free(), metadata.title, {
    ...(headerTitle?.value ? { header: { text: headerTitle.value, position: headerTitle.position } } : {}),
    ...(page ? { page: { text: page.text, position: ctx.lines.position(page.start, page.end), ...pageTitleSpans(ctx, page) } } : {}),
  });
  const notice = noticeResult.notice;
  // 发布日期：… printed beside the number under the title, read as a line of its own is (see readPublishedLine).
  if (noticeResult.published) {
    const open = publicationOpen(metadata);
    metadata.fields.push(noticeResult.published.field);
    if (open) metadata.publishedDate = noticeResult.published.iso;
  }
  // The imprint (抄送 / 印发) closes the document; it is taken before the outline can absorb it.
  const imprint = readImprint(ctx, free().filter((it) => it.index > noticeResult.start));
  if (notice && imprint) notice.imprint = imprint;
  // Its notes printed after the plan ((此件公开发布) on the last line) are the notice's, as under the date.
  if (notice) takeTrailingNotes(ctx, notice, free().filter((it) => it.index >= noticeResult.end));

  // After the notice: the plan, then the annexes. Lines such as 附件:标题 list the annexes; a
  // bare 附件 (or a listed title repeated after the list) starts them.
  const listed = new Set<string>();
  const attachments: Attachment[] = [];
  const after = free().filter((it) => it.index >= noticeResult.end || noticeResult.start < 0);
  let annexStart = after.length;
  let lastList: { at: number; entries: Attachment[]; count: number } | null = null;
  for (let k = 0; k < after.length; k++) {
    const downloads = readDownloadList(ctx, after, k);
    if (downloads) {
      for (let j = k; j < k + downloads.count; j++) ctx.claim(after[j]!.index, 'annex-list');
      addDownloads(attachments, downloads.entries);
      k += downloads.count - 1;
      continue;
    }
    const head = matchAnnexHead(after[k]!.match);
    if (!head || (head.table && planGoesOn(after, k))) continue;
    // 附件：重点指标分解表 right above its table (or above its title printed again over the table) heads the annex rather than listing it.
    const headsTable = headsAnnexTable(after, k, head.title);
    // 附件： alone over a numbered list of titles (1.… / 2.…) lists the annexes as 附件：1.… does.
    const list = listed.has(head.title) || headsTable ? null : readAttachmentList(ctx, after, k);
    if (!list) {
      annexStart = k;
      break;
    }
    lastList = { at: k, ...list };
    for (const entry of list.entries) listed.add(entry.title);
    if (head.title) listed.add(head.title);
    for (let j = k; j < k + list.count; j++) ctx.claim(after[j]!.index, 'annex-list');
    attachments.push(...list.entries);
    k += list.count - 1;
  }
  let planRegion = after.slice(0, annexStart).filter((it) => ctx.isFree(it.index));
  const trailing = takeTrailingDownloads(ctx, after.slice(annexStart), attachments);
  let annexRegion = trailing.region;
  addDownloads(attachments, trailing.entries);
  // The blocks' matching copies are already folded (and simplified): no second pass over the text.
  const scopes = items.map((it) => firstIsLeadScope(it.match));
  const firstIsLead = scopes.some((s) => s !== null);
  // 下同 in a task's clause speaks of that task and those after it: the tasks above read their units without it.
  const onwardAt = scopes.includes('all') ? -1 : scopes.indexOf('onward');
  const onwardFrom = onwardAt >= 0 ? items[onwardAt]!.block.start : null;

  // The notice's list of annexes; its numbered lines (附件：1.… / 2.…) are not items of an outline.
  // The list is the notice's `attachments`, no paragraph of its body: held in both, a changed title
  // would be told twice by a diff, and the body would hold the list's first line but not the rest.
  const bodyItems = noticeResult.bodyItems;
  const listLines = new Set<number>();
  for (let k = 0; k < bodyItems.length; k++) {
    if (ctx.claims[bodyItems[k]!.index] === 'annex-list') continue;
    const list = readAttachmentList(ctx, bodyItems, k) ?? readDownloadList(ctx, bodyItems, k);
    if (!list) continue;
    notice?.attachments.push(...list.entries);
    for (let j = k; j < k + list.count; j++) listLines.add(j);
    for (let j = k + 1; j < k + list.count; j++) ctx.claim(bodyItems[j]!.index, 'notice-body');
    k += list.count - 1;
  }
  // The body's paragraphs are bodyItems' first ones, in order (see readFromAddressees).
  const ownBody = notice ? bodyItems.slice(0, notice.body.length) : [];
  if (notice && listLines.size > 0) notice.body = notice.body.filter((_, j) => !listLines.has(j));

  // A notice's own items (现对《X》(号)作如下修改：一、…, 下列文件予以废止：（一）…: see readFromAddressees)
  // are its body, read whole: no plan's outline.
  if (ownBody.some((it) => itemMarker(it) !== null)) for (const it of ownBody) if (ctx.isFree(it.index)) ctx.claim(it.index, 'notice-body');
  // Notice body: its own paragraphs, and the outline when the notice is itself the plan.
  const noticeOutline = buildOutline(ctx, bodyItems.filter((it) => ctx.isFree(it.index)), firstIsLead);
  for (const it of noticeOutline.before) ctx.claim(it.index, 'notice-body');

  // The plan printed as the first annex (附件 / 某区工作方案 / 一、…) is the plan, not an annex; not when
  // the notice publishes no document (关于做好…工作的通知, not 关于印发…的通知) and its own items say who
  // does them (通知如下：一、…（牵头单位：…）): then they are the plan, and what is printed after the
  // signature (附件 / 某工作安排 / 一、…) is its annex.
  const noticeIsPlan = notice !== null && !PUBLISHING.test(notice.title) && holdsTask(noticeOutline.roots);
  const annexedPlan = noticeIsPlan ? 0 : planInAnnex(planRegion, annexRegion);
  const printedAs = annexedPlan > 0 ? annexRegion[0] : undefined;
  if (annexedPlan > 0) {
    ctx.claim(annexRegion[0]!.index, 'annex');
    planRegion = [...planRegion, ...annexRegion.slice(1, annexedPlan).filter((it) => ctx.isFree(it.index))];
    annexRegion = annexRegion.slice(annexedPlan);
  }

  // Signed and dated again after its last item, under a notice already signed: not the last item's text.
  planRegion = setAsideClosingSignature(ctx, notice, planRegion);
  const { title: titleItems, skipped, byline } = findPlanTitle(planRegion);
  for (const t of titleItems) ctx.claim(t.index, 'plan-title');
  // 附件：某方案 right above the plan's text, which has no title line: the line titles the plan, and lists no annex.
  let headedBy: { title: string; position: Position } | null = null;
  if (lastList && isPlanHeadedByAttachment(lastList.entries, after[lastList.at + lastList.count], planRegion, titleItems.length > 0)) {
    // The entry's own line: the list's last, under its label when that stands alone (附件： / 1.某方案).
    const line = after[lastList.at + lastList.count - 1]!;
    const entry = lastList.entries[0]!;
    const from = Math.max(0, line.text.lastIndexOf(entry.title));
    headedBy = { title: entry.title, position: ctx.spanPosition(line, from, from + entry.title.length) };
    attachments.splice(attachments.indexOf(entry), 1);
    ctx.claim(line.index, 'plan-title');
  }
  // The issuer and date under a plan printed without its notice are its byline, not its title.
  for (const t of byline) ctx.claim(t.index, 'plan-title');
  const lastHead = byline[byline.length - 1] ?? titleItems[titleItems.length - 1];
  const planHeadChrome = lastHead ? furnitureUnderPlanTitle(ctx, planRegion.slice(planRegion.indexOf(lastHead) + 1)) : [];
  // A closing statement after the items (本措施自印发之日起施行), or a note that ends the plan
  // (注：1.… / 2.…), ends the outline: what follows it belongs to no item.
  const planItems = planRegion.filter((it) => ctx.isFree(it.index) && !skipped.includes(it));
  const closingAt = planItems.findIndex((it, k) => k > 0 && itemMarker(it) === null && (isClosingStatement(it.match) || opensClosingNote(planItems, k)));
  const closing = closingAt > 0 ? planItems.slice(closingAt) : [];
  for (const it of closing) ctx.claim(it.index, 'note');
  const planOutline = buildOutline(ctx, closingAt > 0 ? planItems.slice(0, closingAt) : planItems, firstIsLead);
  // Most 办法/措施 state their repeals where they close (本办法自…施行。《X》(号)同时废止), not in the notice.
  if (notice) {
    const after = [...bodyItems.slice(ownBody.length), ...planItems].filter((it) => ctx.claims[it.index] !== 'annex-list');
    notice.supersedes.push(...repealsIn(ctx, closingRegion(after)));
  }
  for (const it of planOutline.before) ctx.claim(it.index, 'preamble');
  if (onwardFrom !== null) for (const roots of [noticeOutline.roots, planOutline.roots]) holdFirstIsLeadFrom(roots, onwardFrom, ctx.normalize);

  const hasPlanRegion = titleItems.length > 0 || planOutline.roots.length > 0;
  // 现印发给你们，并就有关事项通知如下：一、…二、… above the signature, over a plan printed after it:
  // the notice's numbered requirements are its own text, not a second outline beside the plan's
  // (where they name who does what, they are tasks, and stay an outline).
  const ownItems =
    notice && hasPlanRegion && noticeOutline.roots.length > 0 && noticeOutline.tables.length === 0 && !holdsTask(noticeOutline.roots)
      ? bodyItems.slice(ownBody.length).filter((it) => ctx.claims[it.index] === 'outline')
      : [];
  for (const it of ownItems) {
    notice!.body.push({ text: it.text, position: ctx.blockPosition(it) });
    ctx.claim(it.index, 'notice-body');
  }
  const outline: OutlineNode[] = ownItems.length > 0 ? [...planOutline.roots] : [...noticeOutline.roots, ...planOutline.roots];
  // Items of the notice that say who does them, above the plan it publishes, are read as neither
  // the notice's text nor the plan's tasks: say so rather than let their units go unnoticed.
  if (notice && hasPlanRegion && ownItems.length === 0 && noticeOutline.roots.length > 0 && holdsTask(noticeOutline.roots)) {
    const first = noticeOutline.roots[0]!;
    const last = noticeOutline.roots[noticeOutline.roots.length - 1]!;
    ctx.report(
      'notice-tasks-outside-plan',
      'warning',
      `the notice's own items (${first.label}…${last.label}) name who does them, but stand above the plan it publishes: they are in the outline, not among the plan's tasks`,
      { start: first.position.start, end: last.position.end },
    );
  }
  const planTitle = headedBy?.title ?? titleItems.map((t) => t.text.trim()).join('');
  const itemAt = (offset: number): Item | undefined => itemContaining(items, offset);

  const planRoots = hasPlanRegion ? planOutline.roots : noticeOutline.roots;
  let plan =
    hasPlanRegion || outline.length > 0
      ? assemblePlan(
          ctx,
          {
            title: hasPlanRegion && planTitle ? planTitle : (notice?.title ?? metadata.title ?? ''),
            titlePosition: headedBy
              ? headedBy.position
              : titleItems.length
                ? ctx.rangePosition(titleItems[0]!, titleItems[titleItems.length - 1]!)
                : (notice?.titlePosition ?? null),
            preamble: planOutline.before,
            outline: planRoots,
            attachments,
            titles: [planTitle, notice?.title ?? null, metadata.title],
            ...(printedAs ? { printedAs } : {}),
            ...(closing.length > 0 ? { closing } : {}),
            ...(byline.length > 0 ? { byline } : {}),
            ...(notice?.date ? { noticeYear: Number(notice.date.slice(0, 4)) } : {}),
          },
          itemAt,
        )
      : null;
  const laterAnnexTables: PendingTable[] = [];
  const annexes = parseAnnexes(ctx, annexRegion, { isCaption: isTableCaption, findFlat: findFlatTables }, laterAnnexTables);
  // A second plan printed as an annex (附件2 / 某某行动方案 / 一、…) is not read into the model: say so.
  for (const p of unreadAnnexPlans(ctx, annexRegion, annexes, firstIsLead)) ctx.report('annex-plan-unread', 'warning', unreadAnnexPlanMessage(p), p.annex.position);
  const tables = readBodyTables(ctx, [...noticeOutline.tables, ...planOutline.tables]);
  // An annex's later tables (a 重点项目表 after its indicator table), their path the annex's label.
  const annexTables = readBodyTables(ctx, laterAnnexTables);
  reportMarkNotes(ctx, [...tables, ...annexTables].map((t) => t.table).concat(annexes.flatMap((a) => (a.table ? [a.table] : []))));
  // One that cannot be read as a table (no header, no rows) is not dropped without a word.
  for (const p of laterAnnexTables) {
    const at = ctx.blockPosition(p.items[0]!);
    if (annexTables.some((t) => t.position.start.offset <= at.start.offset && at.start.offset < t.position.end.offset)) continue;
    const position = ctx.rangePosition(p.caption ?? p.items[0]!, p.items[p.items.length - 1]!);
    ctx.report('annex-table-unread', 'warning', `a further table in ${p.path[0] ?? 'the annex'}${p.caption ? ` (${p.caption.text.trim()})` : ''} could not be read as a table and is not in the model`, position);
  }
  // A table in a goal section states the plan's targets, one a row, beside those of its sentences.
  if (plan && tables.length > 0) {
    const written = plan.goals;
    // 到2026年，全区数字经济核心产业增加值达到120亿元 above a table row with the same figure (or the
    // same quantity in another scale, 0.3万个 over 3000个): one target.
    const fromTables = goalsFromTables(tables, outline, plan.period, ctx.normalize).filter((t) => !written.some((g) => restatesGoal(g, t)));
    if (fromTables.length > 0) plan.goals = [...plan.goals, ...fromTables].sort((a, b) => a.position.start.offset - b.position.start.offset);
  }
  // A plan whose tasks stand only in a 重点任务分解表 (in its text or as an annex) gets them from there.
  // Text after the notice and before its annexes, with no title of its own, opens that plan: its preamble (else unplaced, see below).
  const planWithTasks =
    plan ??
    (notice
      ? assemblePlan(ctx, { title: notice.title, titlePosition: notice.titlePosition, preamble: planOutline.before.filter((it) => ctx.claims[it.index] === 'preamble'), outline: [], attachments, titles: [notice.title, metadata.title] }, itemAt)
      : null);
  // (Items of the safeguards part that name units, （一）加强组织领导。县委农办统筹协调，各部门…落实。,
  // are safeguards, no tasks: such a plan has its tasks in the table too.)
  if (planWithTasks && planWithTasks.tasks.length === 0) {
    // Each table's section starts at its caption, or at its annex's label over the title.
    const fromTables = groupByOutline(tasksFromTables(
      [
        ...tables.map((t) => ({ title: t.caption ?? '', label: t.caption ?? '', table: t.table, position: t.position })),
        ...annexes.flatMap((a) => (a.table ? [{ title: a.title, label: a.label, table: a.table, position: { start: a.position.start, end: a.table.position.end } }] : [])),
      ],
      ctx.simplify,
      firstIsLead,
    ), outline);
    if (fromTables.tasks.length > 0) {
      planWithTasks.tasks = fromTables.tasks;
      planWithTasks.sections = fromTables.sections;
      plan = planWithTasks;
      reportUnreadTaskRows(ctx, annexes, annexTables);
    }
  }
  // A group of the text that holds only a task table (（二） over 序号 | 任务 | 牵头单位) has its tasks there.
  if (plan && plan.tasks.length > 0 && tables.length > 0) addTableGroups(plan, tasksOfTableGroups(tables, outline, ctx.simplify, firstIsLead));
  // A 重点任务分工表 beside the text's tasks gives the deadlines the text leaves out, and the units of
  // the items it points to the table for (（二）推进医养结合。具体任务详见附件。).
  if (plan && plan.tasks.length > 0) {
    const besideTables = [
      ...tables.map((t) => ({ title: t.caption ?? '', label: t.caption ?? '', table: t.table, annex: false })),
      ...annexes.flatMap((a) => (a.table ? [{ title: a.title, label: a.label, table: a.table, position: { start: a.position.start, end: a.table.position.end }, annex: true }] : [])),
    ];
    pairTaskTables(ctx, plan, planRoots, besideTables, firstIsLead);
  }
  if (plan && ctx.simplify) addSimplifiedUnits([...plan.tasks, ...plan.safeguards], ctx.simplify);
  // 附件：某方案.pdf under the notice's date, and no plan after it: the notice's attachment (the plan it hands on as a file), not lost with the plan.
  // The same file listed in the notice's text too (附件：某方案 above the signature) is one attachment,
  // with the address of the download below (相关附件：<a href="….pdf">某方案.pdf</a> after the article).
  if (!plan && notice) addDownloads(notice.attachments, attachments);
  // Text after the notice that was to open a plan, when no plan came: the model does not place it,
  // so it is reported as unparsed rather than dropped with the plan that never was.
  if (!plan) for (const it of planOutline.before) if (ctx.claims[it.index] === 'preamble') ctx.claims[it.index] = null;
  // Only the covering notice here, its plan a linked file: say so rather than give an empty plan.
  for (const a of plansInAttachments(ctx, notice, plan, annexes)) ctx.report('plan-in-attachment', 'warning', planInAttachmentMessage(a), a.position);
  // The same for a plan shown in a viewer or as scanned images (HTML only).
  reportEmbeddedContent(ctx, notice, plan, annexes);

  if (plan && noteItems.length > 0) plan.footnotes = footnotesOf(ctx, noteItems);
  // Without a plan to hold them, they are text the model does not place.
  else for (const it of noteItems) ctx.claims[it.index] = null;

  // The imprint of a plan printed without its notice closes the plan; with neither, its lines are text the model does not place.
  if (imprint && !notice) {
    if (plan) plan.imprint = imprint;
    else for (const it of items) if (ctx.claims[it.index] === 'imprint') ctx.claims[it.index] = null;
  }

  const unparsed: Unparsed[] = [];
  items.forEach((it, i) => {
    if (ctx.claims[i] !== null) return;
    const position = ctx.blockPosition(it);
    unparsed.push({ text: it.text, reason: 'not part of any recognised element', position });
    ctx.report('unparsed-text', 'warning', `text not recognised as part of the notice: "${excerpt(it.text)}"`, position);
  });

  for (const p of source.problems) {
    const at = ctx.lines.point(p.offset);
    ctx.reportAt(p.ruleId, p.severity, p.message, at, 'io');
  }

  const recognised =
    metadata.fields.length >= 2 ||
    notice !== null ||
    (plan !== null && (plan.tasks.length > 0 || plan.goals.length > 0)) ||
    outline.some((n) => NOTICE_KINDS.has(n.kind));
  // A site's list of notices (their headlines over teasers) is no notice, whatever its teasers read as.
  // Asked when the page gave no title, and when the title it gave is a list's: two headlines read
  // as one title, or a headline with nothing of a notice under it over another headline.
  const noticeTitleItems = notice ? items.filter((it) => ctx.claims[it.index] === 'notice-title' && within(it, notice.titlePosition)) : [];
  const asked =
    !recognised ||
    (!notice && !plan?.title && !metadata.title) ||
    titleFromHeadlines(titleItems) ||
    titleFromHeadlines(noticeTitleItems) ||
    (notice !== null && isBareHeadline(notice, noticeTitleItems) && (titleItems.length === 0 || titleItems.some((it) => headlineOf(it) !== null)));
  const listHeadlines = asked ? listPageHeadlines(items) : [];
  if (listHeadlines.length > 0) {
    const at = ctx.lines.point(0);
    ctx.reportAt('not-a-notice', 'error', listPageMessage(listHeadlines), at);
  }
  const doubt = recognised && listHeadlines.length === 0 ? noticeDoubt({ headerFields: metadata.fields.length, metadataTitle: metadata.title, notice, plan }) : null;
  if (doubt) {
    const at = plan?.titlePosition?.start ?? ctx.lines.point(0);
    ctx.reportAt('maybe-not-a-notice', 'warning', doubt, at);
  }
  if (!recognised && listHeadlines.length === 0) {
    const at = ctx.lines.point(0);
    ctx.reportAt('not-a-notice', 'error', items.length === 0 ? 'the input has no text' : 'no header, notice title or numbered items found: this does not read as a policy notice', at);
  }

  // A header without a title, 发文字号, issuer or 成文日期 (front matter that keeps only a title, text
  // from print, a page with no header at all) leaves them to what the document states: filled last,
  // so that everything above reads the header's values only.
  // A list page's headlines read as a notice or a plan are not the page's: refused, not read.
  const read = listHeadlines.length > 0 ? { notice: null, plan: null } : { notice, plan };
  fillFromDocument(metadata, read.notice, read.plan);

  ctx.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    schemaVersion: 1,
    source: { name: source.name, format: source.format, encoding: source.encoding, sha256: source.sha256, bytes: source.bytes },
    chrome: [...chrome, ...noticeResult.chrome, ...planHeadChrome].sort((a, b) => a.position.start.offset - b.position.start.offset),
    metadata,
    notice: read.notice,
    plan: read.plan,
    outline,
    annexes,
    // Present only when there are tables, so models of documents without any stay as they were.
    ...(tables.length + annexTables.length > 0 ? { tables: [...tables, ...annexTables] } : {}),
    unparsed,
    diagnostics: ctx.diagnostics,
  };
}

/** Footnotes from their blocks: the paragraphs of one note (one mark, one after the other) make one. */
function footnotesOf(ctx: ParseContext, noteItems: readonly Item[]): Footnote[] {
  const notes: Array<{ mark: string; first: Item; last: Item; text: string }> = [];
  for (const it of noteItems) {
    const last = notes[notes.length - 1];
    if (last && last.mark === it.block.footnote) {
      last.last = it;
      last.text += `\n${it.text}`;
    } else notes.push({ mark: it.block.footnote!, first: it, last: it, text: it.text });
  }
  const refs = ctx.source.footnoteRefs ?? [];
  return notes.map((n) => {
    const references = refs.filter((r) => r.mark === n.mark).map((r) => ctx.lines.position(r.start, r.end));
    return { mark: n.mark, text: n.text, position: ctx.rangePosition(n.first, n.last), ...(references.length > 0 ? { references } : {}) };
  });
}

/** The block whose span holds an offset (blocks are in source order): binary search. */
function itemContaining(items: readonly Item[], offset: number): Item | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid]!.block.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const it = items[lo];
  return it && it.block.start <= offset && offset <= it.block.end ? it : undefined;
}

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 30 ? `${t.slice(0, 30)}…` : t;
}

/** Where a part of the page's <title> stands, when the adapter kept the title's characters anchored. */
function pageTitleSpans(ctx: ParseContext, page: NonNullable<SourceDocument['pageTitle']>): Pick<NonNullable<OutsideTitles['page']>, 'spanOf'> {
  const anchors = page.anchors;
  if (!anchors) return {};
  const read = { text: page.text, anchors };
  return { spanOf: (from, to) => ctx.lines.position(sourceOffset(anchors, from), to > from ? sourceEnd(read, to, ctx.source.text) : sourceOffset(anchors, from)) };
}

/** A notice's title that says it publishes a document: 关于印发…的通知, 转发, 批转, 颁布. */
const PUBLISHING = /印发|转发|批转|颁布|印送/;

/** Whether an outline names who does any of its items (a responsibility clause, a task). */
function holdsTask(roots: OutlineNode[]): boolean {
  let found = false;
  walk(roots, (node) => {
    if (node.responsibility) found = true;
  });
  return found;
}

/** Whether a block starts inside a span of the source. */
function within(it: Item, span: Position | null): boolean {
  return span !== null && span.start.offset <= it.block.start && it.block.start < span.end.offset;
}
