import type { PlanConfig } from '../config/load-config.js';
import type { Diagnostic, PlanDocument, Position, Severity } from '../model/types.js';
import { parseSource } from '../parse/parse-source.js';
import { textToBlocks } from '../source/text-adapter.js';
import type { Block, SourceDocument } from '../source/types.js';
import { looksTraditional, simplifierFor } from '../text/simplify.js';
import { noticeScript } from '../text/notice-script.js';
import { isZoneNotice } from '../units/zone-bodies.js';
import { groupBy } from './group-by.js';
import { PARSE_DIAGNOSTICS, parseDiagnosticInfo } from './parse-diagnostics.js';
import { RULES } from './rules/index.js';
import { resolveLevels, runRules, type RuleSettings } from './run-rules.js';
import { TABLE_ROWS } from './row-cells.js';
import { UnitRegistry } from './unit-registry.js';
import { documentPlaces } from '../query/places.js';
import { optionalFunction, optionalObject, optionsObject, planDocument, sourceDocument } from '../util/arguments.js';

/** The validate options' types, checked before the work (rule names and levels by ruleLevels). */
function checkValidateOptions(fn: string, options: ValidateOptions | undefined): ValidateOptions {
  const checked = optionsObject(fn, options);
  optionalObject(fn, 'options.config', checked.config, true);
  optionalObject(fn, 'options.rules', checked.rules);
  if (checked.config) optionalObject(fn, 'options.config.rules', checked.config.rules);
  optionalFunction(fn, 'options.simplify', checked.simplify);
  return checked;
}

/** One input's problems, as the renderers take them. */
export interface ValidationResult {
  /** The input as named on the command line (`-` for standard input). */
  path: string;
  diagnostics: Diagnostic[];
  /**
   * Why the input could not be checked (unreadable, or no notice), without its name; its
   * diagnostics are then empty. Machine formats report it, so CI sees every input it was given.
   */
  error?: string;
}

export interface ValidateOptions {
  /** Project settings (`.planrc.json`): rule levels and units. */
  config?: PlanConfig | null;
  /** Rule levels that override the config, as `--rule ID=level` does. */
  rules?: RuleSettings;
  /** Traditional → simplified converter, so 區科技局 matches 区科技局 in the unit registry. */
  simplify?: (text: string) => string;
}

/**
 * The level of every rule and parser diagnostic after the given layers of settings (config,
 * then command line). Throws UnknownRuleError for an id that is neither, RuleLevelError for a
 * setting that is no level.
 */
export function ruleLevels(layers: ReadonlyArray<RuleSettings | undefined>): Map<string, Severity | 'off'> {
  return resolveLevels(RULES, layers, PARSE_DIAGNOSTICS.map((d) => d.id));
}

/**
 * Checks a parsed notice and returns its problems, sorted by place: the rules' findings and
 * the parser's own diagnostics (see parse-diagnostics.ts for how the two are merged).
 *
 * `source` is the SourceDocument the notice was parsed from (loadSource), or for plain text
 * the decoded text itself. Throws UnknownRuleError when a setting names no rule, RuleLevelError
 * when it gives a level other than off, info, warning or error (ESLint's `warn` among them).
 */
export function validateDocument(doc: PlanDocument, source: string | SourceDocument, options: ValidateOptions = {}): Diagnostic[] {
  planDocument('validateDocument', 'doc', doc);
  sourceDocument('validateDocument', 'source', source, true);
  options = checkValidateOptions('validateDocument', options);
  const levels = ruleLevels([options.config?.rules, options.rules]);
  const text = typeof source === 'string' ? source : source.text;
  const names = (doc.plan?.tasks ?? []).flatMap((task) => [...task.lead, ...task.participants]);
  const simplified = (t: string | null | undefined): string | undefined => (t && options.simplify ? options.simplify(t) : (t ?? undefined));
  const issuers = [doc.metadata.issuer, ...(doc.notice?.signatories ?? [])].map(simplified);
  const zone = isZoneNotice(issuers, simplified(doc.notice?.title ?? doc.metadata.title));
  // A 繁体 page is offered its suggestions in its own characters; a simplified notice, even one with a
  // traditional passage, in simplified ones.
  const script = options.simplify && looksTraditional(text) ? { script: noticeScript(text, options.simplify) } : {};
  const units = new UnitRegistry({ ...options.config?.units, simplify: options.simplify, places: documentPlaces(doc), names, zone, ...script });
  const blocks = contentBlocks(doc, typeof source === 'string' ? textToBlocks(source) : source.blocks);
  const { diagnostics: found, about } = runRules(RULES, levels, { doc, text, blocks, units, simplify: options.simplify });
  const kept = parseDiagnostics(doc.diagnostics, levels, found, about);
  return [...kept, ...found].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

/**
 * Parses a loaded source (loadSource) and validates it. For a notice in traditional characters
 * both the parser and the rules match on a simplified copy, as `plan validate` does; call
 * validateDocument directly to control that yourself.
 */
export async function validateSource(
  source: SourceDocument,
  options: Omit<ValidateOptions, 'simplify'> = {},
): Promise<{ doc: PlanDocument; diagnostics: Diagnostic[] }> {
  sourceDocument('validateSource', 'source', source);
  options = checkValidateOptions('validateSource', options);
  // Settings are checked before the parse: a wrong one fails at once, not after the work.
  ruleLevels([options.config?.rules, options.rules]);
  // The parse and the rules match on one copy (a 繁体 page's, or a traditional passage's), decided once.
  const simplify = await simplifierFor(source.text, 'auto');
  const doc = parseSource(source, simplify ? { simplify } : {});
  return { doc, diagnostics: validateDocument(doc, source, { ...options, simplify }) };
}

/**
 * The blocks rules read raw text from: page furniture left out (blocks the adapter marked, and
 * those the parser recognised as chrome), and each table cell as a block of its own.
 */
function contentBlocks(doc: PlanDocument, blocks: readonly Block[]): Block[] {
  const chrome = doc.chrome.map((c) => c.position);
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.chrome || chrome.some((p) => p.start.offset <= block.start && block.end <= p.end.offset)) continue;
    if (block.kind === 'table' && block.rows) {
      for (const row of block.rows) {
        const cells: Block[] = row.map((cell) => ({ kind: 'paragraph', text: cell.text, anchors: cell.anchors, start: cell.start, end: cell.end }));
        for (const cell of cells) TABLE_ROWS.set(cell, cells);
        out.push(...cells);
      }
    } else out.push(block);
  }
  return out;
}

/**
 * The parser's diagnostics at their configured level (their own level when not configured),
 * without those switched off or already reported by the rule that covers them.
 */
function parseDiagnostics(
  diagnostics: readonly Diagnostic[],
  levels: ReadonlyMap<string, Severity | 'off'>,
  found: readonly Diagnostic[],
  about: ReadonlyMap<Diagnostic, Position>,
): Diagnostic[] {
  const byRule = groupBy(found, (f) => f.ruleId);
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const level = levels.get(d.ruleId);
    if (level === 'off') continue;
    const coveredBy = parseDiagnosticInfo(d.ruleId)?.coveredBy;
    if (coveredBy && byRule.get(coveredBy)?.some((f) => within(f, d) || inside(d, about.get(f)))) continue;
    out.push(level ? { ...d, severity: level } : { ...d });
  }
  return out;
}

type LineColumn = { line: number; column: number };
const compare = (a: LineColumn, b: LineColumn): number => a.line - b.line || a.column - b.column;

/** Whether a parser diagnostic starts inside the span a finding is about. */
function inside(d: Diagnostic, span: Position | undefined): boolean {
  return !!span && compare(d, span.start) >= 0 && compare(d, span.end) < 0;
}

/** Whether `inner` starts where `outer` does or inside its span. */
function within(inner: Diagnostic, outer: Diagnostic): boolean {
  const end = outer.position?.end ?? outer;
  return compare(inner, outer) === 0 || (compare(inner, outer) > 0 && compare(inner, end) < 0);
}
