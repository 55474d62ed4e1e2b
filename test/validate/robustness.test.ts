import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { validateDocument } from '../../src/validate/validate.js';
import { BASE_NOTICE } from './findings.js';

// Characters the rules look at: brackets of every kind, numerals, dates, numbers, units, markers.
const TRICKY = [...'()（）《》“”〔〕[]【】﹝﹞0123456789一二三四五六七八九十年月日号第、,，.。:：;；区局委办牵头参与单位%\n '];
const noise = fc.array(fc.constantFrom(...TRICKY), { maxLength: 60 }).map((cs) => cs.join(''));

describe('validateDocument on damaged notices', () => {
  it('should never throw, and place every problem inside the text', async () => {
    const lines = BASE_NOTICE.split('\n');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: lines.length - 1 }), noise, async (at, replacement) => {
        const text = [...lines.slice(0, at), replacement, ...lines.slice(at + 1)].join('\n');
        const doc = await parseNotice(text, { name: 'damaged.txt' });
        const textLines = text.split('\n');
        for (const d of validateDocument(doc, text)) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(textLines.length);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeLessThanOrEqual((textLines[d.line - 1] as string).length + 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Each shape below makes a naive stack scan quadratic: minutes (past the test's time-out), where a
  // linear one takes well under a second.
  it.each([
    ['200,000 brackets left open, followed by more lines', `${'(《“〔'.repeat(50_000)}\n下一行\n再下一行`, 200_000],
    ['100,000 openers, then 100,000 closers of another kind', `${'('.repeat(100_000)}${'》'.repeat(100_000)}`, 100_000],
  ])('should report each of the brackets a long run leaves unbalanced: %s', async (_name, lines, expected) => {
    const text = `${BASE_NOTICE}\n${lines}\n`;
    const doc = await parseNotice(text, { name: 'brackets.txt' });
    const found = validateDocument(doc, text, { rules: { 'unparsed-text': 'off' } }).filter((d) => d.ruleId === 'brackets-balanced');
    expect(found).toHaveLength(expected);
  });
});
