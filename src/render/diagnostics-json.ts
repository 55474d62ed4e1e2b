import { resolve } from 'node:path';
import type { ValidationResult } from '../validate/validate.js';
import { countSeverities, endOf } from './diagnostics-summary.js';

export interface EslintMessage {
  /** null for an input that could not be checked at all, as ESLint's fatal parsing errors have. */
  ruleId: string | null;
  fatal?: true;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  usedDeprecatedRules: [];
}

/** The path ESLint would give: absolute for files, `<stdin>` for standard input. */
export function eslintFilePath(path: string, cwd = process.cwd()): string {
  return path === '-' ? '<stdin>' : resolve(cwd, path);
}

/**
 * ESLint's JSON formatter shape, so tools that read ESLint output read this. ESLint has no
 * level below warning: `info` messages are given severity 1 and counted with the warnings.
 */
export function toEslintResults(results: readonly ValidationResult[], cwd = process.cwd()): EslintResult[] {
  return results.map((r) => {
    if (r.error !== undefined) {
      // As ESLint gives a file it could not parse: one fatal message, counted as an error.
      return {
        filePath: eslintFilePath(r.path, cwd),
        messages: [{ ruleId: null, fatal: true, severity: 2, message: r.error, line: 1, column: 1 }],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      };
    }
    const counts = countSeverities(r.diagnostics);
    return {
      filePath: eslintFilePath(r.path, cwd),
      messages: r.diagnostics.map((d) => {
        const m: EslintMessage = { ruleId: d.ruleId, severity: d.severity === 'error' ? 2 : 1, message: d.message, line: d.line, column: d.column };
        const end = endOf(d);
        if (end) {
          m.endLine = end.line;
          m.endColumn = end.column;
        }
        return m;
      }),
      suppressedMessages: [],
      errorCount: counts.error,
      fatalErrorCount: 0,
      warningCount: counts.warning + counts.info,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
  });
}

export function renderJson(results: readonly ValidationResult[], cwd = process.cwd()): string {
  return `${JSON.stringify(toEslintResults(results, cwd))}\n`;
}
