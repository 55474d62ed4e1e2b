import { describe, expect, it } from 'vitest';
import { headerName } from '../../src/text/header-name.js';

describe('headerName', () => {
  it.each([
    ['指\u00a0\u00a0标', '指标'],
    ['序　　号', '序号'],
    ['指  标', '指标'],
    ['责 任 单 位', '责任单位'],
    ['單  位', '單位'],
    ['单　位（万元）', '单位（万元）'],
    ['完 成 时 限 (年月)', '完成时限(年月)'],
    [' 序号 ', '序号'],
  ])('should close up the letter-spaced column name %s', (written, expected) => {
    expect(headerName(written)).toBe(expected);
  });

  it.each([['2023年 目标'], ['指标 A'], ['2025年　预期'], ['这是一个很长的表头名称 不是间隔']])('should keep %s as written: no short name of Han characters in pieces', (written) => {
    expect(headerName(written)).toBe(written);
  });
});
