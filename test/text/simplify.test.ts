import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keySimplifier, loadSimplifier, looksTraditional, passageSimplifier, simplifierFor, simplifyLabelGlyphs } from '../../src/text/simplify.js';

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

describe('a passage in traditional characters inside a simplified notice', () => {
  const notice = ['1.提升服务质量，效果显著。（牵头单位：市商务局）', '2.提振家居消费。（牽頭單位：市發改委）', '3.发展夜间经济。（牵头单位：市商务局）'].join('\n');

  it('should convert only the lines that hold a traditional character, one character for one', async () => {
    const simplify = passageSimplifier(await loadSimplifier());
    const out = simplify(notice);
    expect(out).toHaveLength(notice.length);
    // The simplified lines stay as written: the converter would make a 卓著 of theirs a 卓着.
    expect(out.split('\n')).toEqual(['1.提升服务质量，效果显著。（牵头单位：市商务局）', '2.提振家居消费。（牵头单位：市发改委）', '3.发展夜间经济。（牵头单位：市商务局）']);
    expect(simplify('显著提升')).toBe('显著提升');
    expect(simplify('\n市發改委\n')).toBe('\n市发改委\n');
  });

  it('should choose no converter, the whole text\'s, or the passage\'s by the text and the mode', async () => {
    expect(await simplifierFor('1.提振家居消费，效果显著。（牵头单位：市发改委）', 'auto')).toBeUndefined();
    expect(await simplifierFor(notice, 'never')).toBeUndefined();
    const passage = await simplifierFor(notice, 'auto');
    expect(passage?.('成就卓著。市發改委')).toBe('成就卓着。市发改委');
    expect(passage?.('成就卓著。\n市發改委')).toBe('成就卓著。\n市发改委');
    // A 繁体 page is converted whole.
    const whole = await simplifierFor('河東區人民政府辦公室關於修訂河東區科技創新三年行動計劃的通知\n效果显著', 'auto');
    expect(whole?.('成就卓著')).toBe('成就卓着');
    expect((await simplifierFor('效果显著', 'always'))?.('市發改委')).toBe('市发改委');
  });
});

// opencc reads every text as 繁体: a simplified 乾县 becomes 干县, 显著 显着, 卓著 卓着. Keys are made
// through keySimplifier, which keeps a simplified text as written and folds what it changes alike.
describe('keys through the converter', () => {
  it.each(['乾县发改局', '乾县人民政府', '取得显著成效', '保护著作权', '著名品牌', '乾坤', '为什么', '区科技局'])(
    'should keep the simplified %s as written',
    async (text) => {
      expect(keySimplifier(await loadSimplifier())(text)).toBe(text);
    },
  );

  it.each([
    ['乾縣發改局', '乾县发改局'],
    ['乾縣人民政府', '乾县人民政府'],
    ['取得顯著成效', '取得显著成效'],
    ['保護著作權', '保护著作权'],
    ['著力推進', '着力推进'],
    ['乾淨整潔', '干净整洁'],
    ['幹部隊伍', '干部队伍'],
    // A simplified line the converter does convert, for a traditional character in it, keys as written too.
    ['效果显著，（牽頭單位：乾县發改局）', '效果显著，（牵头单位：乾县发改局）'],
  ])('should key the traditional %s as the simplified %s, one character for one', async (traditional, simplified) => {
    const key = keySimplifier(await loadSimplifier());
    expect(key(traditional)).toBe(key(simplified));
    expect(key(traditional)).toHaveLength(traditional.length);
  });

  it('should not key apart words alike that differ in more than those characters', async () => {
    const key = keySimplifier(await loadSimplifier());
    expect(key('區科枝局')).not.toBe(key('区科技局'));
    expect(key('显著提升')).not.toBe(key('显然提升'));
    expect(key('乾县')).not.toBe(key('礼县'));
  });
});

describe('the converter on simplified words it would misread', () => {
  it.each([
    ['乾县发改局', '乾县发改局'],
    ['（牽頭單位：乾县發改局）', '（牵头单位：乾县发改局）'],
    ['取得显著成效', '取得显著成效'],
    ['主编著作', '主编著作'],
    // Traditional words keep their conversion: 乾 beside 淨, 著 beside 力, are no simplified word's.
    ['乾縣發改局', '乾县发改局'],
    ['環境乾淨', '环境干净'],
    ['著力推進', '着力推进'],
    ['取得顯著成效', '取得显著成效'],
  ])('should convert %s to %s, one character for one', async (text, expected) => {
    const simplify = await loadSimplifier();
    expect(simplify(text)).toBe(expected);
    expect(simplify(text)).toHaveLength(text.length);
  });
});
