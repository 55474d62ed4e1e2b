import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { spanningHeaderRun } from '../../src/parse/annex.js';
import { gridGroup, isNoteLine, noteRow, trailingNotes } from '../../src/parse/table-notes.js';
import { applyUnitList, unitListLine } from '../../src/parse/unit-list-line.js';
import type { AnnexTable } from '../../src/model/types.js';

const notice = (...annex: string[]) =>
  ['青山区数字经济三年行动计划', '', '一、总体要求', '', '附件', '', '数字经济主要指标年度目标表', '', ...annex].join('\n');
const flat = (cells: string[]) => cells.join('\n\n');
const HEAD = ['序号', '指标', '单位', '2023年', '2024年', '2025年'];
const ROWS = ['1', '数字经济核心产业增加值', '亿元', '92', '105', '120', '2', '工业互联网平台', '个', '2', '3', '5'];
const rowsOf = (table: AnnexTable | null) => table!.rows.map((r) => [r.number, r.indicator, r.unit, r.values, r.group ?? null]);
const READ = [
  ['1', '数字经济核心产业增加值', '亿元', { 2023: 92, 2024: 105, 2025: 120 }, null],
  ['2', '工业互联网平台', '个', { 2023: 2, 2024: 3, 2025: 5 }, null],
];

describe('notes under and inside an annex table', () => {
  it('should read a flattened table followed by a 注： line, the note kept as annex text', async () => {
    const doc = await parseNotice(notice(flat([...HEAD, ...ROWS, '注：统计口径以区统计局为准。'])));
    expect(rowsOf(doc.annexes[0]!.table)).toEqual(READ);
    expect(doc.annexes[0]!.body.map((b) => b.text)).toEqual(['注：统计口径以区统计局为准。']);
  });

  it('should keep a 数据来源： line out of the last row', async () => {
    const doc = await parseNotice(notice(flat([...HEAD, ...ROWS, '数据来源：区统计局'])));
    expect(rowsOf(doc.annexes[0]!.table)).toEqual(READ);
    expect(doc.annexes[0]!.body.map((b) => b.text)).toEqual(['数据来源：区统计局']);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('annex-row-width');
  });

  it('should keep a note row of a Markdown table as the table\'s note, not a row', async () => {
    const md = ['| 序号 | 指标 | 单位 | 2023年 | 2024年 | 2025年 |', '| --- | --- | --- | --- | --- | --- |', '| 1 | 数字经济核心产业增加值 | 亿元 | 92 | 105 | 120 |', '| 注：数据以区统计局为准。 |  |  |  |  |  |'];
    const doc = await parseNotice(notice(...md), { format: 'markdown' });
    const table = doc.annexes[0]!.table!;
    expect(table.rows.map((r) => r.number)).toEqual(['1']);
    expect(table.notes?.map((n) => n.text)).toEqual(['注：数据以区统计局为准。']);
  });

  it('should keep a note row spanning an HTML table', async () => {
    const html = `<html><body><p>附件</p><p>数字经济主要指标年度目标表</p><table><tr><td>序号</td><td>指标</td><td>单位</td><td>2023年</td><td>2024年</td></tr><tr><td>1</td><td>新增上云企业</td><td>家</td><td>150</td><td>200</td></tr><tr><td colspan="5">注：新增上云企业为当年新增数。</td></tr></table></body></html>`;
    const doc = await parseNotice(html, { format: 'html' });
    const table = doc.annexes[0]!.table!;
    expect(table.rows.map((r) => [r.number, r.values])).toEqual([['1', { 2023: 150, 2024: 200 }]]);
    expect(table.notes?.map((n) => n.text)).toEqual(['注：新增上云企业为当年新增数。']);
  });

  it('should tell notes from cells', () => {
    expect(['注：口径见说明。', '注1：含新开工项目', '数据来源：区统计局', '（注：累计数）', '备注：年底数'].map(isNoteLine)).toEqual([true, true, true, true, true]);
    expect(['注册企业数', '说明书', '数据中心机架数', '来源地'].map(isNoteLine)).toEqual([false, false, false, false]);
    expect(trailingNotes([{ match: '5' }, { match: '注：甲。' }, { match: '数据来源：乙' }])).toBe(2);
    const cell = (text: string, spanned = false) => ({ text, match: text, ...(spanned ? { spanned } : {}) });
    expect(noteRow([cell('注：甲'), cell('注：甲', true), cell('注：甲', true)])?.text).toBe('注：甲');
    expect(noteRow([cell('1'), cell('注：甲'), cell('')])).toBeNull();
  });
});

describe('group rows written in a table\'s own grid', () => {
  it('should read a tab table\'s group numbered in its 序号 column as the group of the rows under it', async () => {
    const tab = ['序号\t指标\t单位\t2023年\t2024年\t2025年', '一\t产业规模', '1\t数字经济核心产业增加值\t亿元\t92\t105\t120', '2\t工业互联网平台\t个\t2\t3\t5'];
    const doc = await parseNotice(notice(...tab));
    expect(doc.annexes[0]!.title).toBe('数字经济主要指标年度目标表');
    expect(rowsOf(doc.annexes[0]!.table)).toEqual(READ.map((r) => [...r.slice(0, 4), '一、产业规模']));
  });

  it('should read a Markdown category row (| 一、产业规模 | | |) as a group, not a row', async () => {
    const md = ['| 序号 | 指标 | 单位 | 2023年 | 2024年 | 2025年 |', '| --- | --- | --- | --- | --- | --- |', '| 一、产业规模 |  |  |  |  |  |', '| 1 | 数字经济核心产业增加值 | 亿元 | 92 | 105 | 120 |'];
    const doc = await parseNotice(notice(...md), { format: 'markdown' });
    expect(rowsOf(doc.annexes[0]!.table)).toEqual([[...READ[0]!.slice(0, 4), '一、产业规模']]);
  });

  it('should take a group only from a number and a name, never from a row of figures', () => {
    const row = (...texts: string[]) => texts.map((t) => ({ text: t, match: t }));
    expect(gridGroup(row('一', '产业规模', '', ''))).toBe('一、产业规模');
    expect(gridGroup(row('（二）', '基地建设', '', ''))).toBe('（二）基地建设');
    expect(gridGroup(row('一、产业规模', '', '', ''))).toBe('一、产业规模');
    expect(gridGroup(row('1', '产业规模', '', ''))).toBeNull();
    expect(gridGroup(row('一', '产业规模', '92', ''))).toBeNull();
    expect(gridGroup(row('产业规模', '', '', ''))).toBeNull();
  });
});

describe('two-row headers with a label over the base year', () => {
  it('should read a tab table whose 基期值 stands over 2022年 and 目标值 over the later years', async () => {
    const tab = ['序号\t指标\t单位\t基期值\t目标值\t\t\t属性', '\t\t\t2022年\t2023年\t2024年\t2025年\t', '1\t数字经济核心产业增加值\t亿元\t80\t92\t105\t120\t预期性'];
    const doc = await parseNotice(notice(...tab));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '指标', '单位', '2022年', '2023年', '2024年', '2025年', '属性']);
    expect(table.rows[0]!.values).toEqual({ 2022: 80, 2023: 92, 2024: 105, 2025: 120 });
  });

  it('should drop both labels of a flattened header, so that the figures stay under their years', async () => {
    const doc = await parseNotice(notice(flat(['序号', '指标', '单位', '基期值', '目标值', '2022年', '2023年', '2024年', '2025年', '1', '数字经济核心产业增加值', '亿元', '80', '92', '105', '120'])));
    expect(doc.annexes[0]!.table!.rows[0]!.values).toEqual({ 2022: 80, 2023: 92, 2024: 105, 2025: 120 });
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('annex-row-width');
  });

  it('should find a run of labels only right before as many year cells or more', () => {
    expect(spanningHeaderRun(['序号', '指标', '单位', '基期值', '目标值', '2022年', '2023年', '2024年'])).toEqual([3, 4]);
    expect(spanningHeaderRun(['序号', '指标', '基期值', '目标值', '2025年'])).toEqual([]);
    expect(spanningHeaderRun(['序号', '指标', '单位', '2023年', '2024年'])).toEqual([]);
  });
});

describe('other shapes of annex tables', () => {
  it('should read a spaced table whose 类别 cell is printed on its group\'s first row only as one row per serial', async () => {
    const lines = ['  类别      序号            指标               单位     2023年    2024年    2025年', '产业规模     1      数字经济核心产业增加值     亿元       92       105       120', '             2      工业互联网平台             个          2        3         5'];
    const doc = await parseNotice(notice(...lines));
    expect(doc.annexes[0]!.table!.rows.map((r) => r.cells)).toEqual([
      ['产业规模', '1', '数字经济核心产业增加值', '亿元', '92', '105', '120'],
      ['产业规模', '2', '工业互联网平台', '个', '2', '3', '5'],
    ]);
  });

  it('should read a unit line listing several units as the rows\' units, not as the title', async () => {
    const tab = ['单位：亿元、%', '', '序号\t指标\t2023年\t2024年\t2025年', '1\t数字经济核心产业增加值\t92\t105\t120', '2\t数字经济核心产业增加值占GDP比重\t10\t11\t12'];
    const doc = await parseNotice(notice(...tab));
    expect(doc.annexes[0]!.title).toBe('数字经济主要指标年度目标表');
    expect(doc.annexes[0]!.table!.rows.map((r) => r.unit)).toEqual(['亿元', '%']);
    expect(unitListLine('单位：亿元、%')).toEqual(['亿元', '%']);
    expect(unitListLine('（单位：万元，个）')).toEqual(['万元', '个']);
    expect(unitListLine('单位：亿元')).toBeNull();
    expect(unitListLine('单位：区发改委、区财政局')).toBeNull();
  });

  it('should leave a row without a unit where a list of units leaves a doubt', () => {
    const table = { columns: [], rows: [{ number: '1', indicator: '企业数', unit: null, values: {}, cells: [] }], position: null } as unknown as AnnexTable;
    applyUnitList(table, ['家', '个', '%']);
    expect(table.rows[0]!.unit).toBeNull();
  });

  it('should give an amount of money the list\'s unit of money and a count its one count (单位：亿元、家)', () => {
    const row = (indicator: string) => ({ number: '1', indicator, unit: null, values: {}, cells: [] });
    const table = { columns: [], rows: [row('农产品加工业产值'), row('休闲农业经营主体'), row('农产品加工业产值增速')], position: null } as unknown as AnnexTable;
    applyUnitList(table, ['亿元', '家']);
    expect(table.rows.map((r) => r.unit)).toEqual(['亿元', '家', null]);
    const two = { columns: [], rows: [row('农产品加工业产值')], position: null } as unknown as AnnexTable;
    applyUnitList(two, ['亿元', '万元', '家']);
    expect(two.rows[0]!.unit).toBeNull();
  });

  it('should read a line of spaces alone as an empty cell of a flattened row', async () => {
    const doc = await parseNotice(notice(flat([...HEAD, ...ROWS.slice(0, 6), '2', '工业互联网平台', '个', '\u3000', '3', '5'])));
    expect(doc.annexes[0]!.table!.rows[1]!.values).toEqual({ 2023: null, 2024: 3, 2025: 5 });
  });

  it('should keep a flattened task table\'s deadline out of a long 配合单位 cell', async () => {
    const lines = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限', '1', '开展城镇燃气安全专项整治', '区住房城乡建设局', '区城管委、区市场监管局、区发改委', '2024年12月'];
    const doc = await parseNotice(['青溪区安全生产工作要点', '', '附件', '', '重点任务分工表', '', ...lines].join('\n'));
    expect(doc.annexes[0]!.table!.rows[0]!.cells).toEqual(['1', '开展城镇燃气安全专项整治', '区住房城乡建设局', '区城管委、区市场监管局、区发改委', '2024年12月']);
  });
});

const regionPage = (rows: string[], header = '<tr><td>区域</td><td>城市</td><td>2024年</td><td>2025年</td></tr>') =>
  [
    '<html><head><meta charset="utf-8"><title>x</title></head><body>',
    '<p style="text-align:center">某省充电基础设施建设行动方案（2023—2025年）</p>',
    '<p>一、重点任务</p>',
    '<p>1.完善城市充电网络。（牵头单位：省住建厅）</p>',
    '<p>附件：各市充电基础设施建设目标</p>',
    '<p>单位：万台</p>',
    `<table border="1">${header}`,
    ...rows,
    '</table></body></html>',
  ].join('\n');
const figureRows = (table: AnnexTable | null | undefined) => table!.rows.map((r) => [r.indicator, r.group ?? null, r.values]);

describe('a first column merged over the rows of its category', () => {
  it('should read 区域 merged down (rowspan) as the group of its rows, each row named by its 城市', async () => {
    const doc = await parseNotice(
      regionPage([
        '<tr><td rowspan="2">苏南</td><td>南京</td><td>25</td><td>30</td></tr>',
        '<tr><td>苏州</td><td>28</td><td>34</td></tr>',
        '<tr><td rowspan="2">苏北</td><td>徐州</td><td>12</td><td>16</td></tr>',
        '<tr><td>盐城</td><td>10</td><td>13</td></tr>',
        '<tr><td colspan="2">合计</td><td>75</td><td>93</td></tr>',
      ]),
      { name: 'inline.html' },
    );
    expect(figureRows(doc.annexes[0]!.table)).toEqual([
      ['南京', '苏南', { 2024: 25, 2025: 30 }],
      ['苏州', '苏南', { 2024: 28, 2025: 34 }],
      ['徐州', '苏北', { 2024: 12, 2025: 16 }],
      ['盐城', '苏北', { 2024: 10, 2025: 13 }],
      ['合计', null, { 2024: 75, 2025: 93 }],
    ]);
    expect(doc.annexes[0]!.table!.rows[0]!.cells).toEqual(['苏南', '南京', '25', '30']);
  });

  it('should read a two-row header\'s 省份 column as the rows\' names under a merged 区域', async () => {
    const header = '<tr><td rowspan="2">区域</td><td rowspan="2">省份</td><td colspan="2">年度目标</td></tr><tr><td>2024年</td><td>2025年</td></tr>';
    const doc = await parseNotice(
      regionPage(['<tr><td rowspan="2">東部</td><td>北京</td><td>25</td><td>30</td></tr>', '<tr><td>上海</td><td>28</td><td>34</td></tr>'], header),
      { name: 'inline.html' },
    );
    expect(figureRows(doc.annexes[0]!.table)).toEqual([
      ['北京', '東部', { 2024: 25, 2025: 30 }],
      ['上海', '東部', { 2024: 28, 2025: 34 }],
    ]);
  });

  it('should keep the first column the rows\' name where no cell of it spans rows', async () => {
    const doc = await parseNotice(
      regionPage(['<tr><td>苏南</td><td>南京</td><td>25</td><td>30</td></tr>', '<tr><td>苏北</td><td>徐州</td><td>12</td><td>16</td></tr>']),
      { name: 'inline.html' },
    );
    expect(figureRows(doc.annexes[0]!.table).map((r) => r.slice(0, 2))).toEqual([
      ['苏南', null],
      ['苏北', null],
    ]);
  });
});

describe('a total row under a table\'s groups', () => {
  const annex = (rows: string) =>
    '<html><body><h1>某省冷链物流发展实施方案</h1><p>一、总体要求</p><p>加快冷链物流发展。</p><p>附件：冷链物流重点项目清单</p><p>冷链物流重点项目清单</p><table border="1">' +
    '<tr><td>序号</td><td>项目名称</td><td>建设地点</td><td>总投资（亿元）</td><td>2024年计划（亿元）</td></tr>' +
    `${rows}</table></body></html>`;
  const A = '<tr><td colspan="5">一、冷链物流基地</td></tr><tr><td>1</td><td>郑州国际冷链物流园</td><td>郑州市</td><td>35.0</td><td>12.0</td></tr><tr><td>2</td><td>商丘冷链集散中心</td><td>商丘市</td><td>18.5</td><td>6.2</td></tr>';
  const B = '<tr><td colspan="5">二、产地冷链设施</td></tr><tr><td>3</td><td>漯河肉类冷链项目</td><td>漯河市</td><td>22.3</td><td>8.0</td></tr>';
  const groups = async (rows: string) => {
    const doc = await parseNotice(annex(rows), { format: 'html' });
    return doc.annexes[0]!.table!.rows.map((r) => [r.number, r.cells[3], r.group ?? null]);
  };

  it.each(['合计', '总计', '合 计'])('should give a %s row under the last group\'s rows no group: it totals the whole table', async (word) => {
    expect(await groups(`${A}${B}<tr><td colspan="3">${word}</td><td>75.8</td><td>26.2</td></tr>`)).toEqual([
      ['1', '35.0', '一、冷链物流基地'],
      ['2', '18.5', '一、冷链物流基地'],
      ['3', '22.3', '二、产地冷链设施'],
      [word, '75.8', null],
    ]);
  });

  it('should keep a 小计 row in its group, also the last', async () => {
    expect((await groups(`${A}<tr><td colspan="3">小计</td><td>53.5</td><td>18.2</td></tr>${B}<tr><td colspan="3">小计</td><td>22.3</td><td>8.0</td></tr>`)).map((r) => r[2])).toEqual([
      '一、冷链物流基地',
      '一、冷链物流基地',
      '一、冷链物流基地',
      '二、产地冷链设施',
      '二、产地冷链设施',
    ]);
  });

  it('should keep each group\'s 合计 in its group where every group closes with one, the last too', async () => {
    expect((await groups(`${A}<tr><td colspan="3">合计</td><td>53.5</td><td>18.2</td></tr>${B}<tr><td colspan="3">合计</td><td>22.3</td><td>8.0</td></tr>`)).map((r) => r[2])).toEqual([
      '一、冷链物流基地',
      '一、冷链物流基地',
      '一、冷链物流基地',
      '二、产地冷链设施',
      '二、产地冷链设施',
    ]);
  });
});
