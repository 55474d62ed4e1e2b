import { describe, expect, it } from 'vitest';
import { sameUnitKind, unitKey, unitKind } from '../../src/text/unit-spellings.js';
import { sameMeasureUnit } from '../../src/text/measure-units.js';

describe('unitKey', () => {
  it.each([
    ['μg/m³', '微克/立方米'],
    ['µg/m3', '微克/立方米'],
    ['mg/m³', '毫克/立方米'],
    ['mg/L', '毫克/升'],
    ['km', '公里'],
    ['千米', '公里'],
    ['km²', '平方公里'],
    ['平方千米', '平方公里'],
    ['万m²', '万平方米'],
    ['万t', '万吨'],
    ['公斤', '千克'],
    ['万kW', '万千瓦'],
    ['亿kWh', '亿千瓦时'],
    ['kW·h', '千瓦时'],
    ['MW', '兆瓦'],
    ['m³/d', '立方米/日'],
    ['立方米/天', '立方米/日'],
    ['dB(A)', '分贝'],
    ['亿元人民币', '亿元'],
    ['1/10万', '/10万'],
  ])('should spell %s as %s', (unit, key) => {
    expect(unitKey(unit)).toBe(key);
  });

  it.each([['天然气'], ['吨标准煤/万元'], ['个'], ['万台(套)']])('should leave %s, which has no other spelling, as it is', (unit) => {
    expect(unitKey(unit)).toBe(unit);
  });
});

describe('sameMeasureUnit with symbols', () => {
  it.each([
    ['μg/m³', '微克/立方米', true],
    ['mg/m³', '毫克/立方米', true],
    ['mg/m³', '微克/立方米', false],
    ['km', '公里', true],
    ['m', '公里', false],
    ['m²', '平方米', true],
    ['万t', '万吨', true],
    ['t', '万吨', false],
    ['万kW', '万千瓦', true],
    ['万kW', '万千瓦时', false],
    ['kWh', '千瓦时', true],
    ['GW', '吉瓦', true],
    ['t/万元', '吨/万元', true],
  ])('should say whether %s and %s are one unit', (a, b, same) => {
    expect(sameMeasureUnit(a, b)).toBe(same);
  });
});

describe('unitKind', () => {
  it.each([
    ['万吨', 'mass'],
    ['万t', 'mass'],
    ['公斤', 'mass'],
    ['万亩', 'area'],
    ['公顷', 'area'],
    ['万平方米', 'area'],
    ['km²', 'area'],
    ['亿元', 'money'],
    ['万亿元', 'money'],
    ['亿美元', 'money'],
    ['%', 'rate'],
    ['个百分点', 'rate'],
    ['家', 'count'],
    ['万户', 'count'],
    ['万台(套)', 'count'],
    ['万千瓦', 'power'],
    ['亿千瓦时', 'energy'],
    ['公里', 'length'],
  ])('should say %s measures a %s', (unit, kind) => {
    expect(unitKind(unit)).toBe(kind);
  });

  it.each([['吨标准煤/万元'], ['微克/立方米'], ['万'], ['倍'], ['分'], ['']])('should know no kind for %s', (unit) => {
    expect(unitKind(unit)).toBeNull();
  });

  it.each([
    ['万吨', '吨', true],
    ['家', '个', true],
    ['万亩', '万吨', false],
    ['%', '亿元', false],
    ['倍', '亿元', true],
  ])('should say whether %s and %s may measure one quantity (%s)', (a, b, same) => {
    expect(sameUnitKind(a, b)).toBe(same);
  });
});
