import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const parse = (lines: string[]) => parseNotice(['某区工作方案', '', '一、主要目标', '', ...lines].join('\n'), { format: 'text' });

describe('tables flattened into the text of a plan', () => {
  it('should read the cells after a caption as a table and leave the text after it to the item', async () => {
    const doc = await parse(['表1 主要指标', '序号', '指标', '2025年', '1', '新建基站（个）', '200', '2', '培育企业（家）', '30', '以上指标由各部门分解落实。']);
    expect(doc.tables!.map((t) => [t.caption, t.table.columns, t.table.rows.map((r) => r.cells)])).toEqual([
      ['表1 主要指标', ['序号', '指标', '2025年'], [['1', '新建基站（个）', '200'], ['2', '培育企业（家）', '30']]],
    ]);
    expect(doc.outline[0]!.paragraphs.map((p) => p.text)).toEqual(['主要目标', '表1 主要指标', '以上指标由各部门分解落实。']);
    expect(doc.unparsed).toEqual([]);
  });

  it('should not read short lines as a table without a caption before them', async () => {
    const doc = await parse(['序号', '指标', '2025年', '1', '新建基站（个）', '200']);
    expect(doc.tables).toBeUndefined();
  });

  it('should not read a caption followed by prose as a table', async () => {
    const doc = await parse(['表1 主要指标', '各项指标见下文说明，由各部门分解落实。']);
    expect(doc.tables).toBeUndefined();
  });
});
