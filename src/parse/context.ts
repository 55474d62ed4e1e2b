import { sourceEnd, sourceOffset } from '../source/anchors.js';
import { LineMap } from '../source/line-map.js';
import type { Block, SourceDocument } from '../source/types.js';
import type { Diagnostic, Point, Position, Severity } from '../model/types.js';
import type { ParserDiagnosticId } from '../model/parser-diagnostic-ids.js';
import { closeLetterSpacing, fold } from '../text/fold.js';
import type { Marker } from '../text/markers.js';
import { simplifyLabelGlyphs } from '../text/simplify.js';

/** What a block was taken as; every block ends up claimed or reported as unparsed. */
export type Claim =
  | 'chrome'
  | 'metadata'
  | 'notice-title'
  | 'notice-number'
  | 'addressees'
  | 'notice-body'
  | 'signature'
  | 'date'
  | 'disclosure'
  | 'plan-title'
  | 'preamble'
  | 'outline'
  | 'annex-list'
  | 'annex'
  | 'imprint'
  | 'note';

export interface ParseOptions {
  /** Converts traditional characters to simplified, one character for one, for matching only. */
  simplify?: (text: string) => string;
}

/** A block with its text prepared for matching. */
export interface Item {
  index: number;
  block: Block;
  /** The original text. */
  text: string;
  /** fold()ed and simplified copy of `text`, same length, for matching. */
  match: string;
  /**
   * The marker of a heading numbered without a dot (1 总体目标), which only the document around it
   * tells from a figure opening a line: set by markDecimalChapters.
   */
  chapter?: Marker;
}

/** State shared by the parse stages: the blocks, what each was claimed as, and the diagnostics. */
export class ParseContext {
  readonly source: SourceDocument;
  readonly lines: LineMap;
  readonly items: Item[];
  readonly claims: Array<Claim | null>;
  readonly diagnostics: Diagnostic[] = [];
  readonly normalize: (text: string) => string;
  /**
   * A heading's title for recognising the words it is known by (工作目标, 保障措施, 總體要求): the
   * matching copy, its letter-spacing taken out (工　作　目　标). Not length-preserving.
   */
  readonly titleKey: (title: string) => string;
  /** The traditional → simplified converter when the document is read as traditional. */
  readonly simplify: ((text: string) => string) | undefined;

  constructor(source: SourceDocument, options: ParseOptions = {}) {
    this.source = source;
    this.lines = new LineMap(source.text);
    const simplify = options.simplify;
    this.simplify = simplify;
    // A simplified page may still write a role label in another form (牽頭單位, 参与単位).
    this.normalize = simplify ? (t: string) => simplify(simplifyLabelGlyphs(fold(t))) : (t: string) => simplifyLabelGlyphs(fold(t));
    this.titleKey = (t: string) => closeLetterSpacing(this.normalize(t));
    this.items = source.blocks.map((block, index) => ({ index, block, text: block.text, match: this.normalize(block.text) }));
    this.claims = source.blocks.map((b) => (b.chrome ? 'chrome' : null));
  }

  claim(index: number, as: Claim): void {
    this.claims[index] = as;
  }

  isFree(index: number): boolean {
    return this.claims[index] === null;
  }

  /** Position of a whole block. */
  blockPosition(item: Item): Position {
    return this.lines.position(item.block.start, item.block.end);
  }

  /** Position of a span of a block's text, mapped back to the source through the block's anchors. */
  spanPosition(item: Item, from: number, to: number): Position {
    const start = sourceOffset(item.block.anchors, from);
    const end = to <= from ? start : sourceEnd(item.block, to, this.source.text);
    return this.lines.position(start, end);
  }

  /** Position from the start of one block to the end of another. */
  rangePosition(first: Item, last: Item): Position {
    return this.lines.position(first.block.start, last.block.end);
  }

  report(ruleId: ParserDiagnosticId, severity: Severity, message: string, position: Position): void {
    this.diagnostics.push({
      ruleId,
      severity,
      message,
      line: position.start.line,
      column: position.start.column,
      position,
      source: 'parse',
    });
  }

  /** A diagnostic at a single place, without a span: what the input as a whole shows, or a stage before the parse found. */
  reportAt(ruleId: ParserDiagnosticId, severity: Severity, message: string, at: Point, source: 'parse' | 'io' = 'parse'): void {
    this.diagnostics.push({ ruleId, severity, message, line: at.line, column: at.column, source });
  }
}
