import { describe, expect, it } from 'vitest';
import { normaliseLineEnds } from '../../src/source/line-ends.js';
import { dropSpacingBlanks } from '../../src/source/double-spacing.js';
import { detectFormat } from '../../src/source/detect-format.js';
import { runOnCuts, splitRunOnText } from '../../src/source/run-on-text.js';
import { loadSource } from '../../src/source/load-source.js';
import { splitLines } from '../../src/source/text-adapter.js';
import type { Block, SourceDocument } from '../../src/source/types.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('line ends', () => {
  it('should read CR CR LF as one line end, keeping every offset', () => {
    const text = '一、目标\r\r\n到2025年\r\r\n\r\r\n二、任务';
    const out = normaliseLineEnds(text);
    expect(out.length).toBe(text.length);
    expect(out).toBe('一、目标 \r\n到2025年 \r\n \r\n二、任务');
    expect(splitLines(out).map((l) => l.text)).toEqual(['一、目标', '到2025年', '', '二、任务']);
  });

  it('should end lines at a vertical tab, U+2028 and U+2029, as at a line feed', () => {
    expect(normaliseLineEnds('（一）推进\v1.培育\u20282.发展\u2029三、保障')).toBe('（一）推进\n1.培育\n2.发展\n三、保障');
  });

  it('should return a text without such line ends as it is', () => {
    const text = '一、目标\r\n\r\n二、任务\r三、保障\n';
    expect(normaliseLineEnds(text)).toBe(text);
  });

  it('should give the same blocks for CR CR LF as for LF, with positions on the same lines', async () => {
    const lf = '某区工作方案\n\n一、工作目标\n到2025年，全区新增企业达到100家。\n';
    const a = await loadSource(utf8(lf), { name: 'a.txt' });
    const b = await loadSource(utf8(lf.replace(/\n/g, '\r\r\n')), { name: 'b.txt' });
    expect(b.blocks.map((x) => x.text)).toEqual(a.blocks.map((x) => x.text));
  });
});

describe('double spacing', () => {
  const lines = (text: string) => splitLines(text);
  const wrapped = [
    '某县人民政府办公室关于印发某县绿色低碳产业发',
    '展行动方案的通知',
    '',
    '到2026年，全县绿色低碳产业产值达到150',
    '亿元，新增绿色工厂12家，光伏装机容量达到8',
    '0万千瓦。',
    '',
    '1.壮大光伏产业链。引进光伏组件企业，建设分',
    '布式光伏示范项目。（牵头单位：县发改局；配合',
    '单位：县经信局、县自然资源局）',
    '',
    '2.推进工业节能改造。实施重点企业节能诊断，',
    '推广高效电机。（牵头单位：县经信局；配合单位',
    '：县财政局）',
  ];

  it('should drop the blank line after every line of a hard-wrapped text, keeping a wider gap as a paragraph break', () => {
    // Each paragraph's gap is three blank lines when every line has one after it: two stay.
    const doubled = wrapped.join('\n\n');
    const kept = dropSpacingBlanks(lines(doubled)).map((l) => l.text);
    expect(kept).toEqual(wrapped.flatMap((l) => (l === '' ? ['', ''] : [l])));
  });

  it('should keep the blank lines of a text of one paragraph a line, which has no wrap width', () => {
    const text = ['某区关于推进数字经济发展的实施意见', '为推动全区数字经济高质量发展，结合我区实际，制定本意见。', '一、总体目标', '到2025年，全区数字经济核心产业增加值达到200亿元。', '二、重点任务', '（一）培育数字产业。支持龙头企业做大做强，培育专精特新企业。', '（二）推动产业数字化。推进规模以上工业企业数字化改造全覆盖。', '三、保障措施', '（一）加强组织领导。建立工作推进机制。'].join('\n\n');
    const before = lines(text);
    expect(dropSpacingBlanks(before)).toBe(before);
  });

  it('should keep a text whose lines stand next to each other as it is', () => {
    const text = wrapped.join('\n');
    const before = lines(text);
    expect(dropSpacingBlanks(before)).toBe(before);
  });
});

describe('format by content', () => {
  it('should read a .txt of markup lines as HTML, as standard input is read', () => {
    const fragment = '<p>索引号：0012</p>\n<p>发布机构：某区政府办</p>\n<p>一、重点任务</p>\n<p>1.培育产业。</p>\n';
    expect(detectFormat('a.txt', fragment)).toBe('html');
    expect(detectFormat('-', fragment)).toBe('html');
  });

  it('should keep a .txt that only has a few stray tags inside its lines as text', () => {
    const text = '一、重点任务<br>\n1.培育产业。<br>\n2.发展贸易。<br>\n（牵头单位：区商务局）\n三、保障\n';
    expect(detectFormat('a.txt', text)).toBe('text');
  });

  it('should read a page file with no markup at all as text, and one with markup as HTML', () => {
    expect(detectFormat('a.htm', '索引号：0012\n\n一、重点任务\n1.培育产业。\n')).toBe('text');
    expect(detectFormat('a.htm', '<div>一、重点任务</div>')).toBe('html');
    expect(detectFormat('a.html', '<!-- saved -->\n一、重点任务')).toBe('html');
  });
});

describe('a notice with no line breaks', () => {
  const pieces = (t: string): string[] => {
    const cuts = [...runOnCuts(t), t.length];
    return cuts.map((c, k) => t.slice(k === 0 ? 0 : (cuts[k - 1] as number), c));
  };

  it('should cut before each header field, after the header at its last value\'s shape, the title, the addressees, and before the parts', () => {
    const t = '索引号：0012/2024-00087发文字号：某政办发〔2024〕9号成文日期：2024年5月20日某区人民政府办公室关于印发某区行动方案的通知各街道办事处：现将《某区行动方案》印发给你们。一、工作目标到2025年，新增企业10家。二、重点任务1.培育产业。（牵头单位：区商务局）';
    expect(pieces(t)).toEqual([
      '索引号：0012/2024-00087',
      '发文字号：某政办发〔2024〕9号',
      '成文日期：2024年5月20日',
      '某区人民政府办公室关于印发某区行动方案的通知',
      '各街道办事处：',
      '现将《某区行动方案》印发给你们。',
      '一、工作目标',
      '到2025年，新增企业10家。',
      '二、重点任务',
      '1.培育产业。（牵头单位：区商务局）',
    ]);
  });

  it('should cut a header whose last field is the issuer after the issuer\'s name', () => {
    const t = '索引号：0012发布机构：某区人民政府办公室某区人民政府办公室关于印发某区行动方案的通知';
    expect(pieces(t).slice(0, 3)).toEqual(['索引号：0012', '发布机构：某区人民政府办公室', '某区人民政府办公室关于印发某区行动方案的通知']);
  });

  it('should not cut a part number that does not count up or follows no sentence end', () => {
    expect(pieces('一、目标。按照二、三类标准执行。二、任务')).toEqual(['一、目标。按照二、三类标准执行。', '二、任务']);
  });

  it('should split only a text whose content is one long paragraph, and say so', () => {
    const block = (text: string, start = 0): Block => ({ kind: 'paragraph', text, anchors: [{ text: 0, source: start }], start, end: start + text.length });
    const long = `某区人民政府关于印发某区行动方案的通知各街道办事处：现将《某区行动方案》印发给你们，请认真贯彻执行。${'一、工作目标到2025年，全区新增企业达到100家，产值达到50亿元。'}二、重点任务1.培育产业。（牵头单位：区商务局）`;
    const problems: SourceDocument['problems'] = [];
    const out = splitRunOnText([block(long)], problems);
    expect(out.map((b) => [b.text, long.slice(b.start, b.end)]).every(([a, b]) => a === b)).toBe(true);
    expect(out.length).toBeGreaterThan(4);
    expect(problems.map((p) => [p.ruleId, p.severity])).toEqual([['text-unbroken', 'warning']]);
    const two = [block(long), block('某区人民政府办公室', long.length + 1)];
    expect(splitRunOnText(two, [])).toBe(two);
  });
});

describe('a .md written one paragraph a line', () => {
  it('should start a block at a soft break before an outline marker and after a short numbered heading', async () => {
    const { markdownToBlocks } = await import('../../src/source/markdown-adapter.js');
    const md = '一、工作目标\n到2025年，新增企业10家。\n二、重点任务\n1.培育产业。（牵头单位：区商务局）\n2.发展贸易。\n';
    expect((await markdownToBlocks(md)).map((b) => b.text)).toEqual(['一、工作目标', '到2025年，新增企业10家。', '二、重点任务', '1.培育产业。（牵头单位：区商务局）', '2.发展贸易。']);
  });

  it('should part a notice\'s addressees, body, signature, date and disclosure written on lines of one paragraph', async () => {
    const { markdownToBlocks } = await import('../../src/source/markdown-adapter.js');
    const md = '各乡镇人民政府，县政府各部门：\n现将《某县2024年防汛工作方案》印发给你们，请认真贯彻执行。\n\n某县人民政府办公室\n2024年5月6日\n（此件公开发布）\n';
    expect((await markdownToBlocks(md)).map((b) => b.text)).toEqual([
      '各乡镇人民政府，县政府各部门：',
      '现将《某县2024年防汛工作方案》印发给你们，请认真贯彻执行。',
      '某县人民政府办公室',
      '2024年5月6日',
      '（此件公开发布）',
    ]);
  });

  it('should part lines of a signature in traditional characters over a date written with Chinese numerals', async () => {
    const { markdownToBlocks } = await import('../../src/source/markdown-adapter.js');
    const md = '各區人民政府，市政府各部門：\n現將《某市工作要點》印發給你們，請認真貫徹執行。\n某市人民政府辦公廳\n二〇二四年三月八日\n';
    expect((await markdownToBlocks(md)).map((b) => b.text)).toEqual(['各區人民政府，市政府各部門：', '現將《某市工作要點》印發給你們，請認真貫徹執行。', '某市人民政府辦公廳', '二〇二四年三月八日']);
  });

  it('should join a soft break inside a sentence, and after a stop in a paragraph hard-wrapped at a width with blank lines between paragraphs', async () => {
    const { markdownToBlocks } = await import('../../src/source/markdown-adapter.js');
    expect((await markdownToBlocks('到2025年，全区规上工业企业达到\n120家，新增专精特新企业15家。\n')).map((b) => b.text)).toEqual(['到2025年，全区规上工业企业达到120家，新增专精特新企业15家。']);
    // Each paragraph: two lines of 21 characters, the second ending in 。 inside the paragraph, then a short last line.
    const wrapped = [
      ['一是加快推进农田水利设施建设改造提升工作，', '争全面完成灌区续建配套与节水改造建设任务。', '持续推进。'],
      ['二是加强耕地保护与耕地质量建设提升工作，严', '格落实耕地占补平衡制度，确保耕地数量稳定。', '质量提高。'],
      ['三是推进农业机械化全程全面发展提升工作，使', '主要农作物耕种收综合机械化率稳步提升达标。', '八成以上。'],
    ];
    expect(wrapped.flat().filter((l) => l.length !== 5).every((l) => l.length === 21)).toBe(true);
    const md = wrapped.map((p) => p.join('\n')).join('\n\n') + '\n';
    expect((await markdownToBlocks(md)).map((b) => b.text)).toEqual(wrapped.map((p) => p.join('')));
  });

  it('should leave English prose wrapped after a semicolon as one paragraph', async () => {
    const { markdownToBlocks } = await import('../../src/source/markdown-adapter.js');
    expect((await markdownToBlocks('The number it repeals instead of its own;\nthe index number of another document.\n')).map((b) => b.text)).toEqual([
      'The number it repeals instead of its own; the index number of another document.',
    ]);
  });

  it('should part a header\'s labelled lines from each other and from the title under them', async () => {
    const { markdownToBlocks } = await import('../../src/source/markdown-adapter.js');
    const md = '索 引 号：11500105MB1A23456X/2023-00031\n发文字号：某府办发〔2023〕27号\n发布日期: 2023-06-15\n有　效　性：有效\n关于印发某区城市更新行动实施方案的通知\n各街道办事处，区政府各部门：\n';
    expect((await markdownToBlocks(md)).map((b) => b.text)).toEqual([
      '索 引 号：11500105MB1A23456X/2023-00031',
      '发文字号：某府办发〔2023〕27号',
      '发布日期: 2023-06-15',
      '有　效　性：有效',
      '关于印发某区城市更新行动实施方案的通知',
      '各街道办事处，区政府各部门：',
    ]);
  });

  it('should read the header field over the title of a .md written one paragraph a line as a .txt reads it', async () => {
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    const lines = ['发布日期：2023年6月15日', '关于印发某区城市更新行动实施方案的通知', '各街道办事处：', '现将《某区城市更新行动实施方案》印发给你们。', '某区人民政府办公室', '2023年6月12日'];
    const md = await parseNotice(lines.join('\n') + '\n', { name: 'notice.md' });
    expect(md.source.format).toBe('markdown');
    expect(md.notice?.title).toBe('关于印发某区城市更新行动实施方案的通知');
    expect(md.metadata.publishedDate).toBe('2023-06-15');
    expect(md.metadata.fields.map((f) => [f.label, f.value])).toEqual([['发布日期', '2023年6月15日']]);
  });

  it('should keep a clause label that no header uses joined to its soft-wrapped rest', async () => {
    const { markdownToBlocks } = await import('../../src/source/markdown-adapter.js');
    expect((await markdownToBlocks('工作目标：全面提升城市功能品质和\n居民生活质量。\n')).map((b) => b.text)).toEqual(['工作目标：全面提升城市功能品质和居民生活质量。']);
  });

  it('should keep a wrap after a short numbered line that has a comma in it', async () => {
    const { markdownToBlocks } = await import('../../src/source/markdown-adapter.js');
    expect((await markdownToBlocks('（一）培育产业，到\n2025年全区新增企业10家。\n')).map((b) => b.text)).toEqual(['（一）培育产业，到2025年全区新增企业10家。']);
  });
});
