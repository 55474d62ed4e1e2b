import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { generatePlanPair } from '../helpers/generate-plan.js';

describe('diffDocuments on generated plans', () => {
  for (const tasks of [20, 200, 2000]) {
    it(`should classify every task of a ${tasks}-task plan as the generator edited it`, async () => {
      const pair = generatePlanPair(tasks);
      const oldDoc = await parseNotice(pair.old, { name: 'old.txt' });
      const newDoc = await parseNotice(pair.new, { name: 'new.txt' });
      expect(oldDoc.plan?.tasks).toHaveLength(tasks);
      const result = await diffDocuments(oldDoc, newDoc);
      const { unchanged, renumbered, moved, modified, removed, added } = result.summary.kinds.task ?? {};
      expect({ unchanged, renumbered, moved, modified, removed, added }).toEqual(pair.expected);
      // Only tasks changed: groups, parts and safeguards are the same in both versions.
      expect(result.changes.filter((c) => c.kind !== 'task' && c.kind !== 'metadata' && c.kind !== 'notice')).toEqual([]);
    });
  }
});
