import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const parse = (lines: string[]) => parseNotice(['某区工作方案', '', '一、主要目标', '', ...lines].join('\n'), { format: 'text' });

describe('tables flattened into the text of a plan', () => {
  it('should read the cells after a caption as a table, the caption no paragraph of the item, and leave the text after it to the item', async () => {
    const doc = await parse(['表1 主要指标', '序号', '指标', '2025年', '1', '新建基站（个）', '200', '2', '培育企业（家）', '30', '以上指标由各部门分解落实。']);
    expect(doc.tables!.map((t) => [t.caption, t.table.columns, t.table.rows.map((r) => r.cells)])).toEqual([
      ['表1 主要指标', ['序号', '指标', '2025年'], [['1', '新建基站（个）', '200'], ['2', '培育企业（家）', '30']]],
    ]);
    expect(doc.outline[0]!.paragraphs.map((p) => p.text)).toEqual(['主要目标', '以上指标由各部门分解落实。']);
    expect(doc.unparsed).toEqual([]);
  });

  it.each(['包村领导', '包保领导'])('should read a task table flattened under a heading with a %s column, the leader kept in the contacts', async (leader) => {
    const doc = await parseNotice(
      ['某镇2024年安全生产工作要点', '', '一、重点工作', '序号', '工作内容', '责任单位', leader, '完成时限',
        '1', '开展燃气安全专项排查', '应急管理中心、各村（社区）', '王某', '2024年6月底',
        '2', '整治电动自行车停放充电隐患', '平安办、综合行政执法队', '李某', '2024年9月底',
        '二、工作要求', '各单位要严格落实责任。'].join('\n'),
      { format: 'text' },
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.lead, t.deadline, t.contacts])).toEqual([
      ['1', '开展燃气安全专项排查', ['应急管理中心', '各村（社区）'], '2024年6月底', [`${leader}：王某`]],
      ['2', '整治电动自行车停放充电隐患', ['平安办', '综合行政执法队'], '2024年9月底', [`${leader}：李某`]],
    ]);
    expect(doc.outline[0]!.paragraphs.map((p) => p.text)).toEqual(['重点工作']);
  });

  it('should not read short lines as a table without a caption before them', async () => {
    const doc = await parse(['序号', '指标', '2025年', '1', '新建基站（个）', '200']);
    expect(doc.tables).toBeUndefined();
  });

  it('should not read a caption followed by prose as a table', async () => {
    const doc = await parse(['表1 主要指标', '各项指标见下文说明，由各部门分解落实。']);
    expect(doc.tables).toBeUndefined();
  });

  const GROUPED = ['表1 重点任务分解表', '序号', '重点任务', '牵头单位', '一、面向企业', '1', '企业开办', '区市场监管局', '2', '企业注销', '区税务局', '二、面向个人', '3', '新生儿出生', '区卫生健康委'];

  it('should keep a group line between rows of the same shape as a row spanning the table, not a heading', async () => {
    const doc = await parse(GROUPED);
    expect(doc.tables!.map((t) => t.table.rows.map((r) => r.cells))).toEqual([
      [
        ['一、面向企业', '', ''],
        ['1', '企业开办', '区市场监管局'],
        ['2', '企业注销', '区税务局'],
        ['二、面向个人', '', ''],
        ['3', '新生儿出生', '区卫生健康委'],
      ],
    ]);
    expect(doc.outline.map((n) => n.label)).toEqual(['一、']);
    expect(doc.unparsed).toEqual([]);
  });

  it('should take the rows under a group line numbered from 1 again', async () => {
    const doc = await parse(GROUPED.map((t, k) => (k === 12 ? '1' : t)));
    expect(doc.tables![0]!.table.rows.map((r) => r.cells[0])).toEqual(['一、面向企业', '1', '2', '二、面向个人', '1']);
  });

  const PLAIN = ['表1 重点任务分解表', '序号', '重点任务', '牵头单位', '完成时限', '营商环境', '1', '企业开办', '区市场监管局', '2024年6月', '2', '企业注销', '区税务局', '2024年9月', '民生服务', '3', '新生儿出生', '区卫生健康委', '2024年12月'];

  it('should read unnumbered group lines (营商环境) between rows of the header\'s width as rows spanning the table', async () => {
    const doc = await parse(PLAIN);
    expect(doc.tables!.map((t) => [t.table.columns, t.table.rows.map((r) => r.cells[0])])).toEqual([
      [['序号', '重点任务', '牵头单位', '完成时限'], ['营商环境', '1', '2', '民生服务', '3']],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it('should take the rows under an unnumbered group line numbered from 1 again', async () => {
    const doc = await parse(PLAIN.map((t, k) => (k === 15 ? '1' : t)));
    expect(doc.tables![0]!.table.rows.map((r) => r.cells[1])).toEqual(['', '企业开办', '企业注销', '', '新生儿出生']);
    expect(doc.tables![0]!.table.rows.map((r) => r.cells[0])).toEqual(['营商环境', '1', '2', '民生服务', '1']);
  });

  it.each([
    ['when the first row is not under one', [...PLAIN.slice(0, 5), ...PLAIN.slice(6)], ['1', '2', '3']],
    ['after a row one cell short', [...PLAIN.slice(0, 12), '2024年9月', '民生服务', ...PLAIN.slice(15)], ['营商环境', '1', '2', '3']],
    ['when it names a unit', [...PLAIN.slice(0, 14), '区发展改革委', ...PLAIN.slice(15)], ['1', '2', '3']],
    ['when it says when (持续推进)', [...PLAIN.slice(0, 14), '持续推进', ...PLAIN.slice(15)], ['1', '2', '3']],
  ])('should not read a plain line between rows as a group %s', async (_what, lines, firstCells) => {
    const doc = await parse(lines);
    expect(doc.tables![0]!.table.rows.map((r) => r.cells[0])).toEqual(firstCells);
  });

  it.each([
    ['the next part of the plan after the last row', [...GROUPED.slice(0, 11), '二、保障措施', '各单位要加强组织领导。'], '二、'],
    ['a heading after the last row followed by a figure', [...GROUPED.slice(0, 11), '二、工作要求', '3', '个'], '二、'],
    ['a group line after a row one cell short', [...GROUPED.slice(0, 10), '二、面向个人', '3', '新生儿出生', '区卫生健康委'], '二、'],
  ])('should end the table at a heading that heads no rows of its shape: %s', async (_what, lines, label) => {
    const doc = await parse(lines);
    expect(doc.tables![0]!.table.rows.map((r) => r.cells[0])).toEqual(['一、面向企业', '1', '2']);
    expect(doc.outline.map((n) => n.label)).toEqual(['一、', label]);
  });

  it('should give the caption over an HTML table after the last item to the table alone, not to the item\'s text', async () => {
    const doc = await parseNotice(
      '<html><body><p>某区攻坚行动方案</p><p>一、重点任务</p><p>重点任务详见任务清单。</p><p>二、工作要求</p><p>（一）强化督查考核。区政府督查室定期通报进展。</p>' +
        '<p><b>某区攻坚行动任务清单</b></p><table><tr><td>序号</td><td>具体措施</td><td>牵头单位</td></tr><tr><td>1</td><td>企业开办全程网办。</td><td>区市场监管局</td></tr></table></body></html>',
      { format: 'html' },
    );
    expect(doc.tables!.map((t) => [t.caption, t.path])).toEqual([['某区攻坚行动任务清单', ['二、', '（一）']]]);
    expect(doc.outline[1]!.children[0]!.text).toBe('强化督查考核。区政府督查室定期通报进展。');
    expect(doc.unparsed).toEqual([]);
  });

  it('should read a 单位：万元 line between a caption and its table as the table\'s unit, the caption still the table\'s', async () => {
    const doc = await parseNotice(
      [
        '# 某县2024年重大项目建设实施方案', '', '## 一、工作目标', '', '全年完成投资50亿元。', '', '## 二、重点项目', '', '按计划推进以下项目。', '',
        '表1　重点项目清单', '', '单位：万元', '',
        '| 序号 | 项目名称 | 建设内容 | 总投资 | 责任单位 |', '| --- | --- | --- | --- | --- |', '| 1 | 城东污水处理厂扩建 | 新增处理规模2万吨/日 | 8600 | 县住建局 |',
        '', '## 三、保障措施', '', '加强资金保障。',
      ].join('\n'),
      { format: 'markdown' },
    );
    expect(doc.tables!.map((t) => [t.caption, t.path, t.table.kind, t.table.unit])).toEqual([['表1　重点项目清单', ['二、'], 'text', '万元']]);
    expect(doc.outline[1]!.paragraphs.map((p) => p.text)).toEqual(['重点项目', '按计划推进以下项目。']);
  });

  const HEADER = '<tr><td>序号</td><td>具体措施</td><td>牵头单位</td></tr>';
  const split = (between: string, second: string) =>
    parseNotice(
      `<html><body><p align="center">某区工作方案</p><p>一、重点任务</p><p>表1 重点任务分解表</p>` +
        `<table border="1">${HEADER}<tr><td colspan="3">一、精准招商</td></tr><tr><td>1</td><td>引进重大项目</td><td>区投资促进局</td></tr></table>` +
        `${between}<table border="1">${HEADER}${second}</table></body></html>`,
      { format: 'html' },
    );

  it('should read a table continued in a second table under its header repeated, the numbers going on, as one table', async () => {
    const doc = await split('', '<tr><td>2</td><td>开展专题招商</td><td>区商务局</td></tr>');
    expect(doc.tables!.map((t) => [t.caption, t.table.rows.map((r) => r.cells[0])])).toEqual([['表1 重点任务分解表', ['一、精准招商', '1', '2']]]);
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number])).toEqual([
      ['1', '一'],
      ['2', '一'],
    ]);
  });

  it.each([
    ['whose numbers start again', '', '<tr><td>1</td><td>开展专题招商</td><td>区商务局</td></tr>'],
    ['with a caption of its own', '<p>表2 年度工作安排</p>', '<tr><td>2</td><td>开展专题招商</td><td>区商务局</td></tr>'],
    ['after text between the two', '<p>各单位要按月报送进展。</p>', '<tr><td>2</td><td>开展专题招商</td><td>区商务局</td></tr>'],
  ])('should keep a second table under the same header %s a table of its own', async (_, between, second) => {
    const doc = await split(between, second);
    expect(doc.tables!.map((t) => t.table.rows.length)).toEqual([2, 1]);
  });
});

describe('tables flattened without a serial column', () => {
  const WATER = ['到2025年，水环境质量稳步提升，主要指标如下：', '表1 主要指标', '指标', '单位', '2020年（基期）', '2025年（目标）', '属性', '地表水优良水体比例', '%', '80', '85', '约束性', '城市污水处理率', '%', '95.5', '98', '预期性'];

  it('should read the rows by the header\'s width and their shape, and give a goal a row under the target year', async () => {
    const doc = await parse(WATER);
    expect(doc.tables!.map((t) => [t.table.columns, t.table.rows.map((r) => [r.number, r.indicator, r.unit, r.values])])).toEqual([
      [
        ['指标', '单位', '2020年（基期）', '2025年（目标）', '属性'],
        [
          ['', '地表水优良水体比例', '%', { 2020: 80, 2025: 85 }],
          ['', '城市污水处理率', '%', { 2020: 95.5, 2025: 98 }],
        ],
      ],
    ]);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['地表水优良水体比例', 85, '%', 2025],
      ['城市污水处理率', 98, '%', 2025],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('should take the header as wide as makes the rows fit, however its columns are named', async () => {
    const doc = await parse(['表1 主要指标', '指标', '2020年', '2025年', '较2020年变化', '新建基站（个）', '120', '300', '增加180', '培育企业（家）', '30', '50', '增加20']);
    expect(doc.tables![0]!.table.columns).toEqual(['指标', '2020年', '2025年', '较2020年变化']);
    expect(doc.tables![0]!.table.rows.map((r) => r.cells[0])).toEqual(['新建基站（个）', '培育企业（家）']);
  });

  it('should read a table of text whose header is the names such tables give their columns', async () => {
    const doc = await parse(['表1 重点项目表', '项目名称', '牵头单位', '完成时限', '建设智慧停车平台', '区城管局', '2024年底', '改造老旧管网', '区住房城乡建设局', '2025年6月']);
    expect(doc.tables!.map((t) => [t.table.kind, t.table.rows.map((r) => r.cells)])).toEqual([
      ['text', [['建设智慧停车平台', '区城管局', '2024年底'], ['改造老旧管网', '区住房城乡建设局', '2025年6月']]],
    ]);
  });

  it('should say so when the lines after a caption look like a table but do not read as one', async () => {
    const doc = await parse(['表1 主要指标', '指标', '现状', '规划', '新建基站', '100', '200', '培育企业', '30', '50']);
    expect(doc.tables).toBeUndefined();
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['flat-table-unread', 'warning', 5]]);
  });

  it('should say so when lines after the rows read fill no row of the table', async () => {
    const doc = await parse(WATER.slice(0, -1));
    expect(doc.tables![0]!.table.rows.map((r) => r.indicator)).toEqual(['地表水优良水体比例']);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['flat-table-unread', 17]]);
  });

  it('should not warn after a table about a sentence that follows it', async () => {
    const doc = await parse([...WATER, '以上指标由各部门分解落实。']);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('column names and indicator kinds in flattened tables', () => {
  it('should keep a last header cell 属性 and the cells 预期性/约束性 as cells, no group lines between the rows', async () => {
    const doc = await parse(['表1 主要指标', '序号', '指标', '单位', '2025年', '属性', '1', '新建基站', '个', '300', '预期性', '2', '森林覆盖率', '%', '40', '约束性']);
    expect(doc.tables![0]!.table.columns).toEqual(['序号', '指标', '单位', '2025年', '属性']);
    expect(doc.tables![0]!.table.rows.map((r) => r.cells)).toEqual([
      ['1', '新建基站', '个', '300', '预期性'],
      ['2', '森林覆盖率', '%', '40', '约束性'],
    ]);
  });
});

describe('goals over the plan\'s period in a table', () => {
  const TABLE = ['到2025年，主要指标如下：', '表1 主要指标', '序号', '指标', '单位', '2020年', '2025年', '年均增长〔累计〕', '属性'];
  const row = (n: number, cells: string[]): string[] => [String(n), ...cells];

  it('should read a cumulative figure under 年均增长〔累计〕 as the goal of a row with no figure for the target year, and — as no figure anywhere', async () => {
    const doc = await parse([...TABLE, ...row(1, ['地区生产总值', '亿元', '500', '700', '7%', '预期性']), ...row(2, ['单位地区生产总值能耗降低', '%', '—', '—', '〔14〕', '约束性']), ...row(3, ['森林覆盖率', '%', '38', '40', '—', '约束性'])]);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.qualifier, g.year, g.relative])).toEqual([
      ['地区生产总值', 700, '亿元', undefined, 2025, undefined],
      ['单位地区生产总值能耗降低', 14, '%', '累计', 2025, 'change'],
      ['森林覆盖率', 40, '%', undefined, 2025, undefined],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('should read the figures under 现状值 and 目标值 as values, and the 目标值 as the goal with the lead-in\'s year', async () => {
    const doc = await parse(['到2025年，主要目标如下：', '表1 主要目标', '指标', '单位', '现状值', '目标值', '属性', '森林覆盖率', '%', '38', '≥40', '约束性', '城市污水处理率', '%', '95', '98%以上', '预期性']);
    expect(doc.tables![0]!.table.rows.map((r) => r.values)).toEqual([{ 现状值: 38, 目标值: 40 }, { 现状值: 95, 目标值: 98 }]);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.qualifier, g.comparison, g.year])).toEqual([
      ['森林覆盖率', 40, '%', '≥', 'at-least', 2025],
      ['城市污水处理率', 98, '%', '以上', 'at-least', 2025],
    ]);
  });

  it('should read a plain figure under 年均增长 in such a row as a yearly change of the indicator, in %', async () => {
    const doc = await parse([...TABLE, ...row(1, ['规模以上工业增加值', '亿元', '—', '—', '8', '预期性'])]);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year, g.relative])).toEqual([['规模以上工业增加值年均增长', 8, '%', 2025, 'change']]);
  });
});

describe('goal tables flattened without a caption after a lead-in', () => {
  const HEADER = ['到2025年，主要指标如下：', '序号', '指标', '单位', '2022年', '2025年'];
  const ROWS = ['1', '数字经济核心产业增加值', '亿元', '80', '120', '2', '规上软件企业', '家', '30', '50'];

  it('should read the lines from 序号 after `主要指标如下：` as a table when they are a goal table\'s column names, a goal a row', async () => {
    const doc = await parse([...HEADER, ...ROWS]);
    expect(doc.tables!.map((t) => [t.caption, t.path, t.table.columns, t.table.rows.map((r) => r.cells)])).toEqual([
      [null, ['一、'], ['序号', '指标', '单位', '2022年', '2025年'], [['1', '数字经济核心产业增加值', '亿元', '80', '120'], ['2', '规上软件企业', '家', '30', '50']]],
    ]);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['数字经济核心产业增加值', 120, '亿元', 2025],
      ['规上软件企业', 50, '家', 2025],
    ]);
    expect(doc.outline[0]!.paragraphs.map((p) => p.text)).toEqual(['主要目标', '到2025年，主要指标如下：']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('should read such a table under a `指标名称（单位）` header, each row\'s unit from its name\'s brackets, and give the heading no clause', async () => {
    const doc = await parseNotice(
      ['某县2024年优化营商环境工作要点', '', '一、工作目标', '', '2024年主要指标如下：', '', '序号', '指标名称（单位）', '2024年目标值',
        '1', '企业开办时间（个工作日）', '0.5', '2', '涉企信用修复办结时间（个工作日）', '3', '',
        '二、重点任务', '', '（一）深化商事制度改革。推进企业开办全程网办。（牵头单位：县市场监管局）'].join('\n'),
      { format: 'text' },
    );
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['企业开办时间', 0.5, '个工作日', 2024],
      ['涉企信用修复办结时间', 3, '个工作日', 2024],
    ]);
    expect(doc.plan!.tasks.map((t) => [t.title, t.lead])).toEqual([['深化商事制度改革', ['县市场监管局']]]);
    expect(doc.outline[0]!.responsibility).toBeNull();
    expect(doc.diagnostics).toEqual([]);
  });

  it('should read a lead-in and header in traditional characters and full-width figures alike', async () => {
    const doc = await parse(['到２０２５年，主要指標如下：', '序號', '指標', '單位', '２０２２年', '２０２５年', '1', '數字經濟核心產業增加值', '億元', '80', '120']);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([['數字經濟核心產業增加值', 120, '億元', 2025]]);
  });

  it('should not read the same lines as a table without the lead-in, nor after it when a column is no goal table\'s', async () => {
    expect((await parse(HEADER.slice(1).concat(ROWS))).tables).toBeUndefined();
    const doc = await parse(['主要企业如下：', '序号', '企业名称', '地址', '2025年', '1', '某科技公司', '某街道', '120']);
    expect(doc.tables).toBeUndefined();
    expect(doc.diagnostics).toEqual([]);
  });

  it('should say so when the lines under such a header give no table', async () => {
    const doc = await parse([...HEADER, '1', '2', '增加值', '亿元', '120']);
    expect(doc.tables).toBeUndefined();
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['flat-table-unread', 'warning', 6]]);
    expect(doc.diagnostics[0]!.message).toContain('goal table');
  });

  it('should read such a table without a 序号 column, its header opening with 指标, one cell per line', async () => {
    const doc = await parse(['到2025年，主要指标如下：', '指标', '单位', '2025年', '规上工业增加值能耗下降', '%', '15', '城市污水处理率', '%', '97', '二、重点任务']);
    expect(doc.tables!.map((t) => [t.caption, t.path, t.table.columns, t.table.rows.map((r) => r.cells)])).toEqual([
      [null, ['一、'], ['指标', '单位', '2025年'], [['规上工业增加值能耗下降', '%', '15'], ['城市污水处理率', '%', '97']]],
    ]);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['规上工业增加值能耗下降', 15, '%', 2025],
      ['城市污水处理率', 97, '%', 2025],
    ]);
    expect(doc.outline[0]!.paragraphs.map((p) => p.text)).toEqual(['主要目标', '到2025年，主要指标如下：']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('should read it with a blank line between cells, under 指标名称 with a base year and a 属性 column', async () => {
    const lines = ['到2025年，主要指标如下：', '指标名称', '单位', '2020年', '2025年', '属性', '城市污水处理率', '%', '95', '97', '预期性', '新增节能环保装备', '台套', '—', '5000', '约束性'];
    const doc = await parseNotice(['某区工作方案', '一、主要目标', ...lines].join('\n\n'), { format: 'text' });
    expect(doc.tables!.map((t) => t.table.columns)).toEqual([['指标名称', '单位', '2020年', '2025年', '属性']]);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['城市污水处理率', 97, '%', 2025],
      ['新增节能环保装备', 5000, '台套', 2025],
    ]);
  });

  it('should not read a run opening with 指标 as a table without the lead-in, nor one whose columns are no goal table\'s', async () => {
    expect((await parse(['指标', '单位', '2025年', '城市污水处理率', '%', '97'])).tables).toBeUndefined();
    const doc = await parse(['主要企业如下：', '指标', '地址', '2025年', '某科技公司', '某街道', '120']);
    expect(doc.tables).toBeUndefined();
    expect(doc.diagnostics).toEqual([]);
  });

  it('should say so when the lines under such a header without 序号 give no table', async () => {
    const doc = await parse(['到2025年，主要指标如下：', '指标', '单位', '2025年', '规上工业增加值能耗下降', '城市污水处理率', '%', '%', '15', '97']);
    expect(doc.tables).toBeUndefined();
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['flat-table-unread', 'warning', 6]]);
    expect(doc.diagnostics[0]!.message).toContain('goal table');
  });
});

describe('a table whose merged first row is a sentence', () => {
  const page = (first: string) => `<html><head><meta charset="utf-8"></head><body>
<h2>某区促进数字经济发展三年行动计划（2023—2025年）</h2>
<p>一、重点任务</p>
<p>（一）加快数字基础设施建设。（责任单位：区工信局）</p>
<table border="1"><tr><td colspan="3">${first}</td></tr><tr><td>序号</td><td>项目名称</td><td>建设内容</td></tr><tr><td>1</td><td>青山数据中心</td><td>建设机架1000个</td></tr></table>
<p>二、保障措施</p>
<p>（一）加强组织领导。</p>
</body></html>`;

  it.each(['专栏1所列项目由区发改委统筹。', '以下项目由区发改委统筹推进；', '專欄1所列項目由區發改委統籌。'])(
    'should keep the row %s as the table\'s note, the row under it its header',
    async (sentence) => {
      const doc = await parseNotice(page(sentence), { format: 'html' });
      expect(doc.tables!.map((t) => [t.caption, t.table.caption, t.table.columns, t.table.notes?.map((n) => n.text), t.table.rows.map((r) => r.cells)])).toEqual([
        [null, undefined, ['序号', '项目名称', '建设内容'], [sentence], [['1', '青山数据中心', '建设机架1000个']]],
      ]);
      expect(doc.plan!.boxes).toBeUndefined();
    },
  );

  it('should still read a title in that row, with no stop, as the table\'s caption, no note', async () => {
    const doc = await parseNotice(page('2023年重点项目表'), { format: 'html' });
    expect(doc.tables!.map((t) => [t.caption, t.table.columns, t.table.notes])).toEqual([['2023年重点项目表', ['序号', '项目名称', '建设内容'], undefined]]);
  });
});
