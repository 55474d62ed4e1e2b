import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../src/source/markdown-adapter.js';
import { sourceOffset } from '../../src/source/anchors.js';
import type { Block, SourceExtras } from '../../src/source/types.js';
import { brief, readChecked } from '../helpers/blocks.js';

const read = (source: string): Promise<Block[]> => readChecked(markdownToBlocks, source);

describe('markdownToBlocks', () => {
  it('should read YAML front matter into fields placed at their lines, keeping values as written', async () => {
    const md = '---\n标题: 关于印发《黄浦区可再生能源发展行动方案》的通知\n索引号: 0012\n发布日期: 2025-02-24\n成文日期:\n---\n\n正文。\n';
    const [front] = await read(md);
    expect(front!.kind).toBe('frontmatter');
    expect(front!.fields!.map((f) => [f.key, f.value, md.slice(f.start, f.end)])).toEqual([
      ['标题', '关于印发《黄浦区可再生能源发展行动方案》的通知', '标题: 关于印发《黄浦区可再生能源发展行动方案》的通知'],
      ['索引号', '0012', '索引号: 0012'],
      ['发布日期', '2025-02-24', '发布日期: 2025-02-24'],
      ['成文日期', '', '成文日期:'],
    ]);
  });

  it.each([
    ['a hard line break inside a clause', '1.建设平台。（牵头单位：区科技局，参与单位：区发展改革委、  \n区楼宇办）\n', ['paragraph: 1.建设平台。（牵头单位：区科技局，参与单位：区发展改革委、区楼宇办）']],
    ['a clause over two paragraphs', '2.引进人才。（牵头单位：区人社局，\n\n参与单位：区科技局）\n', ['paragraph: 2.引进人才。（牵头单位：区人社局，参与单位：区科技局）']],
    ['a bracket left open over full stops', '现将方案(2023—\n\n2025年印发给你们。\n\n请认真贯彻落实。)\n', ['paragraph: 现将方案(2023—', 'paragraph: 2025年印发给你们。', 'paragraph: 请认真贯彻落实。)']],
  ])('should join paragraphs that close a bracket left open only when they do so soon: %s', async (_what, md, expected) => {
    expect(brief(await read(md))).toEqual(expected);
  });

  it('should read front matter that is not valid YAML line by line', async () => {
    const md = '---\n标题: 关于"某某"的通知: 第二部分\n文号: 沪府〔2020〕1号\n---\n';
    const [front] = await read(md);
    expect(front!.fields!.map((f) => [f.key, f.value])).toEqual([
      ['标题', '关于"某某"的通知: 第二部分'],
      ['文号', '沪府〔2020〕1号'],
    ]);
  });

  it('should give headings with their depth and join soft-wrapped lines without spaces between Han characters, keeping written spaces', async () => {
    const md = '# 河东区科技创新三年行动计划\n\n## 一、总体要求\n\n### (一)指导思想\n\n坚持以习近平新时代中国特色\n社会主义思想为指导,*全面*贯彻\n落实 open\nsource 精神。\n';
    expect(brief(await read(md))).toEqual([
      'heading1: 河东区科技创新三年行动计划',
      'heading2: 一、总体要求',
      'heading3: (一)指导思想',
      'paragraph: 坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实 open source 精神。',
    ]);
  });

  it('should keep the number of an ordered list item as its outline marker, placed where it is written', async () => {
    const md = '4. 大力发展信创产业。加快建设。(牵头单位:区科技局)\n5. 大力推动人工智能。\n   抢抓机遇。\n\n- 无编号的项\n';
    const blocks = await read(md);
    expect(brief(blocks)).toEqual([
      'paragraph: 4.大力发展信创产业。加快建设。(牵头单位:区科技局)',
      'paragraph: 5.大力推动人工智能。抢抓机遇。',
      'paragraph: 无编号的项',
    ]);
    expect(md.slice(blocks[1]!.start, blocks[1]!.start + 2)).toBe('5.');
  });

  it('should number the items of a lazily numbered list (1. 1. 1.) as Markdown shows them, each placed at its written number', async () => {
    const md = '1. 保障项目用地。\n1. 降低融资成本。\n1. 加强人才服务。\n';
    const blocks = await markdownToBlocks(md);
    expect(brief(blocks)).toEqual(['paragraph: 1.保障项目用地。', 'paragraph: 2.降低融资成本。', 'paragraph: 3.加强人才服务。']);
    expect(blocks.map((b) => md.slice(b.start, b.start + 2))).toEqual(['1.', '1.', '1.']);
    // One that counts in its own way keeps its numbers.
    expect(brief(await read('1. 甲。\n3. 乙。\n5. 丙。\n'))).toEqual(['paragraph: 1.甲。', 'paragraph: 3.乙。', 'paragraph: 5.丙。']);
  });

  it('should keep the numbers as written in a list that repeats a number other than 1 (3. 3.), which Markdown would show as 3, 4', async () => {
    // The reviewer edits the source: a 3. written twice is a repeat, not lazy numbering.
    expect(brief(await markdownToBlocks('3) 甲。\n3) 乙。\n'))).toEqual(['paragraph: 3)甲。', 'paragraph: 3)乙。']);
    expect(brief(await read('4. 甲。\n4. 乙。\n4. 丙。\n'))).toEqual(['paragraph: 4.甲。', 'paragraph: 4.乙。', 'paragraph: 4.丙。']);
    // A list that starts at 1 and repeats a number later is written as it stands too.
    expect(brief(await read('1. 甲。\n2. 乙。\n2. 丙。\n'))).toEqual(['paragraph: 1.甲。', 'paragraph: 2.乙。', 'paragraph: 2.丙。']);
  });

  it('should keep the space after a list item\'s number when its text opens with a figure, which would otherwise run into the number', async () => {
    const md = '1. 5G网络深度覆盖工程\n2. 2000个公共区域无线网络\n3. 算力中心\n';
    const blocks = await read(md);
    expect(brief(blocks)).toEqual(['paragraph: 1. 5G网络深度覆盖工程', 'paragraph: 2. 2000个公共区域无线网络', 'paragraph: 3.算力中心']);
    expect(md.slice(blocks[1]!.start, blocks[1]!.start + 3)).toBe('2. ');
  });

  it('should read a GFM table with its header row marked, cells placed at their text', async () => {
    const md = '| 序号 |  | 2020 |\n| --- | --- | --- |\n| 1 | 研发&amp;支出(% | 2.57 |\n';
    const [table] = await read(md);
    expect(table!.rows!.map((r) => r.map((c) => `${c.text}${c.header ? '^' : ''}`))).toEqual([
      ['序号^', '^', '2020^'],
      ['1', '研发&支出(%', '2.57'],
    ]);
    expect(md.slice(table!.rows![1]![1]!.start, table!.rows![1]![1]!.end)).toBe('研发&amp;支出(%');
  });

  it('should drop the asterisks Markdown leaves as text beside Chinese punctuation, keeping the text in place', async () => {
    const md = '**一、重点任务**\n\n1. **加强关键技术攻关。**开展攻关。（**牵头单位：**市科技局）\n\n| **指标** | 2024 |\n| --- | --- |\n| a__b__ | 1 |\n';
    const blocks = await read(md);
    expect(blocks.slice(0, 2).map((b) => b.text)).toEqual(['一、重点任务', '1.加强关键技术攻关。开展攻关。（牵头单位：市科技局）']);
  });

  it('should say how deep in lists each list item stands, so that a nested list\'s 1. is told from the outer one', async () => {
    const md = '1. **发展智慧交通。**\n   1. 建设智慧停车平台；\n   2. 开展示范。\n   - 牵头单位：县交通运输局\n2. 建设数据中心。\n\n   续写一段。\n\n正文。\n';
    const blocks = await read(md);
    expect(blocks.map((b) => [b.text, b.listDepth])).toEqual([
      ['1.发展智慧交通。', 1],
      ['1.建设智慧停车平台；', 2],
      ['2.开展示范。', 2],
      ['牵头单位：县交通运输局', 2],
      ['2.建设数据中心。', 1],
      ['续写一段。', undefined],
      ['正文。', undefined],
    ]);
  });

  it('should keep the lines of a table cell split by <br> apart, and join other inline HTML as before', async () => {
    const md = '| 牵头单位 | 配合单位 |\n| --- | --- |\n| 区经信局 | 区住建局<br>区城管局 |\n| 区<b>科技</b>局 | 区财政局 |\n';
    const [table] = await read(md);
    expect(table!.rows!.slice(1).map((r) => r.map((c) => c.text))).toEqual([
      ['区经信局', '区住建局 区城管局'],
      ['区科技局', '区财政局'],
    ]);
  });

  it('should treat block quotes before any content as a collection note, and later ones as notes in the text', async () => {
    const md = '---\na: b\n---\n\n> 本文正文由脚本提取，\n> 以官方发布版本为准。\n\n# 标题\n\n> 引用的一段话。\n';
    expect(brief(await read(md)).slice(1)).toEqual(['note*: 本文正文由脚本提取，以官方发布版本为准。', 'heading1: 标题', 'note: 引用的一段话。']);
  });

  it('should split paragraphs at hard line breaks and read HTML tables kept in the Markdown', async () => {
    const md = '河东区人民政府办公室\\\n关于修订的通知<br>\n(2020—2022年)\n\n<table><tr><td>序号</td><td>指标</td></tr><tr><td>1</td><td>研发</td></tr></table>\n';
    const blocks = await read(md);
    expect(brief(blocks)).toEqual(['paragraph: 河东区人民政府办公室', 'paragraph: 关于修订的通知', 'paragraph: (2020—2022年)', 'table: 序号\t指标\n1\t研发']);
  });

  const shanghai = '../shared/corpus/shanghai';
  it.skipIf(!existsSync(shanghai))('should read the Shanghai collection: front matter, the collection note as chrome, a title heading (skipped without ../shared/corpus)', async () => {
    for (const file of readdirSync(shanghai).filter((f) => f.endsWith('.md'))) {
      const md = readFileSync(join(shanghai, file), 'utf8');
      const blocks = await read(md);
      expect(blocks[0]!.kind, file).toBe('frontmatter');
      expect(blocks[0]!.fields!.map((f) => f.key), file).toContain('标题');
      // The collection's two `>` lines are one Markdown paragraph.
      expect(blocks.filter((b) => b.chrome).map((b) => b.kind), file).toEqual(['note']);
      expect(blocks.find((b) => b.kind === 'heading')?.depth, file).toBe(1);
    }
  });
});

describe('markdownToBlocks: footnotes', () => {
  it('should give a footnote definition\'s paragraphs its label and leave the reference out of the sentence', async () => {
    const md = '达到90%[^1]以上。\n\n[^1]: 通达率指比例。\n\n    第二段。\n';
    const extras: { footnoteRefs?: Array<{ mark: string; start: number; end: number }> } = {};
    const blocks = await markdownToBlocks(md, [], extras);
    expect(extras.footnoteRefs!.map((r) => [r.mark, md.slice(r.start, r.end)])).toEqual([['1', '[^1]']]);
    expect(blocks.map((b) => [b.footnote ?? null, b.text])).toEqual([
      [null, '达到90%以上。'],
      ['1', '通达率指比例。'],
      ['1', '第二段。'],
    ]);
  });

  it.each([
    ['an inline link', '附件：[某区方案.pdf](https://x.gov.cn/f/fa.pdf)\n'],
    ['a reference link', '附件：[某区方案.pdf][fa]\n\n[fa]: https://x.gov.cn/f/fa.pdf\n'],
  ])('should keep the address of %s to a document file as the block\'s file', async (_what, md) => {
    const [block] = await read(md);
    expect(block!.files).toEqual([{ text: '某区方案.pdf', href: 'https://x.gov.cn/f/fa.pdf' }]);
  });

  it('should keep no link to a page that is no document file', async () => {
    const [block] = await read('详见[政府网站](https://x.gov.cn/zw/)。\n');
    expect(block!.files).toBeUndefined();
  });
});

describe('Markdown converted from Word by pandoc', () => {
  it.each([
    ['a bookmark anchor before a heading', '# []{#_Toc150002 .anchor}一、工作目标\n', ['heading1: 一、工作目标']],
    ['a heading\'s attributes', '# 二、重点任务 {.unnumbered}\n\n## 三、保障措施 {#sec-3 .unnumbered}\n', ['heading1: 二、重点任务', 'heading2: 三、保障措施']],
    ['an underlined span', '全区高新技术企业达到[260]{.underline}家。\n', ['paragraph: 全区高新技术企业达到260家。']],
    ['a custom-style span in a clause', '（牵头单位：区科技局；参与单位：[区财政局]{custom-style="Strong"}）\n', ['paragraph: （牵头单位：区科技局；参与单位：区财政局）']],
    ['a note mark set as a superscript after a name', '（牵头单位：区科技局^1^）\n', ['paragraph: （牵头单位：区科技局）']],
    ['brackets that are no span', '[区科技局]牵头，{待定}\n', ['paragraph: [区科技局]牵头，{待定}']],
  ])('should read pandoc markup as the text a reader sees, each character at its place: %s', async (_what, md, expected) => {
    expect(brief(await read(md))).toEqual(expected);
  });

  it('should write a superscript number after a Latin letter as an exponent (m^2^ → m²), placed on its digit', async () => {
    const md = '新增孵化面积10万m^2^。\n';
    const [block] = await markdownToBlocks(md);
    expect(block!.text).toBe('新增孵化面积10万m²。');
    expect(md[sourceOffset(block!.anchors, block!.text.indexOf('²'))]).toBe('2');
  });

  it('should cut a tight lettered list (a. / b. lines, one paragraph to CommonMark) into its items', async () => {
    const md = '2.  加强人才服务。\n\n    a.  完善人才公寓。（牵头单位：区住建局）\n    b.  优化子女入学。（牵头单位：区教育局）\n    c.  推进医疗保障。\n';
    expect(brief(await read(md))).toEqual(['paragraph: 2.加强人才服务。', 'paragraph: a. 完善人才公寓。（牵头单位：区住建局）', 'paragraph: b. 优化子女入学。（牵头单位：区教育局）', 'paragraph: c. 推进医疗保障。']);
  });

  it('should not cut a paragraph whose lines open with letters out of order or without an a. first', async () => {
    expect(brief(await read('a. 完善人才公寓，\nc. 继续推进。\n'))).toEqual(['paragraph: a. 完善人才公寓，c. 继续推进。']);
    expect(brief(await read('完善人才公寓，\nb. 继续推进。\n'))).toEqual(['paragraph: 完善人才公寓，b. 继续推进。']);
  });

  it('should list a footnote reference in a grid table cell as the note\'s reference, the cell keeping its number', async () => {
    const md = ['+------+----------+', '| 指标 | 2026年   |', '+======+==========+', '| 基站 | 2000[^1] |', '+------+----------+', '', '[^1]: 含室内分布系统。', ''].join('\n');
    const extras: SourceExtras = {};
    const blocks = await markdownToBlocks(md, [], extras);
    expect(blocks[0]!.rows![1]!.map((c) => c.text)).toEqual(['基站', '2000']);
    expect(extras.footnoteRefs!.map((r) => [r.mark, md.slice(r.start, r.end)])).toEqual([['1', '[^1]']]);
  });
});

describe('markdownToBlocks: a documentation site\'s boxes', () => {
  const LINE = '发文字号：温政办〔2024〕22号　发布日期：2024-05-06';
  it.each([
    ['a Docusaurus box with a title', `:::tip 文件信息\n${LINE}\n:::\n`, ['paragraph*: 文件信息', `paragraph: ${LINE}`]],
    ['a box without a title', `:::info\n${LINE}\n:::\n`, [`paragraph: ${LINE}`]],
    ['a VuePress box, a space after the colons', `::: warning 注意\n${LINE}\n:::\n`, ['paragraph*: 注意', `paragraph: ${LINE}`]],
    ['a title in brackets, attributes after it', `:::note[标题]{#info}\n${LINE}\n:::\n`, ['paragraph*: 标题', `paragraph: ${LINE}`]],
    ['a box inside a box', `::::note 外层\n:::tip\n${LINE}\n:::\n::::\n`, ['paragraph*: 外层', `paragraph: ${LINE}`]],
    ['a GitHub alert', `> [!NOTE]\n> ${LINE}\n`, [`paragraph: ${LINE}`]],
    ['an Obsidian callout with a title', `> [!info]- 文件信息\n> ${LINE}\n`, ['paragraph*: 文件信息', `paragraph: ${LINE}`]],
  ])('should read %s as its content, its fences markup and its title furniture', async (_what, md, expected) => {
    expect(brief(await read(`# 某方案\n\n${md}\n一、重点任务\n`))).toEqual(['heading1: 某方案', ...expected, 'paragraph: 一、重点任务']);
  });

  it('should keep a marker further down a quote, and colons in a code block, as text', async () => {
    expect(brief(await read('# 某方案\n\n> 引文。\n> [!NOTE]\n'))).toEqual(['heading1: 某方案', 'note: 引文。[!NOTE]']);
    // (A code block's characters are not placed one by one, so it is read without that check.)
    expect(brief(await markdownToBlocks('# 某方案\n\n```\n:::tip\n```\n'))).toEqual(['heading1: 某方案', 'paragraph: :::tip']);
  });
});
