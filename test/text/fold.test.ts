import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutOffsets } from '../helpers/offsets.js';
import { closeLetterSpacing, fold, ocrSpaces, substanceKey } from '../../src/text/fold.js';

/** fold's contract, one code unit at a time, written as plainly as possible to check fold against. */
function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x09 || c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) return 0x20;
  return ({ 0xfe59: 0x28, 0xfe5a: 0x29, 0xfe50: 0x2c, 0xfe51: 0x3001, 0x2236: 0x3a, 0xfe30: 0x3a } as Record<number, number>)[c] ?? c;
}

describe('fold', () => {
  it('should map every code unit of any text as its table says, keeping lone surrogates and a leading BOM', () => {
    const unit = fc.oneof(
      fc.constantFrom(0x09, 0x20, 0xa0, 0x2000, 0x2005, 0x200a, 0x200b, 0x202f, 0x205f, 0x3000, 0xfe50, 0xfe51, 0xfe59, 0xfe5a, 0x2236, 0xfeff, 0xd800, 0xdc00),
      fc.integer({ min: 0xff00, max: 0xff60 }),
      fc.integer({ min: 0, max: 0xffff }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20_000 }), (units) => {
        const text = String.fromCharCode(...units);
        expect(fold(text)).toBe(String.fromCharCode(...units.map(foldUnit)));
      }),
      { numRuns: 200 },
    );
  });

  it('should fold full-width punctuation and digits and keep the length', () => {
    const text = '（牵头单位：区科技局，参与单位：区财政局）２０２２';
    expect(fold(text)).toBe('(牵头单位:区科技局,参与单位:区财政局)2022');
    expect(fold(text)).toHaveLength(text.length);
  });

  it('should turn every kind of space into an ASCII space', () => {
    expect(fold('名\u3000称\u2002:\u00a0x')).toBe('名 称 : x');
  });

  it('should leave Chinese punctuation that has no half-width form alone', () => {
    expect(fold('各委办局、各街道。〔2022〕')).toBe('各委办局、各街道。〔2022〕');
  });

  it('should give the same substance key to width and spacing variants', () => {
    expect(substanceKey('区科技局，参与单位：\n区财政局')).toBe(substanceKey('区科技局,参与单位:区财政局'));
  });

  it('should give the corner quotes of a Taiwan-style page the key of the curly ones', () => {
    expect(substanceKey('實施「雛鷹」企業培育工程，打造『專精特新』')).toBe(substanceKey('實施“雛鷹”企業培育工程，打造‘專精特新’'));
  });
});

describe('closeLetterSpacing', () => {
  it.each([
    ['工　作　目　标', '工作目标'],
    ['保 障 措 施', '保障措施'],
    ['總\u2002體\u2002要\u2002求', '總體要求'],
    ['（二）重　点　任　务', '（二）重点任务'],
  ])('should take the letter-spacing out of %s', (text, key) => {
    expect(closeLetterSpacing(text)).toBe(key);
  });

  it('should keep the spaces next to Latin letters and figures', () => {
    expect(closeLetterSpacing('5G 网络 2025 年')).toBe('5G 网络 2025 年');
    expect(closeLetterSpacing('推进 ETC 应用')).toBe('推进 ETC 应用');
  });
});

describe('ocrSpaces', () => {
  const closed = (t: string): string => withoutOffsets(t, ocrSpaces(t));
  it.each([
    ['（牵 头 单 位 ： 区 人 社 局）', '（牵头单位：区人社局）'],
    ['（区 科 技 局 牵 头，区 财 政 局 、区 工 信 局 配 合）', '（区科技局牵头，区财政局、区工信局配合）'],
    ['全 区 高 新 技 术 企 业 达 到 300 家，成 交 额 达 到 50 亿 元。', '全区高新技术企业达到300家，成交额达到50亿元。'],
    ['2 0 2 4 年 5 月 6 日', '2024年5月6日'],
    ['某 某 区 人 民 政 府 办 公 室', '某某区人民政府办公室'],
  ])('should take out the spaces OCR put between the characters of %s', (text, expected) => {
    expect(closed(text)).toBe(expected);
  });

  it.each([
    ['到 2025 年，全市新增 10 20 家'],
    ['四、保 障 措 施'],
    ['【索 引 号】11330200MB1234567X/2024-00087'],
    ['有 效 性：有效'],
    ['区科技局  区财政局  区税务局'],
    ['牵头单位 区人社局 参与单位 区科技局'],
  ])('should keep word spaces, column gaps and a heading\'s or label\'s letter-spacing in %s', (text) => {
    expect(ocrSpaces(text)).toEqual([]);
  });
});
