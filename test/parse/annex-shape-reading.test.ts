import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { spanningHeaderCell, yearColumnUnit, yearsUnderLabel } from '../../src/parse/annex.js';
import { titleUnit, unitLine } from '../../src/parse/unit-line.js';

const notice = (...annex: string[]) =>
  ['河东区科技创新三年行动计划', '', '一、总体要求', '', '附件', '', '年度安排表', '', ...annex].join('\n');
const flat = (cells: string[]) => cells.join('\n\n');

describe('a 合计 row under a flattened annex table', () => {
  it('should keep the 合计 row, its cell spanning the serial and the name', async () => {
    const doc = await parseNotice(
      notice(flat(['序号', '项目', '单位', '2023年', '2024年', '1', '奖励', '万元', '80', '90', '2', '补助', '万元', '120', '130', '合计', '万元', '200', '220'])),
    );
    const rows = doc.annexes[0]!.table!.rows;
    expect(rows.map((r) => [r.number, r.indicator, r.unit, r.values])).toEqual([
      ['1', '奖励', '万元', { 2023: 80, 2024: 90 }],
      ['2', '补助', '万元', { 2023: 120, 2024: 130 }],
      ['合计', '合计', '万元', { 2023: 200, 2024: 220 }],
    ]);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('annex-row-width');
  });
});

describe('a flattened two-row header with a label over the years', () => {
  it('should drop the label (年度目标) so that the figures stay under their years', async () => {
    const doc = await parseNotice(notice(flat(['序号', '指标', '单位', '年度目标', '2023年', '2024年', '1', '高新技术企业数量', '家', '240', '270', '2', '专利', '件', '45', '52'])));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '指标', '单位', '2023年', '2024年']);
    expect(table.rows.map((r) => r.values)).toEqual([{ 2023: 240, 2024: 270 }, { 2023: 45, 2024: 52 }]);
  });

  it('should find the label only right before two year cells, never a column of its own', () => {
    expect(spanningHeaderCell(['序号', '指标', '单位', '年度目标', '2023年', '2024年'])).toBe(3);
    expect(spanningHeaderCell(['序号', '指标', '单位', '2023年', '2024年'])).toBe(-1);
    expect(spanningHeaderCell(['序号', '指标', '2023年', '2024年', '备注'])).toBe(-1);
    expect(spanningHeaderCell(['序号', '指标', '目标值', '2023年'])).toBe(-1);
  });
});

describe('a flattened two-row header with a column of words between the label and the years', () => {
  it('should lay the years in the label\'s place, the column of words after them', async () => {
    const doc = await parseNotice(
      notice(flat(['序号', '指标', '单位', '年度目标', '属性', '2023年', '2024年', '2025年', '1', '人均体育场地面积', '平方米', '2.7', '2.8', '2.9', '预期性', '2', '经常参加体育锻炼人数比例', '%', '43', '44', '45', '约束性'])),
    );
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '指标', '单位', '2023年', '2024年', '2025年', '属性']);
    expect(table.rows.map((r) => [r.indicator, r.values, r.cells[6]])).toEqual([
      ['人均体育场地面积', { 2023: 2.7, 2024: 2.8, 2025: 2.9 }, '预期性'],
      ['经常参加体育锻炼人数比例', { 2023: 43, 2024: 44, 2025: 45 }, '约束性'],
    ]);
  });

  it('should take only a label over years that end the header, with named columns between', () => {
    const header = ['序号', '指标', '单位', '年度目标', '属性', '2023年', '2024年', '2025年'];
    expect(yearsUnderLabel(header)?.map((k) => header[k])).toEqual(['序号', '指标', '单位', '2023年', '2024年', '2025年', '属性']);
    // A cell between that names no column of its own, a single year, or no label: not this header.
    expect(yearsUnderLabel(['序号', '指标', '年度目标', '累计', '2023年', '2024年'])).toBeNull();
    expect(yearsUnderLabel(['序号', '指标', '目标值', '属性', '2025年'])).toBeNull();
    expect(yearsUnderLabel(['序号', '指标', '单位', '属性', '2023年', '2024年'])).toBeNull();
  });
});

describe('a flattened two-row header with a unit column after the label over the years', () => {
  // 目标值 spans 2022年 | 2023年 in the second header row; 责任单位 spans both rows after it.
  const header = ['序号', '指标名称', '单位', '目标值', '责任单位', '2022年', '2023年'];
  const rows = ['1', '新增市场主体', '万户', '1.3', '1.5', '区市场监管局', '2', '企业开办时间', '工作日', '1', '0.5', '3', '“一网通办”率', '%', '90', '95', '区数据资源局'];

  it('should read every row under the years, a row short of its 责任单位 kept and said', async () => {
    const doc = await parseNotice(notice(flat([...header, ...rows])));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '指标名称', '单位', '2022年', '2023年', '责任单位']);
    expect(table.rows.map((r) => [r.number, r.indicator, r.unit, r.values, r.cells[5] ?? null])).toEqual([
      ['1', '新增市场主体', '万户', { 2022: 1.3, 2023: 1.5 }, '区市场监管局'],
      ['2', '企业开办时间', '工作日', { 2022: 1, 2023: 0.5 }, null],
      ['3', '“一网通办”率', '%', { 2022: 90, 2023: 95 }, '区数据资源局'],
    ]);
    const widths = doc.diagnostics.filter((d) => d.ruleId === 'annex-row-width');
    expect(widths.map((d) => d.message)).toEqual(['annex row 2 has 5 cells where the header has 6']);
  });

  it('should take the label over the years whatever it is called (预期目标, 分年度目标, 年度计划（万户）)', async () => {
    for (const label of ['预期目标', '分年度目标', '年度计划（万户）', '指标值']) {
      const doc = await parseNotice(notice(flat([...header.slice(0, 3), label, ...header.slice(4), ...rows.slice(0, 6), '2', ...rows.slice(12)])));
      const table = doc.annexes[0]!.table!;
      expect(table.columns).toEqual(['序号', '指标名称', '单位', '2022年', '2023年', '责任单位']);
      expect(table.rows.map((r) => r.values)).toEqual([{ 2022: 1.3, 2023: 1.5 }, { 2022: 90, 2023: 95 }]);
    }
  });

  it('should never take a column\'s own name (指标) for such a label', () => {
    expect(yearsUnderLabel(['序号', '指标', '单位', '目标值', '责任单位', '2022年', '2023年'])).toEqual([0, 1, 2, 5, 6, 4]);
    expect(yearsUnderLabel(['序号', '指标', '责任单位', '2022年', '2023年'])).toBeNull();
  });
});

describe('a unit stated for the whole annex table', () => {
  const rows = ['序号\t项目\t2023年\t2024年', '1\t奖励\t80\t90', '2\t补助(亿元)\t1.2\t1.3'];

  it('should read a 单位：万元 line above the table as the unit of the rows without one, not as part of the title', async () => {
    const doc = await parseNotice(notice('单位：万元', '', ...rows));
    const annex = doc.annexes[0]!;
    expect(annex.title).toBe('年度安排表');
    expect(annex.table!.unit).toBe('万元');
    expect(annex.table!.rows.map((r) => r.unit)).toEqual(['万元', '亿元']);
  });

  it('should read （单位：万元） after the title the same way', async () => {
    const doc = await parseNotice(['河东区科技创新三年行动计划', '', '一、总体要求', '', '附件', '', '年度安排表（单位：万元）', '', ...rows].join('\n'));
    expect(doc.annexes[0]!.title).toBe('年度安排表');
    expect(doc.annexes[0]!.table!.rows[0]!.unit).toBe('万元');
  });

  it.each([
    ['a Markdown table', 'markdown', ['| 序号 | 项目名称 | 建设内容及规模 | 总投资 | 责任单位 |', '| --- | --- | --- | --- | --- |', '| 1 | 坛山街道老旧小区改造项目 | 改造老旧小区12个 | 8600 | 区住建局 |']],
    ['tab-separated lines', 'text', ['序号\t项目名称\t建设内容及规模\t总投资\t责任单位', '1\t坛山街道老旧小区改造项目\t改造老旧小区12个\t8600\t区住建局']],
    ['cells flattened one a line', 'text', [flat(['序号', '项目名称', '建设内容及规模', '总投资', '责任单位', '1', '坛山街道老旧小区改造项目', '改造老旧小区12个', '8600', '区住建局'])]],
  ] as const)('should keep a 单位：万元 line above a project list of text (%s) as the table\'s unit', async (_, format, table) => {
    const doc = await parseNotice(['某区城市更新行动实施方案', '', '一、重点任务', '', '附件', '', '某区城市更新重点项目清单', '', '单位：万元', '', ...table].join('\n'), { format });
    const annex = doc.annexes[0]!;
    expect([annex.title, annex.table!.kind, annex.table!.unit, annex.table!.rows.map((r) => r.unit)]).toEqual(['某区城市更新重点项目清单', 'text', '万元', [null]]);
  });

  it('should read only a line that names a unit as one', () => {
    expect(unitLine('金额单位:万元')).toBe('万元');
    expect(unitLine('(单位:亿元)')).toBe('亿元');
    expect(unitLine('单位:区科技局')).toBeNull();
    expect(titleUnit('某某安排表(单位:万元)')).toEqual({ unit: '万元', at: 5 });
    expect(titleUnit('某某安排表')).toBeNull();
  });
});

describe('year headers with a unit after them', () => {
  it('should key values by year and take the unit from the headers', async () => {
    const doc = await parseNotice(notice('| 序号 | 指标 | 2023年（亿元） | 2024年（亿元） |', '| --- | --- | --- | --- |', '| 1 | 技术合同成交额 | 40 | 45 |'));
    const row = doc.annexes[0]!.table!.rows[0]!;
    expect([row.unit, row.values]).toEqual(['亿元', { 2023: 40, 2024: 45 }]);
  });

  it('should read a bracket after the year as a unit only when it names one', () => {
    expect(yearColumnUnit('2023年(亿元)')).toEqual({ year: '2023年', unit: '亿元' });
    expect(yearColumnUnit('2024年(第一批)')).toBeNull();
    expect(yearColumnUnit('指标(亿元)')).toBeNull();
  });
});

describe('a unit on a header label spanning the years', () => {
  const figures = (doc: Awaited<ReturnType<typeof parseNotice>>) => doc.annexes[0]!.table!.rows.map((r) => [r.indicator, r.unit, r.values]);
  const TWO = [
    ['数字贸易进出口额', '亿元', { 2023: 900, 2024: 1050 }],
    ['数字服务出口额', '亿元', { 2023: 320, 2024: 380 }],
  ];

  it('should give the years under an HTML label 年度目标（亿元） its unit, and no unit-less rows to validate', async () => {
    const html =
      '<html><body><p>某区数字贸易发展三年行动计划</p><p>一、发展目标</p><p>附件</p><p>主要指标</p><table border="1">' +
      '<tr><td rowspan="2">序号</td><td rowspan="2">指标</td><td colspan="2">年度目标（亿元）</td></tr><tr><td>2023年</td><td>2024年</td></tr>' +
      '<tr><td>1</td><td>数字贸易进出口额</td><td>900</td><td>1050</td></tr><tr><td>2</td><td>数字服务出口额</td><td>320</td><td>380</td></tr></table></body></html>';
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.annexes[0]!.table!.columns).toEqual(['序号', '指标', '2023年', '2024年']);
    expect(figures(doc)).toEqual(TWO);
  });

  it('should read a project list\'s 分年度投资计划（亿元） over the years beside a 总投资（亿元） column', async () => {
    const html =
      '<html><body><p>某区交通基础设施建设实施方案</p><p>一、重点项目</p><p>附件</p><p>重点项目表</p><table border="1">' +
      '<tr><td rowspan="2">序号</td><td rowspan="2">项目名称</td><td rowspan="2">总投资（亿元）</td><td colspan="2">分年度投资计划（亿元）</td></tr><tr><td>2024年</td><td>2025年</td></tr>' +
      '<tr><td>1</td><td>快速路南延工程</td><td>68</td><td>20</td><td>25</td></tr></table></body></html>';
    const doc = await parseNotice(html, { format: 'html' });
    expect(figures(doc)).toEqual([['快速路南延工程', '亿元', { 2024: 20, 2025: 25, '总投资（亿元）': 68 }]]);
  });

  it('should read the label\'s unit in a two-line tab-separated header and a Markdown header that lost the span', async () => {
    const tab = await parseNotice(notice('序号\t指标\t年度目标（亿元）\t', '\t\t2023年\t2024年', '1\t数字贸易进出口额\t900\t1050', '2\t数字服务出口额\t320\t380'));
    expect(figures(tab)).toEqual(TWO);
    const md = await parseNotice(
      notice('| 序号 | 指标 | 年度目标（单位：亿元） | |', '| --- | --- | --- | --- |', '| | | 2023年 | 2024年 |', '| 1 | 数字贸易进出口额 | 900 | 1050 |', '| 2 | 数字服务出口额 | 320 | 380 |'),
      { format: 'markdown' },
    );
    expect(figures(md)).toEqual(TWO);
  });

  it('should read the unit of a label dropped from a flattened two-row header, one label or two', async () => {
    const one = await parseNotice(notice(flat(['序号', '指标', '年度目标（亿元）', '2023年', '2024年', '1', '数字贸易进出口额', '900', '1050', '2', '数字服务出口额', '320', '380'])));
    expect(figures(one)).toEqual(TWO);
    const two = await parseNotice(notice(flat(['序号', '指标', '基期值', '目标值（亿元）', '2022年', '2023年', '2024年', '1', '数字贸易进出口额', '800', '900', '1050', '2', '数字服务出口额', '300', '320', '380'])));
    expect(two.annexes[0]!.table!.columns).toEqual(['序号', '指标', '2022年', '2023年', '2024年']);
    expect(figures(two)).toEqual([
      ['数字贸易进出口额', '亿元', { 2022: 800, 2023: 900, 2024: 1050 }],
      ['数字服务出口额', '亿元', { 2022: 300, 2023: 320, 2024: 380 }],
    ]);
  });

  it('should take no unit from a label whose bracket is a note, nor put it over the row\'s own unit', async () => {
    const note = await parseNotice(notice(flat(['序号', '指标', '年度目标（预期）', '2023年', '2024年', '1', '企业数量（家）', '240', '270', '2', '专利', '45', '52'])));
    expect(note.annexes[0]!.table!.rows.map((r) => r.unit)).toEqual(['家', null]);
    const own = await parseNotice(notice('| 序号 | 指标 | 单位 | 年度目标（亿元） | |', '| --- | --- | --- | --- | --- |', '| | | | 2023年 | 2024年 |', '| 1 | 数字企业数量 | 家 | 240 | 270 |'), { format: 'markdown' });
    expect(own.annexes[0]!.table!.rows.map((r) => r.unit)).toEqual(['家']);
  });
});


describe('a project list whose 建设内容 is short', () => {
  const head = ['某区城市更新行动实施方案', '', '一、重点任务', '', '（一）推进老旧小区改造。完善小区基础设施。（责任单位：区住建局）', '', '附件', '', '某区城市更新重点项目清单', ''];
  const read = (doc: Awaited<ReturnType<typeof parseNotice>>) => {
    const table = doc.annexes[0]!.table!;
    return [table.kind, table.rows.map((r) => [r.values, r.cells]), doc.diagnostics.filter((d) => d.ruleId === 'annex-value-unreadable')];
  };
  const expected = [
    'text',
    [
      [{}, ['1', '万寿桥片区老旧小区改造', '改造小区8个', '12000', '区住建局']],
      [{}, ['2', '宝塔河片区设备更新', '购置设备200台（套）', '18000', '区住建局']],
    ],
    [],
  ];

  it('should read a tab-separated list whose 建设内容 counts what it builds (改造小区8个) as a table of text', async () => {
    const doc = await parseNotice(
      [...head, '序号\t项目名称\t建设内容\t总投资（万元）\t责任单位', '1\t万寿桥片区老旧小区改造\t改造小区8个\t12000\t区住建局', '2\t宝塔河片区设备更新\t购置设备200台（套）\t18000\t区住建局', ''].join('\n'),
    );
    expect(read(doc)).toEqual(expected);
  });

  it('should read an HTML list with a 合计 row spanning its first columns as a table of text too', async () => {
    const html =
      '<html><body><p>某区城市更新行动实施方案</p><p>一、重点任务</p><p>（一）推进老旧小区改造。（责任单位：区住建局）</p><p>附件</p><p>某区城市更新重点项目清单</p><table border="1">' +
      '<tr><td>序号</td><td>项目名称</td><td>建设内容</td><td>总投资（万元）</td><td>责任单位</td></tr>' +
      '<tr><td>1</td><td>万寿桥片区老旧小区改造</td><td>改造小区8个</td><td>12000</td><td>区住建局</td></tr>' +
      '<tr><td>2</td><td>宝塔河片区设备更新</td><td>购置设备200台（套）</td><td>18000</td><td>区住建局</td></tr>' +
      '<tr><td colspan="3">合计</td><td>30000</td><td></td></tr></table></body></html>';
    const doc = await parseNotice(html, { format: 'html' });
    const [kind, rows, warnings] = read(doc) as [string, unknown[], unknown[]];
    expect([kind, rows.slice(0, 2), warnings]).toEqual(expected);
  });

  it.each([
    ['tab-separated lines', ['序号\t项目名称\t建设内容\t总投资（万元）\t责任单位', '1\t万寿桥片区老旧小区改造\t改造小区8个\t12000\t区住建局', '2\t宝塔河片区设备更新\t购置设备200台（套）\t18000\t区住建局', '合计\t—\t—\t30000\t—']],
    ['cells flattened one a line', [flat(['序号', '项目名称', '建设内容', '总投资（万元）', '责任单位', '1', '万寿桥片区老旧小区改造', '改造小区8个', '12000', '区住建局', '2', '宝塔河片区设备更新', '购置设备200台（套）', '18000', '区住建局', '合计', '—', '—', '30000', '—'])]],
    ['full-width hyphens and a spaced 合 计', ['序号\t项目名称\t建设内容\t总投资（万元）\t责任单位', '1\t万寿桥片区老旧小区改造\t改造小区8个\t12000\t区住建局', '2\t宝塔河片区设备更新\t购置设备200台（套）\t18000\t区住建局', '合 计\t－\t－\t30000\t／']],
  ])('should not take the dashes of a 合计 row (合计 | — | — | 30000) as figures in 建设内容 (%s)', async (_, lines) => {
    const doc = await parseNotice([...head, ...lines, ''].join('\n'));
    const [kind, rows, warnings] = read(doc) as [string, unknown[], unknown[]];
    expect([kind, rows.slice(0, 2), warnings]).toEqual(expected);
  });

  it('should read a list whose 建设内容 holds words without figures (道路改造) as a table of text by its header', async () => {
    const doc = await parseNotice(
      [...head, '序号\t项目名称\t建设内容\t总投资（万元）\t责任单位', '1\t万寿桥片区老旧小区改造\t道路改造\t12000\t区住建局', '2\t宝塔河片区设备更新\t设备更新\t18000\t区住建局', ''].join('\n'),
    );
    expect(doc.annexes[0]!.table!.kind).toBe('text');
  });
});
