import { describe, expect, it } from 'vitest';
import { loadSimplifier } from '../../src/text/simplify.js';
import { noticeScript } from '../../src/text/notice-script.js';

describe('noticeScript', () => {
  it('should write simplified words in the characters the notice writes them in', async () => {
    const script = noticeScript('牽頭單位：區科技局；參與單位：區財政局、區發展改革委', await loadSimplifier());
    expect(script('区财政局')).toBe('區財政局');
    expect(script('区发展改革委')).toBe('區發展改革委');
    // 审 and 计 are written nowhere in the notice: they stay as they are.
    expect(script('区审计局')).toBe('區审计局');
  });

  it('should take the form the notice writes most often, and leave a character it writes as it is', async () => {
    const simplify = await loadSimplifier();
    expect(noticeScript('幹部隊伍，幹部培訓，環境乾淨', simplify)('干部')).toBe('幹部');
    expect(noticeScript('台灣事務辦公室，市台辦，縣台辦，臺北', simplify)('市台办')).toBe('市台辦');
  });

  it('should change nothing for a simplified notice', async () => {
    expect(noticeScript('牵头单位：乾县发改局，成效显著', await loadSimplifier())('乾县财政局')).toBe('乾县财政局');
  });
});
