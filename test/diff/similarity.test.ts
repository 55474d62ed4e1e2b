import { describe, expect, it } from 'vitest';
import { BigramIndex, bigrams, dice } from '../../src/diff/similarity.js';

describe('bigrams and dice', () => {
  it('should give the distinct character bigrams of the text by substance', () => {
    expect([...bigrams('科技，创新')]).toEqual(['科技', '技,', ',创', '创新']);
    expect(bigrams('科技,创新')).toEqual(bigrams('科技，\n创新'));
  });

  it('should score the same text 1 and texts with nothing in common 0', () => {
    expect(dice(bigrams('推动科技成果转化'), bigrams('推动科技成果转化'))).toBe(1);
    expect(dice(bigrams('推动科技'), bigrams('引进人才'))).toBe(0);
    // 推动 动科 科技 技成 成果 against 推动 动科 科技 技创 创新: 3 shared of 5 + 5.
    expect(dice(bigrams('推动科技成果'), bigrams('推动科技创新'))).toBe(0.6);
  });
});

describe('BigramIndex', () => {
  it('should propose the items sharing the most bigrams first', () => {
    const index = new BigramIndex([bigrams('引进培养人才'), bigrams('推动科技成果转化'), bigrams('推动科技创新')]);
    expect(index.candidates(bigrams('推动科技成果转移转化'), 2)).toEqual([1, 2]);
  });

  it('should ignore bigrams that most items share', () => {
    const sets = Array.from({ length: 40 }, (_, k) => bigrams(`统筹协调${String.fromCharCode(0x4e00 + k * 7)}${String.fromCharCode(0x4e01 + k * 7)}`));
    const index = new BigramIndex(sets);
    expect(index.candidates(bigrams('统筹协调'), 5)).toEqual([]);
  });
});
