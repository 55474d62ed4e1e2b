import { describe, expect, it } from 'vitest';
import { parseCardinal, parseDecimalCount, parseNumeral, toChineseNumeral } from '../../src/text/chinese-numeral.js';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1], ['十', 10], ['十五', 15], ['二十', 20], ['二十三', 23], ['一百', 100], ['一百零三', 103],
    ['两百', 200], ['二〇二二', 2022], ['15', 15], ['１２', 12], ['三十九', 39],
  ])('should read %s as %d', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it.each([[''], ['第一'], ['a'], ['十x']])('should refuse %j', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });

  it.each([[1, '一'], [10, '十'], [15, '十五'], [20, '二十'], [105, '一百零五'], [2022, '二千零二十二']])('should write %d as %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
  });

  it.each([
    ['两', 2], ['十', 10], ['十五', 15], ['三十', 30], ['一百零三', 103], ['一百一十五', 115], ['两千', 2000],
    ['三千零五十', 3050], ['一万二千', 12000], ['三万零五百', 30500],
  ])('should read %s as the count %d', (text, value) => {
    expect(parseCardinal(text)).toBe(value);
  });

  it.each([['二〇二二'], ['两三'], ['三四十'], ['十四五'], ['百'], ['千'], ['一百十五'], ['零五'], ['一千零'], ['一万二'], ['十两'], ['']])(
    'should refuse %j as a count',
    (text) => {
      expect(parseCardinal(text)).toBeNull();
    },
  );

  it.each([['六点五', 6.5], ['十五点零五', 15.05], ['三十', 30]])('should read %s as the decimal count %d', (text, value) => {
    expect(parseDecimalCount(text)).toBe(value);
  });

  it.each([['六点'], ['点五'], ['六点十'], ['十四五点五']])('should refuse %j as a decimal count', (text) => {
    expect(parseDecimalCount(text)).toBeNull();
  });

  it('should round-trip every number from 1 to 200', () => {
    for (let n = 1; n <= 200; n++) expect(parseNumeral(toChineseNumeral(n))).toBe(n);
  });
});
