import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLoaded, parseNotice } from '../../../src/parse/parse-notice.js';
import { validateDocument } from '../../../src/validate/validate.js';
import { loadSource } from '../../../src/source/load-source.js';
import { BASE_NOTICE, htmlFindings, messages, ruleTable, validateText, withLines, type InvalidCase } from '../findings.js';

const RULE = 'annex-shape';

/** A page whose plan has one task and whose annex is the table of `rows` (<tr> lines), the table's first line at line 7. */
const annexPage = (rows: string[]): string =>
  ['<p>河西区数字经济行动方案(2023—2025年)</p>', '<p>一、重点任务</p>', '<p>1.建设算力中心。(牵头单位:区科技局)</p>', '<p>附件</p>', '<p>重点指标年度分解表</p>', '<table>', ...rows, '</table>'].join('\n');

const invalid: InvalidCase[] = [
  ['a value that is not a number, at the cell', withLines({ 53: '待定' }), ['53:1 error']],
  ['a row without a unit, at the row', withLines({ 51: '数字化车间数量' }), ['50:1 error']],
  // Which year lost its value cannot be told: the finding spans the year cells, from the first (52:1).
  ['a row a cell short, at its year cells', withLines({ 53: '30', 54: '' }), ['52:1 error']],
  ['a year cell left as a blank line, at the blank line', withLines({ 53: '' }), ['53:1 error']],
  ['a row a cell too long, at the cell too many', withLines({ 54: '30\n35' }), ['55:1 error']],
];

describe('annex-shape', () => {
  ruleTable(
    RULE,
    [
      ['the base notice’s complete table', BASE_NOTICE],
      // Rows 1 and 3 are as long as the text's wrap, rows 4 and 5 give a note beside their unit.
      ['a flattened table with long indicators and noted units', readFileSync(new URL('../../../fixtures/validate/long-indicator-names.txt', import.meta.url), 'utf8')],
    ],
    invalid,
  );

  it('should take — under any year as no figure, as the README says', async () => {
    const md = [
      '某区新型基础设施建设行动计划（2025—2027年）', '', '一、重点任务', '', '（一）建设充电设施。（牵头单位：区发展改革委）', '', '附件', '', '主要指标表', '',
      '| 序号 | 指标 | 单位 | 2024年 | 2025年 | 2026年 |', '| --- | --- | --- | --- | --- | --- |',
      '| 1 | 公共充电桩（新增） | 个 | — | 1500 | 1700 |', '| 2 | 5G基站（累计） | 个 | 1800 | — | 2600 |',
    ].join('\n');
    const doc = await parseNotice(md, { format: 'markdown' });
    const found = validateDocument(doc, md).filter((d) => d.ruleId === RULE);
    expect(found.map((d) => d.message)).toEqual([]);
  });

  it('should take a range (15—20, 3-5) under a year as a target, not a value that is no number', async () => {
    const md = [
      '某区数字经济发展行动计划（2024—2025年）', '', '一、重点任务', '', '（一）建设数据中心。（牵头单位：区大数据局）', '', '附件', '', '主要指标表', '',
      '| 序号 | 指标 | 单位 | 2024年 | 2025年 |', '| --- | --- | --- | --- | --- |',
      '| 1 | 数字化转型示范企业 | 家 | 5 | 15—20 |', '| 2 | 智慧工厂 | 家 | 2 | 3-5 |', '| 3 | 上云企业 | 家 | 120 | 待定 |',
    ].join('\n');
    const doc = await parseNotice(md, { format: 'markdown' });
    const found = validateDocument(doc, md).filter((d) => d.ruleId === RULE);
    expect(found.map((d) => d.message)).toEqual(['row 3 (上云企业): "待定" for 2025 is not a number']);
  });

  it('should name a row of a table without a 序号 column by its indicator', async () => {
    const md = [
      '某区数字经济发展行动计划（2024—2025年）', '', '一、重点任务', '', '（一）建设数据中心。（牵头单位：区大数据局）', '', '附件', '', '主要指标表', '',
      '| 指标 | 单位 | 2024年 | 2025年 |', '| --- | --- | --- | --- |', '| 上云企业 | 家 | 120 | 待定 |',
    ].join('\n');
    const doc = await parseNotice(md, { format: 'markdown' });
    const found = validateDocument(doc, md).filter((d) => d.ruleId === RULE);
    expect(found.map((d) => d.message)).toEqual(['row 上云企业: "待定" for 2025 is not a number']);
  });

  it('should say what is missing', async () => {
    expect(await messages(RULE, withLines({ 53: '待定' }))).toEqual(['row 2 (数字化车间数量): "待定" for 2024 is not a number']);
    expect(await messages(RULE, withLines({ 53: '30', 54: '' }))).toEqual([
      'row 2 (数字化车间数量) has 4 cells where the header has 5: one of its values for 2023–2025 is missing',
    ]);
    // Two cells short: the values are plural.
    expect(await messages(RULE, withLines({ 52: '30', 53: '', 54: '' }))).toEqual([
      'row 2 (数字化车间数量) has 3 cells where the header has 5: 2 of its values for 2023–2025 are missing',
    ]);
    // A blank line where the 2024 cell stands is that cell, empty (README › annexes).
    expect(await messages(RULE, withLines({ 53: '' }))).toEqual(['row 2 (数字化车间数量) has no value for 2024']);
  });

  it('should replace the parser’s own warnings about the same cells', async () => {
    const all = await validateText(withLines({ 53: '待定' }));
    expect(all.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['53:1 annex-shape']);
    // The parser's annex-row-width stands at the row's number (50:1); the rule's finding, at the year cells, covers the row.
    const short = await validateText(withLines({ 53: '30', 54: '' }));
    expect(short.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['52:1 annex-shape']);
  });

  it('should report an empty cell of an HTML table at the cell, naming its column', async () => {
    const html = annexPage([
      '<tr><th>序号</th><th>指标</th><th>2023年</th><th>2024年</th><th>2025年目标值</th></tr>',
      '<tr><td>1</td><td>数字经济核心产业增加值(亿元)</td><td>100</td><td>110</td><td>120</td></tr>',
      // Line 9: the empty cell's <td> closes at column 59, its content would start at 60.
      '<tr><td>2</td><td>数字化车间数量(家)</td><td>20</td><td>25</td><td></td></tr>',
    ]);
    expect(await htmlFindings(RULE, html)).toEqual(['9:60 error']);
    expect(await htmlFindings(RULE, html.replace('<td>25</td><td></td>', '<td>25</td><td>30</td>'))).toEqual([]);
  });

  it('should warn once of a figure merged over years (read as its first year\'s), and not of the years it covers', async () => {
    const html = annexPage([
      '<tr><th>序号</th><th>指标</th><th>单位</th><th>2023年</th><th>2024年</th><th>2025年</th></tr>',
      // Line 8: the merged cell's 100 starts at column 55 (54 characters before it).
      '<tr><td>1</td><td>新增孵化器</td><td>个</td><td colspan="2">100</td><td>50</td></tr>',
      '<tr><td>2</td><td>覆盖率</td><td>%</td><td>95</td><td colspan="2">100</td></tr>',
    ]);
    expect(await htmlFindings(RULE, html)).toEqual(['8:55 warning']);
  });

  it('should say once, as the merged cell, that words merged over the years are no figure for each (the parser keeps them as words)', async () => {
    const html = annexPage([
      '<tr><th>序号</th><th>指标</th><th>单位</th><th>2023年（基期）</th><th>2024年</th><th>2025年</th><th>2026年</th></tr>',
      '<tr><td>1</td><td>机架数</td><td>个</td><td>30</td><td>40</td><td>50</td><td>60</td></tr>',
      // Line 9: the merged cell's words start at column 69 (68 characters before them); line 10's at 66.
      '<tr><td>2</td><td>数字化改造覆盖率</td><td>%</td><td>60</td><td colspan="3">每年提高5个百分点</td></tr>',
      '<tr><td>3</td><td>上云企业</td><td>家</td><td>100</td><td colspan="3">稳步增加</td></tr>',
    ]);
    const source = await loadSource(new TextEncoder().encode(html), { name: 'inline.html' });
    const doc = await parseLoaded(source);
    expect(doc.annexes[0]!.table!.rows[1]!.spans).toEqual({ '2024': ['2024', '2025', '2026'] });
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-value-unreadable')).toEqual([]);
    const all = validateDocument(doc, source).filter((d) => d.ruleId === RULE || d.ruleId === 'annex-value-unreadable');
    expect(all.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual([
      '9:69 warning row 2 (数字化改造覆盖率): "每年提高5个百分点" states one rate of change for 2024–2026, not a figure for each year',
      '10:66 error row 3 (上云企业): "稳步增加" for 2024–2026 is not a number',
    ]);
  });

  it('should not ask a 合计 spanning the unit column of rows of different units for a unit', async () => {
    const html = annexPage([
      '<tr><td>序号</td><td>指标</td><td>单位</td><td>2023年</td><td>2024年</td></tr>',
      '<tr><td>1</td><td>机架数</td><td>个</td><td>3</td><td>4</td></tr>',
      '<tr><td>2</td><td>算力规模</td><td>PF</td><td>2</td><td>3</td></tr>',
      '<tr><td colspan="3">合计</td><td>—</td><td>—</td></tr>',
    ]);
    expect(await htmlFindings(RULE, html)).toEqual([]);
  });

  it('should report an empty 单位 cell at the cell, as an empty year cell is', async () => {
    const html = annexPage([
      '<tr><td>序号</td><td>指标</td><td>单位</td><td>2023年</td><td>2024年</td></tr>',
      '<tr><td>1</td><td>机架数</td><td>个</td><td>30</td><td>40</td></tr>',
      // Line 9: the empty 单位 cell's <td> opens at column 29, its content would start at 33.
      '<tr><td>2</td><td>水质达标率</td><td></td><td>90</td><td>92</td></tr>',
    ]);
    expect(await htmlFindings(RULE, html)).toEqual(['9:33 error']);
  });

  it('should report an empty cell at the cell in a row beside a cell spanning rows (rowspan)', async () => {
    const html = annexPage([
      '<tr><td>序号</td><td>类别</td><td>指标</td><td>单位</td><td>2023年</td><td>2024年</td></tr>',
      // Line 8: the empty cell's content would start at 75; line 9 (no 类别 cell of its own): at 54.
      '<tr><td>1</td><td rowspan="2">算力</td><td>机架数</td><td>个</td><td>30</td><td></td></tr>',
      '<tr><td>2</td><td>算力规模</td><td>PF</td><td>20</td><td></td></tr>',
    ]);
    expect(await htmlFindings(RULE, html)).toEqual(['8:75 error', '9:54 error']);
  });

  it('should give a 合计 cell spanning the unit column the rows\' unit, not 合计', async () => {
    const html = annexPage([
      '<tr><td>序号</td><td>街道</td><td>单位</td><td>2023年</td><td>2024年</td></tr>',
      '<tr><td>1</td><td>东街</td><td>个</td><td>3</td><td>4</td></tr>',
      '<tr><td>2</td><td>西街</td><td>个</td><td>2</td><td>3</td></tr>',
      '<tr><td colspan="3">合计</td><td>5</td><td>7</td></tr>',
    ]);
    const source = await loadSource(new TextEncoder().encode(html), { name: 'inline.html' });
    const doc = await parseLoaded(source);
    expect(doc.annexes[0]!.table!.rows.map((r) => r.unit)).toEqual(['个', '个', '个']);
    expect(await htmlFindings(RULE, html)).toEqual([]);
  });

  it('should say which text column lacks its cell when a short row has all its figures', async () => {
    const text = [
      '河西区数字经济行动方案(2023—2025年)', '', '一、重点任务', '', '1.建设算力中心。(牵头单位:区科技局)', '', '附件', '', '重点指标年度分解表', '',
      '序号', '', '指标', '', '单位', '', '2023年', '', '2024年', '', '备注', '',
      '1', '', '机架数', '', '个', '', '30', '', '35', '',
      '2', '', '算力规模', '', 'PF', '', '20', '', '25', '', '含智算',
    ].join('\n');
    expect(await messages(RULE, text)).toEqual(['row 1 (机架数) has 5 cells where the header has 6: its figures are all there, but the cell under 备注 is missing']);
  });

  // Model fragments: an empty cell only arises in real (HTML, Markdown) tables.
  it('should report an empty cell of a well-formed row', async () => {
    const doc = await parseNotice(BASE_NOTICE, { name: 'inline.txt' });
    const row = doc.annexes[0]!.table!.rows[1]!;
    row.cells[3] = '';
    row.values['2024'] = null;
    const found = validateDocument(doc, BASE_NOTICE).filter((d) => d.ruleId === RULE);
    // Each line of the flattened row is a cell: the empty one is at its line.
    expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['53:1 row 2 (数字化车间数量) has no value for 2024']);
  });

  it('should leave tables without year columns alone', async () => {
    const doc = await parseNotice(withLines({ 51: '数字化车间数量' }), { name: 'inline.txt' });
    doc.annexes[0]!.table!.columns = ['序号', '指标', '基期', '中期', '目标'];
    expect(validateDocument(doc, BASE_NOTICE).filter((d) => d.ruleId === RULE)).toEqual([]);
  });

  it('should give one finding at the cell for a value cell merged across the years, a warning when it states one rate for all', async () => {
    const page = (cell: string): string =>
      annexPage([
        '<tr><td>序号</td><td>指标</td><td>单位</td><td>2023年</td><td>2024年</td><td>2025年</td></tr>',
        `<tr><td>1</td><td>网络零售额</td><td>亿元</td><td colspan="3">${cell}</td></tr>`,
      ]);
    expect(await htmlFindings(RULE, page('年均增长10%以上'))).toEqual(['8:56 warning']);
    expect(await htmlFindings(RULE, page('待定'))).toEqual(['8:56 error']);
  });

  it('should still report each year of cells written apart that are not numbers', async () => {
    const rows = [
      '<tr><td>序号</td><td>指标</td><td>单位</td><td>2023年</td><td>2024年</td><td>2025年</td></tr>',
      '<tr><td>1</td><td>网络零售额</td><td>亿元</td><td>待定</td><td>待定</td><td>30</td></tr>',
    ];
    expect(await htmlFindings(RULE, annexPage(rows))).toEqual(['8:44 error', '8:55 error']);
  });
});
