import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

// A table flattened one cell per line in the plan's text (under 表1) whose last row has a cell
// wrapped onto a second line: the row runs on over that line, as its reader lays it out, rather
// than ending at the header's width with its last cell left over as a paragraph. And groups
// numbered from 1 again beside such wrapped rows, in the text or an annex: every row kept.

const HEAD = ['某县科技创新三年行动方案（2023—2025年）', '', '一、工作目标', '到2025年，全县高新技术企业达到60家。', '', '二、主要指标'];
const TASK = ['', '三、重点任务', '1.培育创新主体。支持企业加大研发投入。（牵头单位：县科技局；配合单位：县财政局）'];
const FIGURES = ['表1　主要指标', '序号', '指标', '单位', '2023年', '2024年', '2025年', '1', '高新技术企业', '家', '40', '50', '60', '2', '有效发明专利', '件', '800', '900', '1000'];
const doc = (lines: readonly string[]) => parseNotice([...HEAD, ...lines, ...TASK].join('\n'));

describe('the last row of a flattened table in the text, a cell of it wrapped', () => {
  it('should read an indicator wrapped onto a second line in the last row, every figure under its year', async () => {
    const read = await doc([...FIGURES, '3', '研发经费投入', '强度', '%', '2.5', '2.8', '3.1']);
    expect(read.tables![0]!.table.rows.map((r) => [r.number, r.indicator, r.unit, r.values])).toEqual([
      ['1', '高新技术企业', '家', { 2023: 40, 2024: 50, 2025: 60 }],
      ['2', '有效发明专利', '件', { 2023: 800, 2024: 900, 2025: 1000 }],
      ['3', '研发经费投入强度', '%', { 2023: 2.5, 2024: 2.8, 2025: 3.1 }],
    ]);
    expect(read.diagnostics.map((d) => d.ruleId)).not.toContain('flat-table-unread');
  });

  it('should read a task wrapped onto a second line in the last row of a task table, its deadline its own', async () => {
    const lines = ['表1　重点任务分工', '序号', '重点任务', '牵头单位', '配合单位', '完成时限', '1', '培育创新主体', '县科技局', '县财政局', '2024年12月', '2', '建设省级以上创新', '平台', '县科技局', '县工信局', '2025年6月'];
    const rows = (await doc(lines)).tables![0]!.table.rows.map((r) => r.cells);
    expect(rows).toEqual([
      ['1', '培育创新主体', '县科技局', '县财政局', '2024年12月'],
      ['2', '建设省级以上创新平台', '县科技局', '县工信局', '2025年6月'],
    ]);
  });

  it('should not take a line after a last row that is whole into it (its cells each fit their columns)', async () => {
    const read = await doc([...FIGURES, '3', '研发经费投入强度', '%', '2.5', '2.8', '3.1', '5']);
    const rows = read.tables![0]!.table.rows;
    expect(rows[rows.length - 1]!.cells).toEqual(['3', '研发经费投入强度', '%', '2.5', '2.8', '3.1']);
  });

  it.each([
    ['（一）创新能力', '（二）产业发展', 'body'],
    ['一', '二', 'body'],
    ['（一）创新能力', '（二）产业发展', 'annex'],
  ] as const)('should keep two groups numbered from 1 (%s …) whole where wrapped rows outnumber the others, a last figure equal to the next serial before the group line (%s, %s)', async (first, second, where) => {
    // 一 / 创新能力 is a group numbered under 序号; （一）创新能力 a group line. Rows 2 and 1 are wrapped, row 1 and 2 not.
    const group = (g: string, name: string): string[] => (g.length === 1 ? [g, name] : [g]);
    const lines = [
      '表1　主要指标',
      ...['序号', '指标', '单位', '2023年', '2024年', '2025年'],
      ...group(first, '创新能力'),
      ...['1', '高新技术企业', '家', '40', '50', '60', '2', '研发经费投入', '强度', '%', '2.5', '2.8', '3'],
      ...group(second, '产业发展'),
      ...['1', '高新技术产业', '增加值', '亿元', '50', '60', '70', '2', '科技型中小企业', '家', '100', '120', '150'],
    ];
    const read = where === 'body' ? await doc(lines) : await parseNotice([...HEAD.slice(0, 5), ...TASK, '', '附件', '', '主要指标', ...lines.slice(1)].join('\n'));
    const table = where === 'body' ? read.tables![0]!.table : read.annexes[0]!.table!;
    const rows = table.rows.map((r) => [r.number, r.indicator, r.values['2025']]);
    expect(rows).toEqual([
      ['1', '高新技术企业', 60],
      ['2', '研发经费投入强度', 3],
      ['1', '高新技术产业增加值', 70],
      ['2', '科技型中小企业', 150],
    ]);
  });
});
