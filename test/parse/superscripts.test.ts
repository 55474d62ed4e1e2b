import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const HTML = `<html><head><meta charset="utf-8"><title>x</title></head><body>
<p style="text-align:center">某区城市绿化三年行动方案（2024—2026年）</p>
<p>一、主要目标</p>
<p>到2026年，全区人均公园绿地面积达到15m<sup>2</sup>，新增绿地面积120万m<sup>2</sup>以上，高新技术企业达到1200家<sup>1</sup>。</p>
<p>二、重点任务</p>
<p>1.建设口袋公园。新建口袋公园20个。（牵头单位：区园林局<sup>2</sup>；配合单位：区财政局）</p>
<table border="1"><tr><th>序号</th><th>指标</th><th>单位</th><th>2026年</th></tr>
<tr><td>1</td><td>人均公园绿地面积<sup>1</sup></td><td>m<sup>2</sup></td><td>15</td></tr></table>
</body></html>`;

const MD = `# 某区城市绿化三年行动方案（2024—2026年）

一、主要目标

到2026年，全区人均公园绿地面积达到15m^2^，新增绿地面积120万m^2^以上，高新技术企业达到1200家^1^。

二、重点任务

1.建设口袋公园。新建口袋公园20个。（牵头单位：区园林局^2^；配合单位：区财政局）
`;

describe('superscripts in a page and in pandoc Markdown', () => {
  it('should read an exponent after a unit\'s letters as ² and a note mark as no part of the figure or the unit', async () => {
    const doc = await parseNotice(HTML, { format: 'html' });
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit])).toEqual([
      ['全区人均公园绿地面积', 15, 'm²'],
      ['新增绿地面积', 120, '万m²'],
      ['高新技术企业', 1200, '家'],
    ]);
    expect(doc.plan!.tasks[0]!.lead).toEqual(['区园林局']);
    expect(doc.tables![0]!.table.rows.map((r) => [r.indicator, r.unit])).toEqual([['人均公园绿地面积', 'm²']]);
  });

  it('should read the Markdown twin alike', async () => {
    const html = await parseNotice(HTML, { format: 'html' });
    const md = await parseNotice(MD, { format: 'markdown' });
    expect(md.plan!.goals.map((g) => [g.indicator, g.value, g.unit])).toEqual(html.plan!.goals.map((g) => [g.indicator, g.value, g.unit]));
    expect(md.plan!.tasks[0]!.lead).toEqual(['区园林局']);
  });

  it('should keep pandoc\'s mark that opens a line or follows 注：, which numbers the note', async () => {
    const md = await parseNotice('# 某方案\n\n一、主要目标\n\n注：^1^研发经费投入强度指研发经费占地区生产总值比重。\n', { format: 'markdown' });
    expect(JSON.stringify(md)).toContain('注：1研发经费投入强度');
  });
});
