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
