import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderJson, toEslintResults } from '../../src/render/diagnostics-json.js';
import type { ValidationResult } from '../../src/validate/validate.js';

const INPUT = JSON.parse(readFileSync(new URL('../../fixtures/validate/render-input.json', import.meta.url), 'utf8')) as { results: ValidationResult[]; hostile: ValidationResult[] };
const RESULTS = INPUT.results;

/** ESLint's JSON formatter output, the fields its consumers read. */
const ESLINT_SHAPE = {
  type: 'array',
  items: {
    type: 'object',
    required: ['filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount'],
    properties: {
      filePath: { type: 'string' },
      messages: {
        type: 'array',
        items: {
          type: 'object',
          required: ['ruleId', 'severity', 'message', 'line', 'column'],
          properties: {
            ruleId: { type: 'string' },
            severity: { enum: [1, 2] },
            message: { type: 'string' },
            line: { type: 'integer', minimum: 1 },
            column: { type: 'integer', minimum: 1 },
            endLine: { type: 'integer', minimum: 1 },
            endColumn: { type: 'integer', minimum: 1 },
          },
        },
      },
      errorCount: { type: 'integer' },
      warningCount: { type: 'integer' },
      fixableErrorCount: { const: 0 },
      fixableWarningCount: { const: 0 },
    },
  },
};

describe('renderJson', () => {
  it('should follow the shape of ESLint’s JSON formatter', () => {
    const validate = new Ajv().compile(ESLINT_SHAPE);
    const output = JSON.parse(renderJson(RESULTS, '/work')) as unknown;
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
  });

  it('should give absolute paths, severities 2 and 1, spans where known, and counts', () => {
    const [first, second] = toEslintResults(RESULTS, '/work');
    expect(first).toMatchObject({ filePath: '/work/notices/河东.txt', errorCount: 1, warningCount: 2, fatalErrorCount: 0 });
    expect(first!.messages).toEqual([
      { ruleId: 'document-number-format', severity: 2, message: '"河东政办函[2022]10号" puts the year in "[]"; write 〔2022〕', line: 13, column: 6, endLine: 13, endColumn: 7 },
      { ruleId: 'header-required', severity: 1, message: '成文日期 is empty', line: 16, column: 1 },
      { ruleId: 'unit-known', severity: 1, message: 'unknown unit "区算力专班"', line: 161, column: 14 },
    ]);
    expect(second).toMatchObject({ filePath: '/work/clean.txt', messages: [], errorCount: 0, warningCount: 0 });
  });

  it('should name standard input as ESLint does', () => {
    expect(toEslintResults([{ path: '-', diagnostics: [] }])[0]!.filePath).toBe('<stdin>');
  });
});
