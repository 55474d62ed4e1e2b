import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_ONLY, loadSimplifier, looksTraditional } from '../../src/text/simplify.js';

const SEED = readFileSync(new URL('../../fixtures/hedong-2022.txt', import.meta.url), 'utf8');

describe('looksTraditional', () => {
  // The seed writes 实施, 条例 and 预算 often; 施, 例 and 算 are the same in both scripts.
  it('should not take the simplified seed for traditional text', () => {
    expect(looksTraditional(SEED)).toBe(false);
  });

  it('should take a notice in traditional characters for one', () => {
    expect(looksTraditional('關於印發河東區科技創新三年行動計劃的通知。牽頭單位:區科技局')).toBe(true);
  });

  // 溫室氣體, 較, 運量, 達到, 億, 減少: a target sentence's own words tell a traditional text.
  it('should take target sentences in traditional characters for traditional text', () => {
    expect(looksTraditional('到2026年，溫室氣體排放量較2005年減少25%，公共運輸運量達到每年1.2億人次。')).toBe(true);
  });

  it('should only count characters that simplifying changes', async () => {
    const simplify = await loadSimplifier();
    const listed = [...new Set(TRADITIONAL_ONLY)];
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.filter((c) => simplify(c) === c)).toEqual([]);
  });
});
