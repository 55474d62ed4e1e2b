/**
 * A cell merged over several years (a row's `spans`: 100 over 2024年 and 2025年, kept at the first
 * year) is shown with the years it covers by `query annex`, and `plan diff` tells the merge apart
 * from the years' figures: a merged cell written out as a cell a year, when the years read the
 * same, is the merge's change (`spans`), not a change of figure nor of the cells.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { queryAnnex } from '../../src/query/annex.js';
import { viewOf } from '../../src/query/views.js';
import { changeLabel } from '../../src/render/diff-describe.js';
import { renderDiffText } from '../../src/render/diff-text.js';

/** An annex table of figures whose rows' year cells are `r1` and `r2` (HTML cells). */
const notice = (r1: string, r2: string): string => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某县数字经济发展三年行动方案</title></head>
<body><div class="TRS_Editor">
<p style="text-align:center">某县数字经济发展三年行动方案（2024—2026年）</p>
<p>　　一、工作目标</p>
<p>　　到2026年，全县数字经济核心产业增加值达到60亿元。</p>
<p>　　二、重点任务</p>
<p>　　1.培育数字企业。每年新增数字经济规上企业5家以上。（牵头单位：县经信局；参与单位：县科技局）</p>
<p>附件：某县数字经济主要指标分解表</p>
<table border="1">
<tr><td>序号</td><td>指标</td><td>单位</td><td>2024年</td><td>2025年</td><td>2026年</td></tr>
<tr><td>1</td><td>数字化改造企业</td><td>家</td>${r1}</tr>
<tr><td>2</td><td>工业互联网普及率</td><td>%</td>${r2}</tr>
</table>
</div></body></html>`;

const MERGED = notice('<td colspan="2">100</td><td>60</td>', '<td colspan="3">95</td>');
const WRITTEN_OUT = notice('<td>100</td><td></td><td>60</td>', '<td>95</td><td>95</td><td>95</td>');

describe('query annex: a value merged over several years', () => {
  it('should show the merged figure with the years it covers, for people, and the figure alone for programs', async () => {
    const doc = await parseNotice(MERGED);
    const rows = await queryAnnex(doc);
    const view = viewOf('annex', { docs: [doc], dept: false });
    expect(rows.map((r) => view.cell(r, 'values.2024', r.values['2024'], true))).toEqual(['100 (2024–2025)', '95 (2024–2026)']);
    expect(rows.map((r) => view.cell(r, 'values.2025', r.values['2025'], true))).toEqual(['', '95']);
    expect(rows.map((r) => view.cell(r, 'values.2024', r.values['2024'], false))).toEqual(['100', '95']);
  });

  it('should give the spans as a field of their own and keep them in JSON', async () => {
    const doc = await parseNotice(MERGED);
    const rows = await queryAnnex(doc);
    const view = viewOf('annex', { docs: [doc], dept: false });
    expect(view.fields).toContain('spans');
    expect(rows.map((r) => view.cell(r, 'spans', r.spans, false))).toEqual(['2024–2025', '2024–2026']);
    expect(JSON.parse(JSON.stringify(rows)).map((r: { spans?: unknown }) => r.spans)).toEqual([{ '2024': ['2024', '2025'] }, { '2024': ['2024', '2025', '2026'] }]);
  });

  it('should show a row without a merged cell as before', async () => {
    const doc = await parseNotice(WRITTEN_OUT);
    const rows = await queryAnnex(doc);
    const view = viewOf('annex', { docs: [doc], dept: false });
    expect(rows.map((r) => view.cell(r, 'values.2024', r.values['2024'], true))).toEqual(['100', '95']);
  });
});

describe('plan diff: a value moved between a merged cell and per-year cells', () => {
  it('should report the merge written out as the span changed, not as figures or cells', async () => {
    const result = await diffDocuments(await parseNotice(MERGED), await parseNotice(WRITTEN_OUT));
    expect(result.changes.map((c) => [changeLabel(c), c.fields, c.years])).toEqual([
      ['annex row 1 数字化改造企业', { spans: { old: ['2024–2025'], new: [], added: [], removed: ['2024–2025'] } }, undefined],
      ['annex row 2 工业互联网普及率', { spans: { old: ['2024–2026'], new: [], added: [], removed: ['2024–2026'] } }, undefined],
    ]);
    expect(result.changes.map((c) => c.line)).toEqual([12, 13]);
    expect(await renderDiffText(result, { color: false })).toContain('    spans: [-2024–2025-]');
  });

  it('should report per-year cells merged as the span added', async () => {
    const result = await diffDocuments(await parseNotice(WRITTEN_OUT), await parseNotice(MERGED));
    expect(result.changes.map((c) => [changeLabel(c), Object.keys(c.fields ?? {}), c.fields?.spans?.added])).toEqual([
      ['annex row 1 数字化改造企业', ['spans'], ['2024–2025']],
      ['annex row 2 工业互联网普及率', ['spans'], ['2024–2026']],
    ]);
  });

  it('should still report the years\' figures where the merge changed what they read', async () => {
    const split = notice('<td>50</td><td>50</td><td>60</td>', '<td colspan="3">95</td>');
    const result = await diffDocuments(await parseNotice(MERGED), await parseNotice(split));
    expect(result.changes.map((c) => [changeLabel(c), Object.keys(c.fields ?? {}), c.years])).toEqual([
      ['annex row 1 数字化改造企业', ['values.2024', 'values.2025', 'spans'], [{ year: 2024, old: 100, new: 50 }, { year: 2025, old: null, new: 50 }]],
    ]);
  });

  it('should report nothing where both versions merge the same years', async () => {
    const result = await diffDocuments(await parseNotice(MERGED), await parseNotice(MERGED.replace('某县数字经济主要指标分解表', '某县数字经济主要指标分解表')));
    expect(result.changes).toEqual([]);
  });
});
