/**
 * The ids of every diagnostic the stages before validation emit (decoding, the source adapters,
 * the parser). `plan validate` lists these diagnostics and `--rule` and `.planrc.json` set their
 * levels, so an id emitted but not listed here could be seen and not switched off: each stage
 * takes its ids as ParserDiagnosticId, which makes an unlisted one a type error, and
 * validate/parse-diagnostics.ts must describe every one (its table is keyed by this type).
 */
export const PARSER_DIAGNOSTIC_IDS = [
  'unparsed-text',
  'responsibility-repeated',
  'clause-label-unread',
  'clause-unread',
  'annex-unit-unclosed',
  'annex-value-unreadable',
  'annex-row-width',
  'annex-years-as-rows',
  'header-date-unreadable',
  'signature-dates-joint',
  'date-invalid',
  'goal-figure-unread',
  'annex-table-unread',
  'task-rows-unread',
  'flat-table-unread',
  'annex-plan-unread',
  'plan-in-attachment',
  'embedded-document',
  'attachment-as-images',
  'headline-not-title',
  'encoding-undecodable',
  'encoding-truncated',
  'input-cut-off',
  'clause-unclosed',
  'not-a-notice',
  'maybe-not-a-notice',
  'text-unbroken',
  'revision-mark',
  'notice-tasks-outside-plan',
  'plan-signed-again',
  'html-no-markup',
  'html-article-copy',
  'column-note-unread',
  'header-label-unknown',
  'header-cell-unread',
  'encoding-guessed',
  'encoding-mismatch',
  'grid-table-unread',
  'simple-table-unread',
  'multiline-table-unread',
  'spaced-table-unread',
  'tab-row-unread',
  'table-deadlines-differ',
] as const;

export type ParserDiagnosticId = (typeof PARSER_DIAGNOSTIC_IDS)[number];
