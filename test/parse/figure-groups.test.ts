import { describe, expect, it } from 'vitest';
import { parseFile, parseLoaded } from '../../src/parse/parse-notice.js';
import { loadSource } from '../../src/source/load-source.js';
import { percentCells, rowCellUnit, spanningGroup } from '../../src/parse/figure-groups.js';
import { proseColumn } from '../../src/parse/prose-column.js';
import type { AnnexRow, PlanDocument } from '../../src/model/types.js';

const rowsOf = (doc: PlanDocument): AnnexRow[] => (doc.tables ?? []).flatMap((t) => t.table.rows);
const load = (file: string) => parseFile(`fixtures/styles/${file}`);

describe('category rows of a table of figures', () => {
  it('should take one text in every cell of a row as a group', () => {
    expect(spanningGroup([{ text: '一、经济发展' }, { text: '一、经济发展', spanned: true }, { text: '一、经济发展', spanned: true }])).toBe('一、经济发展');
  });

  it('should not take a row of differing cells, a lone cell or a figure as a group', () => {
    expect(spanningGroup([{ text: '1' }, { text: '工业增加值' }, { text: '3.6' }])).toBeNull();
    expect(spanningGroup([{ text: '经济发展' }])).toBeNull();
    expect(spanningGroup([{ text: '—' }, { text: '—' }])).toBeNull();
    expect(spanningGroup([{ text: '' }, { text: '' }])).toBeNull();
  });

  it('should read the text rows as groups of the rows under them, with no row of their own and no warning', async () => {
    for (const file of ['figure-table-cell-units-group-rows.txt', 'figure-table-colspan-groups.html']) {
      const doc = await load(file);
      expect(rowsOf(doc).every((r) => r.group !== undefined && /^[一二]、/.test(r.group))).toBe(true);
      expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-value-unreadable')).toEqual([]);
    }
    const html = await load('figure-table-colspan-groups.html');
    expect(rowsOf(html).map((r) => [r.number, r.group])).toEqual([
      ['1', '一、设施网络'],
      ['2', '一、设施网络'],
      ['3', '二、运输服务'],
    ]);
  });
});

describe('value cells that carry their unit', () => {
  it('should give the unit every unit-carrying cell of a row shares', () => {
    expect(rowCellUnit([{ value: 1200, unit: '家' }, { value: 2500, unit: '家' }], null)).toBe('家');
    expect(rowCellUnit([{ value: 1200, unit: '家' }, null], '家')).toBe('家');
  });

  it('should give no unit where the cells disagree with each other or with the row', () => {
    expect(rowCellUnit([{ value: 120, unit: '万元' }, { value: 2, unit: '亿元' }], null)).toBeNull();
    expect(rowCellUnit([{ value: 120, unit: '亿元' }], '万元')).toBeNull();
    expect(rowCellUnit([null, null], null)).toBeNull();
  });

  it('should read the figures and the unit of 860亿元 | 1500亿元以上 and of 320家 | 600家', async () => {
    const doc = await load('figure-table-cell-units-group-rows.txt');
    expect(rowsOf(doc).map((r) => [r.indicator, r.unit, r.values, r.group])).toEqual([
      ['数字经济核心产业增加值', '亿元', { '2020': 860, '2025': 1500 }, '一、产业规模'],
      ['规上软件企业数', '家', { '2020': 320, '2025': 600 }, '一、产业规模'],
      ['工业互联网平台', '个', { '2020': 12, '2025': 30 }, '二、融合应用'],
      ['重点企业上云率', '%', { '2020': 45, '2025': 80 }, '二、融合应用'],
    ]);
  });
});

describe('a header of tab-separated pairs', () => {
  it('should read the 标题： line under the pairs as the header\'s title, the title once and without its label', async () => {
    const doc = await load('header-tab-pairs-title-line.txt');
    const title = '鹭江市人民政府办公室关于印发鹭江市制造业数字化转型行动方案（2024—2026年）的通知';
    expect(doc.metadata.title).toBe(title);
    expect(doc.notice?.title).toBe(title);
    expect(doc.metadata.fields.map((f) => f.label)).toEqual(['索引号', '主题分类', '发布机构', '成文日期', '发文字号', '有效性', '标题']);
    expect(doc.metadata.position?.start.line).toBe(1);
    expect(doc.metadata.position?.end.line).toBe(4);
  });
});

describe('percentCells', () => {
  it('should say a row carries % when every cell with a figure ends in it', () => {
    expect(percentCells(['97%', '98%', '98.5%'])).toBe(true);
    expect(percentCells(['≥90%', '—', undefined, '95%以上'])).toBe(true);
  });

  it('should not say so when a cell gives a bare figure or none has a figure', () => {
    expect(percentCells(['97%', '98'])).toBe(false);
    expect(percentCells(['—', ''])).toBe(false);
  });
});

describe('proseColumn', () => {
  it('should take a column of phrases with figures inside them for prose', () => {
    expect(proseColumn(['购置智能织网设备200台（套）', '更新CT、MRI等大型影像设备'])).toBe(true);
  });

  it('should not take a column of figures, short words or a dash among them for prose', () => {
    expect(proseColumn(['12000', '购置智能织网设备'])).toBe(false);
    expect(proseColumn(['约束性', '预期性'])).toBe(false);
    expect(proseColumn(['新建业务用房', '—'])).toBe(false);
  });

  it('should take a column of short words counting what they name for prose', () => {
    expect(proseColumn(['改造小区8个', '购置设备200台（套）'])).toBe(true);
    expect(proseColumn(['改造管网35公里', '合计'])).toBe(true);
    expect(proseColumn(['完成改造8个小区'])).toBe(true);
    expect(proseColumn(['建成5G基站1000个'])).toBe(true);
  });

  it('should not take a column of targets whose words only say how the figure moves for prose', () => {
    expect(proseColumn(['新增1000个', '提高2个百分点'])).toBe(false);
    expect(proseColumn(['较上年增长5%', '每年新增10家'])).toBe(false);
    expect(proseColumn(['较2020年提高5个百分点'])).toBe(false);
    expect(proseColumn(['累计完成10家', '8个'])).toBe(false);
  });

  it('should take a column its header names one of prose (建设内容, 具体措施) for prose, unless a cell is a figure', () => {
    expect(proseColumn(['道路改造', '管网更新'], '建设内容')).toBe(true);
    expect(proseColumn(['道路改造'], '主要内容')).toBe(true);
    expect(proseColumn(['新建厂房'], '建设规模')).toBe(true);
    expect(proseColumn(['宣传培训'], '工作内容')).toBe(true);
    expect(proseColumn(['加强督查'], '具体措施')).toBe(true);
    expect(proseColumn(['道路改造'], '内容')).toBe(false);
    expect(proseColumn(['道路改造'], '建设规模（万平方米）')).toBe(false);
    expect(proseColumn(['12000', '道路改造'], '建设内容')).toBe(false);
  });
});

describe('cells merged across columns of a table of figures (HTML colspan)', () => {
  const page = (rows: string[]): string =>
    ['<p>某区创新发展三年行动方案（2023—2025年）</p>', '<p>一、主要目标</p>', '<p>附件</p>', '<p>主要指标表</p>', '<table>',
      '<tr><td>序号</td><td>指标</td><td>单位</td><td>2023年</td><td>2024年</td><td>2025年</td></tr>', ...rows, '</table>'].join('\n');
  const read = async (rows: string[]): Promise<AnnexRow[]> => {
    const source = await loadSource(new TextEncoder().encode(page(rows)), { name: 'inline.html' });
    return (await parseLoaded(source)).annexes[0]!.table!.rows;
  };

  it('should read a heading over 序号 and 指标, the rest of the row empty, as the group of the rows under it', async () => {
    const rows = await read(['<tr><td colspan="2">一、创新投入</td><td></td><td></td><td></td><td></td></tr>', '<tr><td>1</td><td>研发经费投入强度</td><td>%</td><td>3.1</td><td>3.3</td><td>3.5</td></tr>']);
    expect(rows.map((r) => [r.number, r.indicator, r.group, r.cells])).toEqual([['1', '研发经费投入强度', '一、创新投入', ['1', '研发经费投入强度', '%', '3.1', '3.3', '3.5']]]);
  });

  it('should say a label over the first columns once, at its first column', async () => {
    const rows = await read(['<tr><td>1</td><td>新增孵化器</td><td>个</td><td>30</td><td>40</td><td>50</td></tr>', '<tr><td colspan="2">合计</td><td>个</td><td>30</td><td>40</td><td>50</td></tr>']);
    expect(rows[1]!.cells).toEqual(['合计', '', '个', '30', '40', '50']);
  });

  it('should give a figure merged over years once, at its first year, the span kept beside it', async () => {
    const rows = await read(['<tr><td>1</td><td>新增孵化器</td><td>个</td><td colspan="2">100</td><td>50</td></tr>']);
    expect(rows.map((r) => [r.values, r.spans, r.cells])).toEqual([
      [{ 2023: 100, 2024: null, 2025: 50 }, { 2023: ['2023', '2024'] }, ['1', '新增孵化器', '个', '100', '', '50']],
    ]);
  });

  it('should keep words merged over years as words, said once, with no figure for any year', async () => {
    const rows = await read(['<tr><td>1</td><td>高新技术企业数</td><td>家</td><td colspan="3">保持全市前列</td></tr>']);
    expect(rows.map((r) => [r.values, r.spans, r.cells])).toEqual([
      [{ 2023: null, 2024: null, 2025: null }, { 2023: ['2023', '2024', '2025'] }, ['1', '高新技术企业数', '家', '保持全市前列', '', '']],
    ]);
  });

  it('should give a rate merged over years to each year it spans, a level each holds', async () => {
    const rows = await read(['<tr><td>1</td><td>规上企业研发机构覆盖率</td><td>%</td><td>95</td><td colspan="2">100</td></tr>']);
    expect(rows.map((r) => [r.values, r.spans])).toEqual([[{ 2023: 95, 2024: 100, 2025: 100 }, { 2024: ['2024', '2025'] }]]);
  });
});
