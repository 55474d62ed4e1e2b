import { describe, expect, it } from 'vitest';
import { arabicYears, findDates, parseDate, parseDateTime, parseFieldDate } from '../../src/text/date.js';

describe('dates', () => {
  it.each([
    ['2022年7月22日', '2022-07-22', 'arabic', false],
    ['2018年12月05日', '2018-12-05', 'arabic', true],
    ['二〇二二年七月二十二日', '2022-07-22', 'chinese', false],
    ['2022-07-22', '2022-07-22', 'numeric', true],
    ['２０２２年７月２２日', '2022-07-22', 'arabic', false],
    ['二O二三年三月十五日', '2023-03-15', 'chinese', false],
    ['二0二三年三月十五日', '2023-03-15', 'chinese', false],
    ['二Ｏ二三年三月十五日', '2023-03-15', 'chinese', false],
    ['二０二三年三月十五日', '2023-03-15', 'chinese', false],
  ])('should read %s as %s', (text, iso, style, padded) => {
    const d = parseDate(text)!;
    expect(d.iso).toBe(iso);
    expect(d.style).toBe(style);
    expect(d.zeroPadded).toBe(padded);
    expect(d.valid).toBe(true);
  });

  it('should mark an impossible date as invalid rather than drop it', () => {
    expect(parseDate('2022年2月30日')).toMatchObject({ iso: '2022-02-30', valid: false });
    expect(parseDate('2023年2月29日')!.valid).toBe(false);
    expect(parseDate('2024年2月29日')!.valid).toBe(true);
  });

  it('should not take a sentence containing a date for a date', () => {
    expect(parseDate('到2022年末,全区有效发明专利达到1170件')).toBeNull();
    expect(parseDate('天津市河东区人民政府 2019年12月3日星期二')).toBeNull();
  });

  it('should find every date in a text with its place', () => {
    const found = findDates('自2020年7月15日起实施，有效期至2028年7月14日。');
    expect(found.map((d) => [d.iso, d.index])).toEqual([
      ['2020-07-15', 1],
      ['2028-07-14', 19],
    ]);
  });

  it.each([
    ['2024-03-18 10:22', '2024-03-18'],
    ['2024-03-18 10:22:05', '2024-03-18'],
    ['2024-03-18T10:22:05+08:00', '2024-03-18'],
    ['2024年03月18日 10:22', '2024-03-18'],
    ['2024年3月18日10时22分', '2024-03-18'],
    ['2024/3/18', '2024-03-18'],
    ['2024-03-18 上午', null],
    ['2024-03-18 10', null],
    ['发布于2024-03-18 10:22', null],
  ])('should read %s, a date with any time of day, as %s', (text, iso) => {
    expect(parseDateTime(text)?.iso ?? null).toBe(iso);
  });
});

describe('years written in Chinese numerals', () => {
  it.each([
    ['到二〇二七年，全市', '到2027年，全市'],
    ['到二零二五年底', '到2025年底'],
    ['（二〇二五—二〇二七年）', '（2025—2027年）'],
    ['（二〇二五至二〇二七）', '（2025至2027）'],
    ['二○二四年六月', '2024年六月'],
    ['一九九八年', '1998年'],
    // Not years: a numeral of more digits, or one that stands before no 年.
    ['一二〇〇〇年', '一二〇〇〇年'],
    ['二〇二五', '二〇二五'],
    ['建设二十个', '建设二十个'],
  ])('should read %s as %s, keeping its length', (text, expected) => {
    expect(arabicYears(text)).toBe(expected);
    expect(arabicYears(text).length).toBe(text.length);
  });
});

describe('parseFieldDate (a header date field)', () => {
  it('should read eight digits as YYYYMMDD when they make a real date', () => {
    expect(parseFieldDate('20240105')?.iso).toBe('2024-01-05');
    expect(parseFieldDate('２０２４０１０５')?.iso).toBe('2024-01-05');
    expect(parseFieldDate('20241305')).toBeNull();
    expect(parseFieldDate('20240230')).toBeNull();
    expect(parseFieldDate('12345678')).toBeNull();
  });

  it('should read a date followed by its day of the week, with or without brackets or a time', () => {
    expect(parseFieldDate('2024年01月05日星期五')?.iso).toBe('2024-01-05');
    expect(parseFieldDate('2024-01-05 周五')?.iso).toBe('2024-01-05');
    expect(parseFieldDate('2024年1月5日（星期五）')?.iso).toBe('2024-01-05');
    expect(parseFieldDate('2024年1月7日 星期日 10:30')?.iso).toBe('2024-01-07');
    expect(parseFieldDate('2024年1月5日星期五上午')).toBeNull();
    expect(parseFieldDate('2024年1月5日起')).toBeNull();
  });

  it('should read what parseDateTime reads', () => {
    expect(parseFieldDate('2024-03-18 10:22')?.iso).toBe('2024-03-18');
    expect(parseFieldDate('2024年3月18日')?.iso).toBe('2024-03-18');
  });
});
