/**
 * Sub-item tasks (（1）（2） under items that restart them) are labelled in the diff as `plan query`
 * names them, 1（2）, not by their own number, which another task has too (probe42 #11).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDiffGithub } from '../../src/render/diff-github.js';
import { renderDiffJson } from '../../src/render/diff-json.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { diffFixtures, HEDONG } from '../helpers/diff-results.js';

const DIR = 'fixtures/diff/subitem-removed';

describe('plan diff of a sub-item task removed (subitem-removed)', () => {
  it('should label each task by its item and sub-item', async () => {
    const result = await diffFixtures(`${DIR}/old.txt`, `${DIR}/new.txt`);
    expect(await renderDiffText(result, { color: false })).toBe(readFileSync(`${DIR}.expected.txt`, 'utf8'));
  });

  it('should give the places in the JSON and use them in the Markdown and GitHub labels', async () => {
    const result = await diffFixtures(`${DIR}/old.txt`, `${DIR}/new.txt`);
    expect(result.changes.map((c) => c.places)).toEqual([
      { old: '1（2）', new: null },
      { old: '2（2）', new: '2（2）' },
    ]);
    expect(JSON.parse(renderDiffJson(result)).changes[0].places).toEqual({ old: '1（2）', new: null });
    expect(renderDiffMarkdown(result)).toContain('| task 1（2） 开展老年人家庭适老化改造 | removed |');
    expect(renderDiffGithub(result, { file: 'new.txt' })).toContain('task 2（2） 加强养老护理员队伍建设');
  });

  it('should give no places where the task numbers tell the tasks apart', async () => {
    const result = await diffFixtures(...HEDONG);
    expect(result.changes.some((c) => c.places)).toBe(false);
  });
});
