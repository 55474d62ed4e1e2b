import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A notice whose titles and units carry a spreadsheet formula, a pipe and <script>, an ANSI
// colour sequence, and (in the diff pair) more markup and workflow-command injection.
const HOSTILE = 'fixtures/query/hostile.txt';
const OLD = 'fixtures/diff/hostile/old.txt';
const NEW = 'fixtures/diff/hostile/new.txt';

/** Raw C0/C1 control characters other than tab and newline: what must never reach a terminal. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const TERMINAL_OUTPUTS: Array<[string, string[]]> = [
  ['query table', ['query', HOSTILE, 'tasks', '--format', 'table']],
  ['query tsv', ['query', HOSTILE, 'tasks', '--format', 'tsv']],
  ['query departments', ['query', HOSTILE, 'departments', '--format', 'table']],
  ['validate stylish', ['validate', HOSTILE]],
  ['validate github', ['validate', HOSTILE, '--format', 'github']],
  ['diff text', ['diff', OLD, NEW]],
  ['diff github', ['diff', OLD, NEW, '--format', 'github']],
  ['diff markdown', ['diff', OLD, NEW, '--format', 'markdown']],
];

describe('output safety: document text never acts on what it is written to', () => {
  for (const [name, args] of TERMINAL_OUTPUTS) {
    it(`should print no raw control characters or escape sequences (${name})`, () => {
      const r = runCli(args);
      expect(r.status === 0 || r.status === 1).toBe(true);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stderr).not.toMatch(RAW_CONTROL);
    });
  }

  it('should keep every CSV cell from becoming a formula', () => {
    const r = runCli(['query', HOSTILE, 'tasks', '--format', 'csv', '--fields', 'title,lead,participants']);
    const cells = r.stdout.split(/\r?\n/).slice(1).filter(Boolean).flatMap((line) => line.split(','));
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    expect(r.stdout).toContain("'=HYPERLINK");
  });

  it('should escape pipes in Markdown tables', () => {
    const r = runCli(['query', HOSTILE, 'tasks', '--format', 'markdown', '--fields', 'number,title']);
    const row = r.stdout.split('\n').find((l) => l.includes('推进A'));
    expect(row).toContain('A\\|B');
    expect(row?.split(/(?<!\\)\|/).length).toBe(4);
  });

  it('should render <script> from a document as text in HTML output', () => {
    const r = runCli(['diff', OLD, NEW, '--format', 'html']);
    expect(r.stdout).not.toMatch(/<script\b/i);
    expect(r.stdout).toContain('&lt;script&gt;');
  });

  it('should keep JSON output free of raw control characters', () => {
    const r = runCli(['parse', HOSTILE]);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('\\u001b[31m');
  });
});
