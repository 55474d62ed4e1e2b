import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDiffText } from '../../src/render/diff-text.js';
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

  it('should say there are no changes for a notice against itself', async () => {
    const text = await renderDiffText(await diffFixtures(HEDONG[1], HEDONG[1]), { color: false });
    expect(text).toBe('fixtures/hedong-2022.txt 河东政办函〔2022〕10号 → fixtures/hedong-2022.txt 河东政办函〔2022〕10号: no changes\n');
  });

  it('should print control characters from the document as visible escapes', async () => {
    const text = await renderDiffText(await diffFixtures(...HOSTILE), { color: false });
    expect(text).not.toContain('\x1b');
    expect(text).toContain('\\x1b[31m红色\\x1b[0m');
  });
});
