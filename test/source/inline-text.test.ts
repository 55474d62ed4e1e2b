import { describe, expect, it } from 'vitest';
import { InlineText } from '../../src/source/inline-text.js';

/** Feeds text character by character, each from the next source offset. */
function byChar(text: string, start: number, into = new InlineText()): InlineText {
  for (let i = 0; i < text.length; i++) into.char(text[i] as string, start + i, start + i + 1);
  return into;
}

describe('InlineText', () => {
  const cases: Array<[string, string, string]> = [
    ['collapses a run of spaces between Latin words to one', 'plan  \t parse', 'plan parse'],
    ['drops a line break between Han characters (a wrapped line)', '科技\n  创新', '科技创新'],
    ['keeps a line break between Latin words as a space', 'open\ndata', 'open data'],
    ['trims ideographic spaces at the edges and keeps them inside', '\u3000名\u3000称\u3000', '名\u3000称'],
    ['drops a line break after full-width punctuation', '任务：\n区科技局', '任务：区科技局'],
  ];
  for (const [name, input, expected] of cases) {
    it(`should give the same text from a run as from its characters: ${name}`, () => {
      const run = new InlineText();
      run.run(input, 10);
      const fromRun = run.take();
      const fromChars = byChar(input, 10).take();
      expect(fromRun?.text).toBe(expected);
      expect(fromRun).toEqual(fromChars);
    });
  }

  it('should anchor text after collapsed whitespace to where it stands in the source', () => {
    const text = new InlineText();
    text.run('  ab  cd', 100);
    // "ab" from 102, the space from 104 (the first of the run), "cd" from 106.
    expect(text.take()).toEqual({
      text: 'ab cd',
      anchors: [
        { text: 0, source: 102 },
        { text: 3, source: 106 },
      ],
      start: 102,
      end: 108,
      linkShare: 0,
    });
  });

  it('should give a decoded reference its whole span and end the block where the reference ends', () => {
    const text = new InlineText();
    text.run('一', 0);
    text.char('\u2003', 1, 7); // &emsp;
    text.char('二', 7, 15); // &#x4e8c;
    const taken = text.take();
    expect(taken?.text).toBe('一\u2003二');
    expect(taken?.anchors).toEqual([
      { text: 0, source: 0 },
      { text: 2, source: 7 },
    ]);
    expect(taken?.end).toBe(15);
  });

  it('should count the share of characters from links within the trimmed text', () => {
    const text = new InlineText();
    text.run('  首页', 0, true);
    text.run('正文', 4);
    const taken = text.take();
    expect(taken?.text).toBe('首页正文');
    expect(taken?.linkShare).toBe(0.5);
  });

  it('should return null for whitespace only and start afresh after take', () => {
    const text = new InlineText();
    text.run(' \n\u3000 ', 0);
    expect(text.empty).toBe(true);
    expect(text.take()).toBeNull();
    text.run('甲', 9);
    expect(text.take()).toEqual({ text: '甲', anchors: [{ text: 0, source: 9 }], start: 9, end: 10, linkShare: 0 });
  });
});

describe('InlineText.cellBreak', () => {
  it.each([
    ['研发支出与', '地区生产总值', '研发支出与地区生产总值'],
    ['区住建局', '区城管局', '区住建局 区城管局'],
    ['各街道办事处', '区财政局', '各街道办事处 区财政局'],
    ['完成', '时限', '完成时限'],
    ['区城市管理局（牵头）', '区园林中心', '区城市管理局（牵头） 区园林中心'],
    ['区住建局(配合单位)', '区城管局', '区住建局(配合单位) 区城管局'],
    ['加强统筹（牵头）', '推进', '加强统筹（牵头）推进'],
    ['Total', 'value', 'Total value'],
    ['区科技局（区知识产权局）', '区金融局', '区科技局（区知识产权局） 区金融局'],
    ['区委组织部〔区委人才办〕', '区人社局', '区委组织部〔区委人才办〕 区人社局'],
    ['推进产业园（一期', '）建设', '推进产业园（一期）建设'],
  ])('should join %s and %s across a line break in a cell as %s', (before, after, expected) => {
    const text = new InlineText();
    text.run(before, 0);
    text.cellBreak(before.length);
    text.run(after, before.length + 4);
    expect(text.take()?.text).toBe(expected);
  });

  it.each([
    ['the break before the source\'s line break (<br/>⏎)', (t: InlineText, at: number) => (t.cellBreak(at), t.run('\n', at + 5))],
    ['the break after the source\'s line break (⏎<br>)', (t: InlineText, at: number) => (t.run('\n', at), t.cellBreak(at + 1))],
  ])('should keep units apart when a cell\'s line break stands next to %s', (_what, breakAt) => {
    for (const before of ['区科技局', '区科技局（区知识产权局）']) {
      const text = new InlineText();
      text.run(before, 0);
      breakAt(text, before.length);
      text.run('区金融局', before.length + 8);
      expect(text.take()?.text).toBe(`${before} 区金融局`);
    }
  });
});
