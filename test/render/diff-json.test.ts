import { describe, expect, it } from 'vitest';
import { renderDiffJson } from '../../src/render/diff-json.js';
import { diffFixtures, HEDONG } from '../helpers/diff-results.js';

describe('renderDiffJson', () => {
  it('should print the result as { summary, changes } that reads back unchanged', async () => {
    const result = await diffFixtures(...HEDONG);
    const json = renderDiffJson(result);
    expect(json.endsWith('}\n')).toBe(true);
    const back = JSON.parse(json);
    expect(Object.keys(back)).toEqual(['summary', 'changes']);
    expect(back).toEqual(JSON.parse(JSON.stringify(result)));
    expect(back.changes[0]).toMatchObject({ kind: 'metadata', op: 'modified', line: 6, column: 1 });
  });
});
