/**
 * Tasks paired by likeness (probe42 #4, #5): the best assignment overall, and only where two tasks
 * are alike beyond the wording every task of the plan shares. Expected outputs were written from
 * the two texts of each pair.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bestAssignment } from '../../src/diff/assign.js';
import { align } from '../../src/diff/align.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { diffFixtures } from '../helpers/diff-results.js';

const pair = (name: string) => diffFixtures(`fixtures/diff/${name}/old.txt`, `fixtures/diff/${name}/new.txt`);
const expectedText = (name: string): string => readFileSync(`fixtures/diff/${name}.expected.txt`, 'utf8');

describe('bestAssignment', () => {
  it('should prefer two fair pairs to one strong pair that blocks them', () => {
    const chosen = bestAssignment([
      { o: 0, n: 0, weight: 0.9 },
      { o: 0, n: 1, weight: 0.8 },
      { o: 1, n: 0, weight: 0.8 },
    ]);
    expect(chosen.map((p) => [p.o, p.n]).sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('should leave an element unpaired rather than take a pair that costs more than it adds', () => {
    const chosen = bestAssignment([
      { o: 0, n: 0, weight: 0.3 },
      { o: 1, n: 0, weight: 0.9 },
      { o: 2, n: 5, weight: 0.4 },
    ]);
    expect(chosen.map((p) => [p.o, p.n]).sort()).toEqual([
      [1, 0],
      [2, 5],
    ]);
  });
});

describe('align with contrast texts', () => {
  const spec = {
    keys: [(s: string) => s],
    similarity: (s: string) => s,
    contrast: [(s: string) => s],
  };

  it('should not pair two texts that share only the wording every element has', () => {
    const old = ['开展食品安全专项整治，建立问题清单和整改清单', '开展药品安全专项整治，建立问题清单和整改清单'];
    const revised = ['开展食品安全专项整治，建立问题清单和整改清单', '开展城市生命线安全专项整治，建立问题清单和整改清单'];
    expect(align(old, revised, spec)).toEqual({ pairs: [[0, 0]], removed: [1], added: [1] });
  });

  it('should still pair the one task of each version when it was reworded', () => {
    expect(align(['推进农村厕所改造，完成户厕改造5000户'], ['推进农村户厕改造，完成户厕改造6000户'], spec).pairs).toEqual([[0, 0]]);
  });
});

describe('plan diff of tasks paired by likeness', () => {
  it('should pair a task with the new one it is much closer to, not with the one at its number (closer-pair)', async () => {
    expect(await renderDiffText(await pair('closer-pair'), { color: false })).toBe(expectedText('closer-pair'));
  });

  it('should report a dropped task and an unrelated new one as removed and added, not as one task modified (task-replaced)', async () => {
    const result = await pair('task-replaced');
    expect(result.changes.map((c) => [c.kind, c.op])).toEqual([
      ['task', 'removed'],
      ['task', 'added'],
    ]);
    expect(await renderDiffText(result, { color: false })).toBe(expectedText('task-replaced'));
  });
});
