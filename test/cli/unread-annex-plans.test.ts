import { describe, expect, it } from 'vitest';
import { unreadAnnexPlansNote } from '../../src/cli/unread-annex-plans.js';

const doc = (lines: number[]): Parameters<typeof unreadAnnexPlansNote>[0] => ({
  source: { name: 'n.txt', format: 'text', encoding: 'utf-8', sha256: '', bytes: 0 },
  diagnostics: lines.map((line) => ({ ruleId: 'annex-plan-unread', severity: 'warning' as const, message: `附件${line}《某方案》 is a plan of its own`, line, column: 1, source: 'parse' as const })),
});

describe('unreadAnnexPlansNote', () => {
  it.each([
    ['nothing when every plan is read', [], null],
    ['the annex that holds a second plan', [35], 'n.txt:35: warning: 附件35《某方案》 is a plan of its own'],
    ['the first of several, with how many more', [35, 60], 'n.txt:35: warning: 附件35《某方案》 is a plan of its own (1 more such annexes in the diagnostics)'],
  ])('should say %s', (_, lines, expected) => {
    expect(unreadAnnexPlansNote(doc(lines))).toBe(expected);
  });

  it('should say that the plan is an attachment not in the input', () => {
    const message = 'the plan 附件《某方案》 is in an attachment not in this input (/f/x.pdf): this input is only the notice that covers it, so the model has no plan, tasks or goals';
    const only = { ...doc([]), diagnostics: [{ ruleId: 'plan-in-attachment', severity: 'warning' as const, message, line: 5, column: 4, source: 'parse' as const }] };
    expect(unreadAnnexPlansNote(only)).toBe(`n.txt:5: warning: ${message}`);
  });
});
