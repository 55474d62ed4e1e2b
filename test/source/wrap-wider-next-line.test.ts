import { describe, expect, it } from 'vitest';
import { findWrap, wrapsInto, type WrapLine } from '../../src/source/line-wrap.js';

const line = (text: string): WrapLine => ({ text });

describe('a line wider than the wrap after a full line', () => {
  const wrap = findWrap(['一二三四五六七八九十一二三四五六七八', '一二三四五六七八九十一二三四五六七八', '一二三四五六七八九十一二三四五六七八'].map(line));

  it('should keep a title as wide as the wrap apart from a paragraph on one line under it', () => {
    const paragraph = '2024年，全区数字经济核心产业增加值增长10%以上，新增上云企业300家，新建5G基站500个。';
    expect(wrapsInto(line('云岗区2024年数字经济发展工作要点'), line(paragraph), wrap)).toBe(false);
  });

  it('should still join a full line to the rest of its paragraph, no wider than the wrap', () => {
    expect(wrapsInto(line('到2025年，全区新能源汽车保有量达到5万'), line('辆，公共充电桩达到3000个。'), wrap)).toBe(true);
  });
});
