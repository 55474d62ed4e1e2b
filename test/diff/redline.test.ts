import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRedliner } from '../../src/diff/redline.js';
import { wdiff } from '../helpers/diff-expect.js';

const redline = await loadRedliner();

// Each case: old text, new text, the redline in wdiff notation, written by hand.
const CASES: Array<[string, string, string, string]> = [
  ['should mark a replaced word', '大力营造创新创业良好氛围', '大力营造创新创业浓厚氛围', '大力营造创新创业[-良好-]{+浓厚+}氛围'],
  ['should end an inserted list item on its enumeration comma', '仪表生产、系统集成', '仪表生产、柜体组装、系统集成', '仪表生产、{+柜体组装、+}系统集成'],
  ['should mark a deleted word', '孵化载体的带动作用', '孵化载体的作用', '孵化载体的[-带动-]作用'],
  ['should keep whole text equal when only punctuation width differs', '加强协作,密切配合(区科技局)', '加强协作，密切配合（区科技局）', '加强协作，密切配合（区科技局）'],
  ['should ignore line breaks and spaces', '加强协作，\n密切配合', '加强 协作，密切配合', '加强 协作，密切配合'],
  ['should fold a lone comma between two rewrites into one change', '印发给你们,请认真贯彻落实', '进行修订,原文件同时废止', '[-印发给你们,请认真贯彻落实-]{+进行修订,原文件同时废止+}'],
  ['should mark all of a text that was empty', '', '新增内容', '{+新增内容+}'],
  ['should mark a changed figure whole, not the digit that differs', '增加值达到50亿元', '增加值达到60亿元', '增加值达到[-50-]{+60+}亿元'],
  ['should mark a figure with a common first digit whole', '基站达到1200个', '基站达到1300个', '基站达到[-1200-]{+1300+}个'],
  ['should mark a figure grown by a digit whole', '企业100家', '企业1000家', '企业[-100-]{+1000+}家'],
  ['should mark a decimal figure whole', '占比13.5%', '占比13.8%', '占比[-13.5-]{+13.8+}%'],
  ['should mark a figure with thousands separators whole', '投资1,200万元', '投资2,200万元', '投资[-1,200-]{+2,200+}万元'],
  ['should keep a full stop after a figure out of the figure', '达到50.', '达到60.', '达到[-50-]{+60+}.'],
  // probe86 #2: the same insertion inside a title and at its end reads alike, its brackets paired.
  ['should insert a bracketed note whole inside a text, not across the bracket before it', '行动方案（2023—2025年）的通知', '行动方案（2023—2025年）（修订版）的通知', '行动方案（2023—2025年）{+（修订版）+}的通知'],
  ['should insert a bracketed note whole at the end of a text', '行动方案（2023—2025年）', '行动方案（2023—2025年）（修订版）', '行动方案（2023—2025年）{+（修订版）+}'],
  ['should delete a bracketed note whole', '关于印发《办法（试行）》《细则（试行）》的通知', '关于印发《办法（试行）》的通知', '关于印发《办法（试行）》[-《细则（试行）》-]的通知'],
  ['should insert a quoted word whole, not across the quote before it', '推进“放管服”改革', '推进“放管服”“最多跑一次”改革', '推进“放管服”{+“最多跑一次”+}改革'],
];

describe('redline', () => {
  for (const [name, a, b, expected] of CASES) {
    it(name, () => {
      expect(wdiff(redline(a, b))).toBe(expected);
    });
  }

  it('should mark punctuation width with strict comparison', () => {
    expect(wdiff(redline('加强协作,密切配合', '加强协作，密切配合', { strict: true }))).toBe('加强协作[-,-]{+，+}密切配合');
  });

  it('should rebuild both versions from its segments', () => {
    const a = '构建以基础服务、增值服务、金融服务为特征的服务链。';
    const b = '构建以基础服务、专业信息服务、金融服务、软件技术服务为特征的服务链。';
    const segments = redline(a, b, { strict: true });
    expect(segments.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(a);
    expect(segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(b);
  });
});

describe('words without a word segmenter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('should fall back to characters', async () => {
    vi.resetModules();
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    const { words } = await import('../../src/diff/redline.js');
    expect(words('研发投入')).toEqual(['研', '发', '投', '入']);
  });

  it('should still mark a changed figure whole', async () => {
    vi.resetModules();
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    const { loadRedliner: load } = await import('../../src/diff/redline.js');
    expect(wdiff((await load())('达到1200个', '达到1300个'))).toBe('达到[-1200-]{+1300+}个');
  });
});

describe('a redline with words reported elsewhere', () => {
  it('should show a masked figure as each version writes it, so that each side reads as that version', () => {
    const oldText = '能耗下降10%，建成示范项目。';
    const newText = '能耗下降13.5%，建成示范项目和示范点位。';
    const masked = { old: [[4, 6, 'figure']] as const, new: [[4, 8, 'figure']] as const };
    const segments = redline(oldText, newText, { masked });
    expect(wdiff(segments)).toBe('能耗下降[-10-]{+13.5+}%，建成示范项目{+和示范点位+}。');
    expect(segments.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(oldText);
    expect(segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(newText);
    expect(wdiff(redline(oldText, newText))).toBe('能耗下降[-10-]{+13.5+}%，建成示范项目{+和示范点位+}。');
  });

  it('should pair a masked range with the other version\'s figure as one word', () => {
    const masked = { old: [[6, 9, 'figure']] as const, new: [[6, 7, 'figure']] as const };
    expect(wdiff(redline('新建创新平台3—5个，企业达到80家', '新建创新平台6个，企业达到90家', { masked }))).toBe('新建创新平台[-3—5-]{+6+}个，企业达到[-80-]{+90+}家');
  });

  it('should not take a masked figure for a masked year', () => {
    const masked = { old: [[0, 4, 'year']] as const, new: [[0, 2, 'figure']] as const };
    expect(wdiff(redline('2024年', '20年', { masked }))).toBe('[-2024-]{+20+}年');
  });
});
