import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'fixtures/hedong-2022.txt';
const work = mkdtempSync(join(tmpdir(), 'plan-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('plan report', () => {
  it('should write the page to standard output', () => {
    const r = runCli(['report', SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('<!DOCTYPE html>\n')).toBe(true);
    const $ = load(r.stdout);
    expect($('table.matrix tbody tr').length).toBe(14);
    expect($('article.task').length).toBe(20);
    expect($('.kicker').first().text()).toBe(`plan report · ${SEED}`);
  });

  it('should read standard input', () => {
    const r = runCli(['report', '-'], { input: readFileSync(SEED) });
    expect(r.status).toBe(0);
    expect(load(r.stdout)('.kicker').first().text()).toBe('plan report · -');
  });

  it('should write the same page to a file with -o, and nothing to standard output', () => {
    const out = join(work, 'report.html');
    const r = runCli(['report', SEED, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(runCli(['report', SEED]).stdout);
  });

  it('should refuse to overwrite its input', () => {
    const input = join(work, 'notice.txt');
    writeFileSync(input, readFileSync(SEED));
    const r = runCli(['report', input, '-o', input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`plan: ${input}: refusing to overwrite an input file\n`);
    expect(readFileSync(input)).toEqual(readFileSync(SEED));
  });

  it('should exit 2 with one line for a missing input, a text that is no notice, or a bad config', () => {
    const missing = runCli(['report', 'fixtures/no-such-file.txt']);
    expect([missing.status, missing.stdout, missing.stderr]).toEqual([2, '', 'plan: fixtures/no-such-file.txt: no such file\n']);

    // A file of prose that is no notice (the project's own README quotes clause labels in its
    // examples, so it is no longer a clean case of one).
    const notes = join(work, 'release-notes.md');
    writeFileSync(notes, '# Release notes\n\nThis release makes the report faster and fixes two typos in the help text.\n');
    const prose = runCli(['report', notes]);
    expect(prose.status).toBe(2);
    expect(prose.stderr).toMatch(/^plan: .*release-notes\.md: .*does not read as a policy notice\n$/);

    const config = join(work, 'bad.json');
    writeFileSync(config, '{"rules": {"no-such-rule": "off"}}');
    const bad = runCli(['report', SEED, '--config', config]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')).toHaveLength(2);
    expect(bad.stderr).toContain('unknown rule "no-such-rule"');
  });

  it('should take the rule levels of the nearest .planrc.json, as plan validate does', () => {
    const notice = join(work, 'notice-with-config.txt');
    writeFileSync(notice, readFileSync(SEED));
    writeFileSync(join(work, '.planrc.json'), '{"rules": {"header-required": "off"}}');
    try {
      const $ = load(runCli(['report', notice]).stdout);
      expect($('ol.findings code.rule').map((_, c) => $(c).text()).get()).toEqual(['brackets-balanced']);
    } finally {
      rmSync(join(work, '.planrc.json'));
    }
  });

  it('should exit 2 for a wrong number of inputs', () => {
    expect(runCli(['report']).status).toBe(2);
    expect(runCli(['report', SEED, SEED]).status).toBe(2);
  });
});
