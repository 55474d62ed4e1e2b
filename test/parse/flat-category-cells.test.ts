import { describe, expect, it } from 'vitest';
import { fillMergedCategory } from '../../src/parse/flat-category-cells.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

interface Line {
  match: string;
  spanned?: boolean;
}
const row = (...texts: string[]): Line[] => texts.map((t) => ({ match: t }));
const texts = (rows: Line[][]) => rows.map((r) => r.map((c) => (c.spanned ? `^${c.match}` : c.match)));

describe('a category column after 序号, flattened with its cell on the group\'s first row only', () => {
  it('should give the group\'s other rows the category of the row above, merged', () => {
    const rows = [row('1', '教育', '新建幼儿园2所', '县教育局'), row('2', '改造薄弱学校10所', '县教育局'), row('3', '医疗', '建设村卫生室', '县卫生健康局')];
    fillMergedCategory(['序号', '领域', '项目内容', '牵头单位'], rows, []);
    expect(texts(rows)).toEqual([
      ['1', '教育', '新建幼儿园2所', '县教育局'],
      ['2', '^教育', '改造薄弱学校10所', '县教育局'],
      ['3', '医疗', '建设村卫生室', '县卫生健康局'],
    ]);
  });

  it('should leave rows as they are where the column after 序号 names no category, or no full row stands above', () => {
    const rows = [row('1', '增加值', '亿元', '90'), row('2', '税收', '20')];
    fillMergedCategory(['序号', '指标', '单位', '2025年'], rows, []);
    expect(texts(rows)).toEqual([['1', '增加值', '亿元', '90'], ['2', '税收', '20']]);
    const first = [row('1', '增加值', '90'), row('2', '健康', '税收', '20')];
    fillMergedCategory(['序号', '类别', '指标', '2025年'], first, []);
    expect(texts(first)).toEqual([['1', '增加值', '90'], ['2', '健康', '税收', '20']]);
  });

  it('should read a yearly annex flattened one cell a line with each year\'s figure under its year', async () => {
    const text = [
      '某县“十四五”生态环境保护目标',
      '',
      '附件',
      '',
      '某县生态环境保护年度目标表',
      '',
      ...['序号', '类别', '指标', '2023年', '2024年', '2025年'],
      ...['1', '大气环境', 'PM2.5平均浓度（微克/立方米）', '33', '32', '30'],
      ...['2', '空气质量优良天数比率（%）', '85', '86', '88'],
      ...['3', '水环境', '地表水国控断面优良比例（%）', '80', '82', '85'],
      ...['4', '县级以上饮用水水源地水质达标率（%）', '100', '100', '100'],
    ].join('\n');
    const doc = await parseNotice(text);
    const rows = doc.annexes[0]!.table!.rows;
    expect(rows.map((r) => [r.indicator, r.unit, r.values])).toEqual([
      ['PM2.5平均浓度', '微克/立方米', { '2023': 33, '2024': 32, '2025': 30 }],
      ['空气质量优良天数比率', '%', { '2023': 85, '2024': 86, '2025': 88 }],
      ['地表水国控断面优良比例', '%', { '2023': 80, '2024': 82, '2025': 85 }],
      ['县级以上饮用水水源地水质达标率', '%', { '2023': 100, '2024': 100, '2025': 100 }],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId.startsWith('annex'))).toEqual([]);
  });
});
