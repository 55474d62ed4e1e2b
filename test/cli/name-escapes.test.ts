import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineSafe } from '../../src/render/escape.js';
import { runCli } from '../helpers/run-cli.js';

const seed = readFileSync('fixtures/hedong-2022.txt');
const temp = mkdtempSync(join(tmpdir(), 'plan-name-escapes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('file names with control characters', () => {
  it('should show every control character of a name as an escape, a line break and a tab too', () => {
    expect(lineSafe('a\u001b[31m\nb\tc.txt')).toBe('a\\x1b[31m\\x0ab\\x09c.txt');
    expect(lineSafe('怀政办〔2023〕15号.txt')).toBe('怀政办〔2023〕15号.txt');
  });

  it('should print them escaped on stderr and in the stylish report, one line each', () => {
    const dir = join(temp, 'controls');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a\u001b[31mred.txt'), 'x\u0000y');
    writeFileSync(join(dir, 'b\nline.txt'), seed);
    const parse = runCli(['parse', '--jsonl', dir]);
    expect(parse.stderr).toBe(`plan: ${dir}/a\\x1b[31mred.txt: binary data (a NUL byte at offset 1), not a text notice\n`);
    // The seed notice has warnings, so the report names the file.
    const validate = runCli(['validate', join(dir, 'b\nline.txt')]);
    expect(validate.stdout.split('\n')[0]).toBe(`${dir}/b\\x0aline.txt`);
    const missing = runCli(['parse', join(dir, 'gone\u001b[2J.txt')]);
    expect(missing.stderr).toBe(`plan: ${dir}/gone\\x1b[2J.txt: no such file\n`);
  });
});
