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
