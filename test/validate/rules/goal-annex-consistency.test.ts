import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../../src/source/load-source.js';
import { validateSource } from '../../../src/validate/validate.js';
import { BASE_NOTICE, findings, htmlFindings, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'goal-annex-consistency';
const goals = (sentence: string): string => withLines({ 24: sentence });

const valid: ValidCase[] = [
  ['a rate per a base (人/10万人) within the ceiling the row gives in the same unit', withLines({ 24: '到2025年末,全区火灾亡人率控制在0.2人/10万人以下。', 46: '火灾亡人率(人/10万人)', 47: '0.4', 48: '0.3', 49: '0.2' })],
  ['a target stated twice for the same year, both times as the annex gives it', goals('到2025年末,全区数字化车间达到30家以上。到2025年末,数字化车间达到30家。')],
  // The annex gives the firm figure; the stretch one beside it is the plan's hope, not its target.
  ['a firm target the annex gives beside a stretch one (力争) for the same year', goals('到2025年末,全区数字化车间达到30家,力争达到35家。')],
  ['a stretch target stated before the firm one the annex gives', goals('到2025年末,全区数字化车间力争达到35家。到2025年末,数字化车间达到30家。')],
  ['a goal within the range the annex gives for its year (115—125)', withLines({ 49: '115—125' })],
  ['a floor the range the annex gives reaches (110—125 against 120亿元以上)', withLines({ 24: '到2025年末,全区数字经济核心产业增加值达到120亿元以上,数字化车间达到30家。', 49: '110—125' })],
  ['a goal equal to the column headed 2025年（目标）', withLines({ 44: '2025年（目标）' })],
  // 全区数字经济核心产业增加值 ~ 数字经济核心产业增加值; 数字化车间 ~ 数字化车间数量.
  ['goals that equal the final-year values, matched loosely', BASE_NOTICE],
  ['a goal for an earlier year that equals that year’s column', goals('到2024年末,全区数字经济核心产业增加值达到110亿元。')],
  ['a near-namesake goal that must not take another goal’s row', goals('到2025年末,全区数字经济核心产业增加值达到120亿元,数字化车间达到30家,每万家企业中数字化车间达到3家。')],
  ['a figure in other units, which is another indicator', goals('到2025年末,全区数字经济核心产业增加值达到120亿元,数字化车间达到35个。')],
  ['goals for two years of one row, each equal to its year’s column', goals('到2025年末,全区数字经济核心产业增加值达到120亿元,数字化车间达到30家。到2024年末,数字化车间达到25家。')],
  ['a plan whose period starts a year after the annex’s base year', withLines({ 20: '河西区数字经济行动方案(2024—2025年)' })],
  // A table need not give every year of the period: the target year alone is common.
  ['an annex that gives only the target year', withLines({ 42: '2025年目标值', 43: '1', 44: '数字经济核心产业增加值(亿元)', 45: '120' }).split('\n').slice(0, 45).join('\n')],
  ['an annex that ends before the plan does', withLines({ 20: '河西区数字经济行动方案(2023—2026年)' })],
  // 翻一番 is a multiple of the base year, not the 120 of the row (whose unit is not written).
  ['a doubling beside a row of levels', withLines({ 24: '到2025年末,全区数字经济核心产业增加值较2022年翻一番。', 46: '数字经济核心产业增加值' })],
  // A change since 2022 adds up three years; the row gives each year's change.
  ['a change from a base year beside a row of yearly changes', withLines({ 24: '到2025年末,全区数字经济核心产业增加值比2022年增长33%。', 46: '数字经济核心产业增加值增长(%)', 47: '10', 48: '10', 49: '10' })],
  // A floor or a ceiling is met by any figure on its side of it, a range by any figure within it.
  ['an at-least goal the annex’s figure meets', goals('到2025年末,全区数字经济核心产业增加值达到115亿元以上,数字化车间不少于28家。')],
  ['an at-least goal written with a sign', goals('到2025年末,全区数字经济核心产业增加值≥120亿元。')],
  ['an at-most goal the annex’s figure keeps within', goals('到2025年末,全区数字经济核心产业增加值控制在125亿元以内。')],
  ['a range the annex’s figure lies in', goals('到2025年末,全区数字经济核心产业增加值达到110亿—130亿元。')],
  // 不超过, 不高于, 最高不超过, 控制在不超过 are ceilings, not floors.
  ['a ceiling written 不超过 the annex’s figure keeps within', goals('到2025年末,全区数字经济核心产业增加值不超过125亿元,数字化车间不高于32家。')],
  ['a ceiling written 最高不超过 or 控制在不超过 the annex’s figure keeps within', goals('到2025年末,全区数字经济核心产业增加值最高不超过125亿元,数字化车间控制在不超过30家。')],
  // 控制在 before a range holds the figure within it.
  ['a range after 控制在 the annex’s figure lies in', goals('到2025年末,全区数字经济核心产业增加值控制在115亿—125亿元。')],
  ['a range written as a ceiling (以内) the annex’s figure keeps under', goals('到2025年末,全区数字经济核心产业增加值控制在100亿—125亿元以内。')],
  // 由…提高到…: the level it starts from is no target.
  ['a target raised from a starting level (由2022年的…提高到…) equal to the annex', goals('到2025年末,全区数字经济核心产业增加值由2022年的90亿元提高到120亿元,数字化车间从20家增加到30家。')],
  // The unit written with its currency is the annex's unit.
  ['a goal in 亿元人民币 beside a row in 亿元', goals('到2025年末,全区数字经济核心产业增加值达到120亿元人民币。')],
  ['a change from a base year equal to a row measured from that year', withLines({ 24: '到2025年末,全区数字经济核心产业增加值比2022年增长33%。', 46: '数字经济核心产业增加值较2022年增长(%)', 47: '10', 48: '21', 49: '33' })],
  // A total over several years is no single year's figure of a row of yearly additions (8, 10, 12).
  ['a three-year total beside a row of yearly additions', withLines({ 24: '到2025年末,三年累计新增数字化车间30家。', 51: '新增数字化车间(家)', 52: '8', 53: '10', 54: '12' })],
  ['a 2023—2025 total beside a row of yearly additions', withLines({ 24: '到2025年末,全区数字经济核心产业增加值达到120亿元,2023—2025年累计新增数字化车间30家。', 51: '新增数字化车间(家)', 52: '8', 53: '10', 54: '12' })],
  ['additions by the end of the plan (到2025年末新建) beside a row of yearly additions', withLines({ 24: '到2025年末,新建数字化车间30家。', 51: '新建数字化车间(家)', 52: '8', 53: '10', 54: '12' })],
  ['a running total (累计建成) equal to the final year of a 累计 row', withLines({ 24: '到2025年末,全区累计建成数字化车间30家。', 51: '累计建成数字化车间(家)' })],
  ['a three-year total equal to the table’s total column', withLines({ 24: '到2025年末,三年累计新增数字化车间30家。', 44: '2025\n合计', 49: '120\n330', 51: '新增数字化车间(家)', 52: '8', 53: '10', 54: '12\n30' })],
  // In a one-year plan, the year's additions are the row's.
  ['work done over the plan (完成…改造) equal to the sum of a row of each year’s share', withLines({ 24: '到2025年末,完成数字化车间改造30家。', 51: '数字化车间改造(家)', 52: '10', 53: '10', 54: '10' })],
  ['work done over the plan equal to the final year of a row of levels', withLines({ 24: '到2025年末,完成数字化车间改造30家。', 51: '数字化车间改造(家)', 52: '20', 53: '25', 54: '30' })],
  // A row of yearly figures without 累计 or a total column may hold running totals or each year's additions.
  ['additions by the end of the plan (新建) equal to the final year of a row of running totals', withLines({ 24: '到2025年末,新建数字化车间30家。', 51: '新建数字化车间(家)', 52: '10', 53: '20', 54: '30' })],
  ['a three-year total equal to the final year of a row without 累计', withLines({ 24: '到2025年末,三年累计新增数字化车间30家。', 51: '新增数字化车间(家)', 52: '12', 53: '22', 54: '30' })],
  ['additions by the end of the plan beside a row that gives not every year of the plan', withLines({ 24: '到2025年末,新建数字化车间35家。', 51: '新建数字化车间(家)', 52: '8', 53: '-', 54: '12' })],
  ['additions in a one-year plan equal to the year’s column', withLines({ 20: '河西区数字经济行动方案(2025年)', 24: '到2025年末,新建数字化车间12家。', 51: '新建数字化车间(家)', 52: '8', 53: '10', 54: '12' })],
  // An area written 万㎡ in the text and 万平方米 in the annex is one unit.
  ['an area in 万㎡ beside a row in 万平方米', withLines({ 24: '到2025年末,全区公园绿地面积达到30万㎡。', 51: '公园绿地面积(万平方米)' })],
  ['an area in 万m2 beside a row in 万平方米', withLines({ 24: '到2025年末,全区公园绿地面积达到30万m2。', 51: '公园绿地面积(万平方米)' })],
  // 110余亿元 is more than 110: a floor the annex's 120 meets.
  ['a goal written with 余 below the annex’s figure', goals('到2025年末,全区数字经济核心产业增加值达到110余亿元。')],
  ['a goal with a thousands separator equal to the annex’s figure', withLines({ 24: '到2025年末,全区数字经济核心产业增加值达到1,200亿元。', 49: '1,200' })],
  ['additions over the period (2023—2025年，全区新建) equal to the sum of their row', withLines({ 24: '2023—2025年,全区新建数字化车间30家。', 51: '新建数字化车间(家)', 52: '8', 53: '10', 54: '12' })],
  ['an index without a unit the annex’s figure meets', withLines({ 24: '到2025年末,全区数字经济核心产业增加值达到120亿元,企业数字化转型指数达到0.8以上。', 51: '企业数字化转型指数', 52: '0.6', 53: '0.7', 54: '0.8' })],
  // 年均 in another target's clause makes no figure of this one a year's (probe44 #10).
  ['additions by the end of the plan equal to the sum of their row, beside another target’s 年均增长', withLines({ 24: '到2025年末,全区新建数字化车间30家,数字经济核心产业增加值年均增长12%以上。', 51: '新建数字化车间(家)', 52: '10', 53: '10', 54: '10' })],
  ['additions by the end of the plan equal to the sum of their row, beside 年均新增 of another target', withLines({ 24: '到2025年末,全区新建数字化车间30家,年均新增就业2000人。', 51: '新建数字化车间(家)', 52: '10', 53: '10', 54: '10' })],
  ['additions by the end of the plan in tenths equal to the sum of their row', withLines({ 24: '到2025年末,全区新建数字化车间1.2万个,数字经济核心产业增加值年均增长12%以上。', 51: '新建数字化车间(万个)', 52: '0.4', 53: '0.4', 54: '0.4' })],
  // Symbols in the annex's 单位 and words in the text name one unit (probe44 #11).
  ['a concentration in 微克/立方米 the annex in μg/m³ keeps within', withLines({ 24: '到2025年末,全区PM2.5年均浓度下降到33微克/立方米以下。', 51: 'PM2.5年均浓度(μg/m³)', 52: '36', 53: '35', 54: '33' })],
];

const invalid: InvalidCase[] = [
  // 人/10万人 is one unit in the text and in the row's brackets: the goal is held to the row.
  ['a rate per a base (人/10万人) other than the row giving it in the same unit, at its figure', withLines({ 24: '到2025年末,全区火灾亡人率控制在0.2人/10万人以下。', 46: '火灾亡人率(人/10万人)', 47: '0.4', 48: '0.3', 49: '0.3' }), ['24:19 error']],
  // Each statement of a target is held to the row, whichever is written first (全区 makes no other indicator).
  ['a target restated for the same year with a figure other than the annex’s, after one that agrees, at its figure', goals('到2025年末,全区数字化车间达到30家以上。到2025年末,数字化车间达到28家。'), ['24:39 error']],
  ['a target restated for the same year with a figure other than the annex’s, before one that agrees, at its figure', goals('到2025年末,数字化车间达到28家。到2025年末,全区数字化车间达到30家以上。'), ['24:16 error']],
  // The final year's header with a note (line 44) is that year's column all the same.
  ...['2025年（目标）', '2025年底', '2025年末', '目标值（2025年）', '2025年预期目标', '2025年（计划）', '2025年指标值', '2025年值', '二〇二五年'].map((header): InvalidCase => [
    `a goal other than the column headed ${header}, at its figure`,
    withLines({ 24: '到2025年末,全区数字经济核心产业增加值达到130亿元,数字化车间达到30家。', 44: header }),
    ['24:24 error'],
  ]),
  ['a goal outside the range the annex gives for its year (110—115), at its figure', withLines({ 49: '110—115' }), ['24:24 error']],
  ['a three-year total other than the table’s total column, at its figure', withLines({ 24: '到2025年末,三年累计新增数字化车间35家。', 44: '2025\n合计', 49: '120\n330', 51: '新增数字化车间(家)', 52: '8', 53: '10', 54: '12\n30' }), ['24:20 error']],
  ['a running total other than the final year of a 累计 row, at its figure', withLines({ 24: '到2025年末,全区累计建成数字化车间35家。', 51: '累计建成数字化车间(家)' }), ['24:20 error']],
  ['work done over the plan equal to neither the sum nor the final year of its row, at its figure', withLines({ 24: '到2025年末,完成数字化车间改造30家。', 51: '数字化车间改造(家)', 52: '10', 53: '10', 54: '12' }), ['24:18 error']],
  ['additions by the end of the plan (新建) equal to neither the final year nor the sum of a row of yearly figures, at its figure', withLines({ 24: '到2025年末,新建数字化车间35家。', 51: '新建数字化车间(家)', 52: '8', 53: '10', 54: '12' }), ['24:16 error']],
  ['a three-year total equal to neither the final year nor the sum of a row without 累计, at its figure', withLines({ 24: '到2025年末,三年累计新增数字化车间35家。', 51: '新增数字化车间(家)', 52: '8', 53: '10', 54: '12' }), ['24:20 error']],
  ['a rate equal to the sum of its row but not to its final year, at its figure', withLines({ 24: '到2025年末,数字化车间改造完成率达到90%。', 51: '数字化车间改造完成率(%)', 52: '30', 53: '30', 54: '30' }), ['24:21 error']],
  ['a one-year goal (每年完成) equal to the sum of its row but not to its final year, at its figure', withLines({ 24: '到2025年末,每年完成数字化车间改造30家。', 51: '数字化车间改造(家)', 52: '10', 53: '10', 54: '10' }), ['24:20 error']],
  ['a goal that differs from the annex, at its figure', goals('到2025年末,全区数字经济核心产业增加值达到125亿元,数字化车间达到30家。'), ['24:24 error']],
  ['a goal for 2024 that differs from the 2024 column', goals('到2024年末,全区数字经济核心产业增加值达到120亿元。'), ['24:24 error']],
  // The row's 2025 goal is paired first; the 2024 goal of the same row was not compared before.
  ['a goal for another year of a row already paired, at its figure', goals('到2025年末,全区数字经济核心产业增加值达到120亿元,数字化车间达到30家。到2024年末,数字化车间达到26家。'), ['24:56 error']],
  ['an at-least goal above the annex’s figure', goals('到2025年末,全区数字经济核心产业增加值达到125亿元以上。'), ['24:24 error']],
  ['an at-most goal below the annex’s figure', goals('到2025年末,全区数字经济核心产业增加值控制在110亿元以内。'), ['24:25 error']],
  ['a range the annex’s figure lies above', goals('到2025年末,全区数字经济核心产业增加值达到100亿—115亿元。'), ['24:24 error']],
  ['a ceiling (不超过) below the annex’s figure, at its figure', goals('到2025年末,全区数字经济核心产业增加值不超过115亿元。'), ['24:25 error']],
  ['a range after 控制在 the annex’s figure lies above, at its figure', goals('到2025年末,全区数字经济核心产业增加值控制在100亿—115亿元。'), ['24:25 error']],
  ['a target raised from a starting level other than the annex’s figure, at its figure', goals('到2025年末,全区数字经济核心产业增加值由2022年的90亿元提高到125亿元。'), ['24:36 error']],
  ['an approximate goal other than the annex’s figure', goals('到2025年末,全区数字经济核心产业增加值达到118亿元左右。'), ['24:24 error']],
  ['an area in 万㎡ other than the annex’s figure in 万平方米, at its figure', withLines({ 24: '到2025年末,全区公园绿地面积达到35万㎡。', 51: '公园绿地面积(万平方米)' }), ['24:19 error']],
  ['a goal written with 余 above the annex’s figure, at its figure', goals('到2025年末,全区数字经济核心产业增加值达到130余亿元。'), ['24:24 error']],
  ['an annex year after the plan’s period, at its column', withLines({ 20: '河西区数字经济行动方案(2022—2024年)' }), ['44:1 error']],
  ['an annex year before the base year, at its column', withLines({ 20: '河西区数字经济行动方案(2025—2026年)' }), ['42:1 error']],
  ['a change from a base year that differs from a row measured from that year, at its figure', withLines({ 24: '到2025年末,全区数字经济核心产业增加值比2022年增长30%。', 46: '数字经济核心产业增加值较2022年增长(%)', 47: '10', 48: '21', 49: '33' }), ['24:30 error']],
  // A goal opening with the period, or with no year, over a row of yearly additions (8, 10, 12: 30 summed).
  ['additions over the period (2023—2025年，全区新建) equal to neither the final year nor the sum of their row, at the figure', withLines({ 24: '2023—2025年,全区新建数字化车间35家。', 51: '新建数字化车间(家)', 52: '8', 53: '10', 54: '12' }), ['24:21 error']],
  ['additions with no year after the scope (全区新建) equal to neither the final year nor the sum of their row, at the figure', withLines({ 24: '全区新建数字化车间35家。', 51: '新建数字化车间(家)', 52: '8', 53: '10', 54: '12' }), ['24:10 error']],
  ['a three-year total with no year (三年累计新增) equal to neither the final year nor the sum of its row, at the figure', withLines({ 24: '三年累计新增数字化车间35家。', 51: '新增数字化车间(家)', 52: '8', 53: '10', 54: '12' }), ['24:12 error']],
  // 增加值 alone shares the subject of the target before it: 数字经济核心产业增加值, the row's.
  ['a measure named alone after the target whose subject it shares, other than the annex, at its figure', goals('到2025年末,全区数字经济核心产业产值达到150亿元,增加值达到125亿元。'), ['24:34 error']],
  // Each year's additions (每年新建) in its own clause are one year's figure, not the sum's.
  ['a one-year goal (每年新建) in its own clause equal to the sum of its row but not to its final year, at its figure', withLines({ 24: '到2025年末,全区每年新建数字化车间30家,数字经济核心产业增加值年均增长12%以上。', 51: '新建数字化车间(家)', 52: '10', 53: '10', 54: '10' }), ['24:20 error']],
  ['additions by the end of the plan beside another target’s 年均增长, equal to neither the final year nor the sum of their row, at its figure', withLines({ 24: '到2025年末,全区新建数字化车间35家,数字经济核心产业增加值年均增长12%以上。', 51: '新建数字化车间(家)', 52: '10', 53: '10', 54: '10' }), ['24:18 error']],
  ...([['μg/m³', 'PM2.5年均浓度下降到33微克/立方米'], ['微克/立方米', 'PM2.5年均浓度下降到33μg/m³'], ['mg/m³', 'PM2.5年均浓度下降到33毫克/立方米'], ['km', '城市绿道长度达到33公里'], ['万t', '固体废物综合利用量达到33万吨'], ['万kW', '光伏装机容量达到33万千瓦'], ['m²', '人均公园绿地面积达到33平方米'], ['mg/L', '化学需氧量浓度控制在33毫克/升以内']] as const).map(([unit, goal]): InvalidCase => [
    `a goal in words other than the annex’s figure in ${unit}, at its figure`,
    withLines({ 24: `到2025年末,全区${goal}。`, 51: `${goal.replace(/(?:下降到|达到|控制在).*$/, '')}(${unit})`, 52: '36', 53: '35', 54: '35' }),
    [`24:${10 + goal.indexOf('33') + 1} error`],
  ]),
  ['an index without a unit below the annex’s floor, at its figure', withLines({ 24: '到2025年末,全区数字经济核心产业增加值达到120亿元,企业数字化转型指数达到0.8以上。', 51: '企业数字化转型指数', 52: '0.6', 53: '0.7', 54: '0.75' }), ['24:41 error']],
];

describe('goal-annex-consistency', () => {
  ruleTable(RULE, valid, invalid);

  it('should not compare a goal for the whole district with one area’s row of a table by area', async () => {
    const byArea = (whole: string, figure = 150): string =>
      withLines({
        24: '到2025年末,全区数字经济核心产业增加值达到150亿元。',
        36: `附件\n\n分片区目标表\n\n序号\t区域\t指标\t2025年\n1\t东片区\t数字经济核心产业增加值(亿元)\t55\n2\t西片区\t数字经济核心产业增加值(亿元)\t95\n3\t${whole}\t数字经济核心产业增加值(亿元)\t${figure}`,
      }).split('\n').slice(0, 45).join('\n');
    expect(await findings(RULE, byArea('全区'))).toEqual([]);
    // The whole's row is compared as any row is.
    expect(await findings(RULE, byArea('全区', 140))).toEqual(['24:24 error']);
    expect(await findings(RULE, byArea('合计'))).toEqual([]);
  });

  it('should give both figures and the annex row', async () => {
    expect(await messages(RULE, goals('到2025年末,全区数字经济核心产业增加值达到125亿元。'))).toEqual([
      'the goal for 全区数字经济核心产业增加值 in 2025 is 125亿元, but the annex gives 120亿元 (row 1 at 45:1)',
    ]);
    expect(await messages(RULE, goals('到2025年末,全区数字经济核心产业增加值达到125亿元以上。'))).toEqual([
      'the goal for 全区数字经济核心产业增加值 in 2025 is at least 125亿元, but the annex gives 120亿元 (row 1 at 45:1)',
    ]);
    expect(await messages(RULE, goals('到2025年末,全区数字经济核心产业增加值达到100亿—115亿元。'))).toEqual([
      'the goal for 全区数字经济核心产业增加值 in 2025 is 100–115亿元, but the annex gives 120亿元 (row 1 at 45:1)',
    ]);
    expect(await messages(RULE, goals('到2025年末,全区数字经济核心产业增加值不超过115亿元。'))).toEqual([
      'the goal for 全区数字经济核心产业增加值 in 2025 is at most 115亿元, but the annex gives 120亿元 (row 1 at 45:1)',
    ]);
    expect(await messages(RULE, goals('到2025年末,全区数字经济核心产业增加值控制在100亿—115亿元以内。'))).toEqual([
      'the goal for 全区数字经济核心产业增加值 in 2025 is at most 115亿元, but the annex gives 120亿元 (row 1 at 45:1)',
    ]);
    expect(await messages(RULE, withLines({ 24: '到2025年末,三年累计新增数字化车间35家。', 44: '2025\n合计', 49: '120\n330', 51: '新增数字化车间(家)', 52: '8', 53: '10', 54: '12\n30' }))).toEqual([
      'the goal for 新增数字化车间 over the years (合计) is 35家, but the annex gives 30家 (row 2 at 52:1)',
    ]);
    expect(await messages(RULE, withLines({ 24: '到2025年末,新建数字化车间35家。', 51: '新建数字化车间(家)', 52: '8', 53: '10', 54: '12' }))).toEqual([
      'the goal for 新建数字化车间 over 2023–2025 is 35家, but the annex gives 12家 by 2025 and 30家 summed over the years (row 2 at 50:1)',
    ]);
    expect(await messages(RULE, withLines({ 20: '河西区数字经济行动方案(2021—2023年)' }))).toEqual([
      "the annex table has columns for 2024, 2025, outside the plan's period 2021—2023年",
    ]);
    // A one-year plan's period is its year: 2024年, not 2024—2024年.
    expect(await messages(RULE, withLines({ 24: '到2024年末,全区数字经济核心产业增加值达到110亿元。' }).replace(/河西区数字经济行动方案\(2023—2025年\)/g, '河西区2024年数字经济工作要点'))).toEqual([
      "the annex table has a column for 2025, outside the plan's period 2024年",
    ]);
  });

  // probe80 a3-bad: the goal names no span, but as counted work by the plan's last year it was held
  // to the row's sum as well; the message says so and gives the sum.
  it('should give the sum over the plan’s years a goal of counted work was compared with too', async () => {
    const text = [
      '某县农业农村现代化规划（2021—2025年）', '', '一、主要目标', '', '——农业综合生产能力稳步提升。2025年，新建高标准农田3万亩。', '', '二、重点任务', '',
      '（一）建设高标准农田。（牵头单位：县农业农村局）', '', '附件', '', '主要指标分年度目标表', '',
      '序号\t指标\t单位\t2021年\t2022年\t2023年\t2024年\t2025年', '1\t新建高标准农田\t万亩\t0.6\t0.6\t0.6\t0.5\t0.5', '',
    ].join('\n');
    expect(await messages(RULE, text)).toEqual([
      'the goal for 新建高标准农田 in 2025 is 3万亩, but the annex gives 0.5万亩 in 2025 and 2.8万亩 summed over the years 2021–2025 (row 1 at 16:1)',
    ]);
    expect(await messages(RULE, text.replace('0.6\t0.6\t0.6\t0.5\t0.5', '0.6\t0.6\t0.6\t0.6\t0.6'))).toEqual([]);
  });

  // probe85 span-min: a span opening the sentence governs every target in it, each a total over the
  // span's years, not only the first (counted work) or one of what is added.
  it('should hold every target after a span of years opening its sentence to the sum of its row over the span', async () => {
    const text = [
      '西河区城镇老旧小区改造三年行动计划（2023—2025年）', '', '一、工作目标', '', '2023—2025年，全区改造城镇老旧小区120个，惠及居民2.4万户。', '', '二、重点任务', '',
      '（一）科学编制改造计划。（牵头单位：区住房城乡建设委）', '', '附件', '', '年度任务分解表', '',
      '序号\t指标\t单位\t2023年\t2024年\t2025年', '1\t改造城镇老旧小区\t个\t30\t40\t50', '2\t惠及居民\t万户\t0.6\t0.8\t1.0', '',
    ].join('\n');
    expect(await messages(RULE, text)).toEqual([]);
    // 2023年至2025年 is the same span, written out.
    expect(await messages(RULE, text.replace('2023—2025年，', '2023年至2025年，'))).toEqual([]);
    // A figure the sum does not meet either is reported with both the year's figure and the sum.
    expect(await messages(RULE, text.replace('2.4万户', '3万户'))).toEqual([
      'the goal for 惠及居民 in 2025 is 3万户, but the annex gives 1万户 in 2025 and 2.4万户 summed over the years 2023–2025 (row 2 at 17:1)',
    ]);
    // A rate after the span is a level of its year, never a sum.
    expect(await messages(RULE, text.replace('惠及居民2.4万户', '改造完成率达到90%').replace('2\t惠及居民\t万户\t0.6\t0.8\t1.0', '2\t改造完成率\t%\t30\t60\t30'))).toEqual([
      'the goal for 改造完成率 in 2025 is 90%, but the annex gives 30% (row 2 at 17:1)',
    ]);
  });

  // probe80 a6: a share written in words (四成) says its % itself.
  it('should print a share in words as written, without a % after it', async () => {
    const text = [
      '某县全民健身实施计划（2023—2025年）', '', '一、主要目标', '', '到2025年，经常参加体育锻炼人数比例达到四成以上。', '', '二、重点任务', '',
      '（一）建设健身设施。（牵头单位：县文广旅体局）', '', '附件', '', '主要指标分年度目标表', '',
      '序号\t指标\t单位\t2023年\t2024年\t2025年', '1\t经常参加体育锻炼人数比例\t%\t36\t37\t38', '',
    ].join('\n');
    expect(await messages(RULE, text)).toEqual([
      'the goal for 经常参加体育锻炼人数比例 in 2025 is at least 四成, but the annex gives 38% (row 1 at 16:1)',
    ]);
  });

  it('should name a row of a table without a 序号 column by its indicator', async () => {
    // 指标 | 单位 | 2024年 | 2025年, no 序号: the rows have no number to be named by.
    const text = [
      '某区数字经济发展行动计划（2024—2025年）', '', '一、主要目标', '', '到2025年，全区上云企业达到150家。', '', '二、重点任务', '',
      '（一）建设数据中心。（牵头单位：区大数据局）', '', '附件', '', '主要指标表', '',
      '指标\t单位\t2024年\t2025年', '数字化转型示范企业\t家\t5\t15', '上云企业\t家\t120\t140', '',
    ].join('\n');
    expect(await messages(RULE, text)).toEqual([
      'the goal for 全区上云企业 in 2025 is 150家, but the annex gives 140家 (row 上云企业 at 17:1)',
    ]);
  });
  // probe99 r1: a base-year column (2022年（基期）) makes the row one of levels; additions are its rise.
  it('should compare a goal of additions with the rise of a row of levels since its base year', async () => {
    const text = [
      '某市数字经济行动计划（2023—2025年）', '', '一、发展目标', '', '到2025年，全市新增上云企业1.5万家。', '', '二、重点任务', '',
      '（一）推进企业上云。（牵头单位：市工信局）', '', '附件', '', '主要指标', '',
      '序号\t指标\t单位\t2022年（基期）\t2023年\t2024年\t2025年', '1\t上云企业数量\t万家\t2.5\t3\t3.5\t4', '',
    ].join('\n');
    // 4 − 2.5 is the 1.5 added; neither the level 4 nor the levels summed (10.5) is.
    expect(await messages(RULE, text)).toEqual([]);
    // A row of running totals (累计) is a row of levels too.
    expect(await messages(RULE, text.replace('上云企业数量', '上云企业（累计）'))).toEqual([]);
    // A figure the rise does not meet is reported with the rise, and no sum of levels.
    expect(await messages(RULE, text.replace('1.5万家', '2万家'))).toEqual([
      'the goal for 全市新增上云企业 over 2023–2025 is 2万家, but the annex gives 4万家 by 2025, 1.5万家 more than in its base year 2022 (row 1 at 16:1)',
    ]);
    // A one-year plan's rise is its year's: in 2023, not over 2023–2023.
    const oneYear = text.replace('某市数字经济行动计划（2023—2025年）', '某市2023年数字经济工作要点').replace('到2025年，全市新增上云企业1.5万家。', '2023年，全市新增上云企业1万家。').replace('\t2024年\t2025年', '').replace('\t3.5\t4', '');
    expect(await messages(RULE, oneYear)).toEqual([
      'the goal for 全市新增上云企业 in 2023 is 1万家, but the annex gives 3万家 by 2023, 0.5万家 more than in its base year 2022 (row 1 at 16:1)',
    ]);
    // Its span unwritten (a year carried from an earlier sentence), the year's own rise (0.5) is a reading too.
    const carried = text.replace('到2025年，全市新增上云企业1.5万家。', '到2025年，全市数字经济加快发展。新增上云企业0.5万家。');
    expect(await messages(RULE, carried)).toEqual([]);
    // A bare year before the plan is no base: the row may hold that year's additions, read as before.
    expect(await messages(RULE, text.replace('2022年（基期）', '2022年').replace('1.5万家', '4万家'))).toEqual([]);
    // A row that names additions (新增…) holds each year's, its base year's too: 0.5 + 0.5 + 0.5 is the 1.5 added.
    expect(await messages(RULE, text.replace('上云企业数量\t万家\t2.5\t3\t3.5\t4', '新增上云企业\t万家\t0.4\t0.5\t0.5\t0.5'))).toEqual([]);
  });

  // probe99 r4: 基数, 基线值 and 基准值 name the base year's column as 基期 does, before or after the year.
  it('should take a column headed 2023年基数, 基数（2023年）or 2022年基准值 as the base year\'s', async () => {
    const text = [
      '某市数字经济行动计划（2023—2025年）', '', '一、发展目标', '', '到2025年，全市新增上云企业1.5万家。', '', '二、重点任务', '',
      '（一）推进企业上云。（牵头单位：市工信局）', '', '附件', '', '主要指标', '',
      '序号\t指标\t单位\t2022年基数\t2023年\t2024年\t2025年', '1\t上云企业数量\t万家\t2.5\t3\t3.5\t4', '',
    ].join('\n');
    for (const header of ['2022年基数', '基数（2022年）', '2022年（基数）', '2022年基准值', '2022年基线值']) {
      expect(await messages(RULE, text.replace('2022年基数', header))).toEqual([]);
    }
  });
});

describe('goal-annex-consistency against a figure merged over years (HTML colspan)', () => {
  const page = (goal: string): string =>
    ['<p>某区创新发展三年行动方案（2023—2025年）</p>', '<p>一、主要目标</p>', `<p>${goal}</p>`, '<p>附件</p>', '<p>主要指标表</p>', '<table>',
      '<tr><td>序号</td><td>指标</td><td>单位</td><td>2023年</td><td>2024年</td><td>2025年</td></tr>',
      '<tr><td>1</td><td>新增孵化器</td><td>个</td><td colspan="2">100</td><td>50</td></tr>', '</table>'].join('\n');

  it('should count the merged figure once in a total over the years', async () => {
    expect(await htmlFindings(RULE, page('2023—2025年，全区新增孵化器150个。'))).toEqual([]);
    // 100 read for both 2023 and 2024 would sum to 250; the finding stands at the goal's figure.
    expect(await htmlFindings(RULE, page('2023—2025年，全区新增孵化器250个。'))).toEqual(['3:22 error']);
  });
});

// A 繁体 page reads its totals as a 简体 one does: a row of running totals (累計) and a total column
// (合計, 總計) are compared in the matching copy, their words as written.
describe('goal-annex-consistency on a notice in traditional characters', () => {
  const traditional = async (text: string): Promise<string> => {
    const opencc = (await import('opencc-js')) as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    return opencc.Converter({ from: 'cn', to: 'tw' })(text);
  };
  const found = async (text: string): Promise<string[]> => {
    const { diagnostics } = await validateSource(await loadSource(new TextEncoder().encode(text), { name: 'notice.txt' }));
    return diagnostics.filter((d) => d.ruleId === RULE).map((d) => `${d.line}:${d.column} ${d.severity}`);
  };
  // Each yearly figure (10 a year) sums to 30 and none is 35: only the total column (35) or the row's
  // running total (累计: its final year, 35) gives the goal's figure.
  const totalColumn = (header: string, goal: number): string =>
    withLines({ 24: `到2025年末,三年累计新增数字化车间${goal}家。`, 44: `2025\n${header}`, 49: '120\n330', 51: '新增数字化车间(家)', 52: '10', 53: '10', 54: '10\n35' });
  const runningTotal = (goal: number): string => withLines({ 24: `到2025年末,全区累计建成数字化车间${goal}家。`, 51: '累计建成数字化车间(家)', 52: '15', 53: '25', 54: '35' });

  it.each([
    ['a three-year total equal to the total column (合計)', totalColumn('合计', 35), []],
    ['a three-year total equal to the total column (總計)', totalColumn('总计', 35), []],
    ['a three-year total other than the total column (合計)', totalColumn('合计', 30), ['24:20 error']],
    ['a running total (累計建成) equal to the final year of a 累計 row', runningTotal(35), []],
    ['a running total (累計建成) other than the final year of a 累計 row', runningTotal(75), ['24:20 error']],
  ] as const)('should read %s as in simplified characters', async (_name, text, expected) => {
    expect(await found(text)).toEqual(expected);
    expect(await found(await traditional(text))).toEqual(expected);
  });
});

describe('goal-annex-consistency against a flattened annex with long indicators and noted units', () => {
  // fixtures/validate/long-indicator-names.*: rows 1 and 3 as long as the text's wrap, 单位 cells 亿元（当年） and
  // 家（累计）; only the goal of 60亿元 disagrees, with row 4's 58.
  const text = readFileSync(new URL('../../../fixtures/validate/long-indicator-names.txt', import.meta.url), 'utf8');
  const html = readFileSync(new URL('../../../fixtures/validate/long-indicator-names.html', import.meta.url), 'utf8');

  it('should report the one goal its row disagrees with, by the row read with its unit', async () => {
    expect(await findings(RULE, text)).toEqual(['11:7 error']);
    expect(await messages(RULE, text)).toEqual([
      'the goal for 规模以上工业企业研发经费内部支出 in 2025 is 60亿元, but the annex gives 58亿元 (row 4 at 48:1)',
    ]);
  });

  it('should report the same goal in the HTML form of the annex', async () => {
    expect(await htmlFindings(RULE, html)).toEqual(['7:72 error']);
  });

  // 家（累计）: the row's figures are running totals, so a three-year total is its final year, never its sum.
  // The goal of 60亿元 is set to the annex's 58 here, so that only the goal on line 11 after it is compared.
  const totals = (unit: string, goal: string): string =>
    text.replace('达到60亿元', '达到58亿元').replace('省级以上企业技术中心累计达到35家。', goal).replace('家（累计）\n25\n30\n35', `${unit}\n10\n12\n13`);
  it.each([
    ['a three-year total equal to the sum of a row of yearly figures (家)', totals('家', '三年累计新增省级以上企业技术中心35家。'), []],
    ['a running total equal to the final year of a row of running totals (家（累计）)', totals('家（累计）', '省级以上企业技术中心累计达到13家。'), []],
    ['a running total equal to the final year of a row of running totals (（家，累计）)', totals('（家，累计）', '省级以上企业技术中心累计达到13家。'), []],
    ['a three-year total other than the final year of a row of running totals (家（累计）), at its figure', totals('家（累计）', '三年累计新增省级以上企业技术中心35家。'), ['11:28 error']],
    ['a goal other than a row whose unit has a note (亿元（当年）), at its figure', text.replace('达到60亿元', '达到58亿元').replace('亿元（当年）\n45\n52\n58', '亿元（当年）\n45\n52\n56'), ['11:7 error']],
  ])('should compare %s', async (_name, notice, expected) => {
    expect(await findings(RULE, notice)).toEqual(expected);
  });
});
