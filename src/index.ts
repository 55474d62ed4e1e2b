/**
 * plan — parse, query, validate and diff Chinese government policy notices.
 *
 * Everything the command line does is available here as typed functions.
 */
export type * from './model/types.js';
export { parseNotice, parseFile, parseLoaded, type ParseNoticeOptions, type ParseFileOptions } from './parse/parse-notice.js';
export { parseSource, type ParseOptions } from './parse/parse-source.js';
export { loadSource, type LoadOptions } from './source/load-source.js';
export type { Block, SourceDocument } from './source/types.js';
export { decode, canonicalEncoding, type Decoded, type DecodeOptions } from './io/decode.js';
export { readInput } from './io/read-input.js';
export { InputError } from './io/errors.js';
export { planDocumentSchema } from './model/schema.js';
export { parseNumeral, toChineseNumeral } from './text/chinese-numeral.js';
export { findDates, parseDate } from './text/date.js';
export { findDocumentNumbers, parseDocumentNumber } from './text/document-number.js';
export { validateDocument, validateSource, ruleLevels, type ValidateOptions, type ValidationResult } from './validate/validate.js';
export { RULES } from './validate/rules/index.js';
export type { Rule, RuleContext, ReportOptions, Place } from './validate/rule.js';
export { UnknownRuleError, type RuleSettings } from './validate/run-rules.js';
export { UnitRegistry, BUILT_IN_UNITS, type UnitRegistryOptions } from './validate/unit-registry.js';
export { PARSE_DIAGNOSTICS, type ParseDiagnosticInfo } from './validate/parse-diagnostics.js';
export { renderStylish } from './render/diagnostics-stylish.js';
export { renderJson, toEslintResults, type EslintResult, type EslintMessage } from './render/diagnostics-json.js';
export { renderGithub } from './render/diagnostics-github.js';
export { renderSarif, type SarifTool, type SarifRuleInfo } from './render/diagnostics-sarif.js';
export type { PlanConfig, RuleSetting } from './config/load-config.js';
