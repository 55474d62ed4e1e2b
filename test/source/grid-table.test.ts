import { describe, expect, it } from 'vitest';
import { findGridTables, readGridTable, sourceLines } from '../../src/source/grid-table.js';
import { markdownToBlocks } from '../../src/source/markdown-adapter.js';
import type { SourceDocument } from '../../src/source/types.js';
import { anchorProblems, brief } from '../helpers/blocks.js';

/** The cells of a grid table written as lines, row by row: `h:` before a header cell, `↓n`/`→n` for spans, `~` for a spanned copy. */
function cells(table: string): string[][] | string {
  const result = readGridTable(sourceLines(table));
  if ('problem' in result) return result.problem;
  return result.rows.map((row) =>
    row.map((c) => `${c.spanned ? '~' : ''}${c.header ? 'h:' : ''}${c.text}${c.rowspan ? `↓${c.rowspan}` : ''}${c.colspan ? `→${c.colspan}` : ''}`),
  );
}

const PANDOC = [
  '+------+----------------------+----------+------------------+',
  '| 序号 | 重点任务             | 牵头单位 | 配合单位         |',
  '+======+======================+==========+==================+',
  '| 1    | 建设街道综合养老服务 | 区民政局 | 区民政局、区医保 |',
  '|      | 中心8个              |          | 局               |',
  '+------+----------------------+----------+------------------+',
  '| 2    | 培养养老护理员300名  | 区人社局 | 区发改局、       |',
  '|      |                      |          | 区财政局         |',
  '+------+----------------------+----------+------------------+',
].join('\n');

describe('readGridTable', () => {
  it.each([
    ['a pandoc table with a header and wrapped Han cells (joined without a space, 、 going on)', PANDOC, [
      ['h:序号', 'h:重点任务', 'h:牵头单位', 'h:配合单位'],
      ['1', '建设街道综合养老服务中心8个', '区民政局', '区民政局、区医保局'],
      ['2', '培养养老护理员300名', '区人社局', '区发改局、区财政局'],
    ]],
    ['a table without a header row', '+----+-----+\n| 1  | 甲  |\n+----+-----+\n| 2  | 乙  |\n+----+-----+', [['1', '甲'], ['2', '乙']]],
    ['wrapped Latin words, joined with a space', '+---------+\n| Digital |\n| economy |\n+---------+', [['Digital economy']]],
    ['a cell of two paragraphs after a body name, kept apart by a space', '+----------+\n| 区民政局 |\n|          |\n| 区财政局 |\n+----------+', [['区民政局 区财政局']]],
    ['a cell spanning two rows (its border missing in the separator line)', [
      '+----+----------+----------+',
      '| 1  | 任务甲   | 区民政局 |',
      '+----+----------+          |',
      '| 2  | 任务乙   |          |',
      '+----+----------+----------+',
    ].join('\n'), [['1', '任务甲', '区民政局↓2'], ['2', '任务乙', '~区民政局↓2']]],
    ['a row spanning the table (no | between its columns)', [
      '+----+----------+----------+',
      '| 一、数字基础设施         |',
      '+----+----------+----------+',
      '| 1  | 任务甲   | 区民政局 |',
      '+----+----------+----------+',
    ].join('\n'), [['一、数字基础设施→3', '~一、数字基础设施→3', '~一、数字基础设施→3'], ['1', '任务甲', '区民政局']]],
    ['a writer that counted characters, not columns, the lines cut at their |', '+------+------+\n| 序号 | 任务 |\n+======+======+\n| 1    | 甲乙     |\n+------+------+', [['h:序号', 'h:任务'], ['1', '甲乙']]],
    ['a writer that counted characters, the line split at its |', '+------+------+\n| 1 | 甲乙丙 |\n+------+------+', [['1', '甲乙丙']]],
    ['strong emphasis and escapes as markup', '+------------+\n| **重点** \\* |\n+------------+', [['重点 *']]],
  ])('should read %s', (_what, table, expected) => {
    expect(cells(table)).toEqual(expected);
  });

  it.each([
    ['a cell that is no rectangle', [
      '+----+----------+',
      '| 1  | 任务甲   |',
      '+----+          +',
      '| 2    任务乙   |',
      '+----+----------+',
    ].join('\n'), /not a rectangle/],
    ['a line that does not end with |', '+----+----+\n| 1  | 甲  \n+----+----+', /line 2 does not line up/],
    ['a line with more cells than the borders have columns', '+----+----+\n| 1 | 甲 | 乙 |\n+----+----+', /line 2 does not line up/],
    ['a table cut short', '+----+----+\n| 1  | 甲 |', /does not end with a border/],
    ['two borders with no row between', '+----+\n+----+\n| 1  |\n+----+', /no row between/],
  ])('should not read %s', (_what, table, problem) => {
    expect(cells(table)).toMatch(problem);
  });
});

describe('grid tables in Markdown', () => {
  it('should make a table block of a grid table, its caption right above it a paragraph, each cell placed in the source', async () => {
    const md = `附件\n\n重点任务分解表\n${PANDOC}\n\n其他事项。\n`;
    const blocks = await markdownToBlocks(md);
    expect(brief(blocks)).toEqual([
      'paragraph: 附件',
      'paragraph: 重点任务分解表',
      'table: 序号\t重点任务\t牵头单位\t配合单位\n1\t建设街道综合养老服务中心8个\t区民政局\t区民政局、区医保局\n2\t培养养老护理员300名\t区人社局\t区发改局、区财政局',
      'paragraph: 其他事项。',
    ]);
    expect(anchorProblems(blocks, md)).toEqual([]);
    const cell = blocks[2]!.rows![1]![3]!;
    expect([md.slice(cell.start, cell.start + 4), md.slice(cell.end - 1, cell.end)]).toEqual(['区民政局', '局']);
  });

  it('should keep a grid table in fenced code as code', async () => {
    expect(findGridTables('```\n+---+\n| a |\n+---+\n```\n')).toEqual([]);
  });

  it('should keep a grid table it cannot read as text, and say so', async () => {
    const problems: SourceDocument['problems'] = [];
    const md = '表\n\n+----+----+\n| 1  | 甲\n+----+----+\n';
    const blocks = await markdownToBlocks(md, problems);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(problems.map((p) => [p.ruleId, p.offset])).toEqual([['grid-table-unread', md.indexOf('| 1')]]);
  });
});

describe('pandoc markup in grid table cells', () => {
  it('should read a backslash at a cell line\'s end as a hard break between units, and drop a footnote reference', () => {
    const table = [
      '+--------------+--------------+----------+',
      '| 牵头单位     | 参与单位     | 2026年   |',
      '+==============+==============+==========+',
      '| 区商务局\\    | 区科技局\\    | 2000[^1] |',
      '| 区投促中心   | 区财政局     |          |',
      '+--------------+--------------+----------+',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['h:牵头单位', 'h:参与单位', 'h:2026年'],
      ['区商务局 区投促中心', '区科技局 区财政局', '2000'],
    ]);
    const result = readGridTable(sourceLines(table));
    expect('problem' in result ? [result.problem] : anchorProblems([{ kind: 'table', text: '', anchors: [], start: 0, end: table.length, rows: result.rows }], table)).toEqual([]);
  });
});
