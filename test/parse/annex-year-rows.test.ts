import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/model/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { queryAnnex } from '../../src/query/annex.js';
import { findings } from '../validate/findings.js';

/** An annex under a plan: its lines from line 9 on. */
const notice = (...annex: string[]) =>
  ['河东区科技创新三年行动计划', '', '一、总体要求', '', '附件', '', '年度安排表', '', ...annex].join('\n');

/** Each row as indicator, unit, values: what a yearly table gives query and validate. */
const indicators = (doc: PlanDocument) => doc.annexes[0]!.table!.rows.map((r) => [r.indicator, r.unit, r.values]);
const ruleIds = (doc: PlanDocument) => doc.diagnostics.map((d) => d.ruleId);

const TURNED = [
  ['改造老旧小区', '个', { 2024: 20, 2025: 20, 合计: 40 }],
  ['新增停车泊位', '个', { 2024: 800, 2025: 1000, 合计: 1800 }],
];

describe('a table with a row per year and an indicator per column', () => {
  it('should read each indicator column as a row, tab-separated, its 合计 row as its total', async () => {
    const doc = await parseNotice(notice('年度\t改造老旧小区（个）\t新增停车泊位（个）', '2024年\t20\t800', '2025年\t20\t1000', '合计\t40\t1800'));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['指标', '2024年', '2025年', '合计']);
    expect(table.transposed).toBe(true);
    expect(indicators(doc)).toEqual(TURNED);
    expect(table.rows[0]!.cells).toEqual(['改造老旧小区（个）', '20', '20', '40']);
    // The row stands from its header cell (line 9, after 年度⇥) to its last figure (合计's, line 12).
    expect(table.rows[0]!.position.start).toMatchObject({ line: 9, column: 4 });
    expect(table.rows[0]!.position.end.line).toBe(12);
    expect(ruleIds(doc)).not.toContain('annex-years-as-rows');
  });

  it('should read it flattened one cell a line, the header no part of the annex title', async () => {
    const doc = await parseNotice(notice('年度', '改造老旧小区（个）', '新增停车泊位（个）', '2024年', '20', '800', '2025年', '20', '1000', '合计', '40', '1800'));
    expect(doc.annexes[0]!.title).toBe('年度安排表');
    expect(doc.annexes[0]!.table!.columns).toEqual(['指标', '2024年', '2025年', '合计']);
    expect(indicators(doc)).toEqual(TURNED);
    expect(doc.annexes[0]!.body).toEqual([]);
  });

  it('should read it as a Markdown table, its corner cell empty or naming both axes (指标\\年度)', async () => {
    const rows = ['|---|---|---|', '| 2024年 | 20 | 800 |', '| 2025年 | 20 | 1000 |', '| 合计 | 40 | 1800 |'];
    const empty = await parseNotice(notice('| | 改造老旧小区（个） | 新增停车泊位（个） |', ...rows), { format: 'markdown' });
    expect(indicators(empty)).toEqual(TURNED);
    const corner = await parseNotice(notice('| 指标\\\\年度 | 改造老旧小区（个） | 新增停车泊位（个） |', ...rows), { format: 'markdown' });
    expect(indicators(corner)).toEqual(TURNED);
  });

  it('should read it as an HTML table, also under 指标 spanning the indicators beside 年度 spanning down', async () => {
    const page = (table: string) =>
      `<html><body><p>河东区科技创新三年行动计划</p><p>一、总体要求</p><p>附件</p><p>年度安排表</p>${table}</body></html>`;
    const body = '<tr><td>2024年</td><td>3.2</td><td>120</td></tr><tr><td>2025年</td><td>3.5</td><td>150</td></tr>';
    const expected = [
      ['研发投入强度', '%', { 2024: 3.2, 2025: 3.5 }],
      ['高新技术企业', '家', { 2024: 120, 2025: 150 }],
    ];
    const one = await parseNotice(page(`<table><tr><th>年度</th><th>研发投入强度（%）</th><th>高新技术企业（家）</th></tr>${body}</table>`), { format: 'html' });
    expect(indicators(one)).toEqual(expected);
    const two = await parseNotice(
      page(`<table><tr><th rowspan="2">年度</th><th colspan="2">指标</th></tr><tr><th>研发投入强度（%）</th><th>高新技术企业（家）</th></tr>${body}</table>`),
      { format: 'html' },
    );
    expect(indicators(two)).toEqual(expected);
  });

  it('should read years in Chinese numerals, a range and a — cell as in the usual layout', async () => {
    const doc = await parseNotice(notice('年份\t研发投入强度（%）\t高新技术企业（家）', '二〇二四年\t3.2\t—', '二〇二五年\t3.5—3.8\t150'));
    const rows = doc.annexes[0]!.table!.rows;
    expect(rows.map((r) => r.values)).toEqual([
      { 2024: 3.2, 2025: null },
      { 2024: null, 2025: 150 },
    ]);
    expect(rows[0]!.ranges).toEqual({ 2025: expect.objectContaining({ value: 3.5, upTo: 3.8 }) });
  });
});

describe('a table with a row per year that cannot be read turned', () => {
  const warning = (doc: PlanDocument) => doc.diagnostics.find((d) => d.ruleId === 'annex-years-as-rows');

  it('should keep it as written, with a warning naming the cell of words', async () => {
    const doc = await parseNotice(notice('年度\t建设任务\t投资（万元）', '2024年\t改造小区\t300', '2025年\t新建公园\t500'));
    expect(doc.annexes[0]!.table!.transposed).toBeUndefined();
    expect(doc.annexes[0]!.table!.rows.map((r) => r.indicator)).toEqual(['2024年', '2025年']);
    expect(`${warning(doc)?.line}:${warning(doc)?.column}`).toBe('10:1');
    expect(warning(doc)?.message).toContain('"改造小区" in row 2024年 is no figure');
  });

  it('should warn, saying why, under a header cell that names no indicator (备注) or a first column headed otherwise', async () => {
    const note = await parseNotice(notice('年度\t企业数量（家）\t备注', '2023年\t240\t预计', '2024年\t270\t目标'));
    expect(warning(note)?.message).toContain('"备注" names no indicator');
    const kind = await parseNotice(notice('类别\t企业数量（家）\t成交额（亿元）', '2023年\t240\t45', '2024年\t270\t52'));
    expect(warning(kind)?.message).toContain('headed 类别');
    expect(kind.annexes[0]!.table!.columns).toEqual(['类别', '企业数量（家）', '成交额（亿元）']);
  });

  it('should warn where a 合计 row stands between the years', async () => {
    const doc = await parseNotice(notice('年度\t企业数量（家）\t成交额（亿元）', '2023年\t240\t45', '合计\t240\t45', '2024年\t270\t52'));
    expect(warning(doc)?.message).toContain('a row of sums stands among the years');
    expect(doc.annexes[0]!.table!.transposed).toBeUndefined();
  });

  it('should warn where an upper header row groups the indicators', async () => {
    const html =
      '<html><body><p>河东区科技创新三年行动计划</p><p>一、总体要求</p><p>附件</p><p>年度安排表</p><table><tr><th rowspan="2">年度</th><th>经济发展</th><th>科技创新</th></tr>' +
      '<tr><th>地区生产总值（亿元）</th><th>高新技术企业（家）</th></tr><tr><td>2024年</td><td>500</td><td>120</td></tr><tr><td>2025年</td><td>540</td><td>150</td></tr></table></body></html>';
    const doc = await parseNotice(html, { format: 'html' });
    expect(warning(doc)?.message).toContain('header of 2 rows groups its columns');
  });
});

describe('a turned table in query and validate', () => {
  const text = [
    '某县城市更新实施方案（2024—2026年）',
    '',
    '一、工作目标',
    '到2026年，改造城镇老旧小区60个。',
    '',
    '二、重点任务',
    '1.实施老旧小区改造。（牵头单位：县住建局）',
    '',
    '附件',
    '',
    '某县城市更新年度目标',
    '',
    '年度\t改造城镇老旧小区（个）\t新增停车泊位（个）',
    '2024年\t20\t800',
    '2025年\t20\t1000',
    '2026年\t{2026}\t1200',
    '合计\t{total}\t3000',
  ].join('\n');

  it('should give query the indicator rows', async () => {
    const doc = await parseNotice(text.replace('{2026}', '20').replace('{total}', '60'));
    const rows = await queryAnnex([doc], {});
    expect(rows.map((r) => [r.indicator, r.unit, r.values['2026'], r.values['合计']])).toEqual([
      ['改造城镇老旧小区', '个', 20, 60],
      ['新增停车泊位', '个', 1200, 3000],
    ]);
  });

  it('should compare the goal with the indicator read from its column', async () => {
    expect(await findings('goal-annex-consistency', text.replace('{2026}', '20').replace('{total}', '60'))).toEqual([]);
    expect(await findings('goal-annex-consistency', text.replace('{2026}', '10').replace('{total}', '50'))).toEqual(['4:16 error']);
  });
});
