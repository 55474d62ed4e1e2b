/**
 * A goal of the text restated in a table of the plan's text names the table's cell, not only the
 * sentence (probe94): the parse records where each table cell starts (`cellStarts`), and a goal
 * change gives the restating cell's line in each version (`restated`).
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffText } from '../../src/render/diff-text.js';

const TASK = '1.加快公共充电桩建设。在居住小区建设公共充电桩。（牵头单位：区发展改革委）';

/** A plan whose 表1 is flattened one cell per line, as pdftotext gives it; `lead` lines stand above the goal's sentence. */
const flattened = (figure: string, cell: string, lead: string[] = []): string =>
  [
    '某区充电基础设施建设三年行动计划（2024—2026年）',
    '',
    '一、工作目标',
    '',
    ...lead,
    `到2026年，全区新建公共充电桩${figure}个。主要指标如下：`,
    '',
    '表1　主要指标',
    '',
    '序号',
    '指标',
    '单位',
    '2024年',
    '2026年',
    '1',
    '新建公共充电桩',
    '个',
    '800',
    cell,
    '',
    '二、重点任务',
    '',
    TASK,
  ].join('\n');

const start = (line: number, column: number) => expect.objectContaining({ line, column });

describe('parse: where each table cell starts', () => {
  it('should give each cell of a table flattened one cell per line its own line', async () => {
    const doc = await parseNotice(flattened('3000', '3000'));
    const row = doc.tables?.[0]?.table.rows[0];
    expect(row?.cells).toEqual(['1', '新建公共充电桩', '个', '800', '3000']);
    expect(row?.cellStarts).toEqual([start(14, 1), start(15, 1), start(16, 1), start(17, 1), start(18, 1)]);
  });

  it('should give each cell of a tab-separated row its column in the line', async () => {
    const text = ['某区行动计划（2024—2026年）', '', '一、工作目标', '', '到2026年，全区新建公共充电桩3000个。', '', '表1　主要指标', '', '序号\t指标\t2025年\t2026年', '1\t新建公共充电桩（个）\t2000\t3000', '', '二、重点任务', '', TASK].join('\n');
    const row = (await parseNotice(text)).tables?.[0]?.table.rows[0];
    expect(row?.cellStarts).toEqual([start(10, 1), start(10, 3), start(10, 14), start(10, 19)]);
  });

  it('should give each cell of a Markdown pipe row its place in the row', async () => {
    const md = ['# 某区行动计划（2024—2026年）', '', '## 一、工作目标', '', '到2026年，全区新建公共充电桩3000个。', '', '表1　主要指标', '', '| 序号 | 指标 | 2025年 | 2026年 |', '| --- | --- | --- | --- |', '| 1 | 新建公共充电桩（个） | 2000 | 3000 |', '', '## 二、重点任务', '', TASK, ''].join('\n');
    const row = (await parseNotice(md)).tables?.[0]?.table.rows[0];
    expect(row?.cellStarts).toEqual([start(11, 3), start(11, 7), start(11, 20), start(11, 27)]);
  });

  it('should give each cell of an HTML table the start of its text, not of its tag', async () => {
    const html = [
      '<html><head><title>t</title></head><body><h1>某区行动计划（2024—2026年）</h1>',
      '<h2>一、工作目标</h2>',
      '<p>到2026年，全区新建公共充电桩3000个。</p>',
      '<p>表1　主要指标</p>',
      '<table>',
      '<tr><td>序号</td><td>指标</td><td>2025年</td><td>2026年</td></tr>',
      '<tr><td>1</td><td>新建公共充电桩（个）</td><td>2000</td><td>3000</td></tr>',
      '</table>',
      '<h2>二、重点任务</h2>',
      `<p>${TASK}</p>`,
      '</body></html>',
    ].join('\n');
    const row = (await parseNotice(html)).tables?.[0]?.table.rows[0];
    expect(row?.cellStarts).toEqual([start(7, 9), start(7, 19), start(7, 38), start(7, 51)]);
  });
});

describe('plan diff: a goal restated in a table names the cell', () => {
  it('should give the restating cell\'s line on both sides when the text and the table changed together', async () => {
    const result = await diffDocuments(await parseNotice(flattened('3000', '3000')), await parseNotice(flattened('3500', '3500')));
    expect(result.changes.map((c) => [c.kind, c.op, c.line])).toEqual([['goal', 'modified', 5]]);
    expect(result.changes[0]?.restated).toEqual([{ table: '表1　主要指标', column: '2026年', old: { line: 18, column: 1 }, new: { line: 18, column: 1 } }]);
  });

  it('should keep each version\'s own line when the table moved down in the new one', async () => {
    const moved = flattened('3500', '3500', ['坚持适度超前、科学布局。', '']);
    const result = await diffDocuments(await parseNotice(flattened('3000', '3000')), await parseNotice(moved));
    const goal = result.changes.find((c) => c.kind === 'goal');
    expect(goal?.line).toBe(7);
    expect(goal?.restated).toEqual([{ table: '表1　主要指标', column: '2026年', old: { line: 18, column: 1 }, new: { line: 20, column: 1 } }]);
  });

  it('should say the cell in the text format and in the side-by-side formats', async () => {
    const moved = flattened('3500', '3500', ['坚持适度超前、科学布局。', '']);
    const result = await diffDocuments(await parseNotice(flattened('3000', '3000')), await parseNotice(moved));
    expect(await renderDiffText(result, { color: false })).toContain('    restated: 表1　主要指标 2026年, line 20 (old line 18)');
    expect(renderDiffMarkdown(result)).toContain('| restated | 表1　主要指标 2026年, line 18 | 表1　主要指标 2026年, line 20 |');
  });

  it('should give no restated cells for a goal no table restates', async () => {
    const text = (figure: string): string => flattened('3000', '3000').replace('主要指标如下：', `新建换电站${figure}座。`);
    const result = await diffDocuments(await parseNotice(text('20')), await parseNotice(text('25')));
    expect(result.changes.map((c) => [c.kind, c.op, c.restated])).toEqual([['goal', 'modified', undefined]]);
  });
});
