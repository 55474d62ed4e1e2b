import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSimplifier, looksTraditional, simplifyLabelGlyphs } from '../../src/text/simplify.js';

describe('traditional characters', () => {
  it('should not take a simplified notice for a traditional one', () => {
    expect(looksTraditional(readFileSync('fixtures/hedong-2022.txt', 'utf8'))).toBe(false);
  });

  it('should recognise a traditional notice', () => {
    expect(looksTraditional('河東區人民政府辦公室關於修訂河東區科技創新三年行動計劃的通知')).toBe(true);
  });

  it('should convert to simplified one character for one', async () => {
    const simplify = await loadSimplifier();
    const text = '牽頭單位：區科技局，參與單位：區發展改革委、區產促局';
    expect(simplify(text)).toBe('牵头单位：区科技局，参与单位：区发展改革委、区产促局');
    expect(simplify(text)).toHaveLength(text.length);
  });

  it.each([
    ['衞生局', '卫生局'],
    ['牽頭部門：衞生局；協辦部門：社會工作局', '牵头部门：卫生局；协办部门：社会工作局'],
    ['敍述', '叙述'],
    ['衹限', '只限'],
    ['推廣綫上繳費', '推广线上缴费'],
    ['着力推進', '着力推进'],
  ])('should write the Hong Kong / Macau variant in %s in its simplified form', async (text, expected) => {
    const simplify = await loadSimplifier();
    expect(simplify(text)).toBe(expected);
    expect(simplify(text)).toHaveLength(text.length);
  });
});

describe('role-label glyphs', () => {
  it('should read a label in traditional or Japanese glyphs as its simplified form, one character for one', () => {
    for (const [text, expected] of [
      ['牽頭單位：县文旅局', '牵头单位：县文旅局'],
      ['参与単位：县财政局', '参与单位：县财政局'],
      ['牽头单位、責任部門', '牵头单位、责任部门'],
    ] as const) {
      const out = simplifyLabelGlyphs(text);
      expect(out).toBe(expected);
      expect(out.length).toBe(text.length);
    }
  });
});
