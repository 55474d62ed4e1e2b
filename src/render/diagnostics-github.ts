import { isAbsolute, relative, sep } from 'node:path';
import type { Severity } from '../model/types.js';
import type { ValidationResult } from '../validate/validate.js';
import { endOf } from './diagnostics-summary.js';
import { githubData, githubProperty, terminalSafe } from './escape.js';

/** The title of an annotation, and the SARIF id, for an input that could not be checked. */
export const UNREADABLE = 'input-unreadable';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A path as GitHub wants it in an annotation: relative to the workspace, with `/`. */
export function workspacePath(path: string, cwd = process.cwd()): string {
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  return rel.split(sep).join('/').replace(/^\.\//, '');
}

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one per problem, which
 * the runner turns into annotations on the pull request. Document text in a message is
 * percent-encoded where the runner would read it as syntax, and control characters are made
 * visible so they cannot reach the log as terminal escapes.
 */
export function renderGithub(results: readonly ValidationResult[], cwd = process.cwd()): string {
  const lines: string[] = [];
  for (const result of results) {
    if (result.error !== undefined) {
      // An input that could not be checked fails the job (exit 2): annotated so the run shows why.
      const file = result.path !== '-' ? `file=${terminalSafe(githubProperty(workspacePath(result.path, cwd)))},` : '';
      lines.push(`::error ${file}title=${UNREADABLE}::${terminalSafe(githubData(result.error))}`);
    }
    for (const d of result.diagnostics) {
      const props: string[] = [];
      if (result.path !== '-') props.push(`file=${terminalSafe(githubProperty(workspacePath(result.path, cwd)))}`);
      props.push(`line=${d.line}`, `col=${d.column}`);
      const end = endOf(d);
      if (end) props.push(`endLine=${end.line}`, `endColumn=${end.column}`);
      props.push(`title=${githubProperty(d.ruleId)}`);
      // Percent-encoding first, so CR and LF reach the runner as %0D and %0A rather than as \x0d.
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${terminalSafe(githubData(d.message))}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
