import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderGithub } from '../../src/render/diagnostics-github.js';
import type { ValidationResult } from '../../src/validate/validate.js';

const INPUT = JSON.parse(readFileSync(new URL('../../fixtures/validate/render-input.json', import.meta.url), 'utf8')) as { results: ValidationResult[]; hostile: ValidationResult[] };
const HOSTILE = INPUT.hostile;
const RESULTS = INPUT.results;

describe('renderGithub', () => {
  it('should write one workflow command a problem, with its place and rule', () => {
    expect(renderGithub(RESULTS, '/work')).toBe(
      [
        '::error file=notices/河东.txt,line=13,col=6,endLine=13,endColumn=7,title=document-number-format::"河东政办函[2022]10号" puts the year in "[]"; write 〔2022〕',
        '::warning file=notices/河东.txt,line=16,col=1,title=header-required::成文日期 is empty',
        '::notice file=notices/河东.txt,line=161,col=14,title=unit-known::unknown unit "区算力专班"',
        '',
      ].join('\n'),
    );
  });

  it('should percent-encode %, CR and LF in messages, and also : and , in properties', () => {
    expect(renderGithub(HOSTILE, '/work')).toBe(
      '::warning file=a%2Cb%3Ac%25.txt,line=2,col=3,title=brackets-balanced::100%25 "(" at a:b, c%0Anext%0D\\x1b[31mred\n',
    );
  });

  // The runner decodes only %25 %0D %0A %3A %2C in a property: a %1B would reach GitHub as those
  // three characters, naming no file either, and a raw ESC would reach the terminal that shows the log.
  it('should show a control character of a file name other than CR and LF as a visible escape, which GitHub has no encoding for', () => {
    const one = RESULTS[0]!.diagnostics.slice(1, 2);
    expect(renderGithub([{ path: 'esc/e\u001b[31mx.txt', diagnostics: one }], '/work')).toBe(
      '::warning file=esc/e\\x1b[31mx.txt,line=16,col=1,title=header-required::成文日期 is empty\n',
    );
    expect(renderGithub([{ path: 'esc/a\nb.txt', diagnostics: one }], '/work')).toContain('file=esc/a%0Ab.txt,');
  });

  it('should give workspace-relative paths and leave out the file for standard input', () => {
    const one = RESULTS[0]!.diagnostics.slice(1, 2);
    expect(renderGithub([{ path: '/work/notices/a.txt', diagnostics: one }], '/work')).toContain('file=notices/a.txt,');
    expect(renderGithub([{ path: '-', diagnostics: one }], '/work')).toBe('::warning line=16,col=1,title=header-required::成文日期 is empty\n');
  });

  it('should print nothing when there is nothing to report', () => {
    expect(renderGithub([{ path: 'a.txt', diagnostics: [] }])).toBe('');
  });
});
