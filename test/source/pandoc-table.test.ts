import { describe, expect, it } from 'vitest';
import { findPandocTables } from '../../src/source/pandoc-table.js';
import { markdownToBlocks } from '../../src/source/markdown-adapter.js';
import type { SourceDocument } from '../../src/source/types.js';
import { anchorProblems, brief } from '../helpers/blocks.js';

/** The tables of a text: kind and cells row by row (`h:` before a header cell), or the problem and the line it names. */
function tables(text: string): Array<string | string[][]> {
  return findPandocTables(text).map(({ kind, lines, result }) =>
    'problem' in result ? `${kind}: ${result.problem} @${lines[result.line]!.text.trim()}` : result.rows.map((row) => row.map((c) => `${c.header ? 'h:' : ''}${c.text}`)),
  );
}

const lines = (...ls: string[]): string => ls.join('\n');

const YEARLY = lines(
  '  指标                   单位 2023年 2024年 2025年',
  '  ---------------------- ---- ------ ------ ------',
  '  地区生产总值增速       %    6      6.5    7',
  '  高新技术企业数量       家   120    150    180',
);

const TASKS = lines(
  '  -----------------------------------------------------------',
  '  序号   任务                   牵头单位     配合单位',
  '  ------ ---------------------- ------------ ----------------',
  '  1      推进千兆光网和5G网络   区经济信息   区住房城乡建设',
  '         建设，新建5G基站2000   化局         局、区城管局',
  '         个',
  '',
  '  2      建设城市算力中心       区发展改革   区经济信息化局',
  '                                委',
  '  -----------------------------------------------------------',
);

describe('findPandocTables', () => {
  it.each([
    ['a simple table of yearly targets, Han characters two columns wide', YEARLY, [[
      ['h:指标', 'h:单位', 'h:2023年', 'h:2024年', 'h:2025年'],
      ['地区生产总值增速', '%', '6', '6.5', '7'],
      ['高新技术企业数量', '家', '120', '150', '180'],
    ]]],
    ['a simple table under its caption line, ending at a dash line', lines('表1 年度目标', '序号 任务', '---- ----------', '1    建设基站', '---- ----------'), [[
      ['h:序号', 'h:任务'],
      ['1', '建设基站'],
    ]]],
    ['a simple table whose last cells run on past their dashes, right-aligned cells', lines('  序号 配合单位', '  ---- ----', '     1 区发改局、区财政局', '    12 区科技局'), [[
      ['h:序号', 'h:配合单位'],
      ['1', '区发改局、区财政局'],
      ['12', '区科技局'],
    ]]],
    ['a simple table without a header, between dash lines', lines('', '---- --------', '1    区民政局', '2    区财政局', '---- --------'), [[['1', '区民政局'], ['2', '区财政局']]]],
    ['a simple table with an empty cell', lines('序号 指标     2025年', '---- -------- ------', '1             90'), [[['h:序号', 'h:指标', 'h:2025年'], ['1', '', '90']]]],
    ['a writer that counted characters, not columns', lines('序号 任务', '---- ----', '1    建设基站'), [[['h:序号', 'h:任务'], ['1', '建设基站']]]],
    ['a multiline task table: cells wrapped over lines and joined, a name cut in two', TASKS, [[
      ['h:序号', 'h:任务', 'h:牵头单位', 'h:配合单位'],
      ['1', '推进千兆光网和5G网络建设，新建5G基站2000个', '区经济信息化局', '区住房城乡建设局、区城管局'],
      ['2', '建设城市算力中心', '区发展改革委', '区经济信息化局'],
    ]]],
    ['a multiline header of two lines', lines('-----------------', '序号 牵头', '     单位', '---- ------------', '1    区民政局', '-----------------'), [[['h:序号', 'h:牵头单位'], ['1', '区民政局']]]],
    ['a multiline table without a header', lines('---- ----------', '1    建设街道综合', '     养老中心', '', '2    培养护理员', '---- ----------'), [[['1', '建设街道综合养老中心'], ['2', '培养护理员']]]],
    ['a simple table under a rule narrower than its columns (no multiline table)', lines('', '----', '序号 任务', '---- --------', '1    甲', '---- --------'), [[['h:序号', 'h:任务'], ['1', '甲']]]],
    ['two tables, one after the other', `${YEARLY}\n\n${TASKS}`, [expect.any(Array), expect.any(Array)]],
  ])('should read %s', (_what, text, expected) => {
    expect(tables(text)).toEqual(expected);
  });

  it.each([
    ['a row whose text stands between two columns', lines('序号 任务', '---- ----------', '1  建设基站'), ['simple: its line 3 has text outside the columns of its dash line @1  建设基站']],
    ['a header wider than its dashes', lines('重点任务名称 单位', '---- ----', '甲   个'), ['simple: its line 1 has text outside the columns of its dash line @重点任务名称 单位']],
    ['a multiline table without its closing dash line', lines('--------------', '序号 任务', '---- ---------', '1    建设', '', '2    培养', '', ''), ['multiline: it does not end with a dash line after its rows @---- ---------']],
    ['a table without a header cut short of its closing line, its first row in the columns', lines('---- --------', '1    区民政局', '2    区财政局', ''), ['simple: it has no header and does not end with a dash line @1    区民政局']],
  ])('should report %s', (_what, text, expected) => {
    expect(tables(text)).toEqual(expected);
  });

  it.each([
    ['a setext heading (one run of dashes under a line)', lines('一、总体要求', '------------', '到2025年，建成基站3000个。')],
    ['a thematic break of single dashes', lines('上文。', '', '- - -', '', '下文。')],
    ['a rule, a line and dash groups with nothing under them', lines('', '----------------', '一、总体要求', '------ ---------', '', '正文。')],
    ['dash groups with a blank line under them', lines('序号 任务', '---- ----', '', '1    甲')],
    ['dash groups after a blank line, prose under them and no closing line', lines('', '---- ----', '到2025年，建成基站3000个。', '')],
    ['YAML front matter', lines('---', '标题: 某方案', '---', '正文。')],
    ['fenced code', lines('```', '序号 任务', '---- ----', '1    甲', '```')],
  ])('should find no table in %s', (_what, text) => {
    expect(tables(text)).toEqual([]);
  });
});

describe('simple and multiline tables in Markdown', () => {
  it('should make table blocks of them, the caption above a paragraph, every cell placed in the source', async () => {
    const md = `附件\n\n年度目标\n\n${YEARLY}\n\n${TASKS}\n\n其他事项。\n`;
    const blocks = await markdownToBlocks(md);
    expect(brief(blocks)).toEqual([
      'paragraph: 附件',
      'paragraph: 年度目标',
      'table: 指标\t单位\t2023年\t2024年\t2025年\n地区生产总值增速\t%\t6\t6.5\t7\n高新技术企业数量\t家\t120\t150\t180',
      'table: 序号\t任务\t牵头单位\t配合单位\n1\t推进千兆光网和5G网络建设，新建5G基站2000个\t区经济信息化局\t区住房城乡建设局、区城管局\n2\t建设城市算力中心\t区发展改革委\t区经济信息化局',
      'paragraph: 其他事项。',
    ]);
    expect(anchorProblems(blocks, md)).toEqual([]);
  });

  it('should keep a simple table it cannot read as text, and say where', async () => {
    const problems: SourceDocument['problems'] = [];
    const md = '表1\n\n序号 任务\n---- ----------\n1  建设基站\n';
    const blocks = await markdownToBlocks(md, problems);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(problems.map((p) => [p.ruleId, p.offset])).toEqual([['simple-table-unread', md.indexOf('1  建设')]]);
  });
});
