import { describe, expect, it } from 'vitest';
import { readsAsMeasureUnit, sameMeasureUnit } from '../../src/text/measure-units.js';

describe('readsAsMeasureUnit', () => {
  it.each([
    ['亿元'], ['家'], ['%'], ['万人次'], ['个/万人'], ['张/千人'], ['吨标准煤/万元'], ['亿美元'], ['亿元人民币'],
    ['万台'], ['个百分点'], ['kWh'], ['μg/m³'], ['平方米'], ['年'], ['岁'],
  ])('should read %s as a unit', (text) => {
    expect(readsAsMeasureUnit(text)).toBe(true);
  });

  it.each([['累计'], ['年末'], ['当年'], ['新增'], ['预期性'], ['含新区'], ['2025'], ['']])('should read %s as a note, not a unit', (text) => {
    expect(readsAsMeasureUnit(text)).toBe(false);
  });
});

describe('sameMeasureUnit', () => {
  it.each([
    ['亿元', '亿元', true],
    ['亿元人民币', '亿元', true],
    ['亿美元', '亿元', false],
    ['万台(套)', '万台', false],
  ])('should say whether %s and %s are one unit', (a, b, same) => {
    expect(sameMeasureUnit(a, b)).toBe(same);
  });
});
