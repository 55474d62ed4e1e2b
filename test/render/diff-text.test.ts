import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDiffText, summaryLines } from '../../src/render/diff-text.js';
import { diffFixtures, HEDONG, HOSTILE } from '../helpers/diff-results.js';

describe('renderDiffText', () => {
  it('should print the summary and each change with [-…-]{+…+} markers without colour', async () => {
    const text = await renderDiffText(await diffFixtures(...HEDONG), { color: false });
    expect(text).toBe(readFileSync('fixtures/diff/hedong-2021-to-2022.txt', 'utf8'));
  });

  it('should colour the markers on a terminal and keep them', async () => {
    const text = await renderDiffText(await diffFixtures(...HEDONG), { color: true });
    expect(text).toContain('\x1b[31m[-印发-]\x1b[39m');
    expect(text).toContain('\x1b[32m{+修订+}\x1b[39m');
  });

  it('should name every kind either version has in the summary, one with only unchanged elements too', () => {
    const zero = { added: 0, removed: 0, modified: 0, moved: 0, renumbered: 0, respelled: 0 };
    const ref = { name: 'a.txt', title: null, documentNumber: null, date: null };
    const lines = summaryLines({
      summary: {
        old: ref,
        new: { ...ref, name: 'b.txt' },
        strict: false,
        changes: 2,
        ops: { ...zero, modified: 2 },
        kinds: { part: { ...zero, unchanged: 2 }, goal: { ...zero, modified: 2, unchanged: 1 }, task: { ...zero, unchanged: 5 }, annex: { ...zero, unchanged: 3 } },
      },
      changes: [],
    });
    expect(lines).toEqual(['a.txt → b.txt: 2 changes (2 modified)', '  part: 2 unchanged; goal: 2 modified, 1 unchanged; task: 5 unchanged; annex: 3 unchanged']);
  });

  it('should say there are no changes for a notice against itself', async () => {
    const text = await renderDiffText(await diffFixtures(HEDONG[1], HEDONG[1]), { color: false });
    // Every kind compared is still named, with its count: nothing changed is not nothing read.
    expect(text).toBe(
      'fixtures/hedong-2022.txt 河东政办函〔2022〕10号 → fixtures/hedong-2022.txt 河东政办函〔2022〕10号: no changes\n' +
        '  metadata: 1 unchanged; notice: 1 unchanged; part: 3 unchanged; section: 6 unchanged; goal: 14 unchanged; task: 20 unchanged; safeguard: 4 unchanged; annex: 7 unchanged\n',
    );
  });

  it('should print control characters from the document as visible escapes', async () => {
    const text = await renderDiffText(await diffFixtures(...HOSTILE), { color: false });
    expect(text).not.toContain('\x1b');
    expect(text).toContain('\\x1b[31m红色\\x1b[0m');
  });
});
