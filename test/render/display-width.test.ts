import { describe, expect, it } from 'vitest';
import { displayWidth, wrapToWidth } from '../../src/render/display-width.js';

describe('displayWidth', () => {
  it('should count Chinese characters and full-width punctuation as two columns', () => {
    expect(displayWidth('区科技局')).toBe(8);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('区、局，')).toBe(8);
    expect(displayWidth('（一）')).toBe(6);
  });

  it('should not count colour codes', () => {
    expect(displayWidth('\u001b[32m区科技局\u001b[39m')).toBe(8);
  });

  it('should count the role markers as one column, as terminals draw them', () => {
    expect(displayWidth('● lead')).toBe(6);
  });
});

describe('wrapToWidth', () => {
  it('should leave text that fits alone', () => {
    expect(wrapToWidth('区科技局', 8)).toEqual(['区科技局']);
  });

  it('should break a list of units after a 、 when the name fits', () => {
    expect(wrapToWidth('区发展改革委、区楼宇办、区产促局', 14)).toEqual(['区发展改革委、', '区楼宇办、', '区产促局']);
  });

  it('should break Chinese text between characters when a phrase is longer than a line', () => {
    expect(wrapToWidth('实现创新平台提质增效', 12)).toEqual(['实现创新平台', '提质增效']);
  });

  it('should never start a line with closing punctuation', () => {
    // 10 columns hold 甲乙丙丁戊; the 、 after it takes 戊 down to the next line.
    const lines = wrapToWidth('甲乙丙丁戊、己庚辛壬癸子丑', 10);
    expect(lines.every((line) => !/^[、，。]/.test(line))).toBe(true);
    expect(lines.every((line) => displayWidth(line) <= 10)).toBe(true);
    expect(lines.join('')).toBe('甲乙丙丁戊、己庚辛壬癸子丑');
  });

  it('should keep every line within the width', () => {
    const text = '围绕领军人才创新创业需求,提供多方位支持;加大对科技创新创业相关基础设施建设的投入 (abc def)';
    for (const width of [6, 9, 13, 20]) {
      const lines = wrapToWidth(text, width);
      expect(lines.every((line) => displayWidth(line) <= width)).toBe(true);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
});
