import { describe, expect, it } from 'vitest';
import { splitTrailingNumber, titleSubstance } from '../../src/text/title-substance.js';
import { wholeDocumentNumber } from '../../src/text/document-number.js';

describe('a title read by substance', () => {
  it.each([
    ['quotes', '关于印发《某方案》的通知', '关于印发某方案的通知'],
    ['a year range\'s dash', '关于印发某计划（2024-2026年）的通知', '关于印发某计划（2024—2026年）的通知'],
    ['a period of years left out', '关于印发某计划的通知', '关于印发某计划（2024—2026年）的通知'],
    ['a full stop', '关于印发某方案的通知。', '关于印发某方案的通知'],
  ])('should read two titles that differ only in %s as the same', (_how, a, b) => {
    expect(titleSubstance(a)).toBe(titleSubstance(b));
  });

  it('should tell titles of other documents apart', () => {
    expect(titleSubstance('关于印发某方案的通知')).not.toBe(titleSubstance('关于印发某办法的通知'));
  });
});

describe('a document number after a title', () => {
  const isNumber = (t: string): boolean => wholeDocumentNumber(t) !== null;

  it('should split the bracketed number from the title', () => {
    const title = '某县人民政府办公室关于印发某方案的通知（某政办发〔2024〕40号）';
    const split = splitTrailingNumber(title, isNumber)!;
    expect(split.title).toBe('某县人民政府办公室关于印发某方案的通知');
    expect(title.slice(split.from, split.to)).toBe('某政办发〔2024〕40号');
  });

  it('should split a number ending in 號 set after spaces from a traditional title', () => {
    const title = '某市人民政府辦公室關於印發某方案的通知　某府辦〔2024〕6號';
    const split = splitTrailingNumber(title, isNumber)!;
    expect(split.title).toBe('某市人民政府辦公室關於印發某方案的通知');
    expect(title.slice(split.from, split.to)).toBe('某府辦〔2024〕6號');
  });

  it.each([['关于印发某办法（试行）的通知'], ['关于印发某计划的通知（2024—2026年）'], ['关于印发某方案的通知']])('should leave %s whole', (title) => {
    expect(splitTrailingNumber(title, isNumber)).toBeNull();
  });
});
