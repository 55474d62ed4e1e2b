import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderSarif } from '../../src/render/diagnostics-sarif.js';
import type { ValidationResult } from '../../src/validate/validate.js';

const INPUT = JSON.parse(readFileSync(new URL('../../fixtures/validate/render-input.json', import.meta.url), 'utf8')) as { results: ValidationResult[]; hostile: ValidationResult[] };
const HOSTILE = INPUT.hostile;
const RESULTS = INPUT.results;

const TOOL = {
  name: 'plan',
  version: '1.2.3',
  rules: [
    { id: 'header-required', description: 'the header is filled in', defaultSeverity: 'error' as const },
    { id: 'document-number-format', description: 'document numbers are well formed', defaultSeverity: 'error' as const },
  ],
};

/** The essentials of SARIF 2.1.0 that code scanning needs (from the OASIS schema). */
const SARIF_ESSENTIALS = {
  type: 'object',
  required: ['version', 'runs', '$schema'],
  properties: {
    version: { const: '2.1.0' },
    $schema: { type: 'string', pattern: 'sarif-2\\.1\\.0' },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                properties: {
                  name: { type: 'string' },
                  rules: { type: 'array', items: { type: 'object', required: ['id', 'shortDescription'] } },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'level', 'message', 'locations'],
              properties: {
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: { type: 'object', required: ['text'] },
                locations: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation', 'region'],
                        properties: {
                          artifactLocation: { type: 'object', required: ['uri'] },
                          region: { type: 'object', required: ['startLine', 'startColumn'] },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

interface SarifLog {
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string }; defaultConfiguration?: { level: string } }> } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }> }>;
  }>;
}

describe('renderSarif', () => {
  const log = JSON.parse(renderSarif(RESULTS, TOOL, '/work')) as SarifLog;
  const run = log.runs[0]!;

  it('should produce the SARIF 2.1.0 essentials', () => {
    const validate = new Ajv({ strict: false }).compile(SARIF_ESSENTIALS);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('should list the tool’s rules, and add rules that results use but the tool did not list', () => {
    expect(run.tool.driver.name).toBe('plan');
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.tool.driver.rules.map((r) => [r.id, r.shortDescription.text, r.defaultConfiguration?.level])).toEqual([
      ['header-required', 'the header is filled in', 'error'],
      ['document-number-format', 'document numbers are well formed', 'error'],
      ['unit-known', 'unit-known', undefined],
    ]);
  });

  it('should give each result its rule, level, message and place relative to %SRCROOT%', () => {
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///work/');
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level, r.message.text])).toEqual([
      ['document-number-format', 1, 'error', '"河东政办函[2022]10号" puts the year in "[]"; write 〔2022〕'],
      ['header-required', 0, 'warning', '成文日期 is empty'],
      ['unit-known', 2, 'note', 'unknown unit "区算力专班"'],
    ]);
    expect(run.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'notices/%E6%B2%B3%E4%B8%9C.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 13, startColumn: 6, endLine: 13, endColumn: 7 },
    });
    expect(run.results[1]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 16, startColumn: 1 });
  });

  it('should keep messages as plain text and encode odd file names as URI references', () => {
    const hostile = (JSON.parse(renderSarif(HOSTILE, TOOL, '/work')) as SarifLog).runs[0]!.results[0]!;
    expect(hostile.message.text).toBe(HOSTILE[0]!.diagnostics[0]!.message);
    expect(hostile.locations[0]!.physicalLocation.artifactLocation.uri).toBe('a%2Cb%3Ac%25.txt');
  });
});
