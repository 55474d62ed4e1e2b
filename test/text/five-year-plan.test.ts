import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_PLAN, fiveYearPlanEnd, fiveYearPlanYearNamed } from '../../src/text/five-year-plan.js';

describe('five-year plans', () => {
  it.each([
    ['“十一五”时期', 2010],
    ['十三五末', 2020],
    ['“十四五”规划', 2025],
    ['十五五', 2030],
    ['国民经济和社会发展第十四个五年规划', 2025],
  ])('should end the plan named in %s in %i', (text, end) => {
    const m = FIVE_YEAR_PLAN.exec(text);
    expect(m).not.toBeNull();
    expect(fiveYearPlanEnd(m![1]!)).toBe(end);
  });

  it.each(['第二十五条', '十五个工作日', '建成十一个五星级景区'])('should find no five-year plan in %s', (text) => {
    expect(FIVE_YEAR_PLAN.exec(text)).toBeNull();
  });
});

describe('years named within a five-year plan', () => {
  it.each([
    ['”开局之年，', '五', 2026],
    ['”时期开局之年', '五', 2026],
    ['”规划的开局年', '四', 2021],
    ['”開局之年', '五', 2026],
    ['”首年', '五', 2026],
    ['”第一年', '五', 2026],
    ['”第三年', '五', 2028],
    ['”中期', '五', 2028],
    ['”收官之年', '四', 2025],
    ['”时期最后一年', '五', 2030],
  ])('should read %s after the plan 十%s五 as the year %i', (after, numeral, year) => {
    expect(fiveYearPlanYearNamed(numeral, after)).toBe(year);
  });

  it.each(['”期间', '”末', '”时期', '”第六年'])('should name no year within the plan in 十五五%s', (after) => {
    expect(fiveYearPlanYearNamed('五', after)).toBeNull();
  });
});
