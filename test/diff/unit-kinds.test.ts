/**
 * An addressee of two kinds of local unit (各镇（街道）) names both kinds, as `plan query` finds it
 * (probe42 #3): widening 各镇 to it adds 各街道 to the task, no respelling.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { isDifference } from '../../src/diff/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { diffFixtures } from '../helpers/diff-results.js';

const DIR = 'fixtures/diff/placeholder-widened';

describe('plan diff of a placeholder widened to two kinds of unit (placeholder-widened)', () => {
  it('should report the kind added on each task, not a respelling', async () => {
    const result = await diffFixtures(`${DIR}/old.txt`, `${DIR}/new.txt`);
    expect(await renderDiffText(result, { color: false })).toBe(readFileSync(`${DIR}.expected.txt`, 'utf8'));
    expect(result.changes.map((c) => [c.kind, c.op, c.fields?.participants?.added])).toEqual([
      ['task', 'modified', ['各街道']],
      ['task', 'modified', ['各街道']],
    ]);
    expect(result.changes.some(isDifference)).toBe(true);
  });

  it('should report the kind dropped when the placeholder is narrowed again', async () => {
    const result = await diffFixtures(`${DIR}/new.txt`, `${DIR}/old.txt`);
    expect(result.changes.map((c) => c.fields?.participants?.removed)).toEqual([['各街道'], ['各街道']]);
  });

  it('should still read another spelling of the same two kinds as a respelling', async () => {
    const text = readFileSync(`${DIR}/new.txt`, 'utf8').replace('各乡镇、各街道', '各镇（街道）');
    const result = await diffDocuments(await parseNotice(text), await parseNotice(text.replace('各镇（街道）', '各镇街')));
    expect(result.changes.map((c) => [c.kind, c.op, c.fields?.name])).toEqual([['unit', 'respelled', { old: '各镇（街道）', new: '各镇街' }]]);
  });
});
