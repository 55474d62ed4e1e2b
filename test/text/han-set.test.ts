import { describe, expect, it } from 'vitest';
import { HanSet } from '../../src/text/han-set.js';

describe('HanSet', () => {
  const set = new HanSet('區發關');

  it.each([
    ['區發關區', 100, Infinity, 4],
    ['区发关', 100, Infinity, 0],
    ['abc區（發）關', 100, Infinity, 3],
    ['區發關區發', 3, Infinity, 3],
    ['區發關區發', 100, 2, 2],
    ['', 100, Infinity, 0],
  ])('should count the set’s characters in %s (first %i, at most %s)', (text, limit, enough, hits) => {
    expect(set.count(text, limit, enough)).toBe(hits);
  });

  it('should ignore characters outside the CJK block it covers', () => {
    expect(new HanSet('a〇𠀀區').count('a〇𠀀區', 100)).toBe(1);
  });
});
