import { diffDocuments } from '../../diff/diff-documents.js';
import { isDifference, type DiffResult } from '../../diff/types.js';
import type { PlanDocument, SourceFormat } from '../../model/types.js';
import { useColor } from '../../render/color.js';
import { parseSize, UsageError } from '../main.js';
import { writeOutputFile, writeStdout } from '../output.js';
import { announceDecoding, decodingReport } from '../decoding-report.js';
import { readNotice } from '../read-notice.js';
import { loadUnitAliases } from '../unit-aliases.js';

export type DiffFormat = 'text' | 'json' | 'markdown' | 'html' | 'github';

interface DiffCliOptions {
  format?: DiffFormat;
  exitCode?: boolean;
  countRespelled?: boolean;
  strict?: boolean;
  output?: string;
  from?: SourceFormat | 'auto';
  encoding?: string;
  maxSize?: string;
  config?: string;
}

/** Each format's renderer loads only when asked for (chalk only for text). */
async function render(format: DiffFormat, result: DiffResult, newPath: string, color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../../render/diff-json.js')).renderDiffJson(result);
    case 'markdown':
      return (await import('../../render/diff-markdown.js')).renderDiffMarkdown(result);
    case 'html':
      return (await import('../../render/diff-html.js')).renderDiffHtml(result);
    case 'github':
      // A deleted file (/dev/null from git) has no line to annotate.
      return (await import('../../render/diff-github.js')).renderDiffGithub(result, { file: newPath === '-' || newPath === ABSENT ? null : newPath });
    default:
      return (await import('../../render/diff-text.js')).renderDiffText(result, { color });
  }
}

/**
 * The path git gives for the side of a file that does not exist (a file added, or deleted) when it
 * runs an external diff: that version is a notice with nothing in it, so a file added is every
 * element added rather than an input without text (exit 2), as a CI job over a repository needs.
 */
const ABSENT = '/dev/null';

/** A version that does not exist: an empty notice, named as git names it. */
async function absentVersion(): Promise<PlanDocument> {
  const { parseNotice } = await import('../../parse/parse-notice.js');
  // Its `not-a-notice` diagnostic is the parse's word on an empty text; nothing is compared by it.
  return { ...(await parseNotice('', { name: ABSENT })), diagnostics: [] };
}

/**
 * `plan diff <old> <new>`: exit 0, or 1 with --exit-code when they differ (a unit respelled only
 * with --count-respelled); errors exit 2 (main).
 */
export async function runDiff(oldPath: string, newPath: string, opts: DiffCliOptions): Promise<void> {
  if (oldPath === '-' && newPath === '-') throw new UsageError('only one of the two inputs can be standard input (-)');
  if (oldPath === ABSENT && newPath === ABSENT) throw new UsageError(`only one of the two inputs can be ${ABSENT} (a version that does not exist)`);
  if (opts.countRespelled && !opts.exitCode) throw new UsageError('--count-respelled only changes what --exit-code counts; give --exit-code too');
  const maxBytes = parseSize(opts.maxSize ?? '64M');
  const load = async (path: string): Promise<PlanDocument> => {
    if (path === ABSENT) return absentVersion();
    const doc = await readNotice(path, { format: opts.from ?? 'auto', encoding: opts.encoding ?? 'auto', maxBytes });
    // A change may be a decoding artefact: said on stderr, exit 1 (as parse), whatever --exit-code.
    announceDecoding(decodingReport(doc, opts.encoding !== undefined && opts.encoding !== 'auto'));
    return doc;
  };
  const oldDoc = await load(oldPath);
  const newDoc = await load(newPath);
  // The user's unit aliases (units.aliases) make two names one unit here as in `plan query`.
  const aliases = await loadUnitAliases([oldPath, newPath].filter((p) => p !== '-' && p !== ABSENT), opts.config);
  const result = await diffDocuments(oldDoc, newDoc, { strict: opts.strict ?? false, aliases });
  const format = opts.format ?? 'text';
  const text = await render(format, result, newPath, !opts.output && useColor());
  if (opts.output) await writeOutputFile(opts.output, text, [oldPath, newPath]);
  else await writeStdout(text);
  // A unit respelled names the same unit: reported, but no difference unless asked for.
  const differs = result.changes.some((c) => opts.countRespelled || isDifference(c));
  if (opts.exitCode && differs) process.exitCode = 1;
}
