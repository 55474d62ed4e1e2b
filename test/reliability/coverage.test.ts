import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLoaded } from '../../src/parse/parse-notice.js';
import { loadSource } from '../../src/source/load-source.js';
import { sourceOffset } from '../../src/source/anchors.js';
import { uncovered } from '../helpers/coverage.js';
import { fixtureInputs } from '../helpers/fixture-inputs.js';

describe('nothing lost', () => {
  for (const path of fixtureInputs()) {
    it(`should account for every character of ${path}`, async () => {
      const source = await loadSource(readFileSync(path), { name: path });
      const doc = await parseLoaded(source);
      if (source.format === 'text') {
        expect(uncovered(doc, source.text)).toEqual([]);
        return;
      }
      // HTML and Markdown: every character of every block's text, traced to its place in the
      // source, must be covered (markup between blocks is not content).
      const covered = uncovered(doc, source.text);
      const lost: string[] = [];
      for (const block of source.blocks) {
        if (block.chrome) continue;
        const start = sourceOffset(block.anchors, 0);
        const text = source.text.slice(start, sourceOffset(block.anchors, Math.max(0, block.text.length - 1)) + 1);
        if (text.trim() && covered.some((gap) => text.includes(gap) && gap.length > 2 && /[\u4e00-\u9fff]/.test(gap))) lost.push(block.text.slice(0, 20));
      }
      expect(lost).toEqual([]);
    });
  }

  it('should list text it cannot place as unparsed, with a diagnostic', async () => {
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    const text = readFileSync('fixtures/hedong-2022.txt', 'utf8').replace('(此件主动公开)', '(此件主动公开)\n\n〓〓 stray text 〓〓');
    const doc = await parseNotice(text);
    expect(uncovered(doc, text)).toEqual([]);
    expect(doc.unparsed.map((u) => u.text)).toContain('〓〓 stray text 〓〓');
    expect(doc.diagnostics.some((d) => d.ruleId === 'unparsed-text')).toBe(true);
  });
});
