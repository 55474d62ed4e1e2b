import { InputError } from '../io/errors.js';
import type { ParseFileOptions } from '../parse/parse-notice.js';
import { parseFile } from '../parse/parse-notice.js';
import type { PlanDocument, SourceFormat } from '../model/types.js';
import { decodingWarning, notNoticeWithCause } from '../cli/decoding-report.js';

/** Options a job needs, as plain data so they can cross to a worker thread. */
export interface JobOptions {
  format: SourceFormat | 'auto';
  encoding: string;
  maxBytes: number;
}

/** The outcome of one input: its output text, or one error line. */
export type JobResult = { ok: true; output: string; warning?: string } | { ok: false; error: string };

export type JobKind = 'parse-json' | 'parse-jsonl';

/** A model that does not read as a notice is an input error: one line, exit 2. */
export function notNoticeMessage(doc: Pick<PlanDocument, 'diagnostics' | 'source'>): string | null {
  const bad = doc.diagnostics.find((d) => d.ruleId === 'not-a-notice');
  return bad ? notNoticeWithCause(doc, bad.message) : null;
}

/**
 * Runs one job. Output is serialised here, in whichever thread runs the job, so that the main
 * thread only writes strings.
 */
export async function runJob(kind: JobKind, path: string, options: JobOptions): Promise<JobResult> {
  try {
    const parseOptions: ParseFileOptions = { format: options.format, encoding: options.encoding, maxBytes: options.maxBytes };
    const doc = await parseFile(path, parseOptions);
    const refused = notNoticeMessage(doc);
    if (refused) return { ok: false, error: refused };
    const output = kind === 'parse-jsonl' ? JSON.stringify(doc) : JSON.stringify(doc, null, 2);
    const warning = decodingWarning(doc);
    return warning ? { ok: true, output, warning } : { ok: true, output };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error: error.message };
    return { ok: false, error: `${path}: internal error: ${(error as Error)?.message ?? String(error)}` };
  }
}
