import { InputError } from '../io/errors.js';
import type { ParseFileOptions } from '../parse/parse-notice.js';
import { parseFile } from '../parse/parse-notice.js';
import type { SourceFormat } from '../model/types.js';
import type { PlanConfig, RuleSetting } from '../config/load-config.js';
import { type DecodingReport, decodingReport, notNoticeMessage } from '../cli/decoding-report.js';
import { inCliWords } from '../cli/read-notice.js';

/** Options a job needs, as plain data so they can cross to a worker thread. */
export interface JobOptions {
  format: SourceFormat | 'auto';
  encoding: string;
  maxBytes: number;
  /** For validate jobs: `--rule` settings and the `--config` file, if one was given. */
  validate?: { rules: Record<string, RuleSetting>; config: PlanConfig | null };
}

/**
 * The outcome of one input: its output as UTF-8 bytes, or one error line. Bytes, not a string:
 * a worker encodes its own output and hands the buffer over without a copy, so the main thread
 * only writes (a model's JSON is several times the size of the notice).
 */
export type JobResult = { ok: true; output: Uint8Array; warning?: DecodingReport } | { ok: false; error: string };

/** parse-json/parse-jsonl: the model as JSON; validate: the diagnostics as a JSON array. */
export type JobKind = 'parse-json' | 'parse-jsonl' | 'validate';

/**
 * The text as UTF-8, in a buffer of its own (Buffer.from may hand out a slice of a shared pool),
 * which is what makes it safe to transfer to another thread. Writing into a buffer sized for the
 * worst case (3 bytes per UTF-16 unit) is about twice as fast as TextEncoder.encode, which first
 * counts the bytes; a model's JSON is ~140 kB for a seed-sized notice, so this is 0.1 ms a job.
 */
function utf8(text: string): Uint8Array {
  const buffer = Buffer.allocUnsafeSlow(text.length * 3);
  return buffer.subarray(0, buffer.write(text, 'utf8'));
}

/**
 * Runs one job. Output is serialised and encoded here, in whichever thread runs the job, so that
 * the main thread only writes bytes.
 */
export async function runJob(kind: JobKind, path: string, options: JobOptions): Promise<JobResult> {
  // Jobs run one after another on their thread, so a blocking read costs nothing and keeps the
  // thread from idling while an asynchronous one crawls through the event loop between parses.
  const sync = path !== '-';
  try {
    if (kind === 'validate') {
      const { validateInput } = await import('../cli/validate-input.js');
      const diagnostics = await validateInput(path, { ...options, sync, rules: options.validate?.rules ?? {}, config: options.validate?.config ?? null });
      return { ok: true, output: utf8(JSON.stringify(diagnostics)) };
    }
    const parseOptions: ParseFileOptions = { format: options.format, encoding: options.encoding, maxBytes: options.maxBytes, sync };
    const doc = await parseFile(path, parseOptions);
    const refused = notNoticeMessage(doc);
    if (refused) return { ok: false, error: refused };
    const output = utf8(kind === 'parse-jsonl' ? JSON.stringify(doc) : JSON.stringify(doc, null, 2));
    const warning = decodingReport(doc, options.encoding !== 'auto');
    return warning ? { ok: true, output, warning } : { ok: true, output };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error: (inCliWords(error) as InputError).message };
    return { ok: false, error: `${path}: internal error: ${(error as Error)?.message ?? String(error)}` };
  }
}
