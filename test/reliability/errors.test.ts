import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'fixtures/hedong-2022.txt';
const BIN = fileURLToPath(new URL('../../bin/plan.cjs', import.meta.url));

/** Every command, called so that its input is `bad`. */
const COMMANDS: Array<[string, (bad: string) => string[]]> = [
  ['parse', (bad) => ['parse', bad]],
  ['query', (bad) => ['query', bad, 'tasks']],
  ['validate', (bad) => ['validate', bad]],
  ['diff (old)', (bad) => ['diff', bad, SEED]],
  ['diff (new)', (bad) => ['diff', SEED, bad]],
];

function expectOneLine(r: { status: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^plan: /);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('errors: one line on stderr, exit 2, for every command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-errors-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const image = join(dir, 'photo.txt');
  writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));

  for (const [name, args] of COMMANDS) {
    it(`should refuse a missing file (${name})`, () => expectOneLine(runCli(args('no/such/notice.txt')), /no such file/));
    it(`should refuse an empty file (${name})`, () => expectOneLine(runCli(args(empty)), /no text/));
    it(`should refuse a binary file (${name})`, () => expectOneLine(runCli(args(image)), /PNG image, not a text notice/));
    it(`should refuse an unknown input format (${name})`, () => expectOneLine(runCli([...args(SEED), '--from', 'pdf']), /argument 'pdf' is invalid/));
    it(`should refuse an unknown option (${name})`, () => expectOneLine(runCli([...args(SEED), '--frobnicate']), /unknown option '--frobnicate'/));
  }

  it('should refuse a directory where a single notice is expected (diff)', () => {
    expectOneLine(runCli(['diff', 'fixtures', SEED]), /is a directory/);
  });

  it('should refuse an unknown command', () => expectOneLine(runCli(['frobnicate']), /unknown command 'frobnicate'/));

  // Root may read anything, so as root the command runs as nobody (setpriv, util-linux).
  const asRoot = process.getuid?.() === 0;
  const canDrop = asRoot && spawnSync('setpriv', ['--version']).status === 0;
  it.skipIf(asRoot && !canDrop)('should refuse a file it may not read', () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'x');
    chmodSync(locked, 0o000);
    chmodSync(dir, 0o755);
    const args = [BIN, 'parse', locked];
    const r = asRoot
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, args, { encoding: 'utf8' });
    expectOneLine({ status: r.status, stdout: r.stdout, stderr: r.stderr }, /permission denied/);
  });
});

describe('a reader that closes the pipe early', () => {
  // `| true` exits before plan writes, so every write meets a closed pipe.
  it.each([`parse ${SEED}`, `query ${SEED} tasks`, 'query --help', 'report --help', 'diff --help', 'schema', '--help'])(
    'should end quietly with exit 0 (plan %s)',
    (args) => {
      const r = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} ${args} | true; echo "exit=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
      expect(r.stderr).toBe('exit=0\n');
    },
  );
});
