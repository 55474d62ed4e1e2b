import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../src/parse/parse-notice.js';
import { validateDocument } from '../../../src/validate/validate.js';
import { BASE_NOTICE, htmlFindings, messages, ruleTable, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'annex-totals';

/**
 * The base notice (a plan of 2023—2025) with its annex replaced by the table of `columns` and `rows`,
 * tab-separated: the header at line 40, the rows from line 41.
 */
const annex = (columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string => {
  const head = BASE_NOTICE.split('\n').slice(0, 35);
  return [...head, '附件', '', '重点指标年度分解表', '', columns.join('\t'), ...rows.map((r) => r.join('\t')), ''].join('\n');
};

/**
 * The base notice with a 重点项目表 (a project list: 建设内容 makes it a table of text) after its tasks
 * in the plan's text, under 三、重点项目 (line 36) and its caption (line 38): the header at line 40,
 * the rows from line 41, tab-separated, or in Markdown (`markdown`: the rows from line 42).
 */
const bodyTable = (rows: ReadonlyArray<readonly string[]>, columns: readonly string[] = PROJECT_LIST, markdown = false): string => {
  const head = BASE_NOTICE.split('\n').slice(0, 35);
  const line = (cells: readonly string[]): string => (markdown ? `| ${cells.join(' | ')} |` : cells.join('\t'));
  return [...head, '三、重点项目', '', '表1 重点项目表', '', line(columns), ...(markdown ? [line(columns.map(() => '---'))] : []), ...rows.map(line), ''].join('\n');
};

/** The same list as an annex flattened one cell per line: the header from line 40, a cell a line. */
const annexFlattened = (rows: ReadonlyArray<readonly string[]>): string => {
  const head = BASE_NOTICE.split('\n').slice(0, 35);
  return [...head, '附件', '', '重点项目表', '', ...PROJECT_LIST, ...rows.flat(), ''].join('\n');
};

const PROJECT_LIST = ['序号', '项目名称', '建设内容', '总投资（万元）', '2024年投资', '2025年投资'];
const PROJECT_ROWS = [
  ['1', '算力中心项目', '新建机房一座', '500', '200', '300'],
  ['2', '基站建设项目', '新建5G基站100个', '300', '100', '200'],
  ['3', '数据平台项目', '建设数据平台', '200', '80', '120'],
];

const YEARS = ['序号', '指标', '单位', '2023年', '2024年', '2025年', '合计'];
const PROJECTS = ['序号', '项目名称', '责任单位', '2024年', '2025年', '合计'];
const INVESTMENT = ['序号', '项目名称', '投资（万元）'];

const valid: ValidCase[] = [
  ['the base notice’s table, which has no totals', BASE_NOTICE],
  ['a 合计 column that adds up, decimals too', annex(YEARS, [['1', '改造城镇老旧小区', '个', '30', '40', '50', '120'], ['2', '惠及居民', '万户', '0.6', '0.8', '1.0', '2.4']])],
  ['a total of rounded figures that is off by their rounding (1.24 ×3 printed 1.2, total 3.7)', annex(YEARS, [['1', '新增绿道', '公里', '1.2', '1.2', '1.2', '3.7']])],
  ['a total written with 以上 or 约, and a figure written with 约', annex(YEARS, [['1', '培训人次', '人次', '100', '200', '300', '1000以上'], ['2', '新增就业', '万人', '约1', '1', '1', '约3']])],
  ['a rate, a share in %, an average and a running total (累计), which add to no total', annex(YEARS, [
    ['1', '城镇老旧小区改造完成率', '%', '50', '60', '70', '70'],
    ['2', '居民满意度', '%', '90', '92', '95', '95'],
    ['3', '人均公园绿地面积', '平方米', '14', '15', '16', '16'],
    ['4', '公共充电桩（累计）', '个', '1000', '2000', '3000', '3000'],
  ])],
  ['a base year before the plan’s period, unmarked, left out of the 合计', annex(['序号', '指标', '单位', '2022年', '2023年', '2024年', '2025年', '合计'], [['1', '改造城镇老旧小区', '个', '20', '30', '40', '50', '120']])],
  ['a base year marked as one (基期) left out of the 合计', annex(['序号', '指标', '单位', '基期值（2022年）', '2023年', '2024年', '2025年', '合计'], [['1', '改造城镇老旧小区', '个', '20', '30', '40', '50', '120']])],
  ['a 合计 column before the years', annex(['序号', '指标', '单位', '合计', '2023年', '2024年', '2025年'], [['1', '改造城镇老旧小区', '个', '120', '30', '40', '50']])],
  ['a 合计 row and a 合计 column that add up', annex(PROJECTS, [['1', '甲项目', '区住建局', '100', '200', '300'], ['2', '乙项目', '区交通局', '50', '60', '110'], ['合计', '', '', '150', '260', '410']])],
  ['a project list whose category rows carry their own sums, the 合计 adding one level', annex(INVESTMENT, [
    ['一', '交通项目', '300'], ['1', '甲项目', '100'], ['2', '乙项目', '200'], ['二', '水利项目', '50'], ['3', '丙项目', '50'], ['合计', '', '350'],
  ])],
  ['小计 rows and a 合计 over the same rows', annex(INVESTMENT, [
    ['1', '甲项目', '100'], ['2', '乙项目', '200'], ['小计', '', '300'], ['3', '丙项目', '50'], ['4', '丁项目', '60'], ['小计', '', '110'], ['合计', '', '410'],
  ])],
  ['a row broken down under another (其中：…), no part of the 合计', annex(YEARS, [
    ['1', '改造城镇老旧小区', '个', '30', '40', '50', '120'], ['', '其中：完整社区', '个', '10', '10', '10', '30'], ['2', '新建小区', '个', '30', '40', '50', '120'], ['合计', '', '个', '60', '80', '100', '240'],
  ])],
  ['a 合计 row under rows of different units, which add to nothing', annex(YEARS, [['1', '改造城镇老旧小区', '个', '30', '40', '50', '120'], ['2', '惠及居民', '万户', '0.6', '0.8', '1.0', '2.4'], ['合计', '', '', '31', '41', '51', '123']])],
  ['a dash for no figure among the parts, and figures grouped by commas', annex(PROJECTS, [['1', '甲项目', '区住建局', '1,200', '—', '1,200'], ['2', '乙项目', '区交通局', '800', '400', '1,200'], ['合计', '', '', '2,000', '400', '2,400']])],
  ['columns headed 其中 that break out part of the 合计', annex(['序号', '项目名称', '合计', '其中：中央资金', '其中：省级资金'], [['1', '老旧小区改造', '500', '200', '100']])],
  ['a project list in the plan’s text whose 合计 adds up', bodyTable([...PROJECT_ROWS, ['合计', '', '', '1000', '380', '620']])],
  ['a 合计 row over a column of shares and one of words, which add to nothing', bodyTable([
    ['1', '算力中心项目', '区科技局', '500', '50'], ['2', '基站建设项目', '区工信局', '500', '50'], ['合计', '', '各部门', '1000', '90'],
  ], ['序号', '项目名称', '责任单位', '总投资（万元）', '占比（%）'])],
];

const invalid: InvalidCase[] = [
  ['a 合计 row of a project list in the plan’s text (a table of text) that is not the sum of its rows, at the figure', bodyTable([...PROJECT_ROWS, ['合计', '', '', '1100', '380', '620']]), ['44:6 error']],
  // 合计 spans 序号, 项目名称 and 建设内容: its figures alone follow it, the wrong 1100 at line 65.
  ['a 合计 row of a flattened project list two cells short of its rows', annexFlattened([...PROJECT_ROWS, ['合计', '1100', '380', '620']]), ['65:1 error']],
  ['a 合计 column that is not the sum of the years (30+40+50, 合计 110), at its cell', annex(YEARS, [['1', '改造城镇老旧小区', '个', '30', '40', '50', '110']]), ['41:23 error']],
  ['a 合计 column before the years that is not their sum', annex(['序号', '指标', '单位', '合计', '2023年', '2024年', '2025年'], [['1', '改造城镇老旧小区', '个', '110', '30', '40', '50']]), ['41:14 error']],
  // The wrong 280 makes the corner (410) disagree with its row too: one finding, at the figure.
  ['a 合计 row whose figure is not the sum of the rows above, once', annex(PROJECTS, [['1', '甲项目', '区住建局', '100', '200', '300'], ['2', '乙项目', '区交通局', '50', '60', '110'], ['合计', '', '', '150', '280', '410']]), ['43:10 error']],
  // The 合计 adds the 小计s as written: the wrong one is reported, once.
  ['a 小计 that is not the sum of its rows', annex(INVESTMENT, [['1', '甲项目', '100'], ['2', '乙项目', '200'], ['小计', '', '310'], ['3', '丙项目', '50'], ['4', '丁项目', '60'], ['小计', '', '110'], ['合计', '', '420']]), ['43:5 error']],
  ['a 合计 that is neither the sum of its rows nor of its 小计s', annex(INVESTMENT, [['1', '甲项目', '100'], ['2', '乙项目', '200'], ['小计', '', '300'], ['3', '丙项目', '50'], ['4', '丁项目', '60'], ['小计', '', '110'], ['合计', '', '400']]), ['47:5 error']],
  ['columns headed 其中 that add to more than the 合计', annex(['序号', '项目名称', '合计', '其中：中央资金', '其中：省级资金'], [['1', '老旧小区改造', '500', '200', '100'], ['2', '管网改造', '300', '200', '200']]), ['42:8 error']],
];

describe('annex-totals', () => {
  ruleTable(RULE, valid, invalid);

  it('should say what the total is and what its figures sum to', async () => {
    expect(await messages(RULE, annex(YEARS, [['1', '改造城镇老旧小区', '个', '30', '40', '50', '110'], ['2', '惠及居民', '万户', '0.6', '0.8', '1.0', '2.8']]))).toEqual([
      'row 1 (改造城镇老旧小区): 合计 is 110, but 2023年, 2024年 and 2025年 sum to 120',
      'row 2 (惠及居民): 合计 is 2.8, but 2023年, 2024年 and 2025年 sum to 2.4',
    ]);
    expect(await messages(RULE, annex(INVESTMENT, [['1', '甲项目', '100'], ['2', '乙项目', '200'], ['3', '丙项目', '50'], ['合计', '', '360']]))).toEqual([
      '合计 row: 投资（万元） is 360, but the 3 rows it totals (rows 1 to 3) sum to 350',
    ]);
  });

  it('should sum one level of a list whose category rows carry their own sums, not categories and items both', async () => {
    const twoLevels = [['一', '水源工程', '3000'], ['1', '水厂扩建', '2000'], ['2', '取水工程', '1000'], ['二', '管网工程', '1500'], ['1', '主干管网', '1000'], ['2', '入户管网', '500']];
    expect(await messages(RULE, annex(INVESTMENT, [...twoLevels, ['合计', '', '4600']]))).toEqual([
      '合计 row: 投资（万元） is 4600, but the 2 rows it totals (rows 一 to 二) sum to 4500',
    ]);
    // A single category over its items: the items are the parts.
    const oneCategory = [['一', '水源工程', '3000'], ['1', '水厂扩建', '2000'], ['2', '取水工程', '1000']];
    expect(await messages(RULE, annex(INVESTMENT, [...oneCategory, ['合计', '', '3100']]))).toEqual([
      '合计 row: 投资（万元） is 3100, but the 2 rows it totals (rows 1 to 2) sum to 3000',
    ]);
  });

  it('should check a project list in the plan’s text written as a Markdown table', async () => {
    const check = async (total: string): Promise<string[]> => {
      const text = bodyTable([...PROJECT_ROWS, ['合计', '', '', total, '380', '620']], PROJECT_LIST, true);
      const doc = await parseNotice(text, { name: 'inline.md' });
      return validateDocument(doc, text).filter((d) => d.ruleId === RULE).map((d) => `${d.line}:${d.column} ${d.severity}`);
    };
    expect(await check('1000')).toEqual([]);
    // `| 合计 |  |  | ` (empty cells a space each side) is 13 characters: the figure at column 14 of line 45.
    expect(await check('1100')).toEqual(['45:14 error']);
  });

  it('should check a project list in the plan’s text read from an HTML table, its 合计 spanning three columns', async () => {
    const cells = (row: readonly string[]): string => row.map((c) => `<td>${c}</td>`).join('');
    const page = (total: string): string =>
      [
        '<html><head><meta charset="utf-8"><title>河西区数字经济行动方案</title></head><body>',
        '<p>河西区数字经济行动方案（2023—2025年）</p>',
        '<p>一、重点项目</p>',
        '<p>表1 重点项目表</p>',
        '<table>',
        `<tr>${cells(PROJECT_LIST)}</tr>`,
        ...PROJECT_ROWS.map((r) => `<tr>${cells(r)}</tr>`),
        `<tr><td colspan="3">合计</td><td>${total}</td><td>380</td><td>620</td></tr>`,
        '</table></body></html>',
      ].join('\n');
    expect(await htmlFindings(RULE, page('1000'))).toEqual([]);
    // <tr><td colspan="3">合计</td><td> is 31 characters: the figure at column 32 of line 10.
    expect(await htmlFindings(RULE, page('1100'))).toEqual(['10:32 error']);
  });

  it('should check the 合计 row of a table written a row per year, read turned, at that row', async () => {
    const text = annex(['年度', '改造城镇老旧小区（个）', '新增停车泊位（个）'], [['2023年', '20', '800'], ['2024年', '20', '1000'], ['2025年', '10', '1200'], ['合计', '40', '3000']]);
    expect(await messages(RULE, text)).toEqual(['row 改造城镇老旧小区: 合计 is 40, but 2023年, 2024年 and 2025年 sum to 50']);
  });
});
