import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_PLAN, fiveYearPlanEnd } from '../../src/text/five-year-plan.js';

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
