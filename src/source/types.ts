import type { ParserDiagnosticId } from '../model/parser-diagnostic-ids.js';
import type { Position, SourceFormat } from '../model/types.js';

/**
 * Maps offsets in a block's logical text back to offsets in the decoded source.
 *
 * Each anchor says: the character at `text` in the block text came from `source` in the input,
 * and the following characters follow one by one until the next anchor. Adapters add an anchor
 * wherever the two drift apart (joined lines, HTML entities, tags between text nodes).
 */
export interface OffsetAnchor {
  text: number;
  source: number;
}

export interface CellBlock {
  text: string;
  anchors: OffsetAnchor[];
  start: number;
  end: number;
  rowspan?: number;
  colspan?: number;
  header?: boolean;
  /** True for a copy that fills a grid position covered by another cell's rowspan/colspan. */
  spanned?: boolean;
  /**
   * True for an empty cell the adapter adds where a row one short of its table is taken to lack its
   * last cell (a tab trimmed with it): which cell is missing is a guess, so a table of figures places
   * the row's figures by their shape instead (see Block.looseRows).
   */
  added?: boolean;
}

export type BlockKind = 'paragraph' | 'heading' | 'table' | 'frontmatter' | 'note';

/** One logical unit of a source: a paragraph or line of text, a heading, a table. */
export interface Block {
  kind: BlockKind;
  /** The logical text: wrapped lines joined, markup removed, entities decoded. */
  text: string;
  anchors: OffsetAnchor[];
  /** Offsets of the block's span in the decoded source. */
  start: number;
  end: number;
  /** Heading depth for Markdown/HTML headings (1–6). */
  depth?: number;
  /** Cells row by row, for table blocks (after rowspan/colspan expansion the adapter keeps spans). */
  rows?: CellBlock[][];
  /**
   * True for a table of rows written as cells a tab apart with a row short of the others kept as
   * written: the cell it lacks (an empty one whose tab was dropped) may be any of its cells, not only
   * its last, so its figures are placed by their shape, not left to right.
   */
  looseRows?: boolean;
  /** Key/value pairs, for front matter blocks. */
  fields?: Array<{ key: string; value: string; start: number; end: number }>;
  /** True when the adapter already knows the block is page furniture (nav, footer, share bar). */
  chrome?: boolean;
  /** True for an HTML block outside the page's main region (the element that holds its sentences): the page's, not the article's. */
  outside?: boolean;
  /** True for an HTML block in the same element as the text block before it: of the same flow of text. */
  besideText?: boolean;
  /** Links to document files (.pdf, .docx …) in the block, with their text: an attachment's download. */
  files?: Array<{ text: string; href: string }>;
  /** True for the first block of an item of a bulleted list (a Markdown `-` item): an item without a number. */
  bullet?: boolean;
  /**
   * For the first block of a Markdown list item: how many list items hold it (1 in a list, 2 in a
   * list inside an item of another). A nested list restarts its numbers, so its 1. is not a sibling
   * of the 3. it stands in.
   */
  listDepth?: number;
  /**
   * The mark of the footnote whose text the block is (`1` for Word's [1], a Markdown `[^1]:`): the
   * adapter took the mark and its reference markup out of the text, as the document's own notes.
   */
  footnote?: string;
  /**
   * How many characters at the start of the text an inline element of their own sets apart from
   * the rest (HTML: 文号 in <li><span>文号</span>青政办发〔2024〕7号</li>): a label without a colon.
   */
  lead?: number;
  /**
   * A revision mark (【新增】, 【修改】) that opened the block's text, which the source stage took out:
   * the mark as written and the source offset of the first character after it. The line is an
   * item this version added or changed, an item of the list it stands in (see revision-marks.ts).
   */
  revisionMark?: { text: string; next: number };
}

/** The decoded input, ready for the notice grammar. */
export interface SourceDocument {
  name: string;
  format: SourceFormat;
  encoding: string;
  sha256: string;
  bytes: number;
  /** The decoded text; every position points into it. */
  text: string;
  blocks: Block[];
  /** The page's <title> (HTML only): no block, as it is not part of the text. */
  pageTitle?: { text: string; start: number; end: number; anchors?: OffsetAnchor[] };
  /**
   * Where the footnotes' references stand (Word's [1], Markdown's [^1]), which the adapter left out
   * of the text, each with the mark of its note. Absent when the source has none.
   */
  footnoteRefs?: Array<{ mark: string; start: number; end: number }>;
  /**
   * Content an HTML page shows that is no text of it: a document in a viewer (<iframe src="…pdf">,
   * <embed>, <object>) and images (<img>), outside the page's furniture, where they stand. Absent when none.
   */
  embeds?: Array<{ kind: 'document' | 'image'; src: string; start: number; end: number }>;
  /** Problems found while decoding or splitting. */
  problems: Array<{ ruleId: ParserDiagnosticId; message: string; offset: number; severity: 'error' | 'warning' | 'info' }>;
}

/** What an adapter knows of the input besides its blocks. */
export type SourceExtras = Pick<SourceDocument, 'pageTitle' | 'footnoteRefs' | 'embeds'>;

export type { Position };
