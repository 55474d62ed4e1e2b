import { describe, expect, it } from 'vitest';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';

/** Each goal as indicator, value, unit, comparison, year, relative, base year. */
const goalsOf = async (text: string) =>
  ((await parseNotice(text)).plan?.goals ?? []).map((g) => [g.indicator, g.value, g.unit, g.comparison, g.year ?? null, g.relative ?? null, g.baseYear ?? null]);

const plan = (title: string, heading: string, body: string): string =>
  `${title}\n\n一、${heading}\n\n${body}\n\n二、重点任务\n\n1.扩大投资。实施项目30个。（市发展改革委负责）\n`;

describe('targets under a goal heading whose sentences name no year', () => {
  it('should take the year of the goal heading', async () => {
    expect(await goalsOf(plan('某市2024年工作方案', '2024年主要预期目标', '地区生产总值增长5.5%左右，城镇新增就业11万人以上。'))).toEqual([
      ['地区生产总值增长', 5.5, '%', 'about', 2024, 'change', null],
      ['城镇新增就业', 11, '万人', 'at-least', 2024, null, null],
    ]);
  });

  it('should take the year of a one-year plan when the heading has none', async () => {
    expect(await goalsOf(plan('某市2024年工作方案', '主要目标', '地区生产总值增长5.5%左右，城镇新增就业11万人以上。'))).toEqual([
      ['地区生产总值增长', 5.5, '%', 'about', 2024, 'change', null],
      ['城镇新增就业', 11, '万人', 'at-least', 2024, null, null],
    ]);
  });

  it('should prefer the year of the heading to that of the plan', async () => {
    expect(await goalsOf(plan('某市2024年工作方案', '2025年主要目标', '城镇新增就业12万人。'))).toEqual([['城镇新增就业', 12, '万人', 'equal', 2025, null, null]]);
  });

  it('should not read figures without a verb when neither the heading nor the plan gives one year', async () => {
    expect(await goalsOf(plan('某市工作方案（2023—2025年）', '目标任务', '选择北京、天津、上海等11个城市开展试点。'))).toEqual([]);
  });

  it('should not read the task prose of a one-year plan as goals', async () => {
    expect(await goalsOf(plan('某市2024年工作方案', '主要目标', '城镇新增就业11万人以上。'))).toEqual([['城镇新增就业', 11, '万人', 'at-least', 2024, null, null]]);
  });

  it('should read the goals of a one-year plan notice (fixtures/goals/one-year-plan.txt)', async () => {
    const doc = await parseFile('fixtures/goals/one-year-plan.txt');
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.comparison, g.year ?? null, g.position.start.line])).toEqual([
      ['全县地区生产总值增长', 6, '%', '左右', 'about', 2024, 16],
      ['社会消费品零售总额增长', 7, '%', '', 'equal', 2024, 16],
      ['城镇新增就业', 3500, '人', '以上', 'at-least', 2024, 16],
      ['城镇调查失业率', 5.5, '%', '以内', 'at-most', 2024, 16],
    ]);
  });
});
