import { notNoticeMessage } from './decoding-report.js';
import { InputError } from '../io/errors.js';
import { LIMIT_HINT } from '../io/read-input.js';
import type { PlanDocument } from '../model/types.js';
import { parseFile, type ParseFileOptions } from '../parse/parse-notice.js';

/**
 * Reads and parses one input for a command. A text that does not read as a notice is an input
 * error (one line, exit 2), as a missing file is.
 */
export async function readNotice(path: string, options: ParseFileOptions): Promise<PlanDocument> {
  const doc = await parseFile(path, options).catch((error: unknown) => {
    throw inCliWords(error);
  });
  const refused = notNoticeMessage(doc);
  if (refused) throw new InputError('ENOTICE', refused);
  return doc;
}

/** A library error in the command line's words: the input limit is raised with --max-size, not the maxBytes option. */
export function inCliWords(error: unknown): unknown {
  if (!(error instanceof InputError) || error.code !== 'ETOOBIG' || !error.message.endsWith(LIMIT_HINT)) return error;
  return new InputError(error.code, `${error.message.slice(0, -LIMIT_HINT.length)}(raise it with --max-size)`);
}
