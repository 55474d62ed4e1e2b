import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseLoaded, parseNotice } from '../../src/parse/parse-notice.js';
import { loadSource } from '../../src/source/load-source.js';
import { BASE_YEAR_HEADER, YEAR_HEADER, cellRange, yearKey } from '../../src/parse/annex.js';

const notice = (annex: string) =>
  ['河东区科技创新三年行动计划', '', '一、总体要求', '', '附件', '', '年度分解表', '', annex].join('\n');

describe('annex tables flattened one cell per line', () => {
  it('should rebuild columns and rows, restoring the empty indicator header', async () => {
    const doc = await parseNotice(notice(['序号', '2020', '2021', '1', '研发投入(亿元)', '1.5', '2', '2', '专利(件)', '7', '9'].join('\n\n')));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '', '2020', '2021']);
    expect(table.rows.map((r) => [r.number, r.indicator, r.unit, r.values])).toEqual([
      ['1', '研发投入', '亿元', { 2020: 1.5, 2021: 2 }],
      ['2', '专利', '件', { 2020: 7, 2021: 9 }],
    ]);
  });

  it('should not split a row at a value that equals the next serial number', async () => {
    const doc = await parseNotice(notice(['序号', '指标', '2020', '2021', '1', '平台(个)', '2', '3', '2', '基地(个)', '4', '5'].join('\n\n')));
    const rows = doc.annexes[0]!.table!.rows;
    expect(rows.map((r) => r.cells)).toEqual([
      ['1', '平台(个)', '2', '3'],
      ['2', '基地(个)', '4', '5'],
    ]);
  });

  it('should report a value that is not a number and keep it as null', async () => {
    const doc = await parseNotice(notice(['序号', '指标', '2020', '1', '平台(个)', '待定'].join('\n\n')));
    expect(doc.annexes[0]!.table!.rows[0]!.values).toEqual({ 2020: null });
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('annex-value-unreadable');
  });
});

describe('annex tables with a unit column', () => {
  const table = (unitHeader: string) =>
    [
      '某区数字经济三年行动计划', '', '一、工作目标', '', '到2025年，5G基站数量达到3000个。', '', '附件', '',
      '主要指标年度分解表', '',
      `| 序号 | 指标 | ${unitHeader} | 2023年 | 2024年 |`, '| --- | --- | --- | --- | --- |',
      '| 1 | 数字经济核心产业增加值 | 亿元 | 220 | 260 |', '| 2 | 5G基站数量(座) | 个 | 2000 | 2500 |', '| 3 | 上云企业 |  | 80 | 90 |',
    ].join('\n');

  // The column names the unit for every row; a unit in brackets after the indicator yields to it.
  it.each([['单位'], ['计量单位']])('should take each row unit from a column headed %s, before a unit in brackets', async (header) => {
    const doc = await parseNotice(table(header), { format: 'markdown' });
    expect(doc.annexes[0]!.table!.rows.map((r) => [r.indicator, r.unit, r.values])).toEqual([
      ['数字经济核心产业增加值', '亿元', { 2023: 220, 2024: 260 }],
      ['5G基站数量', '个', { 2023: 2000, 2024: 2500 }],
      ['上云企业', null, { 2023: 80, 2024: 90 }],
    ]);
  });
});

describe('annex indicators with a note in brackets', () => {
  const annex = (rows: string[], header = '序号\t指标\t单位\t2026年\t2030年') =>
    ['某区科技创新发展规划（2026—2030年）', '', '一、重点任务', '', '（一）培育创新主体。（区科技局负责）', '', '附件', '', '某区科技创新主要指标', '', header, ...rows].join('\n');

  it('should keep a note in the indicator and take the unit from the unit column', async () => {
    const doc = await parseNotice(annex(['1\t技术合同成交额（累计）\t亿元\t35\t200', '2\t高新技术企业数量（年末）\t家\t420\t600', '3\t新增就业（当年）\t\t1\t1']));
    expect(doc.annexes[0]!.table!.rows.map((r) => [r.indicator, r.unit])).toEqual([
      ['技术合同成交额（累计）', '亿元'],
      ['高新技术企业数量（年末）', '家'],
      ['新增就业（当年）', null],
    ]);
  });

  it('should read a bracket as the unit only when it reads as one', async () => {
    const doc = await parseNotice(
      annex(['1\t技术合同成交额（亿元）\t35\t200', '2\t高新技术企业数量（新增）\t42\t60', '3\t每万人发明专利拥有量（件/万人）\t18\t25'], '序号\t指标\t2026年\t2030年'),
    );
    expect(doc.annexes[0]!.table!.rows.map((r) => [r.indicator, r.unit])).toEqual([
      ['技术合同成交额', '亿元'],
      ['高新技术企业数量（新增）', null],
      ['每万人发明专利拥有量', '件/万人'],
    ]);
  });

  // The note joins the indicator as a note written after it does, so a running total reads as one.
  it('should take the unit from a unit cell with a note and keep the note after the indicator', async () => {
    const doc = await parseNotice(
      annex(['1\t省级以上企业技术中心\t家（累计）\t30\t45', '2\t研发经费内部支出\t亿元（当年）\t52\t80', '3\t技术合同成交额（累计）\t（亿元，累计）\t35\t200', '4\t智能工厂\t（个）\t8\t20', '5\t工业机器人\t万台（套）\t1.2\t3']),
    );
    expect(doc.annexes[0]!.table!.rows.map((r) => [r.indicator, r.unit, r.values, r.cells[2]])).toEqual([
      ['省级以上企业技术中心（累计）', '家', { 2026: 30, 2030: 45 }, '家（累计）'],
      ['研发经费内部支出（当年）', '亿元', { 2026: 52, 2030: 80 }, '亿元（当年）'],
      ['技术合同成交额（累计）', '亿元', { 2026: 35, 2030: 200 }, '（亿元，累计）'],
      ['智能工厂', '个', { 2026: 8, 2030: 20 }, '（个）'],
      ['工业机器人', '万台（套）', { 2026: 1.2, 2030: 3 }, '万台（套）'],
    ]);
  });

  it('should read a flattened annex with long indicators and noted units as its HTML form reads', async () => {
    const read = (doc: Awaited<ReturnType<typeof parseNotice>>) => doc.annexes[0]!.table!.rows.map((r) => [r.number, r.indicator, r.unit, r.values]);
    const flat = await parseNotice(readFileSync(new URL('../../fixtures/validate/long-indicator-names.txt', import.meta.url), 'utf8'));
    const html = await parseLoaded(await loadSource(readFileSync(new URL('../../fixtures/validate/long-indicator-names.html', import.meta.url)), { name: 'long-indicator-names.html' }));
    const expected = [
      ['1', '规模以上工业企业中建有研发机构的企业占规上企业总数的比重', '%', { 2023: 35, 2024: 40, 2025: 45 }],
      ['2', '高新技术企业', '家', { 2023: 260, 2024: 290, 2025: 320 }],
      ['3', '规模以上工业企业研发经费内部支出占营业收入比重达到的水平', '%', { 2023: 1.8, 2024: 2, 2025: 2.2 }],
      ['4', '规模以上工业企业研发经费内部支出（当年）', '亿元', { 2023: 45, 2024: 52, 2025: 58 }],
      ['5', '省级以上企业技术中心（累计）', '家', { 2023: 25, 2024: 30, 2025: 35 }],
    ];
    expect(read(flat)).toEqual(expected);
    expect(read(html)).toEqual(expected);
    expect(flat.diagnostics.filter((d) => d.ruleId.startsWith('annex-'))).toEqual([]);
  });
});

describe('annex tables whose header takes two rows', () => {
  const markdown = (rows: string[]) =>
    [
      '某区新型基础设施建设行动计划（2025—2027年）', '', '一、主要目标', '', '到2027年，数据中心标准机架达到1.5万架。', '', '附件', '', '主要指标表', '',
      '| 序号 | 指标 | 单位 | 基期值 | 目标值 | | |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows,
    ].join('\n');

  // GFM has one header row: the years under 基期值 and 目标值 come as the first body row.
  it('should merge a first row of years under empty header cells into the header', async () => {
    const doc = await parseNotice(markdown(['| | | | 2024年 | 2025年 | 2026年 | 2027年 |', '| 1 | 数据中心标准机架 | 万架 | 0.8 | 1 | 1.2 | 1.4 |']), { format: 'markdown' });
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '指标', '单位', '2024年', '2025年', '2026年', '2027年']);
    expect(table.rows.map((r) => [r.number, r.indicator, r.unit, r.values])).toEqual([['1', '数据中心标准机架', '万架', { 2024: 0.8, 2025: 1, 2026: 1.2, 2027: 1.4 }]]);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('annex-value-unreadable');
  });

  it.each([
    ['a row of figures without a serial', '| | 合计 | 万架 | 0.8 | 1 | 1.2 | 1.4 |'],
    ['a row whose serial is written', '| 1 | 数据中心标准机架 | 万架 | 基期 | 近期 | 中期 | 远期 |'],
    ['a row with an empty cell under an empty header cell', '| | | | 2024年 | 2025年 | 2026年 | |'],
  ])('should keep %s as a row', async (_, row) => {
    const doc = await parseNotice(markdown([row, '| 2 | 5G基站 | 个 | 100 | 200 | 300 | 400 |']), { format: 'markdown' });
    expect(doc.annexes[0]!.table!.rows).toHaveLength(2);
  });
});

describe('goal tables with category and attribute columns (十四五 style)', () => {
  const html = [
    '<html><body><h2>临江市“十四五”生态环境保护规划</h2>',
    '<p>一、主要目标</p><p>到2025年，生态环境质量持续改善。</p><p>表1　主要指标</p>',
    '<table border="1">',
    '<tr><th>类别</th><th>序号</th><th>指标</th><th>单位</th><th>2020年</th><th>2025年</th><th>指标属性</th></tr>',
    '<tr><td rowspan="2">环境质量</td><td>1</td><td>空气质量优良天数比率</td><td>%</td><td>82.5</td><td>≥85</td><td>约束性</td></tr>',
    '<tr><td>2</td><td>森林覆盖率</td><td>%</td><td>40.2</td><td>41</td><td>预期性</td></tr>',
    '<tr><td>污染减排</td><td>3</td><td>单位地区生产总值二氧化碳排放降低</td><td>%</td><td>—</td><td>[18]</td><td>约束性</td></tr>',
    '</table><p>注：[ ]内为五年累计数。</p>',
    '<p>二、主要任务</p><p>（一）加强移动源污染防治。淘汰营运柴油货车1500辆。（市交通运输局负责）</p></body></html>',
  ].join('\n');

  it('should number rows by the 序号 column, keep the category and attribute as cells, and read ≥85 and [18] as values', async () => {
    const doc = await parseNotice(html, { format: 'html' });
    const table = doc.tables![0]!.table;
    expect(table.rows.map((r) => [r.number, r.indicator, r.unit, r.values, r.cells[0], r.cells[6]])).toEqual([
      ['1', '空气质量优良天数比率', '%', { 2020: 82.5, 2025: 85 }, '环境质量', '约束性'],
      ['2', '森林覆盖率', '%', { 2020: 40.2, 2025: 41 }, '环境质量', '预期性'],
      ['3', '单位地区生产总值二氧化碳排放降低', '%', { 2020: null, 2025: 18 }, '污染减排', '约束性'],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-value-unreadable')).toEqual([]);
  });

  it('should read a bracketed figure as a cumulative goal', async () => {
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.raw, g.comparison, g.qualifier, g.year])).toEqual([
      ['空气质量优良天数比率', 85, '85', 'at-least', '≥', 2025],
      ['森林覆盖率', 41, '41', 'equal', undefined, 2025],
      ['单位地区生产总值二氧化碳排放降低', 18, '18', 'equal', '累计', 2025],
    ]);
  });

  it.each([
    ['备注', '| 1 | 研发投入 | 亿元 | 10 | 12 | 新增 |', { 2024: 10, 2025: 12 }],
    ['进度', '| 1 | 研发投入 | 亿元 | 10 | 12 | 待定 |', { 2024: 10, 2025: 12 }],
    ['增速', '| 1 | 研发投入 | 亿元 | 10 | 12 | 8 |', { 2024: 10, 2025: 12, 增速: 8 }],
  ])('should read a column headed %s as values only when it holds figures', async (header, row, values) => {
    const md = ['某区科技创新行动方案', '', '附件', '', '主要指标', '', `| 序号 | 指标 | 单位 | 2024年 | 2025年 | ${header} |`, '| --- | --- | --- | --- | --- | --- |', row].join('\n');
    const doc = await parseNotice(md, { format: 'markdown' });
    expect(doc.annexes[0]!.table!.rows[0]!.values).toEqual(values);
    expect(doc.annexes[0]!.table!.rows[0]!.cells).toHaveLength(6);
  });
});

describe('tab-separated annex tables', () => {
  it('should keep a total row whose first cell is empty (\\t全市\\t…) as the table\'s last row, not set it aside', async () => {
    const doc = await parseNotice(notice(['序号\t区县\t2025年', '1\t东城区\t3.8', '2\t西城区\t3.6', '\t全市\t3.5'].join('\n')));
    const table = doc.annexes[0]!.table!;
    expect(table.rows.map((r) => [r.number, r.cells])).toEqual([
      ['1', ['1', '东城区', '3.8']],
      ['2', ['2', '西城区', '3.6']],
      ['', ['', '全市', '3.5']],
    ]);
    expect(doc.annexes[0]!.body ?? []).toEqual([]);
  });
});

describe('year columns with a note after the year', () => {
  it.each([
    ['2024年(基期)', '2024', true],
    ['2020年（基期）', '2020', true],
    ['2020（基准年）', '2020', true],
    ['2024年(基准值)', '2024', true],
    ['2024年（现状值）', '2024', true],
    ['2020年基期值', '2020', true],
    ['2025年', '2025', false],
    ['2025年目标值', '2025', false],
    ['2025年(目标值)', '2025', false],
    ['2024年（预计）', '2024', false],
    // A note before the year, the year in brackets; the year's end (年底, 年末); 到2025年.
    ['基期值（2022年）', '2022', true],
    ['基期（2020年）', '2020', true],
    // 基数, 基线值: other names tables give the base figure.
    ['2023年基数', '2023', true],
    ['基数（2023年）', '2023', true],
    ['2023年（基数）', '2023', true],
    ['2023年基准值', '2023', true],
    ['2023年基线值', '2023', true],
    ['目标值（2025年）', '2025', false],
    ['2025年底', '2025', false],
    ['2025年末', '2025', false],
    ['到2025年', '2025', false],
    // A year's actual figure is a figure reached, as a base year's is; a plan's or a forecast's is a target.
    ['2023年（实际）', '2023', true],
    ['2023年实际值', '2023', true],
    ['2023年完成值', '2023', true],
    ['2025年预期目标', '2025', false],
    ['2025年计划目标', '2025', false],
    ['2023年（计划）', '2023', false],
    ['2023年指标值', '2023', false],
    ['2023年值', '2023', false],
    // A year in Chinese numerals, as some tables head their columns.
    ['二〇二三年', '2023', false],
    ['二〇二五年（目标）', '2025', false],
    ['二零二五年', '2025', false],
  ])('should read %s as the column of %s (base year: %s)', (header, year, base) => {
    const key = yearKey(header.replace(/（/g, '(').replace(/）/g, ')'));
    expect(YEAR_HEADER.exec(key)?.[1]).toBe(year);
    expect(BASE_YEAR_HEADER.test(key)).toBe(base);
  });

  it.each([['2025年重点任务'], ['2024年(基期)说明'], ['2024年(第一批)'], ['2025)'], ['(2025年'], ['说明(2025年)']])('should not read %s as a year column', (header) => {
    expect(YEAR_HEADER.test(header.replace(/（/g, '(').replace(/）/g, ')'))).toBe(false);
  });

  it('should take a dash under 2024年（基期） as no figure for the base year, not an unreadable value', async () => {
    const doc = await parseNotice(notice(['序号\t指标\t单位\t2024年（基期）\t2027年', '1\t能耗下降\t%\t—\t9', '2\t工业增加值\t亿元\t420\t520'].join('\n')));
    expect(doc.annexes[0]!.table!.rows.map((r) => r.values)).toEqual([
      { '2024': null, '2027': 9 },
      { '2024': 420, '2027': 520 },
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-value-unreadable')).toEqual([]);
  });

  it('should keep both figures of two columns of one year: the target under the year, the actual under its header', async () => {
    const doc = await parseNotice(notice(['序号\t指标\t单位\t2023年（实际）\t2023年（目标）\t2025年', '1\t工业增加值\t亿元\t143.6\t140\t180'].join('\n')));
    expect(doc.annexes[0]!.table!.rows[0]!.values).toEqual({ '2023': 140, '2023年（实际）': 143.6, '2025': 180 });
  });

  it('should read the figures under 二〇二三年 as the year 2023\'s', async () => {
    const doc = await parseNotice(notice(['序号\t指标\t单位\t二〇二三年\t二〇二五年', '1\t工业增加值\t亿元\t140\t180'].join('\n')));
    expect(doc.annexes[0]!.table!.rows[0]!.values).toEqual({ '2023': 140, '2025': 180 });
  });
});

describe('value cells that give a range', () => {
  it.each([
    ['15—20', { value: 15, upTo: 20 }],
    ['3-5', { value: 3, upTo: 5 }],
    ['1.5～2', { value: 1.5, upTo: 2 }],
    ['5%—6%', { value: 5, upTo: 6 }],
    ['10-15%', { value: 10, upTo: 15 }],
    ['15', null],
    ['≥85', null],
    ['待定', null],
    ['1—2万人', null],
    ['20—15', null],
  ])('should read %s as %j', (cell, expected) => {
    expect(cellRange(cell)).toEqual(expected);
  });

  it('should keep a range cell\'s value null, give its range in ranges and not report it as unreadable', async () => {
    const doc = await parseNotice(
      notice(['序号', '指标', '单位', '2020年', '2025年', '1', '示范企业', '家', '5', '15—20', '2', '智慧工厂', '家', '2', '3-5', '3', '平台', '个', '8', '待定'].join('\n\n')),
    );
    const rows = doc.annexes[0]!.table!.rows;
    expect(rows.map((r) => [r.values, r.ranges])).toEqual([
      [{ 2020: 5, 2025: null }, { 2025: { value: 15, upTo: 20 } }],
      [{ 2020: 2, 2025: null }, { 2025: { value: 3, upTo: 5 } }],
      [{ 2020: 8, 2025: null }, undefined],
    ]);
    expect(rows[2]!).not.toHaveProperty('ranges');
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-value-unreadable').map((d) => d.message)).toEqual(['annex value "待定" under 2025年 is not a number']);
  });
});

describe('a title row above a table\'s header', () => {
  const md = (rows: string[]) => ['某区科技创新行动方案', '', '附件', '', ...rows.slice(0, 1), '| --- | --- | --- | --- |', ...rows.slice(1)].join('\n');

  it('should read a first row of one filled cell as the caption and the row under it as the header', async () => {
    const doc = await parseNotice(md(['| 某区重点任务清单 | | | |', '| 序号 | 工作内容 | 牵头单位 | 完成时限 |', '| 1 | 建设数据中心 | 区大数据局 | 2024年底 |']), { format: 'markdown' });
    const table = doc.annexes[0]!.table!;
    expect([table.caption, table.columns, table.rows.map((r) => r.cells)]).toEqual([
      '某区重点任务清单',
      ['序号', '工作内容', '牵头单位', '完成时限'],
      [['1', '建设数据中心', '区大数据局', '2024年底']],
    ]);
  });

  it.each([
    ['a header word', ['| 指标 | | | |', '| 序号 | 名称 | 单位 | 备注 |', '| 1 | 平台 | 个 | 新建 |']],
    ['a row of figures under it', ['| 某区重点任务清单 | | | |', '| 1 | 2 | 3 | 4 |', '| 5 | 6 | 7 | 8 |']],
    ['one row under it only', ['| 某区重点任务清单 | | | |', '| 序号 | 工作内容 | 牵头单位 | 完成时限 |']],
  ])('should keep the first row as the header when the lone cell is %s', async (_, rows) => {
    const doc = await parseNotice(md(rows), { format: 'markdown' });
    expect(doc.annexes[0]!.table?.caption).toBeUndefined();
  });
});

describe('tables without a 序号 column', () => {
  const md = (header: string[], rows: string[][]): string =>
    [
      '# 某县数字经济发展实施方案', '', '## 一、发展目标', '', '到2025年，主要指标如下：', '',
      `| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`, ...rows.map((r) => `| ${r.join(' | ')} |`), '',
      '## 二、重点任务', '', '（一）建设数据中心。（牵头单位：县大数据局）',
    ].join('\n');
  const rowsOf = async (text: string) => (await parseNotice(text, { format: 'markdown' })).tables?.[0]!.table.rows.map((r) => [r.number, r.indicator, r.unit]);

  it.each([
    ['指标 | 单位 | years: the first column is the indicator, rows have no number', ['指标', '单位', '2023年', '2025年'], [['上云企业数量', '家', '120', '500']], [['', '上云企业数量', '家']]],
    ['类别 | 指标 | 单位: the named indicator column, the first a category', ['类别', '指标', '单位', '2025年'], [['数字产业', '上云企业数量', '家', '500']], [['', '上云企业数量', '家']]],
    ['an unlabelled first column of serials still numbers the rows', ['', '指标', '单位', '2025年'], [['1', '上云企业数量', '家', '500'], ['2', '数字化车间', '个', '30']], [['1', '上云企业数量', '家'], ['2', '数字化车间', '个']]],
    ['serials written 一 and (1)', ['', '指标', '单位', '2025年'], [['一', '上云企业数量', '家', '500'], ['（2）', '数字化车间', '个', '30']], [['一', '上云企业数量', '家'], ['（2）', '数字化车间', '个']]],
  ])('should read %s', async (_case, header, rows, expected) => {
    expect(await rowsOf(md(header, rows))).toEqual(expected);
  });

  it('should read goals from a 指标-first table under the indicator, not the unit', async () => {
    const doc = await parseNotice(md(['指标', '单位', '2023年', '2025年'], [['上云企业数量', '家', '120', '500'], ['数字经济核心产业增加值占比', '%', '8', '10']]), { format: 'markdown' });
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['上云企业数量', 500, '家', 2025],
      ['数字经济核心产业增加值占比', 10, '%', 2025],
    ]);
  });

  it('should number the tasks of a task table without a 序号 column in order, not by their text', async () => {
    const text = [
      '# 某县数字经济发展实施方案', '', '## 一、重点任务', '',
      '| 工作内容 | 牵头单位 | 配合单位 |', '| --- | --- | --- |', '| 建设数据中心 | 县大数据局 | 县发改局 |', '| 推进企业上云 | 县工信局 | 县财政局 |',
    ].join('\n');
    const doc = await parseNotice(text, { format: 'markdown' });
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.lead, t.participants])).toEqual([
      ['1', '建设数据中心', ['县大数据局'], ['县发改局']],
      ['2', '推进企业上云', ['县工信局'], ['县财政局']],
    ]);
  });
});

describe('an annex table split across pages', () => {
  const HEADER = '<tr><td>序号</td><td>具体措施</td><td>牵头单位</td></tr>';
  const annexed = (second: string) =>
    parseNotice(
      '<html><body><p align="center">关于印发某区招商引资工作方案的通知</p><p>各街道办事处：</p><p>现印发给你们，请认真落实。</p>' +
        '<p align="right">某区人民政府办公室</p><p align="right">2024年4月2日</p><p>附件</p><p align="center">某区招商引资重点任务清单</p>' +
        `<table border="1">${HEADER}<tr><td colspan="3">一、精准招商</td></tr><tr><td>1</td><td>引进重大项目</td><td>区投资促进局</td></tr></table>` +
        `<table border="1">${HEADER}${second}</table></body></html>`,
      { format: 'html' },
    );

  it('should read the rows of a second table that continues the annex\'s (header repeated, numbers going on) into its table', async () => {
    const doc = await annexed('<tr><td>2</td><td>开展专题招商</td><td>区商务局</td></tr><tr><td colspan="3">二、优化服务</td></tr><tr><td>3</td><td>推行帮办代办</td><td>区政务服务局</td></tr>');
    expect(doc.annexes[0]!.table!.rows.map((r) => r.cells[0])).toEqual(['一、精准招商', '1', '2', '二、优化服务', '3']);
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number])).toEqual([
      ['1', '一'],
      ['2', '一'],
      ['3', '二'],
    ]);
  });

  it('should not read a second table whose numbers start again into the annex\'s table', async () => {
    const doc = await annexed('<tr><td>1</td><td>开展专题招商</td><td>区商务局</td></tr>');
    expect(doc.annexes[0]!.table!.rows.map((r) => r.cells[0])).toEqual(['一、精准招商', '1']);
  });
});

describe('a task table printed across pages with a 续表 mark or without its header repeated', () => {
  const HEAD = ['附件', '', '某区2024年城市更新重点任务分工表', ''];
  const opening = ['# 某区2024年城市更新重点工作方案', '', '## 一、重点任务', '', '具体任务见附件。', '', '## 附件', '', '某区2024年城市更新重点任务分工表', ''];
  const mdHeader = ['| 序号 | 重点任务 | 牵头单位 | 配合单位 |', '| --- | --- | --- | --- |'];
  const mdFirst = [...mdHeader, '| 1 | 完成老旧院落改造60个 | 区住建局 | 各街道办事处 |', '| 2 | 新建绿道20公里 | 区公园城市局 | 区财政局 |'];
  const tasksOf = (doc: Awaited<ReturnType<typeof parseNotice>>) => doc.plan!.tasks.map((t) => [t.number, t.title, t.lead]);
  const THREE = [
    ['1', '完成老旧院落改造60个', ['区住建局']],
    ['2', '新建绿道20公里', ['区公园城市局']],
    ['3', '实施背街小巷整治', ['区综合执法局']],
  ];

  it.each([['续表'], ['续表1'], ['（续表）'], ['续上表'], ['表1（续）']])('should read the part after a %s line (header repeated) into the table, its rows tasks', async (mark) => {
    const text = [...opening, ...mdFirst, '', mark, '', ...mdHeader, '| 3 | 实施背街小巷整治 | 区综合执法局 | 各街道办事处 |'].join('\n');
    const doc = await parseNotice(text, { format: 'markdown' });
    expect(tasksOf(doc)).toEqual(THREE);
    expect(doc.annexes[0]!.table!.rows).toHaveLength(3);
    expect(doc.tables ?? []).toEqual([]);
    expect(doc.chrome.map((c) => c.text)).toEqual([mark]);
  });

  it('should read a Markdown part whose first row stands in the header\'s place (the header not repeated)', async () => {
    const text = [...opening, ...mdFirst, '', '续表', '', '| 3 | 实施背街小巷整治 | 区综合执法局 | 各街道办事处 |', '| --- | --- | --- | --- |', '| 4 | 整治农贸市场5个 | 区商务局 | 各街道办事处 |'].join('\n');
    const doc = await parseNotice(text, { format: 'markdown' });
    expect(tasksOf(doc)).toEqual([...THREE, ['4', '整治农贸市场5个', ['区商务局']]]);
    expect(doc.annexes[0]!.table!.columns).toEqual(['序号', '重点任务', '牵头单位', '配合单位']);
  });

  it('should read tab-separated parts apart by a 续表 line, and by a page number without the header repeated', async () => {
    const first = ['序号\t重点任务\t牵头单位\t配合单位', '1\t完成老旧院落改造60个\t区住建局\t各街道办事处', '2\t新建绿道20公里\t区公园城市局\t区财政局'];
    const third = '3\t实施背街小巷整治\t区综合执法局\t各街道办事处';
    for (const between of [['续表', '', first[0]!], ['— 2 —', '']]) {
      const text = ['某区2024年城市更新重点工作方案', '', '一、重点任务', '', '具体任务见附件。', '', ...HEAD, ...first, '', ...between, third].join('\n');
      const doc = await parseNotice(text);
      expect(tasksOf(doc)).toEqual(THREE);
    }
  });

  it('should read an HTML part without header cells whose first row numbers on, under the first part\'s columns', async () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html =
      '<html><body><p align="center">某区2024年城市更新重点工作方案</p><p>一、重点任务</p><p>具体任务见附件。</p><p>附件</p><p align="center">某区2024年城市更新重点任务分工表</p>' +
      `<table border="1"><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>${row(['1', '完成老旧院落改造60个', '区住建局', '各街道办事处'])}${row(['2', '新建绿道20公里', '区公园城市局', '区财政局'])}</table>` +
      `<p align="center">—2—</p><table border="1">${row(['3', '实施背街小巷整治', '区综合执法局', '各街道办事处'])}${row(['4', '整治农贸市场5个', '区商务局<br>区市场监管局', '各街道办事处'])}</table></body></html>`;
    const doc = await parseNotice(html, { format: 'html' });
    expect(tasksOf(doc)).toEqual([...THREE, ['4', '整治农贸市场5个', ['区商务局', '区市场监管局']]]);
    expect(doc.annexes[0]!.table!.columns).toEqual(['序号', '重点任务', '牵头单位', '配合单位']);
  });

  it('should not join a part without its header whose first row does not number on', async () => {
    const text = [...opening, ...mdFirst, '', '续表', '', '| 1 | 实施背街小巷整治 | 区综合执法局 | 各街道办事处 |', '| --- | --- | --- | --- |'].join('\n');
    const doc = await parseNotice(text, { format: 'markdown' });
    expect(doc.annexes[0]!.table!.rows).toHaveLength(2);
  });

  it('should read a table flattened one cell per line across a 续表 line, the empty cell before it kept', async () => {
    const cells = [
      '序号', '重点任务', '牵头单位', '完成时限', '备注',
      '1', '完成立面改造', '市住建局', '2024年10月', '　',
      '2', '新建口袋公园15个', '市综合执法局', '2024年12月', '　',
      '— 3 —', '续表',
      '序号', '重点任务', '牵头单位', '完成时限', '备注',
      '3', '完成2个未来乡村创建', '市农业农村局', '2024年11月', '省级考核',
    ];
    const text = ['某市2024年风貌样板区建设工作方案', '', '一、主要任务', '', '重点任务详见附件。', '', ...HEAD, cells.join('\n\n')].join('\n');
    const doc = await parseNotice(text);
    expect(doc.annexes[0]!.table!.rows.map((r) => r.cells)).toEqual([
      ['1', '完成立面改造', '市住建局', '2024年10月', ''],
      ['2', '新建口袋公园15个', '市综合执法局', '2024年12月', ''],
      ['3', '完成2个未来乡村创建', '市农业农村局', '2024年11月', '省级考核'],
    ]);
  });

  it('should warn that a later part under the same columns, kept apart by a line of text, gives no tasks', async () => {
    const text = [...opening, ...mdFirst, '', '以下为下半年任务：', '', ...mdHeader, '| 3 | 实施背街小巷整治 | 区综合执法局 | 各街道办事处 |'].join('\n');
    const doc = await parseNotice(text, { format: 'markdown' });
    expect(doc.plan!.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'task-rows-unread').map((d) => [d.severity, d.line, d.message])).toEqual([
      [
        'warning',
        18,
        "a further table in 附件 (rows 3) has the columns of the task table above it but is not read as part of it, so its rows are not among the plan's tasks: " +
          "if it continues that table, let nothing but page furniture stand between the two and number its rows on from the first table's",
      ],
    ]);
  });

  it('should read a table in the plan\'s text continued after a 续表1 line as one table', async () => {
    const text = ['# 某县城乡环境整治实施方案', '', '## 一、重点任务', '', '表1　重点任务分解表', '', ...mdFirst, '', '续表1', '', ...mdHeader, '| 3 | 实施背街小巷整治 | 区综合执法局 | 各街道办事处 |', '', '## 二、保障措施', '', '加强组织领导。'].join('\n');
    const doc = await parseNotice(text, { format: 'markdown' });
    expect((doc.tables ?? []).map((t) => [t.caption, t.table.rows.length])).toEqual([['表1　重点任务分解表', 3]]);
    expect(tasksOf(doc)).toEqual(THREE);
  });
});

describe('an annexed roster', () => {
  const plan = [
    '柳溪镇防汛工作方案',
    '一、主要任务',
    '（一）排查隐患。对全镇隐患点开展排查。（责任单位：镇安监站）',
    '二、组织领导',
    '成立柳溪镇防汛工作领导小组（成员名单见附件）。',
    '附件',
  ];

  it.each([
    ['label lines', ['组  长：周立新　镇长', '副组长：陈晓东　副镇长', '成  员：吴刚　镇安监站站长']],
    ['role words before the names', ['组长　周立新　镇长', '副组长　陈晓东　副镇长', '成员　吴刚　镇安监站站长']],
  ])('should keep a 成员名单\'s %s in its body, not its title', async (_, roster) => {
    const doc = await parseNotice([...plan, '柳溪镇防汛工作领导小组成员名单', ...roster].join('\n'));
    expect(doc.annexes[0]!.title).toBe('柳溪镇防汛工作领导小组成员名单');
    expect(doc.annexes[0]!.body.map((p) => p.text)).toEqual(roster);
  });

  it('should read the same roster in an HTML page', async () => {
    const html = `<html><body>${[...plan, '柳溪镇防汛工作领导小组成员名单', '组&nbsp;&nbsp;长：周立新　镇长', '副组长：陈晓东　副镇长'].map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.annexes[0]!.title).toBe('柳溪镇防汛工作领导小组成员名单');
    expect(doc.annexes[0]!.body).toHaveLength(2);
  });

  it('should still join a title printed over two lines', async () => {
    const doc = await parseNotice([...plan, '柳溪镇防汛工作领导小组', '成员名单', '组  长：周立新　镇长'].join('\n'));
    expect(doc.annexes[0]!.title).toBe('柳溪镇防汛工作领导小组成员名单');
  });
});

describe('an annex list of one column', () => {
  const page = (rows: string[]) =>
    parseNotice(
      '<h1>某区人民政府办公室关于印发某区政府网站集约化实施方案的通知</h1><p>各街道办事处：</p><p>现印发给你们，请认真贯彻执行。</p><p>某区人民政府办公室</p><p>2024年3月5日</p>' +
        '<h2>某区政府网站集约化实施方案</h2><p>一、重点任务</p><p>（一）整合部门网站。（牵头单位：区大数据局）</p><p>附件：拟整合网站名单</p>' +
        `<table>${rows.map((r) => `<tr><td>${r}</td></tr>`).join('')}</table>`,
      { format: 'html' },
    );

  it('should keep every entry of a list with no header row, its first entry no column name', async () => {
    const doc = await page(['区教育局网站', '区卫健局网站', '区民政局网站']);
    const table = doc.annexes[0]!.table!;
    expect([table.columns, table.rows.map((r) => r.cells)]).toEqual([[''], [['区教育局网站'], ['区卫健局网站'], ['区民政局网站']]]);
  });

  it('should read a first row that names the column as its header', async () => {
    const doc = await page(['网站名称', '区教育局网站', '区卫健局网站']);
    const table = doc.annexes[0]!.table!;
    expect([table.columns, table.rows.map((r) => r.cells)]).toEqual([['网站名称'], [['区教育局网站'], ['区卫健局网站']]]);
  });
});
