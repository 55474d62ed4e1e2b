import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const OLD = 'fixtures/hedong-2021-constructed.txt';
const NEW = 'fixtures/hedong-2022.txt';

/** The built CLI with a clean colour environment (no NO_COLOR unless a test sets it). */
function plan(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const r = runCli(args, { input: options.input, env: options.env ?? {} });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const work = mkdtempSync(join(tmpdir(), 'plan-diff-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('plan diff exit codes', () => {
  it('should exit 0 when the versions differ and --exit-code is not given', () => {
    const r = plan(['diff', OLD, NEW]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('21 changes');
  });

  it('should exit 1 with --exit-code when the versions differ', () => {
    expect(plan(['diff', '--exit-code', OLD, NEW]).code).toBe(1);
  });

  it('should exit 0 with --exit-code for a notice against itself and against another rendering of it', () => {
    expect(plan(['diff', '--exit-code', NEW, NEW]).code).toBe(0);
    const r = plan(['diff', '--exit-code', '--format', 'json', NEW, 'fixtures/diff/hedong-2022-reformatted.txt']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).changes).toEqual([]);
    const html = plan(['diff', '--exit-code', 'fixtures/forms/district-page.html', NEW]);
    expect(html.code).toBe(0);
  });

  it('should exit 0 with --exit-code when units are only respelled, and 1 with --count-respelled too', () => {
    const pair = ['fixtures/diff/units-respelled/old.txt', 'fixtures/diff/units-respelled/new.txt'];
    const r = plan(['diff', '--exit-code', ...pair]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/: 2 changes \(2 respelled\)$/);
    expect(plan(['diff', '--exit-code', '--count-respelled', ...pair]).code).toBe(1);
    // A respelling beside a real change does not hide it.
    expect(plan(['diff', '--exit-code', 'fixtures/diff/units-respelled/old.txt', 'fixtures/diff/yearly-goal/new.txt']).code).toBe(1);
  });

  it('should exit 1 with --exit-code and --strict when only the rendering differs', () => {
    expect(plan(['diff', '--exit-code', '--strict', NEW, 'fixtures/diff/hedong-2022-reformatted.txt']).code).toBe(1);
  });

  it('should exit 2 with one line on stderr for an unreadable input', () => {
    const r = plan(['diff', '--exit-code', OLD, 'fixtures/no-such-file.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('plan: fixtures/no-such-file.txt: no such file\n');
  });

  it('should exit 2 when both inputs are standard input', () => {
    const r = plan(['diff', '-', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: only one of the two inputs can be standard input (-)\n');
  });

  it('should exit 2 for an unknown format', () => {
    const r = plan(['diff', '--format', 'yaml', OLD, NEW]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('should exit 2 for an input that is not a notice', () => {
    const r = plan(['diff', OLD, '-'], { input: 'hello\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: -: .*notice.*\n$/);
  });
});

describe('plan diff of a version that does not exist (/dev/null, as git gives it)', () => {
  const TASKS = 'fixtures/diff/units-respelled/old.txt';

  it('should read /dev/null as the old side as an empty notice: every element added, exit 1 with --exit-code', () => {
    const r = plan(['diff', '--exit-code', '--format', 'json', '/dev/null', TASKS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const { summary, changes } = JSON.parse(r.stdout) as { summary: { old: { name: string }; ops: Record<string, number> }; changes: Array<{ kind: string; op: string }> };
    expect(summary.old.name).toBe('/dev/null');
    expect(summary.ops.removed).toBe(0);
    expect(changes.filter((c) => c.kind === 'task').every((c) => c.op === 'added')).toBe(true);
    expect(changes.some((c) => c.kind === 'task')).toBe(true);
  });

  it('should read /dev/null as the new side as every element removed', () => {
    const r = plan(['diff', '--format', 'json', TASKS, '/dev/null']);
    expect(r.code).toBe(0);
    const { summary } = JSON.parse(r.stdout) as { summary: { ops: Record<string, number> } };
    expect(summary.ops.added).toBe(0);
    expect(summary.ops.removed).toBeGreaterThan(0);
  });

  it('should exit 2 when both sides are /dev/null', () => {
    const r = plan(['diff', '/dev/null', '/dev/null']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: only one of the two inputs can be /dev/null (a version that does not exist)\n');
  });

  it('should still refuse an empty file that is not /dev/null', () => {
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, '');
    const r = plan(['diff', empty, TASKS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has no text/);
  });
});

describe('plan diff input and output', () => {
  it('should read one version from standard input', () => {
    const r = plan(['diff', '--format', 'json', '-', NEW], { input: readFileSync(OLD, 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.changes).toBe(21);
  });

  it('should write the result to a file with -o and print nothing', () => {
    const out = join(work, 'diff.html');
    const r = plan(['diff', '--format', 'html', '-o', out, OLD, NEW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('should refuse to overwrite an input with -o', () => {
    const r = plan(['diff', '-o', NEW, OLD, NEW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: ${NEW}: refusing to overwrite an input file\n`);
  });

  it('should print no colour when piped, and colour with FORCE_COLOR', () => {
    expect(plan(['diff', OLD, NEW]).stdout).not.toContain('\x1b[');
    expect(plan(['diff', OLD, NEW], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(plan(['diff', OLD, NEW], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });

  it('should annotate the new file as given on the command line', () => {
    const r = plan(['diff', '--format', 'github', OLD, NEW]);
    expect(r.stdout.split('\n')[0]).toMatch(/^::notice file=fixtures\/hedong-2022\.txt,line=6,col=1,/);
  });
});

describe('plan diff with unit aliases', () => {
  const notice = (unit: string) => `某区方案\n\n一、重点任务\n\n1.建设算力平台。（牵头单位：区科技局；参与单位：${unit}）\n`;
  const dir = join(work, 'aliases');

  it('should take two names the config makes one unit for the same unit, from --config or the nearest .planrc.json', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'old.txt'), notice('区算力专班'));
    writeFileSync(join(dir, 'new.txt'), notice('区算力工作专班'));
    const config = join(dir, 'aliases.json');
    writeFileSync(config, JSON.stringify({ units: { aliases: { 区算力专班: ['区算力工作专班'] } } }));
    const without = plan(['diff', '--exit-code', join(dir, 'old.txt'), join(dir, 'new.txt')]);
    expect(without.code).toBe(1);
    expect(without.stdout).toContain('participants');
    expect(plan(['diff', '--exit-code', '--config', config, join(dir, 'old.txt'), join(dir, 'new.txt')]).code).toBe(0);
    writeFileSync(join(dir, '.planrc.json'), readFileSync(config));
    expect(plan(['diff', '--exit-code', join(dir, 'old.txt'), join(dir, 'new.txt')]).code).toBe(0);
  });
});
