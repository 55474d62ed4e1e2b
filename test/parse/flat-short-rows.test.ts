import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

// A row of a table of figures flattened one cell per line that is a cell short of the header lost
// an empty cell's line, which may have been any of its cells: its figures are read only where they
// can be told under their years, never shifted a year early.

const HEADER = ['序号', '指标', '单位', '2023年', '2024年', '2025年', '2026年', '属性'];
const doc = (rows: string[][], sep = '\n') =>
  [
    '某市推进制造业数字化转型实施方案（2024—2026年）',
    '一、主要目标',
    '到2026年，工业互联网平台达到20个，2025年上云企业达到3500家。',
    '附件',
    '主要指标',
    ...HEADER,
    ['1', '工业互联网平台', '个', '8', '12', '16', '20', '预期性'].join('\n'),
    ...rows.map((r) => r.join(sep)),
  ].join('\n');
const values = (text: string) => parseNotice(text).then((d) => d.annexes[0]!.table!.rows.map((r) => [r.number, r.values]));

describe('a flattened row of figures short of its header', () => {
  it('should give no year values for a row one year short (2000 / 3500 / 4000 / 预期性 under four years), with the row-width warning', async () => {
    const parsed = await parseNotice(doc([['2', '上云企业数', '家', '2000', '3500', '4000', '预期性']]));
    const rows = parsed.annexes[0]!.table!.rows;
    expect(rows[1]!.values).toEqual({});
    expect(rows[1]!.cells).toEqual(['2', '上云企业数', '家', '2000', '3500', '4000', '预期性']);
    expect(rows[1]!.unit).toBe('家');
    expect(parsed.diagnostics.filter((d) => d.ruleId === 'annex-row-width').map((d) => d.message)).toEqual([
      'annex row 2 has 7 cells where the header has 8: its figures cannot be told under their years, so it gives none',
    ]);
  });

  it('should keep the figures of a row whose missing cell can only be its 属性 (four figures, no word after them)', async () => {
    expect(await values(doc([['2', '上云企业数', '家', '2000', '3500', '4000', '4500']]))).toEqual([
      ['1', { 2023: 8, 2024: 12, 2025: 16, 2026: 20 }],
      ['2', { 2023: 2000, 2024: 3500, 2025: 4000, 2026: 4500 }],
    ]);
  });

  it('should place the figures after a missing unit cell under their years', async () => {
    expect((await values(doc([['2', '上云企业数', '2000', '3500', '4000', '4500', '预期性']])))[1]).toEqual(['2', { 2023: 2000, 2024: 3500, 2025: 4000, 2026: 4500 }]);
  });

  it('should read a blank line inside a row that is one cell short without it as that empty cell, a line apart from the others', async () => {
    expect((await values(doc([['2', '上云企业数', '家', '2000', '', '3500', '4000', '预期性']])))[1]).toEqual(['2', { 2023: 2000, 2024: null, 2025: 3500, 2026: 4000 }]);
  });

  it('should not take a blank line for a cell in a row already as wide as the header', async () => {
    expect((await values(doc([['2', '上云企业数', '家', '2000', '3000', '', '3500', '4000', '预期性']])))[1]).toEqual(['2', { 2023: 2000, 2024: 3000, 2025: 3500, 2026: 4000 }]);
  });
});
