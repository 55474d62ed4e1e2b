import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { hostileShape } from '../helpers/hostile.js';

// The searches for flattened tables and inline enumerations, on inputs made to defeat them, at
// eight times the size the benchmark starts from (`npm run bench` times their growth; here, what
// is read from them, which a pass that rescanned would also take minutes to produce).
describe('tables and enumerations on hostile input', () => {
  it('should keep 8,000 captions followed by short lines as the paragraphs they are', async () => {
    const { make, n } = hostileShape('captions followed by short lines');
    const doc = await parseNotice(make(8 * n));
    expect(doc.tables ?? []).toEqual([]);
    expect(doc.diagnostics).toEqual([]);
    const paragraphs = doc.outline[0]!.paragraphs.map((p) => p.text);
    expect(paragraphs).toHaveLength(1 + 2 * 8000);
    expect(paragraphs.slice(-2)).toEqual(['表7999 指标', '短行7999']);
  });

  it('should read 8,000 captions that each start a table alike, every other one as the table before it reads it', async () => {
    // 表1 指标 / 序号 / 指标 / 1, over and over: a table of two columns (序号, 指标) whose one row is
    // 1 and the next caption's line; the three lines after that row are no row of it, stay
    // paragraphs and are reported. Each pair of repetitions reads the same.
    const { make, n } = hostileShape('captions that each start a table');
    const doc = await parseNotice(make(8 * n));
    const tables = doc.tables ?? [];
    expect(tables).toHaveLength(4000);
    expect(tables.every((t) => t.table.rows.length === 1 && t.table.rows[0]!.cells.join('|') === '1|表1 指标')).toBe(true);
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(Array(4000).fill('flat-table-unread'));
    expect(doc.outline[0]!.paragraphs).toHaveLength(1 + 3 * 4000);
  });

  it('should keep a paragraph of 24,000 enumerations whole', async () => {
    const { make, n } = hostileShape('paragraph of enumerations');
    const doc = await parseNotice(make(8 * n));
    expect(doc.outline[0]!.paragraphs.map((p) => p.text.length)).toEqual([4, 12 * 8000]);
    expect(doc.diagnostics).toEqual([]);
  });
});
