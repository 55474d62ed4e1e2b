import { notNoticeMessage } from './decoding-report.js';
import { InputError } from '../io/errors.js';
import type { PlanDocument } from '../model/types.js';
import { parseFile, type ParseFileOptions } from '../parse/parse-notice.js';

/**
 * Reads and parses one input for a command. A text that does not read as a notice is an input
 * error (one line, exit 2), as a missing file is.
 */
export async function readNotice(path: string, options: ParseFileOptions): Promise<PlanDocument> {
  const doc = await parseFile(path, options);
  const refused = notNoticeMessage(doc);
  if (refused) throw new InputError('ENOTICE', refused);
  return doc;
}
