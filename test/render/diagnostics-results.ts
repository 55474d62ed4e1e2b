import type { Diagnostic } from '../../src/model/types.js';
import type { ValidationResult } from '../../src/validate/validate.js';

const at = (line: number, column: number, endLine: number, endColumn: number): Diagnostic['position'] => ({
  start: { line, column, offset: 0 },
  end: { line: endLine, column: endColumn, offset: 0 },
});

/** Two files, one with an error, a warning with a span and an info; one clean. */
export const RESULTS: ValidationResult[] = [
  {
    path: 'notices/河东.txt',
    diagnostics: [
      { ruleId: 'document-number-format', severity: 'error', message: '"河东政办函[2022]10号" puts the year in "[]"; write 〔2022〕', line: 13, column: 6, position: at(13, 6, 13, 7) },
      { ruleId: 'header-required', severity: 'warning', message: '成文日期 is empty', line: 16, column: 1 },
      { ruleId: 'unit-known', severity: 'info', message: 'unknown unit "区算力专班"', line: 161, column: 14 },
    ],
  },
  { path: 'clean.txt', diagnostics: [] },
];

/** A message and a path carrying what each output format must escape. */
export const HOSTILE: ValidationResult[] = [
  {
    path: 'a,b:c%.txt',
    diagnostics: [{ ruleId: 'brackets-balanced', severity: 'warning', message: '100% "(" at a:b, c\nnext\r\x1b[31mred', line: 2, column: 3 }],
  },
];
