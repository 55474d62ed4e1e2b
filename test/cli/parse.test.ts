import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'fixtures/hedong-2022.txt';
const expected = JSON.parse(readFileSync('fixtures/hedong-2022.expected.json', 'utf8'));

/** One line on stderr, exit 2, no stack trace. */
function expectOneLineError(r: { status: number | null; stderr: string; stdout: string }, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('plan parse', () => {
  it('should print the model of the bundled notice', () => {
    const r = runCli(['parse', SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it('should read standard input for -', () => {
    const r = runCli(['parse', '-'], { input: readFileSync(SEED) });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.name).toBe('-');
    expect(doc.plan.tasks).toEqual(expected.plan.tasks);
  });

  it('should write to a file with -o, and never over an input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const out = join(dir, 'model.json');
    expect(runCli(['parse', SEED, '-o', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).plan.tasks).toHaveLength(20);
    expect(readdirSync(dir)).toEqual(['model.json']);

    const copy = join(dir, 'notice.txt');
    writeFileSync(copy, readFileSync(SEED));
    expectOneLineError(runCli(['parse', copy, '-o', copy]), /refusing to overwrite an input/);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(SEED, 'utf8'));
  });

  it('should print one document per line with --jsonl', () => {
    const r = runCli(['parse', '--jsonl', SEED, 'fixtures/variants/no-annex.txt']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).source.name)).toEqual([SEED, 'fixtures/variants/no-annex.txt']);
  });

  it('should report a bad file in a batch by name and carry on', () => {
    const r = runCli(['parse', '--jsonl', 'missing.txt', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('plan: missing.txt: no such file\n');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    [['parse', 'no/such/file.txt'], /^plan: no\/such\/file\.txt: no such file$/m],
    [['parse', '--bogus', SEED], /^plan: unknown option '--bogus'/m],
    [['parse', '--from', 'pdf', SEED], /^plan: option '--from <format>' argument 'pdf' is invalid/m],
    [['parse', '--max-size', '1k', SEED], /over the 1 kB input limit/],
  ])('should fail with one clear line for %j', (args, pattern) => {
    expectOneLineError(runCli(args), pattern);
  });

  it('should take directories (recursively) and quoted globs, in sorted order', () => {
    const dir = runCli(['parse', '--jsonl', 'fixtures/variants']);
    expect(dir.status).toBe(0);
    const names = dir.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.name);
    expect(names).toEqual([
      'fixtures/variants/crlf.txt',
      'fixtures/variants/five-groups.txt',
      'fixtures/variants/no-annex.txt',
      'fixtures/variants/responsible-cooperating-wording.txt',
      'fixtures/variants/task-removed-renumbered.txt',
      'fixtures/variants/task-two-leads.txt',
      'fixtures/variants/task-without-participants.txt',
    ]);
    const glob = runCli(['parse', 'fixtures/variants/task-*.txt']);
    expect(JSON.parse(glob.stdout).map((d: { source: { name: string } }) => d.source.name)).toEqual(names.filter((n) => n.includes('/task-')));
  });

  it('should keep input order with worker threads and write a batch to a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const inputs: string[] = [];
    for (let i = 0; i < 24; i++) {
      const name = join(dir, `n${String(i).padStart(2, '0')}.txt`);
      writeFileSync(name, readFileSync(i % 2 ? SEED : 'fixtures/variants/no-annex.txt'));
      inputs.push(name);
    }
    writeFileSync(join(dir, 'n05.txt'), 'not a notice at all');
    const out = join(dir, 'all.json');
    const r = runCli(['parse', dir, '--jobs', '2', '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`plan: ${join(dir, 'n05.txt')}: no header, notice title or numbered items found: this does not read as a policy notice\n`);
    const docs = JSON.parse(readFileSync(out, 'utf8')) as Array<{ source: { name: string }; annexes: unknown[] }>;
    expect(docs.map((d) => d.source.name)).toEqual(inputs.filter((n) => !n.endsWith('n05.txt')));
    expect(docs.map((d) => d.annexes.length)).toEqual(inputs.filter((n) => !n.endsWith('n05.txt')).map((n) => (Number(/n(\d+)\.txt$/.exec(n)![1]) % 2 ? 1 : 0)));
  });

  it('should print an array for a directory of one notice, as for a glob, and the object for the file named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    writeFileSync(join(dir, 'notice.txt'), readFileSync(SEED));
    const fromDir = runCli(['parse', dir]);
    expect(fromDir.status).toBe(0);
    const docs = JSON.parse(fromDir.stdout) as Array<{ source: { name: string } }>;
    expect(docs.map((d) => d.source.name)).toEqual([join(dir, 'notice.txt')]);
    expect(Array.isArray(JSON.parse(runCli(['parse', join(dir, '*.txt')]).stdout))).toBe(true);
    expect(Array.isArray(JSON.parse(runCli(['parse', join(dir, 'notice.txt')]).stdout))).toBe(false);
  });

  it('should print an empty array for a directory where nothing reads as a notice, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    writeFileSync(join(dir, 'notes.txt'), 'Shopping list\n\nmilk, eggs and bread\n');
    const r = runCli(['parse', dir]);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/notes\.txt: .*does not read as a policy notice/);
  });

  it('should say so when a directory holds no notice files, still printing its empty array', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const r = runCli(['parse', dir]);
    expect([r.stdout, r.stderr, r.status]).toEqual(['[]\n', `plan: ${dir}: no notice files found\n`, 2]);
    expect(runCli(['parse', '--jsonl', dir]).stdout).toBe('');
  });

  it('should refuse an empty file and a text that is not a notice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    expectOneLineError(runCli(['parse', join(dir, 'empty.txt')]), /the input has no text/);
    writeFileSync(join(dir, 'notes.txt'), 'Shopping list\n\nmilk, eggs and bread\n');
    expectOneLineError(runCli(['parse', join(dir, 'notes.txt')]), /does not read as a policy notice/);
  });

  it('should show the stack only with --debug', () => {
    const r = runCli(['parse', '--debug', 'no/such/file.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('plan schema and help', () => {
  it('should print the JSON Schema', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'PlanDocument', $schema: 'http://json-schema.org/draft-07/schema#' });
  });

  it('should print help and exit 0', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: plan/);
    expect(existsSync('bin/plan.cjs')).toBe(true);
  });
});
