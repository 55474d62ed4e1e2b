import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/plan.cjs', import.meta.url));
const SPY = fileURLToPath(new URL('../helpers/module-spy.mjs', import.meta.url));

/** The packages a command loads, from the URLs its module loader resolved. */
function packagesLoaded(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', SPY, BIN, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const urls = (r.output[3] ?? '').split('\n').filter(Boolean);
  const names = urls.map((u) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u)?.[1]).filter((n): n is string => Boolean(n));
  return [...new Set(names)].sort();
}

const HEAVY = ['cheerio', 'unified', 'remark-parse', 'remark-gfm', 'opencc-js', 'cli-table3', 'chalk', 'iconv-lite', 'diff', 'yaml', 'cli-progress'];

describe('heavy modules load only when a command needs them', () => {
  it('should load no package for plan --help (commander is inside the bundle)', () => {
    expect(packagesLoaded(['--help'])).toEqual([]);
  });

  it('should load none of the heavy modules for a plain-text parse', () => {
    const loaded = packagesLoaded(['parse', 'fixtures/hedong-2022.txt']);
    expect(loaded.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('should load the HTML parser for an HTML page and the Markdown parser for Markdown, not the other', () => {
    const html = packagesLoaded(['parse', 'fixtures/forms/district-page.html']);
    expect(html).toContain('cheerio');
    expect(html).not.toContain('unified');
    const md = packagesLoaded(['parse', 'fixtures/forms/collection.md']);
    expect(md).toContain('unified');
    expect(md).not.toContain('cheerio');
  });

  it('should load the traditional-character converter only for 繁体 input', () => {
    expect(packagesLoaded(['parse', 'fixtures/forms/traditional.txt'])).toContain('opencc-js');
  });
});
