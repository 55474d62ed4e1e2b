import { PARSER_DIAGNOSTIC_IDS, type ParserDiagnosticId } from '../model/parser-diagnostic-ids.js';

/**
 * The diagnostics the parser and the decoder emit, as validation presents them.
 *
 * They are problems a reviewer should see (text the parser could not place, bytes that did
 * not decode), so `plan validate` lists them under their own ids, which `--rule` and the
 * config can set like rule ids. Where a validation rule checks the same thing more closely,
 * the parser's message is dropped when that rule reports inside its span, or reports about a
 * span that holds it (ReportOptions.about): the seed's `(%` appears once, as `brackets-balanced`,
 * not also as `annex-unit-unclosed`.
 */
export interface ParseDiagnosticInfo {
  id: string;
  description: string;
  /** The rule that reports the same problem, if any. */
  coveredBy?: string;
}

const DESCRIPTIONS: Record<ParserDiagnosticId, Omit<ParseDiagnosticInfo, 'id'>> = {
  'unparsed-text': { description: 'text the parser could not place in the notice' },
  'responsibility-repeated': { description: 'an item with two responsibility clauses' },
  'clause-label-unread': { description: 'a label in a responsibility clause that is read, shaped as a role label (a word and 单位/部门, then a colon: 共建单位：A) but naming no role known: its units are in no role of the task' },
  'clause-unread': { description: 'a bracket at the end of an item that opens with a role label (（牵头单位：A）) but is in no task, as when a bracket that is no part of a clause follows it; a last sentence written as a verbal clause of two parts that is not read; a line giving the units of the items above it (以上政策由A…), or of a group\'s items before them or naming its part (以下任务由A…, 本部分任务由A…), that was not read, or that gives no item its units (they all name their own); or a part of a line sharing units out by number (以上第1、2项由A牵头，第3项由B牵头) that does not read or names an item the group does not have; or a part of a verbal clause read that names offices in no role read (区科技局负责，区财政局做好…: words too long or too unlike a clause\'s to read)' },
  'annex-unit-unclosed': { description: 'an annex indicator whose unit bracket is not closed', coveredBy: 'brackets-balanced' },
  'annex-value-unreadable': { description: 'a value in a table of figures (an annex or the text) that is not a number', coveredBy: 'annex-shape' },
  'annex-row-width': { description: 'a table row (an annex or the text) with more or fewer cells than the header', coveredBy: 'annex-shape' },
  'annex-years-as-rows': { description: 'a table of figures (an annex or the text) with a row per year and an indicator per column that could not be read turned (a column of words, a header of two rows), whose figures are not read as yearly targets' },
  'header-date-unreadable': { description: 'a header date that is not a date', coveredBy: 'date-valid' },
  'signature-dates-joint': { description: "a joint signature that dates each issuer's name (A / 2021年9月15日 / B / 2021年9月16日, or side by side): the notice's date is the last of them; an info" },
  'date-invalid': { description: 'a signature date that is not a real date', coveredBy: 'date-valid' },
  'goal-figure-unread': { description: 'a target figure under a goal heading (达到500桩次) that was not read as a goal, most often for a unit the parser does not know' },
  'goal-list-unpaired': { description: 'a 分别 list of targets whose subjects and figures differ in number (A、B和C分别达到50家和30家): every figure is kept, as a target of the subjects together, for the text does not say whose each is' },
  'annex-table-unread': { description: 'a later table of an annex (after its first, not continuing it) that could not be read as a table: its cells are not in the model' },
  'task-rows-unread': { description: "rows of a task table not read as tasks: a later table of an annex under the columns of the task table the plan's tasks were read from, not read as part of it (a line of text stands between them, or its numbers start again), or rows of a task table beside the text's tasks that restate none of them (by title, printed otherwise or not, nor in other words beside the same lead) while the text does not point to the table; their units are named only in the table, and the message says what to change" },
  'flat-table-unread': { description: 'lines after a table caption (表1 主要指标) that look like a table flattened one cell per line but could not be read as one: they stay paragraphs, and no goals or tables are read from them' },
  'annex-plan-unread': { description: 'an annex that is a plan of its own (a second 行动方案 after the first), whose tasks and goals are not read into the model' },
  'plan-in-attachment': { description: 'a covering notice whose plan is an attachment not in the input (附件：<a href="….pdf">某方案.pdf</a>): no plan, tasks or goals are read' },
  'embedded-document': { description: 'an HTML page that shows a document in a viewer (<iframe src="…/viewer.html?file=x.pdf">, <embed>, <object>) and no plan read from its text: the document\'s text is not in the input' },
  'attachment-as-images': { description: 'a notice whose attachment (附件：某计划表) is given as images under its 附件 line, printed nowhere as text, with no plan read: no tasks or goals are read from it' },
  'headline-not-title': { description: "a page's headline (重磅！《某措施》印发) passed over for the notice's own title below it (关于印发…的通知); an info" },
  'encoding-undecodable': { description: 'bytes that are not valid in the input encoding' },
  'encoding-truncated': { description: 'input that ends in the middle of a character' },
  'input-cut-off': { description: "an input that ends inside its last item's responsibility clause, or in a fragment of what followed it (…（牵头单位：A）①), as a page saved short or a download broken off does: the clause is read as far as it goes, its last unit cut short, and the fragment stays in the task's text" },
  'clause-unclosed': { description: "an item's responsibility clause whose bracket is never closed (…（牵头单位：A；参与单位：B), the input going on after the item: the clause is read to the item's end", coveredBy: 'brackets-balanced' },
  'not-a-notice': { description: 'input that does not read as a policy notice' },
  'maybe-not-a-notice': { description: 'input read as a plan only through its numbered items, without a header, notice title or a title that names a policy document (a news report?)' },
  'text-unbroken': { description: 'a notice with no line breaks at all, read by cutting it after its header, title and addressees and before its numbered parts' },
  'revision-mark': { description: "a revised plan's mark on what it added or changed (【新增】, （新增）, （调整）, 【修改】) read as no part of the title, text or unit name beside it; an info" },
  'notice-tasks-outside-plan': { description: "a notice's own numbered items above its signature that name who does them (a responsibility clause), over a plan printed after it: they stay in the outline and are not among the plan's tasks" },
  'plan-signed-again': { description: "a plan signed and dated again after its last item (某镇人民政府 / 2024年10月8日) under a notice already signed and dated above it: the closing signature and date are set aside, no text of the last item, and the notice keeps its own; an info, a warning when they differ from the notice's" },
  'html-no-markup': { description: 'an input read as HTML (--from html) that has no tags: its line breaks count for nothing, so it reads as one paragraph; read it as text to keep them' },
  'html-article-copy': { description: 'a page that carries its article twice (for wide screens and for phones): the first copy is read, the second set aside as chrome' },
  'interpretation-set-aside': { description: "a page's explanation of the notice under the article (政策解读, 【政策解读】, 相关解读：, 图解：…, 《…》政策解读 over its paragraphs) set aside as chrome: its 一、出台背景 … are no parts, tasks or safeguards of the plan; an info" },
  'column-note-unread': { description: "a task table's unit column whose header note says a mark of type picks out the lead (责任单位（加粗的为牵头单位）): the mark is not kept, so its units are all read as responsible" },
  'table-deadlines-differ': { description: "a task of the text that a task table breaks down over several rows (its 重点任务 cell spanning them, or written on each) whose rows give different deadlines: the task takes none of them" },
  'header-label-unknown': { description: "a label in the page header the parser does not know (a site's own field): its value is kept in metadata.fields only" },
  'header-cell-unread': { description: "a cell of a header laid out as a table that is neither a label nor a label's value: it is not in metadata.fields" },
  'encoding-guessed': { description: 'an input with no charset declared whose bytes are not UTF-8, read as Big5 (traditional Chinese) rather than GB18030; an info' },
  'encoding-mismatch': { description: 'an input whose bytes do not match the encoding declared or asked for (--encoding): the encoding they read as is named, and used where the page only declared the other; an info where a page kept in its declared Western charset reads as a little Chinese text in another too' },
  'grid-table-unread': { description: 'a grid table (+---+ borders) that could not be read as a table: it stays text' },
  'simple-table-unread': { description: 'a simple table (a line of dash groups under its header) that could not be read as a table: it stays text' },
  'multiline-table-unread': { description: 'a multiline table (dash lines around rows of wrapped cells) that could not be read as a table: it stays text' },
  'spaced-table-unread': { description: "a table laid out with spaces (a PDF's text) that could not be read, or a line of its cells that does not stand in its columns (the table is read up to it): what is not read stays text" },
  'addressees-colon-missing': { description: "the notice's addressees (主送) without the colon that ends them, right above its text (各区人民政府，市政府各委、办、局): read as the addressees where every name names bodies, else left as the text" },
  'tab-row-unread': { description: 'a line of tab-separated cells right under a table that does not stand in its columns: it stays text, not a row of the table' },
};

/** Every id the stages before validation emit, described, in the registry's order. */
export const PARSE_DIAGNOSTICS: readonly ParseDiagnosticInfo[] = PARSER_DIAGNOSTIC_IDS.map((id) => ({ id, ...DESCRIPTIONS[id] }));

const BY_ID = new Map(PARSE_DIAGNOSTICS.map((d) => [d.id, d]));

export function parseDiagnosticInfo(id: string): ParseDiagnosticInfo | undefined {
  return BY_ID.get(id);
}
