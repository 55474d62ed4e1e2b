import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../src/source/text-adapter.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const page = (note: string, cite = '到2027年，特色产业集群数字化转型覆盖率达到60%①。'): string[] => [
  '某市县域特色产业集群三年行动方案',
  '    一、主要目标',
  `    ${cite}`,
  '    二、重点任务',
  '    （一）实施品牌质量提升行动。开展区域品牌建设。（牵头单位：市市场监督管理局；配合单位：市商务局）',
  '',
  `    ${note}`,
  '',
  '— 13 —',
  '',
  '某市人民政府公报',
  '    （二）实施要素保障行动。优先保障集群重点项目用地。（牵头单位：市自然资源和规划局）',
];

describe('a footnote at the foot of a PDF\'s page', () => {
  it('should read a ① note above the page number, its mark cited above on the page, as a footnote without its mark', () => {
    const blocks = textToBlocks(page('① 数字化转型覆盖率指开展数字化改造的规模以上企业占比。').join('\n'));
    const note = blocks.find((b) => b.footnote !== undefined);
    expect(note?.footnote).toBe('①');
    expect(note?.text).toBe('数字化转型覆盖率指开展数字化改造的规模以上企业占比。');
  });

  it('should give the plan its footnote and keep the note out of the task above it', async () => {
    const doc = await parseNotice(page('① 数字化转型覆盖率指开展数字化改造的规模以上企业占比。').join('\n'), { format: 'text' });
    expect(doc.plan?.footnotes?.map((f) => [f.mark, f.text])).toEqual([['①', '数字化转型覆盖率指开展数字化改造的规模以上企业占比。']]);
    expect(doc.plan?.tasks.map((t) => t.text)).toEqual(['实施品牌质量提升行动。开展区域品牌建设。', '实施要素保障行动。优先保障集群重点项目用地。']);
  });

  it('should leave a ① line that nothing above cites, a sub-item, as it is', () => {
    const blocks = textToBlocks(page('① 开展区域品牌培育试点。', '到2027年，特色产业集群数字化转型覆盖率达到60%。').join('\n'));
    expect(blocks.filter((b) => b.footnote !== undefined)).toEqual([]);
    expect(blocks.map((b) => b.text)).toContain('① 开展区域品牌培育试点。');
  });

  it('should leave ① sub-items under a task that do not stand at a page\'s foot', () => {
    const lines = ['    （一）实施品牌质量提升行动①。主要包括：', '    ① 开展区域品牌培育试点；', '    ② 支持企业参与制定标准。', '    （二）实施要素保障行动。'];
    expect(textToBlocks(lines.join('\n')).filter((b) => b.footnote !== undefined)).toEqual([]);
  });

  it('should take the cited mark out of the text citing it, and record where it stood as the note\'s reference', async () => {
    const text = page('① 数字化转型覆盖率指开展数字化改造的规模以上企业占比。').join('\n');
    const doc = await parseNotice(text, { format: 'text' });
    const note = doc.plan?.footnotes?.[0];
    // Line 3 is `    到2027年，特色产业集群数字化转型覆盖率达到60%①。`: the ① at column 31.
    expect(note?.references?.map((r) => [r.start.line, r.start.column, r.end.column])).toEqual([[3, 31, 32]]);
    expect(text.slice(note!.references![0]!.start.offset, note!.references![0]!.end.offset)).toBe('①');
    // The goal reads its sentence without the mark, as a Markdown reference is left out.
    expect(doc.plan?.goals.map((g) => [g.value, g.unit, g.sentence])).toEqual([[60, '%', '到2027年，特色产业集群数字化转型覆盖率达到60%']]);
  });

  it('should keep the positions of the text after the mark on the source', () => {
    const blocks = textToBlocks(page('① 数字化转型覆盖率指开展数字化改造的规模以上企业占比。', '到2027年，覆盖率达到60%①，企业上云率达到80%。').join('\n'));
    const cited = blocks.find((b) => b.text.startsWith('到2027年'))!;
    expect(cited.text).toBe('到2027年，覆盖率达到60%，企业上云率达到80%。');
    const source = page('', '到2027年，覆盖率达到60%①，企业上云率达到80%。').join('\n');
    const at = cited.text.indexOf('，企业');
    const anchor = [...cited.anchors].reverse().find((a) => a.text <= at)!;
    expect(source.charAt(anchor.source + (at - anchor.text))).toBe('，');
  });

  it('should record every citation of the mark on the page, in source order', () => {
    const refs: Array<{ mark: string; start: number; end: number }> = [];
    const extras: { footnoteRefs?: typeof refs } = {};
    const text = page('① 数字化转型覆盖率指开展数字化改造的规模以上企业占比。', '到2027年，数字化转型覆盖率①达到60%①。').join('\n');
    textToBlocks(text, [], extras);
    expect(extras.footnoteRefs?.map((r) => [r.mark, text.slice(r.start, r.end)])).toEqual([['①', '①'], ['①', '①']]);
    expect(extras.footnoteRefs![0]!.start).toBeLessThan(extras.footnoteRefs![1]!.start);
  });

  it('should not read a ① after a colon in the text above, a sub-item\'s mark, as citing the note at the page\'s foot', () => {
    const blocks = textToBlocks(page('① 开展区域品牌培育试点。', '主要包括：①开展区域品牌培育试点；②支持企业参与制定标准。').join('\n'));
    expect(blocks.filter((b) => b.footnote !== undefined)).toEqual([]);
    expect(blocks.map((b) => b.text)).toContain('主要包括：①开展区域品牌培育试点；②支持企业参与制定标准。');
  });

  it('should give a PDF\'s note references as a Markdown footnote has them', async () => {
    const md = await parseNotice(['# 某市县域特色产业集群三年行动方案', '', '## 一、主要目标', '', '到2027年，特色产业集群数字化转型覆盖率达到60%[^1]。', '', '[^1]: 数字化转型覆盖率指开展数字化改造的规模以上企业占比。'].join('\n'), { format: 'markdown' });
    const pdf = await parseNotice(page('① 数字化转型覆盖率指开展数字化改造的规模以上企业占比。').join('\n'), { format: 'text' });
    expect(pdf.plan?.footnotes?.[0]?.references?.length).toBe(md.plan?.footnotes?.[0]?.references?.length);
    expect(pdf.plan?.goals[0]?.sentence).toBe(md.plan?.goals[0]?.sentence);
  });
});
