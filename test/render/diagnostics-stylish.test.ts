import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayWidth, renderStylish } from '../../src/render/diagnostics-stylish.js';
import type { ValidationResult } from '../../src/validate/validate.js';

const INPUT = JSON.parse(readFileSync(new URL('../../fixtures/validate/render-input.json', import.meta.url), 'utf8')) as { results: ValidationResult[]; hostile: ValidationResult[] };
const HOSTILE = INPUT.hostile;
const RESULTS = INPUT.results;

describe('renderStylish', () => {
  // Rule ids line up on a terminal, where each Chinese character takes two columns.
  it('should list each file with problems, one line a problem, aligned, then a summary', async () => {
    expect(await renderStylish(RESULTS, false)).toBe(
      [
        'notices/河东.txt',
        '  13:6    error    "河东政办函[2022]10号" puts the year in "[]"; write 〔2022〕  document-number-format',
        '  16:1    warning  成文日期 is empty                                             header-required',
        '  161:14  info     unknown unit "区算力专班"                                     unit-known',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info) in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('should say so when there is nothing to report', async () => {
    expect(await renderStylish([{ path: 'a.txt', diagnostics: [] }], false)).toBe('✔ no problems (1 file)\n');
  });

  it('should never say no problems when an input could not be checked, and count it apart', async () => {
    const checked: ValidationResult = { path: 'b/a.txt', diagnostics: [] };
    const empty: ValidationResult = { path: 'r1/empty.txt', diagnostics: [], error: 'the input has no text' };
    const image: ValidationResult = { path: 'r1/img.txt', diagnostics: [], error: 'this is a PNG image, not a text notice' };
    expect(await renderStylish([empty, checked], false)).toBe('✖ 1 input could not be checked; 1 file checked: no problems\n');
    expect(await renderStylish([empty, image], false)).toBe('✖ 2 inputs could not be checked; 0 files checked\n');
  });

  it('should count the unchecked inputs beside the problems of the files checked', async () => {
    const image: ValidationResult = { path: 'r1/img.txt', diagnostics: [], error: 'this is a PNG image, not a text notice' };
    const out = await renderStylish([...RESULTS, image], false);
    expect(out).not.toContain('r1/img.txt');
    expect(out.endsWith('\n✖ 1 input could not be checked; 2 files checked: 3 problems (1 error, 1 warning, 1 info)\n')).toBe(true);
  });

  it('should keep document text on one line and make control characters visible', async () => {
    const out = await renderStylish(HOSTILE, false);
    expect(out).toContain('100% "(" at a:b, c next \\x1b[31mred');
    expect(out).not.toContain('\x1b');
    expect(out.split('\n')).toHaveLength(5);
  });

  it('should colour only when asked, keeping the same words', async () => {
    const coloured = await renderStylish(RESULTS, true);
    expect(coloured).toContain('\x1b[');
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(await renderStylish(RESULTS, false));
  });

  it('should count East Asian characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('成文日期')).toBe(8);
    expect(displayWidth('〔2022〕')).toBe(8);
  });
});
