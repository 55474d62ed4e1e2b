import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { diffFixtures, HEDONG, HOSTILE } from '../helpers/diff-results.js';

/** Cell separators of a Markdown table row: pipes not escaped with a backslash. */
const separators = (row: string): number => (row.match(/(?<!\\)\|/g) ?? []).length;

describe('renderDiffMarkdown', () => {
  it('should print a summary table and the old/new comparison of changed items', async () => {
    const md = renderDiffMarkdown(await diffFixtures(...HEDONG));
    expect(md).toBe(readFileSync('fixtures/diff/hedong-2021-to-2022.md', 'utf8'));
  });

  it('should end a collapsed block with a blank line, so Markdown appended after it is not swallowed', async () => {
    const md = renderDiffMarkdown(await diffFixtures(...HEDONG));
    expect(md.endsWith('</details>\n\n')).toBe(true);
  });

  it('should escape document text so it cannot break the table or add markup', async () => {
    const md = renderDiffMarkdown(await diffFixtures(...HOSTILE));
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    const compare = rows.filter((r) => separators(r) === 6);
    expect(rows.filter((r) => separators(r) !== 6 && separators(r) !== 8)).toEqual([]);
    expect(compare.length).toBeGreaterThan(2);
    // The only tags are the ones the renderer writes.
    const allowed = ['<del', '</del', '<ins', '</ins', '<br', '<details', '</details', '<summary', '</summary'];
    for (const tag of new Set(md.match(/(?<!\\)<\/?[a-z]+/g))) expect(allowed).toContain(tag);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\*\\*加粗\\*\\*');
    expect(md).toContain(' &amp;amp; ');
    expect(md).not.toContain('\x1b');
  });
});
