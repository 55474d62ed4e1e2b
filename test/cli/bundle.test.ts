import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/plan.cjs');
const BUNDLE = join(ROOT, 'dist/plan.cjs');
const SEED = 'fixtures/hedong-2022.txt';

describe('the bundled command-line program (dist/plan.cjs)', () => {
  it('should load from a code cache that V8 accepts', () => {
    // In a plain node, as `plan` runs: V8 refuses a cache made under other flags.
    const script = `const b = require(${JSON.stringify(BIN)}).loadBundle(); console.log(JSON.stringify({ cached: b.cached, main: typeof b.exports.main }))`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ cached: true, main: 'function' });
  });

  it('should be ASCII only, every Chinese character of its patterns written as an escape', () => {
    // One non-ASCII character makes the whole bundle a two-byte string, slower to read in.
    const source = readFileSync(BUNDLE, 'utf8');
    expect(source.match(/[^\x00-\x7f]/g)).toBeNull();
    // The escapes mean what the characters did: the bundle reads the seed as the modules do.
    const bundled = runCli(['parse', SEED]);
    const modules = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `import { main } from ${JSON.stringify(join(ROOT, 'dist/cli/main.js'))}; await main(['node', 'plan', 'parse', ${JSON.stringify(SEED)}]);`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(modules.status).toBe(0);
    expect(bundled.stdout).toBe(modules.stdout);
  });

  it('should hold commander and plan, and leave every other package to be loaded when needed', () => {
    const source = readFileSync(BUNDLE, 'utf8');
    // esbuild's record of the files that went in (written beside the bundle by the build).
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist/plan.meta.json'), 'utf8')) as { inputs: Record<string, unknown> };
    const packages = Object.keys(meta.inputs).flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1] ?? []);
    expect([...new Set(packages)]).toEqual(['commander']);
    expect(Object.keys(meta.inputs)).toContain('dist/parse/parse-source.js');
    for (const pkg of ['cheerio/slim', 'unified', 'remark-parse', 'opencc-js/t2cn', 'chalk', 'cli-table3', 'iconv-lite']) {
      expect(source).toContain(`__planImport(${JSON.stringify(pkg)})`);
    }
  });

  it('should find the files its modules look for beside themselves: the worker script and package.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-bundle-'));
    try {
      for (let i = 0; i < 4; i++) copyFileSync(join(ROOT, SEED), join(dir, `n${i}.txt`));
      const batch = runCli(['parse', '--jsonl', '--jobs', '2', dir]);
      expect(batch.status).toBe(0);
      expect(batch.stdout.trim().split('\n')).toHaveLength(4);
      const sarif = JSON.parse(runCli(['validate', SEED, '--format', 'sarif']).stdout) as { runs: Array<{ tool: { driver: { version: string } } }> };
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      expect(sarif.runs[0]!.tool.driver.version).toBe(pkg.version);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('without the bundle', () => {
    const dirs: string[] = [];
    afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

    /** A copy of the package's bin/ beside a dist/ holding the given entries of the real one. */
    function install(entries: string[]): string {
      const dir = mkdtempSync(join(tmpdir(), 'plan-nobundle-'));
      dirs.push(dir);
      mkdirSync(join(dir, 'bin'));
      copyFileSync(BIN, join(dir, 'bin/plan.cjs'));
      if (entries.length > 0) mkdirSync(join(dir, 'dist'));
      for (const e of entries) symlinkSync(join(ROOT, 'dist', e), join(dir, 'dist', e));
      return join(dir, 'bin/plan.cjs');
    }

    it('should run the compiled modules when only they are there', () => {
      const bin = install(readdirSync(join(ROOT, 'dist')).filter((e) => !e.startsWith('plan.')));
      const bundled = spawnSync(process.execPath, [BIN, 'parse', SEED], { cwd: ROOT, encoding: 'utf8' });
      const modules = spawnSync(process.execPath, [bin, 'parse', SEED], { cwd: ROOT, encoding: 'utf8' });
      expect(modules.status).toBe(0);
      expect(modules.stdout).toBe(bundled.stdout);
    });

    it('should say in one line that the program is not built, and exit 2', () => {
      const r = spawnSync(process.execPath, [install([]), 'parse', SEED], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('plan: the program is not built yet; run `npm install` (or `npm run build`) first\n');
    });
  });
});
