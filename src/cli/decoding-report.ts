import type { PlanDocument } from '../model/types.js';
import { writeStderrLine } from './output.js';

type Reported = Pick<PlanDocument, 'diagnostics' | 'source'>;

/** Decoding problems that a user must hear about: bytes that could not be read, or an encoding that contradicts them. */
function decodingTrouble(doc: Reported): PlanDocument['diagnostics'] {
  return doc.diagnostics.filter((d) => d.source === 'io' && d.severity !== 'info');
}

/** What parse says about an input's decoding: one line for standard error, and whether it fails the run. */
export interface DecodingReport {
  line: string;
  /**
   * Whether the exit code becomes 1: bytes were lost (U+FFFD), or the text was decoded as
   * `--encoding` asked against what the bytes are, so it may be nonsense. A page's charset that
   * auto-detection overruled is news, not failure: the text was read in the bytes' own encoding.
   */
  fails: boolean;
}

/**
 * One line for standard error when an input was not decoded cleanly, or null. A model of text read
 * with the wrong encoding must not pass silently; the details stay in the diagnostics.
 */
export function decodingReport(doc: Reported, requested: boolean): DecodingReport | null {
  const trouble = decodingTrouble(doc);
  const first = trouble[0];
  if (!first) {
    // A text read as a notice only through its numbered items (a news report?) is not silently
    // taken for one either; the answer stands, so the exit code does not change.
    const doubt = doc.diagnostics.find((d) => d.ruleId === 'maybe-not-a-notice');
    return doubt ? { line: `${doc.source.name}: warning: ${doubt.message}`, fails: false } : null;
  }
  const more = trouble.length > 1 ? ` (${trouble.length - 1} more decoding problems in the diagnostics)` : '';
  return { line: `${doc.source.name}: ${first.message}${more}`, fails: requested || trouble.some((d) => d.severity === 'error') };
}

/**
 * Says an input's decoding trouble on standard error, as every command that reads notices does;
 * when the text may be wrong the exit code becomes 1 (unless an error already made it 2), while
 * the command still gives its answer.
 */
export function announceDecoding(report: DecodingReport | null, say: (line: string) => void = writeStderrLine): void {
  if (!report) return;
  say(`plan: ${report.line}`);
  if (report.fails && process.exitCode !== 2) process.exitCode = 1;
}

/** The refusal of a text that reads as no notice, led by the decoding problem when there is one: that is the real news. */
export function notNoticeWithCause(doc: Reported, refusal: string): string {
  // A page kept in its declared charset whose bytes read as a little Chinese in another is no
  // trouble while it reads as a notice, but the likelier cause when it does not.
  const first = decodingTrouble(doc)[0] ?? doc.diagnostics.find((d) => d.source === 'io' && d.ruleId === 'encoding-mismatch');
  return first ? `${doc.source.name}: ${first.message}; ${refusal}` : `${doc.source.name}: ${refusal}`;
}

/** A model that does not read as a notice is an input error: one line, exit 2. */
export function notNoticeMessage(doc: Reported): string | null {
  const bad = doc.diagnostics.find((d) => d.ruleId === 'not-a-notice');
  return bad ? notNoticeWithCause(doc, bad.message) : null;
}
