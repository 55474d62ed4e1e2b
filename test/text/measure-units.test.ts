import { describe, expect, it } from 'vitest';
import { figureUnitAt, readsAsMeasureUnit, sameMeasureUnit } from '../../src/text/measure-units.js';

describe('readsAsMeasureUnit', () => {
  it.each([
    ['亿元'], ['家'], ['%'], ['万人次'], ['个/万人'], ['张/千人'], ['吨标准煤/万元'], ['亿美元'], ['亿元人民币'],
    ['万台'], ['个百分点'], ['kWh'], ['μg/m³'], ['平方米'], ['年'], ['岁'],
  ])('should read %s as a unit', (text) => {
    expect(readsAsMeasureUnit(text)).toBe(true);
  });

  it.each([['吨标准煤/万元'], ['万千瓦时'], ['人年'], ['千克'], ['立方米/万元'], ['万吨/年']])('should read %s, words one after another, as a unit', (text) => {
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

describe('figureUnitAt', () => {
  // The text after a figure (on the width-folded copy) and the unit read at its start.
  it.each([
    ['亿千瓦时，', '亿千瓦时'],
    ['万千瓦以上', '万千瓦'],
    ['万元/亩', '万元/亩'],
    ['起/万人以内', '起/万人'],
    ['批次/千人', '批次/千人'],
    ['元/千瓦时', '元/千瓦时'],
    ['万吨/年', '万吨/年'],
    ['吨标准煤/万元', '吨标准煤/万元'],
    ['个百分点', '个百分点'],
    ['个工作日以内', '个工作日'],
    ['个项目', '个'],
    ['个等级以上', '个等级'],
    ['个位次', '个位次'],
    ['个批次', '个批次'],
    ['个档次', '个档次'],
    ['个等级公路', '个'],
    ['个批次产品以上', '个'],
    ['个小时内', '个小时'],
    ['亿美元', '亿美元'],
    ['万亿元', '万亿元'],
    ['万台(套)', '万台(套)'],
    ['家(其中国家级3家)', '家'],
    ['万', '万'],
    ['GW以上', 'GW'],
    ['万kW', '万kW'],
    ['m³/s', 'm³/s'],
    ['%左右', '%'],
    ['万人天', '万人天'],
    ['户次', '户次'],
    ['人·次', '人·次'],
    ['分以上', '分'],
    ['分钟内', '分钟'],
  ])('should read the unit of %s as %s', (after, unit) => {
    expect(figureUnitAt(after, 0)).toBe(unit);
  });

  it.each([['G基站'], ['A级景区'], ['年'], ['月底前'], ['号文件'], ['kg肥料'], ['']])('should read no unit at the start of %s', (after) => {
    expect(figureUnitAt(after, 0)).toBe('');
  });

  it('should read the unit at a place inside a text', () => {
    expect(figureUnitAt('达到12.5亿元', 6)).toBe('亿元');
  });
});
