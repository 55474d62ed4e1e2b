import { describe, expect, it } from 'vitest';
import { foldRoman, romanOrdinal } from '../../src/text/roman-numeral.js';

describe('Roman numerals', () => {
  it.each([
    ['Ⅰ', 1], ['Ⅳ', 4], ['Ⅻ', 12], ['I', 1], ['III', 3], ['IV', 4], ['IX', 9], ['XIV', 14], ['XIX', 19], ['XX', 20],
  ])('should read %s as %i', (text, value) => {
    expect(romanOrdinal(text)).toBe(value);
  });

  it.each([[''], ['IIII'], ['VV'], ['IL'], ['一'], ['ⅠⅠ'], ['ii']])('should read %s as no numeral', (text) => {
    expect(romanOrdinal(text)).toBeNull();
  });
});

describe('Roman numerals folded to capitals', () => {
  it.each([['Ⅱ', 'II'], ['Ⅻ', 'XII'], ['IV', 'IV'], ['二', '二']])('should fold %s to %s', (text, folded) => {
    expect(foldRoman(text)).toBe(folded);
  });
});
