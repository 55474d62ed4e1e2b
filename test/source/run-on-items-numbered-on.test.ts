import { describe, expect, it } from 'vitest';
import { runOnCuts } from '../../src/source/run-on-text.js';
import { loadSource } from '../../src/source/load-source.js';

const pieces = (t: string): string[] => {
  const bounds = [0, ...runOnCuts(t), t.length];
  return bounds.slice(1).map((to, k) => t.slice(bounds[k], to).trim()).filter(Boolean);
};

describe('a notice run into one line whose items number on across groups', () => {
  it('should cut a group\'s short title before an item numbered on from the group before', () => {
    const t = '某区人民政府关于印发某区行动方案的通知各街道办事处：现将《某区行动方案》印发给你们。一、重点任务（一）夯实基础1.建设网络。（牵头单位：区工信局）（二）培育产业　2.壮大软件。（牵头单位：区科技局）3.发展内容。（牵头单位：区文旅局）';
    const out = pieces(t);
    expect(out).toContain('（二）培育产业');
    expect(out.find((p) => p.startsWith('2.'))).toBe('2.壮大软件。（牵头单位：区科技局）3.发展内容。（牵头单位：区文旅局）');
  });

  it('should not cut a figure inside a group\'s text, nor a year\'s last digits', () => {
    const t = '某区人民政府关于印发某区行动方案的通知各街道办事处：现将《某区行动方案》印发给你们。一、主要目标（一）总体目标2024.到年底建成基站。';
    expect(pieces(t).some((p) => p.startsWith('24.') || p.startsWith('4.'))).toBe(false);
  });
});

describe('a notice whose lines were joined by spaces', () => {
  it('should cut where the breaks stood: after the title and addressees, around the signature, before each part and group', () => {
    const t =
      '某区人民政府办公室关于印发某区数字经济行动方案的通知 各街道办事处，区政府各部门： 　　现将《某区数字经济行动方案》印发给你们，请认真贯彻落实。 某区人民政府办公室 2024年3月15日 ' +
      '某区数字经济行动方案 一、重点任务 （一）夯实数字基础 　　1.建设网络。（牵头单位：区工信局） （二）培育产业集群 　　2.壮大软件。（牵头单位：区科技局）';
    expect(pieces(t)).toEqual([
      '某区人民政府办公室关于印发某区数字经济行动方案的通知',
      '各街道办事处，区政府各部门：',
      '现将《某区数字经济行动方案》印发给你们，请认真贯彻落实。',
      '某区人民政府办公室',
      '2024年3月15日',
      '某区数字经济行动方案',
      '一、重点任务',
      '（一）夯实数字基础',
      '1.建设网络。（牵头单位：区工信局）',
      '（二）培育产业集群',
      '2.壮大软件。（牵头单位：区科技局）',
    ]);
  });
});

describe('a text read as HTML that has no markup', () => {
  const text = '某区人民政府关于印发某区行动方案的通知\n各街道办事处：\n现将《某区行动方案》印发给你们，请认真贯彻落实。\n';
  it('should say plainly that it has no tags and its line breaks are lost', async () => {
    const doc = await loadSource(new TextEncoder().encode(text), { name: 'a.txt', format: 'html' });
    expect(doc.problems.map((p) => p.ruleId)).toContain('html-no-markup');
  });

  it('should say nothing of markup for a page with tags or a text read as text', async () => {
    const page = await loadSource(new TextEncoder().encode(`<p>${text}</p>`), { name: 'a.html', format: 'html' });
    const plain = await loadSource(new TextEncoder().encode(text), { name: 'a.txt' });
    expect([...page.problems, ...plain.problems].map((p) => p.ruleId)).not.toContain('html-no-markup');
  });
});
