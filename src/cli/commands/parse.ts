import { InputError } from '../../io/errors.js';
import type { PlanDocument } from '../../model/types.js';
import { parseFile } from '../../parse/parse-notice.js';
import type { SourceFormat } from '../../model/types.js';
import { decodingWarning, notNoticeWithCause } from '../decoding-report.js';
import { parseSize } from '../main.js';
import { writeOutputFile, writeStdout } from '../output.js';

interface ParseCliOptions {
  output?: string;
  jsonl?: boolean;
  from?: SourceFormat | 'auto';
  encoding?: string;
  maxSize?: string;
}

/** A model that does not read as a notice is an input error: one line, exit 2. */
export function assertNotice(doc: PlanDocument): void {
  const bad = doc.diagnostics.find((d) => d.ruleId === 'not-a-notice');
  if (bad) throw new InputError('ENOTICE', notNoticeWithCause(doc, bad.message));
}

export async function runParse(inputs: string[], opts: ParseCliOptions): Promise<void> {
  const maxBytes = parseSize(opts.maxSize ?? '64M');
  const docs: PlanDocument[] = [];
  let failed = 0;
  const single = inputs.length === 1;
  for (const input of inputs) {
    try {
      const doc = await parseFile(input, { format: opts.from ?? 'auto', encoding: opts.encoding ?? 'auto', maxBytes });
      assertNotice(doc);
      // Decoding trouble is said on stderr and makes the exit code 1 (the model is still printed).
      const warning = decodingWarning(doc);
      if (warning) {
        process.stderr.write(`plan: ${warning}\n`);
        if (process.exitCode !== 2) process.exitCode = 1;
      }
      if (opts.jsonl && !opts.output) await writeStdout(`${JSON.stringify(doc)}\n`);
      else docs.push(doc);
    } catch (error) {
      if (single || !(error instanceof InputError)) throw error;
      failed++;
      process.stderr.write(`plan: ${error.message}\n`);
    }
  }
  let text: string | null = null;
  if (opts.jsonl) text = opts.output ? docs.map((d) => JSON.stringify(d)).join('\n') + (docs.length ? '\n' : '') : null;
  else text = `${JSON.stringify(single ? docs[0] : docs, null, 2)}\n`;
  if (text !== null) {
    if (opts.output) await writeOutputFile(opts.output, text, inputs);
    else await writeStdout(text);
  }
  if (failed > 0) process.exitCode = 2;
}
