import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'goal-restated';
// Line 24 of the base notice states the plan's goals: 数字经济核心产业增加值达到120亿元, 数字化车间达到30家.
const goals = (text: string): string => withLines({ 24: text });

const valid: ValidCase[] = [
  ['the base notice (each target once)', BASE_NOTICE],
  ['the same target twice with the same figure', goals('到2025年末,全区数字化车间达到30家。到2025年末,全区数字化车间达到30家以上。')],
  ['a floor and a figure that meets it', goals('到2025年末,数字化车间达到30家以上。到2025年末,数字化车间达到32家。')],
  ['a firm target and a stretch one (力争)', goals('到2025年末,数字化车间达到30家,力争到2025年末数字化车间达到35家。')],
  ['two years of one indicator', goals('到2024年,数字化车间达到25家。到2025年末,数字化车间达到30家。')],
  ['two indicators of different scope', goals('到2025年末,全区数字化车间达到30家,规上企业数字化车间达到20家。')],
  // 全市 in a district's plan (河西区) is the city's figure, not the district's.
  ['a target of the wider area (全市) beside the notice’s own', goals('到2025年末,全市数字化车间达到300家。到2025年末,数字化车间达到30家。')],
  ['a target restated with the notice’s own area word (全区) and a figure that meets it', goals('到2025年末,全区数字化车间达到30家以上。到2025年末,数字化车间达到32家。')],
  // 由…提高到…: the level a target starts from is not a second target for the year.
  ['a target raised from a starting level (从20家增加到30家)', goals('到2025年末,全区数字化车间由2022年的20家增加到30家,上云企业从100家提高到150家以上。')],
  // A total over the plan's years (累计) is another target than one year's part of it (probe80 r7, r1, r1b).
  ['a total (累计) and its parts by year after 其中', goals('到2025年,全区累计新增数字化车间30家,其中2023年新增8家、2024年新增10家、2025年新增12家。')],
  ['a total over a span of years (2023—2025年累计) and the last year’s part', goals('2023—2025年,全区累计新建公共充电桩3000个,其中2025年新建1200个。')],
  ['a total (累计达到) and each year’s figure in sentences of their own', goals('到2025年,全区城镇新增就业累计达到6万人。2023年,全区城镇新增就业1.8万人;2025年,全区城镇新增就业2.2万人。')],
  ['a whole and its part for the same year (其中2025年)', goals('到2025年末,全区新增数字化车间30家,其中2025年新增12家。')],
  // fixer goals4: 千 before a unit of area is a multiplier, as 万 is.
  ['one quantity in 千公顷 and in 公顷', goals('到2025年末,全区新增造林面积2.3千公顷。到2025年末,全区新增造林面积2300公顷。')],
];

const invalid: InvalidCase[] = [
  ['two figures for one indicator and year, at the second figure', goals('到2025年末,数字化车间达到30家。到2025年末,数字化车间达到35家。'), ['24:35 warning']],
  // The notice is the district's (河西区): 全区, 本区 and 我区 before an indicator name the area a target without them is for.
  ['a target restated without the notice’s own area word (全区), at the second figure', goals('到2025年末,全区数字化车间达到30家。到2025年末,数字化车间达到35家。'), ['24:37 warning']],
  ['two figures for one target in 千公顷 and in 公顷', goals('到2025年末,全区新增造林面积2.5千公顷。到2025年末,全区新增造林面积2300公顷。'), ['24:40 warning']],
  ['a target restated with the notice’s own area word (我区), at the second figure', goals('到2025年末,数字化车间达到30家。到2025年末,我区数字化车间达到35家。'), ['24:37 warning']],
];

describe('goal-restated', () => {
  ruleTable(RULE, valid, invalid);

  it('should name both figures and where the first stands', async () => {
    expect(await messages(RULE, goals('到2025年末,数字化车间达到30家。到2025年末,数字化车间达到35家。'))).toEqual([
      'the target for 数字化车间 in 2025 is 35家 here but 30家 at 24:9',
    ]);
  });

  it('should compare a year’s figure with the same year’s figure, not with the total (累计) beside them', async () => {
    expect(
      await messages(RULE, goals('到2025年,全区城镇新增就业累计达到6万人。2025年,全区城镇新增就业2.2万人。到2025年,全区城镇新增就业达到2.7万人。')),
    ).toEqual(['the target for 全区城镇新增就业 in 2025 is 2.7万人 here but 2.2万人 at 24:30']);
  });

  it('should compare a target in the text with the same row of a table of the goals', async () => {
    const text = [
      '南岭市生态环境保护规划（2021—2025年）',
      '',
      '一、主要目标',
      '',
      '到2025年，地表水国控断面水质优良比例达到90%，森林覆盖率达到62.5%。',
      '',
      '表1 主要指标',
      '',
      '序号\t指标\t单位\t2020年基期值\t2025年目标值\t属性',
      '1\t地表水国控断面水质优良比例\t%\t86.7\t88\t约束性',
      '2\t森林覆盖率\t%\t61.8\t62.5\t约束性',
      '',
      '二、主要任务',
      '',
      '1.加强饮用水水源地保护。（责任单位：市生态环境局、市水利局）',
    ].join('\n');
    expect(await messages(RULE, text)).toEqual(['the target for 地表水国控断面水质优良比例 in 2025 is 88% here but 90% at 5:8']);
  });

  // The text writes the plan's area (全区) before the indicator, the table's row does not (probe75 #2).
  const restated = (figure: string, cell: string): string =>
    [
      '某区充电基础设施建设三年行动计划（2024—2026年）',
      '',
      '一、工作目标',
      '',
      `到2026年，全区新建公共充电桩${figure}，新建换电站20座。`,
      '',
      '表1　主要指标',
      '',
      '序号\t指标\t2024年\t2025年\t2026年',
      `1\t新建公共充电桩（个）\t1000\t2000\t${cell}`,
      '2\t新建换电站（座）\t5\t12\t20',
      '',
      '二、重点任务',
      '',
      '1.加快公共充电桩建设。（牵头单位：区发展改革委）',
    ].join('\n');

  it('should compare a target the text gives for the plan\'s area (全区) with the row that leaves the area out', async () => {
    expect(await messages(RULE, restated('3000个', '3500'))).toEqual(['the target for 新建公共充电桩 in 2026 is 3500个 here but 3000个 at 5:8']);
    expect(await messages(RULE, restated('3000个', '3000'))).toEqual([]);
  });

  it('should take one quantity in two scales (0.3万个 and 3000个) as the same figure, and compare two in them', async () => {
    expect(await messages(RULE, restated('0.3万个', '3000'))).toEqual([]);
    expect(await messages(RULE, restated('0.35万个', '3000'))).toEqual(['the target for 新建公共充电桩 in 2026 is 3000个 here but 0.35万个 at 5:8']);
  });
});
