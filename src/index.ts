/**
 * plan — parse, query, validate and diff Chinese government policy notices.
 *
 * Everything the command line does is available here as typed functions.
 */
export type * from './model/types.js';
export { parseNotice, parseFile, parseLoaded, type ParseNoticeOptions, type ParseFileOptions } from './parse/parse-notice.js';
export { parseSource, type ParseOptions } from './parse/parse-source.js';
export { loadSource, type LoadOptions } from './source/load-source.js';
export type { Block, CellBlock, OffsetAnchor, SourceDocument } from './source/types.js';
export { detectFormat, sniffFormat } from './source/detect-format.js';
export { textToBlocks } from './source/text-adapter.js';
// The HTML and Markdown adapters load cheerio and unified only when they are called.
export { htmlToBlocks } from './source/html-adapter.js';
export { markdownToBlocks } from './source/markdown-adapter.js';
export { decode, canonicalEncoding, type Decoded, type DecodeOptions, type DecodeProblem } from './io/decode.js';
export { readInput } from './io/read-input.js';
export { InputError } from './io/errors.js';
export { planDocumentSchema } from './model/schema.js';
export { parseNumeral, toChineseNumeral } from './text/chinese-numeral.js';
export { findDates, parseDate } from './text/date.js';
export { findDocumentNumbers, parseDocumentNumber } from './text/document-number.js';
// validateDocument matches traditional text on a simplified copy made with this converter (README, validate › Library).
export { loadSimplifier, looksTraditional, simplifierFor, type Simplifier } from './text/simplify.js';
export { queryTasks } from './query/select-tasks.js';
export { departmentLoad } from './query/departments.js';
export { queryGoals } from './query/goals.js';
export { queryAnnex, annexValueColumns } from './query/annex.js';
export { queryMetadata } from './query/metadata.js';
export { UnitMatcher, type UnitMatcherOptions } from './query/unit-matcher.js';
export { FieldError, pickFields, flatValue } from './query/fields.js';
export {
  QueryError,
  type QueryKind,
  type QueryOptions,
  type QueryNote,
  type TaskFilters,
  type TaskRole,
  type RoleFilter,
  type TaskRow,
  type TaskRef,
  type DepartmentRow,
  type GoalRow,
  type AnnexTableRow,
  type MetadataRow,
} from './query/types.js';
export { diffDocuments } from './diff/diff-documents.js';
export { align, alignedSteps, type AlignSpec, type Alignment, type AlignedStep } from './diff/align.js';
export { loadRedliner } from './diff/redline.js';
export type * from './diff/types.js';
export { isDifference } from './diff/types.js';
export { validateDocument, validateSource, ruleLevels, type ValidateOptions, type ValidationResult } from './validate/validate.js';
export { RULES } from './validate/rules/index.js';
export type { Rule, RuleContext, ReportOptions, Place } from './validate/rule.js';
export { RuleLevelError, UnknownRuleError, type RuleSettings } from './validate/run-rules.js';
export { UnitRegistry, BUILT_IN_UNITS, type UnitRegistryOptions } from './validate/unit-registry.js';
export { PARSE_DIAGNOSTICS, type ParseDiagnosticInfo } from './validate/parse-diagnostics.js';
export { renderStylish } from './render/diagnostics-stylish.js';
export { renderJson, toEslintResults, type EslintResult, type EslintMessage } from './render/diagnostics-json.js';
export { renderGithub } from './render/diagnostics-github.js';
export { renderSarif, type SarifTool, type SarifRuleInfo } from './render/diagnostics-sarif.js';
export type { PlanConfig, RuleSetting } from './config/load-config.js';
export { buildReport } from './report/build-report.js';
export type * from './report/types.js';
export { renderReportHtml } from './render/report-html.js';
export { pairGoalsWithAnnex, type GoalAnnexPair, type GoalAnnexPairing, type YearRow, type YearTable } from './validate/goal-annex-pairs.js';
