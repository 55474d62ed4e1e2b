import type { PlanDocument, Point, Position, Severity } from '../model/types.js';
import type { Block } from '../source/types.js';
import type { UnitRegistry } from './unit-registry.js';

/** Where a message points: a span, or a single place. */
export type Place = Position | Point;

export interface ReportOptions {
  /**
   * The most severe level this message may have. A rule whose findings differ in weight (a
   * missing field is an error, an empty date only a warning) marks its lighter findings so; the
   * message then takes the milder of this and the level the rule is set to.
   */
  severity?: Severity;
  /**
   * What the finding is about when that is wider than where it points (the row whose value is
   * missing somewhere among its cells): a parser diagnostic inside it that the rule covers is the
   * same problem and is left out.
   */
  about?: Position;
}

/** What a rule's check sees. Rules read; they never change the document. */
export interface RuleContext {
  readonly doc: PlanDocument;
  /** The decoded input text; every position points into it. */
  readonly text: string;
  /** The content blocks of the input (page furniture left out), for rules that read raw text. */
  readonly blocks: readonly Block[];
  readonly units: UnitRegistry;
  report(message: string, at: Place, options?: ReportOptions): void;
  /**
   * The copy of a text that patterns match against: width-folded and, for a notice in
   * traditional characters, simplified, character for character, so offsets carry over.
   */
  match(text: string): string;
  /** A point from an offset in `text`. */
  pointAt(offset: number): Point;
  /** The span of an offset range in `text`. */
  span(start: number, end: number): Position;
  /**
   * Finds `needle` inside `within` (compared as match() copies, so 2022 finds ２０２２), starting at
   * `from` when given. Returns its span, or null.
   */
  find(needle: string, within: Position, from?: number): Position | null;
}

export interface Rule {
  /** Kebab-case id, used in output and in `--rule ID=level`. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  defaultSeverity: Severity;
  check(ctx: RuleContext): void;
}
