import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-notice.js';
import { uncovered } from '../helpers/coverage.js';

const TEXT_FIXTURES = [
  'fixtures/hedong-2022.txt',
  ...readdirSync('fixtures/variants')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `fixtures/variants/${f}`),
];

describe('nothing lost', () => {
  for (const path of TEXT_FIXTURES) {
    it(`should account for every character of ${path}`, async () => {
      const doc = await parseFile(path);
      expect(uncovered(doc, readFileSync(path, 'utf8').replace(/^\ufeff/, ''))).toEqual([]);
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
