import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/expand-inputs.js';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'fixtures/hedong-2022.txt';
const seed = readFileSync(SEED);
const temp = mkdtempSync(join(tmpdir(), 'plan-contract-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** One line on stderr, exit 2, nothing on stdout, no stack trace. */
function expectUsageError(r: { status: number | null; stderr: string; stdout: string }, pattern: RegExp): void {
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
  expect(r.status).toBe(2);
}

describe('directory scans', () => {
  const root = join(temp, 'scan');
  const files: Record<string, string> = {
    'README.md': 'about this collection',
    'LICENSE.txt': 'licence',
    'notice.txt': 'n',
    'NOTICE.html': 'n',
    'notice/a.txt': 'n',
    'readme/b.txt': 'n',
    'only/notice.txt': 'n',
    'docs/CHANGELOG.md': 'changes',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }

  it('should search every folder and read files named notice, skipping only a repository README or LICENSE', async () => {
    const { inputs, skipped } = await expandInputs([root]);
    expect(inputs.map((p) => p.slice(root.length + 1))).toEqual(['NOTICE.html', 'notice/a.txt', 'notice.txt', 'only/notice.txt', 'readme/b.txt']);
    expect(skipped.map((p) => p.slice(root.length + 1))).toEqual(['LICENSE.txt', 'README.md', 'docs/CHANGELOG.md']);
  });

  it('should say on stderr, in one line with a count, what a scan skipped', () => {
    const dir = join(temp, 'collection');
    mkdirSync(join(dir, 'notice'), { recursive: true });
    writeFileSync(join(dir, 'notice', 'notice.txt'), seed);
    writeFileSync(join(dir, 'README.md'), '# notices\n');
    const r = runCli(['parse', '--jsonl', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe(`plan: skipped 1 file named like a repository's README or LICENSE (${join(dir, 'README.md')}); give one by name to read it\n`);
  });

  it('should read pages saved under a server\'s extension and files reached through links, without looping on a link to a folder above', async () => {
    const dir = join(temp, 'pages');
    mkdirSync(join(dir, 'site'), { recursive: true });
    for (const ext of ['jhtml', 'jsp', 'php', 'asp', 'aspx', 'mdown']) writeFileSync(join(dir, 'site', `notice.${ext}`), 'n');
    writeFileSync(join(temp, 'elsewhere.txt'), 'n');
    symlinkSync(join(temp, 'elsewhere.txt'), join(dir, 'linked.txt'));
    symlinkSync('..', join(dir, 'site', 'up'));
    const { inputs, skipped, others } = await expandInputs([dir]);
    expect(inputs.map((p) => p.slice(dir.length + 1))).toEqual(['linked.txt', 'site/notice.asp', 'site/notice.aspx', 'site/notice.jhtml', 'site/notice.jsp', 'site/notice.mdown', 'site/notice.php']);
    expect([skipped, others]).toEqual([[], []]);
  });

  it('should say on stderr, by kind, which files of other kinds a scan did not read', () => {
    const dir = join(temp, 'mixed');
    mkdirSync(join(dir, 'annexes'), { recursive: true });
    writeFileSync(join(dir, 'notice.txt'), seed);
    for (const name of ['annexes/1.pdf', 'annexes/2.pdf', 'annexes/table.xlsx']) writeFileSync(join(dir, name), 'x');
    const r = runCli(['parse', '--jsonl', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('plan: did not read 3 files of other kinds (.pdf 2, .xlsx 1); give one by name to read it as a notice\n');
  });

  it('should name a broken link in a scanned folder as an unreadable input and exit 2, reading the rest', () => {
    const dir = join(temp, 'broken-link');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), seed);
    symlinkSync(join(temp, 'gone.txt'), join(dir, 'b.txt'));
    symlinkSync(join(temp, 'gone.pdf'), join(dir, 'c.pdf'));
    const r = runCli(['parse', '--jsonl', dir]);
    expect(r.status).toBe(2);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`plan: ${join(dir, 'b.txt')}: broken link (to ${join(temp, 'gone.txt')})`);
    expect(r.stderr).toContain('did not read 1 file of other kinds (.pdf 1)');
  });

  it('should say what it skipped when that leaves nothing to read', () => {
    const dir = join(temp, 'docs-only');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'README.md'), '# notices\n');
    expectUsageError(runCli(['validate', dir]), /no notice files found \(skipped 1 file named like a repository's README/);
  });
});

describe('decoding problems in every command', () => {
  const bad = join(temp, 'bad.txt');
  const bytes = Buffer.from(seed);
  bytes[3218] = 0xff;
  writeFileSync(bad, bytes);
  // 0xFF in the middle of a character: it and the bytes of the character left over.
  const line = `plan: ${bad}: byte 3218 (0xFF) is not valid UTF-8; it was replaced by U+FFFD (2 more decoding problems in the diagnostics)\n`;

  it.each([
    [['parse', bad]],
    [['query', bad, 'tasks']],
    [['diff', SEED, bad]],
    [['report', bad]],
  ])('should say so on stderr and exit 1 for %j, still giving the answer', (args) => {
    const r = runCli(args);
    expect(r.stderr).toBe(line);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toBe('');
  });
});

describe('options are checked before any input is read', () => {
  it.each(['abc', '-1', '1.5', '0', ''])('should refuse --jobs %j for one input as for many', (value) => {
    expectUsageError(runCli(['parse', SEED, '--jobs', value]), /^plan: option '-j, --jobs <n>' argument '.*' is invalid\. It must be a whole number of threads, 1 or more\./);
    expectUsageError(runCli(['validate', SEED, '--jobs', value]), /--jobs <n>' argument/);
  });

  it('should take more threads than there are cores as one per core', () => {
    const r = runCli(['parse', '--jsonl', '--jobs', '999', SEED, 'fixtures/variants/no-annex.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it.each([
    [['parse', SEED, '-o', ''], /argument '' is invalid\. Name a file, or - for standard output\./],
    [['parse', '-', '-'], /^plan: only one input can be standard input \(-\)$/m],
    [['validate', SEED, '-', '-'], /^plan: only one input can be standard input \(-\)$/m],
    [['query', '-', '-', 'tasks'], /^plan: only one input can be standard input \(-\)$/m],
    [['query', SEED, 'tasks', '--dept', ''], /^plan: --dept: give a value, not an empty one$/m],
    [['query', SEED, 'tasks', '--grep', ' '], /^plan: --grep: give a value, not an empty one$/m],
    [['query', SEED, 'tasks', '--dept', '区科技局', '--dept', '区财政局'], /--dept <name>' argument '区财政局' is invalid\. It takes one unit: ask for each in a query of its own\./],
    [['query', SEED, 'departments', '--section', '一', '--section', '二'], /--section <n>' argument '二' is invalid\. It takes one section/],
    [['diff', SEED, SEED, '--count-respelled'], /^plan: --count-respelled only changes what --exit-code counts; give --exit-code too$/m],
    [['help', 'bogus'], /^plan: unknown command 'bogus' \(see plan --help\)$/m],
    [['bogus'], /^plan: unknown command 'bogus'/m],
  ])('should refuse %j with one line and exit 2', (args, pattern) => {
    expectUsageError(runCli(args, { input: seed }), pattern);
  });

  it('should show the help on stderr and exit 2 when no command is given', () => {
    const r = runCli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: plan /);
    expect(runCli(['help']).status).toBe(0);
    expect(runCli(['help', 'parse']).status).toBe(0);
  });
});

describe('output files', () => {
  it('should write to standard output for -o -', () => {
    const r = runCli(['parse', join(process.cwd(), SEED), '-o', '-'], { cwd: temp });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).plan.tasks).toHaveLength(20);
    expect(existsSync(join(temp, '-'))).toBe(false);
  });

  it('should say that a directory cannot be written to, without naming a temporary file', () => {
    const dir = join(temp, 'out-dir');
    mkdirSync(dir, { recursive: true });
    for (const args of [['parse', SEED], ['diff', SEED, SEED], ['validate', SEED], ['report', SEED]]) {
      expectUsageError(runCli([...args, '-o', dir]), new RegExp(`^plan: cannot write to ${dir}: it is a directory$`, 'm'));
    }
  });
});

describe('inputs that are not regular files', () => {
  it('should read a named pipe as a stream, with the size limit', () => {
    // The shell's process substitution hands the command a /dev/fd path: a pipe, not a file.
    const diff = spawnSync('bash', ['-c', `"${process.execPath}" bin/plan.cjs diff <(cat fixtures/hedong-2021-constructed.txt) ${SEED} --format json`], { encoding: 'utf8' });
    expect(diff.stderr).toBe('');
    expect(diff.status).toBe(0);
    expect(JSON.parse(diff.stdout).summary.changes).toBe(21);
    const big = spawnSync('bash', ['-c', `"${process.execPath}" bin/plan.cjs parse <(cat ${SEED}) --max-size 1k`], { encoding: 'utf8' });
    expect(big.status).toBe(2);
    expect(big.stderr).toMatch(/^plan: \/dev\/fd\/\d+: larger than the 1 kB input limit \(raise it with --max-size\)\n$/);
  });

  it('should say that a stream is larger than the limit, not how large it was', () => {
    const big = Buffer.concat(Array.from({ length: 80 }, () => seed));
    expectUsageError(runCli(['parse', '-', '--max-size', '1M'], { input: big }), /^plan: -: larger than the 1 MB input limit \(raise it with --max-size\)$/m);
  });
});

describe('README examples', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('should show the text diff of the bundled revision as the command prints it', () => {
    const start = readme.indexOf('```\nfixtures/hedong-2021-constructed.txt 河东政办函');
    const block = readme.slice(start + 4, readme.indexOf('```\n', start + 4));
    const r = runCli(['diff', 'fixtures/hedong-2021-constructed.txt', SEED]);
    expect(r.status).toBe(0);
    expect(block).toBe(r.stdout);
  });

  it('should give a glob in the parse examples that parses cleanly', () => {
    const glob = /^npx plan parse '([^']+)'/m.exec(readme)![1]!;
    const r = runCli(['parse', glob]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(1);
  });
});
