import type { RuleSetting } from '../config/load-config.js';
import type { Diagnostic, PlanDocument, Point, Position, Severity } from '../model/types.js';
import { LineMap } from '../source/line-map.js';
import type { Block } from '../source/types.js';
import { fold } from '../text/fold.js';
import { findInBlocks } from './find-in-blocks.js';
import type { Place, ReportOptions, Rule, RuleContext } from './rule.js';
import type { UnitRegistry } from './unit-registry.js';

/** A `--rule` or config entry naming a rule that does not exist. */
export class UnknownRuleError extends Error {
  override name = 'UnknownRuleError';
  constructor(
    readonly ruleId: string,
    readonly known: readonly string[],
  ) {
    super(`unknown rule "${ruleId}"; rules are: ${known.join(', ')}`);
  }
}

/**
 * A rule setting that is no level (`'warn'`, ESLint's spelling, or `'fatal'`): a library caller's
 * settings are not type-checked at run time, and such a level reached the renderers, which know
 * only info, warning and error.
 */
export class RuleLevelError extends Error {
  override name = 'RuleLevelError';
  constructor(
    readonly ruleId: string,
    readonly setting: unknown,
  ) {
    super(`rule "${ruleId}" has setting "${String(setting)}"; use off, info, warning or error`);
  }
}

const SETTINGS: ReadonlySet<unknown> = new Set(['off', 'info', 'warning', 'error']);

/** Settings by rule id; later layers override earlier ones (defaults ← config ← command line). */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/**
 * The level (or `off`) of each id: a rule's default, then each layer in turn. Ids without a
 * default (the parser's diagnostics) only appear when a layer sets them.
 * Throws UnknownRuleError for an id that is neither a rule nor in `otherIds`, and RuleLevelError
 * for a setting that is none of off, info, warning and error.
 */
export function resolveLevels(
  rules: readonly Rule[],
  layers: ReadonlyArray<RuleSettings | undefined>,
  otherIds: readonly string[] = [],
): Map<string, Severity | 'off'> {
  const levels = new Map<string, Severity | 'off'>(rules.map((r) => [r.id, r.defaultSeverity]));
  const known = new Set([...levels.keys(), ...otherIds]);
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer ?? {})) {
      if (!known.has(id)) throw new UnknownRuleError(id, [...known]);
      if (!SETTINGS.has(setting)) throw new RuleLevelError(id, setting);
      levels.set(id, setting);
    }
  }
  return levels;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The milder of two severities. */
export function milder(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

export interface RunInput {
  doc: PlanDocument;
  text: string;
  blocks: readonly Block[];
  units: UnitRegistry;
  /** Traditional → simplified, one character for one; absent for simplified text. */
  simplify?: ((text: string) => string) | undefined;
}

/** The rules' findings, and for those that gave one, the wider span each is about (ReportOptions.about). */
export interface RuleRun {
  diagnostics: Diagnostic[];
  about: Map<Diagnostic, Position>;
}

/** Runs each rule that is on at its level and returns their messages as diagnostics. */
export function runRules(rules: readonly Rule[], levels: ReadonlyMap<string, Severity | 'off'>, input: RunInput): RuleRun {
  const lines = new LineMap(input.text);
  const simplify = input.simplify;
  const match = simplify ? (text: string): string => simplify(fold(text)) : fold;
  let matchable: string | null = null;
  const out: Diagnostic[] = [];
  const about = new Map<Diagnostic, Position>();
  const span = (start: number, end: number): Position => lines.position(start, end);
  for (const rule of rules) {
    const level = levels.get(rule.id) ?? rule.defaultSeverity;
    if (level === 'off') continue;
    const ctx: RuleContext = {
      doc: input.doc,
      text: input.text,
      blocks: input.blocks,
      units: input.units,
      pointAt: (offset) => lines.point(offset),
      span,
      match,
      find(needle, within, from) {
        if (!needle) return null;
        matchable ??= match(input.text);
        // Search the span only: an unbounded indexOf would read to the end of the text on a miss.
        const start = Math.max(within.start.offset, from ?? 0);
        const at = matchable.slice(start, within.end.offset).indexOf(match(needle));
        if (at >= 0) return span(start + at, start + at + needle.length);
        // Written apart from how it reads (a zero-width character, a reference inside it): read the blocks.
        const found = findInBlocks(input.blocks, input.text, match, needle, start, within.end.offset);
        return found ? span(found[0], found[1]) : null;
      },
      report(message: string, place: Place, options: ReportOptions = {}) {
        // A finding at a single place covers its one character, so that every format can say where it ends.
        const position = isPosition(place) ? place : span(place.offset, Math.min(place.offset + 1, input.text.length));
        const start: Point = position.start;
        const diagnostic: Diagnostic = {
          ruleId: rule.id,
          severity: options.severity ? milder(level, options.severity) : level,
          message,
          line: start.line,
          column: start.column,
          source: 'validate',
        };
        diagnostic.position = position;
        if (options.about) about.set(diagnostic, options.about);
        out.push(diagnostic);
      },
    };
    rule.check(ctx);
  }
  return { diagnostics: out, about };
}

function isPosition(place: Place): place is Position {
  return 'start' in place;
}
