import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/types.js';
import { placeFindings, type PlaceTarget } from '../../src/report/findings.js';
import { fixture, SEED } from '../query/seed.js';

const TEXT = readFileSync(SEED, 'utf8');

function diag(line: number, column: number, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { ruleId: 'test-rule', severity: 'warning', message: 'm', line, column, ...extra };
}

async function seedTargets(): Promise<PlaceTarget[]> {
  const doc = await fixture(SEED);
  const task = doc.plan!.tasks[0]!;
  const annex = doc.annexes[0]!;
  return [
    { anchor: 'header', label: '文件信息', position: doc.metadata.position! },
    { anchor: 'goals', label: '附件', position: annex.position },
    { anchor: 'indicator-1', label: '指标 · 研发支出与地区生产总值比值', position: annex.table!.rows[0]!.position },
    { anchor: task.id, label: '任务 1', position: task.position },
  ];
}

describe('placeFindings', () => {
  it('should place a finding on the innermost element that holds it', async () => {
    const targets = await seedTargets();
    const [row, task, header, chrome] = placeFindings([diag(161, 14), diag(68, 5), diag(13, 1), diag(1, 1)], targets, TEXT).sort((a, b) => b.line - a.line);
    // Line 161 lies in the annex and in its first row: the row wins.
    expect(row?.target).toEqual({ anchor: 'indicator-1', label: '指标 · 研发支出与地区生产总值比值' });
    expect(task?.target?.anchor).toBe('task-2360902d');
    expect(header?.target?.anchor).toBe('header');
    // The date widget on line 1 is page chrome: no element of the page holds it.
    expect(chrome?.target).toBeNull();
  });

  it('should number the findings in document order, errors first at one place', () => {
    const found = placeFindings([diag(20, 1), diag(5, 2, { severity: 'info' }), diag(5, 2, { severity: 'error', ruleId: 'z' })], [], TEXT);
    expect(found.map((f) => [f.anchor, f.line, f.severity])).toEqual([
      ['finding-1', 5, 'error'],
      ['finding-2', 5, 'info'],
      ['finding-3', 20, 'warning'],
    ]);
  });

  it('should show the source line with the place marked', () => {
    // Line 161 is the annex cell 研发支出与地区生产总值比值(% with its unclosed bracket at column 14.
    expect(placeFindings([diag(161, 14)], [], TEXT)[0]?.excerpt).toEqual({ before: '研发支出与地区生产总值比值', marked: '(', after: '%' });
    // A span on the line is marked whole: 河东政办函〔2021〕18号 at 31:99–113.
    const span = { start: { line: 31, column: 99, offset: 0 }, end: { line: 31, column: 113, offset: 0 } };
    const excerpt = placeFindings([diag(31, 99, { position: span })], [], TEXT)[0]?.excerpt;
    expect(excerpt?.marked).toBe('河东政办函〔2021〕18号');
    expect(excerpt?.before).toBe('…科技创新三年行动计划(2020—2022年)》(');
    expect(excerpt?.after.startsWith(')同时废止。')).toBe(true);
  });

  it('should leave out the indentation before the text', () => {
    expect(placeFindings([diag(2, 6)], [], '第一行\n\t\u3000  (牵头单位:区科技局')[0]?.excerpt).toEqual({ before: '(', marked: '牵', after: '头单位:区科技局' });
  });

  it('should cut a long line around the place', () => {
    const excerpt = placeFindings([diag(68, 100)], [], TEXT)[0]?.excerpt;
    expect(excerpt?.before.startsWith('…')).toBe(true);
    expect(excerpt?.before).toHaveLength(25);
    expect(excerpt?.marked).toHaveLength(1);
    expect(excerpt?.after.endsWith('…')).toBe(true);
    expect(excerpt?.after).toHaveLength(49);
  });

  it('should have no excerpt for a place outside the text or on an empty line', () => {
    expect(placeFindings([diag(100000, 1), diag(2, 1), diag(0, 0)], [], TEXT).map((f) => f.excerpt)).toEqual([null, null, null]);
  });
});
