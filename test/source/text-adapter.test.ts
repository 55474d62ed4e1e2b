import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../src/source/text-adapter.js';

// A paragraph hard-wrapped at 20 characters, then a header line of 26 that was never wrapped.
const WRAPPED = ['一二三四五六七八九十一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸', '子丑寅卯辰巳午未申酉戌亥子丑寅卯辰巳午未', '最后一行。'];
const LONG_LINE = '河东区人民政府办公室关于修订行动计划的通知文件';

describe('textToBlocks with hard-wrapped text', () => {
  it('should join the lines of a paragraph wrapped at a fixed width', () => {
    const blocks = textToBlocks(WRAPPED.join('\n'));
    expect(blocks.map((b) => b.text)).toEqual([WRAPPED.join('')]);
  });

  it('should not join the line after one longer than the wrap width', () => {
    const blocks = textToBlocks([...WRAPPED, '', LONG_LINE, '索引号:'].join('\n'));
    expect(blocks.map((b) => b.text)).toEqual([WRAPPED.join(''), LONG_LINE, '索引号:']);
  });
});
