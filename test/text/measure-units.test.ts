import { describe, expect, it } from 'vitest';
import { figureMeasureAt, figureUnitAt, readsAsMeasureUnit, sameMeasureUnit } from '../../src/text/measure-units.js';

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

  it.each([['万台(套)'], ['台(套)'], ['个(家)'], ['个(根)'], ['辆(标台)'], ['户(次)']])('should read %s, a counter with another in brackets, as a unit', (text) => {
    expect(readsAsMeasureUnit(text)).toBe(true);
  });

  it.each([['累计'], ['年末'], ['当年'], ['新增'], ['预期性'], ['含新区'], ['2025'], [''], ['万台(累计)'], ['家(其中)']])('should read %s as a note, not a unit', (text) => {
    expect(readsAsMeasureUnit(text)).toBe(false);
  });
});

describe('sameMeasureUnit', () => {
  it.each([
    ['亿元', '亿元', true],
    ['亿元人民币', '亿元', true],
    ['亿美元', '亿元', false],
    ['万台(套)', '万台', false],
    ['万㎡', '万平方米', true],
    ['万m²', '万平方米', true],
    ['万m2', '万㎡', true],
    ['万m³/日', '万立方米/日', true],
    ['km²', '平方公里', true],
    ['万m2', '万m3', false],
    ['万㎡', '万亩', false],
    ['万吨标煤', '万吨标准煤', true],
    ['吨标煤/万元', '吨标准煤/万元', true],
    ['万吨标煤', '万吨', false],
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
    ['个(根)，', '个(根)'],
    ['辆(标台)以上', '辆(标台)'],
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
    ['万头以上', '万头'],
    ['亿斤以上', '亿斤'],
    ['万斤，', '万斤'],
    ['万羽', '万羽'],
    ['万根', '万根'],
    ['万㎡，', '万㎡'],
    ['万m³/日，', '万m³/日'],
    ['万m2，', '万m2'],
    ['万m3/日', '万m3/日'],
    ['万m²绿地', '万m²'],
    ['km2', 'km2'],
    ['/10万以下', '/10万'],
    ['/10万人', '/10万人'],
    ['/千人', '/千人'],
  ])('should read the unit of %s as %s', (after, unit) => {
    expect(figureUnitAt(after, 0)).toBe(unit);
  });

  it.each([['G基站'], ['A级景区'], ['年'], ['月底前'], ['号文件'], ['kg肥料'], [''], ['/3'], ['/12/31'], ['PM2.5']])('should read no unit at the start of %s', (after) => {
    expect(figureUnitAt(after, 0)).toBe('');
  });

  it('should read the unit at a place inside a text', () => {
    expect(figureUnitAt('达到12.5亿元', 6)).toBe('亿元');
  });

  it.each([['万kW时'], ['万t标准煤'], ['亿m³/s/日']])('should read no unit rather than the magnitude alone in %s, letters no unit took after it', (after) => {
    expect(figureUnitAt(after, 0)).toBe('');
  });

  it.each([['亿枚，', '亿枚'], ['万瓶以上', '万瓶'], ['万尾。', '万尾'], ['亿度', '亿度'], ['万立方，', '万立方'], ['万辆次以上', '万辆次']])('should read %s, a counter after a magnitude, whole: %s', (after, unit) => {
    expect(figureUnitAt(after, 0)).toBe(unit);
  });

  it.each([['台套以上', '台套'], ['台套，', '台套'], ['万台套', '万台套'], ['千公顷以上', '千公顷'], ['万公顷', '万公顷']])('should read %s whole, not its first counter or nothing: %s', (after, unit) => {
    expect(figureUnitAt(after, 0)).toBe(unit);
  });

  it.each([['万吨标煤以内', '万吨标煤'], ['吨标煤/万元以下', '吨标煤/万元'], ['千克标煤，', '千克标煤']])('should read %s, the short form of 标准煤, whole: %s', (after, unit) => {
    expect(figureUnitAt(after, 0)).toBe(unit);
  });

  it.each([['辆次以上', '辆次'], ['艘次，', '艘次'], ['家次', '家次'], ['万辆次', '万辆次'], ['名次', '名次'], ['个次以上', '个次']])('should read %s, a counter then 次 (counted as often as they recur), as one unit: %s', (after, unit) => {
    expect(figureUnitAt(after, 0)).toBe(unit);
  });

  it.each([['株次生林', '株'], ['座次级站点', '座']])('should leave 次 to the word it opens in %s', (after, unit) => {
    expect(figureUnitAt(after, 0)).toBe(unit);
  });

  it.each([['件套以上'], ['台件，'], ['万件套'], ['万件套以上']])('should read no unit rather than the first of two counters in %s, a compound counter it does not know', (after) => {
    expect(figureUnitAt(after, 0)).toBe('');
  });

  it.each([['万头只，', '万头只'], ['头只以上', '头只'], ['万羽只', '万羽只']])('should read %s, the combined count of mixed livestock, whole: %s', (after, unit) => {
    expect(figureUnitAt(after, 0)).toBe(unit);
  });

  it.each([['万钟，'], ['亿对以上'], ['万盒']])('should read no unit rather than the magnitude alone in %s, a counter it does not know before the clause ends', (after) => {
    expect(figureUnitAt(after, 0)).toBe('');
  });

  it.each([['万多，', '万'], ['万余', '万'], ['万以上', '万'], ['亿左右', '亿'], ['亿大关', '亿'], ['万上下', '万'], ['万和', '万']])('should keep the magnitude alone before %s, no counter', (after, unit) => {
    expect(figureUnitAt(after, 0)).toBe(unit);
  });
});

describe('figureMeasureAt', () => {
  it.each([
    ['余人次，', '人次', 3, '余', 0],
    ['万余人', '万人', 3, '余', 1],
    ['余万元', '万元', 3, '余', 0],
    ['多家', '家', 2, '多', 0],
    ['万多户以上', '万户', 3, '多', 1],
    ['万余，', '万', 2, '余', 1],
  ])('should read 余 or 多 in %s as a floor, the unit %s around it', (after, unit, end, word, at) => {
    expect(figureMeasureAt(after, 0)).toEqual({ unit, end, over: { word, at } });
  });

  it('should read a unit without 余 as figureUnitAt does', () => {
    expect(figureMeasureAt('达到12.5亿元', 6)).toEqual({ unit: '亿元', end: 8 });
  });

  it.each([['余'], ['多措并举'], ['其余'], ['万余万']])('should read no unit in %s', (after) => {
    expect(figureMeasureAt(after, 0)).toBeNull();
  });
});

describe('rates per a base', () => {
  it.each([['1/10万'], ['1/万'], ['/10万'], ['‱'], ['1/千']])('should read %s as a unit', (unit) => {
    expect(readsAsMeasureUnit(unit)).toBe(true);
  });

  it('should not read a bare figure or a count as a rate unit', () => {
    expect(readsAsMeasureUnit('1/2')).toBe(false);
    expect(readsAsMeasureUnit('10')).toBe(false);
  });

  it('should take 1/10万 and /10万 for one unit, and ‱ for one in 万, not in 10万', () => {
    expect(sameMeasureUnit('1/10万', '/10万')).toBe(true);
    expect(sameMeasureUnit('‱', '1/万')).toBe(true);
    expect(sameMeasureUnit('‱', '1/10万')).toBe(false);
  });
});

describe('a counter per a base after its /', () => {
  it.each([
    ['人/10万人以下', '人/10万人'],
    ['人/10万人口以内', '人/10万人口'],
    ['人/万车以下', '人/万车'],
    ['元/生。', '元/生'],
    ['人/百万人以上', '人/百万人'],
    ['元/生·年', '元/生·年'],
    ['人/组，', '人/组'],
    ['/万车以下', '/万车'],
    ['人/10万以下', '人/10万'],
  ])('should read %s to %s', (text, unit) => {
    expect(figureUnitAt(text, 0)).toBe(unit);
  });

  it('should read no unit where the base is written but not read, rather than the counter alone', () => {
    expect(figureUnitAt('人/10万常驻居民以下', 0)).toBe('');
  });

  it('should not take a second figure after a / for a base (85%/90%)', () => {
    expect(figureUnitAt('%/90%', 0)).toBe('%');
  });

  it.each([['人/10万人'], ['人/10万人口'], ['元/生'], ['人/万车'], ['人/百万人']])('should read %s in brackets as a unit', (text) => {
    expect(readsAsMeasureUnit(text)).toBe(true);
  });

  it.each([['生'], ['车'], ['学生'], ['10万人']])('should read %s alone, a base without its counter, as no unit in brackets', (text) => {
    expect(readsAsMeasureUnit(text)).toBe(false);
  });
});
