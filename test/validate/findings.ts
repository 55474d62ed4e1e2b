import { parseNotice } from '../../src/parse/parse-notice.js';
import type { Diagnostic } from '../../src/model/types.js';
import { validateDocument, type ValidateOptions } from '../../src/validate/validate.js';

/** Parses a notice written inline and validates it. */
export async function validateText(text: string, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  const doc = await parseNotice(text, { name: 'inline.txt' });
  return validateDocument(doc, text, options);
}

/** One rule's findings on a text, as `line:column severity` strings, in order. */
export async function findings(ruleId: string, text: string, options: ValidateOptions = {}): Promise<string[]> {
  const all = await validateText(text, options);
  return all.filter((d) => d.ruleId === ruleId).map((d) => `${d.line}:${d.column} ${d.severity}`);
}

/** One rule's messages on a text. */
export async function messages(ruleId: string, text: string, options: ValidateOptions = {}): Promise<string[]> {
  const all = await validateText(text, options);
  return all.filter((d) => d.ruleId === ruleId).map((d) => d.message);
}
