import { describe, expect, it } from 'vitest';
import { decodingReport } from '../../src/cli/decoding-report.js';

type Severity = 'error' | 'warning' | 'info';

function doc(...problems: Array<[string, Severity]>): Parameters<typeof decodingReport>[0] {
  return {
    source: { name: 'n.html', format: 'html', encoding: 'utf-8', sha256: '', bytes: 0 },
    diagnostics: problems.map(([ruleId, severity]) => ({ ruleId, severity, message: `${ruleId} here`, line: 1, column: 1, source: 'io' as const })),
  };
}

describe('decodingReport', () => {
  it.each<[string, Array<[string, Severity]>, boolean, { line: string; fails: boolean } | null]>([
    ['nothing to say', [], false, null],
    ['an encoding-guessed info only', [['encoding-guessed', 'info']], false, null],
    ['undecodable bytes', [['encoding-undecodable', 'error']], false, { line: 'n.html: encoding-undecodable here', fails: true }],
    ['a page charset that auto-detection overruled', [['encoding-mismatch', 'warning']], false, { line: 'n.html: encoding-mismatch here', fails: false }],
    ['bytes that contradict the --encoding asked for', [['encoding-mismatch', 'warning']], true, { line: 'n.html: encoding-mismatch here', fails: true }],
    ['several problems', [['encoding-undecodable', 'error'], ['encoding-undecodable', 'error']], false, { line: 'n.html: encoding-undecodable here (1 more decoding problems in the diagnostics)', fails: true }],
  ])('should report %s', (_what, problems, requested, expected) => {
    expect(decodingReport(doc(...problems), requested)).toEqual(expected);
  });
});
