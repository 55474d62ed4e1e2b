import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/expand-inputs.js';
import { NODE_FS, type WalkFs } from '../../src/cli/folder-walk.js';
import { runCli } from '../helpers/run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/plan.cjs', import.meta.url));
const seed = readFileSync('fixtures/hedong-2022.txt');
const temp = mkdtempSync(join(tmpdir(), 'plan-batch-inputs-'));
// Read by another user below: mkdtemp makes the folder for its owner only.
chmodSync(temp, 0o755);
afterAll(() => {
  chmodSync(join(temp, 'perm', 'sub'), 0o755);
  chmodSync(join(temp, 'perm', 'locked.txt'), 0o644);
  rmSync(temp, { recursive: true, force: true });
});

function tree(root: string, files: Record<string, string | Buffer>): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

/** Node's file system, but one folder cannot be listed: what a user without the rights meets. */
function refusing(folder: string): WalkFs {
  return {
    ...NODE_FS,
    readdir: (path) => (path === folder ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' })) : NODE_FS.readdir(path)),
  };
}

const names = (root: string, paths: readonly string[]): string[] => paths.map((p) => p.slice(root.length + 1));

// perm/ holds a notice, a file no one may read and a folder no one may list.
const perm = tree(join(temp, 'perm'), { 'ok.txt': seed, 'locked.txt': seed, 'sub/c.txt': seed });
chmodSync(join(perm, 'locked.txt'), 0o000);
chmodSync(join(perm, 'sub'), 0o000);

/**
 * Runs plan as a user whom permissions bind. Root reads a folder whatever its mode, so as root the
 * command runs as nobody (65534); where nobody cannot run it from here (the checkout in a private
 * folder), null, and the test is skipped with that reason.
 */
const asUser = (() => {
  const root = process.getuid?.() === 0;
  const ids = root ? { uid: 65534, gid: 65534 } : {};
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', HOME: tmpdir() }, ...ids });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return run(['--version']).status === 0 ? run : null;
})();

describe('a folder that cannot be listed', () => {
  it('should list the rest of a scan and keep the folder in its place, with the reason', async () => {
    const r = await expandInputs([perm], { fs: refusing(join(perm, 'sub')) });
    expect(names(perm, r.inputs)).toEqual(['locked.txt', 'ok.txt']);
    expect(r.unreadable).toEqual([{ path: join(perm, 'sub'), reason: 'permission denied', at: 2 }]);
    expect(r.single).toBe(false);
  });

  it('should say so for a quoted glob too, rather than pass the folder over', async () => {
    const r = await expandInputs([`${perm}/**/*.txt`], { fs: refusing(join(perm, 'sub')) });
    expect(names(perm, r.inputs)).toEqual(['locked.txt', 'ok.txt']);
    expect(r.unreadable).toEqual([{ path: join(perm, 'sub'), reason: 'permission denied', at: 2 }]);
  });

  it.skipIf(asUser === null)('should parse, validate and query the readable notices and name each unreadable input, exit 2', () => {
    const run = asUser!;
    const lines = [`plan: ${perm}/locked.txt: permission denied`, `plan: ${perm}/sub: permission denied; the files in this folder were not read`];
    for (const args of [['parse', '--jsonl', perm], ['parse', '--jsonl', `${perm}/**/*.txt`]]) {
      const r = run(args);
      expect(r.stderr.trimEnd().split('\n')).toEqual(lines);
      expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: { name: string } }).source.name)).toEqual([`${perm}/ok.txt`]);
      expect(r.status).toBe(2);
    }
    const v = run(['validate', perm, '--format', 'json']);
    expect(v.status).toBe(2);
    expect((JSON.parse(v.stdout) as Array<{ filePath: string; fatalErrorCount: number }>).map((f) => [f.filePath.slice(perm.length + 1), f.fatalErrorCount])).toEqual([
      ['locked.txt', 1],
      ['ok.txt', 0],
      ['sub', 1],
    ]);
    const q = run(['query', perm, 'tasks', '--format', 'json']);
    expect(q.status).toBe(2);
    expect(q.stderr.trimEnd().split('\n')).toEqual(lines);
    expect((JSON.parse(q.stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  it.skipIf(asUser === null)('should give an empty array for a named folder that cannot be listed, naming it, exit 2', () => {
    const r = asUser!(['parse', join(perm, 'sub')]);
    expect([r.stdout, r.stderr, r.status]).toEqual(['[]\n', `plan: ${perm}/sub: permission denied; the files in this folder were not read\n`, 2]);
  });
});

describe('links: each real file is read once', () => {
  // sib/latest → 2024; loop/self → the folder itself, loop/sub/up → the folder above.
  const sib = tree(join(temp, 'sib'), { '2024/a.txt': seed });
  symlinkSync('2024', join(sib, 'latest'));
  const loop = tree(join(temp, 'loop'), { 'sub/a.txt': seed });
  symlinkSync('.', join(loop, 'self'));
  symlinkSync('..', join(loop, 'sub', 'up'));

  it('should read a quoted ** glob through links as the directory scan does: a folder reached again is not searched again', async () => {
    for (const [root, file] of [[sib, '2024/a.txt'], [loop, 'sub/a.txt']] as const) {
      expect(names(root, (await expandInputs([`${root}/**/*.txt`])).inputs)).toEqual([file]);
      expect(names(root, (await expandInputs([root])).inputs)).toEqual([file]);
    }
  });

  it('should count a unit\'s tasks once in a query over such a glob', () => {
    const once = runCli(['query', `${sib}/2024/a.txt`, 'departments', '--format', 'json']);
    const glob = runCli(['query', `${sib}/**/*.txt`, 'departments', '--format', 'json']);
    expect(glob.stderr).toBe('');
    expect(glob.stdout).toBe(once.stdout);
  });

  it('should read a file that two inputs give once, and say so', async () => {
    const zero = tree(join(temp, 'zero'), { 'd.txt': seed, 'e.html': '<p>x</p>' });
    const r = await expandInputs([zero, join(zero, 'd.txt')]);
    expect(names(zero, r.inputs)).toEqual(['d.txt', 'e.html']);
    expect(r.repeated).toEqual([join(zero, 'd.txt')]);
    const cli = runCli(['parse', '--jsonl', `${sib}/2024`, `${sib}/latest/a.txt`]);
    expect(cli.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(cli.stderr).toBe(`plan: passed over 1 file that an earlier input had given already (${sib}/latest/a.txt); each file is read once\n`);
    expect(cli.status).toBe(0);
  });

  it('should read a page linked beside itself in one folder once, under its first name', async () => {
    const pages = tree(join(temp, 'beside'), { 'b-2024.txt': seed });
    symlinkSync('b-2024.txt', join(pages, 'a-latest.txt'));
    const r = await expandInputs([pages]);
    expect([names(pages, r.inputs), r.repeated]).toEqual([['a-latest.txt'], []]);
    expect(r.aliases).toEqual([{ path: join(pages, 'b-2024.txt'), readAs: join(pages, 'a-latest.txt') }]);
  });

  it('should say on stderr that a link beside a page in a scanned folder was passed over, naming the name read', () => {
    const pages = tree(join(temp, 'alias'), { 'a.txt': seed });
    symlinkSync('a.txt', join(pages, 'alias.txt'));
    const r = runCli(['parse', '--jsonl', pages]);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe(`plan: passed over 1 file read already under another name (${pages}/alias.txt read as ${pages}/a.txt); each file is read once\n`);
    expect(r.status).toBe(0);
  });

  it('should not say so for a name a glob meets twice, a folder it matches and a file in it', async () => {
    const r = await expandInputs([`${sib}/2024{,/a.txt}`]);
    expect([names(sib, r.inputs), r.aliases, r.repeated]).toEqual([['2024/a.txt'], [], []]);
  });
});

describe('globs', () => {
  const tree2 = tree(join(temp, 'years'), { '2023/a.txt': seed, '2024/b.txt': seed, '2024/notes.pdf': 'x', 'c.txt': seed });

  it('should scan the folders a glob matches, as the shell-expanded glob would', async () => {
    const r = await expandInputs([`${tree2}/*`]);
    expect(names(tree2, r.inputs)).toEqual(['2023/a.txt', '2024/b.txt', 'c.txt']);
    expect(names(tree2, r.others)).toEqual(['2024/notes.pdf']);
    expect(names(tree2, (await expandInputs([`${tree2}/*/`])).inputs)).toEqual(['2023/a.txt', '2024/b.txt']);
    const cli = runCli(['parse', `${tree2}/202*`]);
    expect(cli.status).toBe(0);
    expect((JSON.parse(cli.stdout) as Array<{ source: { name: string } }>).map((d) => d.source.name.slice(tree2.length + 1))).toEqual(['2023/a.txt', '2024/b.txt']);
  });

  it('should pass on a link to nothing that a glob matches, so that reading it names it', async () => {
    const dir = tree(join(temp, 'dangling'), { 'a.txt': seed });
    symlinkSync(join(temp, 'gone.txt'), join(dir, 'b.txt'));
    expect(names(dir, (await expandInputs([`${dir}/*.txt`])).inputs)).toEqual(['a.txt', 'b.txt']);
    const r = runCli(['parse', '--jsonl', `${dir}/*.txt`]);
    expect(r.stderr).toBe(`plan: ${dir}/b.txt: broken link (to ${join(temp, 'gone.txt')})\n`);
    expect(r.status).toBe(2);
  });

  it('should still say that a glob matching nothing, under a folder that is not there, names no file', () => {
    const r = runCli(['parse', `${temp}/nowhere/*.txt`]);
    expect([r.stdout, r.stderr, r.status]).toEqual(['[]\n', `plan: ${temp}/nowhere/*.txt: no such file\n`, 2]);
  });
});

describe('a file whose name holds glob characters', () => {
  // x1.txt is what the pattern x[1].txt matches: the file named x[1].txt is meant.
  const dir = tree(join(temp, 'names'), { 'x[1].txt': seed, 'x1.txt': 'not this one', '怀政办[2023]15号.txt': seed, '通知(修订){终稿}*.txt': seed });

  it('should be that file, one object, not an array of the files a glob would match', async () => {
    for (const name of ['x[1].txt', '怀政办[2023]15号.txt', '通知(修订){终稿}*.txt']) {
      const r = runCli(['parse', join(dir, name)]);
      expect(r.status).toBe(0);
      const doc = JSON.parse(r.stdout) as { source: { name: string } };
      expect(Array.isArray(doc)).toBe(false);
      expect(doc.source.name).toBe(join(dir, name));
    }
    expect(await expandInputs([join(dir, 'x[1].txt')])).toMatchObject({ inputs: [join(dir, 'x[1].txt')], single: true });
  });

  it('should take a glob whose brackets are escaped for the name they spell', async () => {
    expect((await expandInputs([`${dir}/x\\[1\\].txt`])).inputs).toEqual([join(dir, 'x[1].txt')]);
    expect((await expandInputs([`${dir}/x\\[1\\]*.txt`])).inputs).toEqual([join(dir, 'x[1].txt')]);
  });
});

describe('what a batch says', () => {
  it('should not count its own settings file among the files of other kinds', async () => {
    const dir = tree(join(temp, 'configured'), { 'a.txt': seed, 'planrc.json': '{}', 'b.pdf': 'x' });
    expect(names(dir, (await expandInputs([dir])).others)).toEqual(['b.pdf']);
  });
});
