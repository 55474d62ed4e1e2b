import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/source/types.js';
import { sourceOffset } from '../../src/source/anchors.js';
import { dropInvisibles } from '../../src/source/invisible.js';
import { loadSource } from '../../src/source/load-source.js';

const load = (text: string, name: string) => loadSource(new TextEncoder().encode(text), { name });

describe('zero-width characters', () => {
  it.each([
    ['notice.txt', '到2025年，比重达到2\u200b0%。\n区\u200c生态环境分局\u200d'],
    ['notice.md', '到2025年，比重达到2\u200b0%。\n\n区\u200c生态环境分局\u200d'],
    ['notice.html', '<p>到2025年，比重达到2&#8203;0%。</p><p>区&zwnj;生态环境分局&zwj;</p>'],
  ])('should take them out of the blocks of %s, each character still at its place in the source', async (name, text) => {
    const source = await load(text, name);
    const texts = source.blocks.map((b) => b.text);
    expect(texts).toEqual(['到2025年，比重达到20%。', '区生态环境分局']);
    // The 0 after the removed character still points at the 0 of the source.
    const block = source.blocks[0]!;
    const at = sourceOffset(block.anchors, block.text.indexOf('0%'));
    expect(source.text[at]).toBe('0');
    const unit = source.blocks[1]!;
    expect(source.text[sourceOffset(unit.anchors, unit.text.indexOf('生'))]).toBe('生');
  });

  it('should take them out of table cells and front-matter values', () => {
    const [table, front] = dropInvisibles([
      { kind: 'table', text: '区\u200b财政局\t1', anchors: [], start: 0, end: 6, rows: [[{ text: '区\u200b财政局', anchors: [], start: 0, end: 5 }, { text: '1', anchors: [], start: 6, end: 7 }]] },
      { kind: 'frontmatter', text: 'title: 某\ufeff方案', anchors: [], start: 0, end: 10, fields: [{ key: 'title', value: '某\ufeff方案', start: 0, end: 10 }] },
    ]);
    expect(table!.text).toBe('区财政局\t1');
    expect(table!.rows![0]![0]!.text).toBe('区财政局');
    expect(sourceOffset(table!.rows![0]![0]!.anchors, 1)).toBe(2);
    expect(front!.fields![0]!.value).toBe('某方案');
  });
});

describe('OCR spacing', () => {
  it('should take the spaces OCR put between characters out of a block, each character still at its place in the source', async () => {
    const source = await load('1.建设平台。（牵 头 单 位：区 科 技 局）\n四、保 障 措 施\n', 'notice.txt');
    expect(source.blocks.map((b) => b.text)).toEqual(['1.建设平台。（牵头单位：区科技局）', '四、保 障 措 施']);
    const block = source.blocks[0]!;
    for (const c of ['头', '局', '）']) expect(source.text[sourceOffset(block.anchors, block.text.indexOf(c))]).toBe(c);
  });
});

describe('revision marks', () => {
  it.each([
    ['notice.txt', '2.发展跨境电商（新增）。建设海外仓。（参与单位：区经信局、区税务局（新增））\n【修改】3.优化服务。\n'],
    ['notice.md', '2.发展跨境电商（新增）。建设海外仓。（参与单位：区经信局、区税务局（新增））\n\n【修改】3.优化服务。\n'],
    ['notice.html', '<p>2.发展跨境电商（新增）。建设海外仓。（参与单位：区经信局、区税务局（新增））</p><p>【修改】3.优化服务。</p>'],
  ])('should take them out of the blocks of %s, each reported as an info at its place in the source', async (name, text) => {
    const source = await load(text, name);
    expect(source.blocks.map((b) => b.text)).toEqual(['2.发展跨境电商。建设海外仓。（参与单位：区经信局、区税务局）', '3.优化服务。']);
    const marks = source.problems.filter((p) => p.ruleId === 'revision-mark');
    expect(marks.map((p) => [p.severity, source.text.slice(p.offset, p.offset + 4)])).toEqual([
      ['info', '（新增）'],
      ['info', '（新增）'],
      ['info', '【修改】'],
    ]);
    const block = source.blocks[0]!;
    expect(source.text[sourceOffset(block.anchors, block.text.indexOf('。建设'))]).toBe('。');
  });

  it('should take them out of a table cell, and leave a deletion mark and other brackets alone', () => {
    const problems: SourceDocument['problems'] = [];
    const [table, para] = dropInvisibles(
      [
        { kind: 'table', text: '区税务局（调整）', anchors: [], start: 0, end: 8, rows: [[{ text: '区税务局（调整）', anchors: [], start: 0, end: 8 }]] },
        { kind: 'paragraph', text: '【删除】4.区财政局（区国资委）牵头。新增上云企业（家）', anchors: [], start: 9, end: 36 },
      ],
      problems,
    );
    expect(table!.rows![0]![0]!.text).toBe('区税务局');
    expect(para!.text).toBe('【删除】4.区财政局（区国资委）牵头。新增上云企业（家）');
    expect(problems.map((p) => p.offset)).toEqual([4]);
  });
});

describe('a revision mark that opens a line', () => {
  it('should be kept on the block with where the text after it starts in the source; a mark inside the line is not', async () => {
    const source = await load('2.发展数字商贸。（牵头单位：区商务局）\n【新增】 发展跨境电商。（牵头单位：区商务局）\n3.发展跨境电商（新增）。\n', 'notice.txt');
    const marks = source.blocks.map((b) => b.revisionMark ?? null);
    expect(marks.map((m) => m?.text ?? null)).toEqual([null, '【新增】', null]);
    expect(source.text.slice(marks[1]!.next, marks[1]!.next + 2)).toBe('发展');
  });
});

describe('（新增） that is no revision mark', () => {
  it('should leave it in an indicator, in a cell or in a sentence where words follow it', () => {
    const problems: SourceDocument['problems'] = [];
    const [table, para] = dropInvisibles(
      [
        { kind: 'table', text: '高新技术企业数量（新增）', anchors: [], start: 0, end: 12, rows: [[{ text: '高新技术企业数量（新增）', anchors: [], start: 0, end: 12 }]] },
        { kind: 'paragraph', text: '到2025年，高新技术企业数量（新增）达到60家。', anchors: [], start: 13, end: 38 },
      ],
      problems,
    );
    expect([table!.rows![0]![0]!.text, para!.text]).toEqual(['高新技术企业数量（新增）', '到2025年，高新技术企业数量（新增）达到60家。']);
    expect(problems).toEqual([]);
  });
});

/** Paragraph blocks of the texts, one per line, with their offsets in the text they make up. */
function paragraphs(texts: readonly string[]): Array<{ kind: 'paragraph'; text: string; anchors: never[]; start: number; end: number }> {
  let at = 0;
  return texts.map((text) => {
    const block = { kind: 'paragraph' as const, text, anchors: [], start: at, end: at + text.length };
    at += text.length + 1;
    return block;
  });
}

describe('other words of a revision', () => {
  it('should read 【增加】, 【完善】, 【保留】 and 【延续】 as marks in square brackets, and leave them in round ones and 【删除】 in its item', () => {
    const problems: SourceDocument['problems'] = [];
    const texts = ['【增加】实施数据要素改革。', '【完善】培育企业50家。', '【保留】推行告知承诺制。', '【延续】开展评价。', '【删除】推行容缺受理。', '（保留）原有补贴标准不变。'];
    const blocks = dropInvisibles(paragraphs(texts), problems);
    expect(blocks.map((b) => b.text)).toEqual(['实施数据要素改革。', '培育企业50家。', '推行告知承诺制。', '开展评价。', '【删除】推行容缺受理。', '（保留）原有补贴标准不变。']);
    expect(blocks.map((b) => b.revisionMark?.text ?? null)).toEqual(['【增加】', '【完善】', '【保留】', '【延续】', null, null]);
    expect(problems.map((p) => [p.ruleId, p.severity])).toEqual(Array(4).fill(['revision-mark', 'info']));
  });
});

describe('（修订） closing the title of the revised document', () => {
  it('should keep it in the title, as （修订版） is kept, and still take it out after an item', () => {
    const problems: SourceDocument['problems'] = [];
    const texts = ['2023年某区生态环境保护工作要点（修订）', '某区优化营商环境实施方案（修订版）', '2.发展跨境电商（修订）。'];
    const blocks = dropInvisibles(paragraphs(texts), problems);
    expect(blocks.map((b) => b.text)).toEqual(['2023年某区生态环境保护工作要点（修订）', '某区优化营商环境实施方案（修订版）', '2.发展跨境电商。']);
    expect(problems.map((p) => [p.ruleId, p.severity])).toEqual([['revision-mark', 'info']]);
  });

  it('should give the plan the title with its mark, so that diff shows the revised title', async () => {
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    const doc = await parseNotice('2023年某区生态环境保护工作要点（修订）\n\n一、重点任务\n（一）治理大气。（牵头单位：区生态环境分局）\n', { name: 't.txt' });
    expect(doc.plan?.title).toBe('2023年某区生态环境保护工作要点（修订）');
  });
});
