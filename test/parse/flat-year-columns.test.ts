import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import type { AnnexTable } from '../../src/model/types.js';

// A column whose cells are bare years (建设年度 | 2024) is the rows' data: neither more of the
// header, nor a group, nor the end of a row; and its years are no figures in the row's unit.

const HEAD = ['某市公交专用道建设方案', '', '　　一、主要任务', '　　（一）建设公交专用道。新建公交专用道50公里。（责任单位：市交通运输局）', ''];
const notice = (cells: string[], sep = '\n') => [...HEAD, '附件', '中心城区公交专用道建设计划表', cells.join(sep)].join('\n');
const cellsOf = (table: AnnexTable | null | undefined) => table!.rows.map((r) => r.cells);

const ROAD = ['序号', '道路名称', '起止点', '长度（公里）', '建设年度'];
const ROWS = ['1', '长征大道', '赣州大桥—赣州西站', '8.5', '2024', '2', '东江源大道', '蓉江新区—章江新区', '12', '2025'];

describe('flattened tables with a column of years', () => {
  it.each([
    ['one cell a line', '\n'],
    ['a blank line between cells, as the seed is scraped', '\n\n'],
  ])('should read a last column of bare years as each row\'s fifth cell (%s), not as a group over the rows', async (_, sep) => {
    const doc = await parseNotice(notice([...ROAD, ...ROWS], sep));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(ROAD);
    expect(cellsOf(table)).toEqual([
      ['1', '长征大道', '赣州大桥—赣州西站', '8.5', '2024'],
      ['2', '东江源大道', '蓉江新区—章江新区', '12', '2025'],
    ]);
    expect(table.rows.map((r) => [r.number, r.indicator, r.group ?? null])).toEqual([
      ['1', '长征大道', null],
      ['2', '东江源大道', null],
    ]);
    // 长度（公里） holds the figures; 建设年度 says when, no figure in kilometres.
    expect(table.rows.map((r) => r.values)).toEqual([{ '长度（公里）': 8.5 }, { '长度（公里）': 12 }]);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('annex-row-width');
  });

  it('should read a year column standing inside the row the same way', async () => {
    const doc = await parseNotice(notice(['序号', '项目名称', '开工年份', '竣工年份', '1', '长征大道改造', '2024', '2025', '2', '东江源大道新建', '2025', '2026']));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '项目名称', '开工年份', '竣工年份']);
    expect(cellsOf(table)).toEqual([
      ['1', '长征大道改造', '2024', '2025'],
      ['2', '东江源大道新建', '2025', '2026'],
    ]);
    expect(table.rows.map((r) => r.values)).toEqual([{}, {}]);
  });

  it('should open a row at its serial followed by a year under a 年度 column, the task naming the row', async () => {
    const doc = await parseNotice(notice(['序号', '年度', '建设任务', '责任单位', '1', '2024', '新建公交专用道20公里', '市交通运输局', '2', '2025', '新建公交专用道30公里', '市城投集团']));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '年度', '建设任务', '责任单位']);
    expect(table.rows.map((r) => [r.number, r.indicator, r.cells])).toEqual([
      ['1', '新建公交专用道20公里', ['1', '2024', '新建公交专用道20公里', '市交通运输局']],
      ['2', '新建公交专用道30公里', ['2', '2025', '新建公交专用道30公里', '市城投集团']],
    ]);
  });

  it('should still read a header of bare years as the year columns, the rows\' figures keyed by year', async () => {
    const doc = await parseNotice(notice(['序号', '指标', '单位', '2023', '2024', '2025', '1', '公交专用道长度', '公里', '30', '40', '50', '2', '公交分担率', '%', '40', '45', '50']));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '指标', '单位', '2023', '2024', '2025']);
    expect(table.rows.map((r) => [r.indicator, r.unit, r.values])).toEqual([
      ['公交专用道长度', '公里', { 2023: 30, 2024: 40, 2025: 50 }],
      ['公交分担率', '%', { 2023: 40, 2024: 45, 2025: 50 }],
    ]);
  });

  it('should still read a value equal to the next serial inside a row, where no 年度 column follows 序号', async () => {
    const doc = await parseNotice(notice(['序号', '指标', '2024年', '2025年', '1', '新建站点（个）', '2', '2025', '2', '新增线路（条）', '3', '4']));
    expect(cellsOf(doc.annexes[0]!.table)).toEqual([
      ['1', '新建站点（个）', '2', '2025'],
      ['2', '新增线路（条）', '3', '4'],
    ]);
  });

  it('should read a table in the plan\'s text whose serial is followed by a year', async () => {
    const doc = await parseNotice(
      [
        '某市公交专用道建设方案', '', '一、主要任务', '（一）建设公交专用道。新建公交专用道50公里。', '表1 年度建设计划',
        '序号', '年度', '建设任务', '责任单位', '1', '2024', '新建公交专用道20公里', '市交通运输局', '2', '2025', '新建公交专用道30公里', '市城投集团',
        '二、保障措施', '（一）加强组织领导。各部门要高度重视。',
      ].join('\n'),
    );
    // The table is all its item holds: its rows are the item's tasks (see README › Tasks from a 重点任务分解表).
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.lead])).toEqual([
      ['1', '新建公交专用道20公里', ['市交通运输局']],
      ['2', '新建公交专用道30公里', ['市城投集团']],
    ]);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('flat-table-unread');
  });

  it('should give no figures for a 建设年度 column of an HTML table either', async () => {
    const html = [
      '<html><body><p>某市公交专用道建设方案</p><p>一、主要任务</p><p>（一）建设公交专用道。（责任单位：市交通运输局）</p>',
      '<p>附件：中心城区公交专用道建设计划表</p><table>',
      '<tr><th>序号</th><th>道路名称</th><th>长度（公里）</th><th>建设年度</th></tr>',
      '<tr><td>1</td><td>长征大道</td><td>8.5</td><td>2024</td></tr>',
      '</table></body></html>',
    ].join('');
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.annexes[0]!.table!.rows.map((r) => [r.indicator, r.values, r.cells])).toEqual([['长征大道', { '长度（公里）': 8.5 }, ['1', '长征大道', '8.5', '2024']]]);
  });
});
