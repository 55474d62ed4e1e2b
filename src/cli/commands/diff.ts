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
      return (await import('../../render/diff-github.js')).renderDiffGithub(result, { file: newPath === '-' ? null : newPath });
    default:
      return (await import('../../render/diff-text.js')).renderDiffText(result, { color });
  }
}

/**
 * `plan diff <old> <new>`: exit 0, or 1 with --exit-code when they differ (a unit respelled only
 * with --count-respelled); errors exit 2 (main).
 */
export async function runDiff(oldPath: string, newPath: string, opts: DiffCliOptions): Promise<void> {
  if (oldPath === '-' && newPath === '-') throw new UsageError('only one of the two inputs can be standard input (-)');
  if (opts.countRespelled && !opts.exitCode) throw new UsageError('--count-respelled only changes what --exit-code counts; give --exit-code too');
  const maxBytes = parseSize(opts.maxSize ?? '64M');
  const load = async (path: string): Promise<PlanDocument> => {
    const doc = await readNotice(path, { format: opts.from ?? 'auto', encoding: opts.encoding ?? 'auto', maxBytes });
    // A change may be a decoding artefact: said on stderr, exit 1 (as parse), whatever --exit-code.
    announceDecoding(decodingReport(doc, opts.encoding !== undefined && opts.encoding !== 'auto'));
    return doc;
  };
  const oldDoc = await load(oldPath);
  const newDoc = await load(newPath);
  // The user's unit aliases (units.aliases) make two names one unit here as in `plan query`.
  const aliases = await loadUnitAliases([oldPath, newPath].filter((p) => p !== '-'), opts.config);
  const result = await diffDocuments(oldDoc, newDoc, { strict: opts.strict ?? false, aliases });
  const format = opts.format ?? 'text';
  const text = await render(format, result, newPath, !opts.output && useColor());
  if (opts.output) await writeOutputFile(opts.output, text, [oldPath, newPath]);
  else await writeStdout(text);
  // A unit respelled names the same unit: reported, but no difference unless asked for.
  const differs = result.changes.some((c) => opts.countRespelled || isDifference(c));
  if (opts.exitCode && differs) process.exitCode = 1;
}
