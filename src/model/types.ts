/**
 * The PlanDocument model: what `plan parse` prints and every other command reads.
 *
 * Field names and meanings are a contract (see README, "The model"); add fields, do not rename them.
 */

/** A place in the decoded input text: 1-based line and column, 0-based offset (UTF-16 code units). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** The span an element covers in the decoded input text. */
export interface Position {
  start: Point;
  end: Point;
}

export type SourceFormat = 'text' | 'html' | 'markdown';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  /** The span the message is about, when it is more than one point. */
  position?: Position;
  /** Where the message came from: the parser or a validation rule. */
  source?: 'parse' | 'validate' | 'io';
}

/** A document number (发文字号) such as 河东政办函〔2022〕10号 or 国令第707号. */
export interface DocumentNumber {
  raw: string;
  agency: string;
  year: number | null;
  serial: number | null;
}

export interface SourceInfo {
  /** File name as given, or `-` for standard input. */
  name: string;
  format: SourceFormat;
  /** The encoding the bytes were decoded with (`utf-8`, `utf-16le`, `gb18030`, …). */
  encoding: string;
  /** SHA-256 of the input bytes, hex. */
  sha256: string;
  /** Size of the input in bytes. */
  bytes: number;
}

/** A piece of page furniture (date widget, accessibility links, breadcrumb) recognised and set aside. */
export interface ChromeNode {
  kind: 'date-widget' | 'accessibility' | 'breadcrumb' | 'navigation' | 'share' | 'footer' | 'note' | 'other';
  text: string;
  position: Position;
}

/** One label/value line of the metadata header, kept as written. */
export interface MetadataField {
  /** The label as written, e.g. `名    称`. */
  label: string;
  /** The model key it maps to (`title`, `indexNumber`, …), or null for a label the model has no key for. */
  key: keyof MetadataValues | null;
  value: string | null;
  position: Position;
}

export interface MetadataValues {
  title: string | null;
  indexNumber: string | null;
  issuer: string | null;
  documentNumber: DocumentNumber | null;
  subject: string | null;
  /** 成文日期, ISO YYYY-MM-DD. */
  writtenDate: string | null;
  /** 发文日期 / 发布日期, ISO YYYY-MM-DD. */
  publishedDate: string | null;
  validity: string | null;
  keywords: string | null;
}

export interface Metadata extends MetadataValues {
  /** The breadcrumb of the page the notice was scraped from, if any. */
  category: string[];
  /** Every label/value pair as written, including labels the model has no key for. */
  fields: MetadataField[];
  position: Position | null;
  /**
   * The keys the header left empty and the document's own text filled: `title` (the notice's, or
   * the plan's without a notice), `documentNumber` (under the masthead), `issuer` (the first organ
   * of the signature, or a plan's byline) and `writtenDate` (the date under the signature). Present
   * only when there are some; `fields` stays the header's lines.
   */
  derived?: Array<keyof MetadataValues>;
}

export interface TextNode {
  text: string;
  position: Position;
}

export interface Notice {
  title: string;
  titlePosition: Position;
  /**
   * Where the title was read when the text does not print it (the body starts at its addressees):
   * `metadata` for the page header's 名称, `page-title` for the HTML page's <title>; `titlePosition`
   * then points there. Absent when the title is the text's own.
   */
  titleFrom?: 'metadata' | 'page-title';
  /** A document number printed under the title (gov.cn style), if any. */
  documentNumber: DocumentNumber | null;
  /**
   * The 规范性文件统一编号 a province registers a normative document under (ZJSP01-2023-0003,
   * HNPR-2023-01001), on its own line by the title or the document number. Present only when printed.
   */
  registrationNumber?: { text: string; position: Position };
  /** The line the number is printed on (under the title, or above it); absent without one. */
  documentNumberPosition?: Position;
  /**
   * Further document numbers printed on the lines under the first (a 规范性文件's 某政规〔2023〕3号
   * over its 文号, the numbers of a joint notice's issuers), each with its line. Present only when printed.
   */
  otherDocumentNumbers?: Array<DocumentNumber & { position: Position }>;
  addressees: string[];
  addresseesPosition: Position | null;
  body: TextNode[];
  signatories: string[];
  signaturePosition: Position | null;
  /** The signature date, ISO YYYY-MM-DD. */
  date: string | null;
  datePosition: Position | null;
  /** What the disclosure note says, e.g. `主动公开`, `公开发布`. */
  disclosure: string | null;
  disclosurePosition: Position | null;
  /**
   * The other notes (附注) under the date, beside the disclosure: a contact to call
   * (（联系人：陈静；联系电话：0573-82012345）), each line as written (a contact sharing a bracket with
   * the disclosure, its own words); and a seal note by the signature ((县农业农村局代章), (印)).
   * Present only when printed.
   */
  notes?: TextNode[];
  /** Documents this notice repeals or replaces, found in its body. */
  supersedes: Array<DocumentNumber & { position: Position }>;
  /** Document numbers cited anywhere in the notice body. */
  cites: Array<DocumentNumber & { position: Position }>;
  attachments: Attachment[];
  /** The imprint (版记) at the end of the document: 抄送 and 印发, when it has one. */
  imprint?: Imprint;
  position: Position;
}

/** The imprint (版记) of GB/T 9704: who else receives the document, who printed it and when. */
export interface Imprint {
  /** 抄送: the bodies a copy goes to, as written. */
  copiedTo: string[];
  /** The office that printed it (印发机关), as written. */
  printedBy: string | null;
  /** The printing date (印发日期), ISO YYYY-MM-DD. */
  printedDate: string | null;
  position: Position;
}

export type OutlineKind =
  | 'chinese' // 一、
  | 'paren-chinese' // (一)
  | 'arabic' // 1.
  | 'decimal' // 1.1, 1.1.1
  | 'paren-arabic' // (1)
  | 'circled' // ①
  | 'latin' // a. a) (a): a lettered sublist, as Word and pandoc number one
  | 'bullet' // an item of a bulleted list (Markdown -, *), which has no number
  | 'part' // 第一编, 第一部分, Ⅰ、 (Roman-numbered parts)
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'enumeration' // 一是
  | 'tagged' // 【任务1】, 【1】, 〔任务1〕, 任务1：
  | 'heading' // a Markdown/HTML heading without a number, or a group's (【专项行动一】…) over numbered items
  | 'box'; // 专栏1 重点工程: a box of projects between tasks (see Box)

export type Role = 'lead' | 'participant' | 'responsible';

/** One role in a responsibility clause, with its label as written (牵头单位, 配合单位, 负责部门, …). */
export interface UnitRole {
  role: Role;
  label: string;
  units: string[];
}

export interface Responsibility {
  /** The clause as written, without its brackets. */
  text: string;
  roles: UnitRole[];
  lead: string[];
  participants: string[];
  position: Position;
  /** True when the clause stands in its own paragraph after the items it covers. */
  standalone: boolean;
  /** False when the clause is the paragraph's last sentence, written without brackets (…。牵头单位:A。). */
  bracketed?: false;
  /** When the task is due, as the clause writes it (完成时限：2023年底前 gives `2023年底前`); absent if it says nothing. */
  deadline?: string;
  /**
   * People to contact and their telephone numbers, as written among the units (（责任人：刘强，
   * 13812345678） gives `责任人：刘强，13812345678`; 张三，138****1234 gives `张三，138****1234`), and the
   * leader in charge (责任领导：王芳, 区领导：陈亮): they are no units. Absent when the clause names none.
   */
  contacts?: string[];
}

export interface OutlineNode {
  kind: OutlineKind;
  /** Nesting depth, 1 for top-level items. */
  depth: number;
  /**
   * The numeral (`一`, `3`, `十五`), with full-width digits folded to half-width (`１０` gives `10`);
   * `label` keeps the marker exactly as written. Empty for unnumbered headings.
   */
  number: string;
  /** The numeral's value, or null when it has none. */
  ordinal: number | null;
  /** The marker as written (`一、`, `(一)`, `1.`, `第三条`). */
  label: string;
  /** The heading, or the phrase before the first 。 of an item paragraph. */
  title: string;
  /** The item's own text after its marker, joined across its paragraphs. */
  text: string;
  paragraphs: TextNode[];
  responsibility: Responsibility | null;
  position: Position;
  children: OutlineNode[];
  /**
   * True for an item written inside its parent's paragraph (……。一是…；二是…): its text is also
   * part of the parent's text. Absent for items that start a paragraph of their own.
   */
  inline?: true;
}

export interface Goal {
  indicator: string;
  value: number;
  /**
   * The number as it stands in the text, full-width digits folded to half-width (`２．５９` gives
   * `2.59`); a number in Chinese numerals as written (`五十`, `百分之十`, whose unit is %).
   */
  raw: string;
  /**
   * The unit as written after the figure, whole: a currency stays in it (亿美元, 亿元人民币), and
   * so does a counter in brackets (万台（套）).
   */
  unit: string;
  /** Qualifying words and comparison signs: 力争, 突破, 以上, 左右, ≥, …, joined with `、`. */
  qualifier?: string;
  /** What the qualifiers mean for comparison. */
  comparison: 'at-least' | 'at-most' | 'about' | 'equal';
  /** The upper end of a target given as a range (增长10%—15%: value 10, upTo 15, in the same unit). */
  upTo?: number;
  /** The year the target is for (到2022年末 → 2022). */
  year?: number;
  /**
   * Present when the value is not a level of the indicator but relative to an earlier one:
   * `change` when it says by how much the indicator changes (年均增长12%, 比2020年下降13.5%,
   * 提高2个百分点; the indicator ends with the change, 能耗下降), `multiple` when it says how many
   * times the earlier level it reaches (翻一番: value 2, 翻两番: 4, unit 倍, raw as written).
   */
  relative?: 'change' | 'multiple';
  /**
   * The year the target is measured from, when the text names one (比2020年, 较2020年底,
   * 在2020年基础上 → 2020; 比“十三五”末 → 2020; 比上年, 同比 → the goal's year − 1, absent when
   * the goal has no year). It is not part of the indicator.
   */
  baseYear?: number;
  /**
   * The indicator of the target this one is a part of, when the text says so with 其中
   * (全区高新技术企业达到300家，其中国家级专精特新企业达到20家: partOf `全区高新技术企业`).
   */
  partOf?: string;
  /** The sentence the target comes from. */
  sentence: string;
  position: Position;
}

export interface SectionRef {
  number: string;
  title: string;
}

export interface Task {
  /** A stable identity derived from the task's content, so it survives renumbering. */
  id: string;
  number: string;
  label: string;
  /** Labels of the enclosing outline items, outermost first, then the task's own. */
  path: string[];
  title: string;
  text: string;
  section: SectionRef | null;
  lead: string[];
  participants: string[];
  /**
   * The unit names in simplified characters, present only when the document is written in
   * traditional characters (區科技局 → 区科技局), so that units compare across 简体 and 繁体 pages.
   */
  leadSimplified?: string[];
  participantsSimplified?: string[];
  /** The responsibility clause with its original role labels. */
  roles: UnitRole[];
  /**
   * When the task is due, as written: from its clause (完成时限：2023年底前, 2023年6月底前完成，A负责,
   * A牵头，持续推进) or a task table's 完成时限 column. Absent when the notice gives none.
   */
  deadline?: string;
  /** People to contact and their numbers, written among the clause's units (see Responsibility.contacts). */
  contacts?: string[];
  position: Position;
}

export interface Section {
  number: string;
  label: string;
  title: string;
  position: Position;
}

export interface Part {
  number: string;
  label: string;
  title: string;
  position: Position;
}

/**
 * A 专栏 box printed between a plan's tasks (专栏1 公共文化重点工程 over a list of projects): what it
 * lists is neither the text of the task before it nor tasks of its own.
 */
export interface Box {
  /** The number as written, full-width digits folded (`1`, `3-2`, `一`). */
  number: string;
  /** The label as written, brackets included (`专栏1`, `【专栏3】`). */
  label: string;
  title: string;
  /** The box's lines under its heading, joined with line breaks. */
  text: string;
  /** The outline item the box stands in (第一节 构建…), or null when it stands at the top level. */
  section: SectionRef | null;
  position: Position;
}

export interface Safeguard {
  number: string;
  label: string;
  title: string;
  text: string;
  /**
   * The units its item's responsibility clauses name (its own and its sub-items', in order), present
   * only when it names some (（一）强化组织领导。…各乡镇人民政府按职责分工负责。): an item of the
   * safeguards part is a safeguard, never a task, and its units are kept here rather than lost.
   */
  lead?: string[];
  participants?: string[];
  /** Its units in simplified characters on a traditional page, as a task's (see Task.leadSimplified). */
  leadSimplified?: string[];
  participantsSimplified?: string[];
  roles?: UnitRole[];
  position: Position;
}

/** A line of the 附件说明 (list of annexes): `附件:河东区…年度分解表`. */
export interface Attachment {
  label: string;
  title: string;
  /** The address of the file an HTML page's 附件 line links to for it (…/x.pdf), as written; present only then. */
  href?: string;
  /** The list marks the annex left out of this copy on purpose (某名单（略）); present only then. */
  omitted?: true;
  position: Position;
}

export interface Period {
  start: number | null;
  end: number | null;
}

export interface Plan {
  title: string;
  titlePosition: Position | null;
  period: Period;
  preamble: TextNode[];
  parts: Part[];
  sections: Section[];
  goals: Goal[];
  tasks: Task[];
  safeguards: Safeguard[];
  attachments: Attachment[];
  /** The 附件 heading the plan is printed under, when the notice prints its plan as an annex. */
  printedAs?: { label: string; position: Position };
  /**
   * The issuing body and the date printed under the title of a plan without its notice (…调整方案 /
   * 某某市发展和改革委员会 / 2023年8月). `date` is ISO when the day is given, `dateText` as written;
   * both null when the body's name stands alone under the title.
   */
  byline?: { issuer: string | null; date: string | null; dateText: string | null; position: Position };
  /**
   * Closing statements after the last item (本措施自印发之日起施行，由…负责解释), which belong to no
   * item, and a note that ends the plan (注：1.… / 2.…), paragraph by paragraph. Present only when
   * the plan has them.
   */
  closing?: TextNode[];
  /**
   * The imprint (版记) of a plan printed without its covering notice (抄送：… / 某办公室 2024年4月8日印发);
   * a notice's is `notice.imprint`. Present only then.
   */
  imprint?: Imprint;
  /**
   * The document's footnotes (Word's [1] at the page's end, Markdown's `[^1]:`), each with its mark
   * as the reference prints it and its text; the reference itself is left out of the sentence it
   * stands in (达到90%[1]以上 reads 达到90%以上). Present only when the document has them.
   */
  footnotes?: Footnote[];
  /** The 专栏 boxes between the plan's tasks, in order. Present only when the plan has them. */
  boxes?: Box[];
}

/** A footnote: its mark (`1`, `i`), its text paragraph by paragraph joined by line breaks, where it stands and where it is referred to. */
export interface Footnote {
  mark: string;
  text: string;
  position: Position;
  /** Where its references stand in the text (left out of it), in order; absent when none is known. */
  references?: Position[];
}

export interface TableCell {
  text: string;
  position: Position;
  rowspan?: number;
  colspan?: number;
}

export interface AnnexRow {
  number: string;
  /**
   * The indicator as written, less a unit in brackets after it; a note in brackets (（累计）) stays,
   * and a note the 单位 cell gives beside its unit (家（累计）, （亿元，当年）) is added after it so.
   */
  indicator: string;
  /**
   * The 单位 column's unit (less a note beside it, and the brackets of one written （家）), else the
   * bracket after the indicator when it reads as a unit, else the
   * unit the year columns (2023年（亿元）) or the table (单位：万元) state for all its figures.
   */
  unit: string | null;
  /** Numeric cells keyed by their column header (a year for yearly tables). */
  values: Record<string, number | null>;
  /**
   * Cells that state a range (15—20, 3-5, 5%—6%), keyed as `values` (whose value for them stays
   * null): the lower figure and the upper, as a goal's `value` and `upTo`. Present only when the
   * row has such a cell.
   */
  ranges?: Record<string, AnnexRange>;
  /**
   * A cell merged across value columns (`<td colspan="3">保持全市前列</td>` over 2023年 | 2024年 |
   * 2025年, or 100 over two years): keyed as `values` by the first column it covers, the keys of all
   * it covers. Its figure, if any, is given once, under the first; the others' values stay null and
   * their cells empty. Present only when the row has such a cell.
   */
  spans?: Record<string, string[]>;
  /** Every cell of the row as written, in column order (a merged cell's text once, at its first column). */
  cells: string[];
  /**
   * Where each of `cells` starts in the input, in the same order: the cell's text in an HTML table,
   * the cell within its pipe row in Markdown, the cell's own (first) line in a table flattened one
   * cell per line; a merged cell's copies point at it. A goal or a change can so name the cell
   * itself, not only its row. Absent in models written before it.
   */
  cellStarts?: Point[];
  /**
   * In a table of figures, the category row spanning the table above this row (一、经济发展), which
   * is read as the group of the rows under it rather than as a row; absent when none.
   */
  group?: string;
  position: Position;
}

/** A table cell that gives a range rather than one figure (15—20: value 15, upTo 20, in the same unit). */
export interface AnnexRange {
  value: number;
  upTo: number;
}

export interface AnnexTable {
  columns: string[];
  rows: AnnexRow[];
  /**
   * `text` for a table of text cells (an indicator list, a task breakdown): its rows keep their
   * cells and have no `values`. Absent for a table of figures (yearly targets).
   */
  kind?: 'text';
  /**
   * `true` for a table written with a row per year and an indicator per column (年度 | 研发投入强度（%） |
   * …, then 2023年 | 3.2 | …), read turned: each indicator's column is a row (its header cell its
   * indicator and unit, its figures its `values` by year, a 合计 row's its `合计`), under columns
   * `指标` and the years as written. Absent for a table read as written.
   */
  transposed?: true;
  /** The title written in the table's first row, one cell spanning it, above the header; absent when none. */
  caption?: string;
  /**
   * The unit stated for all the table's figures (a line 单位：万元 above it, （单位：万元） after an
   * annex's title), also the unit of each row that gives none of its own (in a table of figures; a
   * table of text keeps it here only); absent when none.
   */
  unit?: string;
  /**
   * Notes written in the table's own rows (a last row `注：…` spanning the table, `数据来源：…`): no rows
   * of it, kept as text; absent when none.
   */
  notes?: TextNode[];
  position: Position;
}

/** A table inside the plan's text (表1 主要指标, a 重点任务分解表 in a section), not in an annex. */
export interface BodyTable {
  /** The caption line before the table as written (`表1 主要指标`), or null. */
  caption: string | null;
  /** Labels of the outline items the table stands in, outermost first. */
  path: string[];
  table: AnnexTable;
  position: Position;
}

export interface Annex {
  /** `附件1`, `附件` … as written. */
  label: string;
  title: string;
  table: AnnexTable | null;
  /** Paragraphs of the annex that are not part of its table. */
  body: TextNode[];
  position: Position;
}

/** A stretch of the input that no part of the model accounts for; a diagnostic says so too. */
export interface Unparsed {
  text: string;
  reason: string;
  position: Position;
}

export interface PlanDocument {
  schemaVersion: 1;
  source: SourceInfo;
  chrome: ChromeNode[];
  metadata: Metadata;
  notice: Notice | null;
  plan: Plan | null;
  outline: OutlineNode[];
  annexes: Annex[];
  /** Tables in the plan's text; present only when the document has some. */
  tables?: BodyTable[];
  unparsed: Unparsed[];
  diagnostics: Diagnostic[];
}
