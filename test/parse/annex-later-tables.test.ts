import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A small plan in HTML whose 附件1 holds an indicator table and then `later`. */
const page = (later: string): string => `<html><head><meta charset="utf-8"></head><body>
<p align="center">某区推进数字经济发展行动方案</p>
<p>一、重点任务</p>
<p>（一）建设算力设施。推进数据中心建设。（牵头单位：区发展改革委）</p>
<p>附件1</p>
<p align="center">主要指标表</p>
<table>
<tr><td>序号</td><td>指标</td><td>单位</td><td>2025年</td></tr>
<tr><td>1</td><td>数字经济核心产业增加值</td><td>亿元</td><td>120</td></tr>
</table>
${later}
</body></html>`;

describe('later tables of an annex', () => {
  it('should read a second table of other columns as a table of its own, captioned and placed under the annex', async () => {
    const doc = await parseNotice(page(`<p>重点项目表</p>
<table>
<tr><td>序号</td><td>项目名称</td><td>责任单位</td></tr>
<tr><td>1</td><td>城市算力中心</td><td>区发展改革委</td></tr>
</table>`));
    expect(doc.annexes.map((a) => [a.label, a.table?.rows.length, a.body.map((b) => b.text)])).toEqual([['附件1', 1, []]]);
    expect(doc.tables?.map((t) => [t.caption, t.path, t.table.columns, t.table.rows.map((r) => r.cells)])).toEqual([
      ['重点项目表', ['附件1'], ['序号', '项目名称', '责任单位'], [['1', '城市算力中心', '区发展改革委']]],
    ]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read a unit line between a later table\'s caption and the table as its unit, in no annex text', async () => {
    const doc = await parseNotice(page(`<p>表2 重点项目表</p>
<p align="right">单位：万元</p>
<table>
<tr><td>序号</td><td>项目名称</td><td>总投资</td><td>责任单位</td></tr>
<tr><td>1</td><td>城市算力中心</td><td>52000</td><td>区发展改革委</td></tr>
</table>`));
    expect(doc.annexes[0]!.body).toEqual([]);
    expect(doc.tables?.map((t) => [t.caption, t.path, t.table.unit, t.table.rows.length])).toEqual([['表2 重点项目表', ['附件1'], '万元', 1]]);
  });

  it('should keep the text between the tables in the annex body and read a table after it without a caption', async () => {
    const doc = await parseNotice(page(`<p>以上指标为预期性指标，按年度分解落实。</p>
<table>
<tr><td>序号</td><td>项目名称</td><td>责任单位</td></tr>
<tr><td>1</td><td>城市算力中心</td><td>区发展改革委</td></tr>
</table>`));
    expect(doc.annexes[0]!.body.map((b) => b.text)).toEqual(['以上指标为预期性指标，按年度分解落实。']);
    expect(doc.tables?.map((t) => [t.caption, t.path, t.table.rows.length])).toEqual([[null, ['附件1'], 1]]);
  });

  it('should warn at a later table that cannot be read as one rather than drop it', async () => {
    const doc = await parseNotice(page(`<p>备注表</p>
<table><tr><td>项目</td><td>内容</td></tr></table>`));
    expect(doc.tables).toBeUndefined();
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['annex-table-unread', 'warning', 11]]);
  });
});

describe('a caption under the plan title', () => {
  it('should leave a centred table caption out of a title that reads whole, as the table\'s caption', async () => {
    const doc = await parseNotice(`<html><head><meta charset="utf-8"></head><body>
<p align="center">某区优化营商环境实施方案</p>
<p align="center">重点任务分解表</p>
<table>
<tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>
<tr><td>1</td><td>压缩企业开办时间</td><td>区市场监管局</td></tr>
</table>
</body></html>`);
    expect(doc.plan?.title).toBe('某区优化营商环境实施方案');
    expect(doc.plan?.preamble).toEqual([]);
    expect(doc.tables?.map((t) => t.caption)).toEqual(['重点任务分解表']);
  });

  it('should keep a second title line that is no table caption in the title', async () => {
    const doc = await parseNotice(`某区关于推进数字经济发展的
实施方案

一、重点任务

（一）建设算力设施。推进数据中心建设。（牵头单位：区发展改革委）
`);
    expect(doc.plan?.title).toBe('某区关于推进数字经济发展的实施方案');
  });
});
