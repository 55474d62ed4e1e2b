import type { Diagnostic, Severity } from '../model/types.js';
import type { ValidationResult } from '../validate/validate.js';
import { countSeverities } from './diagnostics-summary.js';
import { loadChalk } from './color.js';
import { lineSafe, oneLine } from './escape.js';

/** Terminal columns a text takes: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

type Style = Record<Severity | 'file' | 'dim' | 'good' | 'failed' | 'warned', (text: string) => string>;

/** How each part is shown; chalk is only loaded when there is colour to show. */
async function styles(color: boolean): Promise<Style> {
  if (!color) {
    const plain = (text: string): string => text;
    return { error: plain, warning: plain, info: plain, file: plain, dim: plain, good: plain, failed: plain, warned: plain };
  }
  const chalk = await loadChalk(true);
  return {
    error: chalk.red,
    warning: chalk.yellow,
    info: chalk.blue,
    file: chalk.underline,
    dim: chalk.dim,
    good: chalk.green,
    failed: chalk.red.bold,
    warned: chalk.yellow.bold,
  };
}

/** Messages wider than this are not padded to line up their rule ids. */
const MAX_ALIGN = 80;

/**
 * The default, human format, after ESLint's `stylish`: each file with problems, then its
 * problems as `line:column  severity  message  rule`, then a summary. Severities are words, so
 * they survive without colour. Inputs that could not be checked (`error` set) are not listed, their
 * failure having been said on stderr, but the summary counts them.
 */
export async function renderStylish(results: readonly ValidationResult[], color: boolean): Promise<string> {
  const style = await styles(color);
  const out: string[] = [];
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    const rows = result.diagnostics.map((d: Diagnostic) => ({ d, place: `${d.line}:${d.column}`, message: oneLine(d.message) }));
    const placeWidth = Math.max(...rows.map((r) => r.place.length));
    const messageWidth = Math.min(MAX_ALIGN, Math.max(...rows.map((r) => displayWidth(r.message))));
    out.push(style.file(lineSafe(result.path)));
    for (const { d, place, message } of rows) {
      const pad = ' '.repeat(Math.max(0, messageWidth - displayWidth(message)));
      out.push(`  ${style.dim(place.padEnd(placeWidth))}  ${style[d.severity](d.severity.padEnd(7))}  ${message}${pad}  ${style.dim(d.ruleId)}`);
    }
    out.push('');
  }
  out.push(summary(results, style));
  return `${out.join('\n')}\n`;
}

/**
 * The closing line. An input that could not be checked (said on stderr as it happened) is counted
 * apart from the files checked, and forbids the ✔: "no problems" would claim a check not made.
 */
function summary(results: readonly ValidationResult[], style: Style): string {
  const unchecked = results.filter((r) => r.error !== undefined).length;
  const checked = results.length - unchecked;
  const counts = countSeverities(results.flatMap((r) => r.diagnostics));
  const total = counts.error + counts.warning + counts.info;
  const files = plural(checked, 'file');
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info > 0) parts.push(`${counts.info} info`);
  const problems = `${plural(total, 'problem')} (${parts.join(', ')})`;
  if (unchecked === 0) {
    if (total === 0) return `${style.good('✔')} no problems (${files})`;
    const line = `✖ ${problems} in ${files}`;
    return counts.error > 0 ? style.failed(line) : style.warned(line);
  }
  const notChecked = `${plural(unchecked, 'input')} could not be checked`;
  const line = `✖ ${notChecked}; ${files} checked${checked === 0 ? '' : `: ${total === 0 ? 'no problems' : problems}`}`;
  return style.failed(line);
}
