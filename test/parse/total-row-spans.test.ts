import { describe, expect, it } from 'vitest';
import { parseLoaded, parseNotice } from '../../src/parse/parse-notice.js';
import { loadSource } from '../../src/source/load-source.js';
import { queryAnnex } from '../../src/query/annex.js';

/**
 * A 重点项目表 whose 合计 spans 序号, 项目名称 and 建设内容 (a project list, read as a table of text for
 * its 建设内容), in the plan's text (三、重点项目) or in an annex.
 */
const HEADER = ['序号', '项目名称', '建设内容', '总投资（万元）', '2024年投资', '2025年投资'];
const ROWS = [
  ['1', '算力中心项目', '新建机房一座', '500', '200', '300'],
  ['2', '基站建设项目', '新建5G基站100个', '300', '100', '200'],
];
const HEAD = ['河西区数字经济行动方案（2024—2025年）', '', '一、工作目标', '', '到2025年，全区数字经济核心产业增加值达到120亿元。', ''];
const TOTAL = ['合计', '800', '300', '500'];

const flattened = (where: 'body' | 'annex', total: readonly string[] = TOTAL): string =>
  [...HEAD, ...(where === 'body' ? ['二、重点项目', '', '表1 重点项目表'] : ['附件', '', '重点项目表']), '', ...HEADER, ...ROWS.flat(), ...total, ''].join('\n');

const html = (label: string): string =>
  [
    '<html><head><meta charset="utf-8"><title>河西区数字经济行动方案</title></head><body>',
    '<p>河西区数字经济行动方案（2024—2025年）</p><p>一、重点项目</p><p>表1 重点项目表</p>',
    '<table>',
    `<tr>${HEADER.map((h) => `<td>${h}</td>`).join('')}</tr>`,
    ...ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`),
    `<tr><td colspan="3">${label}</td><td>800</td><td>300</td><td>500</td></tr>`,
    '</table></body></html>',
  ].join('\n');

const parseHtml = async (page: string) => parseLoaded(await loadSource(new TextEncoder().encode(page), { name: 'inline.html' }));

describe('a 合计 row spanning the first columns of a table of text', () => {
  it.each(['body', 'annex'] as const)('should lay a flattened 合计 row two cells short under its figures (%s), its label said once', async (where) => {
    const doc = await parseNotice(flattened(where));
    const table = where === 'body' ? doc.tables![0]!.table : doc.annexes[0]!.table!;
    expect(table.kind).toBe('text');
    expect(table.rows.map((r) => r.cells)).toEqual([...ROWS, ['合计', '', '', '800', '300', '500']]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-row-width')).toEqual([]);
  });

  it('should leave a flattened 合计 row short where its figures would fall under a column of words', async () => {
    // 合计 | 800 | 300: two figures for three figure columns, a cell dropped somewhere: no placing is sure.
    const doc = await parseNotice(flattened('annex', ['合计', '800', '300', '其他说明文字']));
    const cells = doc.annexes[0]!.table!.rows.map((r) => r.cells);
    expect(cells).not.toContainEqual(['合计', '', '', '800', '300', '其他说明文字']);
  });

  it.each(['合计', '总计', '合 计'])('should say a %s cell spanning three columns of an HTML table once, the others empty', async (label) => {
    const doc = await parseHtml(html(label));
    const rows = doc.tables![0]!.table.rows;
    expect(rows[rows.length - 1]!.cells).toEqual([label, '', '', '800', '300', '500']);
  });

  it('should show a spanning 合计 once in query annex too', async () => {
    const doc = await parseNotice(flattened('annex'));
    const rows = await queryAnnex(doc);
    expect(rows[rows.length - 1]!.columns).toEqual({ 序号: '合计', 项目名称: '', 建设内容: '', '总投资（万元）': '800', '2024年投资': '300', '2025年投资': '500' });
  });

  it('should keep a cell spanning two columns further on in each of them (one 责任单位 over 牵头单位 and 配合单位)', async () => {
    const page = [
      '<html><head><meta charset="utf-8"><title>任务清单</title></head><body><p>附件</p><p>重点任务清单</p><table>',
      '<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>',
      '<tr><td>1</td><td>老旧小区改造</td><td>区住建局</td><td>各街道办事处</td><td>2024年12月</td></tr>',
      '<tr><td>2</td><td>背街小巷整治</td><td colspan="2">区城管委牵头，各街道办事处配合</td><td>2024年12月</td></tr>',
      '</table></body></html>',
    ].join('\n');
    const doc = await parseHtml(page);
    expect(doc.annexes[0]!.table!.rows[1]!.cells).toEqual(['2', '背街小巷整治', '区城管委牵头，各街道办事处配合', '区城管委牵头，各街道办事处配合', '2024年12月']);
  });
});
