import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'plan-period';
// The base notice's plan (line 20) runs 2023—2025; its goals (line 24) are for 2025.
const goals = (sentence: string): string => withLines({ 24: sentence });

const valid: ValidCase[] = [
  ['goals for the final year of the period', BASE_NOTICE],
  ['a goal for a year inside the period', goals('到2024年末,全区数字经济核心产业增加值达到110亿元。')],
  ['a base-year figure just before the period', goals('2022年,全区数字经济核心产业增加值达到90亿元。')],
  ['a figure reached by the year before the period (截至2022年底)', goals('截至2022年底,全区数字经济核心产业增加值达到90亿元。')],
  ['an outlook past the period (展望到2035年)', goals('展望到2035年,全区数字经济核心产业增加值达到300亿元。')],
  ['a 三年行动方案 for three years, named so by its notice', withLines({ 9: '河西区人民政府办公室关于印发河西区数字经济三年行动方案(2023—2025年)的通知', 20: '河西区数字经济三年行动方案(2023—2025年)' })],
  ['a notice title that names the plan without its years', withLines({ 9: '河西区人民政府办公室关于印发河西区数字经济行动方案的通知' })],
];

const invalid: InvalidCase[] = [
  ['goals for a year after the period: a warning, once, at the year', goals('到2027年末,全区数字经济核心产业增加值达到120亿元,数字化车间达到30家。'), ['24:2 warning']],
  // 到2022年 sets a target to reach: in a plan for 2023—2025 it is no base year.
  ['a target set for the year before the period (到2022年), at the year', goals('到2022年,全区数字经济核心产业增加值达到120亿元。'), ['24:2 warning']],
  ['a target set for the end of the year before the period (2022年底前)', goals('2022年底前,全区数字经济核心产业增加值达到120亿元。'), ['24:1 warning']],
  ['a period written backwards (2025—2023年), at its first year', withLines({ 20: '河西区数字经济行动方案(2025—2023年)' }), ['20:13 error']],
  ['a 三年行动方案 of two years, also unlike its notice\'s title (and its 2025 goals now outside)', withLines({ 20: '河西区数字经济三年行动方案(2023—2024年)' }), ['20:15 warning', '20:15 warning', '24:2 warning']],
  ['a notice title giving the plan another period', withLines({ 9: '河西区人民政府办公室关于印发河西区数字经济行动方案(2023—2026年)的通知' }), ['20:13 warning']],
];

/** The base notice as a one-year plan's (河西区2024年数字经济工作要点, issued 2024年3月), its goals as given. */
const oneYear = (sentence: string): string =>
  withLines({ 24: sentence }).replace(/河西区数字经济行动方案\(2023—2025年\)/g, '河西区2024年数字经济工作要点').replace(/2023年3月/g, '2024年3月');

describe('plan-period', () => {
  ruleTable(RULE, valid, invalid);

  it('should write a one-year period as its year (2024年), not as 2024—2024年', async () => {
    expect(await messages(RULE, oneYear('到2025年末,全区数字经济核心产业增加值达到120亿元。'))).toEqual([
      "the goal for 2025 (全区数字经济核心产业增加值) lies outside the plan's period 2024年",
    ]);
    expect(await messages(RULE, oneYear('到2024年末,全区数字经济核心产业增加值达到120亿元。'))).toEqual([]);
  });

  it('should name the year, the indicators and the period', async () => {
    expect(await messages(RULE, goals('到2027年末,全区数字经济核心产业增加值达到120亿元,数字化车间达到30家。'))).toEqual([
      "the goal for 2027 (全区数字经济核心产业增加值, 数字化车间) lies outside the plan's period 2023—2025年",
    ]);
    expect(await messages(RULE, withLines({ 20: '河西区数字经济行动方案(2025—2023年)' }))).toEqual([
      "the plan's period runs backwards, 2025 to 2023; write 2023—2025年",
    ]);
    expect(await messages(RULE, withLines({ 9: '河西区人民政府办公室关于印发河西区数字经济三年行动方案(2023—2025年)的通知', 20: '河西区数字经济三年行动方案(2023—2026年)' }))).toEqual([
      "the plan's title counts 三年 but its period 2023—2026年 covers 4",
      "the notice's title gives the plan's period as 2023—2025年, the plan's title as 2023—2026年",
    ]);
  });
});
