import { describe, expect, it } from 'vitest';
import { align, alignedSteps, type AlignSpec } from '../../src/diff/align.js';

interface Item {
  title: string;
  text: string;
}
const item = (title: string, text = ''): Item => ({ title, text });
const byTitle: AlignSpec<Item> = { keys: [(i) => i.title], similarity: (i) => `${i.title}${i.text}` };

describe('align', () => {
  it('should pair equal keys regardless of position', () => {
    const old = [item('甲'), item('乙'), item('丙')];
    const now = [item('丙'), item('甲'), item('乙')];
    expect(align(old, now, { keys: [(i) => i.title] })).toEqual({ pairs: [[2, 0], [0, 1], [1, 2]], removed: [], added: [] });
  });

  it('should pair duplicate first keys one by one in document order', () => {
    const old = [item('同'), item('同'), item('异')];
    const now = [item('同'), item('同')];
    expect(align(old, now, { keys: [(i) => i.title] })).toEqual({ pairs: [[0, 0], [1, 1]], removed: [2], added: [] });
  });

  it('should pair a later key only when it is unique on both sides', () => {
    const spec: AlignSpec<Item> = { keys: [(i) => `${i.title}|${i.text}`, (i) => i.text] };
    const old = [item('一', '相同正文'), item('二', '相同正文'), item('三', '独有正文')];
    const now = [item('甲', '相同正文'), item('乙', '相同正文'), item('丙', '独有正文')];
    expect(align(old, now, spec)).toEqual({ pairs: [[2, 2]], removed: [0, 1], added: [0, 1] });
  });

  it('should pair reworded items by similarity and leave unrelated ones unpaired', () => {
    const old = [item('加强知识产权保护', '深化行政执法和司法保护衔接'), item('发展新能源产业', '推动光伏和风电项目建设')];
    const now = [item('加强知识产权保护运用', '深化行政执法和司法保护衔接机制'), item('建设智慧城市', '推进数据共享和城市治理')];
    expect(align(old, now, byTitle)).toEqual({ pairs: [[0, 0]], removed: [1], added: [1] });
  });

  it('should not pair items below the similarity threshold', () => {
    const old = [item('推动科技成果转移转化')];
    const now = [item('推动人才引进培养')];
    expect(align(old, now, { ...byTitle, threshold: 0.9 }).pairs).toEqual([]);
  });
});

describe('alignedSteps', () => {
  it('should place a removed item where it stood, between the partners of its neighbours', () => {
    const old = [item('一'), item('二'), item('删'), item('三')];
    const now = [item('一'), item('二'), item('三'), item('增')];
    const alignment = align(old, now, { keys: [(i) => i.title] });
    expect(alignedSteps(alignment, old.length)).toEqual([
      { old: 0, new: 0 },
      { old: 1, new: 1 },
      { old: 2, new: null },
      { old: 3, new: 2 },
      { old: null, new: 3 },
    ]);
  });

  it('should put items removed before every pair first', () => {
    const alignment = align([item('删'), item('一')], [item('一')], { keys: [(i) => i.title] });
    expect(alignedSteps(alignment, 2)).toEqual([
      { old: 0, new: null },
      { old: 1, new: 0 },
    ]);
  });
});

describe('align with pairs the list rules out (admits)', () => {
  const spec: AlignSpec<Item> = { keys: [(i) => `${i.title}|${i.text}`, (i) => i.title], similarity: (i) => i.title, threshold: 0.5, admits: (a, b) => !(a.text === '旧' && b.text === '新') };

  it('should leave a pair a later key would make unpaired when it is not admitted', () => {
    const old = [item('指标甲', '旧')];
    const now = [item('指标甲', '新')];
    expect(align(old, now, spec)).toEqual({ pairs: [], removed: [0], added: [0] });
  });

  it('should not pair by likeness what is not admitted either', () => {
    const old = [item('指标甲乙丙', '旧')];
    const now = [item('指标甲乙丁', '新')];
    expect(align(old, now, { ...spec, keys: [] })).toEqual({ pairs: [], removed: [0], added: [0] });
  });

  it('should still pair what is admitted', () => {
    const old = [item('指标甲', '旧')];
    const now = [item('指标甲', '另')];
    expect(align(old, now, spec)).toEqual({ pairs: [[0, 0]], removed: [], added: [] });
  });
});
