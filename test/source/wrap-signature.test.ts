import { describe, expect, it } from 'vitest';
import { findWrap, wrapsInto, type WrapLine } from '../../src/source/line-wrap.js';

const line = (text: string): WrapLine => ({ text });

describe('a signature under a line of a hard-wrapped text', () => {
  const wrap = findWrap(['一二三四五六七八九十一二三四五六七八', '一二三四五六七八九十一二三四五六七八', '一二三四五六七八九十一二三四五六七八'].map(line));

  it('should find the width the test lines share', () => {
    expect(wrap?.width).toBe(36);
  });

  it('should keep an issuing body over its date apart from the 附件： line above it, however wide that line is', () => {
    expect(wrapsInto(line('附件：吴兴区2024年养老服务工作要点'), line('湖州市吴兴区民政局'), wrap, false, line('2024年2月27日'))).toBe(false);
  });

  it('should still join a body name that is the rest of a list of units cut after a separator', () => {
    expect(wrapsInto(line('牵头单位：区发展改革局、'), line('湖州市吴兴区民政局'), wrap, false, line('2024年2月27日'))).toBe(true);
  });
});
