import type { JobOptions } from '../../batch/jobs.js';
import { InputError } from '../../io/errors.js';
import { readNotice } from '../read-notice.js';
import type { SourceFormat } from '../../model/types.js';
import type { AtomicOutput } from '../atomic-output.js';
import { expandCommandInputs, unreadableFolderMessage, unreadableInOrder } from '../expand-inputs.js';
import { parseJobs, parseSize } from '../main.js';
import { writeStderrLine, writeStdout } from '../output.js';
import { announceDecoding, decodingReport } from '../decoding-report.js';

interface ParseCliOptions {
  output?: string;
  jsonl?: boolean;
  from?: SourceFormat | 'auto';
  encoding?: string;
  maxSize?: string;
  jobs?: number;
}

/**
 * `plan parse`: one file named prints its model; several inputs, or a directory or a glob (of any
 * number of files), print a JSON array (or JSON Lines), streamed
 * as each document is done, in input order. A bad input is reported by name and the rest go on.
 */
export async function runParse(args: string[], opts: ParseCliOptions): Promise<void> {
  const options: JobOptions = { format: opts.from ?? 'auto', encoding: opts.encoding ?? 'auto', maxBytes: parseSize(opts.maxSize ?? '64M') };
  const jsonl = Boolean(opts.jsonl);
  const expanded = await expandCommandInputs(args).catch(async (error: unknown) => {
    // A folder or a glob with no notice in it still gives its (empty) array, as one whose notices all fail does.
    if (!jsonl && !opts.output && error instanceof InputError && error.code === 'ENOINPUT') await writeStdout('[]\n');
    throw error;
  });
  const { inputs } = expanded;
  // Batch machinery and file output load only when used: a single parse to stdout starts fast.
  const file: AtomicOutput | null = opts.output ? await (await import('../atomic-output.js')).openAtomicOutput(opts.output, inputs) : null;
  const write = (text: string | Uint8Array): Promise<void> => (file ? file.write(text) : writeStdout(text));

  // A single named input behaves like a plain command: its error is the command's error. A directory
  // or a glob is a batch however many files it holds, so that its output is always an array.
  if (expanded.single) {
    try {
      const doc = await readNotice(inputs[0]!, { format: options.format, encoding: options.encoding, maxBytes: options.maxBytes });
      await write(`${jsonl ? JSON.stringify(doc) : JSON.stringify(doc, null, 2)}\n`);
      await file?.commit();
      announceDecoding(decodingReport(doc, options.encoding !== 'auto'));
    } catch (error) {
      await file?.abort();
      throw error;
    }
    return;
  }

  let failed = 0;
  let written = 0;
  const unreadableDue = unreadableInOrder(expanded.unreadable);
  const [{ runBatch }, { startProgress }] = await Promise.all([import('../../batch/run-batch.js'), import('../progress.js')]);
  const progress = await startProgress(inputs.length, 'parsing');
  if (!jsonl) await write('[');
  try {
    await runBatch(inputs, {
      kind: jsonl ? 'parse-jsonl' : 'parse-json',
      options,
      jobs: inputs.includes('-') ? 0 : parseJobs(opts.jobs, inputs.length),
      onProgress: (done, total) => progress.update(done, total),
      onResult: async (_path, result, index) => {
        for (const folder of unreadableDue(index)) {
          failed++;
          progress.log(`plan: ${unreadableFolderMessage(folder)}`);
        }
        if (!result.ok) {
          failed++;
          progress.log(`plan: ${result.error}`);
          return;
        }
        announceDecoding(result.warning ?? null, progress.log);
        if (!jsonl) await write(written === 0 ? '\n' : ',\n');
        await write(result.output);
        if (jsonl) await write('\n');
        written++;
      },
    });
  } finally {
    progress.stop();
  }
  for (const folder of unreadableDue(Infinity)) {
    failed++;
    writeStderrLine(`plan: ${unreadableFolderMessage(folder)}`);
  }
  if (!jsonl) await write(written ? '\n]\n' : ']\n');
  await file?.commit();
  if (failed > 0) process.exitCode = 2;
}
