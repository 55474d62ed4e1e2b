import { describe, expect, it } from 'vitest';
import { indicatorWithoutScope, sameIndicatorInScope } from '../../src/diff/goal-scope.js';
import { substanceKey } from '../../src/text/fold.js';

describe('sameIndicatorInScope', () => {
  it('should take an area word both sentences write before the indicator for no change', () => {
    const old = { indicator: '高新技术企业', sentence: '到2026年，全区技术合同成交额达到40亿元，高新技术企业达到260家' };
    const now = { indicator: '全区高新技术企业', sentence: '到2026年，全区高新技术企业达到260家' };
    expect(sameIndicatorInScope(old, now, substanceKey)).toBe(true);
    expect(sameIndicatorInScope(now, old, substanceKey)).toBe(true);
  });

  it('should take an area word only one version writes for a change', () => {
    const old = { indicator: '高新技术企业', sentence: '到2026年，高新技术企业达到260家' };
    const now = { indicator: '全区高新技术企业', sentence: '到2026年，全区高新技术企业达到260家' };
    expect(sameIndicatorInScope(old, now, substanceKey)).toBe(false);
  });

  it('should not take another prefix for an area word', () => {
    const old = { indicator: '高新技术企业', sentence: '到2026年，国家高新技术企业达到260家' };
    const now = { indicator: '国家高新技术企业', sentence: '到2026年，国家高新技术企业达到260家' };
    expect(sameIndicatorInScope(old, now, substanceKey)).toBe(false);
  });

  it('should pair goals by the indicator without its area word', () => {
    expect(indicatorWithoutScope('全市高新技术企业')).toBe('高新技术企业');
    expect(indicatorWithoutScope('全面推行河长制')).toBe('全面推行河长制');
  });
});
